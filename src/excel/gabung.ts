/**
 * Gabungkan Buku Kerja inside Excel: the consolidation's sheets built in the open workbook
 * through the same plan as `kinerja gabung` (src/core/consolidate/plan.ts). The workbook's
 * sheet and table names are read first (one round trip), so the new sheets come beside an
 * earlier consolidation or a user's sheet of the same name ("Rekap Satker (2)") — nothing of
 * the workbook is overwritten — then the plan is applied (one more, more only over 4 MB).
 */
import type { ApplyReport } from "../app/port";
import type { Consolidation } from "../core/consolidate/model";
import { consolidationSheets, freeRun, planConsolidation } from "../core/consolidate/plan";
import { applyPlan } from "./apply";
import type { OfficeEnv } from "./port";

export interface GabungOutcome {
  report: ApplyReport;
  /** The sheet the plan opens (Rekap Satker, or its numbered name). */
  sheet: string;
  run: number;
}

export async function runGabung(
  context: Excel.RequestContext,
  env: OfficeEnv,
  c: Consolidation,
  title: string
): Promise<GabungOutcome> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const run = freeRun(
    sheets.items.map((s) => s.name),
    tables.items.map((t) => t.name)
  );
  const plan = planConsolidation(c, title, run);
  const report = await applyPlan(context, plan, env.supports, env.requestBudgetBytes);
  return { report, sheet: consolidationSheets(run).rekap, run };
}

/**
 * Gabungkan Buku Kerja inside Excel: the use case GABUNG (src/app/actions/gabung.ts) run through
 * the Office.js port as every other action is — the workbook's names read (one round trip when
 * the pane remembers them, two when not), the consolidation's sheets planned beside what the
 * workbook has and applied (one more, more only over 4 MB); what this Excel lacks comes back as
 * left-out lines, one per missing feature, in both languages.
 */
import { GABUNG, runAction, type ApplyReport } from "../app";
import type { Consolidation } from "../core/consolidate/model";
import type { Decree } from "../core/decree/schema";
import type { Bilingual } from "../core/i18n";
import { officePort, type OfficeEnv } from "./port";

export interface GabungEnv extends OfficeEnv {
  decree: Decree;
}

export interface GabungOutcome {
  report: ApplyReport;
  /** What was written, one line per change. */
  summary: Bilingual[];
  /** Features left out on this Excel, one line per missing feature. */
  leftOut: Bilingual[];
  /** The sheet the plan opens (Rekap Satker, or its numbered name). */
  sheet: string;
  run: number;
}

export async function runGabung(
  context: Excel.RequestContext,
  env: GabungEnv,
  consolidation: Consolidation,
  title: string
): Promise<GabungOutcome> {
  const o = await runAction(
    officePort(context, env),
    GABUNG,
    { decree: env.decree },
    { consolidation, title }
  );
  return {
    report: o.report,
    summary: o.summary,
    leftOut: o.leftOut,
    sheet: o.result.sheet,
    run: o.result.run,
  };
}

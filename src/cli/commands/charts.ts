/**
 * kinerja charts IN.xlsx --out OUT.xlsx
 * The Grafik sheet's data tables (formulas into the RKT and Ringkasan sheets). exceljs cannot
 * write charts, so the charts themselves are left out and stderr says so: Buat Grafik inside
 * Excel draws them from these tables.
 */
import { t } from "../../core/i18n";
import { planCharts } from "../../core/workbook/charts";
import { applyPlan } from "../../xlsx/apply";
import { readWorkbook } from "../../xlsx/read";
import { outPath, requireTemplate, type Ctx } from "../context";
import { UsageError, checkOutPath, readXlsx, writeXlsxAtomic } from "../io";
import { m } from "../messages";

export async function chartsCommand(ctx: Ctx): Promise<number> {
  const input = ctx.path(ctx.args.input as string);
  const out = outPath(ctx);
  await checkOutPath(ctx.lang, out);
  const wb = await readXlsx(ctx.lang, input);
  const book = readWorkbook(wb);
  requireTemplate(ctx, book);
  const charts = planCharts(book);
  if (charts.empty) throw new UsageError(m(ctx.lang, "charts.empty"));
  const report = applyPlan(wb, charts.plan);
  await writeXlsxAtomic(ctx.lang, wb, out);
  ctx.io.stderr(`${m(ctx.lang, "charts.written", { summary: charts.plan.summary.join("; ") })}\n`);
  const leftOut = report.leftOut.find((l) => l.op === "chart");
  if (leftOut !== undefined) ctx.io.stderr(`${t(ctx.lang, "leftOut.chart")} (${leftOut.reason})\n`);
  ctx.io.stderr(`${m(ctx.lang, "io.written", { path: out })}\n`);
  return 0;
}

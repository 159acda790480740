/**
 * kinerja charts IN.xlsx --out OUT.xlsx
 * The Grafik sheet: its data tables (formulas into the RKT and Ringkasan sheets) and the charts
 * beside them, drawn by the file writer as chart parts over those tables (package/charts.ts).
 * Kinerja's charts of an earlier run are replaced; charts the user drew stay as they were.
 */
import { CHARTS, runAction } from "../../app";
import { packagePort } from "../../xlsx/port";
import { actionInput, outPath, type Ctx } from "../context";
import { checkOutPath, readXlsx, writeXlsxAtomic } from "../io";
import { m } from "../messages";

export async function chartsCommand(ctx: Ctx): Promise<number> {
  const { lang } = ctx;
  const input = ctx.path(ctx.args.input as string);
  const out = outPath(ctx);
  await checkOutPath(lang, out);
  const wb = await readXlsx(lang, input);
  const outcome = await runAction(packagePort(wb), CHARTS, await actionInput(ctx), undefined);
  await writeXlsxAtomic(lang, wb, out);
  const summary = outcome.summary.map((l) => l[lang]).join("; ");
  ctx.io.stderr(`${m(lang, "charts.written", { summary })}\n`);
  for (const l of outcome.leftOut) ctx.io.stderr(`${l[lang]}\n`);
  ctx.io.stderr(`${m(lang, "io.written", { path: out })}\n`);
  return 0;
}

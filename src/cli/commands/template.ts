/**
 * kinerja template [--decree FILE.json] --out FILE.xlsx
 * A new workbook with the template of the decree. When --out already exists, the template is
 * added to it as Buat Template does inside Excel: the add-in's sheets found there are kept
 * with what staff typed, the user's sheets are never touched.
 */
import { TEMPLATE, runAction } from "../../app";
import { XlsxFile } from "../../xlsx/file";
import { packagePort } from "../../xlsx/port";
import { loadDecree, outPath, type Ctx } from "../context";
import { checkOutPath, exists, readXlsx, writeXlsxAtomic } from "../io";
import { m } from "../messages";

export async function templateCommand(ctx: Ctx): Promise<number> {
  const out = outPath(ctx);
  const decree = await loadDecree(ctx);
  await checkOutPath(ctx.lang, out);
  const wb = (await exists(out)) ? await readXlsx(ctx.lang, out) : XlsxFile.blank();
  const outcome = await runAction(packagePort(wb), TEMPLATE, { decree }, undefined);
  if (outcome.plan.ops.length === 0) {
    ctx.io.stderr(`${m(ctx.lang, "template.unchanged")}\n`);
    return 0;
  }
  await writeXlsxAtomic(ctx.lang, wb, out);
  const summary = outcome.summary.map((l) => l[ctx.lang]).join("; ");
  ctx.io.stderr(`${m(ctx.lang, "template.done", { summary })}\n`);
  ctx.io.stderr(`${m(ctx.lang, "io.written", { path: out })}\n`);
  return 0;
}

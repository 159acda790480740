/**
 * kinerja export IN.xlsx --format pdf|xlsx|csv [--out FILE] [--tw 1-4] [--decree FILE.json] [--json]
 * Ekspor untuk Rapat on a file: the same exporters as the pane's runExport (src/export/), with
 * the decree's metadata from the workbook's Info sheet. Unlike the pane, IN.xlsx is never
 * written: the recap goes only into the exported file (the .xlsx export holds the Rekap Rapat
 * sheet). The written path is printed on stdout.
 */
import { EXPORT, exportFile, runAction } from "../../app";
import { twWord } from "../../core/workbook/recap";
import type { ExportFormat } from "../../export/filename";
import { packagePort } from "../../xlsx/port";
import { actionInput, type Ctx } from "../context";
import { UsageError, checkOutPlace, readXlsx, writeFileAtomic } from "../io";
import { m } from "../messages";

const hasExtension = (path: string, format: ExportFormat): boolean =>
  path.toLowerCase().endsWith(`.${format}`);

export async function exportCommand(ctx: Ctx): Promise<number> {
  const { lang, io, args } = ctx;
  const format = args.options.format;
  if (format !== "pdf" && format !== "xlsx" && format !== "csv")
    throw new UsageError(m(lang, "export.needFormat"));
  const input = ctx.path(args.input as string);
  const given = typeof args.options.out === "string" ? ctx.path(args.options.out) : undefined;
  // The input is never overwritten (an .xlsx export holds values only, no formulas).
  const checkOut = async (path: string) => {
    if (path === input) throw new UsageError(m(lang, "export.outIsInput", { path }));
    await checkOutPlace(lang, path);
  };
  if (given !== undefined) {
    if (!hasExtension(given, format))
      throw new UsageError(m(lang, "export.outExtension", { path: given, format }));
    await checkOut(given);
  }
  const wb = await readXlsx(lang, input);
  // The input is not written: the recap goes only into the exported file.
  const outcome = await runAction(
    packagePort(wb),
    EXPORT,
    await actionInput(ctx),
    { format },
    {
      write: false,
    }
  );
  const file = await exportFile(outcome, format);
  const { reportingQuarter } = outcome.resolved.settings;
  const out = given ?? ctx.path(file.name);
  if (given === undefined) await checkOut(out);
  await writeFileAtomic(lang, async () => file.bytes, out);
  const indicators = file.indicators;
  if (args.options.json === true)
    io.stdout(`${JSON.stringify({ file: out, format, tw: reportingQuarter, indicators })}\n`);
  else io.stdout(`${out}\n`);
  io.stderr(
    `${m(lang, "export.done", { format: format.toUpperCase(), tw: twWord(reportingQuarter), indicators })}\n`
  );
  return 0;
}

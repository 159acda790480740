/**
 * kinerja export IN.xlsx --format pdf|xlsx|csv [--out FILE] [--tw 1-4] [--decree FILE.json] [--json]
 * Ekspor untuk Rapat on a file: the same exporters as the pane's runExport (src/export/), with
 * the decree's metadata from the workbook's Info sheet. Unlike the pane, IN.xlsx is never
 * written: the recap goes only into the exported file (the .xlsx export holds the Rekap Rapat
 * sheet). The written path is printed on stdout.
 */
import { decreeFromWorkbook } from "../../core/workbook/info";
import { INFO_TABLE } from "../../core/workbook/layout";
import { findOwnedTable } from "../../core/workbook/ownership";
import { twWord } from "../../core/workbook/recap";
import { readSettings, type Quarter } from "../../core/workbook/settings";
import { exportCsv } from "../../export/csv";
import { exportFileName, type ExportFormat } from "../../export/filename";
import { buildExportInput, type ExportInput } from "../../export/input";
import { exportPdf } from "../../export/pdf";
import { exportXlsx } from "../../export/xlsx";
import { readWorkbook } from "../../xlsx/read";
import { loadDecree, requireTemplate, type Ctx } from "../context";
import { UsageError, checkOutPlace, readXlsx, writeFileAtomic } from "../io";
import { m } from "../messages";

/** The file's bytes; the heavy PDF and .xlsx code loads only now. */
async function bytesOf(format: ExportFormat, input: ExportInput): Promise<Uint8Array> {
  if (format === "pdf") return exportPdf(input);
  if (format === "xlsx") return exportXlsx(input);
  return new TextEncoder().encode(exportCsv(input));
}

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
  const book = readWorkbook(wb);
  requireTemplate(ctx, book);
  const decree = decreeFromWorkbook(book, await loadDecree(ctx));
  const quarter: Quarter =
    typeof args.options.tw === "string"
      ? (Number(args.options.tw) as Quarter)
      : readSettings(findOwnedTable(book, INFO_TABLE)?.sheet).settings.reportingQuarter;
  const data = buildExportInput(book, decree, quarter);
  const out = given ?? ctx.path(exportFileName(data.meta, format));
  if (given === undefined) await checkOut(out);
  await writeFileAtomic(lang, () => bytesOf(format, data), out);
  const indicators = data.rows.length;
  if (args.options.json === true)
    io.stdout(`${JSON.stringify({ file: out, format, tw: quarter, indicators })}\n`);
  else io.stdout(`${out}\n`);
  io.stderr(
    `${m(lang, "export.done", { format: format.toUpperCase(), tw: twWord(quarter), indicators })}\n`
  );
  return 0;
}

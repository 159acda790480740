/**
 * A decree from the workbook staff already have ("Dari berkas…" in the pane): an .xlsx holding
 * an RKT/IKU table, read by Convert's reader (core/workbook/convert), in the browser. The file
 * is checked before exceljs sees it — its size, and what its parts really inflate to, inflated
 * a small piece at a time and stopped at the limit — so no file can exhaust the pane's memory.
 */
import type ExcelJS from "exceljs";
import type { Decree } from "../core/decree/schema";
import { bilingual, type Bilingual } from "../core/i18n";
import { isOwnedSheet } from "../core/workbook/ownership";
import { inflatesWithin } from "./inflate";
import { readWorkbook } from "./read";

/** A decree workbook is a few sheets of text: far below these. */
export const DECREE_WORKBOOK_LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  inflatedBytes: 100 * 1024 * 1024,
};

export type DecreeWorkbookResult =
  { ok: true; decree: Decree; sheet: string } | { ok: false; problems: Bilingual[] };

const refuse = (...problems: Bilingual[]): DecreeWorkbookResult => ({ ok: false, problems });

/**
 * The decree in an .xlsx workbook: the first sheet (in tab order) holding an RKT/IKU table
 * Convert recognises. Never throws for a file's content; every refusal says what to do.
 * @example const r = await decreeFromWorkbook(bytes, "RKT 2021.xlsx");
 */
export async function decreeFromWorkbook(
  bytes: Uint8Array,
  fileName: string
): Promise<DecreeWorkbookResult> {
  const limits = DECREE_WORKBOOK_LIMITS;
  if (bytes.length > limits.fileBytes)
    return refuse(
      bilingual("decree.tooLarge", {
        size: Math.ceil(bytes.length / 1024),
        limit: limits.fileBytes / 1024,
      })
    );
  const zip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!zip || !inflatesWithin(bytes, limits.inflatedBytes))
    return refuse(bilingual("decree.notWorkbook", { file: fileName }));
  let wb: ExcelJS.Workbook;
  try {
    const { default: Excel } = await import("exceljs");
    wb = new Excel.Workbook();
    // exceljs's types ask for a Node Buffer; in the browser it takes an ArrayBuffer.
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return refuse(bilingual("decree.notWorkbook", { file: fileName }));
  }
  const book = readWorkbook(wb);
  const { planConvert } = await import("../core/workbook/convert");
  // Why none was taken: the first sheet that has a table header says most, else the first.
  let best: { header: boolean; problems: Bilingual[] } | undefined;
  for (const sheet of book.sheets) {
    if (isOwnedSheet(sheet)) continue;
    const r = planConvert(book, sheet.name);
    if (r.ok) return { ok: true, decree: r.decree, sheet: sheet.name };
    const header = r.reason !== "noHeader";
    if (best === undefined || (header && !best.header)) best = { header, problems: r.problems };
  }
  return refuse(bilingual("decree.noTableInFile", { file: fileName }), ...(best?.problems ?? []));
}

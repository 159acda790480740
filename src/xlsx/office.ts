/**
 * One office's workbook from its bytes, for Gabungkan Buku Kerja in the task pane (a browser:
 * no Node APIs, exceljs's browser build): read, checked for the template, reduced to the
 * office's figures, or the reason it cannot be, in the pane's language. The workbook is
 * dropped as soon as the figures are made, so the pane holds one workbook at a time.
 */
import ExcelJS from "exceljs";
import type { OfficeRead } from "../core/consolidate/model";
import { officeRead } from "../core/consolidate/office";
import type { Decree } from "../core/decree/schema";
import { t, type Lang } from "../core/i18n";
import type { WorkbookSettings } from "../core/workbook/settings";
import { inflatesWithin } from "./inflate";
import { readWorkbook } from "./read";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The command line's file limit (XLSX_LIMITS.inflatedBytes in limits.ts, which needs Node's
 * zlib and so stays out of the pane's bundle; a test keeps the two equal).
 */
export const OFFICE_MAX_BYTES = 512 * 1024 * 1024;

export async function readOfficeBytes(
  lang: Lang,
  source: string,
  bytes: Uint8Array,
  decree: Decree,
  overrides: Partial<WorkbookSettings> = {}
): Promise<OfficeRead> {
  const mb = Math.round(OFFICE_MAX_BYTES / (1024 * 1024));
  // What a zip inflates to, as the command line limits it (a small file may unpack to GBs);
  // a file that is no zip goes on to exceljs, which says so.
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (bytes.length > OFFICE_MAX_BYTES || (zip && !inflatesWithin(bytes, OFFICE_MAX_BYTES)))
    return { ok: false, reason: t(lang, "gabung.tooLarge", { mb }) };
  if (bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b))
    return { ok: false, reason: t(lang, "gabung.protected") };
  try {
    const wb = new ExcelJS.Workbook();
    // The bytes' own buffer when they fill it (no copy of a large file).
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    await wb.xlsx.load(whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer);
    return officeRead(lang, readWorkbook(wb), decree, source, overrides);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: t(lang, "gabung.notXlsx", { detail }) };
  }
}

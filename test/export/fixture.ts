/**
 * A filled template in memory, as staff would have it at the TW II review meeting: the
 * template for the Blitar 2021 decree, realisasi typed for TW I and TW II, Hitung Capaian run.
 */
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { planCapaian } from "../../src/core/workbook/capaian-plan";
import type { Decree } from "../../src/core/decree/schema";
import { planRecap, type Recap } from "../../src/core/workbook/recap";
import { readSettings, type Quarter } from "../../src/core/workbook/settings";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { buildExportInput, type ExportInput } from "../../src/export/input";
import { findRktTables } from "../../src/core/workbook/entries";
import { planTemplate } from "../../src/core/workbook/template";
import { applyPlan } from "../../src/xlsx/apply";
import { readWorkbook } from "../../src/xlsx/read";

/** TW I and TW II per kind, cycling so every kategori shows up. */
const TYPED: Record<string, ExcelJS.CellValue[][]> = {
  Persen: [
    [0.5, 0.83],
    [0.4, 0.95],
    [0.3, 0.7],
    [0.5, 0.83],
    [0.1, 0.4],
    [0.5, 1],
  ],
  Indeks: [[70, 74.5]],
  Jumlah: [[1, null]],
  "Nilai SAKIP": [["B", "BB"]],
  "Opini BPK": [["WDP", "WDP"]],
};

export async function filledWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  const seen: Record<string, number> = {};
  for (const t of findRktTables(readWorkbook(wb))) {
    const ws = wb.getWorksheet(t.sheet.name) as ExcelJS.Worksheet;
    for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
      const cell = (key: keyof typeof t.columns) =>
        ws.getCell(row + 1, (t.columns[key] as number) + 1);
      const kind = String(cell("jenis").value);
      const list = TYPED[kind] ?? [[null, null]];
      const i = seen[kind] ?? 0;
      seen[kind] = i + 1;
      const [tw1, tw2] = list[i % list.length] as ExcelJS.CellValue[];
      cell("tw1").value = tw1 ?? null;
      cell("tw2").value = tw2 ?? null;
      cell("sumber").value = "Laporan";
    }
  }
  const book = readWorkbook(wb);
  applyPlan(wb, planCapaian(book, BLITAR_2021, readSettings(book).settings).plan);
  return wb;
}

/** The recap of `book` to reporting quarter `q`, with the book's other settings. */
export const recapAt = (book: WorkbookSnapshot, decree: Decree, q: Quarter): Recap =>
  planRecap(book, decree, readSettings(book, { reportingQuarter: q }).settings);

/** What the exports get for `book` at reporting quarter `q`. */
export const exportInputAt = (book: WorkbookSnapshot, decree: Decree, q: Quarter): ExportInput =>
  buildExportInput(book, decree, recapAt(book, decree, q));

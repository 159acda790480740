/**
 * Serapan Anggaran per Sasaran under the Rekap Rapat table: formulas over the Anggaran
 * sheet's cells, which — recalculated by the engine — equal the CSV's figures (one
 * computation, `budgetOfSasaran`); the .xlsx export carries the same block as values; a
 * workbook without an Anggaran sheet gets no block and empty budget fields.
 */
import type ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { ANGGARAN_COLUMNS, type AnggaranColumnKey } from "../../src/core/workbook/anggaran/layout";
import { columnOf, HEADER_ROW } from "../../src/core/workbook/layout";
import {
  BUDGET_COLUMNS,
  budgetTop,
  planRecap,
  RECAP_BUDGET_TABLE,
  type Recap,
} from "../../src/core/workbook/recap";
import { readSettings } from "../../src/core/workbook/settings";
import { planCapaian } from "../../src/core/workbook/capaian-plan";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { exportCsv } from "../../src/export/csv";
import { buildExportInput } from "../../src/export/input";
import { exportWorkbookPlan } from "../../src/export/xlsx-plan";
import { applyPlan } from "../../src/xlsx/apply";
import { readWorkbook } from "../../src/xlsx/read";
import { parseCsv } from "../support/csv";
import { filledWorkbook } from "./fixture";

const col = (k: AnggaranColumnKey) => columnOf(ANGGARAN_COLUMNS, k) + 1;
const budgetCol = (k: (typeof BUDGET_COLUMNS)[number]["key"]) =>
  BUDGET_COLUMNS.findIndex((c) => c.key === k);

/** Two programs for one sasaran (one typed with spaces and capitals), a pagu typed as text. */
async function budgetedWorkbook(): Promise<{ wb: ExcelJS.Workbook; sasaran: string[] }> {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("Anggaran") as ExcelJS.Worksheet;
  const row = (i: number) => HEADER_ROW + 2 + i;
  const sasaran = [10, 12].map((i) => String(ws.getCell(row(i), col("sasaran")).value));
  ws.getCell(row(10), col("program")).value = "Program Penyelenggaraan Pemilu";
  ws.getCell(row(10), col("pagu")).value = 200_000_000;
  ws.getCell(row(10), col("atw1")).value = 50_000_000;
  ws.getCell(row(10), col("atw2")).value = 70_000_000;
  ws.getCell(row(11), col("program")).value = "Program Pendidikan Pemilih";
  ws.getCell(row(11), col("sasaran")).value = `  ${sasaran[0]!.toUpperCase()} `;
  ws.getCell(row(11), col("pagu")).value = 100_000_000;
  ws.getCell(row(11), col("atw1")).value = 30_000_000;
  ws.getCell(row(12), col("program")).value = "Program Logistik";
  ws.getCell(row(12), col("pagu")).value = "Rp 1.000.000";
  return { wb, sasaran };
}

const recapOf = (book: WorkbookSnapshot): Recap =>
  planRecap(book, BLITAR_2021, readSettings(book).settings);

/** "300.000.000" -> 300000000, "50,00%" -> 0.5, "cek isian" and "" as they are. */
function csvNumber(s: string): number | string {
  if (s === "" || s === "cek isian") return s;
  const percent = s.endsWith("%");
  const n = Number(s.replace(/%$/, "").replace(/\./g, "").replace(",", "."));
  return percent ? n / 100 : n;
}

test("the block's formulas, recalculated, equal the CSV's budget fields of every row of the sasaran", async () => {
  const { wb, sasaran } = await budgetedWorkbook();
  const book = readWorkbook(wb);
  const recap = recapOf(book);
  const csv = parseCsv(exportCsv(buildExportInput(book, BLITAR_2021, recap)).slice(1), ";");
  applyPlan(wb, recap.plan);
  const sheet = recalculateSnapshot(readWorkbook(wb)).sheets.find((s) => s.name === recap.sheet)!;
  const top = budgetTop(recap.rows.length + 2 + recap.orphans.length);
  const block = new Map<string, unknown[]>();
  for (let r = top + 1; r <= top + recap.budget.length; r++) {
    const line = sheet.values[r - sheet.top] ?? [];
    block.set(
      String(line[budgetCol("sasaran") - sheet.left]),
      BUDGET_COLUMNS.map((_c, i) => line[i - sheet.left] ?? "")
    );
  }
  expect(block.size).toBe(recap.budget.length);
  const header = csv[0]!;
  const at = (h: string) => header.findIndex((x) => x.startsWith(h));
  const fields = [
    ["Pagu Anggaran Sasaran", "pagu"],
    ["Realisasi Anggaran Sasaran", "realisasi"],
    ["% Serapan Anggaran Sasaran", "serapan"],
    ["Efisiensi Sasaran", "efisiensi"],
  ] as const;
  let compared = 0;
  for (const line of csv.slice(1, 1 + recap.rows.length)) {
    const cells = block.get(line[2]!);
    if (cells === undefined) continue;
    for (const [h, k] of fields) {
      const inCsv = csvNumber(line[at(h)]!);
      const onSheet = cells[budgetCol(k)] ?? "";
      if (typeof inCsv === "number") expect(onSheet).toBeCloseTo(inCsv, 4);
      else expect(onSheet).toBe(inCsv);
      compared++;
    }
  }
  expect(compared).toBeGreaterThanOrEqual(recap.budget.length * 4);
  // Two programs for the first sasaran, added up; the sasaran typed as text: "cek isian".
  const two = block.get(sasaran[0]!)!;
  expect(two[budgetCol("pagu")]).toBe(300_000_000);
  expect(two[budgetCol("program")]).toBe(
    "Program Penyelenggaraan Pemilu; Program Pendidikan Pemilih"
  );
  const spent = two[budgetCol("realisasi")] as number;
  expect(spent).toBeGreaterThanOrEqual(80_000_000);
  expect(two[budgetCol("serapan")]).toBeCloseTo(spent / 300_000_000, 12);
  const text = block.get(sasaran[1]!)!;
  expect(text[budgetCol("pagu")]).toBe("cek isian");
  expect(text[budgetCol("serapan")]).toBe("cek isian");
  expect(text[budgetCol("efisiensi")]).toBe("cek isian");
});

test("the block's rupiah columns are wide enough for 1.500.000.000 (no ####)", async () => {
  const { wb } = await budgetedWorkbook();
  const recap = recapOf(readWorkbook(wb));
  const widths = recap.plan.ops.find((o) => o.op === "columnWidths");
  const chars = (c: number) => (widths?.op === "columnWidths" ? (widths.widths[c]?.chars ?? 0) : 0);
  for (const k of ["pagu", "realisasi"] as const)
    expect(chars(budgetCol(k))).toBeGreaterThanOrEqual("1.500.000.000".length + 2);
});

test("the .xlsx export's Rekap Rapat carries the block as values", async () => {
  const { wb } = await budgetedWorkbook();
  const book = readWorkbook(wb);
  const recap = recapOf(book);
  const plan = exportWorkbookPlan(buildExportInput(book, BLITAR_2021, recap));
  const table = plan.ops.find((o) => o.op === "table" && o.name === RECAP_BUDGET_TABLE);
  expect(table).toBeDefined();
  const address = table!.op === "table" ? table!.address : "";
  const write = plan.ops.find((o) => o.op === "write" && o.address === address && o.values);
  expect(write?.op === "write" && write.formulas).toBeFalsy();
  const values = write!.op === "write" ? write!.values! : [];
  expect(values.slice(1).map((r) => r[budgetCol("pagu")])).toEqual(
    recap.budget.map((b) => b.pagu ?? "")
  );
});

test("without an Anggaran sheet the recap has no budget block and the CSV's budget fields are empty", async () => {
  const { wb } = await budgetedWorkbook();
  wb.removeWorksheet((wb.getWorksheet("Anggaran") as ExcelJS.Worksheet).id);
  const book = readWorkbook(wb);
  const recap = recapOf(book);
  expect(recap.anggaran).toBeUndefined();
  expect(recap.budget).toEqual([]);
  expect(recap.plan.ops.some((o) => o.op === "table" && o.name === RECAP_BUDGET_TABLE)).toBe(false);
  const input = buildExportInput(book, BLITAR_2021, recap);
  const csv = parseCsv(exportCsv(input).slice(1), ";");
  const pagu = csv[0]!.indexOf("Pagu Anggaran Sasaran (Rp)");
  expect(pagu).toBeGreaterThan(0);
  expect(csv.slice(1).every((r) => r.slice(pagu, pagu + 4).every((f) => f === ""))).toBe(true);
  expect(
    exportWorkbookPlan(input).ops.some((o) => o.op === "table" && o.name === RECAP_BUDGET_TABLE)
  ).toBe(false);
  applyPlan(wb, recap.plan);
  expect(wb.getWorksheet(recap.sheet)).toBeDefined();
});

test("a sasaran linked to more programs than one formula can name keeps the core's figures as values, the rest stays live", async () => {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("Anggaran") as ExcelJS.Worksheet;
  const first = HEADER_ROW + 2;
  const sasaran = String(ws.getCell(first + 10, col("sasaran")).value);
  // 120 programs under one sasaran, appended below the template's rows (the table grows).
  const rows = 120;
  for (let i = 0; i < rows; i++) {
    const r = first + 13 + i;
    ws.getCell(r, col("program")).value = `Kegiatan ${i + 1}`;
    ws.getCell(r, col("sasaran")).value = sasaran;
    ws.getCell(r, col("pagu")).value = 1_000_000;
    ws.getCell(r, col("atw1")).value = 500_000;
  }
  const table = ws.getTable("Kinerja_Anggaran") as unknown as { table: { tableRef: string } };
  const ref = table.table.tableRef.replace(/\d+$/, String(first + 12 + rows));
  table.table.tableRef = ref;
  // Hitung Capaian writes the Anggaran table's formula columns in every row.
  const typed = readWorkbook(wb);
  applyPlan(wb, planCapaian(typed, BLITAR_2021, readSettings(typed).settings).plan);
  const book = readWorkbook(wb);
  const recap = recapOf(book);
  const b = recap.budget.find((x) => x.sasaran.trim() === sasaran.trim())!;
  expect(b.rows.length).toBeGreaterThanOrEqual(rows);
  // Every formula the plan writes fits Excel's 8.192 characters.
  const formulas = recap.plan.ops.flatMap((o) =>
    o.op === "write" && o.formulas !== undefined ? o.formulas.flat() : []
  );
  expect(
    Math.max(...formulas.map((f) => (typeof f === "string" ? f.length : 0)))
  ).toBeLessThanOrEqual(8192);
  // Recalculated, the block shows the core's pagu, realisasi and serapan for that sasaran.
  applyPlan(wb, recap.plan);
  const sheet = recalculateSnapshot(readWorkbook(wb)).sheets.find((s) => s.name === recap.sheet)!;
  const top = budgetTop(recap.rows.length + 2 + recap.orphans.length);
  const line = sheet.values
    .slice(top + 1 - sheet.top, top + 1 + recap.budget.length - sheet.top)
    .find((l) => String(l?.[budgetCol("sasaran") - sheet.left]).trim() === sasaran.trim())!;
  expect(line[budgetCol("pagu") - sheet.left]).toBe(b.pagu);
  expect(line[budgetCol("realisasi") - sheet.left]).toBe(b.realisasi);
  expect(line[budgetCol("serapan") - sheet.left]).toBeCloseTo(b.serapan as number, 12);
  expect(b.pagu).toBeGreaterThanOrEqual(rows * 1_000_000);
}, 60_000);

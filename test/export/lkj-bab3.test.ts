/**
 * The PDF's LKj Bab III pages: per sasaran the indicators' target, realisasi, capaian and
 * kategori with the budget of the sasaran's programs, then the budget per program with %
 * serapan, efisiensi and the total — the figures the Anggaran sheet's formulas compute.
 */
import type ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { ANGGARAN_COLUMNS, type AnggaranColumnKey } from "../../src/core/workbook/anggaran/layout";
import { columnOf, HEADER_ROW, RKT_COLUMNS } from "../../src/core/workbook/layout";
import { planCapaian } from "../../src/core/workbook/capaian-plan";
import { readSettings } from "../../src/core/workbook/settings";
import { exportPdf } from "../../src/export/pdf";
import { exportWorkbookPlan } from "../../src/export/xlsx-plan";
import { readWorkbook } from "../../src/xlsx/read";
import { readPdf } from "../support/pdf";
import { exportInputAt, filledWorkbook } from "./fixture";

const col = (k: AnggaranColumnKey) => columnOf(ANGGARAN_COLUMNS, k) + 1;

let text = "";
let serapan: unknown;
beforeAll(async () => {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("Anggaran") as ExcelJS.Worksheet;
  // Row 11: the KPU's first sasaran ("Terwujudnya kebijakan bidang Politik yang kuat").
  const row = HEADER_ROW + 2 + 10;
  ws.getCell(row, col("program")).value = "Program Penyelenggaraan Pemilu";
  ws.getCell(row, col("pagu")).value = 200_000_000;
  ws.getCell(row, col("atw1")).value = 50_000_000;
  ws.getCell(row, col("atw2")).value = 70_000_000;
  const input = exportInputAt(readWorkbook(wb), BLITAR_2021, 2);
  serapan = input.anggaran?.rows[10]?.serapan;
  text = readPdf(await exportPdf(input, { date: "2021-07-15", charts: false })).text;
}, 60_000);

test("the export reads the Anggaran sheet at the reporting quarter", () => {
  expect(serapan).toBeCloseTo(0.6, 12);
});

test("Bab III A: per sasaran, with the budget of its programs", () => {
  expect(text).toContain("BAB III AKUNTABILITAS KINERJA");
  expect(text).toContain("A. Capaian Kinerja per Sasaran");
  expect(text).toContain(
    "Anggaran (Program Penyelenggaraan Pemilu): pagu Rp 200.000.000, realisasi Rp 120.000.000, serapan 60,00%"
  );
  expect(text).toContain("Anggaran: belum ada program di lembar Anggaran.");
});

test("Bab III B: the budget per program with serapan, efisiensi and the total", () => {
  expect(text).toContain("B. Realisasi Anggaran");
  // Capaian of that sasaran at TW II: realisasi 83% against 80% = 103,75%; efisiensi
  // 1 − 60% ÷ 103,75% = 42,17%.
  expect(text).toMatch(
    /Program Penyelenggaraan Pemilu .*Rp 200\.000\.000 Rp 120\.000\.000 60,00% 42,17%/
  );
  expect(text).toMatch(/Jumlah Rp 200\.000\.000 Rp 120\.000\.000 60,00%/);
});

test("the .xlsx export has an Anggaran sheet with the programs' serapan and efisiensi as values", async () => {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("Anggaran") as ExcelJS.Worksheet;
  const row = HEADER_ROW + 2 + 10;
  ws.getCell(row, col("program")).value = "Program Penyelenggaraan Pemilu";
  ws.getCell(row, col("pagu")).value = 200_000_000;
  ws.getCell(row, col("atw1")).value = 50_000_000;
  ws.getCell(row, col("atw2")).value = 70_000_000;
  const plan = exportWorkbookPlan(exportInputAt(readWorkbook(wb), BLITAR_2021, 2));
  const rows = plan.ops.flatMap((o) =>
    o.op === "write" && o.sheet === "Anggaran" && o.values !== undefined ? o.values : []
  );
  const program = rows.find((r) => r[0] === "Program Penyelenggaraan Pemilu");
  expect(program?.slice(2, 5)).toEqual([200_000_000, 120_000_000, 0.6]);
  expect(program?.[6]).toBeCloseTo(1 - 0.6 / 1.0375, 12);
  expect(rows.find((r) => r[0] === "Jumlah")?.slice(2, 5)).toEqual([200_000_000, 120_000_000, 0.6]);
});

test("a blank Sasaran cell on the RKT sheet: the export's Anggaran figures are the sheet's (Hitung Capaian's)", async () => {
  const wb = await filledWorkbook();
  // The KPU's first RKT row keeps its indicator but its Sasaran cell is left blank, as staff
  // leave a repeated sasaran: the Anggaran formulas then match no capaian for that sasaran.
  const rkt = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  rkt.getCell(HEADER_ROW + 2, columnOf(RKT_COLUMNS, "sasaran") + 1).value = null;
  const book = readWorkbook(wb);
  const exported = exportInputAt(book, BLITAR_2021, 2).anggaran!;
  const computed = planCapaian(book, BLITAR_2021, {
    ...readSettings(book).settings,
    reportingQuarter: 2,
  }).anggaran!;
  expect(exported.rows.map((r) => [r.capaianSasaran, r.efisiensi])).toEqual(
    computed.rows.map((r) => [r.capaianSasaran, r.efisiensi])
  );
});

test("a program whose pagu the sheet cannot read makes its sasaran's budget line cek isian, not a partial sum", async () => {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("Anggaran") as ExcelJS.Worksheet;
  const row = HEADER_ROW + 2 + 10;
  ws.getCell(row, col("program")).value = "Program Penyelenggaraan Pemilu";
  ws.getCell(row, col("pagu")).value = 200_000_000;
  ws.getCell(row, col("atw1")).value = 50_000_000;
  // A second program of the same sasaran, its pagu typed as words.
  ws.getCell(row + 1, col("program")).value = "Program Dukungan Manajemen";
  ws.getCell(row + 1, col("sasaran")).value = ws.getCell(row, col("sasaran")).value;
  ws.getCell(row + 1, col("pagu")).value = "dua ratus juta";
  const input = exportInputAt(readWorkbook(wb), BLITAR_2021, 2);
  expect(input.anggaran?.rows[11]?.serapan).toBe("cek isian");
  const pdf = readPdf(await exportPdf(input, { date: "2021-07-15", charts: false })).text;
  expect(pdf).toContain(
    "pagu cek isian, realisasi Rp 50.000.000, serapan cek isian (tidak terbaca di lembar Anggaran: Program Dukungan Manajemen)"
  );
  expect(pdf).not.toContain("pagu Rp 200.000.000, realisasi Rp 50.000.000, serapan 25,00%");
}, 60_000);

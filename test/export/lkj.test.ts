/**
 * The exports carry the LKj figures: Penanggung Jawab, Periode, Target and Capaian s.d. TW
 * Pelaporan, last year's realisasi and the change, the Renstra target and the capaian against
 * it — the Rekap Rapat sheet (formulas into the RKT sheet, recalculated), the CSV and the PDF
 * (read back).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { exportCsv } from "../../src/export/csv";
import { exportPdf } from "../../src/export/pdf";
import { applyPlan } from "../../src/xlsx/apply";
import { readWorkbook } from "../../src/xlsx/read";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { rktIndex } from "../fixtures/rkt-columns";
import { readPdf } from "../support/pdf";
import { exportInputAt, filledWorkbook, recapAt } from "./fixture";

const OUT = join(__dirname, "..", "..", "test-output", "export-lkj");

async function workbook(): Promise<ExcelJS.Workbook> {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const cell = (key: Parameters<typeof rktIndex>[0]) => ws.getCell(5, rktIndex(key) + 1);
  cell("penanggungJawab").value = "Subbag Hukum";
  cell("realisasiLalu").value = 0.6;
  cell("targetRenstra").value = 1;
  cell("ttw1").value = 0.2;
  cell("ttw2").value = 0.4;
  return wb;
}

test("the recap row, the Rekap Rapat sheet and the CSV carry the LKj figures", async () => {
  const wb = await workbook();
  const book = readWorkbook(wb);
  const recap = recapAt(book, BLITAR_2021, 2);
  const row = recap.rows.find((r) => r.kode === "rkt-kpu-1")!;
  const real = row.realisasi as number;
  expect(row).toMatchObject({
    penanggungJawab: "Subbag Hukum",
    periode: "Triwulanan",
    realisasiTahunLalu: 60,
    targetRenstra: 100,
  });
  expect(row.perubahan).toBeCloseTo(real - 60, 9);
  expect(row.capaianRenstra).toBeCloseTo(real, 9);
  expect(row.targetTw).toBeCloseTo(40, 9);
  expect(row.lkjText.realisasiLalu).toBe("60,00%");
  applyPlan(wb, recap.plan);
  const ws = wb.getWorksheet(recap.sheet) as ExcelJS.Worksheet;
  const headers: string[] = [];
  ws.getRow(4).eachCell((c, col) => (headers[col] = String(c.value)));
  let r = 5;
  while (ws.getCell(r, headers.indexOf("Kode")).value !== "rkt-kpu-1") r++;
  // Formulas into the RKT sheet's cells, as the capaian beside them; recalculated, the figures.
  const formula = (h: string) => ws.getCell(r, headers.indexOf(h)).formula;
  for (const h of ["Penanggung Jawab", "Realisasi Tahun Lalu", "Target Renstra"])
    expect(formula(h)).toContain("'RKT KPU'!");
  const computed = recalculateSnapshot(readWorkbook(wb)).sheets.find((x) => x.name === ws.name)!;
  const at = (h: string) => computed.values[r - 1 - computed.top]?.[headers.indexOf(h) - 1];
  expect(at("Penanggung Jawab")).toBe("Subbag Hukum");
  expect(at("Realisasi Tahun Lalu")).toBe(0.6);
  expect(at("Target s.d. TW Pelaporan")).toBeCloseTo(0.4, 9);
  expect(at("Capaian terhadap Target Renstra")).toBeCloseTo(real / 100, 9);
  const csv = exportCsv(exportInputAt(book, BLITAR_2021, 2));
  const lines = csv.split("\r\n");
  expect(lines[0]).toContain(
    "Penanggung Jawab;Periode;Target s.d. TW II;Capaian s.d. TW II;Realisasi Tahun Lalu;Perubahan dari Tahun Lalu;Target Renstra;Capaian terhadap Target Renstra"
  );
  const line = lines.find((l) => l.includes(";rkt-kpu-1;"))!;
  expect(line).toContain(";rkt-kpu-1;Subbag Hukum;Triwulanan;40,00%;");
  expect(line).toContain(`;60,00%;${row.lkjText.perubahan};100,00%;${row.lkjText.capaianRenstra};`);
});

test("the PDF prints the Perbandingan Kinerja table", async () => {
  const wb = await workbook();
  const input = exportInputAt(readWorkbook(wb), BLITAR_2021, 2);
  // Texts outside WinAnsi (jsPDF's standard fonts) in the table's figure cells: a Renstra
  // target written "≥ 95%" and a unit with "Ş" print in their close forms, not as garbage.
  const marked = input.rows.find((r) => r.kode === "rkt-kpu-1")!;
  marked.lkjText.targetRenstra = "≥ 95%";
  marked.lkjText.realisasiLalu = "2 Şurat";
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, "lkj.pdf");
  writeFileSync(path, await exportPdf(input, { date: "2021-07-15", charts: false }));
  const { text } = readPdf(path);
  expect(text).toContain("Perbandingan Kinerja");
  expect(text).toContain("Subbag Hukum");
  const row = input.rows.find((r) => r.kode === "rkt-kpu-1")!;
  expect(text).toContain(row.lkjText.capaianRenstra);
  expect(text).toContain(">= 95%");
  expect(text).toContain("2 Surat");
});

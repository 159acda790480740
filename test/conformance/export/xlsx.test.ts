/**
 * LibreOffice as the judge: the exported .xlsx opens and shows the recap's figures, and the
 * Rekap Rapat formulas inside the workbook compute the core's numbers.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree";
import { findRktTables } from "../../../src/core/workbook/entries";
import { RECAP_SHEET } from "../../../src/core/workbook/recap";

import { exportXlsx } from "../../../src/export/xlsx";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { recalculate, sheetsAsCsv } from "../xlsx/libreoffice";
import { exportInputAt, recapAt, filledWorkbook } from "../../export/fixture";

test("the exported .xlsx opens in LibreOffice with the recap and the RKT sheets", async () => {
  const input = exportInputAt(readWorkbook(await filledWorkbook()), BLITAR_2021, 2);
  input.rows[0]!.permasalahan = "=1+1 bukan rumus";
  const bytes = await exportXlsx(input);
  const dir = mkdtempSync(join(tmpdir(), "kinerja-export-"));
  const path = join(dir, "export.xlsx");
  writeFileSync(path, bytes);
  const csv = sheetsAsCsv(path);
  const names = [...csv.keys()].sort();
  expect(names).toEqual([
    "export-RKT KPU.csv",
    "export-RKT Sekretariat.csv",
    "export-Rekap Rapat.csv",
  ]);
  const recap = csv.get("export-Rekap Rapat.csv")!;
  expect(recap).toContain(BLITAR_2021.number);
  for (const r of input.rows) {
    expect(recap).toContain(r.indikator.split("\n")[0]!.slice(0, 30));
    expect(recap).toContain(r.capaianText.replace(",", ".")); // en-US as shown: 103.75%
  }
  expect(recap).toContain("=1+1 bukan rumus"); // a value, never a formula
  const kpu = csv.get("export-RKT KPU.csv")!;
  expect(kpu).toContain("Realisasi s.d. TW II");
  expect(kpu).toContain("103.75%");
  // No formulas survive into the file: nothing can break for want of the Info sheet.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const formulas: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${ws.name}!${cell.address}`);
      })
    )
  );
  expect(formulas).toEqual([]);
}, 120_000);

test("Rekap Rapat formulas, recalculated by LibreOffice, equal the core's rows", async () => {
  const wb = await filledWorkbook();
  // A TW III already typed (TW I's value again) must not count in a recap to TW II.
  for (const t of findRktTables(readWorkbook(wb))) {
    const ws = wb.getWorksheet(t.sheet.name)!;
    for (let row = t.headerRow + 2; row <= t.headerRow + t.rows + 1; row++) {
      ws.getCell(row, (t.columns.tw3 as number) + 1).value = ws.getCell(
        row,
        (t.columns.tw1 as number) + 1
      ).value;
    }
  }
  const recap = recapAt(readWorkbook(wb), BLITAR_2021, 2);
  applyPlan(wb, recap.plan);
  const dir = mkdtempSync(join(tmpdir(), "kinerja-recap-"));
  const path = join(dir, "recap.xlsx");
  await wb.xlsx.writeFile(path);
  const [recalculated] = recalculate([path]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculated!);
  const sheet = readWorkbook(back).sheets.find((s) => s.name === RECAP_SHEET)!;
  const header = sheet.values[3]!.map(String);
  const at = (row: number, h: string) =>
    sheet.values[row]?.[header.findIndex((x) => x.startsWith(h))];
  recap.rows.forEach((r, i) => {
    const cap = at(4 + i, "Capaian");
    if (r.capaian === null) expect([r.kode, cap ?? null]).toEqual([r.kode, null]);
    else
      expect([r.kode, Math.abs((cap as number) * 100 - r.capaian) < 1e-9]).toEqual([r.kode, true]);
    expect([r.kode, at(4 + i, "Kategori") ?? ""]).toEqual([r.kode, r.kategori]);
    const real = at(4 + i, "Realisasi");
    const want =
      typeof r.realisasi === "number" && r.kind === "percent" ? r.realisasi / 100 : r.realisasi;
    if (typeof want === "number") expect(Math.abs((real as number) - want)).toBeLessThan(1e-9);
    else expect([r.kode, real ?? null]).toEqual([r.kode, want]);
  });
  const overall = at(4 + recap.rows.length, "Capaian") as number;
  expect(Math.abs(overall * 100 - (recap.overall.capaian ?? NaN))).toBeLessThan(1e-9);
  expect(at(4 + recap.rows.length, "Kategori")).toBe(recap.overall.kategori);
}, 120_000);

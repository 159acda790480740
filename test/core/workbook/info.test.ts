/** The decree as the Info sheet states it, and when the built-in decree's indicators apply. */
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree/blitar-2021";
import { decreeFromWorkbook, isoFromTanggal } from "../../../src/core/workbook/info";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";

function templateWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  return wb;
}

test.each([
  ["4 Maret 2021", "2021-03-04"],
  ["15 Januari 2023", "2023-01-15"],
  ["31 desember 2024", "2024-12-31"],
  ["4 March 2021", undefined],
  ["2021-03-04", undefined],
])("isoFromTanggal(%s) = %s", (text, iso) => {
  expect(isoFromTanggal(text)).toBe(iso);
});

test("a workbook made from the decree gives back its metadata and its indicators", () => {
  const decree = decreeFromWorkbook(readWorkbook(templateWorkbook()), BLITAR_2021);
  expect(decree).toEqual(BLITAR_2021);
});

test("what a person corrected on the Info sheet wins; another decree number drops the indicators", () => {
  const wb = templateWorkbook();
  const info = wb.getWorksheet("Info Kinerja")!;
  info.getCell("B5").value = "KPU Kota Contoh";
  const renamed = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(renamed.office).toBe("KPU Kota Contoh");
  expect(renamed.tables).toHaveLength(4);
  info.getCell("B7").value = "99/PR.03.1-Kpt/0000/2024";
  const other = decreeFromWorkbook(readWorkbook(wb), BLITAR_2021);
  expect(other.number).toBe("99/PR.03.1-Kpt/0000/2024");
  expect(other.tables).toEqual([]);
  expect(other.signatories).toEqual(BLITAR_2021.signatories);
});

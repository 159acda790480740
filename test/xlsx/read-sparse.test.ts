/**
 * Reading a workbook costs what is on its sheets, not the corners of the used range: one stray
 * value at XFD1048576 or Z200000 adds one cell to the snapshot, not a grid of every row and
 * column up to it (which ran `kinerja validate` out of memory).
 */
import ExcelJS from "exceljs";
import { cellAt, formatAt, formulaAt, type SheetSnapshot } from "../../src/core/workbook/snapshot";
import { planConvert } from "../../src/core/workbook/convert";
import { readWorkbook } from "../../src/xlsx/read";
import { fromC6 } from "../core/convert/fixtures/layouts";
import { workbookOf } from "../core/convert/fixtures/sheet";

/** Rows and cells the snapshot holds (holes left out). */
function held(sheet: SheetSnapshot): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  sheet.values.forEach((r) => {
    rows++;
    r.forEach(() => cells++);
  });
  return { rows, cells };
}

test("a stray value far below and to the right adds one cell, not a grid", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = "Kode";
  ws.getCell("B1").value = 12.5;
  ws.getCell("B1").numFmt = "0.0%";
  ws.getCell("C1").value = { formula: "B1*2", result: 25 };
  ws.getCell("Z200000").value = "stray";
  const sheet = readWorkbook(wb).sheets[0]!;
  expect(held(sheet)).toEqual({ rows: 2, cells: 4 });
  expect(cellAt(sheet, 0, 0)).toBe("Kode");
  expect(formatAt(sheet, 0, 1)).toBe("0.0%");
  expect(formulaAt(sheet, 0, 2)).toBe("=B1*2");
  expect(cellAt(sheet, 0, 2)).toBe(25);
  expect(cellAt(sheet, 199_999, 25)).toBe("stray");
  // Everything between reads empty.
  expect(cellAt(sheet, 1000, 3)).toBeNull();
  expect(formatAt(sheet, 1000, 3)).toBe("General");
  expect(formulaAt(sheet, 0, 3)).toBeNull();
});

test("a value at XFD1048576 is read in a snapshot of two cells", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = 1;
  ws.getCell("XFD1048576").value = 2;
  const sheet = readWorkbook(wb).sheets[0]!;
  expect(held(sheet)).toEqual({ rows: 2, cells: 2 });
  expect(cellAt(sheet, 1_048_575, 16_383)).toBe(2);
});

test("Convert reads a sheet with a stray far cell as it reads the sheet without it", () => {
  const plain = workbookOf(fromC6);
  const stray = workbookOf(fromC6);
  stray.getWorksheet(fromC6.name)!.getCell("XFD1000").value = "x";
  const sheetOf = (wb: ExcelJS.Workbook) => readWorkbook(wb);
  const a = planConvert(sheetOf(plain), fromC6.name);
  const start = performance.now();
  const b = planConvert(sheetOf(stray), fromC6.name);
  const ms = performance.now() - start;
  expect(a.ok && b.ok).toBe(true);
  if (!a.ok || !b.ok) return;
  expect(b.decree).toEqual(a.decree);
  expect(b.carried).toEqual(a.carried);
  // Generous: the scan is per filled cell, not per column of a 16,384-column used range.
  expect(ms).toBeLessThan(5000);
});

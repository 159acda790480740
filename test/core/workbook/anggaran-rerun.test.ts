/**
 * Hitung Capaian rewrites the Anggaran table's formula columns only: below the table are cells
 * that are not the table's (its Jumlah, written once by the template, whose SUM ranges grow
 * with the table; or a row staff typed there), and none of them is written again.
 */
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree";
import { parseRange } from "../../../src/core/workbook/a1";
import { findAnggaranTable } from "../../../src/core/workbook/anggaran/model";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { readSettings } from "../../../src/core/workbook/settings";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";

test("Hitung Capaian writes inside the Anggaran table only", () => {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  const book = readWorkbook(wb);
  const table = findAnggaranTable(book)!;
  const last = table.headerRow + table.rows;
  const ops = planCapaian(book, BLITAR_2021, readSettings(book).settings).plan.ops.filter(
    (op) => "sheet" in op && op.sheet === table.sheet.name && "address" in op
  );
  expect(ops.length).toBeGreaterThan(0);
  for (const op of ops) {
    const r = parseRange((op as { address: string }).address);
    expect(r.row + r.rows - 1).toBeLessThanOrEqual(last);
  }
});

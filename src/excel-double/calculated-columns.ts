/**
 * Excel's calculated columns, with "Fill formulas in tables to create calculated columns" on
 * (the default; Office.js writes go through it: office-js issues #2093, #5909, #6745):
 * - a formula written into a table column whose other data cells are all empty fills every
 *   row of the column and makes it a calculated column;
 * - a different formula written into a calculated column replaces the formula in every row
 *   that still holds the column's formula (rows holding constants or other formulas are
 *   exceptions and keep theirs).
 * Cells of a multi-cell write are taken one by one, row by row, as Excel applies them; so
 * rows written with different formulas all end up with the last one, and rows written with
 * one formula (the same in R1C1) come out as written.
 */
import { cellRect, rectContains } from "../core/workbook/a1";
import { shiftFormula, toR1C1 } from "./r1c1";
import { key, tablesOnSheet, type SheetState, type WorkbookState } from "./state";

/** After a formula was written into (row, col): what Excel's calculated columns do. */
export function afterFormulaWrite(
  wb: WorkbookState,
  sheet: SheetState,
  row: number,
  col: number,
  formula: string
): void {
  const table = tablesOnSheet(wb, sheet).find((t) => rectContains(t.rect, cellRect(row, col)));
  if (table === undefined) return;
  const first = table.rect.row + (table.showHeaders ? 1 : 0);
  const last = table.rect.row + table.rect.rowCount - 1;
  if (row < first) return;
  const offset = col - table.rect.col;
  const written = toR1C1(formula, row, col);
  const calculated = table.calculated?.[offset];
  const others: number[] = [];
  for (let r = first; r <= last; r++) if (r !== row) others.push(r);
  let fill: number[];
  if (calculated === undefined) {
    const empty = others.every((r) => {
      const c = sheet.cells.get(key(r, col));
      return c === undefined || (c.value === undefined && c.formula === undefined);
    });
    if (!empty) return;
    fill = others;
  } else {
    if (calculated === written) return;
    fill = others.filter((r) => {
      const f = sheet.cells.get(key(r, col))?.formula;
      return f !== undefined && toR1C1(f, r, col) === calculated;
    });
  }
  for (const r of fill) {
    const cell = { ...(sheet.cells.get(key(r, col)) ?? {}) };
    delete cell.value;
    delete cell.cached;
    cell.formula = shiftFormula(formula, r - row, 0);
    sheet.cells.set(key(r, col), cell);
  }
  table.calculated = { ...table.calculated, [offset]: written };
}

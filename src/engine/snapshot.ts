/**
 * A workbook snapshot (what the adapters read) recalculated: every formula cell's value
 * replaced by the engine's result, as a spreadsheet program would save it.
 */
import type { CellValue, WorkbookSnapshot } from "../core/workbook/snapshot";
import { calculate, type EngineValue } from "./index";

const asCell = (v: EngineValue): CellValue => v;

/** A copy of `book` whose formula cells hold their computed values. */
export function recalculateSnapshot(book: WorkbookSnapshot): WorkbookSnapshot {
  const computed = calculate(book.sheets);
  const bySheet = new Map<string, { row: number; col: number; value: EngineValue }[]>();
  for (const f of computed.formulas()) {
    const list = bySheet.get(f.sheet.toLowerCase()) ?? [];
    list.push(f);
    bySheet.set(f.sheet.toLowerCase(), list);
  }
  return {
    ...book,
    sheets: book.sheets.map((s) => {
      const results = bySheet.get(s.name.toLowerCase());
      if (results === undefined) return s;
      // Copy only the rows that change; the rest are shared.
      const values = s.values.slice();
      for (const { row, col, value } of results) {
        const r = row - s.top;
        const line = (values[r] ?? []).slice();
        line[col - s.left] = asCell(value);
        values[r] = line;
      }
      return { ...s, values };
    }),
  };
}

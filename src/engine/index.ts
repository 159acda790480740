/**
 * The spreadsheet engine: a workbook's values and formulas in, every formula's result out,
 * computed in-process with Excel's semantics for the functions Kinerja's formulas use (see
 * README.md beside this file). Pure TypeScript on @borgar/fx's parser (MIT): no Node, DOM or
 * Office APIs. The playground and the tests use it; the core and the add-in do not.
 *
 * @example
 * const book = calculate([{ name: "S", values: [[2, null]], formulas: [[2, "=A1*3"]] }]);
 * book.value("S", 0, 1); // 6
 */
import { EngineBook } from "./workbook";
import { FormulaError, type Scalar } from "./values";

/** A cell's value as the engine gives it: an error as `{ error: "#N/A" }`, empty as null. */
export type EngineValue = number | string | boolean | null | { error: string };

/** One sheet: values and formulas grids, placed at (`top`, `left`), 0-based; may be sparse. */
export interface EngineSheetInput {
  name: string;
  top?: number;
  left?: number;
  values: readonly (readonly unknown[] | undefined)[];
  /** "=..." strings are formulas; other cells are read from `values`. */
  formulas?: readonly (readonly unknown[] | undefined)[];
}

export interface FormulaResult {
  sheet: string;
  row: number;
  col: number;
  formula: string;
  value: EngineValue;
}

export interface Calculated {
  /** The value of a cell (a formula's result), null when empty or the sheet is unknown. */
  value(sheet: string, row: number, col: number): EngineValue;
  /** Every formula cell with its result. */
  formulas(): FormulaResult[];
}

const MAX_FORMULA_LENGTH = 8192;

function scalarOf(v: unknown): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : FormulaError.of("#NUM!");
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string")
    return FormulaError.of((v as { error: string }).error);
  return null;
}

const isFormula = (f: unknown): f is string =>
  typeof f === "string" && f.startsWith("=") && f.length > 1;

const out = (s: Scalar): EngineValue => (s instanceof FormulaError ? { error: s.code } : s);

/**
 * Computes every formula of `sheets`. A formula longer than Excel's 8,192 characters is
 * #VALUE!; one the parser cannot read is #NAME?; a function the engine does not know is
 * #NAME? (as in an Excel that lacks it).
 */
export function calculate(sheets: readonly EngineSheetInput[]): Calculated {
  const book = new EngineBook();
  for (const s of sheets) {
    const sheet = book.sheet(s.name);
    const top = s.top ?? 0;
    const left = s.left ?? 0;
    // forEach skips the holes of sparse rows: a stray cell far away costs one visit.
    s.values.forEach((vr, r) =>
      vr?.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c];
        if (!isFormula(f)) sheet.set(top + r, left + c, scalarOf(v));
      })
    );
    s.formulas?.forEach((fr, r) =>
      fr?.forEach((f, c) => {
        if (!isFormula(f)) return;
        if (f.length > MAX_FORMULA_LENGTH) sheet.set(top + r, left + c, FormulaError.of("#VALUE!"));
        else sheet.set(top + r, left + c, null, f);
      })
    );
  }
  book.computeAll();
  return {
    value: (sheet, row, col) => out(book.sheetNamed(sheet)?.get(row, col) ?? null),
    formulas: () => {
      const list: FormulaResult[] = [];
      for (const s of book.allSheets())
        for (const cell of s.cells.values())
          if (cell.formula !== undefined)
            list.push({
              sheet: s.name,
              row: Math.floor(cell.key / 16_384),
              col: cell.key % 16_384,
              formula: cell.formula,
              value: out(s.get(Math.floor(cell.key / 16_384), cell.key % 16_384)),
            });
      return list;
    },
  };
}

/**
 * What an adapter reads from a workbook, as plain data: the read step of every action.
 * Rows and columns are 0-based here; `top`/`left` place the used range on the sheet.
 */

/** A cell value as read: Office.js gives errors as "#N/A" strings, exceljs as { error }. */
export type CellValue = number | string | boolean | null | { error: string };

export interface SheetSnapshot {
  name: string;
  /** Row and column (0-based) of the used range's top-left cell. */
  top: number;
  left: number;
  /**
   * values[r][c] is the cell at (top + r, left + c); formulas and numberFormats likewise.
   * The arrays may be sparse: a row or cell left out (a hole, or past the end of its row) is
   * empty. The file reader leaves out what holds nothing, so a stray value far away costs one
   * cell; the Office.js reader gives dense ranges. Read cells through `cellAt`, `formatAt` and
   * `formulaAt`, and walk rows with `forEach`/`reduce` (which skip holes), never by spreading
   * them into arguments or materialising the used range as a grid.
   */
  values: CellValue[][];
  /** The formula where there is one ("=A1*2"), else the value, as Office.js `formulas` gives. */
  formulas: (string | number | boolean | null)[][];
  numberFormats: string[][];
  /** Merged areas as A1 ranges without the sheet ("B5:B8"); empty when the host cannot tell. */
  merges: string[];
  tables: SheetTable[];
  charts: string[];
  /** Whether the sheet is protected: writing to it would fail. */
  protected: boolean;
}

/** A table as read: its whole range (header, data rows and a totals row). */
export interface SheetTable {
  name: string;
  address: string;
  /** Whether the range's last row is the table's totals row, not data. */
  totals?: boolean;
  /**
   * Cells read beyond the table inside Excel, where only what an action asks for is read: this
   * many columns to its right (in its rows) and rows under it (in its columns), values and
   * formulas. A file is read whole (`WorkbookSnapshot.complete`).
   */
  beside?: { right: number; below: number };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The sheet the user is on. */
  activeSheet: string;
  /**
   * Whether every cell of every sheet was read (a file), not only the tables an action asked
   * for (inside Excel): what lies beside a table is known to be empty only then.
   */
  complete?: boolean;
}

/** An empty sheet snapshot (a sheet with no used range). */
export function emptySheet(name: string): SheetSnapshot {
  return {
    name,
    top: 0,
    left: 0,
    values: [],
    formulas: [],
    numberFormats: [],
    merges: [],
    tables: [],
    charts: [],
    protected: false,
  };
}

/** The cell at absolute (row, col), 0-based, or null outside the used range. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? null;
}

export function formatAt(sheet: SheetSnapshot, row: number, col: number): string {
  return sheet.numberFormats[row - sheet.top]?.[col - sheet.left] ?? "General";
}

export function formulaAt(
  sheet: SheetSnapshot,
  row: number,
  col: number
): string | number | boolean | null {
  return sheet.formulas[row - sheet.top]?.[col - sheet.left] ?? null;
}

export function findSheet(book: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === lower);
}

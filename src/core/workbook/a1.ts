/**
 * A1 addresses, 0-based rows and columns: row 0 is Excel's row 1, column 0 is column A.
 *
 * Two families share this module. The plan builders' helpers (`columnLetter`, `columnIndex`,
 * `cellAddress`, `rangeAddress`, `parseRange`, `sheetRef`) are lenient and work on
 * `ParsedRange` boxes. The strict helpers (`indexToColumn`, `columnToIndex`, `parseRect`,
 * `parseAddress`, `formatRange`, `formatAddress`, the `*Rect*` functions) check every address
 * against the sheet's bounds, read whole rows and columns, and work on `CellRect`s; the Excel
 * double and the playground use them. Pure: no host or Node imports.
 */

/** The sheet's bounds: rows 1..1048576, columns A..XFD. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" -> 0, "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (4, 2) -> "C5". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** The A1 range of `rows` x `cols` cells from (row, col): "B5:D9" (or "B5" for one cell). */
export function rangeAddress(row: number, col: number, rows = 1, cols = 1): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1
    ? start
    : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

export interface ParsedRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B5:D9" (with or without a sheet prefix, with or without $) -> 0-based box. */
export function parseRange(address: string): ParsedRange {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.replace(/\$/g, "").split(":");
  const parse = (ref: string): [number, number] => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(ref);
    if (m === null) throw new Error(`Not an A1 cell reference: ${ref}`);
    return [Number(m[2]) - 1, columnIndex(m[1] as string)];
  };
  const [r1, c1] = parse(a ?? "");
  const [r2, c2] = b === undefined ? [r1, c1] : parse(b);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/**
 * A sheet name as a formula reference: 'RKT KPU'!A1 needs quotes, Info!A1 does not. Names
 * Excel would read as something else are quoted too: a cell ("RKT2024", "TW1"), an R1C1
 * reference ("R", "C", "R1C1", "RC2"), TRUE/FALSE, anything but plain ASCII letters, digits,
 * "_" and "." (spaces, quotes, a leading digit). Quoting is always accepted.
 */
export function sheetRef(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  const cell = /^[A-Za-z]{1,3}\d+$/.test(sheet);
  const r1c1 = /^[Rr]\d*([Cc]\d*)?$/.test(sheet) || /^[Cc]\d*$/.test(sheet);
  const logical = /^(true|false)$/i.test(sheet);
  return plain && !cell && !r1c1 && !logical ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

// ---- Strict helpers: bounds-checked, whole rows and columns, CellRect ----

/** A rectangle of cells; `row`/`col` are 0-based. */
export interface CellRect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

export interface ParsedAddress {
  /** Sheet name without quotes, if the address had a sheet prefix. */
  sheet?: string;
  rect: CellRect;
}

/** "A" -> 0, "Z" -> 25, "AA" -> 26. Throws on anything that is not 1-3 letters within XFD. */
export function columnToIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new Error(`Invalid column letters: ${letters}`);
  const index = columnIndex(letters);
  if (index >= MAX_COLUMNS) throw new Error(`Column out of range: ${letters}`);
  return index;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". Throws outside A..XFD. */
export function indexToColumn(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLUMNS)
    throw new Error(`Invalid column index: ${index}`);
  return columnLetter(index);
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(part: string): Corner {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(part);
  if (!m || (m[1] === undefined && m[2] === undefined))
    throw new Error(`Invalid cell reference: ${part}`);
  const corner: Corner = {};
  if (m[1] !== undefined) corner.col = columnToIndex(m[1]);
  if (m[2] !== undefined) {
    const row = Number(m[2]);
    if (row < 1 || row > MAX_ROWS) throw new Error(`Row out of range: ${part}`);
    corner.row = row - 1;
  }
  return corner;
}

/** Parses "A1", "A1:C3", "$A$1", "A:C" (whole columns), "2:4" (whole rows), without a sheet prefix. */
export function parseRect(ref: string): CellRect {
  const parts = ref.trim().split(":");
  if (parts.length < 1 || parts.length > 2) throw new Error(`Invalid range: ${ref}`);
  const a = parseCorner(parts[0] ?? "");
  const b = parts.length === 2 ? parseCorner(parts[1] ?? "") : a;
  const hasA = { row: a.row !== undefined, col: a.col !== undefined };
  const hasB = { row: b.row !== undefined, col: b.col !== undefined };
  if (hasA.row !== hasB.row || hasA.col !== hasB.col) throw new Error(`Invalid range: ${ref}`);
  if (parts.length === 1 && !(hasA.row && hasA.col)) throw new Error(`Invalid range: ${ref}`);
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLUMNS - 1;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rowCount: Math.abs(r2 - r1) + 1, colCount: Math.abs(c2 - c1) + 1 };
}

/** Parses an address with an optional sheet prefix: "Sheet1!A1:C3", "'My Sheet'!B2". */
export function parseAddress(address: string): ParsedAddress {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { rect: parseRect(address) };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3)
      throw new Error(`Invalid sheet name in ${address}`);
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (sheet === "") throw new Error(`Invalid sheet name in ${address}`);
  return { sheet, rect: parseRect(address.slice(bang + 1)) };
}

/** "A1" for a single cell, "A1:C3", "A:C" for whole columns, "2:4" for whole rows. */
export function formatRange(rect: CellRect): string {
  const fullRows = rect.row === 0 && rect.rowCount === MAX_ROWS;
  const fullCols = rect.col === 0 && rect.colCount === MAX_COLUMNS;
  const lastRow = rect.row + rect.rowCount;
  const lastCol = rect.col + rect.colCount - 1;
  if (fullRows && !fullCols) return `${indexToColumn(rect.col)}:${indexToColumn(lastCol)}`;
  if (fullCols && !fullRows) return `${rect.row + 1}:${lastRow}`;
  const start = `${indexToColumn(rect.col)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.colCount === 1) return start;
  return `${start}:${indexToColumn(lastCol)}${lastRow}`;
}

/**
 * Quotes a sheet name the way Excel does in addresses ('My Sheet', 'It''s'); unlike `sheetRef`,
 * names that read as a cell ("A1", "R1C1") are quoted and letters beyond ASCII are not.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeCell =
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[Rr]\d*([Cc]\d*)?$/.test(name) ||
    /^[Cc]\d*$/.test(name) ||
    /^(true|false)$/i.test(name);
  return plain && !looksLikeCell ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!A1:C3" / "'My Sheet'!A1". */
export function formatAddress(sheet: string, rect: CellRect): string {
  return `${quoteSheetName(sheet)}!${formatRange(rect)}`;
}

export function cellRect(row: number, col: number): CellRect {
  return { row, col, rowCount: 1, colCount: 1 };
}

export function rectContains(outer: CellRect, inner: CellRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.col + inner.colCount <= outer.col + outer.colCount
  );
}

export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.col < b.col + b.colCount &&
    b.col < a.col + a.colCount
  );
}

export function intersectRects(a: CellRect, b: CellRect): CellRect | null {
  if (!rectsIntersect(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const colEnd = Math.min(a.col + a.colCount, b.col + b.colCount);
  return { row, col, rowCount: rowEnd - row, colCount: colEnd - col };
}

export function rectInSheet(rect: CellRect): boolean {
  return (
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rowCount >= 1 &&
    rect.colCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.col + rect.colCount <= MAX_COLUMNS
  );
}

/** A1-notation helpers (pure functions, 0-based indexes internally). */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

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
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMNS) throw new Error(`Column out of range: ${letters}`);
  return n - 1;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function indexToColumn(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_COLUMNS)
    throw new Error(`Invalid column index: ${index}`);
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
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
export function parseRange(ref: string): CellRect {
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
  if (bang < 0) return { rect: parseRange(address) };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) {
    if (!sheet.endsWith("'") || sheet.length < 3)
      throw new Error(`Invalid sheet name in ${address}`);
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  if (sheet === "") throw new Error(`Invalid sheet name in ${address}`);
  return { sheet, rect: parseRange(address.slice(bang + 1)) };
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

/** Quotes a sheet name the way Excel does in addresses ('My Sheet', 'It''s'). */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
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

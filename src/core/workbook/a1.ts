/** A1 addresses, 0-based rows and columns. */

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

/** A sheet name as a formula reference: 'RKT KPU'!A1 needs quotes, Info!A1 does not. */
export function sheetRef(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

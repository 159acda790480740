/**
 * A user's sheet as the converter reads it: absolute 0-based rows and columns, each cell's own
 * value and text, and the merged areas. A merged area's value is in its top-left cell only;
 * the other cells of the area are "covered" and read null, as both adapters deliver them.
 * Nothing here throws, whatever the snapshot holds (bad merge addresses are skipped).
 */
import { cellAddress, parseRange, type ParsedRange } from "../a1";
import type { CellValue, SheetSnapshot } from "../snapshot";

/** Merged areas larger than this many cells (inside the used range) are not indexed. */
const MAX_MERGE_CELLS = 100_000;

export interface Grid {
  sheet: SheetSnapshot;
  /** First row and column of the used range, and one past the last. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface GridIndex {
  /** "row,col" of every covered cell -> its merged area. */
  covered: Map<string, ParsedRange>;
  /** "row,col" of every merge's top-left cell -> its area. */
  anchors: Map<string, ParsedRange>;
}

const INDEX = new WeakMap<Grid, GridIndex>();

function safeRange(address: unknown): ParsedRange | undefined {
  if (typeof address !== "string") return undefined;
  try {
    const r = parseRange(address);
    return r.row >= 0 && r.col >= 0 && Number.isFinite(r.rows) && Number.isFinite(r.cols)
      ? r
      : undefined;
  } catch {
    // A merge address the host could not express in A1 is no merge we can use.
    return undefined;
  }
}

/** The grid of a sheet snapshot. */
export function gridOf(sheet: SheetSnapshot): Grid {
  const top = Number.isInteger(sheet.top) && sheet.top >= 0 ? sheet.top : 0;
  const left = Number.isInteger(sheet.left) && sheet.left >= 0 ? sheet.left : 0;
  const rows = Array.isArray(sheet.values) ? sheet.values : [];
  const width = rows.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const grid: Grid = { sheet, top, left, bottom: top + rows.length, right: left + width };
  const covered = new Map<string, ParsedRange>();
  const anchors = new Map<string, ParsedRange>();
  for (const address of Array.isArray(sheet.merges) ? sheet.merges : []) {
    const m = safeRange(address);
    if (m === undefined || (m.rows === 1 && m.cols === 1)) continue;
    const r0 = Math.max(m.row, grid.top);
    const r1 = Math.min(m.row + m.rows, grid.bottom);
    const c0 = Math.max(m.col, grid.left);
    const c1 = Math.min(m.col + m.cols, grid.right);
    if (r1 <= r0 || c1 <= c0 || (r1 - r0) * (c1 - c0) > MAX_MERGE_CELLS) continue;
    anchors.set(`${m.row},${m.col}`, m);
    for (let r = r0; r < r1; r++)
      for (let c = c0; c < c1; c++) if (r !== m.row || c !== m.col) covered.set(`${r},${c}`, m);
  }
  INDEX.set(grid, { covered, anchors });
  return grid;
}

function index(grid: Grid): GridIndex {
  return INDEX.get(grid) ?? { covered: new Map(), anchors: new Map() };
}

/**
 * The cell's own value: null outside the used range and for covered cells of a merged area,
 * even when the adapter repeats the area's value there (exceljs does; Office.js does not).
 */
export function valueAt(grid: Grid, row: number, col: number): CellValue {
  if (index(grid).covered.has(`${row},${col}`)) return null;
  const v: unknown = grid.sheet.values[row - grid.top]?.[col - grid.left];
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string")
    return { error: (v as { error: string }).error };
  return null;
}

/** The cell's number format, "General" when unknown. */
export function formatOf(grid: Grid, row: number, col: number): string {
  const f: unknown = grid.sheet.numberFormats?.[row - grid.top]?.[col - grid.left];
  return typeof f === "string" ? f : "General";
}

/**
 * The cell's value as text, trimmed: numbers as JavaScript writes them, booleans as Excel
 * shows them, error values as their code ("#N/A").
 */
export function textAt(grid: Grid, row: number, col: number): string {
  return textOf(valueAt(grid, row, col));
}

/** A cell value as trimmed text. */
export function textOf(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.error;
}

/** The merged area a covered cell belongs to (not for the area's own top-left cell). */
export function coveringMerge(grid: Grid, row: number, col: number): ParsedRange | undefined {
  return index(grid).covered.get(`${row},${col}`);
}

/** The merged area whose top-left cell this is. */
export function mergeAnchoredAt(grid: Grid, row: number, col: number): ParsedRange | undefined {
  return index(grid).anchors.get(`${row},${col}`);
}

/**
 * The columns (absolute, left to right) where the row holds a cell in the snapshot. A snapshot
 * may be sparse (rows and cells it leaves out are empty), so scanning these instead of every
 * column of the used range costs what is on the row: a stray value at XFD1048576 does not make
 * every row a scan of 16,384 columns. Every other column of the row reads empty.
 */
export function presentCols(grid: Grid, row: number): number[] {
  const cells: unknown = grid.sheet.values[row - grid.top];
  const out: number[] = [];
  if (!Array.isArray(cells)) return out;
  // forEach skips holes; on a dense row it is every column.
  cells.forEach((_v, i) => {
    if (grid.left + i < grid.right) out.push(grid.left + i);
  });
  return out;
}

/** True when no cell of the row (inside the used range) holds anything but blanks. */
export function isBlankRow(grid: Grid, row: number): boolean {
  for (const c of presentCols(grid, row)) if (textAt(grid, row, c) !== "") return false;
  return true;
}

/** The non-empty cells of a row, left to right. */
export function rowCells(grid: Grid, row: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (const c of presentCols(grid, row)) {
    const text = textAt(grid, row, c);
    if (text !== "") out.push({ col: c, text });
  }
  return out;
}

/** The row's texts joined by spaces (for title and signature lines). */
export function rowText(grid: Grid, row: number): string {
  return rowCells(grid, row)
    .map((c) => c.text.replace(/\s+/g, " "))
    .join(" ");
}

/** "C7" for a 0-based (row, col). */
export const addressOf = (row: number, col: number): string => cellAddress(row, col);

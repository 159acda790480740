/**
 * Find the header of each RKT/IKU table on a sheet: a row whose cells name an Indikator column
 * and at least one other known column (No, Sasaran, Target, Realisasi ...), optionally with a
 * second row below it (TW I..TW IV under a merged "REALISASI") and a row of column numbers
 * ("1 2 3 4" or "(1) (2) (3)") below that.
 *
 * Columns that name a year ("Target 2022", "Realisasi 2021", "TW I 2022", "Realisasi Tahun
 * Lalu") are read for the table's year ({@link assignColumns}): this year's columns are used,
 * last year's yearly realisasi is kept apart, any other year is ignored.
 */
import {
  columnMeaning,
  meaningOf,
  quarterOf,
  yearTagOf,
  type ColumnMeaning,
  type YearTag,
} from "./columns";
import { coveringMerge, presentCols, textAt, valueAt, type Grid } from "./grid";

/** One header column: its text (parent and own, as shown) and what it means, if known. */
export interface HeaderColumn {
  col: number;
  /** The header as a person reads it: "REALISASI / TW I", "Target 2021". */
  text: string;
  meaning?: ColumnMeaning;
  /** The column repeats a meaning already taken by a column to its left. */
  duplicate?: boolean;
  /** The year a target, realisasi, quarter or capaian header names. */
  tag?: YearTag;
  /**
   * What the year tag makes of the column for the table's year: this year's (used as its
   * meaning), last year's realisasi (kept apart), another year's (ignored).
   */
  yearRole?: "thisYear" | "lastYear" | "otherYear";
}

/** Meanings whose columns may be tagged with a year. */
const YEARLY: readonly ColumnMeaning[] = [
  "target",
  "realisasi",
  "tw1",
  "tw2",
  "tw3",
  "tw4",
  "capaian",
];

export interface DetectedHeader {
  /** First header row (0-based) and how many rows the header spans (1 or 2). */
  row: number;
  rows: 1 | 2;
  /** Rows of column numbers under the header, skipped. */
  numberRow?: number;
  /** First row after the header. */
  bodyStart: number;
  /** Columns spanned by the header, first and one past the last. */
  left: number;
  right: number;
  columns: HeaderColumn[];
  /** Column (0-based) of each meaning the table uses: the first column with it. */
  at: Partial<Record<ColumnMeaning, number>>;
  /** Column (0-based) of last year's yearly realisasi ("Realisasi 2021" in a 2022 table). */
  lastYearAt?: number;
  /**
   * A year written in the header: the target's ("Target 2021"), else the latest year another
   * column names ("Realisasi 2021 | Realisasi 2022" -> 2022).
   */
  year?: number;
  /** The column whose header gave {@link year}. */
  yearCol?: number;
  /** The one year the target columns name, when they name exactly one. */
  targetYear?: number;
  /** The year the columns were assigned for ({@link assignColumns}). */
  tableYear?: number;
}

/** Meanings that, with Indikator, make a row a header. */
const COMPANIONS: readonly ColumnMeaning[] = [
  "no",
  "sasaran",
  "target",
  "satuan",
  "realisasi",
  "tw1",
  "tw4",
  "capaian",
  "cara",
  "sumber",
];

/** The meanings named by one row's own cells (quarters included). */
function rowMeanings(grid: Grid, row: number): Set<ColumnMeaning> {
  const found = new Set<ColumnMeaning>();
  for (const c of presentCols(grid, row)) {
    const text = textAt(grid, row, c);
    if (text === "" || text.length > 60) continue;
    const m = meaningOf(text) ?? columnMeaning(text, "").meaning;
    if (m !== undefined) found.add(m);
  }
  return found;
}

/**
 * True when the row could be the first row of a table header: it names Indikator and another
 * known column, or Indikator over a second row that names them ("INDIKATOR KINERJA | KINERJA"
 * over "Target % | Realisasi % | Capaian %").
 */
export function isHeaderRow(grid: Grid, row: number): boolean {
  const found = rowMeanings(grid, row);
  if (!found.has("indikator")) return false;
  if (COMPANIONS.some((m) => found.has(m))) return true;
  const ind = indikatorCol(grid, row);
  if (ind === undefined || !isSubHeader(grid, row, ind)) return false;
  const below = rowMeanings(grid, row + 1);
  return COMPANIONS.some((m) => below.has(m));
}

/** The meanings a row names, for explaining a near miss ("Target found, Indikator missing"). */
export function headerWordsIn(
  grid: Grid,
  row: number
): { col: number; text: string; meaning: ColumnMeaning }[] {
  const out: { col: number; text: string; meaning: ColumnMeaning }[] = [];
  for (const c of presentCols(grid, row)) {
    const text = textAt(grid, row, c);
    const m = text.length > 60 ? undefined : (meaningOf(text) ?? columnMeaning(text, "").meaning);
    if (m !== undefined) out.push({ col: c, text, meaning: m });
  }
  return out;
}

/** The header's indikator column: the first cell of the row that names it. */
function indikatorCol(grid: Grid, row: number): number | undefined {
  for (const c of presentCols(grid, row))
    if (meaningOf(textAt(grid, row, c)) === "indikator") return c;
  return undefined;
}

/**
 * True when the row below the header row is a second header row: it names quarters or known
 * columns, and its Indikator cell is empty or merged into the header above.
 */
function isSubHeader(grid: Grid, row: number, ind: number): boolean {
  const sub = row + 1;
  if (sub >= grid.bottom) return false;
  if (textAt(grid, sub, ind) !== "") return false;
  let named = 0;
  for (const c of presentCols(grid, sub)) {
    const text = textAt(grid, sub, c);
    if (text === "") continue;
    const parent = parentText(grid, row, c);
    const m = columnMeaning(text, parent);
    if (m.meaning !== undefined || quarterOf(text) !== undefined) named++;
    else if (text.length > 40) return false;
  }
  return named > 0;
}

/** The text of the header cell above a column: its own, or the merged cell that covers it. */
function parentText(grid: Grid, row: number, col: number): string {
  const own = textAt(grid, row, col);
  if (own !== "") return own;
  const m = coveringMerge(grid, row, col);
  return m !== undefined && m.row === row ? textAt(grid, m.row, m.col) : "";
}

/** True when the row holds only column numbers 1, 2, 3 ... ("(1)", "1."), at least three. */
export function isColumnNumberRow(grid: Grid, row: number): boolean {
  const numbers: number[] = [];
  for (const c of presentCols(grid, row)) {
    const v = valueAt(grid, row, c);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    const m = /^\(?\s*(\d{1,2})\s*\)?\.?$/.exec(
      typeof v === "number" ? String(v) : String(v).trim()
    );
    if (typeof v !== "number" && typeof v !== "string") return false;
    if (m === null) return false;
    numbers.push(Number(m[1]));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
}

/**
 * What a year-tagged column is for in a table of `year`: this year's; last year's when it is a
 * yearly realisasi of the year before (or "Tahun Lalu"); another year's otherwise (a quarter or
 * target of last year included). Untagged columns, and every column when the table has no
 * year, are this year's as before, except a realisasi of last year in words.
 */
function roleOf(c: HeaderColumn, year: number | undefined): HeaderColumn["yearRole"] {
  const tag = c.tag;
  if (tag === undefined || c.meaning === undefined) return undefined;
  const last = "lastYear" in tag || (year !== undefined && tag.year === year - 1);
  if (last && c.meaning === "realisasi") return "lastYear";
  if ("lastYear" in tag) return "otherYear";
  if (year === undefined) return undefined;
  return tag.year === year ? "thisYear" : "otherYear";
}

/**
 * Assign the header's columns for the table's year (undefined: none known): which column is
 * used for each meaning (`at`: the first this-year column), which repeats one, which is last
 * year's realisasi (`lastYearAt`), which belongs to another year. Returns a new header.
 * @example assignColumns(header, 2022) // "Realisasi 2022" used, "Realisasi 2021" last year's
 */
export function assignColumns(header: DetectedHeader, year: number | undefined): DetectedHeader {
  const at: Partial<Record<ColumnMeaning, number>> = {};
  let lastYearAt: number | undefined;
  const columns = header.columns.map((c) => {
    const out: HeaderColumn = { ...c };
    delete out.duplicate;
    delete out.yearRole;
    const role = roleOf(c, year);
    if (role !== undefined) out.yearRole = role;
    if (c.meaning === undefined || role === "otherYear") return out;
    if (role === "lastYear") {
      lastYearAt ??= c.col;
      return out;
    }
    if (at[c.meaning] === undefined) at[c.meaning] = c.col;
    else if (c.meaning !== "capaian") out.duplicate = true;
    return out;
  });
  const next: DetectedHeader = { ...header, columns, at };
  delete next.lastYearAt;
  delete next.tableYear;
  if (lastYearAt !== undefined) next.lastYearAt = lastYearAt;
  if (year !== undefined) next.tableYear = year;
  return next;
}

/** The header's own year: the target's, else the latest year another column names. */
function headerYears(
  columns: readonly HeaderColumn[]
): Pick<DetectedHeader, "year" | "yearCol" | "targetYear"> {
  const tagged = columns.flatMap((c) =>
    c.tag !== undefined && "year" in c.tag ? [{ col: c.col, year: c.tag.year, m: c.meaning }] : []
  );
  const targets = tagged.filter((t) => t.m === "target");
  const targetYears = new Set(targets.map((t) => t.year));
  const out: Pick<DetectedHeader, "year" | "yearCol" | "targetYear"> = {};
  const [first] = targets;
  if (targetYears.size === 1 && first !== undefined) out.targetYear = first.year;
  const latest = tagged.reduce<(typeof tagged)[number] | undefined>(
    (best, t) => (best === undefined || t.year > best.year ? t : best),
    undefined
  );
  const pick = first ?? latest;
  if (pick !== undefined) {
    out.year = pick.year;
    out.yearCol = pick.col;
  }
  return out;
}

/** Read the header starting at `row` (a row for which {@link isHeaderRow} holds). */
export function readHeader(grid: Grid, row: number): DetectedHeader {
  const ind = indikatorCol(grid, row) ?? grid.left;
  const rows: 1 | 2 = isSubHeader(grid, row, ind) ? 2 : 1;
  const columns: HeaderColumn[] = [];
  let left = grid.right;
  let right = grid.left;
  for (let c = grid.left; c < grid.right; c++) {
    const parent = parentText(grid, row, c);
    const own = rows === 2 ? textAt(grid, row + 1, c) : "";
    const shown = own === "" ? parent : parent === "" ? own : `${parent} / ${own}`;
    if (shown === "") continue;
    left = Math.min(left, c);
    right = Math.max(right, c + 1);
    const m = rows === 2 ? columnMeaning(own, parent) : columnMeaning(parent, "");
    const column: HeaderColumn = { col: c, text: shown };
    if (m.meaning !== undefined) {
      column.meaning = m.meaning;
      const tag = YEARLY.includes(m.meaning) ? yearTagOf(shown) : undefined;
      if (tag !== undefined) column.tag = tag;
    }
    columns.push(column);
  }
  let bodyStart = row + rows;
  const read: DetectedHeader = { row, rows, bodyStart, left, right, columns, at: {} };
  if (bodyStart < grid.bottom && isColumnNumberRow(grid, bodyStart)) {
    read.numberRow = bodyStart;
    bodyStart++;
  }
  read.bodyStart = bodyStart;
  const header = { ...read, ...headerYears(columns) };
  return assignColumns(header, header.targetYear);
}

/** Every table header on the sheet, top to bottom. */
export function findHeaders(grid: Grid): DetectedHeader[] {
  const out: DetectedHeader[] = [];
  for (let r = grid.top; r < grid.bottom; r++) {
    if (!isHeaderRow(grid, r)) continue;
    const h = readHeader(grid, r);
    out.push(h);
    r = h.bodyStart - 1;
  }
  return out;
}

/** Two headers name the same meanings in the same columns (a header repeated on a new page). */
export function sameColumns(a: DetectedHeader, b: DetectedHeader): boolean {
  const keys = (h: DetectedHeader) =>
    Object.entries(h.at)
      .map(([k, v]) => `${k}:${v}`)
      .sort()
      .join(",");
  return keys(a) === keys(b);
}

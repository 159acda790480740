/**
 * The engine's values, as Excel has them: numbers, text, logicals, error values and the blank
 * of an empty cell (`null`, which only references produce), arrays, and references (which
 * functions such as ISBLANK, COUNTIF and AVERAGE treat apart from values). And Excel's
 * conversions between them (en-US, as `Range.formulas` and the file format hold formulas).
 */

export const ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#CALC!",
  "#SPILL!",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error value (#N/A, #DIV/0! ...): one instance per code, compared with `===`. */
export class FormulaError {
  private constructor(readonly code: ErrorCode) {}
  private static readonly all = new Map<string, FormulaError>(
    ERROR_CODES.map((c) => [c, new FormulaError(c)])
  );
  /** The error of `code`; an unknown code is #VALUE!. */
  static of(code: string): FormulaError {
    return (
      FormulaError.all.get(code.toUpperCase()) ?? (FormulaError.all.get("#VALUE!") as FormulaError)
    );
  }
}

export const ERR = {
  null: FormulaError.of("#NULL!"),
  div0: FormulaError.of("#DIV/0!"),
  value: FormulaError.of("#VALUE!"),
  ref: FormulaError.of("#REF!"),
  name: FormulaError.of("#NAME?"),
  num: FormulaError.of("#NUM!"),
  na: FormulaError.of("#N/A"),
  calc: FormulaError.of("#CALC!"),
};

/** One cell's worth: `null` is an empty cell (only a reference gives it). */
export type Scalar = number | string | boolean | FormulaError | null;

/** An array value (an array constant, or an operation over arrays or ranges), row by row. */
export class Arr {
  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly data: Scalar[]
  ) {}
  at(r: number, c: number): Scalar {
    // A single row or column broadcasts along the other dimension, as Excel extends it.
    const rr = this.rows === 1 ? 0 : r;
    const cc = this.cols === 1 ? 0 : c;
    if (rr >= this.rows || cc >= this.cols) return ERR.na;
    return this.data[rr * this.cols + cc] ?? null;
  }
  static of(rows: Scalar[][]): Arr {
    const cols = Math.max(1, ...rows.map((r) => r.length));
    const data: Scalar[] = [];
    for (const r of rows)
      for (let c = 0; c < cols; c++) data.push(c < r.length ? (r[c] as Scalar) : ERR.na);
    return new Arr(rows.length, cols, data);
  }
}

/** What a reference reads from: a sheet of the workbook being computed. */
export interface SheetReader {
  readonly name: string;
  /** The cell's value (a formula cell's result, computed on demand); null when empty. */
  get(row: number, col: number): Scalar;
  /** Every non-empty cell inside the rectangle, in no particular order. */
  each(
    top: number,
    left: number,
    bottom: number,
    right: number,
    f: (v: Scalar, row: number, col: number) => void
  ): void;
}

/** A reference to a rectangle of a sheet (0-based, inclusive). */
export class Ref {
  constructor(
    readonly sheet: SheetReader,
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number
  ) {}
  get rows(): number {
    return this.bottom - this.top + 1;
  }
  get cols(): number {
    return this.right - this.left + 1;
  }
  get single(): boolean {
    return this.top === this.bottom && this.left === this.right;
  }
}

export type Value = Scalar | Arr | Ref;

/** Arrays larger than this are refused with #NUM! rather than exhausting memory. */
export const MAX_ARRAY_CELLS = 2_000_000;

/** A reference's cells as an array (blank cells stay null); #NUM! beyond {@link MAX_ARRAY_CELLS}. */
export function materialize(ref: Ref): Arr | FormulaError {
  const rows = ref.rows;
  const cols = ref.cols;
  if (rows * cols > MAX_ARRAY_CELLS) return ERR.num;
  const data: Scalar[] = new Array<Scalar>(rows * cols).fill(null);
  ref.sheet.each(ref.top, ref.left, ref.bottom, ref.right, (v, r, c) => {
    data[(r - ref.top) * cols + (c - ref.left)] = v;
  });
  return new Arr(rows, cols, data);
}

/** A value where one cell's worth is expected: a one-cell reference's value, else the value. */
export function deref(v: Value): Scalar | Arr {
  if (v instanceof Ref) {
    if (v.single) return v.sheet.get(v.top, v.left);
    return materialize(v);
  }
  return v;
}

/** What a cell shows for a formula's result: a blank becomes 0, an array its first element. */
export function topValue(v: Value): Scalar {
  const d = deref(v);
  const s = d instanceof Arr ? d.at(0, 0) : d;
  return s === null ? 0 : s;
}

const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;
export { isError };

// ---- number <-> text ---------------------------------------------------------------------

/** A number as Excel turns it into text (`&`, TRIM, LEFT ...): up to 15 significant digits. */
export function numberToText(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return "0";
  const p = Number(n.toPrecision(15));
  const abs = Math.abs(p);
  const exp = Math.floor(Math.log10(abs));
  if (exp >= 15 || exp < -9) {
    const mantissa = Number((p / 10 ** exp).toPrecision(15));
    // Rounding may give 10.0: move one place.
    const [m, e] = Math.abs(mantissa) >= 10 ? [mantissa / 10, exp + 1] : [mantissa, exp];
    const sign = e < 0 ? "-" : "+";
    return `${String(Number(m.toPrecision(15)))}E${sign}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (abs >= 1e-6) return String(p);
  return p.toFixed(Math.min(20, 14 - exp)).replace(/\.?0+$/, "");
}

const NUMBER_TEXT = /^([+-]?)(\$?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*(AM|PM)?$/i;

/** Days since 1899-12-30 (Excel's serial number) for a calendar date, or undefined. */
function dateSerial(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return undefined;
  return t / 86_400_000 + 25569;
}

/**
 * Text read as a number the way Excel (en-US) coerces it in arithmetic and VALUE: spaces
 * around, a sign, "$", thousands commas, a decimal point, an exponent, a trailing "%", a
 * negative in parentheses, dates (yyyy-mm-dd, m/d/yyyy) and times (h:mm[:ss] [AM/PM]).
 * Undefined when Excel would give #VALUE!.
 */
export function textToNumber(text: string): number | undefined {
  let s = text.trim();
  if (s === "") return undefined;
  let negate = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negate = true;
    s = s.slice(1, -1).trim();
  }
  const m = NUMBER_TEXT.exec(s);
  if (m !== null && /\d/.test(m[3] ?? "")) {
    let n = Number((m[3] as string).replace(/,/g, "") + (m[4] !== undefined ? `e${m[4]}` : ""));
    if (m[1] === "-") n = -n;
    if (m[5] === "%") n /= 100;
    if (!Number.isFinite(n)) return undefined;
    return negate ? -n : n;
  }
  if (negate) return undefined;
  const iso = ISO_DATE.exec(s);
  if (iso !== null) return dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = US_DATE.exec(s);
  if (us !== null) {
    const y = Number(us[3]);
    return dateSerial(y < 100 ? (y < 30 ? 2000 + y : 1900 + y) : y, Number(us[1]), Number(us[2]));
  }
  const t = TIME.exec(s);
  if (t !== null) {
    let h = Number(t[1]);
    const min = Number(t[2]);
    const sec = Number(t[3] ?? 0);
    if (t[4] !== undefined) {
      if (h < 1 || h > 12) return undefined;
      h = (h % 12) + (t[4].toUpperCase() === "PM" ? 12 : 0);
    }
    if (min > 59 || sec >= 60) return undefined;
    return (h * 3600 + min * 60 + sec) / 86400;
  }
  return undefined;
}

// ---- coercions -----------------------------------------------------------------------------

/** A scalar as a number (blank 0, TRUE 1, numeric text read), or the error Excel gives. */
export function toNumber(v: Scalar): number | FormulaError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return textToNumber(v) ?? ERR.value;
  return v;
}

/** A scalar as text (blank "", TRUE "TRUE", numbers with up to 15 digits). */
export function toText(v: Scalar): string | FormulaError {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberToText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** A scalar as a logical (blank FALSE, a number not 0 TRUE, "TRUE"/"FALSE" in any case). */
export function toBool(v: Scalar): boolean | FormulaError {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") {
    const u = v.toUpperCase();
    if (u === "TRUE") return true;
    if (u === "FALSE") return false;
    return ERR.value;
  }
  return v;
}

// ---- comparison ----------------------------------------------------------------------------

/** Equal to about 15 significant digits (2^-48 relative, as LibreOffice's approxEqual). */
export function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0) return false;
  const d = Math.abs(a - b);
  return d < Math.abs(a) * 2 ** -48 && d < Math.abs(b) * 2 ** -48;
}

/** a + b, set to 0 when the two cancel to within 15 digits (as Excel and LibreOffice do). */
export function approxAdd(a: number, b: number): number {
  if (((a < 0 && b > 0) || (a > 0 && b < 0)) && approxEqual(a, -b)) return 0;
  return a + b;
}

/** Case-insensitive, as Excel compares text ("a" = "A"); accents count. */
export const foldCase = (s: string): string => s.toLowerCase();

const COLLATOR = new Intl.Collator("en", { sensitivity: "accent" });

const typeRank = (v: number | string | boolean) =>
  typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;

/**
 * Excel's comparison of two scalars: -1, 0 or 1, or the first error. A blank compares as 0,
 * "" or FALSE beside the other side's type; numbers sort before text, text before logicals;
 * text ignores case. `equalityOnly`: any non-zero answer for unequal values (no ordering).
 */
export function compare(a: Scalar, b: Scalar, equalityOnly = false): number | FormulaError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (a === null && b === null) return 0;
  const blankLike = (other: Scalar) =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a === null ? blankLike(b) : a;
  const y = b === null ? blankLike(a) : b;
  const rx = typeRank(x as number | string | boolean);
  const ry = typeRank(y as number | string | boolean);
  if (rx !== ry) return rx < ry ? -1 : 1;
  if (typeof x === "number" && typeof y === "number") return approxEqual(x, y) ? 0 : x < y ? -1 : 1;
  if (typeof x === "string" && typeof y === "string") {
    const fx = foldCase(x);
    const fy = foldCase(y);
    if (fx === fy) return 0;
    if (equalityOnly) return 1;
    const c = COLLATOR.compare(fx, fy);
    return c === 0 ? (fx < fy ? -1 : 1) : c < 0 ? -1 : 1;
  }
  return x === y ? 0 : x === false ? -1 : 1;
}

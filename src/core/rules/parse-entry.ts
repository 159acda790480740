/**
 * Read one cell for an indicator kind. Never throws: every cell becomes a value, "empty" (not
 * reported yet — never zero) or "invalid" with the problem named.
 *
 * Units: percent and index values come back in display units (77.5 means 77,5%): a number in
 * a percent-formatted cell is a fraction and is multiplied by 100. Counts are plain numbers.
 * Grades and opinions come back as their codes; a grade typed as an evaluation score keeps the
 * score too.
 */
import { SHEET_MAX_MAGNITUDE, rangeBoundsOfText } from "./sheet-reading";
import type { Grade, IndicatorKind, NumericTargetValue, Opinion } from "../decree/schema";
import { excelError, isPercentFormat, notReported, type CellInput } from "./cell";
import { parseIdNumber, POW10, type NumberReading } from "./number-id";
import { gradeOfScore, gradeOfText, looksLikeScaleCode, opinionOfText } from "./scales";

export type EntryValue = number | Grade | Opinion;
export type ParseProblem = "unparseable" | "ambiguous" | "excelError" | "wrongKind" | "notOnScale";

/** What to write into the cell instead; only given when the reading is unambiguous. */
export interface Fix {
  value: number | string;
  numberFormat?: string;
}

export type ParsedEntry =
  | { status: "value"; value: EntryValue; fromText: boolean; fix?: Fix; score?: number }
  | { status: "empty" }
  | { status: "invalid"; problem: ParseProblem; detail: string; readings?: number[] };

export type ParsedTarget =
  | { status: "value"; value: NumericTargetValue | Grade | Opinion; fromText: boolean; fix?: Fix }
  | { status: "empty" }
  | { status: "invalid"; problem: ParseProblem; detail: string; readings?: number[] };

const MAX_TEXT = 200;
/** Larger magnitudes are no realisasi anyone reports (the formulas refuse them too). */
const MAX_MAGNITUDE = SHEET_MAX_MAGNITUDE;
const EMPTY = { status: "empty" } as const;

/** x * 100 and x / 100 without binary noise (0.29 * 100 is 29, not 28.999999999999996). */
export const times100 = (x: number): number =>
  // Fast path for fractions (|x| < 9): 15 decimals of x are exact in a double's 53 bits.
  Math.abs(x) < 9 ? Math.round(x * 1e15) / 1e13 : Number((x * 100).toPrecision(15));
export const over100 = (x: number): number => Number((x / 100).toPrecision(15));

function invalid(
  problem: ParseProblem,
  detail: string,
  readings?: number[]
): ParsedEntry & ParsedTarget {
  return readings
    ? { status: "invalid", problem, detail, readings }
    : { status: "invalid", problem, detail };
}

/** "0%", "0.0%", ..., "0.000000%": built once (fixes keep them; one string each, not per cell). */
const PERCENT_FORMATS: readonly string[] = [0, 1, 2, 3, 4, 5, 6].map((d) =>
  d > 0 ? `0.${"0".repeat(d)}%` : "0%"
);

function percentFormat(decimals: number): string {
  return PERCENT_FORMATS[decimals > 0 ? Math.min(decimals, 6) : 0]!;
}

/** The number at the start of a text and what follows it ("77,5 %" -> "77,5", "%"). */
function splitQuantity(text: string): { reading: NumberReading; suffix: string } | undefined {
  // As /^([+\-−]?\s*[\d.,]+)\s*([^]*)$/ with the spaces inside the number removed, scanned by
  // hand: an optional sign, spaces, the longest run of digits, dots and commas, the rest.
  let i = 0;
  const c0 = text.charCodeAt(0);
  if (c0 === 43 || c0 === 45 || c0 === 0x2212) i = 1;
  const afterSign = i;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 46 || c === 44) i++;
    else break;
  }
  if (i === start) return undefined;
  const number =
    afterSign === 0
      ? text.slice(start, i)
      : start === afterSign
        ? text.slice(0, i)
        : text.slice(0, afterSign) + text.slice(start, i);
  return {
    reading: parseIdNumber(number),
    suffix: i === text.length ? "" : text.slice(i).trim(),
  };
}

/** The characters \s matches (white space and line terminators, as trim() removes). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * over100(value) for a value read from text with `decimals` decimals, without toPrecision when
 * that is exact: if value is the double nearest m / 10^decimals for an integer m < 10^15, then
 * value / 100 taken to 15 digits is m / 10^(decimals+2), whose nearest double is that quotient.
 */
function over100Of(value: number, decimals: number): number {
  if (decimals <= 20) {
    const scale = POW10[decimals]!;
    const abs = Math.abs(value);
    const m = Math.round(abs * scale);
    if (m < 1e15 && m / scale === abs) {
      if (m === 0) return 0;
      const q = m / POW10[decimals + 2]!;
      return value < 0 ? -q : q;
    }
  }
  return over100(value);
}

type Suffix = { ok: true; percent: boolean; unit?: string } | { ok: false };

function suffixFor(kind: IndicatorKind, suffix: string): Suffix {
  const s = suffix.toLowerCase();
  if (kind === "percent") {
    if (s === "") return { ok: true, percent: false };
    if (s === "%" || s === "persen") return { ok: true, percent: true };
  } else if (kind === "index") {
    if (s === "") return { ok: true, percent: false };
    // The decree writes the index target "77%"; staff write "77 (indeks)".
    if (s === "%") return { ok: true, percent: true };
    if (/^\(?\s*(?:indeks|index|poin)\s*\)?$/.test(s)) return { ok: true, percent: false };
  } else if (kind === "count") {
    if (s === "") return { ok: true, percent: false };
    if (/^[a-z][a-z ]{0,40}$/.test(s)) return { ok: true, percent: false, unit: suffix };
  } else if (kind === "grade") {
    if (s === "") return { ok: true, percent: false };
  }
  return { ok: false };
}

function numericFromText(
  text: string,
  kind: IndicatorKind,
  percentCell: boolean,
  textCell = false
): ParsedEntry | undefined {
  const q = splitQuantity(text);
  if (!q) return undefined;
  const suffix = suffixFor(kind, q.suffix);
  if (!suffix.ok) return undefined;
  if (q.reading.status === "invalid") return undefined;
  if (q.reading.status === "ambiguous") return invalid("ambiguous", text, q.reading.readings);
  const value = q.reading.value;
  if (Math.abs(value) > MAX_MAGNITUDE) return invalid("unparseable", short(text));
  const decimals = q.reading.decimals;
  // A score typed as text: the sheet reads the number (the fix), the grade follows from it.
  if (kind === "grade")
    return fromScore(value, true, text, textCell ? { value, numberFormat: "General" } : { value });
  // The fix is what the formulas read as the same value: a percent is always a fraction in a
  // percent-formatted cell ("80" typed for a percent indicator becomes 80%, not 8000%); a
  // number leaves a text-formatted cell ("@") for General, or Excel would keep it as text.
  let fix: Fix;
  if (kind === "percent") {
    fix = percentCell
      ? { value: over100Of(value, decimals) }
      : { value: over100Of(value, decimals), numberFormat: percentFormat(decimals) };
  } else if (kind === "index" && percentCell) {
    fix = { value: over100Of(value, decimals) };
  } else if (suffix.unit !== undefined) {
    fix = { value, numberFormat: `0${Number.isInteger(value) ? "" : ".0#"} "${suffix.unit}"` };
  } else {
    fix = textCell ? { value, numberFormat: "General" } : { value };
  }
  return { status: "value", value, fromText: true, fix };
}

function fromScore(score: number, fromText: boolean, shown: string, fix?: Fix): ParsedEntry {
  const grade = gradeOfScore(score);
  if (grade === undefined) return invalid("notOnScale", shown);
  return fix
    ? { status: "value", value: grade, fromText, score, fix }
    : { status: "value", value: grade, fromText, score };
}

/** Why a text is not a value of `kind`: of another kind, off the scale, or unreadable. */
function classify(text: string, kind: IndicatorKind): ParseProblem {
  const isGradeCode = gradeOfText(text) !== undefined;
  const isOpinion = opinionOfText(text) !== undefined;
  const q = splitQuantity(text);
  const isNumber = q !== undefined && q.reading.status !== "invalid";
  if (kind === "grade") {
    if (isOpinion) return "wrongKind";
    if (isNumber) return q.suffix === "" ? "notOnScale" : "wrongKind";
    return looksLikeScaleCode(text) ? "notOnScale" : "unparseable";
  }
  if (kind === "opinion") {
    if (isGradeCode || isNumber) return "wrongKind";
    return looksLikeScaleCode(text) ? "notOnScale" : "unparseable";
  }
  if (isGradeCode || isOpinion) return "wrongKind";
  if (isNumber && q.reading.status === "ambiguous") return "ambiguous";
  return isNumber ? "wrongKind" : "unparseable";
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Read a realisasi (or any single-value) cell for an indicator kind.
 * @example parseEntry({ value: 0.775, numberFormat: "0.0%" }, "percent") // value 77.5
 * @example parseEntry({ value: "77,5%" }, "percent") // value 77.5, fix { value: 0.775, numberFormat: "0.0%" }
 * @example parseEntry({ value: "2 Dokumen" }, "count") // value 2
 * @example parseEntry({ value: "74,05" }, "grade") // value "BB", score 74.05
 * @example parseEntry({ value: "belum" }, "percent") // { status: "empty" }
 * @example parseEntry({ value: "1.000" }, "percent") // invalid "ambiguous", readings [1, 1000]
 */
export function parseEntry(cell: CellInput | undefined, kind: IndicatorKind): ParsedEntry {
  try {
    return parseEntryUnsafe(cell, kind);
  } catch {
    // Defensive only: property tests show no path throws; a bug must not stop validation.
    return invalid("unparseable", "?");
  }
}

function parseEntryUnsafe(cell: CellInput | undefined, kind: IndicatorKind): ParsedEntry {
  if (notReported(cell)) return EMPTY;
  const err = excelError(cell);
  if (err !== undefined) return invalid("excelError", err);
  const v: unknown = cell?.value;
  const percentCell = isPercentFormat(cell?.numberFormat);
  if (typeof v === "number") {
    if (!Number.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE)
      return invalid("unparseable", String(v));
    if (kind === "opinion") return invalid("wrongKind", String(v));
    // The score as the sheet's formulas read it: the number itself, whatever its format.
    if (kind === "grade") return fromScore(v, false, String(v));
    if ((kind === "percent" || kind === "index") && percentCell)
      return { status: "value", value: times100(v), fromText: false };
    return { status: "value", value: v, fromText: false };
  }
  if (typeof v === "boolean") return invalid("wrongKind", v ? "TRUE" : "FALSE");
  if (typeof v !== "string") return invalid("unparseable", "?");
  const text = v.trim();
  if (text.length > MAX_TEXT) return invalid("unparseable", short(text));
  if (kind === "grade") {
    const grade = gradeOfText(text);
    if (grade !== undefined) {
      return grade === v
        ? { status: "value", value: grade, fromText: true }
        : { status: "value", value: grade, fromText: true, fix: { value: grade } };
    }
  } else if (kind === "opinion") {
    const opinion = opinionOfText(text);
    if (opinion !== undefined) {
      return opinion === v
        ? { status: "value", value: opinion, fromText: true }
        : { status: "value", value: opinion, fromText: true, fix: { value: opinion } };
    }
    return invalid(classify(text, kind), short(text));
  }
  const numeric = numericFromText(text, kind, percentCell, cell?.numberFormat === "@");
  if (numeric !== undefined) return numeric;
  return invalid(classify(text, kind), short(text));
}

const RANGE =
  /^(\d[\d.,]*)\s*(%?)\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai(?:\s+dengan)?)\s*(\d[\d.,]*)\s*([^]*)$/i;

/**
 * Read a target cell: like {@link parseEntry}, plus ranges written as text: first as the sheet's
 * formulas read them ({@link rangeBoundsOfText}), then the other ways staff write them ("7.5 -
 * 8.5", "80 s.d. 90"), which the sheet cannot read (the rules then offer the tidy form); both
 * bounds are inclusive.
 * @example parseTarget({ value: "80 - 90%" }, "percent") // value { min: 80, max: 90 }
 */
export function parseTarget(cell: CellInput | undefined, kind: IndicatorKind): ParsedTarget {
  try {
    const v: unknown = cell?.value;
    // The formulas' own reading first, so the rules and the sheet take the same bounds.
    const bounds = rangeBoundsOfText(v, kind);
    if (bounds !== undefined) return { status: "value", value: bounds, fromText: true };
    if (
      (kind === "percent" || kind === "index" || kind === "count") &&
      typeof v === "string" &&
      v.length <= MAX_TEXT
    ) {
      const m = RANGE.exec(v.trim());
      if (m) return rangeOf(m, kind, v.trim());
    }
    return parseEntryUnsafe(cell, kind);
  } catch {
    return invalid("unparseable", "?");
  }
}

function rangeOf(m: RegExpExecArray, kind: IndicatorKind, text: string): ParsedTarget {
  const a = parseIdNumber(m[1] ?? "");
  const b = parseIdNumber(m[3] ?? "");
  const suffix = suffixFor(kind, m[4] ?? "");
  if (!suffix.ok || (m[2] === "%" && kind === "count"))
    return invalid(classify(text, kind), short(text));
  if (a.status === "ambiguous") return invalid("ambiguous", text, a.readings);
  if (b.status === "ambiguous") return invalid("ambiguous", text, b.readings);
  if (a.status !== "number" || b.status !== "number") return invalid("unparseable", short(text));
  // Either order, as the formulas read "90 - 80": from 80 to 90.
  const min = Math.min(a.value, b.value);
  const max = Math.max(a.value, b.value);
  return { status: "value", value: { min, max }, fromText: true };
}

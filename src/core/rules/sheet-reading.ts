/**
 * What a cell means to the sheet's own formulas: not reported, a value they compute with, or
 * filled but unreadable. The formulas Hitung Capaian writes (src/core/workbook/formulas.ts)
 * are this rule in Excel's words, and the rules core counts a cell only when the sheet does,
 * so every number the sheet computes is the number the pane, the command line and the exports
 * report. An unreadable entry is never a silent blank: the sheet shows "cek isian" in
 * Realisasi Tahun and Capaian, and the rules report a finding at the cell with its tidy form.
 *
 * Excel's text functions set the rule's details: TRIM removes spaces (U+0020) only, and "="
 * compares text without regard to case.
 */
import { GRADES, OPINIONS, type IndicatorKind } from "../decree/schema";
import { excelError, excelTrim, isPercentFormat, notReportedText, type CellInput } from "./cell";

export { excelTrim, notReportedText };

export type SheetReading = "empty" | "value" | "unreadable";

/** Numbers beyond this are no realisasi anyone reports (the formulas refuse them too). */
export const SHEET_MAX_MAGNITUDE = 1e15;

/**
 * How the sheet's formulas read a realisasi or target cell of `kind`.
 * - numbers: read by percent, index and count indicators (a grade indicator reads a number as
 *   an evaluation score, 0 to 100); booleans are not numbers;
 * - text: not reported as {@link notReportedText} says; a grade or opinion code after TRIM
 *   (any case) for those kinds; a range target ("80% - 90%") when `rangeTarget` says so;
 *   anything else is unreadable, whatever the rules could make of it ("74,05", "87,5 %",
 *   "Wajar Tanpa Pengecualian"): the rules offer its tidy form as a fix;
 * - Excel errors are unreadable.
 * @example sheetReading({ value: "74,05" }, "index") // "unreadable"
 * @example sheetReading({ value: " bb " }, "grade") // "value"
 */
export function sheetReading(
  cell: CellInput | undefined,
  kind: IndicatorKind,
  rangeTarget?: (text: string) => boolean
): SheetReading {
  const v: unknown = cell?.value;
  if (v === null || v === undefined) return "empty";
  if (typeof v === "number") {
    if (!Number.isFinite(v) || Math.abs(v) > SHEET_MAX_MAGNITUDE) return "unreadable";
    if (kind === "opinion") return "unreadable";
    if (kind === "grade") return v >= 0 && v <= 100 ? "value" : "unreadable";
    return "value";
  }
  if (typeof v !== "string") return "unreadable";
  if (excelError(cell) !== undefined) return "unreadable";
  if (notReportedText(v)) return "empty";
  if (kind === "grade" || kind === "opinion") {
    const code = excelTrim(v).toUpperCase();
    const codes: readonly string[] = kind === "grade" ? GRADES : OPINIONS;
    return codes.includes(code) ? "value" : "unreadable";
  }
  return rangeTarget?.(v) === true ? "value" : "unreadable";
}

/** The longest range text the formulas read, counting neither spaces nor "%". */
export const RANGE_TEXT_MAX = 16;

/**
 * A range target written as text, as the formulas read it, in the units typed: spaces (U+0020)
 * and "%" anywhere are left out ("%" only for percent and index indicators; for counts it makes
 * no range), "–" and "—" are dashes; what is left — at most {@link RANGE_TEXT_MAX} characters —
 * is two numbers joined by one dash, each digits with at most one decimal comma ("6,5"; a dot
 * is no separator here: "7.5" or "1.000" make no range, the rules offer "7,5" as the fix), in
 * either order ("90 - 80" is 80 to 90), the larger above 0. Each bound is its digits divided by
 * 10 to the number of digits after the comma, as the formula computes it.
 * @example rangeBoundsOfText("80% - 90%", "percent") // { min: 80, max: 90 }
 * @example rangeBoundsOfText("6,5 – 7,5", "index") // { min: 6.5, max: 7.5 }
 * @example rangeBoundsOfText("7.5 - 8.5", "index") // undefined
 */
export function rangeBoundsOfText(
  value: unknown,
  kind: IndicatorKind
): { min: number; max: number } | undefined {
  if (typeof value !== "string" || value.length > 200) return undefined;
  if (kind !== "percent" && kind !== "index" && kind !== "count") return undefined;
  if (kind === "count" && value.includes("%")) return undefined;
  const u = value.replace(/[ %]/g, "").replace(/[–—]/g, "-");
  if (u.length > RANGE_TEXT_MAX || !/^[0-9,]*-[0-9,]*$/.test(u)) return undefined;
  const [left, right] = u.split("-") as [string, string];
  const a = boundOf(left);
  const b = boundOf(right);
  if (a === undefined || b === undefined || !(Math.max(a, b) > 0)) return undefined;
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

/** One bound: digits with at most one comma, at least one digit; digits / 10^(after the comma). */
function boundOf(side: string): number | undefined {
  const comma = side.indexOf(",");
  if (comma !== side.lastIndexOf(",")) return undefined;
  const digits = side.replace(",", "");
  if (digits.length === 0) return undefined;
  const after = comma < 0 ? 0 : side.length - comma - 1;
  return Number(digits) / 10 ** after;
}

/**
 * A range target written as text ("80% - 90%", "80 - 90", "6,5 - 7,5"), as the formulas read
 * it ({@link rangeBoundsOfText}): the two bounds in the cell's units (fractions for a percent
 * indicator: the typed bound divided by 100), or undefined.
 */
export function rangeTargetOfText(
  value: unknown,
  kind: IndicatorKind
): { min: number; max: number } | undefined {
  const bounds = rangeBoundsOfText(value, kind);
  if (bounds === undefined || kind !== "percent") return bounds;
  return { min: bounds.min / 100, max: bounds.max / 100 };
}

/**
 * The units of a percent or index row's numbers, as its target cell sets them: the formulas
 * divide the raw numbers, so every number of the row is read in the target's units —
 * "fraction" when the target is a number in a percent-formatted cell (0,8 shown as 80%) or a
 * range text of a percent indicator (its bounds are baked in as fractions), "plain" for any
 * other number or range target (80, 77). A target that sets none (blank, text) leaves the
 * template's units: fractions for percent, plain numbers for index. Undefined for other kinds.
 * @example sheetUnits({ value: 0.8, numberFormat: "0%" }, "percent") // "fraction"
 * @example sheetUnits({ value: 77 }, "index") // "plain"
 */
export function sheetUnits(
  target: CellInput | undefined,
  kind: IndicatorKind
): "fraction" | "plain" | undefined {
  if ((kind !== "percent" && kind !== "index") || target === undefined) return undefined;
  const v: unknown = target.value;
  if (typeof v === "number" && sheetReading(target, kind) === "value")
    return isPercentFormat(target.numberFormat) ? "fraction" : "plain";
  if (typeof v === "string" && rangeTargetOfText(v, kind) !== undefined)
    return kind === "percent" ? "fraction" : "plain";
  return kind === "percent" ? "fraction" : "plain";
}

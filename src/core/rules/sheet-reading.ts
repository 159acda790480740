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
import { parseIdNumber } from "./number-id";

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

/**
 * A range target written as text ("80% - 90%", "80 - 90", "6,5 - 7,5"), as the formulas read
 * it: the two bounds in the cell's units (fractions for a percent indicator), or undefined.
 * The planner bakes these bounds into the Capaian formula, so the rules read a range only
 * where this does: numbers as staff write them (an ambiguous "1.000" is no bound), a "%" only
 * for percent and index indicators, the upper bound above 0.
 */
export function rangeTargetOfText(
  value: unknown,
  kind: IndicatorKind
): { min: number; max: number } | undefined {
  if (typeof value !== "string" || value.length > 80) return undefined;
  const m = /^\s*(\d[\d.,]*)\s*(%?)\s*[-–—]\s*(\d[\d.,]*)\s*(%?)\s*$/.exec(value);
  if (m === null) return undefined;
  if ((m[2] === "%" || m[4] === "%") && kind !== "percent" && kind !== "index") return undefined;
  const a = parseIdNumber(m[1] as string);
  const b = parseIdNumber(m[3] as string);
  if (a.status !== "number" || b.status !== "number") return undefined;
  const scale = kind === "percent" ? 100 : 1;
  const min = over(a.value, scale);
  const max = over(b.value, scale);
  return min <= max && max > 0 ? { min, max } : undefined;
}

const over = (x: number, scale: number) => (scale === 1 ? x : Number((x / scale).toPrecision(15)));

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

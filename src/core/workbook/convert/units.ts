/**
 * The units of the numbers in a user's table, read for the whole table so that an
 * indicator's target and realisasi are written to the template in the SAME units: percent
 * indicators as fractions in percent-formatted cells (80 % is 0,8), every other numeric kind
 * as plain numbers ("2 Lap" is 2). The sheet's formulas divide the raw cell numbers, so a
 * target 0,8 beside a realisasi 85 would give 10.625 %; here both become fractions.
 *
 * A cell says its own unit when it can: "83%" or "83 persen" (percent points), a number in a
 * percent-formatted cell (a fraction), "2 Lap" (a count of Lap). A plain number in a percent
 * indicator says nothing; the table decides ({@link percentScale}).
 */
import type { Grade, IndicatorKind, Opinion } from "../../decree/schema";
import { excelError, isPercentFormat, notReportedText } from "../../rules/cell";
import { parseIdNumber } from "../../rules/number-id";
import { over100, times100 } from "../../rules/parse-entry";
import { gradeOfText, opinionOfText } from "../../rules/scales";
import type { Scalar } from "../plan";
import type { SourceCell } from "./rows";

/** What one value cell holds, before the indicator's kind is known. */
export type CellReading =
  /** Nothing, or "-" / "belum": carried as typed (the sheet reads it as not reported). */
  | { type: "blank" }
  /**
   * A number. `percent`: "sign" when typed with "%" or "persen" (the value is in percent
   * points), "format" when the cell is percent-formatted (the value is a fraction). `unit`:
   * the word after the number ("2 Lap"). `text`: the number was typed as text.
   */
  | { type: "number"; value: number; percent?: "sign" | "format"; unit?: string; text?: boolean }
  /** A SAKIP grade or a BPK opinion, as its code. */
  | { type: "code"; code: Grade | Opinion }
  /** Anything else (an error, an ambiguous "1.000", a sentence): carried as typed. */
  | { type: "other" };

const PERCENT_TEXT = /^([+-]?\d[\d.,]*)\s*(?:%|persen)$/i;
const QUANTITY_TEXT = /^([+-]?\d[\d.,]*)\s*(\p{L}[\p{L} .]{0,40}?)\.?$/u;
/** Words after a number that are no unit: "s.d.", "sampai", "dari". */
const NOT_A_UNIT = /^(?:s\s?\.?\s?d|sampai|dari|ke)\b/i;

function numberOf(text: string): number | undefined {
  const r = parseIdNumber(text);
  return r.status === "number" && Number.isFinite(r.value) ? r.value : undefined;
}

/**
 * Read a value cell: a number with its unit if it says one, a grade or opinion code, blank,
 * or other.
 * @example readCell({ value: "83%", ... }) // { type: "number", value: 83, percent: "sign", text: true }
 * @example readCell({ value: "2 Lap", ... }) // { type: "number", value: 2, unit: "Lap", text: true }
 * @example readCell({ value: 0.8, numberFormat: "0%", ... }) // { type: "number", value: 0.8, percent: "format" }
 */
export function readCell(
  cell: Pick<SourceCell, "value" | "numberFormat"> | undefined
): CellReading {
  const v = cell?.value;
  if (v === undefined || v === null) return { type: "blank" };
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { type: "other" };
    return isPercentFormat(cell?.numberFormat)
      ? { type: "number", value: v, percent: "format" }
      : { type: "number", value: v };
  }
  if (typeof v !== "string") return { type: "other" };
  if (excelError({ value: v }) !== undefined) return { type: "other" };
  const t = v.trim().replace(/\s+/g, " ");
  if (notReportedText(t)) return { type: "blank" };
  if (t.length > 80) return { type: "other" };
  const pct = PERCENT_TEXT.exec(t);
  if (pct !== null) {
    const n = numberOf(pct[1] ?? "");
    return n === undefined
      ? { type: "other" }
      : { type: "number", value: n, percent: "sign", text: true };
  }
  const plain = numberOf(t);
  if (plain !== undefined && /^[+-]?\d[\d.,]*$/.test(t))
    return { type: "number", value: plain, text: true };
  const q = QUANTITY_TEXT.exec(t);
  if (q !== null && !NOT_A_UNIT.test(q[2] ?? "")) {
    const n = numberOf(q[1] ?? "");
    const unit = (q[2] ?? "").trim();
    if (n !== undefined && unit !== "") return { type: "number", value: n, unit, text: true };
  }
  const code = opinionOfText(t) ?? gradeOfText(t);
  return code === undefined ? { type: "other" } : { type: "code", code };
}

/**
 * The plain number a cell holds (no "%", no percent format, no unit), or NaN.
 * @example plainNumber({ value: "85", numberFormat: "General" }) // 85
 * @example plainNumber({ value: "85%", numberFormat: "General" }) // NaN
 */
export function plainNumber(cell: Pick<SourceCell, "value" | "numberFormat"> | undefined): number {
  const r = readCell(cell);
  return r.type === "number" && r.percent === undefined && r.unit === undefined
    ? Math.abs(r.value)
    : Number.NaN;
}

/** How a percent indicator's plain numbers are read: percent points (80) or fractions (0,8). */
export type PercentScale = "points" | "fraction";

/**
 * The scale of a percent indicator's plain realisasi numbers, decided with its target: the
 * reading that puts the largest realisasi nearer the target (as a ratio) wins, so 85 beside a
 * target of 80 % is 85 % and 0,85 is 85 % too. Without a usable target the column decides:
 * `fallback`. Right whenever realisasi/target lies between 0,1 and 10.
 * @example percentScale([85], 0.8, "fraction") // "points"
 * @example percentScale([0.85], 0.8, "points") // "fraction"
 */
export function percentScale(
  plain: readonly number[],
  targetFraction: number | undefined,
  fallback: PercentScale
): PercentScale {
  const largest = plain.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  if (targetFraction === undefined || !(targetFraction > 0) || !(largest > 0)) return fallback;
  const asFraction = Math.abs(Math.log(largest / targetFraction));
  const asPoints = Math.abs(Math.log(largest / 100 / targetFraction));
  return asPoints < asFraction ? "points" : "fraction";
}

/** How a value was read, for the report. */
export type ReadAs =
  | "percentSign"
  | "percentFormat"
  | "points"
  | "fraction"
  | "number"
  | "unit"
  | "code"
  /** "-", "belum": not reported yet, carried as typed. */
  | "blank"
  | "asTyped";

/** A value as the template writes it (in the indicator's units) and how it was read. */
export interface Written {
  value: Scalar;
  /** The number in the indicator's units as the rules read it (80 for 80 %), when numeric. */
  read?: number;
  as: ReadAs;
}

/**
 * The value to write for a realisasi (or last year's) cell of `kind`: percent as a fraction,
 * index and count as plain numbers, grades and opinions as their codes; anything the kind
 * cannot read is kept as typed. `scale` reads a percent indicator's plain numbers.
 */
export function writtenValue(
  typed: Scalar,
  r: CellReading,
  kind: IndicatorKind,
  scale: PercentScale
): Written {
  const asTyped: Written = { value: typed, as: "asTyped" };
  if (r.type === "blank") return { value: typed, as: "blank" };
  if (r.type === "number") {
    const v = r.value;
    if (kind === "percent") {
      if (r.unit !== undefined) return asTyped;
      if (r.percent === "format") return { value: v, read: times100(v), as: "percentFormat" };
      if (r.percent === "sign") return { value: over100(v), read: v, as: "percentSign" };
      return scale === "points"
        ? { value: over100(v), read: v, as: "points" }
        : { value: v, read: times100(v), as: "fraction" };
    }
    if (kind === "index" || kind === "count") {
      if (r.percent === "format") {
        if (kind === "count") return asTyped;
        return { value: times100(v), read: times100(v), as: "percentFormat" };
      }
      if (r.percent === "sign")
        return kind === "index" ? { value: v, read: v, as: "percentSign" } : asTyped;
      return { value: v, read: v, as: r.unit !== undefined ? "unit" : "number" };
    }
    // A grade indicator reads a number as an evaluation score; an opinion reads none.
    if (kind === "grade" && r.percent === undefined && r.unit === undefined)
      return { value: v, read: v, as: "number" };
    return asTyped;
  }
  if (r.type === "code") {
    const fits =
      (kind === "grade" && gradeOfText(r.code) !== undefined) ||
      (kind === "opinion" && opinionOfText(r.code) !== undefined);
    return fits ? { value: r.code, as: "code" } : asTyped;
  }
  return asTyped;
}

/**
 * Whether an indicator's Jenis and the numbers typed for it disagree, so that Validasi can say
 * so before Hitung Capaian computes nonsense: a "Persen" indicator whose numbers are all plain
 * numbers above 1,5 (85 in a percent cell reads 8.500 %: the numbers are an index or a count,
 * or were typed without "%"), or an "Indeks"/"Jumlah" indicator whose numbers are all
 * percents (a percent format or "%" typed). A wrong guess by Convert is one click to fix in
 * the Jenis column; this check finds it when nobody looked.
 *
 * Pure: cells in, an answer out; it never throws. Grades and opinions have their own checks.
 */
import type { IndicatorKind } from "../decree/schema";
import { excelError, isPercentFormat, notReported, type CellInput } from "./cell";
import { parseIdNumber } from "./number-id";

/** Plain numbers above this in a percent indicator are not fractions (150 % is 1,5). */
export const PERCENT_PLAIN_LIMIT = 1.5;

export type KindDisagreement =
  | {
      /** A "Persen" indicator holding plain numbers, all above {@link PERCENT_PLAIN_LIMIT}. */
      code: "kind.percentValues";
      suggested: "index";
      /** Positions (in the cells given) of the numbers that disagree. */
      cells: number[];
      values: number[];
    }
  | {
      /** An "Indeks" or "Jumlah" indicator whose numbers all say percent. */
      code: "kind.numberValues";
      suggested: "percent";
      cells: number[];
      values: number[];
    };

type Seen = { at: number; value: number; percent: boolean };

/** A cell's number and whether it says percent; undefined for blanks, texts, errors. */
function numberIn(cell: CellInput | undefined, at: number): Seen | undefined {
  if (cell === undefined || notReported(cell) || excelError(cell) !== undefined) return undefined;
  const v: unknown = cell.value;
  if (typeof v === "number")
    return Number.isFinite(v)
      ? { at, value: v, percent: isPercentFormat(cell.numberFormat) }
      : undefined;
  if (typeof v !== "string" || v.length > 40) return undefined;
  const m = /^\s*([+-]?\d[\d.,]*)\s*(%?)\s*$/.exec(v);
  if (m === null) return undefined;
  const r = parseIdNumber(m[1] ?? "");
  return r.status === "number" ? { at, value: r.value, percent: m[2] === "%" } : undefined;
}

/**
 * The disagreement between `kind` (the Jenis chosen) and the numbers of one indicator's cells
 * (its target and realisasi, as the sheet holds them), or undefined when they agree or say
 * too little.
 * @example kindDisagreement("percent", [{ value: 70 }, { value: 85 }]) // { code: "kind.percentValues", suggested: "index", cells: [0, 1], values: [70, 85] }
 * @example kindDisagreement("percent", [{ value: 0.8, numberFormat: "0%" }, { value: 85 }]) // undefined (mixed units: another check)
 * @example kindDisagreement("index", [{ value: 0.77, numberFormat: "0%" }, { value: "74%" }]) // { code: "kind.numberValues", suggested: "percent", ... }
 */
export function kindDisagreement(
  kind: IndicatorKind,
  cells: readonly (CellInput | undefined)[]
): KindDisagreement | undefined {
  const seen = cells.flatMap((c, i) => {
    const n = numberIn(c, i);
    return n === undefined ? [] : [n];
  });
  if (seen.length === 0) return undefined;
  const at = seen.map((s) => s.at);
  const values = seen.map((s) => s.value);
  if (kind === "percent") {
    const allPlainAbove = seen.every((s) => !s.percent && Math.abs(s.value) > PERCENT_PLAIN_LIMIT);
    return allPlainAbove
      ? { code: "kind.percentValues", suggested: "index", cells: at, values }
      : undefined;
  }
  if (kind === "index" || kind === "count") {
    return seen.every((s) => s.percent)
      ? { code: "kind.numberValues", suggested: "percent", cells: at, values }
      : undefined;
  }
  return undefined;
}

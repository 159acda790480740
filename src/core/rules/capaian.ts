/**
 * Capaian (achievement) formulas, in percent units (112.5 means 112,5%).
 *
 * Sources: PermenPANRB guideline on performance management, BAB VI (kondisi normal and
 * kondisi khusus, ranges); LKjIP Kab. Maluku Tengah 2021 (same lower-is-better formula);
 * KPU Kab. Sarolangun LKj 2019 (capped at 100). Grades and opinions: no source gives a formula;
 * the binary rule is practice, the rank rule an option (docs/rules.md).
 */
import type { Grade, NumericTargetValue, Opinion } from "../decree/schema";
import { gradeRank, OPINION_RANK } from "./scales";

export type Cap = "none" | "100" | "120";
export type GradeRule = "binary" | "rank";
export type Direction = "higher" | "lower";

/**
 * The bound a realisasi is compared with: for a range, the upper bound when realisasi is above
 * it, the lower bound when below, and undefined (capaian 100) when inside. For one value, itself.
 */
export function comparedBound(realisasi: number, target: NumericTargetValue): number | undefined {
  if (typeof target === "number") return target;
  if (realisasi > target.max) return target.max;
  if (realisasi < target.min) return target.min;
  return undefined;
}

/**
 * Capaian of a numeric indicator; undefined when the compared target is 0 (no division) or
 * so close to 0 that the quotient overflows.
 * Higher is better: realisasi / target x 100. Lower is better: (2 x target - realisasi) /
 * target x 100 = (1 + (1 - realisasi / target)) x 100. Inside a range target: 100.
 * @example capaianNumeric(83, 80, "higher") // 103.75
 * @example capaianNumeric(6.5, 7, "lower") // 107.142857...
 * @example capaianNumeric(92, { min: 80, max: 90 }, "higher") // 102.222... (compared with 90)
 */
export function capaianNumeric(
  realisasi: number,
  target: NumericTargetValue,
  direction: Direction
): number | undefined {
  const t = comparedBound(realisasi, target);
  if (t === undefined) return 100;
  if (t === 0) return undefined;
  // Against a range bound the sheet's formula writes each bound once: 2 - y / T, not
  // (2T - y) / T (equal, but not always to the last bit: 5,625 % rounds either way).
  const lower = typeof target === "object" ? 2 - realisasi / t : (2 * t - realisasi) / t;
  const c = direction === "higher" ? (realisasi / t) * 100 : lower * 100;
  return Number.isFinite(c) ? c : undefined;
}

/**
 * Capaian of a grade: binary 100 when realisasi ranks at or above the target, else 0; rank
 * rank(realisasi) / rank(target) x 100 on the 7-step scale (D = 1 ... AA = 7).
 * @example capaianGrade("BB", "B", "binary") // 100
 * @example capaianGrade("BB", "B", "rank") // 125
 */
export function capaianGrade(realisasi: Grade, target: Grade, rule: GradeRule): number {
  return ordinal(gradeRank(realisasi), gradeRank(target), rule);
}

/**
 * Capaian of an audit opinion, ranks WTP 3 > WDP 2 > TW 1 = TMP 1.
 * @example capaianOpinion("WDP", "WTP", "binary") // 0
 */
export function capaianOpinion(realisasi: Opinion, target: Opinion, rule: GradeRule): number {
  return ordinal(OPINION_RANK[realisasi], OPINION_RANK[target], rule);
}

function ordinal(r: number, t: number, rule: GradeRule): number {
  if (rule === "rank") return (r / t) * 100;
  return r >= t ? 100 : 0;
}

/**
 * Apply the cap. The cap is a presentation choice of the office; it is stated on every result.
 * @example applyCap(103.75, "100") // 100
 */
export function applyCap(capaian: number, cap: Cap): number {
  if (cap === "100") return Math.min(capaian, 100);
  if (cap === "120") return Math.min(capaian, 120);
  return capaian;
}

/**
 * Round to two decimals, half away from zero, as Excel's ROUND does: the value is first taken
 * to 15 significant digits, so 1.005 rounds to 1.01 as it does in Excel.
 * @example round2(107.142857) // 107.14
 */
export function round2(x: number): number {
  const a = Math.abs(x) * 100;
  let r = Math.round(a);
  // Only values within float noise of a half need the (slower) 15-digit correction.
  if (Math.abs(a - Math.floor(a) - 0.5) < 1e-6) r = Math.round(Number(a.toPrecision(15)));
  const out = r / 100;
  return x < 0 && out !== 0 ? -out : out;
}

/**
 * The ordinal scales: SAKIP evaluation grades (PermenPANRB 88/2021) with their score bands,
 * and BPK audit opinions (UU 15/2004) with ranks and the names staff type.
 */
import { GRADES, OPINIONS, type Grade, type Opinion } from "../decree/scales";

/**
 * Grade bands, best first: a score s gets the first grade whose `above` is below s
 * (AA: 90 < s <= 100, A: 80 < s <= 90, ..., D: 0 <= s <= 30).
 */
export const GRADE_BANDS: readonly { grade: Grade; above: number }[] = [
  { grade: "AA", above: 90 },
  { grade: "A", above: 80 },
  { grade: "BB", above: 70 },
  { grade: "B", above: 60 },
  { grade: "CC", above: 50 },
  { grade: "C", above: 30 },
  { grade: "D", above: -Infinity },
];

/** Rank on the 7-step scale: D = 1 ... AA = 7. */
export function gradeRank(grade: Grade): number {
  return GRADES.length - GRADES.indexOf(grade);
}

/**
 * The grade of an evaluation score, or undefined outside 0-100.
 * @example gradeOfScore(74.05) // "BB"
 * @example gradeOfScore(80)    // "BB" (A starts above 80)
 */
export function gradeOfScore(score: number): Grade | undefined {
  if (!(score >= 0 && score <= 100)) return undefined;
  for (const band of GRADE_BANDS) if (score > band.above) return band.grade;
  return "D";
}

/** A grade code as typed (" bb ", "BB (Sangat Baik)"), or undefined. */
export function gradeOfText(text: string): Grade | undefined {
  const code = text
    .replace(/\(.*\)\s*$/, "")
    .trim()
    .toUpperCase();
  // The scale's own string (not the upper-cased copy), so results share it.
  const i = (GRADES as readonly string[]).indexOf(code);
  return i < 0 ? undefined : GRADES[i];
}

/**
 * Opinion ranks: WTP 3 > WDP 2 > TW 1 = TMP 1. UU 15/2004 orders WTP above WDP above the two
 * adverse opinions; it does not order TW against TMP, so they tie.
 */
export const OPINION_RANK: Record<Opinion, number> = { WTP: 3, WDP: 2, TW: 1, TMP: 1 };

/** Full names and variants, compared after lower-casing and reducing punctuation to spaces. */
const OPINION_ALIASES: Record<string, Opinion> = {
  wtp: "WTP",
  "wajar tanpa pengecualian": "WTP",
  "wtp dengan paragraf penjelas": "WTP",
  "wajar tanpa pengecualian dengan paragraf penjelas": "WTP",
  "wtp dpp": "WTP",
  wdp: "WDP",
  "wajar dengan pengecualian": "WDP",
  tw: "TW",
  "tidak wajar": "TW",
  tmp: "TMP",
  "tidak menyatakan pendapat": "TMP",
  disclaimer: "TMP",
  "disclaimer of opinion": "TMP",
};

/**
 * The opinion a text names, or undefined.
 * @example opinionOfText(" wtp ") // "WTP"
 * @example opinionOfText("WTP dengan paragraf penjelas") // "WTP"
 * @example opinionOfText("Disclaimer") // "TMP"
 */
export function opinionOfText(text: string): Opinion | undefined {
  if (text.length > 80) return undefined;
  const key = text
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  return OPINION_ALIASES[key];
}

export function isGrade(x: unknown): x is Grade {
  return typeof x === "string" && (GRADES as readonly string[]).includes(x);
}

export function isOpinion(x: unknown): x is Opinion {
  return typeof x === "string" && (OPINIONS as readonly string[]).includes(x);
}

/** Text that looks like a code on some letter scale but is not on ours ("E", "A+", "WTD"). */
export function looksLikeScaleCode(text: string): boolean {
  return /^[A-Za-z]{1,4}[+-]?$/.test(text.trim());
}

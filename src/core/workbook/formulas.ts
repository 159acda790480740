/**
 * Excel formulas for Realisasi Tahun, Capaian and Kategori: the spreadsheet twin of the rules
 * core (src/core/rules). English function names and comma separators, as `Range.formulas`
 * takes them in every locale. test/xlsx/recalc.test.ts has LibreOffice recalculate them and
 * compares every cell with the core.
 *
 * Percent cells hold fractions, so capaian is written as a fraction too (1.125 shows 112,50%).
 * Each cell is read by the rules' one rule (src/core/rules/sheet-reading.ts): not reported
 * ("-", "belum"), a value, or filled but unreadable, which shows "cek isian".
 */
import type { Indicator, NumericTargetValue } from "../decree/schema";
import type { Aggregation } from "../rules/aggregate";
import type { KategoriBand } from "../rules/kategori";
import { GRADES, OPINIONS } from "../decree/scales";
import { GRADE_BANDS } from "../rules/scales";
import { SHEET_MAX_MAGNITUDE, rangeTargetOfText } from "../rules/sheet-reading";

/** Where the formulas of one row read from: A1 references (the settings ones absolute). */
export interface RowRefs {
  target: string;
  quarters: [string, string, string, string];
  realisasi: string;
  capaian: string;
  /** The reporting quarter as a number 1-4: a helper cell beside the setting, or a literal. */
  reportingQuarter: string;
  /** The cap setting cell ("Tanpa batas", "100%", "120%"). */
  cap: string;
  /** The grade-rule setting cell ("Tercapai/Tidak", "Peringkat"). */
  gradeRule: string;
}

/** The reporting quarter as a number 1-4 from the setting's word (the Info sheet's helper cell). */
export const twNumberFormula = (settingCell: string) =>
  // "=" compares exactly (MATCH would take "TW*" as a wildcard), TRIM as the rules trim.
  `=IFERROR(IF(TRIM(${settingCell})="TW I",1,IF(TRIM(${settingCell})="TW II",2,IF(TRIM(${settingCell})="TW III",3,4))),4)`;

/** What the sheet shows where a filled cell cannot be read (the rules' `cekIsian`). */
export const CEK_ISIAN = "cek isian";

const codesOf = (kind: "grade" | "opinion") =>
  `{${(kind === "grade" ? GRADES : OPINIONS).map((c) => `"${c}"`).join(",")}}`;

/** A code typed in `q` (TRIM, any case) is on the kind's scale: "=" is exact, no wildcards. */
const isCode = (q: string, kind: "grade" | "opinion") => `OR(UPPER(TRIM(${q}))=${codesOf(kind)})`;

/** "Not reported" text: after TRIM empty, a dash, "belum" or "belum …" (notReportedText). */
const notReportedText = (q: string) =>
  `OR(LOWER(TRIM(${q}))={"","-","–","—","belum"},LEFT(LOWER(TRIM(${q})),6)="belum ")`;

/**
 * The rules' `sheetReading` in Excel's words, as one test: TRUE when the cell is filled but
 * unreadable. Text: neither "not reported" nor (grades, opinions) a code. Numbers: beyond
 * 1e15, a grade score outside 0-100, any number for an opinion. Anything else that is not
 * blank — an error value, TRUE/FALSE (not numbers to Excel's ISNUMBER) — is unreadable. Excel's
 * IF evaluates only the branch taken, so an error never reaches TRIM.
 */
export function unreadable(q: string, kind: Indicator["kind"]): string {
  const text =
    kind === "grade" || kind === "opinion"
      ? `NOT(OR(${notReportedText(q)},${isCode(q, kind)}))`
      : `NOT(${notReportedText(q)})`;
  const number =
    kind === "opinion"
      ? "TRUE"
      : kind === "grade"
        ? `OR(${q}<0,${q}>100)`
        : `ABS(${q})>${SHEET_MAX_MAGNITUDE.toExponential().toUpperCase()}`;
  return `IF(ISTEXT(${q}),${text},IF(ISNUMBER(${q}),${number},NOT(ISBLANK(${q}))))`;
}

/** A grade from an evaluation score, as GRADE_BANDS says (AA above 90 ... D). */
function gradeOfScore(score: string): string {
  let expr = '"D"';
  for (let i = GRADE_BANDS.length - 1; i >= 0; i--) {
    const band = GRADE_BANDS[i]!;
    if (Number.isFinite(band.above)) expr = `IF(${score}>${band.above},"${band.grade}",${expr})`;
  }
  return expr;
}

/** A grade or opinion cell as its code: a score becomes its grade. */
const ordinalValue = (q: string, kind: "grade" | "opinion") =>
  kind === "grade"
    ? `IF(ISNUMBER(${q}),${gradeOfScore(q)},UPPER(TRIM(${q})))`
    : `UPPER(TRIM(${q}))`;

/**
 * Realisasi Tahun: the quarters up to the reporting quarter, combined as the indicator says;
 * "cek isian" when one of them is filled but unreadable.
 */
export function realisasiFormula(
  refs: RowRefs,
  aggregation: Aggregation,
  kind: Indicator["kind"]
): string {
  const [q1, q2, q3, q4] = refs.quarters;
  const tw = refs.reportingQuarter;
  const anyUnreadable = refs.quarters
    .map((q, i) => (i === 0 ? unreadable(q, kind) : `AND(${tw}>=${i + 1},${unreadable(q, kind)})`))
    .join(",");
  const check = (rest: string) => `=IF(OR(${anyUnreadable}),"${CEK_ISIAN}",${rest})`;
  const ordinal = kind === "grade" || kind === "opinion";
  // Every quarter that counts is now a value or not reported.
  // TRIM only under ISTEXT: an error in a quarter not yet due must not reach AND, which
  // passes an error on even beside a FALSE.
  const reported = (q: string) =>
    kind === "grade"
      ? `IF(ISTEXT(${q}),${isCode(q, kind)},ISNUMBER(${q}))`
      : kind === "opinion"
        ? `IF(ISTEXT(${q}),${isCode(q, kind)},FALSE)`
        : `ISNUMBER(${q})`;
  if (aggregation === "sum" && !ordinal) {
    const part = (q: string, n: number) => `IF(AND(${tw}>=${n},ISNUMBER(${q})),${q},0)`;
    const any = refs.quarters.map((q, i) => `AND(${tw}>=${i + 1},ISNUMBER(${q}))`).join(",");
    return check(`IF(OR(${any}),${[q1, q2, q3, q4].map((q, i) => part(q, i + 1)).join("+")},"")`);
  }
  // last / cumulative: the last reported quarter up to the reporting one.
  const value = (q: string) => (ordinal ? ordinalValue(q, kind) : q);
  return check(
    `IF(AND(${tw}>=4,${reported(q4)}),${value(q4)},IF(AND(${tw}>=3,${reported(q3)}),${value(q3)},IF(AND(${tw}>=2,${reported(q2)}),${value(q2)},IF(${reported(q1)},${value(q1)},""))))`
  );
}

/** The cap as a fraction (a huge number for none). */
const capValue = (cap: string) => `IF(TRIM(${cap})="100%",1,IF(TRIM(${cap})="120%",1.2,1E+300))`;

const numericCore = (y: string, t: string, direction: Indicator["direction"]) =>
  direction === "higher" ? `${y}/${t}` : `(2*${t}-${y})/${t}`;

/**
 * Capaian as a fraction: higher is better realisasi/target, lower is better (2 x target -
 * realisasi)/target; a range compares with the bound crossed; grades and opinions Tercapai
 * (1) / Tidak (0) or by rank. The cap applies to all.
 */
export function capaianFormula(
  refs: RowRefs,
  ind: Pick<Indicator, "kind" | "direction">,
  range?: { min: number; max: number }
): string {
  const y = refs.realisasi;
  const t = refs.target;
  const capped = (x: string) => `MIN(${x},${capValue(refs.cap)})`;
  // "cek isian" when the realisasi or the target is filled but unreadable (a range target is
  // read when the plan is made).
  const check = (rest: string) =>
    range !== undefined
      ? `=IF(${y}="${CEK_ISIAN}","${CEK_ISIAN}",${rest})`
      : `=IF(OR(${y}="${CEK_ISIAN}",${unreadable(t, ind.kind)}),"${CEK_ISIAN}",${rest})`;
  if (ind.kind === "grade" || ind.kind === "opinion") {
    const kind = ind.kind;
    const rank = (v: string) =>
      kind === "grade"
        ? `MATCH(${v},{${[...GRADES]
            .reverse()
            .map((g) => `"${g}"`)
            .join(",")}},0)`
        : `CHOOSE(MATCH(${v},{"TMP","TW","WDP","WTP"},0),1,1,2,3)`;
    const target = ordinalValue(t, kind);
    const ratio = `IF(TRIM(${refs.gradeRule})="Peringkat",${rank(`UPPER(TRIM(${y}))`)}/${rank(target)},IF(${rank(`UPPER(TRIM(${y}))`)}>=${rank(target)},1,0))`;
    return check(`IF(TRIM(${y})="","",IFERROR(${capped(ratio)},""))`);
  }
  if (range !== undefined) {
    const bound = (b: number) => numericCore(y, String(b), ind.direction);
    const inner = `IF(${y}>${range.max},${bound(range.max)},IF(${y}<${range.min},${bound(range.min)},1))`;
    return check(`IF(NOT(ISNUMBER(${y})),"",${capped(inner)})`);
  }
  return check(
    `IF(OR(NOT(ISNUMBER(${y})),NOT(ISNUMBER(${t}))),"",IF(${t}=0,"",${capped(numericCore(y, t, ind.direction))}))`
  );
}

/** Kategori: the first band the capaian (rounded to two decimals, in percent) falls in. */
export function kategoriFormula(capaian: string, bands: readonly KategoriBand[]): string {
  const c = `ROUND(${capaian}*100,2)`;
  let expr = '""';
  for (let i = bands.length - 1; i >= 0; i--) {
    const b = bands[i] as KategoriBand;
    const label = `"${b.label.id.replace(/"/g, '""')}"`;
    expr =
      b.min === null
        ? label
        : `IF(${c}${b.inclusive === true ? ">=" : ">"}${b.min},${label},${expr})`;
  }
  return `=IF(NOT(ISNUMBER(${capaian})),"",${expr})`;
}

/** A range target written as text, read back as numbers in the target's units (the rules' reading). */
export const parseRangeTarget = rangeTargetOfText;

export type { NumericTargetValue };

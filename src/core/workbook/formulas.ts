/**
 * Excel formulas for Realisasi Tahun, Capaian and Kategori: the spreadsheet twin of the rules
 * core (src/core/rules). English function names and comma separators, as `Range.formulas`
 * takes them in every locale. test/xlsx/recalc.test.ts has LibreOffice recalculate them and
 * compares every cell with the core.
 *
 * Percent cells hold fractions, so capaian is written as a fraction too (1.125 shows 112,50%).
 * Cells that are empty or hold text ("-", "belum") count as not reported, as in the core.
 */
import type { Indicator, NumericTargetValue } from "../decree/schema";
import type { Aggregation } from "../rules/aggregate";
import type { KategoriBand } from "../rules/kategori";
import { GRADES } from "../decree/scales";

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
  `=IFERROR(MATCH(${settingCell},{"TW I","TW II","TW III","TW IV"},0),4)`;

/** Realisasi Tahun: the quarters up to the reporting quarter, combined as the indicator says. */
export function realisasiFormula(
  refs: RowRefs,
  aggregation: Aggregation,
  ordinal: boolean
): string {
  const [q1, q2, q3, q4] = refs.quarters;
  const tw = refs.reportingQuarter;
  // Not reported, as in the core: empty, "-" (or an en/em dash) and "belum …".
  const reported = (q: string) =>
    ordinal
      ? `AND(TRIM(${q})<>"",TRIM(${q})<>"-",TRIM(${q})<>"–",TRIM(${q})<>"—",LOWER(LEFT(TRIM(${q}),5))<>"belum")`
      : `ISNUMBER(${q})`;
  if (aggregation === "sum" && !ordinal) {
    const part = (q: string, n: number) => `IF(AND(${tw}>=${n},ISNUMBER(${q})),${q},0)`;
    const any = refs.quarters.map((q, i) => `AND(${tw}>=${i + 1},ISNUMBER(${q}))`).join(",");
    return `=IF(OR(${any}),${[q1, q2, q3, q4].map((q, i) => part(q, i + 1)).join("+")},"")`;
  }
  // last / cumulative: the last reported quarter up to the reporting one.
  const value = (q: string) => (ordinal ? `UPPER(TRIM(${q}))` : q);
  return `=IF(AND(${tw}>=4,${reported(q4)}),${value(q4)},IF(AND(${tw}>=3,${reported(q3)}),${value(q3)},IF(AND(${tw}>=2,${reported(q2)}),${value(q2)},IF(${reported(q1)},${value(q1)},""))))`;
}

/** The cap as a fraction (a huge number for none). */
const capValue = (cap: string) => `IF(${cap}="100%",1,IF(${cap}="120%",1.2,1E+300))`;

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
  if (ind.kind === "grade" || ind.kind === "opinion") {
    const rank = (v: string) =>
      ind.kind === "grade"
        ? `MATCH(UPPER(TRIM(${v})),{${[...GRADES]
            .reverse()
            .map((g) => `"${g}"`)
            .join(",")}},0)`
        : `CHOOSE(MATCH(UPPER(TRIM(${v})),{"TMP","TW","WDP","WTP"},0),1,1,2,3)`;
    const ratio = `IF(${refs.gradeRule}="Peringkat",${rank(y)}/${rank(t)},IF(${rank(y)}>=${rank(t)},1,0))`;
    return `=IF(TRIM(${y})="","",IFERROR(${capped(ratio)},""))`;
  }
  if (range !== undefined) {
    const bound = (b: number) => numericCore(y, String(b), ind.direction);
    const inner = `IF(${y}>${range.max},${bound(range.max)},IF(${y}<${range.min},${bound(range.min)},1))`;
    return `=IF(NOT(ISNUMBER(${y})),"",${capped(inner)})`;
  }
  return `=IF(OR(NOT(ISNUMBER(${y})),NOT(ISNUMBER(${t}))),"",IF(${t}=0,"",${capped(numericCore(y, t, ind.direction))}))`;
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

/** A range target written as text ("80% - 90%", "80 - 90"), read back as numbers in the target's units. */
export function parseRangeTarget(
  value: unknown,
  percent: boolean
): { min: number; max: number } | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%?\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(value);
  if (m === null) return undefined;
  const n = (s: string) => Number(s.replace(",", ".")) / (percent ? 100 : 1);
  const min = n(m[1] as string);
  const max = n(m[2] as string);
  return min <= max ? { min, max } : undefined;
}

export type { NumericTargetValue };

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
import type { Indicator, IndicatorKind, NumericTargetValue } from "../decree/schema";
import type { Aggregation } from "../rules/aggregate";
import type { KategoriBand } from "../rules/kategori";
import { GRADES, OPINIONS } from "../decree/scales";
import { GRADE_BANDS } from "../rules/scales";
import { RANGE_TEXT_MAX, SHEET_MAX_MAGNITUDE } from "../rules/sheet-reading";
import { AGGREGATION_WORDS, DIRECTION_WORDS, KIND_WORDS } from "./layout";

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
  /** The row's Jenis, Arah and Agregasi TW cells; undefined where the table has no such column. */
  jenis?: string | undefined;
  arah?: string | undefined;
  agregasi?: string | undefined;
  /** The cells that make a row an indicator (Indikator, Kode, Target); all blank: no formula result. */
  identity?: readonly (string | undefined)[];
  /** Target TW I..IV (rencana aksi), where the table has them. */
  quarterTargets?: [string, string, string, string] | undefined;
  /** The row's "Target s.d. TW Pelaporan" cell, which the quarter's capaian compares with. */
  targetTw?: string | undefined;
  /** Pembilang and Penyebut up to the reporting quarter, where the table has both. */
  pembilang?: string | undefined;
  penyebut?: string | undefined;
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

/** Jenis words in the order of their numbers in the formulas (1 Persen ... 5 Opini BPK). */
const KIND_ORDER: readonly IndicatorKind[] = ["percent", "index", "count", "grade", "opinion"];

const upperWords = (words: readonly string[]) =>
  `{${words.map((w) => `"${w.toUpperCase()}"`).join(",")}}`;

/** TRUE when the cell is blank to the rules: empty, or text that TRIM leaves empty. */
const isBlank = (x: string | undefined) =>
  x === undefined ? "TRUE" : `IF(ISTEXT(${x}),TRIM(${x})="",ISBLANK(${x}))`;

/** TRUE when the cell holds one of `words` after TRIM, any case ("=" has no wildcards). */
const isWord = (x: string | undefined, words: readonly string[]) =>
  x === undefined ? "FALSE" : `IF(ISTEXT(${x}),OR(UPPER(TRIM(${x}))=${upperWords(words)}),FALSE)`;

/**
 * The row's kind as a number from its Jenis cell (`sheetWord`): 1-5 for a Jenis word, 1
 * (Persen) for a blank cell, 0 for anything else (the formulas show "cek isian").
 */
export function kindNumber(jenis: string | undefined): string {
  if (jenis === undefined) return "1";
  const words = upperWords(KIND_ORDER.map((k) => KIND_WORDS[k]));
  const numbers = `{${KIND_ORDER.map((_, i) => i + 1).join(",")}}`;
  return `IF(ISTEXT(${jenis}),IF(TRIM(${jenis})="",1,SUMPRODUCT((UPPER(TRIM(${jenis}))=${words})*${numbers})),IF(ISBLANK(${jenis}),1,0))`;
}

/** No result on a row that is no indicator (Indikator, Kode and Target all blank). */
function guarded(refs: RowRefs, body: string): string {
  const identity = refs.identity;
  if (identity === undefined || identity.length === 0) return `=${body}`;
  return `=IF(AND(${identity.map(isBlank).join(",")}),"",${body})`;
}

/** The quarters up to the reporting quarter, combined as `aggregation` says, for one kind. */
function realisasiOf(refs: RowRefs, aggregation: "sum" | "last", kind: IndicatorKind): string {
  const [q1, q2, q3, q4] = refs.quarters;
  const tw = refs.reportingQuarter;
  const ordinal = kind === "grade" || kind === "opinion";
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
    return `IF(OR(${any}),${[q1, q2, q3, q4].map((q, i) => part(q, i + 1)).join("+")},"")`;
  }
  // last / cumulative: the last reported quarter up to the reporting one.
  const value = (q: string) => (ordinal ? ordinalValue(q, kind) : q);
  return `IF(AND(${tw}>=4,${reported(q4)}),${value(q4)},IF(AND(${tw}>=3,${reported(q3)}),${value(q3)},IF(AND(${tw}>=2,${reported(q2)}),${value(q2)},IF(${reported(q1)},${value(q1)},""))))`;
}

/** "cek isian" when a quarter up to the reporting one is filled but unreadable for `kind`. */
function quartersChecked(refs: RowRefs, kind: IndicatorKind, rest: string): string {
  const tw = refs.reportingQuarter;
  const anyUnreadable = refs.quarters
    .map((q, i) => (i === 0 ? unreadable(q, kind) : `AND(${tw}>=${i + 1},${unreadable(q, kind)})`))
    .join(",");
  return `IF(OR(${anyUnreadable}),"${CEK_ISIAN}",${rest})`;
}

/**
 * Realisasi Tahun, one formula for every row of the column (so Excel's calculated columns
 * change nothing): the kind from the row's Jenis, the aggregation from its Agregasi TW
 * (Jumlah; Terakhir or Kumulatif: the last reported; blank: Jumlah for counts, else the last;
 * grades and opinions: always the last), the quarters up to the reporting quarter; "cek
 * isian" when a due quarter is filled but unreadable, or the Jenis or Agregasi TW word is not
 * one the add-in knows.
 */
export function realisasiFormula(refs: RowRefs): string {
  const k = kindNumber(refs.jenis);
  const a = refs.agregasi;
  const sum = `OR(${isWord(a, [AGGREGATION_WORDS.sum])},AND(${isBlank(a)},${k}=3))`;
  const last = `OR(${isWord(a, [AGGREGATION_WORDS.last, AGGREGATION_WORDS.cumulative])},${isBlank(a)})`;
  const numeric = quartersChecked(
    refs,
    "percent",
    `IF(${sum},${realisasiOf(refs, "sum", "percent")},IF(${last},${realisasiOf(refs, "last", "percent")},"${CEK_ISIAN}"))`
  );
  const ordinal = (kind: "grade" | "opinion") =>
    quartersChecked(refs, kind, realisasiOf(refs, "last", kind));
  const body = `IF(${k}=0,"${CEK_ISIAN}",IF(${k}=4,${ordinal("grade")},IF(${k}=5,${ordinal("opinion")},${numeric})))`;
  const p = refs.pembilang;
  const q = refs.penyebut;
  if (p === undefined || q === undefined) return guarded(refs, body);
  // A Persen row with Pembilang and Penyebut: their ratio (a zero Penyebut: "cek isian").
  return guarded(
    refs,
    `IF(AND(${k}=1,ISNUMBER(${p}),ISNUMBER(${q})),IF(${q}=0,"${CEK_ISIAN}",${p}/${q}),${body})`
  );
}

/**
 * Perubahan dari Tahun Lalu: Realisasi Tahun less Realisasi Tahun Lalu, in the row's units
 * (percentage points of a percent). Blank for grades and opinions and where either is blank;
 * "cek isian" where Realisasi Tahun is, where the last year's cell is filled but unreadable,
 * or where the Jenis word is unknown. The rules' `lkjComparisons` is the same rule.
 */
export function perubahanFormula(refs: RowRefs, lastYear: string): string {
  const y = refs.realisasi;
  const k = kindNumber(refs.jenis);
  return guarded(
    refs,
    `IF(${k}=0,"${CEK_ISIAN}",IF(${k}>=4,"",IF(${y}="${CEK_ISIAN}","${CEK_ISIAN}",IF(${unreadable(lastYear, "percent")},"${CEK_ISIAN}",IF(AND(ISNUMBER(${y}),ISNUMBER(${lastYear})),${y}-${lastYear},"")))))`
  );
}

/** The row's aggregation tests from its Agregasi TW and kind number (`realisasiFormula`'s). */
function aggregationTests(refs: RowRefs, k: string): { sum: string; last: string } {
  const a = refs.agregasi;
  return {
    sum: `OR(${isWord(a, [AGGREGATION_WORDS.sum])},AND(${isBlank(a)},${k}=3))`,
    last: `OR(${isWord(a, [AGGREGATION_WORDS.last, AGGREGATION_WORDS.cumulative])},${isBlank(a)})`,
  };
}

/**
 * Target s.d. TW Pelaporan: the rencana aksi's target up to the reporting quarter, one formula
 * for every row. Summed quarters (Agregasi TW Jumlah) add the quarter targets up to the
 * reporting quarter (blank ones count nothing; none at all: blank); the last value or a
 * cumulative series takes the reporting quarter's own target (blank: blank). A filled target
 * cell the formulas cannot read (text, an error) shows "cek isian" — for Jumlah any due one,
 * else the reporting quarter's — as does an unknown Jenis or Agregasi TW word. Grades and
 * opinions have no quarter target: blank. The rules' `quarterTarget` is the same rule.
 */
export function targetTwFormula(refs: RowRefs): string {
  const t = refs.quarterTargets;
  if (t === undefined) throw new Error("targetTwFormula needs the quarter targets");
  const tw = refs.reportingQuarter;
  const k = kindNumber(refs.jenis);
  const { sum, last } = aggregationTests(refs, k);
  const due = (i: number, test: string) => (i === 0 ? test : `AND(${tw}>=${i + 1},${test})`);
  const summed = `IF(OR(${t.map((q, i) => due(i, unreadable(q, "percent"))).join(",")}),"${CEK_ISIAN}",IF(OR(${t
    .map((q, i) => due(i, `ISNUMBER(${q})`))
    .join(",")}),${t.map((q, i) => `IF(${due(i, `ISNUMBER(${q})`)},${q},0)`).join("+")},""))`;
  const own = (q: string) =>
    `IF(${unreadable(q, "percent")},"${CEK_ISIAN}",IF(ISNUMBER(${q}),${q},""))`;
  const latest = `IF(${tw}=1,${own(t[0])},IF(${tw}=2,${own(t[1])},IF(${tw}=3,${own(t[2])},${own(t[3])})))`;
  return guarded(
    refs,
    `IF(${k}=0,"${CEK_ISIAN}",IF(${k}>=4,"",IF(${sum},${summed},IF(${last},${latest},"${CEK_ISIAN}"))))`
  );
}

/**
 * Capaian s.d. TW Pelaporan (and, given the Target Renstra cell as `targetTw`, Capaian
 * terhadap Target Renstra): Realisasi Tahun (the realisasi up to the reporting quarter)
 * against Target s.d. TW Pelaporan, by the row's Arah, cap applied — the annual capaian's
 * rule with the quarter's target. Blank for grades and opinions and where there is no
 * quarter target; "cek isian" where the realisasi, the quarter's target or a word is.
 */
export function capaianTwFormula(refs: RowRefs): string {
  const target = refs.targetTw;
  if (target === undefined) throw new Error("capaianTwFormula needs the Target s.d. TW cell");
  const at = { ...refs, target };
  const y = refs.realisasi;
  const k = kindNumber(refs.jenis);
  const d = refs.arah;
  const lower = isWord(d, [DIRECTION_WORDS.lower]);
  const known = `OR(${isWord(d, [DIRECTION_WORDS.higher, DIRECTION_WORDS.lower])},${isBlank(d)})`;
  const core = (t: string) => `IF(${lower},(2*${t}-${y})/${t},${y}/${t})`;
  return guarded(
    refs,
    `IF(${k}=0,"${CEK_ISIAN}",IF(${k}>=4,"",IF(${y}="${CEK_ISIAN}","${CEK_ISIAN}",IF(${known},${plainCapaian(at, core)},"${CEK_ISIAN}"))))`
  );
}

/** The cap as a fraction (a huge number for none). */
const capValue = (cap: string) => `IF(TRIM(${cap})="100%",1,IF(TRIM(${cap})="120%",1.2,1E+300))`;

const numberConstant = (n: number) => String(Number(n.toPrecision(15))).toUpperCase();

/**
 * A range target typed as text in `t`, read as the rules read it ({@link rangeBoundsOfText}):
 * `ok` is TRUE for a range, `min` and `max` its bounds in the row's units (kind number 1,
 * Persen: the typed bounds divided by 100). Read live from the cell, so a range typed after
 * Hitung Capaian counts at once. The text is split at its dash into the two sides at once (the
 * dash made 99 spaces, then the pieces from 1 and 100), so each part of the formula is written
 * once. Every array is computed inside SUMPRODUCT, which evaluates its arguments element by
 * element in Excel and in LibreOffice alike (LibreOffice's MIN and MAX alone would take the
 * first element); FIND never looks for "" (Excel finds it at 1, LibreOffice not at all): the
 * text is padded with zeros before its characters are checked.
 * Never an error: `ok` is FALSE where any part of the reading fails.
 */
function rangeReading(t: string, kind: string): { ok: string; min: string; max: string } {
  const u = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${t}," ",""),"%",""),"–","-"),"—","-")`;
  const sides = `TRIM(MID(SUBSTITUTE(${u},"-",REPT(" ",99)),{1,100},99))`;
  const bounds = `VALUE(SUBSTITUTE(${sides},",",""))/10^LEN(MID(${sides},FIND(",",${sides}&",")+1,99))`;
  const positions = Array.from({ length: RANGE_TEXT_MAX }, (_, i) => i + 1).join(",");
  const ok = `IFERROR(AND(LEN(${u})<=${RANGE_TEXT_MAX},SUMPRODUCT(--ISERROR(FIND(MID(${u}&REPT("0",${RANGE_TEXT_MAX}),{${positions}},1),"0123456789,-")))=0,LEN(${u})-LEN(SUBSTITUTE(${u},"-",""))=1,SUMPRODUCT(--(LEN(${sides})-LEN(SUBSTITUTE(${sides},",",""))>1))=0,SUMPRODUCT(MAX(${bounds}))>0,OR(${kind}<>3,ISERROR(FIND("%",${t})))),FALSE)`;
  const scale = `IF(${kind}=1,100,1)`;
  return {
    ok,
    min: `SUMPRODUCT(MIN(${bounds}))/${scale}`,
    max: `SUMPRODUCT(MAX(${bounds}))/${scale}`,
  };
}

/**
 * Capaian against a range read live: the realisasi compared with the bound it crossed, 1
 * inside — `y / T` (Naik) or `2 - y / T` (Turun), T the realisasi held within the bounds, so
 * each bound is written once. T is 0 only when the lower bound is 0 and the realisasi at or
 * below it: 1 for a realisasi of 0 (inside), blank below it (no division by 0), as the rules.
 */
function liveRangeCapaian(
  refs: RowRefs,
  lower: string,
  range: { min: string; max: string }
): string {
  const y = refs.realisasi;
  const within = `MAX(${range.min},MIN(${y},${range.max}))`;
  const ratio = `IF(${lower},2,0)+IF(${lower},-1,1)*${y}/${within}`;
  return `IF(NOT(ISNUMBER(${y})),"",IFERROR(${capped(refs, ratio)},IF(${y}=0,1,"")))`;
}

/**
 * Capaian as a fraction, one formula for every row of the column: higher is better
 * realisasi/target, lower is better (2 x target - realisasi)/target (Arah Naik, or blank;
 * Turun); a range target typed as text, read in the formula, compares with the bound crossed;
 * grades and opinions Tercapai (1) / Tidak (0) or by rank. The cap applies to all. "cek isian"
 * when the realisasi, the target or a word of the row is unreadable.
 */
export function capaianFormula(refs: RowRefs): string {
  const y = refs.realisasi;
  const t = refs.target;
  const k = kindNumber(refs.jenis);
  const d = refs.arah;
  const lower = isWord(d, [DIRECTION_WORDS.lower]);
  const known = `OR(${isWord(d, [DIRECTION_WORDS.higher, DIRECTION_WORDS.lower])},${isBlank(d)})`;
  const core = (target: string) => `IF(${lower},(2*${target}-${y})/${target},${y}/${target})`;
  const range = rangeReading(t, k);
  const numeric = `IF(${known},IF(IF(ISTEXT(${t}),${range.ok},FALSE),${liveRangeCapaian(refs, lower, range)},${plainCapaian(refs, core)}),"${CEK_ISIAN}")`;
  return guarded(
    refs,
    `IF(OR(${k}=0,${y}="${CEK_ISIAN}"),"${CEK_ISIAN}",IF(${k}=4,${ordinalCapaian(refs, "grade")},IF(${k}=5,${ordinalCapaian(refs, "opinion")},${numeric})))`
  );
}

const capped = (refs: RowRefs, x: string) => `MIN(${x},${capValue(refs.cap)})`;

/** Capaian of a grade or opinion: Tercapai (1) / Tidak (0), or by rank. */
function ordinalCapaian(refs: RowRefs, kind: "grade" | "opinion"): string {
  const y = refs.realisasi;
  const t = refs.target;
  const rank = (v: string) =>
    kind === "grade"
      ? `MATCH(${v},{${[...GRADES]
          .reverse()
          .map((g) => `"${g}"`)
          .join(",")}},0)`
      : `CHOOSE(MATCH(${v},{"TMP","TW","WDP","WTP"},0),1,1,2,3)`;
  const target = ordinalValue(t, kind);
  const ratio = `IF(TRIM(${refs.gradeRule})="Peringkat",${rank(`UPPER(TRIM(${y}))`)}/${rank(target)},IF(${rank(`UPPER(TRIM(${y}))`)}>=${rank(target)},1,0))`;
  return `IF(${unreadable(t, kind)},"${CEK_ISIAN}",IF(TRIM(${y})="","",IFERROR(${capped(refs, ratio)},"")))`;
}

/** Capaian of a number against a number target; `core(target)` is the direction's ratio. */
function plainCapaian(refs: RowRefs, core: (target: string) => string): string {
  const y = refs.realisasi;
  const t = refs.target;
  return `IF(${unreadable(t, "percent")},"${CEK_ISIAN}",IF(OR(NOT(ISNUMBER(${y})),NOT(ISNUMBER(${t}))),"",IF(${t}=0,"",${capped(refs, core(t))})))`;
}

/**
 * The formulas of one row whose kind, direction and aggregation are fixed when the plan is
 * made (the recap's rows, which read other sheets: a shared formula would pass Excel's 8,192
 * characters there, and the recap's table is made after its rows are written, so Excel's
 * calculated columns never see them).
 */
export function realisasiFormulaFor(
  refs: RowRefs,
  aggregation: Aggregation,
  kind: IndicatorKind
): string {
  const ordinal = kind === "grade" || kind === "opinion";
  const how = !ordinal && aggregation === "sum" ? "sum" : "last";
  return `=${quartersChecked(refs, kind, realisasiOf(refs, how, kind))}`;
}

export function capaianFormulaFor(
  refs: RowRefs,
  ind: Pick<Indicator, "kind" | "direction">,
  range?: { min: number; max: number }
): string {
  const y = refs.realisasi;
  const checked = (rest: string) => `=IF(${y}="${CEK_ISIAN}","${CEK_ISIAN}",${rest})`;
  if (ind.kind === "grade" || ind.kind === "opinion")
    return checked(ordinalCapaian(refs, ind.kind));
  const core = (target: string) =>
    ind.direction === "lower" ? `(2*${target}-${y})/${target}` : `${y}/${target}`;
  if (range !== undefined)
    return checked(
      liveRangeCapaian(refs, ind.direction === "lower" ? "TRUE" : "FALSE", {
        min: numberConstant(range.min),
        max: numberConstant(range.max),
      })
    );
  return checked(plainCapaian(refs, core));
}

/**
 * A number typed where the rules read one (Realisasi Tahun Lalu, Target Renstra): the number
 * when the rules read it as a value, else blank — the recap's copy of the RKT cell.
 */
export function typedNumberFormula(x: string): string {
  const max = SHEET_MAX_MAGNITUDE.toExponential().toUpperCase();
  return `=IF(ISNUMBER(${x}),IF(ABS(${x})>${max},"",${x}),"")`;
}

/**
 * Target s.d. TW Pelaporan of one row whose aggregation is fixed when the plan is made (the
 * recap's, `quarter` a literal): `targetTwFormula`'s rule — the due quarter targets added up
 * under Jumlah, else the reporting quarter's own; "cek isian" where a cell that counts is
 * filled but unreadable; blank where none is a number. The rules' `quarterTarget`.
 */
export function targetTwFormulaFor(
  targets: readonly [string, string, string, string],
  quarter: 1 | 2 | 3 | 4,
  aggregation: Aggregation
): string {
  const due = aggregation === "sum" ? targets.slice(0, quarter) : [targets[quarter - 1] as string];
  const bad = due.map((q) => unreadable(q, "percent")).join(",");
  const any = due.map((q) => `ISNUMBER(${q})`).join(",");
  const total = due.map((q) => `IF(ISNUMBER(${q}),${q},0)`).join("+");
  return `=IF(OR(${bad}),"${CEK_ISIAN}",IF(OR(${any}),${total},""))`;
}

/**
 * Perubahan dari Tahun Lalu of one row (the recap's): `perubahanFormula` for a row whose Jenis
 * is known and numeric — `realisasi` less `lastYear`, "cek isian" where either cannot be read.
 */
export function perubahanFormulaFor(realisasi: string, lastYear: string): string {
  const y = realisasi;
  return `=IF(${y}="${CEK_ISIAN}","${CEK_ISIAN}",IF(${unreadable(lastYear, "percent")},"${CEK_ISIAN}",IF(AND(ISNUMBER(${y}),ISNUMBER(${lastYear})),${y}-${lastYear},"")))`;
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

export type { NumericTargetValue };

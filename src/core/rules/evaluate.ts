/**
 * The rules' entry point: entries in, results + findings + summary out. Pure and total: any
 * cell content gives findings, never an exception.
 */
import { bilingual } from "../i18n";
import type { Indicator } from "../decree/schema";
import { aggregate } from "./aggregate";
import {
  applyCap,
  capaianGrade,
  capaianNumeric,
  capaianOpinion,
  comparedBound,
  round2,
  type Cap,
  type GradeRule,
} from "./capaian";
import { excelTrim, notReported, type CellInput } from "./cell";
import { readQuarters, type QuarterReading, type QuarterStatus } from "./check-realisasi";
import { readTarget, targetUnreadable, type TargetValue } from "./check-target";
import { DEFAULT_OPTIONS, type IndicatorEntry, type RuleOptions, type WordIssue } from "./entry";
import { finding, type Finding } from "./finding";
import { kategoriOf } from "./kategori";
import type { EntryValue } from "./parse-entry";
import { isGrade, isOpinion } from "./scales";
import type { Formula, IndicatorResult, Labelled, QuarterResult } from "./result";
import { summarise, type Summary } from "./summary";
import { kindDisagreement } from "./kind-values";
import { formatEnNumber, formatIdNumber } from "./number-id";
import { KIND_WORDS } from "./words";
import { quarterTarget } from "./quarter-target";
import { sheetUnits } from "./sheet-reading";
import { componentsToDate, lkjComparisons } from "./lkj";

export interface Evaluation {
  results: IndicatorResult[];
  findings: Finding[];
  summary: Summary;
}

/** Labels are the same for every result: built once, shared. */
const CAP_LABELS: Record<Cap, Labelled<Cap>> = {
  none: { key: "none", label: bilingual("cap.none") },
  "100": { key: "100", label: bilingual("cap.100") },
  "120": { key: "120", label: bilingual("cap.120") },
};
const RULE_LABELS: Record<GradeRule, Labelled<GradeRule>> = {
  binary: { key: "binary", label: bilingual("gradeRule.binary") },
  rank: { key: "rank", label: bilingual("gradeRule.rank") },
};
const ATTAINMENT = {
  tercapai: { key: "tercapai", label: bilingual("attainment.tercapai") },
  tidakTercapai: { key: "tidakTercapai", label: bilingual("attainment.tidakTercapai") },
} as const;

/**
 * Capaian of `value` against `target` (cap not applied), or undefined when none can be computed;
 * the formula used is left in `lastFormula` (no object per call: this runs once per quarter).
 */
let lastFormula: Formula = "higher";

function compute(
  value: EntryValue,
  target: TargetValue,
  ind: Indicator,
  gradeRule: GradeRule
): number | undefined {
  if (typeof value === "number") {
    if (typeof target === "string") return undefined;
    const capaian = capaianNumeric(value, target, ind.direction);
    if (capaian === undefined) return undefined;
    if (typeof target === "object") {
      const bound = comparedBound(value, target);
      lastFormula =
        bound === undefined ? "rangeInside" : bound === target.max ? "rangeUpper" : "rangeLower";
    } else lastFormula = ind.direction;
    return capaian;
  }
  if (isGrade(value) && isGrade(target)) {
    lastFormula = gradeRule === "rank" ? "gradeRank" : "gradeBinary";
    return capaianGrade(value, target, gradeRule);
  }
  if (isOpinion(value) && isOpinion(target)) {
    lastFormula = gradeRule === "rank" ? "gradeRank" : "gradeBinary";
    return capaianOpinion(value, target, gradeRule);
  }
  return undefined;
}

function targetMax(t: TargetValue | undefined): number | undefined {
  if (typeof t === "number") return t;
  return typeof t === "object" ? t.max : undefined;
}

/** Quarters without a value look the same in every result: shared, frozen. */
const BLANK = Object.fromEntries(
  (["empty", "invalid", "notDue"] as const).map((status) => [
    status,
    ([1, 2, 3, 4] as const).map((quarter): QuarterResult =>
      Object.freeze({
        quarter,
        status,
        value: null,
        toDate: null,
        capaian: null,
        capaianRounded: null,
      })
    ),
  ])
) as Record<Exclude<QuarterStatus, "value">, QuarterResult[]>;

function quarterResult(
  q: QuarterReading,
  i: number,
  soFar: EntryValue | undefined,
  target: TargetValue | undefined,
  ind: Indicator,
  options: RuleOptions
): QuarterResult {
  if (q.status !== "value" || soFar === undefined)
    return BLANK[q.status === "value" ? "empty" : q.status][i]!;
  const c = target !== undefined ? compute(soFar, target, ind, options.gradeRule) : undefined;
  const capped = c !== undefined ? applyCap(c, options.cap) : null;
  return {
    quarter: q.quarter,
    status: "value",
    value: q.value ?? null,
    toDate: soFar,
    capaian: capped,
    capaianRounded: capped === null ? null : round2(capped),
  };
}

function quarterResults(
  quarters: readonly QuarterReading[],
  toDate: readonly (EntryValue | undefined)[],
  target: TargetValue | undefined,
  ind: Indicator,
  options: RuleOptions
): QuarterResult[] {
  // Four quarters as one literal: an array of exactly four slots (push would reserve 17).
  if (quarters.length === 4)
    return [
      quarterResult(quarters[0]!, 0, toDate[0], target, ind, options),
      quarterResult(quarters[1]!, 1, toDate[1], target, ind, options),
      quarterResult(quarters[2]!, 2, toDate[2], target, ind, options),
      quarterResult(quarters[3]!, 3, toDate[3], target, ind, options),
    ];
  const out: QuarterResult[] = [];
  for (let i = 0; i < quarters.length; i++)
    out.push(quarterResult(quarters[i]!, i, toDate[i], target, ind, options));
  return out;
}

/**
 * The Jenis chosen against the numbers typed on the sheet (kind-values.ts), said at the Jenis
 * cell as a hint: the capaian is right either way (target and realisasi are read in the same
 * units), but the checks of a percent (above 100 %, fractions) assume the Jenis is right.
 */
function checkKind(entry: IndicatorEntry, out: Finding[]): void {
  const ind = entry.indicator;
  if (entry.target === undefined) return;
  if (entry.words?.some((w) => w.field === "kind" && w.problem === "unknown")) return;
  const d = kindDisagreement(ind.kind, [entry.target, ...entry.realisasi]);
  if (d === undefined) return;
  out.push(
    finding(d.code, ind.id, "kind", {
      value: {
        id: d.values.map((v) => formatIdNumber(v, 4)).join("; "),
        en: d.values.map((v) => formatEnNumber(v, 4)).join("; "),
      },
      detail: KIND_WORDS[ind.kind],
      fix: { value: KIND_WORDS[d.suggested] },
    })
  );
}

/**
 * The findings about the row's Jenis, Arah and Agregasi TW words, and what an unknown one
 * stops, as the formulas do: Jenis stops everything, Agregasi TW the year's realisasi (of
 * numbers; grades and opinions always take the last), Arah the capaian of numbers.
 */
function readWords(entry: IndicatorEntry, out: Finding[]): "realisasi" | "target" | null {
  const id = entry.indicator.id;
  for (const w of countingWords(entry)) {
    const fix = w.decree !== undefined ? { fix: { value: w.decree } } : {};
    if (w.field === "period") {
      // No formula reads the Periode: it only decides which quarters are expected.
      if (w.problem === "unknown")
        out.push(
          finding("indicator.unknownPeriod", id, "period", {
            value: w.value,
            expected: w.expected,
            ...fix,
          })
        );
      else if (w.decree !== undefined)
        out.push(finding("indicator.blankPeriod", id, "period", { value: w.value, ...fix }));
      continue;
    }
    if (w.problem === "blank") {
      if (w.decree !== undefined)
        out.push(finding("indicator.blankWord", id, w.field, { value: w.value, ...fix }));
      continue;
    }
    out.push(
      finding("indicator.unknownWord", id, w.field, {
        value: w.value,
        expected: w.expected,
        ...fix,
      })
    );
  }
  return wordStop(entry);
}

/**
 * The row's word issues that matter: Arah and Agregasi TW mean nothing to grades and opinions
 * (Jenis and Periode matter to every kind).
 */
function countingWords(entry: IndicatorEntry): readonly WordIssue[] {
  const kind = entry.indicator.kind;
  const ordinal = kind === "grade" || kind === "opinion";
  return (entry.words ?? []).filter((w) => w.field === "kind" || w.field === "period" || !ordinal);
}

/**
 * What the row's unknown words stop, as the formulas do: "realisasi" (Realisasi Tahun and
 * Capaian: an unknown Jenis, or Agregasi TW of numbers), "target" (only Capaian: an unknown
 * Arah of numbers), or null.
 */
export function wordStop(entry: IndicatorEntry): "realisasi" | "target" | null {
  let stop: "realisasi" | "target" | null = null;
  for (const w of countingWords(entry)) {
    if (w.problem !== "unknown" || w.field === "period") continue;
    if (w.field === "direction") stop ??= "target";
    else stop = "realisasi";
  }
  return stop;
}

/**
 * Evaluate one entry, pushing its findings into `out`.
 * @example evaluateEntry({ indicator, target: { value: 80 }, realisasi: [{ value: 83 }] }, { ...DEFAULT_OPTIONS, reportingQuarter: 1 }, [])
 */
export function evaluateEntry(
  entry: IndicatorEntry,
  options: RuleOptions,
  out: Finding[]
): IndicatorResult {
  const ind = entry.indicator;
  const aggregation = options.aggregation?.[ind.id] ?? ind.aggregation;
  const decree = options.decreeTarget ? options.decreeTarget(ind.id) : ind.target;
  const target = readTarget(entry, decree, out);
  checkKind(entry, out);
  const quarters = readQuarters(
    entry,
    options.reportingQuarter,
    aggregation,
    targetMax(target),
    out,
    options.started !== false
  );
  const values: (EntryValue | undefined)[] = [];
  let reported = false;
  let anyComponents = false;
  for (const q of quarters) {
    values.push(q.value);
    if (q.status === "value") reported = true;
    if (q.denominator !== undefined) anyComponents = true;
  }
  const agg = aggregate(values, aggregation);
  const wordStop = readWords(entry, out);
  const unknown = (field: WordIssue["field"]) =>
    (entry.words ?? []).some((w) => w.field === field && w.problem === "unknown");
  const kindUnknown = unknown("kind");
  // Pembilang / Penyebut of a Persen row (its Jenis known) give the year's realisasi, before
  // anything the quarters say, as Realisasi Tahun's formula does.
  const ratio = kindUnknown ? undefined : componentsToDate(entry);
  if (ratio === "zero") out.push(finding("components.zeroDenominator", ind.id, "denominator"));
  // The ratio is a fraction (0,75); a target held as a plain 80 compares it with 80, as the
  // sheet does: the same number everywhere, and an error at the target with its percent form.
  const plainTarget = typeof ratio === "number" && sheetUnits(entry.target, ind.kind) === "plain";
  if (plainTarget && typeof entry.target?.value === "number") {
    const t = entry.target.value;
    out.push(
      finding("components.plainTarget", ind.id, "target", {
        value: t,
        fix: { value: Number((t / 100).toPrecision(15)), numberFormat: "0%" },
      })
    );
  }
  // A due quarter the sheet cannot read stops the year, as the formulas do ("cek isian"); so
  // does a Jenis or Agregasi TW word they do not know, and an Arah word stops the capaian.
  const unreadableQuarter =
    ratio === "zero" ||
    (ratio === undefined &&
      (quarters.some((q) => q.status === "invalid") || wordStop === "realisasi"));
  const cekIsian = unreadableQuarter
    ? "realisasi"
    : (ratio === undefined ? wordStop === "target" : unknown("direction")) ||
        targetUnreadable(entry)
      ? "target"
      : null;
  let year = unreadableQuarter ? undefined : agg.year;
  const toDate = agg.toDate;
  // Components added over quarters: the year is sum(numerator) / sum(denominator) x 100.
  if (aggregation === "sum" && anyComponents && !unreadableQuarter) {
    let num = 0;
    let den = 0;
    quarters.forEach((q, i) => {
      if (q.numerator !== undefined && q.denominator !== undefined) {
        num += q.numerator;
        den += q.denominator;
        toDate[i] = (num / den) * 100;
      }
    });
    year = (num / den) * 100;
  }
  if (typeof ratio === "number")
    year = ratio * (sheetUnits(entry.target, ind.kind) === "fraction" ? 100 : 1);
  const items =
    (decree?.kind === "count" ? decree.items : undefined) ??
    (ind.target?.kind === "count" ? ind.target.items : undefined);
  if (
    ind.kind === "count" &&
    typeof year === "number" &&
    items !== undefined &&
    items.length > 0 &&
    year > items.length
  ) {
    out.push(
      finding("realisasi.countAboveItems", ind.id, "realisasi", {
        value: year,
        expected: items.length,
      })
    );
  }
  if (reported && notReported(entry.sumberData)) {
    out.push(finding("sumberData.missing", ind.id, "sumberData"));
  }
  const computed =
    year !== undefined && target !== undefined && cekIsian === null
      ? compute(year, target, ind, options.gradeRule)
      : undefined;
  const formula = computed !== undefined ? lastFormula : null;
  const capaian = computed !== undefined ? applyCap(computed, options.cap) : null;
  const ordinal = ind.kind === "grade" || ind.kind === "opinion";
  const band = capaian === null ? undefined : kategoriOf(capaian, options.kategori);
  const tw = atReportingQuarter(entry, aggregation, year, unreadableQuarter, wordStop, options);
  const lkj = lkjComparisons(
    entry,
    year,
    unreadableQuarter,
    { kindUnknown, directionUnknown: unknown("direction") },
    options
  );
  const reached =
    computed !== undefined && ordinal
      ? computed >= 100
        ? "tercapai"
        : "tidakTercapai"
      : undefined;
  return {
    indicatorId: ind.id,
    sasaran: ind.sasaran,
    kind: ind.kind,
    direction: ind.direction,
    aggregation,
    target: target ?? null,
    realisasi: year ?? null,
    cekIsian,
    capaian,
    capaianUncapped: computed !== undefined ? computed : null,
    capaianRounded: capaian === null ? null : round2(capaian),
    formula,
    kategori: band ?? null,
    attainment: reached ? ATTAINMENT[reached] : null,
    cap: CAP_LABELS[options.cap],
    gradeRule: RULE_LABELS[options.gradeRule],
    quarters: quarterResults(quarters, toDate, target, ind, options),
    ...tw,
    ...lkj,
  };
}

const NO_TW = {
  targetTw: null,
  capaianTw: null,
  capaianTwRounded: null,
  kategoriTw: null,
  cekIsianTw: null,
} as const satisfies Partial<IndicatorResult>;

/**
 * The rencana aksi at the reporting quarter, as the sheet's Target, Capaian and Kategori s.d.
 * TW Pelaporan show it: the realisasi to date (the year's, which counts the quarters up to the
 * reporting quarter) against the quarter target (`quarterTarget`), in the sheet's units.
 */
function atReportingQuarter(
  entry: IndicatorEntry,
  aggregation: IndicatorResult["aggregation"],
  year: EntryValue | undefined,
  unreadableQuarter: boolean,
  stop: "realisasi" | "target" | null,
  options: RuleOptions
): Pick<IndicatorResult, keyof typeof NO_TW> {
  const cells = entry.quarterTargets;
  if (cells === undefined) return NO_TW;
  const ind = entry.indicator;
  const ordinal = ind.kind === "grade" || ind.kind === "opinion";
  // An unknown Jenis or Agregasi TW: "cek isian", as Realisasi Tahun.
  if (stop === "realisasi") return { ...NO_TW, cekIsianTw: "target" };
  if (ordinal) return NO_TW;
  const t = quarterTarget(cells, aggregation, options.reportingQuarter);
  const scale = sheetUnits(entry.target, ind.kind) === "fraction" ? 100 : 1;
  const targetTw = typeof t === "number" ? t * scale : null;
  if (t === "cek isian") return { ...NO_TW, cekIsianTw: "target" };
  if (unreadableQuarter || stop === "target") return { ...NO_TW, targetTw, cekIsianTw: "capaian" };
  if (typeof year !== "number" || typeof t !== "number" || t === 0) return { ...NO_TW, targetTw };
  // The sheet divides its raw numbers: the year in the row's units against the raw target.
  const raw = capaianNumeric(year / scale, t, ind.direction);
  if (raw === undefined) return { ...NO_TW, targetTw };
  const capaianTw = applyCap(raw, options.cap);
  return {
    targetTw,
    capaianTw,
    capaianTwRounded: round2(capaianTw),
    kategoriTw: kategoriOf(capaianTw, options.kategori) ?? null,
    cekIsianTw: null,
  };
}

/**
 * Validate entries and compute capaian, per-quarter capaian and averages.
 * @example
 * const { results, findings, summary } = evaluate(entries, { reportingQuarter: 2, cap: "100" });
 */
export function evaluate(
  entries: readonly IndicatorEntry[],
  options: Partial<RuleOptions> = {}
): Evaluation {
  const opts: RuleOptions = { ...DEFAULT_OPTIONS, ...options };
  opts.started ??= anyTyped(entries);
  const findings: Finding[] = [];
  const results = entries.map((e) => evaluateEntry(e, opts, findings));
  return { results, findings, summary: summarise(results, opts) };
}

/**
 * Whether any realisasi, numerator or denominator cell of the entries holds something (a "-"
 * or "belum" too): until then the workbook is a fresh template and no quarter is missing.
 */
export function anyTyped(entries: readonly IndicatorEntry[]): boolean {
  return entries.some(typedSomething);
}

const blankInput = (c: CellInput | undefined): boolean =>
  c === undefined ||
  c.value === null ||
  c.value === undefined ||
  (typeof c.value === "string" && excelTrim(c.value) === "");

/** Anything typed in a realisasi, numerator or denominator cell ("-" and "belum" count as typed). */
function typedSomething(entry: IndicatorEntry): boolean {
  const filled = (cells: readonly (CellInput | undefined)[]) => cells.some((c) => !blankInput(c));
  const comps = entry.components;
  const toDate = entry.componentsToDate;
  return (
    filled(entry.realisasi) ||
    (comps !== undefined && (filled(comps.numerator) || filled(comps.denominator))) ||
    (toDate !== undefined && filled([toDate.numerator, toDate.denominator]))
  );
}

/**
 * Consolidating many offices' results (issue: a province's or the nation's capaian): the
 * offices' figures in, one table of indicators across offices out — matched by code and,
 * failing that, by the indicator's text with the decree checks' spelling tolerance — with each
 * office's average and tercapai count, who reported which quarter, the spread per indicator,
 * the ranking under a stated rule, and the files that could not be read. Pure: the command
 * line and the pane read the workbooks and write the result; this decides.
 */
import { round2 } from "../rules/capaian";
import { twWord, type Quarter } from "../rules/finding";
import { KATEGORI_PRESETS } from "../rules/kategori";
import { REACHED_AT } from "../rules/summary";
import { normaliseText } from "../rules/text";

/** One indicator of one office, as the core computed it for that office's workbook. */
export interface OfficeIndicator {
  kode: string;
  text: string;
  sasaran: string;
  /** Capaian in percent units (103.75), the office's cap applied; null when not computed. */
  capaian: number | null;
  kategori: string | null;
  /** Quarters due (up to the reporting quarter, as the period says) without a realisasi. */
  missing: Quarter[];
  /** Error findings on the indicator (Validasi's words), each at its sheet and cell. */
  errors: OfficeFinding[];
}

/** An error finding in an office's workbook: where it is and what Periksa Isian says. */
export interface OfficeFinding {
  sheet: string;
  /** A1 cell without the sheet ("I7"). */
  cell: string;
  message: string;
}

/**
 * An office's budget in total, from its Anggaran sheet as `kinerja capaian --json` gives it
 * per row: the pagu and the realisasi s.d. TW pelaporan added up over the rows holding a
 * number (rupiah), and the % serapan of the total (percent units, 75.5; null without pagu).
 */
export interface OfficeBudget {
  pagu: number;
  realisasi: number;
  serapan: number | null;
}

export interface OfficeResult {
  /** The office's name (Info sheet, else the file's name). */
  office: string;
  /** The file it came from. */
  source: string;
  indicators: OfficeIndicator[];
  /** The budget in total; absent when the workbook has no Anggaran sheet. */
  anggaran?: OfficeBudget;
}

/** A file that could not be read or computed, and why (in the user's words). */
export interface Unreadable {
  source: string;
  reason: string;
}

/** One file read for the consolidation: the office's figures, or why it cannot be. */
export type OfficeRead = { ok: true; result: OfficeResult } | { ok: false; reason: string };

export type RankRule = "average" | "tercapai";

export interface ConsolidateOptions {
  /** How offices are ranked: by average capaian (then tercapai), or tercapai count (then average). */
  rank: RankRule;
}

/** An indicator as matched across offices. */
export interface MatchedIndicator {
  /** Stable key: the code, or "teks:<normalised text>" when offices disagree on codes. */
  key: string;
  kode: string;
  text: string;
  sasaran: string;
  /** How many offices have it. */
  offices: number;
}

export interface OfficeRow {
  office: string;
  source: string;
  /** Capaian per matched indicator (same order as `indicators`); undefined = not in this office. */
  capaian: (number | null | undefined)[];
  kategori: (string | null | undefined)[];
  /** Average over the indicators with a capaian; null when none. */
  average: number | null;
  counted: number;
  /** Indicators whose capaian shows as 100,00% or more (REACHED_AT, as a single office's). */
  tercapai: number;
  /**
   * Indicators this office has outside the common set — held by no other office, or by fewer
   * than half of them (an office on another decree): listed, never dropped.
   */
  ownOnly: string[];
  /** Expected quarters without a realisasi, per indicator (the PDF counts offices per quarter). */
  missing: { kode: string; quarter: Quarter }[];
  /** The same, as the sheets and lists print them: "kode TW n". */
  late: string[];
  /** Error findings, as "kode: message". */
  errors: string[];
  /** The same findings with their place, for the list of what each office must fix. */
  findings: (OfficeFinding & { kode: string })[];
  rank: number;
  /** The office's budget in total; null when its workbook has no Anggaran sheet. */
  anggaran: OfficeBudget | null;
}

export interface Spread {
  key: string;
  min: number | null;
  median: number | null;
  max: number | null;
  /** Offices with a capaian for this indicator. */
  counted: number;
  /** Offices per kategori label, in first-seen order. */
  byKategori: [string, number][];
}

export interface Consolidation {
  indicators: MatchedIndicator[];
  offices: OfficeRow[];
  spread: Spread[];
  unreadable: Unreadable[];
  rule: RankRule;
}

const codeKey = (kode: string) => kode.trim().toLowerCase();

/**
 * The matched indicators: every office's indicator goes to the entry with the same code;
 * without a shared code, to the entry with the same text (normalised); else a new entry.
 */
function matchIndicators(results: readonly OfficeResult[]): {
  list: MatchedIndicator[];
  keyOf: (ind: OfficeIndicator) => string;
} {
  const byCode = new Map<string, MatchedIndicator>();
  const byText = new Map<string, MatchedIndicator>();
  const list: MatchedIndicator[] = [];
  const assigned = new Map<OfficeIndicator, MatchedIndicator>();
  for (const r of results) {
    const seen = new Set<MatchedIndicator>();
    for (const ind of r.indicators) {
      const code = codeKey(ind.kode);
      const text = normaliseText(ind.text);
      let m = (code !== "" && byCode.get(code)) || byText.get(text);
      if (m === undefined || seen.has(m)) {
        m = {
          key: code !== "" && !byCode.has(code) ? ind.kode.trim() : `teks:${text}`,
          kode: ind.kode.trim(),
          text: ind.text,
          sasaran: ind.sasaran,
          offices: 0,
        };
        list.push(m);
      }
      if (code !== "" && !byCode.has(code)) byCode.set(code, m);
      if (!byText.has(text)) byText.set(text, m);
      if (!seen.has(m)) m.offices++;
      seen.add(m);
      assigned.set(ind, m);
    }
  }
  return { list, keyOf: (ind) => (assigned.get(ind) as MatchedIndicator).key };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** A late quarter as the sheets and lists print it: "rkt-kpu-1 TW II". */
export const lateText = (kode: string, quarter: Quarter): string => `${kode} ${twWord(quarter)}`;

/**
 * Consolidate the offices' results.
 * @example consolidate([{ office: "KPU Kota Blitar", source: "blitar.xlsx", indicators }], [], { rank: "average" })
 */
export function consolidate(
  results: readonly OfficeResult[],
  unreadable: readonly Unreadable[],
  options: ConsolidateOptions
): Consolidation {
  const { list, keyOf } = matchIndicators(results);
  // Two workbooks naming the same office (a copy, a template never renamed) stay apart —
  // without regard to case, as the sheet's lookups (MATCH) compare: the file's name, then its
  // path, then a number tell them apart.
  const taken = new Set<string>();
  const nameOf = (r: OfficeResult) => {
    const tries = [
      r.office,
      `${r.office} (${r.source.replace(/^.*[\\/]/, "")})`,
      `${r.office} (${r.source})`,
    ];
    let name = tries.find((t) => !taken.has(t.toLowerCase()));
    for (let n = 2; name === undefined; n++)
      if (!taken.has(`${tries[2]} ${n}`.toLowerCase())) name = `${tries[2]} ${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const index = new Map(list.map((m, i) => [m.key, i]));
  const offices: OfficeRow[] = results.map((r) => {
    const capaian: OfficeRow["capaian"] = list.map(() => undefined);
    const kategori: OfficeRow["kategori"] = list.map(() => undefined);
    const missing: OfficeRow["missing"] = [];
    const errors: string[] = [];
    const findings: OfficeRow["findings"] = [];
    const ownOnly: string[] = [];
    for (const ind of r.indicators) {
      const i = index.get(keyOf(ind)) as number;
      if (capaian[i] === undefined) {
        capaian[i] = ind.capaian;
        kategori[i] = ind.kategori;
      }
      const held = (list[i] as MatchedIndicator).offices;
      if (results.length > 1 && (held === 1 || held * 2 < results.length)) ownOnly.push(ind.kode);
      for (const quarter of ind.missing) missing.push({ kode: ind.kode, quarter });
      for (const e of ind.errors) {
        errors.push(`${ind.kode}: ${e.message}`);
        findings.push({ kode: ind.kode, ...e });
      }
    }
    const counted = capaian.filter((c): c is number => typeof c === "number");
    return {
      office: nameOf(r),
      source: r.source,
      capaian,
      kategori,
      average: counted.length === 0 ? null : counted.reduce((s, c) => s + c, 0) / counted.length,
      counted: counted.length,
      tercapai: counted.filter((c) => c >= REACHED_AT).length,
      ownOnly,
      missing,
      late: missing.map((m) => lateText(m.kode, m.quarter)),
      errors,
      findings,
      rank: 0,
      anggaran: r.anggaran ?? null,
    };
  });
  rankOffices(offices, options.rank);
  const spread = list.map((m, i): Spread => {
    const values = offices
      .map((o) => o.capaian[i])
      .filter((c): c is number => typeof c === "number");
    const byKategori = new Map<string, number>();
    for (const o of offices) {
      const k = o.kategori[i];
      if (typeof k === "string" && k !== "") byKategori.set(k, (byKategori.get(k) ?? 0) + 1);
    }
    return {
      key: m.key,
      min: values.length === 0 ? null : Math.min(...values),
      median: median(values),
      max: values.length === 0 ? null : Math.max(...values),
      counted: values.length,
      byKategori: [...byKategori],
    };
  });
  return { indicators: list, offices, spread, unreadable: [...unreadable], rule: options.rank };
}

/**
 * Equal to about 15 significant digits, as a spreadsheet compares numbers (2^-48 relative):
 * the ranking ties what the sheet's formulas tie.
 */
function sameFigure(a: number, b: number): boolean {
  if (a === b) return true;
  if (a === 0 || b === 0) return false;
  const d = Math.abs(a - b);
  return d < Math.abs(a) * 2 ** -48 && d < Math.abs(b) * 2 ** -48;
}

const above = (a: number, b: number) => a > b && !sameFigure(a, b);

/**
 * Competition ranking ("1, 2, 2, 4"): by the rule's first figure, then its second, compared as
 * the sheet compares them (averages as fractions, equal to 15 digits); offices with no capaian
 * at all come last, sharing one rank. As Rekap Satker's formula: one plus the offices above.
 */
function rankOffices(offices: OfficeRow[], rule: RankRule): void {
  const withAverage = offices.filter((o) => o.average !== null).length;
  const score = (o: OfficeRow): [number, number] => {
    const avg = (o.average as number) / 100;
    return rule === "average" ? [avg, o.tercapai] : [o.tercapai, avg];
  };
  for (const o of offices) {
    if (o.average === null) {
      o.rank = withAverage + 1;
      continue;
    }
    const [p, q] = score(o);
    let before = 0;
    for (const x of offices) {
      if (x.average === null) continue;
      const [xp, xq] = score(x);
      if (above(xp, p) || (sameFigure(xp, p) && above(xq, q))) before++;
    }
    o.rank = before + 1;
  }
}

/** An office's figures as they are reported (`kinerja gabung --json`, the PDF and the CSV). */
export interface ReportedFigures {
  /** Per matched indicator, percent with two decimals; null not computed; undefined not held. */
  capaian: (number | null | undefined)[];
  /** Percent with two decimals; null when no capaian. */
  average: number | null;
  /** Pagu and realisasi in rupiah as read, % serapan in percent with two decimals. */
  anggaran: OfficeBudget | null;
}

const percent2 = (v: number | null): number | null => (v === null ? null : round2(v));

/**
 * The one place an office's figures are made into reported ones: capaian, average and % serapan
 * in percent with two decimals, rounded as Excel's ROUND and as `kinerja capaian --json` gives
 * each indicator's capaian, so an office's figure here equals its own exactly. Rekap Satker
 * holds the full figures (shown with two decimals); ranks and tercapai are decided on those.
 * @example reportedFigures(c.offices[0]).capaian // [103.75, null, undefined]
 */
export function reportedFigures(o: OfficeRow): ReportedFigures {
  return {
    capaian: o.capaian.map((v) => (v === undefined ? undefined : percent2(v))),
    average: percent2(o.average),
    anggaran: o.anggaran === null ? null : { ...o.anggaran, serapan: percent2(o.anggaran.serapan) },
  };
}

/** Where a kategori label sits on the first scale that names it: 0 best … 1 worst; unknown 2. */
function kategoriPlace(label: string): number {
  for (const bands of Object.values(KATEGORI_PRESETS)) {
    const i = bands.findIndex((b) => b.label.id === label);
    if (i >= 0) return bands.length === 1 ? 0 : i / (bands.length - 1);
  }
  return 2;
}

/**
 * The kategori labels the offices' figures use, best first as the scales order them (offices
 * may use different scales; a label no scale knows comes last), for Sebaran's columns and charts.
 */
export function kategoriLabels(spread: readonly Spread[]): string[] {
  const seen = [...new Set(spread.flatMap((s) => s.byKategori.map(([k]) => k)))];
  return seen
    .map((label, i) => ({ label, i, place: kategoriPlace(label) }))
    .sort((a, b) => a.place - b.place || a.i - b.i)
    .map((x) => x.label);
}

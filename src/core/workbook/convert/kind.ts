/**
 * An indicator's kind from what the whole table shows ({@link inferKind}): its target ("100%"
 * percent, "2 Dokumen" a count, "B" a SAKIP grade, "WTP" a BPK opinion), its realisasi, its
 * Satuan, the headers ("Target (%)") and the words of the indicator ("Indeks ..." an index,
 * "Persentase ..." a percent, plain numbers a number). Then the target itself, read by the
 * rules core's {@link parseTarget} in the table's units.
 */
import type { Indicator, IndicatorKind, Target } from "../../decree/schema";
import { formatIdNumber } from "../../rules/number-id";
import { parseTarget, times100 } from "../../rules/parse-entry";
import { isOpinion } from "../../rules/scales";
import { normaliseText } from "../../rules/text";
import type { SourceCell } from "./rows";
import { readCell, type PercentScale } from "./units";

/** Where the kind was read from, for the report. */
export type KindSource = "target" | "realisasi" | "satuan" | "header" | "text" | "default";

/** What in that place told the kind. */
export type KindEvidence =
  "percentSign" | "percentFormat" | "unit" | "code" | "satuan" | "header" | "words" | "none";

/** An indicator's kind, where and how it was read, and its unit when it is a count. */
export interface KindGuess {
  kind: IndicatorKind;
  from: KindSource;
  evidence: KindEvidence;
  /** The cell (or header cell) that told it, as "D5". */
  cell?: string;
  unit?: string;
}

/** What {@link inferKind} looks at: the indicator's words, Satuan, target, realisasi and headers. */
export interface KindInput {
  text: string;
  satuan: string;
  target?: Pick<SourceCell, "value" | "numberFormat"> & { address?: string };
  /** The indicator's realisasi cells (quarters, the yearly one, last year's). */
  values?: readonly (Pick<SourceCell, "value" | "numberFormat"> & { address?: string })[];
  /** The target's and the realisasi columns' headers. */
  headers?: readonly { text: string; cell: string }[];
}

const INDEX_WORDS = /\b(?:indeks|index|ikm|skm)\b/;
const PERCENT_WORDS = /\b(?:persentase|presentase|prosentase|persen)\b/;
const NUMBER_WORDS = /\b(?:nilai|skor|score|angka|rata rata|poin)\b/;
const OPINION_WORDS = /\bopini\b/;
const GRADE_WORDS =
  /\b(?:nilai sakip|predikat|akuntabilitas kinerja|evaluasi sakip|nilai evaluasi)\b/;
const COUNT_WORDS = /^(?:jumlah|banyaknya|tersusunnya|terlaksananya|tersedianya)\b/;
const INDEX_UNIT = /^\(?\s*(?:indeks|index|poin|nilai|skor)\s*\)?$/i;

/**
 * The kind of an indicator from the whole table, and where it was read: a percent only when
 * the table says so (a "%" typed or a percent format in its target or realisasi, "%" or
 * "Persen" in Satuan, a header such as "Target (%)", "Persentase" or "%" in its words); a
 * number with a unit word ("2 Lap", "3 Dokumen", "100 orang") a count of that unit; grade and
 * opinion codes as such; "Indeks", "Nilai", "Skor" and plain numbers an index (a number).
 * @example inferKind({ text: "Nilai Kualitas Data", satuan: "", target: { value: 70, numberFormat: "General" } }).kind // "index"
 * @example inferKind({ text: "Jumlah laporan", satuan: "", target: { value: "2 Lap", numberFormat: "General" } }) // count, unit "Lap"
 */
export function inferKind(input: KindInput): KindGuess {
  const words = normaliseText(input.text);
  const index = INDEX_WORDS.test(words);
  const percentOr = (from: KindSource, evidence: KindEvidence, cell?: string): KindGuess => ({
    kind: index ? "index" : "percent",
    from,
    evidence,
    ...(cell !== undefined ? { cell } : {}),
  });
  const target = readCell(input.target);
  const fromCell = (
    r: ReturnType<typeof readCell>,
    from: KindSource,
    cell: string | undefined
  ): KindGuess | undefined => {
    const at = cell !== undefined ? { cell } : {};
    if (r.type === "code")
      return { kind: isOpinion(r.code) ? "opinion" : "grade", from, evidence: "code", ...at };
    if (r.type !== "number") return undefined;
    if (r.percent !== undefined)
      return percentOr(from, r.percent === "sign" ? "percentSign" : "percentFormat", cell);
    if (r.unit !== undefined) {
      if (INDEX_UNIT.test(r.unit)) return { kind: "index", from, evidence: "unit", ...at };
      return { kind: "count", from, evidence: "unit", unit: r.unit, ...at };
    }
    return undefined;
  };
  const byTarget = fromCell(target, "target", input.target?.address);
  if (byTarget !== undefined) return byTarget;
  for (const v of input.values ?? []) {
    const byValue = fromCell(readCell(v), "realisasi", v.address);
    if (byValue !== undefined) {
      // A count's unit comes from its realisasi; a code in a realisasi decides the kind only
      // when there is no numeric target.
      if (byValue.evidence !== "code" || target.type !== "number") return byValue;
    }
  }
  const numericTarget = target.type === "number";
  const s = normaliseText(input.satuan);
  const satuan = input.satuan.trim();
  if (s !== "" || satuan === "%") {
    const at = { from: "satuan" as const, evidence: "satuan" as const };
    if (/^(?:persen|persentase|prosentase)$/.test(s) || satuan === "%")
      return { kind: "percent", ...at };
    if (/^(?:indeks|index|nilai indeks|poin|skor|angka)$/.test(s)) return { kind: "index", ...at };
    if (/^opini/.test(s)) return { kind: "opinion", ...at };
    if (/^(?:predikat|kategori|huruf)$/.test(s)) return { kind: "grade", ...at };
    if (s === "nilai") return { kind: numericTarget ? "index" : "grade", ...at };
    if (/^\p{L}[\p{L} .]{0,40}$/u.test(satuan)) return { kind: "count", ...at, unit: satuan };
  }
  const header = (input.headers ?? []).find((h) => /%|\bpersen\b/i.test(h.text));
  if (header !== undefined) return percentOr("header", "header", header.cell);
  const text = (kind: IndicatorKind): KindGuess => ({ kind, from: "text", evidence: "words" });
  if (index) return text("index");
  if (OPINION_WORDS.test(words)) return text("opinion");
  if (PERCENT_WORDS.test(words) || input.text.includes("%")) return text("percent");
  if (GRADE_WORDS.test(words) && !numericTarget) return text("grade");
  if (NUMBER_WORDS.test(words)) return text("index");
  if (COUNT_WORDS.test(words)) return text("count");
  return { kind: "index", from: "default", evidence: "none" };
}

/**
 * The kind of an indicator from its words, Satuan and target alone ({@link inferKind}).
 * @example kindOf("Persentase Indeks Reformasi birokrasi", "", { value: "77%" }) // { kind: "index", from: "target" }
 * @example kindOf("Opini BPK Atas Laporan Keuangan", "", { value: "WTP" }) // { kind: "opinion", from: "target" }
 */
export function kindOf(
  indicatorText: string,
  satuan: string,
  target: Pick<SourceCell, "value" | "numberFormat"> | undefined
): KindGuess {
  return inferKind({
    text: indicatorText,
    satuan,
    ...(target !== undefined ? { target } : {}),
  });
}

/** Words that say smaller is better ("semakin kecil semakin baik"). */
const LOWER_IS_BETTER =
  /\bsemakin\s+(?:kecil|rendah|sedikit)\b.{0,40}?\bsemakin\s+baik\b|\bsmaller is better\b/i;

/**
 * An indicator's direction: "lower" only when its words or its cara penghitungan say that
 * smaller is better; "higher" otherwise (the default, reported as such).
 * @example directionOf("Persentase pelanggaran (semakin kecil semakin baik)", "") // { direction: "lower", from: "text" }
 */
export function directionOf(
  text: string,
  cara: string
): { direction: "higher" | "lower"; from: "text" | "default" } {
  return LOWER_IS_BETTER.test(`${text}\n${cara}`)
    ? { direction: "lower", from: "text" }
    : { direction: "higher", from: "default" };
}

/** How TW I-IV add up by default: counts sum, everything else takes the last known value. */
export function aggregationOf(kind: IndicatorKind): Indicator["aggregation"] {
  return kind === "count" ? "sum" : "last";
}

/**
 * How often an indicator is reported: the words of a Periode column ("Tahunan", "Semester",
 * "Triwulanan", "TW"), else once a year for what arrives once a year — a SAKIP grade, a BPK
 * opinion, an Indeks Reformasi Birokrasi — and every quarter for the rest.
 * @example periodOf("Tahunan", "percent", "") // "annual"
 * @example periodOf("", "grade", "Nilai SAKIP") // "annual"
 * @example periodOf("", "percent", "Persentase laporan") // "quarterly"
 */
export function periodOf(
  typed: string,
  kind: IndicatorKind,
  text: string
): NonNullable<Indicator["period"]> {
  const w = normaliseText(typed);
  if (/^(?:tahunan|per ?tahun|tahun|setahun sekali|1 kali setahun|annual)$/.test(w))
    return "annual";
  if (/^(?:semesteran|semester|per ?semester|enam bulanan|6 bulanan)$/.test(w)) return "semiannual";
  if (/^(?:triwulanan|triwulan|per ?triwulan|tw|kuartal|quarterly|tiga bulanan|3 bulanan)$/.test(w))
    return "quarterly";
  if (kind === "grade" || kind === "opinion") return "annual";
  return /\breformasi birokrasi\b/.test(normaliseText(text)) ? "annual" : "quarterly";
}

/**
 * The documents a count target lists in the indicator text ("... : 1. Renja ... 2. ..." or
 * "a. ... b. ..."), when there are as many as the target counts.
 * @example listedItems("Dokumen : 1. Renja 2022\n2. RKA 2022", 2) // ["Renja 2022", "RKA 2022"]
 */
export function listedItems(text: string, count: number): string[] | undefined {
  for (const marker of [/(?:^|\s)(\d{1,2})[.)]\s+/, /(?:^|\s)([a-z])[.)]\s+/]) {
    const parts = text.split(marker);
    const items: string[] = [];
    for (let i = 1; i + 1 < parts.length; i += 2) {
      const label = parts[i] ?? "";
      const expected = /\d/.test(label)
        ? String(items.length + 1)
        : String.fromCharCode(97 + items.length);
      if (label !== expected) break;
      const item = (parts[i + 1] ?? "").replace(/\s+/g, " ").trim();
      if (item === "") break;
      items.push(item);
    }
    if (items.length >= 2 && items.length === count && items.length === (parts.length - 1) / 2)
      return items;
  }
  return undefined;
}

export type TargetReading =
  | { status: "value"; target: Target; fraction?: boolean }
  | { status: "empty" }
  | { status: "unreadable"; text: string };

const fmt = (n: number): string => formatIdNumber(n, 6);

/**
 * The decree target a target cell holds for a kind. A percent indicator's plain number (no
 * "%", no percent format) is read on the table's `scale`: percent points (80 is 80 %) or a
 * fraction (0,8 is 80 %); without a scale, 0 < x <= 1 is a fraction (1 -> 100 %), as Excel
 * keeps a typed "100%".
 */
export function readTargetCell(
  cell: SourceCell | undefined,
  kind: IndicatorKind,
  indicatorText: string,
  unit: string,
  scale?: PercentScale
): TargetReading {
  if (cell === undefined) return { status: "empty" };
  const input = { value: cell.value, numberFormat: cell.numberFormat };
  const parsed = parseTarget(input, kind);
  const shown = typeof cell.value === "string" ? cell.value.trim() : "";
  if (parsed.status === "empty") return { status: "empty" };
  if (parsed.status === "invalid") {
    const text =
      typeof cell.value === "object" && cell.value !== null
        ? cell.value.error
        : String(cell.value).trim();
    return { status: "unreadable", text };
  }
  let value = parsed.value;
  let fraction = false;
  const r = readCell(cell);
  const plain = r.type === "number" && r.percent === undefined && r.unit === undefined;
  if (
    kind === "percent" &&
    typeof value === "number" &&
    plain &&
    scale !== "points" &&
    (scale === "fraction" || (typeof cell.value === "number" && value > 0 && value <= 1))
  ) {
    value = times100(value);
    fraction = true;
  }
  if (kind === "grade" || kind === "opinion") {
    if (typeof value !== "string")
      return { status: "unreadable", text: shown || String(cell.value) };
    return kind === "grade"
      ? {
          status: "value",
          target: {
            kind,
            value: value as Extract<Target, { kind: "grade" }>["value"],
            text: value,
          },
        }
      : {
          status: "value",
          target: {
            kind,
            value: value as Extract<Target, { kind: "opinion" }>["value"],
            text: value,
          },
        };
  }
  if (typeof value === "string") return { status: "unreadable", text: shown || String(cell.value) };
  const sign = kind === "percent" ? "%" : "";
  const auto =
    typeof value === "number"
      ? `${fmt(value)}${sign}${kind === "count" ? ` ${unit}` : ""}`
      : `${fmt(value.min)}${sign} - ${fmt(value.max)}${sign}${kind === "count" ? ` ${unit}` : ""}`;
  const text = shown !== "" ? shown : auto;
  if (kind === "count") {
    const items = typeof value === "number" ? listedItems(indicatorText, value) : undefined;
    const target: Target = items ? { kind, value, unit, items, text } : { kind, value, unit, text };
    return { status: "value", target };
  }
  const target: Target = { kind, value, text };
  return fraction ? { status: "value", target, fraction } : { status: "value", target };
}

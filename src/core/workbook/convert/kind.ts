/**
 * An indicator's kind from what the sheet shows: its target ("100%" percent, "2 Dokumen" a
 * count, "B" a SAKIP grade, "WTP" a BPK opinion), its Satuan, and the words of the indicator
 * ("Indeks ..." an index, "Persentase ..." a percent). Then the target itself, read by the
 * rules core's {@link parseTarget}.
 */
import type { Indicator, IndicatorKind, Target } from "../../decree/schema";
import { isPercentFormat } from "../../rules/cell";
import { formatIdNumber } from "../../rules/number-id";
import { parseTarget, times100 } from "../../rules/parse-entry";
import { gradeOfText, opinionOfText } from "../../rules/scales";
import { normaliseText } from "../../rules/text";
import type { SourceCell } from "./rows";

/** Where the kind was read from, for the report. */
export type KindSource = "target" | "satuan" | "text" | "default";

const INDEX_WORDS = /\b(?:indeks|index|ikm|skm)\b/;
const PERCENT_WORDS = /\b(?:persentase|rasio|tingkat|proporsi)\b/;
const OPINION_WORDS = /\bopini\b/;
const GRADE_WORDS =
  /\b(?:nilai sakip|predikat|akuntabilitas kinerja|evaluasi sakip|nilai evaluasi)\b/;
const COUNT_WORDS = /^(?:jumlah|banyaknya|tersusunnya|terlaksananya|tersedianya)\b/;
const QUANTITY = /^[+-]?\d[\d.,]*\s*(\p{L}[\p{L} ]{0,40})$/u;

/** The unit a target text names after its number ("2 Dokumen" -> "Dokumen"). */
function unitOf(text: string): string | undefined {
  const m = QUANTITY.exec(text.trim());
  return m?.[1]?.trim();
}

/**
 * The kind of an indicator and where it was read from.
 * @example kindOf("Persentase Indeks Reformasi birokrasi", "", { value: "77%" }) // { kind: "index", from: "target" }
 * @example kindOf("Opini BPK Atas Laporan Keuangan", "", { value: "WTP" }) // { kind: "opinion", from: "target" }
 */
export function kindOf(
  indicatorText: string,
  satuan: string,
  target: Pick<SourceCell, "value" | "numberFormat"> | undefined
): { kind: IndicatorKind; from: KindSource; unit?: string } {
  const words = normaliseText(indicatorText);
  const index = INDEX_WORDS.test(words);
  const v = target?.value;
  if (typeof v === "string" && v.trim() !== "") {
    const t = v.trim();
    if (opinionOfText(t) !== undefined) return { kind: "opinion", from: "target" };
    if (gradeOfText(t) !== undefined) return { kind: "grade", from: "target" };
    if (/%|\bpersen\b/i.test(t) && /\d/.test(t))
      return { kind: index ? "index" : "percent", from: "target" };
    const unit = unitOf(t);
    if (unit !== undefined && !/^(?:s\s?d|sampai)\b/i.test(unit)) {
      if (/^\(?\s*(?:indeks|index|poin)\s*\)?$/i.test(unit))
        return { kind: "index", from: "target" };
      return { kind: "count", from: "target", unit };
    }
  }
  if (typeof v === "number" && isPercentFormat(target?.numberFormat))
    return { kind: index ? "index" : "percent", from: "target" };
  const s = normaliseText(satuan);
  if (s !== "") {
    if (/^(?:persen|persentase)$/.test(s) || satuan.trim() === "%")
      return { kind: "percent", from: "satuan" };
    if (/^(?:indeks|index|nilai indeks|poin)$/.test(s)) return { kind: "index", from: "satuan" };
    if (/^opini/.test(s)) return { kind: "opinion", from: "satuan" };
    if (/^(?:predikat|nilai|kategori|huruf)$/.test(s)) return { kind: "grade", from: "satuan" };
    if (/^\p{L}[\p{L} ]{0,40}$/u.test(satuan.trim()))
      return { kind: "count", from: "satuan", unit: satuan.trim() };
  }
  if (index) return { kind: "index", from: "text" };
  if (OPINION_WORDS.test(words)) return { kind: "opinion", from: "text" };
  if (PERCENT_WORDS.test(words)) return { kind: "percent", from: "text" };
  if (GRADE_WORDS.test(words)) return { kind: "grade", from: "text" };
  if (COUNT_WORDS.test(words)) return { kind: "count", from: "text" };
  return { kind: "percent", from: "default" };
}

/** How TW I-IV add up by default: counts sum, everything else takes the last known value. */
export function aggregationOf(kind: IndicatorKind): Indicator["aggregation"] {
  return kind === "count" ? "sum" : "last";
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
 * The decree target a target cell holds for a kind. A plain number 0 < x <= 1 in a percent
 * indicator's General cell is read as a fraction (1 -> 100%), as Excel keeps a typed "100%".
 */
export function readTargetCell(
  cell: SourceCell | undefined,
  kind: IndicatorKind,
  indicatorText: string,
  unit: string
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
  if (
    kind === "percent" &&
    typeof value === "number" &&
    typeof cell.value === "number" &&
    !isPercentFormat(cell.numberFormat) &&
    value > 0 &&
    value <= 1
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

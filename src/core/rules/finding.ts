/**
 * Findings: bad data as values, never exceptions. Each has a stable code, a severity, where it
 * is (indicator, field, quarter), an optional unambiguous fix and a message in both languages
 * from the one message table (src/core/i18n/findings.ts, keys `finding.<code>`).
 */
import { FINDING_MESSAGES } from "../i18n/findings";
import type { Bilingual } from "../i18n/types";
import type { Fix } from "./parse-entry";
import { isPercentFormat } from "./cell";
import { formatEnNumber, formatIdNumber } from "./number-id";

export type Severity = "error" | "warning" | "info";
export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

const ROMAN: Record<Quarter, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };
/** A quarter's Roman numeral ("II"): the one place the numerals are written. */
export const romanOf = (q: Quarter): string => ROMAN[q];
/**
 * A quarter as the workbook words it, "TW II", in both languages: its headers, the Info
 * sheet's TW Pelaporan cell (`SETTING_ROWS`), the pane and the messages.
 */
export const twWord = (q: Quarter): string => `TW ${romanOf(q)}`;
export type FindingField =
  | "target"
  | "realisasi"
  | "sumberData"
  | "caraPenghitungan"
  | "indicator"
  | "numerator"
  | "denominator"
  | "aggregation"
  | "kind"
  | "direction"
  | "period"
  /** Anggaran sheet: the pagu, a quarter's realisasi anggaran, the linked sasaran. */
  | "pagu"
  | "realisasiAnggaran"
  | "sasaran";

/** Every finding code and its severity: behaviour as data. */
export const FINDING_SEVERITY = {
  "target.missing": "error",
  "target.unparseable": "error",
  "target.ambiguous": "error",
  "target.excelError": "error",
  "target.wrongKind": "error",
  "target.notOnScale": "error",
  "target.zero": "error",
  "target.differsFromDecree": "warning",
  "target.text": "info",
  "target.notCounted": "warning",
  "realisasi.unparseable": "error",
  "realisasi.ambiguous": "error",
  "realisasi.excelError": "error",
  "realisasi.wrongKind": "error",
  "realisasi.notOnScale": "error",
  "realisasi.percentBelowZero": "error",
  "realisasi.percentAbove100": "error",
  "realisasi.aboveTarget": "warning",
  "realisasi.negativeCount": "error",
  "realisasi.notWholeNumber": "error",
  "realisasi.countAboveItems": "warning",
  "realisasi.afterReportingQuarter": "error",
  "realisasi.missing": "warning",
  "realisasi.cumulativeFalls": "warning",
  "realisasi.looksCumulative": "warning",
  "realisasi.text": "info",
  "realisasi.notCounted": "warning",
  "realisasi.gradeFromScore": "info",
  "realisasi.looksLikeFraction": "warning",
  "realisasi.looksLikeDate": "error",
  "realisasi.mixedUnits": "error",
  "indicator.unknownWord": "error",
  "indicator.blankWord": "warning",
  "indicator.unknownPeriod": "warning",
  "indicator.blankPeriod": "warning",
  "kind.percentValues": "info",
  "kind.numberValues": "info",
  "components.unparseable": "error",
  "components.zeroDenominator": "error",
  "components.plainTarget": "error",
  "components.incomplete": "warning",
  "components.mismatch": "warning",
  "sumberData.missing": "warning",
  "consistency.rktWithoutIku": "warning",
  "consistency.ikuWithoutRkt": "warning",
  "consistency.noCaraPenghitungan": "info",
  "consistency.duplicateIndicator": "warning",
  "anggaran.negative": "error",
  "anggaran.unreadable": "error",
  "anggaran.notCounted": "warning",
  "anggaran.overPagu": "error",
  "anggaran.noPagu": "warning",
  "anggaran.unknownSasaran": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

/**
 * Findings whose fix only tidies what was typed into the form the sheet reads ("74,05" -> 74,05,
 * "Wajar Tanpa Pengecualian" -> WTP): "Rapikan isian" applies all of them at once. Other fixes
 * (the decree's target for an empty cell, Kumulatif for a series) are choices, one by one.
 */
export const TIDY_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "target.text",
  "target.notCounted",
  "realisasi.text",
  "realisasi.notCounted",
  "realisasi.mixedUnits",
  "components.plainTarget",
  "anggaran.notCounted",
]);
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

// Compile-time proof that every code has a message.
const _everyCodeHasAMessage: Record<`finding.${FindingCode}`, Bilingual> = FINDING_MESSAGES;
void _everyCodeHasAMessage;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  indicatorId: string;
  field: FindingField;
  quarter?: Quarter;
  fix?: Fix;
  message: Bilingual;
}

/** Message parameters; numbers are written per language (77,5 / 77.5), quarters as TW II. */
export interface FindingParams {
  value?: string | number | Bilingual;
  expected?: string | number | Bilingual;
  detail?: string | Bilingual;
  readings?: number[];
  fix?: Fix;
}

type Lang = "id" | "en";
type ParamName = keyof FindingParams | "quarter";

function one(p: string | number | Bilingual | undefined, lang: Lang): string {
  if (p === undefined) return "";
  if (typeof p === "number") return lang === "id" ? formatIdNumber(p, 4) : formatEnNumber(p, 4);
  return typeof p === "string" ? p : p[lang];
}

function param(
  name: ParamName,
  lang: Lang,
  p: FindingParams,
  quarter: Quarter | undefined
): string {
  switch (name) {
    case "quarter":
      // "TW II" in both languages: the workbook's own word (its headers and the reporting-quarter cell).
      return quarter === undefined ? "" : twWord(quarter);
    case "readings":
      return p.readings
        ? p.readings.map((n) => one(n, lang)).join(lang === "id" ? " atau " : " or ")
        : "";
    case "fix": {
      const fix = p.fix;
      if (fix === undefined) return "";
      if (typeof fix.value !== "number") return fix.value;
      // As the cell will show it (0,8 with a percent format is "80%"), never the format code.
      return isPercentFormat(fix.numberFormat)
        ? `${one(fix.value * 100, lang)}%`
        : one(fix.value, lang);
    }
    default:
      return one(p[name], lang);
  }
}

/** Templates split once into text and parameter names, so filling is concatenation. */
type Compiled = (string | { name: ParamName })[];
const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template
      .split(/(\{\w+\})/)
      .filter((x) => x !== "")
      .map((x) => (/^\{\w+\}$/.test(x) ? { name: x.slice(1, -1) as ParamName } : x));
    compiled.set(template, parts);
  }
  return parts;
}

function render(
  template: string,
  lang: Lang,
  p: FindingParams,
  quarter: Quarter | undefined
): string {
  let out = "";
  for (const part of compile(template))
    out += typeof part === "string" ? part : param(part.name, lang, p, quarter);
  return out;
}

/**
 * Messages repeat (the same missing quarter, the same error value): equal inputs share one
 * message object, which keeps large workbooks from allocating a message per finding. Messages
 * are frozen, so sharing is safe. The cache is bounded.
 *
 * A message depends only on the parameters its two templates name, so the cache of a code is a
 * trie of Maps over exactly those parameters (primitive keys; no key strings are built). A
 * parameter given as a Bilingual is cached only when it is one of the shared, frozen labels
 * registered with {@link sharedLabel} (compared by identity); other Bilingual parameters are
 * rendered every time.
 */
const MESSAGE_CACHE_LIMIT = 20_000;
let cachedMessages = 0;
const SHARED_LABELS = new WeakSet<Bilingual>();

/** Register a frozen label as safe to cache messages by (identity = content). */
export function sharedLabel(label: Bilingual): Bilingual {
  const frozen = Object.freeze(label);
  SHARED_LABELS.add(frozen);
  return frozen;
}

type Trie = Map<unknown, unknown>;

/** The trie key of one parameter (a fix: the fix itself, split into two levels below). */
function keyOf(name: ParamName, p: FindingParams, quarter: Quarter | undefined): unknown {
  switch (name) {
    case "quarter":
      return quarter;
    case "readings":
      return p.readings === undefined ? undefined : p.readings.join(";");
    case "fix":
      return p.fix;
    default:
      return p[name];
  }
}

/** False when a parameter is a Bilingual that is not a registered shared label. */
function cacheable(p: FindingParams): boolean {
  const { value, expected, detail } = p;
  return (
    (typeof value !== "object" || SHARED_LABELS.has(value)) &&
    (typeof expected !== "object" || SHARED_LABELS.has(expected)) &&
    (typeof detail !== "object" || SHARED_LABELS.has(detail))
  );
}

/** Per code: the parameter names its templates use (each once) and the cache trie. */
interface CodeCache {
  severity: Severity;
  names: ParamName[];
  root: Trie;
}
const codeCaches = new Map<FindingCode, CodeCache>();

function codeCache(code: FindingCode): CodeCache {
  let c = codeCaches.get(code);
  if (c === undefined) {
    const template = TEMPLATES[code];
    const names: ParamName[] = [];
    for (const part of [...compile(template.id), ...compile(template.en)])
      if (typeof part !== "string" && !names.includes(part.name)) names.push(part.name);
    c = { severity: FINDING_SEVERITY[code], names, root: new Map() };
    codeCaches.set(code, c);
  }
  return c;
}

function clearMessageCache(): void {
  for (const c of codeCaches.values()) c.root = new Map();
  cachedMessages = 0;
}

/** The trie node under `key`, created when missing. */
function down(node: Trie, key: unknown): Trie {
  let next = node.get(key) as Trie | undefined;
  if (next === undefined) {
    next = new Map();
    node.set(key, next);
  }
  return next;
}

/** Stands for "no fix" at a fix's first level (a fix's value is never this object). */
const NO_FIX = {};

function messageOf(
  cache: CodeCache,
  code: FindingCode,
  p: FindingParams,
  quarter: Quarter | undefined
): Bilingual {
  const names = cache.names;
  // Walk the trie, one level per parameter (a fix: its value, then its number format); the
  // last key picks the message.
  const canCache = cacheable(p);
  let node: Trie = cache.root;
  let leafKey: unknown = undefined;
  if (canCache) {
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      let key = keyOf(name, p, quarter);
      if (name === "fix") {
        const fix = key as Fix | undefined;
        // Map keys keep the number 5 and the text "5" apart, as the messages do.
        node = down(node, fix === undefined ? NO_FIX : fix.value);
        key = fix === undefined ? undefined : fix.numberFormat;
      }
      if (i < names.length - 1) node = down(node, key);
      else leafKey = key;
    }
    const cached = node.get(leafKey) as Bilingual | undefined;
    if (cached !== undefined) return cached;
  }
  const template = TEMPLATES[code];
  const m: Bilingual = Object.freeze({
    id: render(template.id, "id", p, quarter),
    en: render(template.en, "en", p, quarter),
  });
  if (canCache) {
    if (cachedMessages >= MESSAGE_CACHE_LIMIT) clearMessageCache();
    else {
      node.set(leafKey, m);
      cachedMessages++;
    }
  }
  return m;
}

const TEMPLATES = Object.fromEntries(
  Object.keys(FINDING_SEVERITY).map((code) => [
    code,
    FINDING_MESSAGES[`finding.${code as FindingCode}`],
  ])
) as Record<FindingCode, Bilingual>;

/**
 * Build a finding with its severity and bilingual message.
 * @example finding("target.missing", "rkt-kpu-1", "target") // { code: "target.missing", severity: "error", ... }
 */
export function finding(
  code: FindingCode,
  indicatorId: string,
  field: FindingField,
  p: FindingParams = NO_PARAMS,
  quarter?: Quarter
): Finding {
  // One Map lookup gives the code's severity, parameter names and message cache.
  const cache = codeCache(code);
  const severity = cache.severity;
  const message = messageOf(cache, code, p, quarter);
  const fix = p.fix;
  // One literal per shape (same key order as before: quarter, then fix, after message).
  if (quarter === undefined)
    return fix === undefined
      ? { code, severity, indicatorId, field, message }
      : { code, severity, indicatorId, field, message, fix };
  return fix === undefined
    ? { code, severity, indicatorId, field, message, quarter }
    : { code, severity, indicatorId, field, message, quarter, fix };
}

const NO_PARAMS: FindingParams = Object.freeze({});

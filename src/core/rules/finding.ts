/**
 * Findings: bad data as values, never exceptions. Each has a stable code, a severity, where it
 * is (indicator, field, quarter), an optional unambiguous fix and a message in both languages
 * from the one message table (src/core/i18n/findings.ts, keys `finding.<code>`).
 */
import { FINDING_MESSAGES } from "../i18n/findings";
import type { Bilingual } from "../i18n/types";
import type { Fix } from "./parse-entry";
import { formatEnNumber, formatIdNumber } from "./number-id";

export type Severity = "error" | "warning" | "info";
export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];
export type FindingField =
  | "target"
  | "realisasi"
  | "sumberData"
  | "caraPenghitungan"
  | "indicator"
  | "numerator"
  | "denominator";

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
  "realisasi.unparseable": "error",
  "realisasi.ambiguous": "error",
  "realisasi.excelError": "error",
  "realisasi.wrongKind": "error",
  "realisasi.notOnScale": "error",
  "realisasi.percentBelowZero": "error",
  "realisasi.percentAbove100": "error",
  "realisasi.negativeCount": "error",
  "realisasi.notWholeNumber": "error",
  "realisasi.countAboveItems": "warning",
  "realisasi.afterReportingQuarter": "error",
  "realisasi.missing": "warning",
  "realisasi.cumulativeFalls": "warning",
  "realisasi.text": "info",
  "realisasi.gradeFromScore": "info",
  "realisasi.looksLikeFraction": "warning",
  "components.unparseable": "error",
  "components.zeroDenominator": "error",
  "components.incomplete": "warning",
  "components.mismatch": "warning",
  "sumberData.missing": "warning",
  "consistency.rktWithoutIku": "warning",
  "consistency.ikuWithoutRkt": "warning",
  "consistency.noCaraPenghitungan": "info",
  "consistency.duplicateIndicator": "warning",
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;
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

/** Message parameters; numbers are written per language (77,5 / 77.5), quarters as TW II / Q2. */
export interface FindingParams {
  value?: string | number | Bilingual;
  expected?: string | number | Bilingual;
  detail?: string | Bilingual;
  readings?: number[];
  fix?: Fix;
}

const ROMAN = ["", "I", "II", "III", "IV"];
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
      return quarter === undefined ? "" : lang === "id" ? `TW ${ROMAN[quarter]}` : `Q${quarter}`;
    case "readings":
      return p.readings
        ? p.readings.map((n) => one(n, lang)).join(lang === "id" ? " atau " : " or ")
        : "";
    case "fix": {
      const fix = p.fix;
      if (fix === undefined) return "";
      if (typeof fix.value !== "number") return fix.value;
      return one(fix.value, lang) + (fix.numberFormat ? ` (${fix.numberFormat})` : "");
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
 */
const messageCache = new Map<string, Bilingual>();
const MESSAGE_CACHE_LIMIT = 20_000;

function keyPart(v: string | number | Bilingual | undefined): string | undefined {
  if (v === undefined) return "";
  if (typeof v === "number") return `n${v}`;
  return typeof v === "string" ? `s${v}` : undefined;
}

function cacheKey(
  code: FindingCode,
  p: FindingParams,
  quarter: Quarter | undefined
): string | undefined {
  const value = keyPart(p.value);
  const expected = keyPart(p.expected);
  const detail = keyPart(p.detail);
  if (value === undefined || expected === undefined || detail === undefined) return undefined;
  let key = `${code}\u0000${quarter ?? ""}\u0000${value}\u0000${expected}\u0000${detail}`;
  if (p.readings !== undefined) key += `\u0000${p.readings.join(";")}`;
  if (p.fix !== undefined)
    key += `\u0000${typeof p.fix.value}${String(p.fix.value)}|${p.fix.numberFormat ?? ""}`;
  return key;
}

function message(code: FindingCode, p: FindingParams, quarter: Quarter | undefined): Bilingual {
  const key = cacheKey(code, p, quarter);
  const cached = key === undefined ? undefined : messageCache.get(key);
  if (cached !== undefined) return cached;
  const template = TEMPLATES[code];
  const m: Bilingual = Object.freeze({
    id: render(template.id, "id", p, quarter),
    en: render(template.en, "en", p, quarter),
  });
  if (key !== undefined) {
    if (messageCache.size >= MESSAGE_CACHE_LIMIT) messageCache.clear();
    messageCache.set(key, m);
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
  p: FindingParams = {},
  quarter?: Quarter
): Finding {
  const f: Finding = {
    code,
    severity: FINDING_SEVERITY[code],
    indicatorId,
    field,
    message: message(code, p, quarter),
  };
  if (quarter !== undefined) f.quarter = quarter;
  if (p.fix !== undefined) f.fix = p.fix;
  return f;
}

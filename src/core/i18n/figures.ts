/**
 * Percents and rupiah as the sheet shows them, for every place that writes one as text: the
 * recap's texts, the PDF, the CSV, the consolidation's PDF and the task pane. One formatter, so
 * the same figure reads the same everywhere.
 *
 * Excel shows a number under a format by taking the stored double to 15 significant digits and
 * rounding that decimal form half away from zero: 1.005 under "0.00" shows 1.01 (the binary
 * 1.00499999999999989… would give 1.00), 0.0100005 under "0.00%" shows 1,00%. A negative
 * value that rounds to zero keeps its sign ("-0,00%"), as Excel shows it; a negative zero is
 * zero. No BigInt or Intl: the pane runs in older Office webviews, and every browser must print
 * the same.
 */
import type { Lang } from "./types";

/** What a figure may be where the sheet computes one: a number, nothing yet, or "cek isian". */
export type Figure = number | null | "cek isian";

/** Decimal digits of a non-negative integer string plus one in the last place. */
function increment(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== "9") {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return `1${out.join("")}`;
}

/**
 * |x| × 10^shift at 15 significant digits, rounded half away from zero to `decimals` places:
 * the integer and fraction digits Excel would show.
 */
function excelDigits(x: number, shift: number, decimals: number): [string, string] {
  const [mantissa = "0", exponent = "0"] = Math.abs(x).toExponential(14).split("e");
  const digits = mantissa.replace(".", "");
  // The decimal point sits after `point` digits of `digits` (before them when negative).
  const point = Number(exponent) + 1 + shift;
  const keep = point + decimals;
  let scaled: string;
  if (keep < 0) scaled = "0";
  else if (keep >= digits.length) scaled = digits + "0".repeat(keep - digits.length);
  else {
    const head = digits.slice(0, keep);
    scaled = (digits.charCodeAt(keep) >= 53 ? increment(head || "0") : head) || "0";
  }
  scaled = scaled.padStart(decimals + 1, "0");
  const int = scaled.slice(0, scaled.length - decimals).replace(/^0+(?=\d)/, "");
  return [int, scaled.slice(scaled.length - decimals)];
}

/**
 * `x` as Excel shows it under a fixed format with `decimals` places (the language's marks),
 * `shift` places moved first (2 for a percent format), grouped by thousands when `group`.
 */
export function excelFixed(
  x: number,
  decimals: number,
  lang: Lang,
  options: { shift?: number; group?: boolean } = {}
): string {
  if (!Number.isFinite(x)) return "#NUM!";
  const [int, frac] = excelDigits(x, options.shift ?? 0, decimals);
  const groupMark = lang === "id" ? "." : ",";
  const grouped = options.group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, groupMark) : int;
  return `${x < 0 ? "-" : ""}${grouped}${frac === "" ? "" : (lang === "id" ? "," : ".") + frac}`;
}

/**
 * A fraction as the sheet's "0.00%" shows it.
 * @example percentText(1.0375) // "103,75%"
 * @example percentText(0.125, "en") // "12.50%"
 */
export function percentText(fraction: number, lang: Lang = "id"): string {
  return `${excelFixed(fraction, 2, lang, { shift: 2 })}%`;
}

/**
 * A figure already in percent units (the core's capaian, 103.75) as the sheet shows the same
 * figure stored as a fraction under "0.00%".
 * @example percentUnitsText(103.75) // "103,75%"
 */
export function percentUnitsText(percent: number, lang: Lang = "id"): string {
  return `${excelFixed(percent, 2, lang)}%`;
}

/** A fraction figure as text: "cek isian" as the sheet shows it, `none` where there is none. */
export function figurePercent(v: Figure, none: string, lang: Lang = "id"): string {
  return v === null ? none : v === "cek isian" ? v : percentText(v, lang);
}

/**
 * Rupiah as the sheet's "#,##0" shows them, with "Rp ".
 * @example rupiahText(1250000) // "Rp 1.250.000"
 * @example rupiahText(1250000, "en") // "Rp 1,250,000"
 */
export function rupiahText(n: number, lang: Lang = "id"): string {
  return `Rp ${excelFixed(n, 0, lang, { group: true })}`;
}

/**
 * An amount with every digit up to `maxDecimals` places (no trailing zeros), grouped, without
 * "Rp": what a machine or a finding needs ("1.234.567,5"), which Excel id-ID reads back.
 * @example amountText(1234567.5) // "1.234.567,5"
 */
export function amountText(n: number, lang: Lang = "id", maxDecimals = 2): string {
  const text = excelFixed(n, maxDecimals, lang, { group: true });
  const mark = lang === "id" ? "," : ".";
  if (!text.includes(mark)) return text;
  const trimmed = text.replace(/0+$/, "");
  return trimmed.endsWith(mark) ? trimmed.slice(0, -1) : trimmed;
}

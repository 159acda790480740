/**
 * Numbers as Indonesian staff type them (locale id-ID): decimal comma, thousands dot.
 * "1.234,5" is 1234.5; "77,5" is 77.5; "0.2" is 0.2 (a dot not followed by exactly three
 * digits can only be a decimal point). "1.000" is truly ambiguous (one thousand in id-ID, one
 * in en-US) and is reported with both readings rather than guessed.
 */

export type NumberReading =
  | { status: "number"; value: number; decimals: number }
  | { status: "ambiguous"; readings: [number, number] }
  | { status: "invalid" };

const INVALID: NumberReading = { status: "invalid" };
const GROUPED_TAIL = /^\d{3}$/;

function groupsValid(parts: string[]): boolean {
  const first = parts[0];
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  for (let i = 1; i < parts.length; i++) if (!GROUPED_TAIL.test(parts[i] ?? "")) return false;
  return true;
}

/** Powers of ten that doubles hold exactly (10^0 ... 10^22). */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);

function make(sign: string, int: string, frac: string): NumberReading {
  if (int === "" && frac === "") return INVALID;
  const digits = int.length + frac.length;
  if (digits <= 15) {
    // Up to 15 digits the digits form an exact integer m, and m / 10^decimals (both exact) is
    // the correctly rounded quotient: the double Number() would read from the text.
    let m = 0;
    for (let i = 0; i < int.length; i++) m = m * 10 + (int.charCodeAt(i) - 48);
    for (let i = 0; i < frac.length; i++) m = m * 10 + (frac.charCodeAt(i) - 48);
    const abs = frac.length === 0 ? m : m / POW10[frac.length]!;
    return { status: "number", value: sign === "-" ? -abs : abs, decimals: frac.length };
  }
  const value = Number(`${sign}${int === "" ? "0" : int}.${frac === "" ? "0" : frac}`);
  return Number.isFinite(value) ? { status: "number", value, decimals: frac.length } : INVALID;
}

/** Digits, "." and "," only, and at least one digit (as /^[\d.,]+$/ and /\d/ together). */
function digitsAndSeparators(s: string): boolean {
  let digit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c !== 46 && c !== 44) return false;
  }
  return digit;
}

/**
 * Read a bare number (sign, digits, `.` and `,`; no unit) the way id-ID staff write it.
 * @example parseIdNumber("1.234,5") // { status: "number", value: 1234.5, decimals: 1 }
 * @example parseIdNumber("74,05")   // { status: "number", value: 74.05, decimals: 2 }
 * @example parseIdNumber("1.000")   // { status: "ambiguous", readings: [1, 1000] }
 */
export function parseIdNumber(raw: string): NumberReading {
  let s = raw.trim();
  if (s.length === 0 || s.length > 40) return INVALID;
  let sign = "";
  const c0 = s[0];
  if (c0 === "-" || c0 === "+" || c0 === "−") {
    sign = c0 === "+" ? "" : "-";
    s = s.slice(1).trim();
  }
  if (!digitsAndSeparators(s)) return INVALID;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot < 0 && lastComma < 0) return make(sign, s, "");
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimalSep = lastDot > lastComma ? "." : ",";
    const groupSep = decimalSep === "." ? "," : ".";
    const at = s.lastIndexOf(decimalSep);
    const int = s.slice(0, at);
    const frac = s.slice(at + 1);
    if (int.indexOf(decimalSep) >= 0 || !/^\d+$/.test(frac)) return INVALID;
    const parts = int.split(groupSep);
    return groupsValid(parts) ? make(sign, parts.join(""), frac) : INVALID;
  }
  const sep = lastDot >= 0 ? "." : ",";
  const parts = s.split(sep);
  if (parts.length > 2) return groupsValid(parts) ? make(sign, parts.join(""), "") : INVALID;
  const int = parts[0] ?? "";
  const frac = parts[1] ?? "";
  if (frac === "") return int === "" ? INVALID : make(sign, int, "");
  // A single comma is the id-ID decimal comma. A single dot followed by exactly three digits,
  // after 1-3 digits other than a lone 0, may be a thousands dot: ambiguous.
  if (sep === "." && frac.length === 3 && int.length >= 1 && int.length <= 3 && int !== "0") {
    const asDecimal = make(sign, int, frac);
    const asThousands = make(sign, int + frac, "");
    if (asDecimal.status === "number" && asThousands.status === "number") {
      return { status: "ambiguous", readings: [asDecimal.value, asThousands.value] };
    }
  }
  return make(sign, int, frac);
}

function format(n: number, maxDecimals: number, group: string, decimal: string): string {
  if (!Number.isFinite(n)) return String(n);
  const factor = 10 ** maxDecimals;
  const scaled = Math.abs(n) * factor;
  let r = Math.round(scaled);
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6)
    r = Math.round(Number(scaled.toPrecision(15)));
  const rounded = r / factor;
  const text = String(rounded);
  if (text.indexOf("e") >= 0) return `${n < 0 ? "-" : ""}${text}`;
  const dot = text.indexOf(".");
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? "" : text.slice(dot + 1);
  const grouped = int.length > 3 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return `${n < 0 && rounded !== 0 ? "-" : ""}${grouped}${frac ? decimal + frac : ""}`;
}

/**
 * A number written the id-ID way, for messages: 77.5 -> "77,5", 1234.5 -> "1.234,5".
 * @example formatIdNumber(112.5) // "112,5"
 */
export function formatIdNumber(n: number, maxDecimals = 2): string {
  return format(n, maxDecimals, ".", ",");
}

/** A number for English messages: 112.5 -> "112.5". */
export function formatEnNumber(n: number, maxDecimals = 2): string {
  return format(n, maxDecimals, ",", ".");
}

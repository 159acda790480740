/**
 * The criteria of COUNTIF, SUMIF, AVERAGEIF and their -IFS forms, and the wildcards of
 * MATCH, SEARCH and the criteria: "*" any run, "?" one character, "~" escapes the next.
 */
import { compare, foldCase, isError, textToNumber, type FormulaError, type Scalar } from "./values";

/** A text pattern with Excel's wildcards as a case-insensitive regular expression. */
export function wildcardRegExp(pattern: string, whole = true): RegExp {
  let src = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "~" && i + 1 < pattern.length && "*?~".includes(pattern[i + 1] as string)) {
      src += `\\${pattern[i + 1]}`;
      i++;
    } else if (ch === "*") src += "[\\s\\S]*";
    else if (ch === "?") src += "[\\s\\S]";
    else src += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(whole ? `^${src}$` : src, "iu");
}

export const hasWildcards = (s: string): boolean => /[*?~]/.test(s);

/** Does a cell's value meet the criterion? */
export type Criterion = (v: Scalar) => boolean;

const OPS = [">=", "<=", "<>", "=", ">", "<"] as const;

/**
 * A cell's value as a number for a numeric criterion: numbers, and for an equality ("1",
 * "=1", "<>1", 1) text that reads as one, as Excel counts "1" typed as text; the other
 * comparisons take numbers only.
 */
function asNumber(v: Scalar, equality: boolean): number | undefined {
  if (typeof v === "number") return v;
  if (equality && typeof v === "string") return textToNumber(v);
  return undefined;
}

/**
 * A criterion from its value: a number or logical matches equal values; text may start with
 * an operator; its rest is a number, TRUE/FALSE, an error or text (with wildcards for = and
 * <>). "" matches blank cells and empty text, "=" only blank cells, "<>" any filled cell.
 */
export function criterion(c: Scalar): Criterion | FormulaError {
  if (isError(c)) return c;
  if (c === null) c = 0;
  if (typeof c === "number") {
    const n = c;
    return (v) => {
      const x = asNumber(v, true);
      return x !== undefined && compare(x, n, true) === 0;
    };
  }
  if (typeof c === "boolean") return (v) => v === c;
  const op = OPS.find((o) => c.startsWith(o));
  const rest = op === undefined ? c : c.slice(op.length);
  const operator = op ?? "=";
  if (rest === "") {
    if (op === undefined) return (v) => v === null || v === "";
    if (operator === "=") return (v) => v === null;
    if (operator === "<>") return (v) => v !== null;
    return () => false;
  }
  const n = textToNumber(rest);
  const test = (r: number) =>
    operator === "="
      ? r === 0
      : operator === "<>"
        ? r !== 0
        : operator === "<"
          ? r < 0
          : operator === ">"
            ? r > 0
            : operator === "<="
              ? r <= 0
              : r >= 0;
  if (n !== undefined) {
    const equality = operator === "=" || operator === "<>";
    return (v) => {
      const x = asNumber(v, equality);
      if (x === undefined) return operator === "<>";
      const r = compare(x, n);
      return typeof r === "number" && test(r);
    };
  }
  const upper = rest.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") {
    const b = upper === "TRUE";
    return (v) => (typeof v === "boolean" ? test(v === b ? 0 : v ? 1 : -1) : operator === "<>");
  }
  if (rest.startsWith("#"))
    return (v) => (isError(v) ? test(v.code === upper ? 0 : 1) : operator === "<>");
  if (operator === "=" || operator === "<>") {
    const re = hasWildcards(rest) ? wildcardRegExp(rest) : undefined;
    const folded = foldCase(rest);
    const equal = (v: Scalar) =>
      typeof v === "string" && (re !== undefined ? re.test(v) : foldCase(v) === folded);
    return operator === "=" ? equal : (v) => !equal(v);
  }
  return (v) => {
    if (typeof v !== "string") return false;
    const r = compare(v, rest);
    return typeof r === "number" && test(r);
  };
}

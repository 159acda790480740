/**
 * Moving a formula as Excel does when it is filled: relative references shift by the rows and
 * columns moved, absolute ones ($A$1) stay; strings and quoted sheet names are left alone.
 * Used to store a formula repeated down a column as one shared formula, and to give each cell
 * of a shared formula its own text before one of them is overwritten. One pass, no regular
 * expression: formulas of a national workbook are long and many.
 */
import { columnIndex, columnLetter } from "../../core/workbook/a1";

const isLetter = (ch: number) => (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
const isDigit = (ch: number) => ch >= 48 && ch <= 57;
/** A character that joins a name: a reference cannot start or end next to it. */
const isNamePart = (ch: number) => isLetter(ch) || isDigit(ch) || ch === 95 || ch === 46;

/** Letters (1-3) at `i`, after an optional "$"; returns [abs, letters, end] or undefined. */
function letters(f: string, i: number): [boolean, string, number] | undefined {
  let j = i;
  const abs = f.charCodeAt(j) === 36;
  if (abs) j++;
  const start = j;
  while (j < f.length && isLetter(f.charCodeAt(j)) && j - start < 4) j++;
  const n = j - start;
  return n >= 1 && n <= 3 ? [abs, f.slice(start, j), j] : undefined;
}

/** Digits at `i`, after an optional "$"; returns [abs, digits, end] or undefined. */
function digits(f: string, i: number): [boolean, string, number] | undefined {
  let j = i;
  const abs = f.charCodeAt(j) === 36;
  if (abs) j++;
  const start = j;
  while (j < f.length && isDigit(f.charCodeAt(j))) j++;
  return j > start ? [abs, f.slice(start, j), j] : undefined;
}

/** The formula as it reads `dr` rows down and `dc` columns right. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const f = formula;
  const col = (abs: boolean, l: string) => (abs ? `$${l}` : columnLetter(columnIndex(l) + dc));
  const row = (abs: boolean, d: string) => (abs ? `$${d}` : String(Number(d) + dr));
  const out: string[] = [];
  let from = 0;
  let i = 0;
  const ends = (j: number) =>
    j >= f.length || !(isNamePart(f.charCodeAt(j)) || f.charCodeAt(j) === 40);
  while (i < f.length) {
    const ch = f.charCodeAt(i);
    if (ch === 34 || ch === 39) {
      // "string" or 'sheet name' (a doubled quote stays inside)
      let j = i + 1;
      while (j < f.length) {
        if (f.charCodeAt(j) === ch) {
          if (f.charCodeAt(j + 1) === ch) j += 2;
          else break;
        } else j++;
      }
      i = j + 1;
      continue;
    }
    const prev = i === 0 ? 0 : f.charCodeAt(i - 1);
    const startsToken = i === 0 || !(isNamePart(prev) || (prev === 36 && ch !== 36));
    if (startsToken && (ch === 36 || isLetter(ch) || isDigit(ch))) {
      // A1, $A$1, A:A, 1:1
      const l = letters(f, i);
      if (l !== undefined) {
        const d = digits(f, l[2]);
        if (d !== undefined && ends(d[2])) {
          out.push(f.slice(from, i), col(l[0], l[1]), row(d[0], d[1]));
          i = from = d[2];
          continue;
        }
        if (f.charCodeAt(l[2]) === 58) {
          const l2 = letters(f, l[2] + 1);
          if (l2 !== undefined && ends(l2[2])) {
            out.push(f.slice(from, i), col(l[0], l[1]), ":", col(l2[0], l2[1]));
            i = from = l2[2];
            continue;
          }
        }
      } else {
        const d = digits(f, i);
        if (d !== undefined && f.charCodeAt(d[2]) === 58 && prev !== 36) {
          const d2 = digits(f, d[2] + 1);
          if (d2 !== undefined && ends(d2[2])) {
            out.push(f.slice(from, i), row(d[0], d[1]), ":", row(d2[0], d2[1]));
            i = from = d2[2];
            continue;
          }
        }
      }
      // Not a reference: skip the whole name or number.
      let j = i + 1;
      while (j < f.length && (isNamePart(f.charCodeAt(j)) || f.charCodeAt(j) === 36)) j++;
      i = j;
      continue;
    }
    i++;
  }
  out.push(f.slice(from));
  return out.join("");
}

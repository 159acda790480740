/**
 * A1 formulas against their cell: the R1C1 form Excel compares when it decides whether the
 * rows of a table column share one formula, and the shift Excel applies when it fills a
 * formula into other rows. String literals and quoted sheet names are left alone; a name
 * followed by "(" is a function and one followed by "!" a sheet, not a reference.
 */

const REF = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/g;

const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rewrite every reference outside literals with `f`. */
function mapRefs(
  formula: string,
  f: (absC: boolean, col: number, absR: boolean, row: number) => string
): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_m, absC: string, c: string, absR: string, r: string) =>
            f(absC === "$", columnIndex(c), absR === "$", Number(r) - 1)
          )
    )
    .join("");
}

/** The formula in R1C1 form as seen from the cell at 0-based (`row`, `col`). */
export function toR1C1(formula: string, row: number, col: number): string {
  return mapRefs(formula, (absC, c, absR, r) => {
    const rPart = absR ? `R${r + 1}` : r === row ? "R" : `R[${r - row}]`;
    const cPart = absC ? `C${c + 1}` : c === col ? "C" : `C[${c - col}]`;
    return rPart + cPart;
  });
}

/** The formula moved by (`rows`, `cols`), as a fill or copy moves it: relative parts shift. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return mapRefs(formula, (absC, c, absR, r) => {
    const cc = absC ? c : c + cols;
    const rr = absR ? r : r + rows;
    if (cc < 0 || rr < 0) return "#REF!";
    return `${absC ? "$" : ""}${columnLetters(cc)}${absR ? "$" : ""}${rr + 1}`;
  });
}

/**
 * Moving a formula as Excel does when it is filled: relative references shift by the rows and
 * columns moved, absolute ones ($A$1) stay. Used to turn a shared formula (one text for a
 * block of cells) into each cell's own formula before one of the block is overwritten.
 */
import { columnIndex, columnLetter } from "../../core/workbook/a1";

/** Strings, quoted sheet names, and what might be a reference (cells, rows, columns). */
const TOKEN =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])|(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])|(?<![A-Za-z0-9_.$])(\$?)(\d+):(\$?)(\d+)(?![A-Za-z0-9_(])/g;

const col = (abs: string, letters: string, dc: number) =>
  abs === "$" ? `$${letters}` : columnLetter(columnIndex(letters) + dc);
const row = (abs: string, digits: string, dr: number) =>
  abs === "$" ? `$${digits}` : String(Number(digits) + dr);

/** The formula as it reads `dr` rows down and `dc` columns right. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return formula.replace(TOKEN, (m: string, ...g: (string | undefined)[]) => {
    if (m.startsWith('"') || m.startsWith("'")) return m;
    if (g[1] !== undefined)
      return `${col(g[0] ?? "", g[1], dc)}${row(g[2] ?? "", g[3] as string, dr)}`;
    if (g[5] !== undefined)
      return `${col(g[4] ?? "", g[5], dc)}:${col(g[6] ?? "", g[7] as string, dc)}`;
    if (g[9] !== undefined)
      return `${row(g[8] ?? "", g[9], dr)}:${row(g[10] ?? "", g[11] as string, dr)}`;
    return m;
  });
}

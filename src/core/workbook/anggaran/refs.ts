import { columnLetter } from "../a1";

/** "$B$5:$B$14": an absolute range of `rows` cells down one column. */
export function absoluteRange(row: number, col: number, rows: number): string {
  const c = columnLetter(col);
  return `$${c}$${row + 1}:$${c}$${row + rows}`;
}

/**
 * The rencana aksi: Target TW I..IV break the annual target into quarters, and the capaian at
 * the reporting quarter compares the realisasi to date (Realisasi Tahun) with the target up to
 * that quarter. The sheet's "Target s.d. TW Pelaporan" and "Capaian s.d. TW Pelaporan"
 * formulas (src/core/workbook/formulas.ts, `targetTwFormula`, `capaianTwFormula`) are this
 * rule in Excel's words; the LibreOffice differential test holds them equal.
 */
import type { Aggregation } from "./aggregate";
import type { CellInput } from "./cell";
import { sheetReading } from "./sheet-reading";
import type { Quarter } from "./finding";

/**
 * The target up to `reportingQuarter` as the sheet's numbers (raw cell values): the sum of the
 * due quarter targets under `sum`, else the reporting quarter's own; "cek isian" when a cell
 * that counts is filled but unreadable; null when none is a number.
 * @example quarterTarget([{ value: 1 }, { value: 1 }], "sum", 2) // 2
 * @example quarterTarget([{ value: 0.25 }, { value: 0.5 }], "last", 2) // 0.5
 */
export function quarterTarget(
  cells: readonly (CellInput | undefined)[],
  aggregation: Aggregation,
  reportingQuarter: Quarter
): number | "cek isian" | null {
  const read = (i: number) => sheetReading(cells[i], "percent");
  const number = (i: number) => cells[i]?.value as number;
  if (aggregation !== "sum") {
    const i = reportingQuarter - 1;
    const r = read(i);
    return r === "unreadable" ? "cek isian" : r === "value" ? number(i) : null;
  }
  let sum = 0;
  let any = false;
  for (let i = 0; i < reportingQuarter; i++) {
    const r = read(i);
    if (r === "unreadable") return "cek isian";
    if (r === "value") {
      sum += number(i);
      any = true;
    }
  }
  return any ? sum : null;
}

/**
 * Rapikan isian: every entry the sheet's formulas cannot read, written in the form they read
 * ("74,05" -> 74,05, "87,5 %" -> 0,875 as a percent, "Wajar Tanpa Pengecualian" -> WTP). Only
 * the tidy fixes (`TIDY_CODES`), one per cell; choices such as the decree's target for an empty
 * cell or Kumulatif for a series stay one by one.
 */
import { bilingual } from "../i18n";
import { TIDY_CODES } from "../rules/finding";
import type { Plan, PlanOp } from "./plan";
import { parseRange } from "./a1";
import { findSheet, type WorkbookSnapshot } from "./snapshot";
import type { LocatedFinding } from "./validate-plan";

function holdsFormula(book: WorkbookSnapshot, sheet: string, cell: string): boolean {
  const s = findSheet(book, sheet);
  const { row, col } = parseRange(cell);
  const f = s?.formulas[row - (s?.top ?? 0)]?.[col - (s?.left ?? 0)];
  return typeof f === "string" && f.startsWith("=");
}

/** The findings Rapikan isian fixes: tidy fixes, the first per cell. */
export function tidyFindings(findings: readonly LocatedFinding[]): LocatedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.sheet}!${f.cell}`;
    if (f.fix === undefined || !TIDY_CODES.has(f.code) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The writes of Rapikan isian, for a host that applies them at once (a file). A cell holding
 * a formula (a link to another sheet whose result is text) is left: its source is to be fixed.
 */
export function planTidy(
  book: WorkbookSnapshot,
  findings: readonly LocatedFinding[]
): { plan: Plan; tidied: LocatedFinding[] } {
  const tidied = tidyFindings(findings).filter((f) => !holdsFormula(book, f.sheet, f.cell));
  const ops: PlanOp[] = tidied.map((f) => {
    const fix = f.fix as NonNullable<LocatedFinding["fix"]>;
    return {
      op: "write",
      sheet: f.sheet,
      address: f.cell,
      values: [[fix.value]],
      ...(fix.numberFormat !== undefined && { numberFormats: [[fix.numberFormat]] }),
    };
  });
  return { plan: { ops, summary: [bilingual("done.tidy", { count: tidied.length })] }, tidied };
}

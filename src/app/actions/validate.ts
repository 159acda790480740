/** Validasi: the rules over the RKT sheets, each finding at its cell; highlighting on request. */
import type { Decree } from "../../core/decree/schema";
import { EXPECTED_QUARTERS } from "../../core/rules/words";
import { readRktEntries } from "../../core/workbook/entries";
import { validateWorkbook, type LocatedFinding } from "../../core/workbook/validate-plan";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { UseCase } from "../run";

export interface ValidateParams {
  /** Colour the cells with findings (the plan is empty otherwise). */
  highlight: boolean;
}

export const VALIDATE: UseCase<
  ValidateParams,
  {
    findings: LocatedFinding[];
    indicators: number;
    entered: boolean;
    /** Indicators whose first due quarter is TW I..IV (their period's first, by index). */
    dueFrom: number[];
  }
> = {
  needs: { tables: "rules" },
  needsTemplate: true,
  prepare: (book, { settings, compareWith }, _input, { highlight }) => {
    const r = validateWorkbook(book, compareWith, settings, highlight);
    return {
      plan: r.plan,
      result: {
        findings: r.findings,
        indicators: r.indicators,
        entered: r.entered,
        dueFrom: dueFrom(book, compareWith),
      },
    };
  },
};

/**
 * How many indicators first expect a realisasi in each quarter (a semesteran one in TW II, a
 * tahunan one in TW IV): before that quarter is reported, such an indicator has nothing due.
 */
function dueFrom(book: WorkbookSnapshot, decree: Decree | undefined): number[] {
  const counts = [0, 0, 0, 0];
  for (const e of readRktEntries(book, decree)) {
    const first = EXPECTED_QUARTERS[e.entry.indicator.period ?? "quarterly"][0] ?? 1;
    counts[first - 1] = (counts[first - 1] ?? 0) + 1;
  }
  return counts;
}

/** Validasi: the rules over the RKT sheets, each finding at its cell; highlighting on request. */
import { validateWorkbook, type LocatedFinding } from "../../core/workbook/validate-plan";
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
        dueFrom: r.dueFrom,
      },
    };
  },
};

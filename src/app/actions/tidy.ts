/**
 * Rapikan isian on a workbook that no one edits meanwhile (a file): validate, then write every
 * tidy fix in one plan. Inside Excel the pane applies the same fixes cell by cell with a check
 * that each cell still holds what was validated (src/excel/actions.ts applyFixes).
 */
import { planTidy } from "../../core/workbook/tidy-plan";
import { validateWorkbook, type LocatedFinding } from "../../core/workbook/validate-plan";
import type { UseCase } from "../run";

export const TIDY: UseCase<void, { tidied: LocatedFinding[] }> = {
  needs: { tables: "rules" },
  needsTemplate: true,
  prepare: (book, { settings, compareWith }) => {
    const { findings } = validateWorkbook(book, compareWith, settings);
    const { plan, tidied } = planTidy(book, findings);
    return { plan, result: { tidied } };
  },
};

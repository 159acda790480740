/** Buat Template: the decree's RKT/IKU sheets and the Info sheet; the add-in's own sheets found are kept. */
import { planTemplate } from "../../core/workbook/template";
import type { UseCase } from "../run";

export const TEMPLATE: UseCase<void, void> = {
  // The add-in's tables' headers: a template made by an earlier layout gets the new columns.
  needs: { tables: "template" },
  needsTemplate: false,
  prepare: (book, _resolved, input) => ({
    plan: planTemplate(input.decree, book),
    result: undefined,
  }),
};

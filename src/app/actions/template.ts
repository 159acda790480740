/** Buat Template: the decree's RKT/IKU sheets and the Info sheet; the add-in's own sheets found are kept. */
import { planTemplate } from "../../core/workbook/template";
import type { UseCase } from "../run";

export const TEMPLATE: UseCase<void, void> = {
  needs: { tables: "none" },
  needsTemplate: false,
  prepare: (book, _resolved, input) => ({
    plan: planTemplate(input.decree, book),
    result: undefined,
  }),
};

/** Buat Template: the decree's RKT/IKU sheets and the Info sheet; the add-in's own sheets found are kept. */
import { planTemplate } from "../../core/workbook/template";
import { upgradeReach } from "../../core/workbook/upgrade";
import type { UseCase } from "../run";

export const TEMPLATE: UseCase<void, void> = {
  // The add-in's tables, and beside a table of an earlier layout the cells its new columns
  // (or the Info sheet's stamp row) would take: the upgrade is made in place.
  needs: { tables: "template", beside: upgradeReach },
  needsTemplate: false,
  prepare: (book, _resolved, input) => ({
    plan: planTemplate(input.decree, book),
    result: undefined,
  }),
};

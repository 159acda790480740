/**
 * Hitung Capaian: the Realisasi Tahun / Capaian / Kategori formulas, their colours and the
 * Ringkasan sheet, with the core's numbers for the same rows. Its formulas read the Info
 * sheet's settings, so an overridden setting is written there with the plan.
 */
import { planCapaian, type CapaianPlan } from "../../core/workbook/capaian-plan";
import type { UseCase } from "../run";

export const CAPAIAN: UseCase<void, Omit<CapaianPlan, "plan">> = {
  needs: { tables: "rules" },
  needsTemplate: true,
  writesSettings: true,
  prepare: (book, { settings, compareWith }) => {
    const { plan, ...result } = planCapaian(book, compareWith, settings);
    return { plan, result };
  },
};

/**
 * The use cases' port on an .xlsx file (exceljs): the whole workbook is read once into a
 * snapshot (kept until the next write) and plans are applied to the workbook in memory; the
 * caller saves the file (atomically) when it wants it written.
 */
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../app/port";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { applyPlan } from "./apply";
import { readWorkbook } from "./read";

export function filePort(wb: ExcelJS.Workbook): WorkbookPort {
  let snapshot: WorkbookSnapshot | undefined;
  return {
    read: async () => (snapshot ??= readWorkbook(wb)),
    apply: async (plan) => {
      snapshot = undefined;
      return applyPlan(wb, plan);
    },
  };
}

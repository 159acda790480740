/**
 * The review sheets as an .xlsx file (values only, see xlsx-plan.ts), written by exceljs
 * through the same adapter that applies every plan. exceljs is loaded when the export runs.
 */
import { applyPlan } from "../xlsx/apply";
import type { ExportInput } from "./input";
import { exportWorkbookPlan } from "./xlsx-plan";

/**
 * @example const bytes = await exportXlsx(buildExportInput(book, BLITAR_2021, 2));
 */
export async function exportXlsx(input: ExportInput): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kinerja";
  wb.title = `Capaian Kinerja ${input.meta.office} ${input.meta.year} ${input.meta.reportingQuarterWord}`;
  applyPlan(wb, exportWorkbookPlan(input));
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

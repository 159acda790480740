/**
 * The use cases' port on .xlsx files. `packagePort` is the command line's: the snapshot is
 * read through exceljs, and plans are applied to the original package part by part
 * (`package/writer.ts`), so everything of the user's comes out as it went in. `filePort`
 * applies plans to an exceljs workbook in memory — for workbooks made from nothing (the
 * .xlsx export) and for tests that build workbooks with exceljs.
 */
import type ExcelJS from "exceljs";
import type { WorkbookPort } from "../app/port";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { applyPlan } from "./apply";
import type { XlsxFile } from "./file";
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

/** exceljs cannot read charts: their names come from the package's drawings. */
function withCharts(book: WorkbookSnapshot, file: XlsxFile): WorkbookSnapshot {
  const charts = file.charts();
  if (charts.size === 0) return book;
  return {
    ...book,
    sheets: book.sheets.map((s) => ({ ...s, charts: charts.get(s.name) ?? s.charts })),
  };
}

export function packagePort(file: XlsxFile): WorkbookPort {
  let snapshot: WorkbookSnapshot | undefined;
  return {
    read: async () => (snapshot ??= withCharts(readWorkbook(await file.workbook()), file)),
    apply: async (plan) => {
      snapshot = undefined;
      return file.apply(plan);
    },
  };
}

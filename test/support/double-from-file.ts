/**
 * An .xlsx workbook put into the strict Excel double, as Excel would open it: every sheet's
 * values, formulas and number formats at their cells, every table over its range under its
 * name and style (and with its totals row). For tests of actions inside Excel on workbooks
 * made before (the fixtures of earlier layouts).
 */
import type ExcelJS from "exceljs";
import { parseRange } from "../../src/core/workbook/a1";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { readWorkbook } from "../../src/xlsx/read";

type Cell = string | number | boolean | null;

export async function hostFromWorkbook(
  wb: ExcelJS.Workbook,
  apiVersion = "1.20"
): Promise<ExcelHost> {
  const book = readWorkbook(wb);
  const host = createExcelHost({ apiVersion, sheets: [book.sheets[0]?.name ?? "Sheet1"] });
  for (const sheet of book.sheets) {
    const rows: Cell[][] = [];
    const formats: (string | null)[][] = [];
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = sheet.formulas[r]?.[c];
        const cell: Cell =
          typeof f === "string" && f.startsWith("=")
            ? f
            : typeof v === "object" && v !== null
              ? v.error
              : v;
        (rows[r + sheet.top] ??= [])[c + sheet.left] = cell;
        const nf = sheet.numberFormats[r]?.[c];
        if (nf !== undefined && nf !== "General")
          (formats[r + sheet.top] ??= [])[c + sheet.left] = nf;
      })
    );
    const dense = <T>(grid: T[][], empty: T) =>
      Array.from({ length: grid.length }, (_, r) =>
        Array.from({ length: grid[r]?.length ?? 0 }, (_, c) => grid[r]?.[c] ?? empty)
      );
    host.setSheet(sheet.name, dense(rows, null), { numberFormats: dense(formats, null) });
  }
  await host.run(async (ctx) => {
    for (const ws of wb.worksheets) {
      const tables = (ws as unknown as { tables: Record<string, { table: TableModel }> }).tables;
      for (const { table: m } of Object.values(tables ?? {})) {
        const address = m.tableRef ?? m.ref;
        const box = parseRange(address);
        const t = ctx.workbook.worksheets
          .getItem(ws.name)
          .tables.add(m.totalsRow === true && box.rows > 2 ? shrink(address) : address, true);
        t.name = m.name;
        t.style = m.style?.theme ?? "TableStyleMedium2";
        if (m.totalsRow === true) t.showTotals = true;
      }
    }
    await ctx.sync();
  });
  return host;
}

interface TableModel {
  name: string;
  ref: string;
  tableRef?: string;
  totalsRow?: boolean;
  style?: { theme?: string };
}

/** The range without its last row (a totals row the table shows again). */
function shrink(address: string): string {
  const [a = "", b = ""] = address.split(":");
  const row = Number(/\d+$/.exec(b)?.[0] ?? 0);
  return `${a}:${b.replace(/\d+$/, String(row - 1))}`;
}

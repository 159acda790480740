/**
 * An exceljs workbook as the plain snapshot every action reads. Mirrors what the Office.js
 * adapter loads: values (cached results for formulas), formulas, number formats, merges,
 * tables. exceljs cannot read charts: `charts` stays empty.
 */
import type ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../core/workbook/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";

type Formulaic = { formula?: string; sharedFormula?: string; result?: unknown };

/** The value Excel would show for a cell's raw exceljs value. */
function plain(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { error: v.error };
    if ("formula" in v || "sharedFormula" in v) return plain((v as Formulaic).result ?? null);
    if (Array.isArray(v.richText))
      return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if (typeof v.text === "string") return v.text;
  }
  return null;
}

/** Days since 1899-12-30, as Excel stores dates. */
function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25569;
}

function formulaOf(cell: ExcelJS.Cell): string | number | boolean | null {
  const v = cell.value as unknown;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const f = cell.formula;
    if (typeof f === "string" && f.length > 0) return `=${f}`;
  }
  const p = plain(v);
  return typeof p === "object" && p !== null ? p.error : p;
}

/**
 * The sheet's cells, sparse: only rows and cells exceljs holds a value or formula for are set,
 * so the cost follows what is on the sheet, not the corners of its used range (one stray value
 * at XFD1048576 adds one cell, not a grid of 17 billion). Rows and cells left out are holes in
 * the arrays, which read as empty (`cellAt`, `formatAt` and `formulaAt` give null / "General").
 */
function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | number | boolean | null)[][] = [];
  const numberFormats: string[][] = [];
  ws.eachRow((row, r) => {
    const vr: CellValue[] = [];
    const fr: (string | number | boolean | null)[] = [];
    const nr: string[] = [];
    row.eachCell((cell, c) => {
      // exceljs drops a falsy formula result (0, "", false) from `value`; `cell.result` keeps it.
      vr[c - 1] =
        cell.type === 6 /* ValueType.Formula */ ? plain(cell.result ?? null) : plain(cell.value);
      fr[c - 1] = formulaOf(cell);
      nr[c - 1] = cell.numFmt || "General";
    });
    values[r - 1] = vr;
    formulas[r - 1] = fr;
    numberFormats[r - 1] = nr;
  });
  const model = ws.model as unknown as { merges?: string[] };
  const tables = Object.values(
    (ws as unknown as { tables: Record<string, ExcelJS.Table> }).tables ?? {}
  ).map((t) => {
    const m = (
      t as unknown as {
        table: { name: string; tableRef?: string; ref: string; totalsRow?: boolean };
      }
    ).table;
    return {
      name: m.name,
      address: m.tableRef ?? tableRef(m),
      ...(m.totalsRow === true && { totals: true }),
    };
  });
  return {
    name: ws.name,
    top: 0,
    left: 0,
    values,
    formulas,
    numberFormats,
    merges: model.merges ?? [],
    tables,
    charts: [],
    // A sheet protected in Excel refuses writes there; the file writer refuses them too.
    protected:
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true,
  };
}

/** A table's full range when exceljs only kept its top-left ref. */
function tableRef(m: { ref: string; columns?: unknown[]; rows?: unknown[] }): string {
  const { row, col } = parseRange(m.ref);
  return rangeAddress(row, col, (m.rows?.length ?? 0) + 1, m.columns?.length ?? 1);
}

export function readWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets = wb.worksheets.map(sheetSnapshot);
  const active = wb.views?.[0]?.activeTab ?? 0;
  // A file is read whole: what lies beside a table is known (the template's upgrade needs it).
  return { sheets, activeSheet: sheets[active]?.name ?? sheets[0]?.name ?? "", complete: true };
}

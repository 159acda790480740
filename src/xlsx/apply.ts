/**
 * Apply a plan to an exceljs workbook: the .xlsx adapter of the write step. exceljs cannot
 * write charts; chart ops are left out and reported, as a missing requirement set is inside
 * Excel.
 */
import type ExcelJS from "exceljs";
import { parseRange, rangeAddress, type ParsedRange } from "../core/workbook/a1";
import {
  writeGrids,
  type CellFormat,
  type Plan,
  type PlanOp,
  type Scalar,
  type WriteOp,
} from "../core/workbook/plan";
import type { ApplyReport } from "../app/port";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** A kategori colour rule as the add-in writes it: `$E5="Sangat Baik"`. */
const OWN_RULE_FORMULA = /^\$[A-Z]{1,3}\d+="(?:[^"]|"")*"$/;

function isOwnRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  const formulae = (rule as { formulae?: unknown[] }).formulae ?? [];
  return (
    rule.type === "expression" &&
    formulae.length === 1 &&
    OWN_RULE_FORMULA.test(String(formulae[0]))
  );
}

const within = (outer: ParsedRange, b: ParsedRange): boolean =>
  b.row >= outer.row &&
  b.col >= outer.col &&
  b.row + b.rows <= outer.row + outer.rows &&
  b.col + b.cols <= outer.col + outer.cols;

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`Plan refers to a missing sheet: ${name}`);
  return ws;
}

function eachCell(
  ws: ExcelJS.Worksheet,
  address: string,
  fn: (cell: ExcelJS.Cell, r: number, c: number) => void
): void {
  const box = parseRange(address);
  for (let r = 0; r < box.rows; r++) {
    for (let c = 0; c < box.cols; c++) fn(ws.getCell(box.row + r + 1, box.col + c + 1), r, c);
  }
}

function cellValue(v: Scalar, formula: boolean): ExcelJS.CellValue {
  if (typeof v === "string" && formula && v.startsWith("="))
    return { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
  if (v === "") return null;
  return v;
}

function write(ws: ExcelJS.Worksheet, op: WriteOp): void {
  const { values, formulas } = writeGrids(op);
  for (const [grid, formula] of [
    [values, false],
    [formulas, true],
  ] as const) {
    if (grid === undefined) continue;
    eachCell(ws, op.address, (cell, r, c) => {
      const v = grid[r]?.[c];
      if (v !== null && v !== undefined) cell.value = cellValue(v, formula);
    });
  }
  if (op.numberFormats !== undefined) {
    eachCell(ws, op.address, (cell, r, c) => {
      const f = op.numberFormats?.[r]?.[c];
      if (f !== null && f !== undefined) cell.numFmt = f;
    });
  }
}

function format(ws: ExcelJS.Worksheet, address: string, f: CellFormat): void {
  eachCell(ws, address, (cell, r) => {
    if (
      f.bold !== undefined ||
      f.italic !== undefined ||
      f.fontColor !== undefined ||
      f.fontSize !== undefined
    ) {
      cell.font = {
        ...cell.font,
        ...(f.bold !== undefined && { bold: f.bold }),
        ...(f.italic !== undefined && { italic: f.italic }),
        ...(f.fontSize !== undefined && { size: f.fontSize }),
        ...(f.fontColor !== undefined && { color: { argb: argb(f.fontColor) } }),
      };
    }
    if (f.clearFill === true) cell.fill = { type: "pattern", pattern: "none" };
    if (f.fill !== undefined)
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
    if (f.wrap !== undefined || f.horizontal !== undefined || f.vertical !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(f.wrap !== undefined && { wrapText: f.wrap }),
        ...(f.horizontal !== undefined && { horizontal: f.horizontal }),
        ...(f.vertical !== undefined && {
          vertical: f.vertical === "center" ? "middle" : f.vertical,
        }),
      };
    }
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    if (f.border === true) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    if (f.topRule === true && r === 0)
      cell.border = { ...cell.border, top: { style: "medium", color: { argb: "FF1F4E79" } } };
  });
}

function table(ws: ExcelJS.Worksheet, op: Extract<PlanOp, { op: "table" }>): void {
  const box = parseRange(op.address);
  const at = (r: number, c: number) => ws.getCell(box.row + r + 1, box.col + c + 1).value;
  const headers = Array.from({ length: box.cols }, (_, c) => String(at(0, c) ?? `Kolom ${c + 1}`));
  const rows = Array.from({ length: box.rows - 1 }, (_, r) => headers.map((_h, c) => at(r + 1, c)));
  ws.addTable({
    name: op.name,
    ref: op.address.split(":")[0] as string,
    headerRow: true,
    style: { theme: op.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** The model exceljs keeps of a table read from a file (or made by `addTable`). */
interface TableModel {
  tableRef?: string;
  autoFilterRef?: string;
  ref: string;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean; totalsRowFunction?: string }[];
}

function tableModel(ws: ExcelJS.Worksheet, name: string): TableModel {
  const t = (ws as unknown as { tables: Record<string, { table: TableModel }> }).tables?.[name];
  if (t === undefined) throw new Error(`Plan refers to a missing table: ${ws.name}!${name}`);
  return t.table;
}

/** A range grown by `rows` and `cols` from the same top-left cell. */
function grown(address: string, rows: number, cols: number): string {
  const box = parseRange(address);
  return rangeAddress(box.row, box.col, box.rows + rows, box.cols + cols);
}

/** The table grown in place: its model keeps its style, totals row and filter. */
function addTableColumns(
  ws: ExcelJS.Worksheet,
  op: Extract<PlanOp, { op: "addTableColumns" }>
): void {
  const m = tableModel(ws, op.name);
  const ref = m.tableRef ?? m.ref;
  const box = parseRange(ref);
  op.headers.forEach((name, i) => {
    ws.getCell(box.row + 1, box.col + box.cols + i + 1).value = name;
    m.columns.push({ name, filterButton: true, totalsRowFunction: "none" });
  });
  m.tableRef = grown(ref, 0, op.headers.length);
  if (m.autoFilterRef !== undefined) m.autoFilterRef = grown(m.autoFilterRef, 0, op.headers.length);
}

function addTableRows(ws: ExcelJS.Worksheet, op: Extract<PlanOp, { op: "addTableRows" }>): void {
  const m = tableModel(ws, op.name);
  if (m.totalsRow === true) throw new Error(`Rows cannot be added above ${op.name}'s totals row`);
  const ref = m.tableRef ?? m.ref;
  const box = parseRange(ref);
  op.values.forEach((row, r) =>
    row.forEach((v, c) => {
      ws.getCell(box.row + box.rows + r + 1, box.col + c + 1).value = cellValue(v, true);
    })
  );
  m.tableRef = grown(ref, op.values.length, 0);
  if (m.autoFilterRef !== undefined) m.autoFilterRef = grown(m.autoFilterRef, op.values.length, 0);
}

function validation(ws: ExcelJS.Worksheet, op: Extract<PlanOp, { op: "validation" }>): void {
  const rule = op.rule;
  const common = {
    allowBlank: true,
    showErrorMessage: op.error !== undefined,
    ...(op.error !== undefined && { error: op.error, errorTitle: "Kinerja" }),
    ...(op.prompt !== undefined && { showInputMessage: true, prompt: op.prompt }),
  };
  const dv: ExcelJS.DataValidation =
    rule.type === "list"
      ? { type: "list", formulae: [`"${rule.items.join(",")}"`], ...common }
      : {
          type: rule.type === "decimal" ? "decimal" : "whole",
          operator: "between",
          formulae: [rule.min, rule.max],
          ...common,
        };
  eachCell(ws, op.address, (cell) => {
    cell.dataValidation = dv;
  });
}

function pageSetup(ws: ExcelJS.Worksheet, op: Extract<PlanOp, { op: "pageSetup" }>): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: op.orientation,
    paperSize: 9, // A4
    fitToPage: op.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(op.printTitleRows !== undefined && {
      printTitlesRow: op.printTitleRows.replace(/\$/g, ""),
    }),
    ...(op.printArea !== undefined && { printArea: op.printArea }),
    ...(op.margins !== undefined && {
      margins: { ...op.margins, header: 0.3, footer: 0.3 },
    }),
    ...(op.centerHorizontally !== undefined && { horizontalCentered: op.centerHorizontally }),
  };
  if (op.header !== undefined) ws.headerFooter.oddHeader = op.header;
  if (op.footer !== undefined) ws.headerFooter.oddFooter = op.footer;
}

function applyOp(wb: ExcelJS.Workbook, op: PlanOp): boolean {
  if (op.op === "addSheet") {
    wb.addWorksheet(
      op.sheet,
      op.tabColor ? { properties: { tabColor: { argb: argb(op.tabColor) } } } : undefined
    );
    return true;
  }
  const ws = sheetOf(wb, op.sheet);
  switch (op.op) {
    case "clear":
      eachCell(ws, op.address, (cell) => {
        cell.value = null;
        cell.style = {};
      });
      return true;
    case "write":
      write(ws, op);
      return true;
    case "format":
      format(ws, op.address, op.format);
      return true;
    case "columnWidths":
      for (const w of op.widths) ws.getColumn(w.column).width = w.chars;
      return true;
    case "rowHeight": {
      const box = parseRange(op.address);
      for (let r = box.row; r < box.row + box.rows; r++) ws.getRow(r + 1).height = op.points;
      return true;
    }
    case "merge":
      ws.mergeCells(op.address);
      return true;
    case "table":
      table(ws, op);
      return true;
    case "deleteTable":
      ws.removeTable(op.name);
      return true;
    case "addTableColumns":
      addTableColumns(ws, op);
      return true;
    case "addTableRows":
      addTableRows(ws, op);
      return true;
    case "validation":
      validation(ws, op);
      return true;
    case "conditionalFormat":
      ws.addConditionalFormatting({
        ref: op.address,
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [op.formula.replace(/^=/, "")],
            style: {
              ...(op.format.fill !== undefined && {
                fill: {
                  type: "pattern",
                  pattern: "solid",
                  bgColor: { argb: argb(op.format.fill) },
                },
              }),
              ...(op.format.fontColor !== undefined && {
                font: { color: { argb: argb(op.format.fontColor) } },
              }),
            },
          },
        ],
      });
      return true;
    case "clearConditionalFormats": {
      // Keep every format but the add-in's own kategori rules within the range.
      const box = parseRange(op.address);
      const cfs = (
        ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
      ).conditionalFormattings;
      const kept: ExcelJS.ConditionalFormattingOptions[] = [];
      for (const cf of cfs) {
        const inside = cf.ref.split(/\s+/).every((r) => within(box, parseRange(r)));
        const rules = inside ? cf.rules.filter((r) => !isOwnRule(r)) : cf.rules;
        if (rules.length > 0) kept.push({ ...cf, rules });
      }
      cfs.splice(0, cfs.length, ...kept);
      return true;
    }
    case "freeze":
      ws.views = [{ state: "frozen", ySplit: op.rows, xSplit: 0 }];
      return true;
    case "pageSetup":
      pageSetup(ws, op);
      return true;
    case "activate":
      wb.views = [
        { ...(wb.views?.[0] ?? {}), activeTab: wb.worksheets.indexOf(ws) } as ExcelJS.WorkbookView,
      ];
      return true;
    case "chart":
    case "deleteChart":
      return false;
  }
}

/** Apply every op in order; report what exceljs cannot do (charts). */
export function applyPlan(wb: ExcelJS.Workbook, plan: Plan): ApplyReport {
  let applied = 0;
  const leftOut = new Map<PlanOp["op"], number>();
  for (const op of plan.ops) {
    if (applyOp(wb, op)) applied++;
    else leftOut.set(op.op, (leftOut.get(op.op) ?? 0) + 1);
  }
  // No `requires`: no Excel version would help, the file writer cannot (charts).
  return { applied, syncs: 0, leftOut: [...leftOut].map(([op, count]) => ({ op, count })) };
}

/**
 * The write step inside Excel: a plan applied as one batch of proxy calls and one
 * context.sync(). A plan larger than Excel on the web accepts in one request (5 MB, counted
 * as Excel counts it: see request-size.ts) is cut into batches under REQUEST_BUDGET_BYTES,
 * each its own round trip. Features the host's
 * ExcelApi version lacks are left out and reported, never attempted.
 */
import { parseRange, rangeAddress } from "../core/workbook/a1";
import { keepText } from "../core/workbook/keep-text";
import {
  PART_REQUIREMENT,
  splitBySupport,
  writeGrids,
  type CellFormat,
  type ChartSpec,
  type Plan,
  type PlanOp,
} from "../core/workbook/plan";
import type { ApplyReport } from "../app/port";
import { REQUEST_FRAME_BYTES, requestBytes } from "./request-size";

/** Range.formulasR1C1 (ExcelApi 1.2). */
const FORMULAS_R1C1 = "1.2";
const CONVERT_TO_RANGE = "1.2";

/** TableRowCollection.add of several rows in one call (ExcelApi 1.4; one row from 1.1). */
const TABLE_ROWS_AT_ONCE = "1.4";

/**
 * Requests are cut under this size as Excel counts it (`requestBytes`: the op's JSON plus the
 * object paths and actions Office.js adds, measured), a fifth under Excel on the web's 5 MB.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Excel column width is in points; the plan speaks in characters of the default font. */
export const charsToPoints = (chars: number) => Math.round((chars * 7 + 5) * 0.75);

/** The plan's chart types as Excel.ChartType names. */
const CHART_TYPE: Record<ChartSpec["type"], "ColumnClustered" | "ColumnStacked" | "BarClustered"> =
  {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
  };

function applyFormat(range: Excel.Range, f: CellFormat): void {
  const fmt = range.format;
  if (f.bold !== undefined) fmt.font.bold = f.bold;
  if (f.italic !== undefined) fmt.font.italic = f.italic;
  if (f.fontColor !== undefined) fmt.font.color = f.fontColor;
  if (f.fontSize !== undefined) fmt.font.size = f.fontSize;
  if (f.clearFill === true) fmt.fill.clear();
  if (f.fill !== undefined) fmt.fill.color = f.fill;
  if (f.wrap !== undefined) fmt.wrapText = f.wrap;
  if (f.horizontal !== undefined)
    fmt.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[
      f.horizontal
    ];
  if (f.vertical !== undefined)
    fmt.verticalAlignment = ({ top: "Top", center: "Center", bottom: "Bottom" } as const)[
      f.vertical
    ];
  if (f.border === true) {
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ] as const) {
      const b = fmt.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#BFBFBF";
    }
  }
  if (f.topRule === true) {
    const b = fmt.borders.getItem("EdgeTop");
    b.style = "Continuous";
    b.weight = "Medium";
    b.color = "#1F4E79";
  }
}

/** "&LLeft text&RRight text" -> the sections Office.js sets one by one. */
function footerSections(code: string): { left?: string; center?: string; right?: string } {
  const out: { left?: string; center?: string; right?: string } = {};
  const parts = code.split(/&([LCR])/);
  if (parts[0]) out.center = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = ({ L: "left", C: "center", R: "right" } as const)[parts[i] as "L" | "C" | "R"];
    out[key] = parts[i + 1] ?? "";
  }
  return out;
}

function queueOp(
  context: Excel.RequestContext,
  op: PlanOp,
  supports: (version: string) => boolean
): void {
  const sheets = context.workbook.worksheets;
  if (op.op === "addSheet") {
    const ws = sheets.add(op.sheet);
    if (op.tabColor !== undefined && supports(PART_REQUIREMENT.tabColor)) ws.tabColor = op.tabColor;
    return;
  }
  const ws = sheets.getItem(op.sheet);
  switch (op.op) {
    case "clear":
      ws.getRange(op.address).clear("All");
      return;
    case "write": {
      // Formats first: a string lands as text in a Text ("@") cell instead of being retyped.
      const range = ws.getRange(op.address);
      if (op.numberFormats !== undefined) range.numberFormat = op.numberFormats as unknown[][];
      if (op.values !== undefined) range.values = op.values as unknown[][];
      if (op.formulas !== undefined) range.formulas = op.formulas as unknown[][];
      if (op.formulaR1C1 !== undefined) {
        // One value for every cell of the range (the API applies a single value to all);
        // before ExcelApi 1.2 the formula of each cell in A1.
        if (supports(FORMULAS_R1C1)) range.formulasR1C1 = op.formulaR1C1 as unknown as unknown[][];
        else range.formulas = writeGrids(op).formulas as unknown[][];
      }
      return;
    }
    case "format":
      applyFormat(ws.getRange(op.address), op.format);
      return;
    case "columnWidths":
      for (const w of op.widths)
        ws.getRange(`${w.column}1`).format.columnWidth = charsToPoints(w.chars);
      return;
    case "rowHeight":
      ws.getRange(op.address).format.rowHeight = op.points;
      return;
    case "merge":
      ws.getRange(op.address).merge(false);
      return;
    case "table": {
      const table = ws.tables.add(op.address, true);
      table.name = op.name;
      table.style = op.style;
      return;
    }
    case "deleteTable": {
      // Every planner clears the table's cells right after: Table.convertToRange (ExcelApi
      // 1.2) keeps them meanwhile, Table.delete (1.1, Excel 2016) clears them with the table.
      const table = context.workbook.tables.getItem(op.name);
      if (supports(CONVERT_TO_RANGE)) table.convertToRange();
      else table.delete();
      return;
    }
    case "addTableColumns": {
      // One column a call, appended (index null) under its name: the table keeps its style,
      // totals row and filter (ExcelApi 1.4; the op is left out before).
      const columns = context.workbook.tables.getItem(op.name).columns;
      for (const header of op.headers) columns.add(null as unknown as number, undefined, header);
      return;
    }
    case "addTableRows": {
      // Appended (index null) above a totals row; several rows in one call from ExcelApi 1.4.
      const rows = context.workbook.tables.getItem(op.name).rows;
      if (op.values.length === 1 || supports(TABLE_ROWS_AT_ONCE))
        rows.add(null as unknown as number, op.values);
      else for (const row of op.values) rows.add(null as unknown as number, [row]);
      return;
    }
    case "validation": {
      // eslint-disable-next-line office-addins/load-object-before-read -- navigates to a proxy, reads no property
      const dv = ws.getRange(op.address).dataValidation;
      dv.clear();
      const r = op.rule;
      dv.rule =
        r.type === "list"
          ? { list: { inCellDropDown: true, source: r.items.join(",") } }
          : { [r.type]: { formula1: r.min, formula2: r.max, operator: "Between" } };
      if (op.error !== undefined)
        dv.errorAlert = { message: op.error, showAlert: true, style: "Stop", title: "Kinerja" };
      if (op.prompt !== undefined)
        dv.prompt = { message: op.prompt, showPrompt: true, title: "Kinerja" };
      return;
    }
    case "conditionalFormat": {
      const cf = ws.getRange(op.address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = op.formula;
      if (op.format.fill !== undefined) cf.custom.format.fill.color = op.format.fill;
      if (op.format.fontColor !== undefined) cf.custom.format.font.color = op.format.fontColor;
      return;
    }
    case "clearConditionalFormats":
      ws.getRange(op.address).conditionalFormats.clearAll();
      return;
    case "freeze":
      ws.freezePanes.freezeRows(op.rows);
      return;
    case "pageSetup": {
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- navigates to a proxy, reads no property
      const pl = ws.pageLayout;
      pl.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
      pl.paperSize = "A4";
      if (op.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.printTitleRows !== undefined) pl.setPrintTitleRows(op.printTitleRows);
      if (op.printArea !== undefined) pl.setPrintArea(op.printArea);
      if (op.margins !== undefined) {
        // Office.js takes margins in points, 72 to the inch.
        pl.leftMargin = op.margins.left * 72;
        pl.rightMargin = op.margins.right * 72;
        pl.topMargin = op.margins.top * 72;
        pl.bottomMargin = op.margins.bottom * 72;
      }
      if (op.centerHorizontally !== undefined) pl.centerHorizontally = op.centerHorizontally;
      const page = pl.headersFooters.defaultForAllPages;
      for (const [text, where] of [
        [op.header, "Header"],
        [op.footer, "Footer"],
      ] as const) {
        if (text === undefined) continue;
        const s = footerSections(text);
        if (s.left !== undefined) page[`left${where}`] = s.left;
        if (s.center !== undefined) page[`center${where}`] = s.center;
        if (s.right !== undefined) page[`right${where}`] = s.right;
      }
      return;
    }
    case "chart": {
      const spec = op.chart;
      const source = ws.getRange(spec.source);
      const chart = ws.charts.add(CHART_TYPE[spec.type], source, "Columns");
      chart.name = spec.name;
      chart.title.text = spec.title;
      chart.setPosition(spec.from, spec.to);
      chart.legend.position = "Bottom";
      spec.seriesColors?.forEach((color, i) =>
        chart.series.getItemAt(i).format.fill.setSolidColor(color)
      );
      if (spec.pointColors !== undefined) {
        const points = chart.series.getItemAt(0).points;
        spec.pointColors.forEach((color, i) =>
          points.getItemAt(i).format.fill.setSolidColor(color)
        );
      }
      return;
    }
    case "deleteChart":
      ws.charts.getItem(op.name).delete();
      return;
    case "activate":
      ws.activate();
      return;
  }
}

/** Split a write op with many rows into row blocks under the budget. */
function splitLarge(op: PlanOp, budget: number): PlanOp[] {
  const room = budget - REQUEST_FRAME_BYTES;
  if (op.op !== "write" || requestBytes(op) <= room) return [op];
  const box = parseRange(op.address);
  const rowsPer = Math.max(1, Math.floor((box.rows * room) / requestBytes(op)));
  const parts: PlanOp[] = [];
  for (let r = 0; r < box.rows; r += rowsPer) {
    const n = Math.min(rowsPer, box.rows - r);
    const part: PlanOp = {
      op: "write",
      sheet: op.sheet,
      address: rangeAddress(box.row + r, box.col, n, box.cols),
    };
    if (op.values) part.values = op.values.slice(r, r + n);
    if (op.formulas) part.formulas = op.formulas.slice(r, r + n);
    if (op.numberFormats) part.numberFormats = op.numberFormats.slice(r, r + n);
    // The same R1C1 formula holds for every part (relative to each cell).
    if (op.formulaR1C1 !== undefined) part.formulaR1C1 = op.formulaR1C1;
    parts.push(part);
  }
  return parts;
}

/**
 * Apply the plan: every op the host supports, in order, in as few round trips as the request
 * limit allows (one for any plan under the budget).
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: Plan,
  supports: (version: string) => boolean,
  budget = REQUEST_BUDGET_BYTES
): Promise<ApplyReport> {
  const { ops, leftOut } = splitBySupport(keepText(plan), supports);
  let syncs = 0;
  let bytes = REQUEST_FRAME_BYTES;
  let pending = 0;
  for (const op of ops.flatMap((o) => splitLarge(o, budget))) {
    const size = requestBytes(op);
    if (pending > 0 && bytes + size > budget) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 5 MB chunk is the point
      await context.sync();
      syncs++;
      bytes = REQUEST_FRAME_BYTES;
      pending = 0;
    }
    queueOp(context, op, supports);
    bytes += size;
    pending++;
  }
  if (pending > 0) {
    await context.sync();
    syncs++;
  }
  return { applied: ops.length, syncs, leftOut };
}

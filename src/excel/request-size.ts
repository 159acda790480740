/**
 * What an op weighs in a request to Excel, as Excel counts it: the op's own JSON (its values,
 * formulas, addresses and names travel as JSON) plus the object paths and actions Office.js
 * adds for it (about 300 to 3,000 bytes an op, where the op's JSON is often under 100).
 * The overheads were measured by running Microsoft's client library on our adapter's calls
 * (`scripts/measure-requests.ts`, figures in `request-cost.json`); `test/excel/request-size.test.ts`
 * checks the estimate stays at or above the real size of real plans.
 */
import type { CellFormat, PlanOp } from "../core/workbook/plan";
import COST from "./request-cost.json";

type CostKey = keyof typeof COST.overhead;

const overhead = (key: string): number => COST.overhead[key as CostKey] ?? 0;

const encoder = new TextEncoder();

/** A request's own frame: its JSON envelope and the workbook's root objects (measured ~500). */
export const REQUEST_FRAME_BYTES = 1024;

/** Office.js sends a grid of more than this many cells in row blocks of about as many. */
export const BLOCK_CELLS = 1500;

/** What the row blocks of a large grid add: a size check and, per block, its range. */
function blocksOverhead(rows: number, cols: number): number {
  if (rows * cols <= BLOCK_CELLS) return 0;
  const blocks = Math.ceil(rows / Math.max(1, Math.round(BLOCK_CELLS / cols)));
  return overhead("write.split") + Math.max(0, blocks - 2) * overhead("write.block");
}

/** Bytes of `op` in a request to Excel (an upper estimate, never below the real size). */
export function requestBytes(op: PlanOp): number {
  let n = encoder.encode(JSON.stringify(op)).length + overhead(op.op);
  switch (op.op) {
    case "addSheet":
      if (op.tabColor !== undefined) n += overhead("addSheet.tabColor");
      break;
    case "write":
      for (const part of ["values", "formulas", "numberFormats"] as const) {
        const grid = op[part];
        if (grid === undefined) continue;
        n += overhead(`write.${part}`) + blocksOverhead(grid.length, grid[0]?.length ?? 0);
      }
      // One formulasR1C1 value for the whole range: a property set like `formulas` (not
      // measured on its own), its text in the op's JSON.
      if (op.formulaR1C1 !== undefined) n += overhead("write.formulas");
      break;
    case "format":
      for (const key of Object.keys(op.format) as (keyof CellFormat)[])
        n += overhead(`format.${key}`);
      break;
    case "columnWidths":
      n += op.widths.length * overhead("columnWidths.width");
      break;
    case "addTableColumns":
      n += op.headers.length * overhead("addTableColumns.column");
      break;
    case "validation":
      if (op.rule.type === "list") n += overhead("validation.list");
      if (op.prompt !== undefined) n += overhead("validation.prompt");
      if (op.error !== undefined) n += overhead("validation.error");
      break;
    case "conditionalFormat":
      if (op.format.fill !== undefined) n += overhead("conditionalFormat.fill");
      if (op.format.fontColor !== undefined) n += overhead("conditionalFormat.fontColor");
      break;
    case "pageSetup": {
      if (op.fitToWidth) n += overhead("pageSetup.fitToWidth");
      if (op.printTitleRows !== undefined) n += overhead("pageSetup.printTitleRows");
      if (op.printArea !== undefined) n += overhead("pageSetup.printArea");
      if (op.margins !== undefined) n += overhead("pageSetup.margins");
      if (op.centerHorizontally !== undefined) n += overhead("pageSetup.centerHorizontally");
      // At most three sections (left, centre, right) each for header and footer.
      const sections = [op.header, op.footer].filter((t) => t !== undefined).length * 3;
      n += sections * overhead("pageSetup.section");
      break;
    }
    case "chart":
      n += (op.chart.seriesColors?.length ?? 0) * overhead("chart.seriesColor");
      n += (op.chart.pointColors?.length ?? 0) * overhead("chart.pointColor");
      break;
    default:
      break;
  }
  return n;
}

/**
 * The plan: what an action wants the workbook to become, as plain data. The core decides it,
 * an adapter applies it (Office.js inside Excel, exceljs on .xlsx files). A plan can be shown
 * before it is applied, compared, and tested as data.
 *
 * Addresses are A1 without the sheet ("A5:R14"); each op names its sheet. Values follow
 * Office.js: in `values`, null leaves a cell as it is and "" clears it; `formulas` use English
 * function names and comma separators (en-US), which every Excel locale reads through
 * `Range.formulas`.
 */
import type { Bilingual } from "../i18n";
import { parseRange } from "./a1";
import { fromR1C1 } from "./r1c1";

export type Scalar = string | number | boolean;

/** ExcelApi requirement set each feature needs; ops without an entry need only 1.1. */
export const REQUIREMENT: Partial<Record<PlanOp["op"], string>> = {
  validation: "1.8",
  conditionalFormat: "1.6",
  freeze: "1.7",
  pageSetup: "1.9",
  columnWidths: "1.2",
  rowHeight: "1.2",
  merge: "1.2",
  clearConditionalFormats: "1.6",
  // TableColumnCollection.add at the end of the table, with the column's name: ExcelApi 1.4
  // (1.1 inserts only before an existing column).
  addTableColumns: "1.4",
};

/** Parts of an op that need a newer set than the op itself; adapters skip just that part. */
export const PART_REQUIREMENT = { tabColor: "1.7" } as const;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  /** "#RRGGBB" */
  fill?: string;
  /** Remove any fill (before `fill`, when both are given). */
  clearFill?: boolean;
  fontColor?: string;
  fontSize?: number;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  /** Thin borders around every cell of the range. */
  border?: boolean;
  /** A medium line above the range (the first row of a sasaran group). */
  topRule?: boolean;
}

export type ValidationRule =
  | { type: "list"; items: string[] }
  | { type: "decimal"; min: number; max: number }
  | { type: "wholeNumber"; min: number; max: number };

export interface ChartSpec {
  /** Unique per sheet; every chart the add-in owns is named "Kinerja_…". */
  name: string;
  type: "columnClustered" | "columnStacked" | "barClustered";
  title: string;
  /**
   * Data on the chart's own sheet: the first column holds the categories, the first row the
   * series names, each further column one series.
   */
  source: string;
  /** Placement by cells: top-left and bottom-right anchors. */
  from: string;
  to: string;
  seriesColors?: string[];
  /** One colour per category of the first series (capaian coloured by kategori). */
  pointColors?: string[];
}

export type PlanOp =
  /** Create the sheet (the planner has checked the name is free). */
  | { op: "addSheet"; sheet: string; tabColor?: string }
  /** Remove everything in the range: values, formats, merges (only on cells the add-in owns). */
  | { op: "clear"; sheet: string; address: string }
  | {
      op: "write";
      sheet: string;
      address: string;
      values?: (Scalar | null)[][];
      formulas?: (Scalar | null)[][];
      /**
       * One formula for every cell of the range, in R1C1 (relative to each cell): a column
       * whose rows share one formula, written once (src/core/workbook/r1c1.ts). Takes the
       * place of `formulas`; `writeGrids` gives the cells' A1 formulas.
       */
      formulaR1C1?: string;
      numberFormats?: (string | null)[][];
    }
  | { op: "format"; sheet: string; address: string; format: CellFormat }
  | { op: "columnWidths"; sheet: string; widths: { column: string; chars: number }[] }
  /** The height in points of every row of the range: rows of wrapped text that must print whole. */
  | { op: "rowHeight"; sheet: string; address: string; points: number }
  | { op: "merge"; sheet: string; address: string }
  | { op: "table"; sheet: string; name: string; address: string; style: string }
  /**
   * Grow a table in place by columns appended at its right, headed `headers`: the table keeps
   * its name, style, totals row and filter. The cells they take must be empty.
   */
  | { op: "addTableColumns"; sheet: string; name: string; headers: string[] }
  /**
   * Grow a table in place by rows appended under its data rows (above a totals row), each row
   * as wide as the table. The cells they take must be empty.
   */
  | { op: "addTableRows"; sheet: string; name: string; values: Scalar[][] }
  /** Remove a table the add-in made, leaving its cells (a `clear` op removes those). */
  | { op: "deleteTable"; sheet: string; name: string }
  | {
      op: "validation";
      sheet: string;
      address: string;
      rule: ValidationRule;
      prompt?: string;
      error?: string;
    }
  | {
      op: "conditionalFormat";
      sheet: string;
      address: string;
      /** A formula relative to the range's top-left cell, true where the format applies. */
      formula: string;
      format: { fill?: string; fontColor?: string };
    }
  | { op: "clearConditionalFormats"; sheet: string; address: string }
  | { op: "freeze"; sheet: string; rows: number }
  | {
      op: "pageSetup";
      sheet: string;
      orientation: "landscape" | "portrait";
      paper: "A4";
      fitToWidth: boolean;
      /** Rows repeated on every printed page, e.g. "$4:$4". */
      printTitleRows?: string;
      /** The printed range, A1 without the sheet ("A1:D40"); the used range when absent. */
      printArea?: string;
      /** Page margins in inches (as the file format keeps them); the host's default when absent. */
      margins?: { left: number; right: number; top: number; bottom: number };
      /** Centre the printed range between the left and right margins. */
      centerHorizontally?: boolean;
      header?: string;
      footer?: string;
    }
  | { op: "chart"; sheet: string; chart: ChartSpec }
  | { op: "deleteChart"; sheet: string; name: string }
  | { op: "activate"; sheet: string };

export interface Plan {
  ops: PlanOp[];
  /** What the plan will do, one line a change, for the user to read before and after. */
  summary: Bilingual[];
}

export const emptyPlan = (): Plan => ({ ops: [], summary: [] });

/**
 * The ops a host with the given requirement-set check can apply, and the features it must
 * leave out. A table that cannot grow takes the later ops on its sheet with it (they fill the
 * columns it would have had; written beside the table, they would stop a later upgrade).
 */
export function splitBySupport(
  plan: Plan,
  supports: (version: string) => boolean
): { ops: PlanOp[]; leftOut: { op: PlanOp["op"]; requires: string; count: number }[] } {
  const ops: PlanOp[] = [];
  const leftOut = new Map<PlanOp["op"], { requires: string; count: number }>();
  const stopped = new Map<string, string>();
  const leave = (kind: PlanOp["op"], version: string) => {
    const entry = leftOut.get(kind) ?? { requires: version, count: 0 };
    entry.count += 1;
    leftOut.set(kind, entry);
  };
  for (const op of plan.ops) {
    const sheet = "sheet" in op ? op.sheet.toLowerCase() : undefined;
    const after = sheet === undefined ? undefined : stopped.get(sheet);
    if (after !== undefined) {
      leave("addTableColumns", after);
      continue;
    }
    const version = REQUIREMENT[op.op];
    if (version === undefined || supports(version)) ops.push(op);
    else {
      leave(op.op, version);
      if (op.op === "addTableColumns") stopped.set(op.sheet.toLowerCase(), version);
    }
  }
  return { ops, leftOut: [...leftOut].map(([op, v]) => ({ op, ...v })) };
}

export type WriteOp = Extract<PlanOp, { op: "write" }>;
type Grid = (Scalar | null)[][];

/**
 * A write op's content as every host applies it: the values and the formulas — a
 * `formulaR1C1` given as each cell's A1 formula — each checked against the range's shape.
 * The Office.js adapter sends `formulaR1C1` as one value where the host takes it.
 */
export function writeGrids(op: WriteOp): { values?: Grid; formulas?: Grid } {
  const box = parseRange(op.address);
  const checked = (grid: Grid): Grid => {
    if (grid.length !== box.rows || grid.some((row) => row.length !== box.cols))
      throw new Error(
        `Plan write to ${op.sheet}!${op.address}: array shape differs from the range`
      );
    return grid;
  };
  const r1c1 = op.formulaR1C1;
  const formulas =
    r1c1 === undefined
      ? op.formulas
      : Array.from({ length: box.rows }, (_, r) =>
          Array.from({ length: box.cols }, (_, c) => fromR1C1(r1c1, box.row + r, box.col + c))
        );
  return {
    ...(op.values !== undefined && { values: checked(op.values) }),
    ...(formulas !== undefined && { formulas: checked(formulas) }),
  };
}

/**
 * Turns a sheet dump of the double into what the grid draws: display text per cell,
 * formulas, fills and fonts from recorded formats, table header/banded rows, merges.
 * Pure: no React, no DOM.
 */
import * as a1 from "../core/workbook/a1";
import type { DoubleSheetDump } from "../excel-double";
import { displayValue } from "./cellText";

export interface CellView {
  address: string;
  text: string;
  /** The formula ("=IF(...)"), when the cell holds one; `text` shows its computed value. */
  formula?: string;
  numeric: boolean;
  fill?: string;
  color?: string;
  bold: boolean;
  italic: boolean;
  wrap: boolean;
  align?: "left" | "center" | "right";
  tableHeader: boolean;
  banded: boolean;
  rowSpan: number;
  colSpan: number;
  /** Covered by a merge whose anchor is elsewhere: not drawn. */
  hidden: boolean;
  /** Text that runs on over the empty cell to its right, as in Excel. */
  spill: boolean;
}

export interface GridView {
  columns: Array<{ letter: string; widthPx: number }>;
  rows: CellView[][];
}

const MIN_ROWS = 20;
const MIN_COLS = 10;
const DEFAULT_WIDTH_PX = 72;
const MAX_WIDTH_PX = 320;
const REACH_ROWS = 1000;
const REACH_COLS = 100;

const ALIGN: Record<string, CellView["align"]> = { Left: "left", Center: "center", Right: "right" };

function asString(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** The grid of `sheet`, large enough to show the used range and the cell at `reach` (0-based). */
export function gridView(sheet: DoubleSheetDump, reach?: { row: number; col: number }): GridView {
  // A selection far away (a typed "XFD1048576") widens the grid only so far: it is all DOM.
  const usedRows = Math.max(sheet.values.length, Math.min(REACH_ROWS, (reach?.row ?? -1) + 1));
  const usedCols = Math.max(
    sheet.values[0]?.length ?? 0,
    Math.min(REACH_COLS, (reach?.col ?? -1) + 1)
  );
  const rowCount = Math.max(MIN_ROWS, usedRows + 3);
  const colCount = Math.max(MIN_COLS, usedCols + 2);
  const columns = Array.from({ length: colCount }, (_, c) => {
    const letter = a1.indexToColumn(c);
    const pt = sheet.columnWidths[letter];
    const px = pt === undefined ? DEFAULT_WIDTH_PX : Math.round((pt * 4) / 3);
    return { letter, widthPx: Math.min(MAX_WIDTH_PX, Math.max(24, px)) };
  });
  const rows: CellView[][] = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: colCount }, (_, c) => {
      const value = sheet.values[r]?.[c] ?? "";
      const formula = sheet.formulas[r]?.[c];
      const isFormula = typeof formula === "string" && formula.startsWith("=");
      const format = sheet.numberFormats[r]?.[c] ?? "General";
      return {
        address: `${a1.indexToColumn(c)}${r + 1}`,
        text: displayValue(value, format),
        formula: isFormula ? formula : undefined,
        numeric: typeof value === "number",
        bold: false,
        italic: false,
        wrap: false,
        tableHeader: false,
        banded: false,
        rowSpan: 1,
        colSpan: 1,
        hidden: false,
        spill: false,
      };
    })
  );
  const each = (address: string, f: (cell: CellView, r: number, c: number) => void): void => {
    const rect = a1.parseRect(address);
    const r2 = Math.min(rowCount, rect.row + rect.rowCount);
    const c2 = Math.min(colCount, rect.col + rect.colCount);
    for (let r = rect.row; r < r2; r++)
      for (let c = rect.col; c < c2; c++) {
        const cell = rows[r]?.[c];
        if (cell) f(cell, r, c);
      }
  };
  for (const table of sheet.tables) {
    const top = a1.parseRect(table.address).row;
    each(table.address, (cell, r) => {
      if (table.showHeaders && r === top) cell.tableHeader = true;
      else if (table.showBandedRows && (r - top) % 2 === (table.showHeaders ? 0 : 1))
        cell.banded = true;
    });
  }
  for (const { address, ...props } of sheet.formats) {
    each(address, (cell) => {
      cell.fill = asString(props["fill.color"]) ?? cell.fill;
      cell.color = asString(props["font.color"]) ?? cell.color;
      if (typeof props["font.bold"] === "boolean") cell.bold = props["font.bold"];
      if (typeof props["font.italic"] === "boolean") cell.italic = props["font.italic"];
      if (typeof props.wrapText === "boolean") cell.wrap = props.wrapText;
      const align = ALIGN[String(props.horizontalAlignment)];
      if (align) cell.align = align;
    });
  }
  for (const merge of sheet.merges) {
    const rect = a1.parseRect(merge);
    each(merge, (cell, r, c) => {
      if (r === rect.row && c === rect.col) {
        cell.rowSpan = Math.min(rect.rowCount, rowCount - r);
        cell.colSpan = Math.min(rect.colCount, colCount - c);
      } else cell.hidden = true;
    });
  }
  for (const row of rows)
    row.forEach((cell, c) => {
      const next = row[c + 1];
      cell.spill =
        !cell.wrap &&
        !cell.numeric &&
        cell.text !== "" &&
        next !== undefined &&
        next.text === "" &&
        !next.hidden;
    });
  return { columns, rows };
}

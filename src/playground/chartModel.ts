/**
 * A chart recorded by the double, as bars to draw: categories from the first column of its
 * source range, one series per further column, series names from the first row. Formula
 * cells are drawn from their computed values (the playground recalculates after every batch);
 * text ("cek isian", #N/A) draws no bar, as in Excel.
 */
import * as a1 from "../core/workbook/a1";
import type { DoubleSheetDump, DoubleWorkbookDump } from "../excel-double";

export interface ChartBars {
  title: string;
  caption: string;
  categories: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
  /** Number format of the first data cell, for the axis labels. */
  numberFormat: string;
  widthPx: number;
  heightPx: number;
}

type Chart = DoubleSheetDump["charts"][number];

export function chartBars(book: DoubleWorkbookDump, chart: Chart): ChartBars {
  const { sheet: sheetName, rect } = a1.parseAddress(chart.source);
  const wanted = (sheetName ?? "").toLowerCase();
  const sheet = book.sheets.find((s) => s.name.toLowerCase() === wanted);
  const cell = (r: number, c: number) => sheet?.values[r]?.[c] ?? "";
  const label = (r: number, c: number): string => String(cell(r, c));
  const firstRow = rect.row;
  const firstCol = rect.col;
  const dataRows = Array.from({ length: rect.rowCount - 1 }, (_, i) => firstRow + 1 + i);
  const series = Array.from({ length: Math.max(0, rect.colCount - 1) }, (_, i) => {
    const c = firstCol + 1 + i;
    const cells = dataRows.map((r) => cell(r, c));
    return {
      name: label(firstRow, c),
      values: cells.map((x) => (typeof x === "number" ? x : null)),
    };
  });
  const title =
    chart.title.visible === true && typeof chart.title.text === "string"
      ? chart.title.text
      : chart.name;
  const num = (v: unknown, fallback: number): number =>
    typeof v === "number" && v > 0 ? v : fallback;
  return {
    title,
    caption: `${chart.name} · ${chart.type} · ${chart.source}`,
    categories: dataRows.map((r) => label(r, firstCol)),
    series,
    numberFormat: sheet?.numberFormats[firstRow + 1]?.[firstCol + 1] ?? "General",
    widthPx: Math.round((num(chart.width, 360) * 4) / 3),
    heightPx: Math.round((num(chart.height, 216) * 4) / 3),
  };
}

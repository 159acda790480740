/**
 * Plain-data dumps of the double's state for assertions and "same workbook twice" comparisons.
 * Not the core's `DoubleSheetDump` (what the add-in reads from a workbook): a dump holds everything
 * the double records (formats, tables, charts, page layout, ...).
 */
import { formatAddress, formatRange, indexToColumn } from "../core/workbook/a1";
import {
  CellValue,
  clone,
  Props,
  readGrid,
  SheetState,
  tablesOnSheet,
  usedRect,
  WorkbookState,
} from "./state";

export interface DoubleSheetDump {
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  protected: boolean;
  showGridlines: boolean;
  /** Address (no sheet) of the used range, null when blank. */
  usedRange: string | null;
  /** Grids from A1 to the bottom-right used cell. */
  values: CellValue[][];
  formulas: CellValue[][];
  numberFormats: string[][];
  merges: string[];
  formats: Array<{ address: string } & Props>;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  autofit: { columns: string[]; rows: string[] };
  freeze: { rows: number; columns: number };
  dataValidations: Array<{ address: string } & Props>;
  conditionalFormats: Array<{ address: string; type: string } & Props>;
  tables: Array<{
    name: string;
    address: string;
    style: string;
    showBandedRows: boolean;
    showHeaders: boolean;
    showTotals: boolean;
  }>;
  charts: Array<
    {
      name: string;
      type: string;
      source: string;
      seriesBy: string;
      title: Props;
      series: Props[];
    } & Props
  >;
  pageLayout: Props;
}

export interface DoubleWorkbookDump {
  sheets: DoubleSheetDump[];
  activeSheet: string | null;
  selection: string | null;
  settings: Record<string, unknown>;
}

export function sheetDump(wb: WorkbookState, sheet: SheetState): DoubleSheetDump {
  const used = usedRect(sheet, false);
  // Grids run from A1 to the bottom-right used cell.
  const fromA1 = {
    row: 0,
    col: 0,
    rowCount: used ? used.row + used.rowCount : 0,
    colCount: used ? used.col + used.colCount : 0,
  };
  const sortedNum = (
    m: Map<number, number>,
    label: (n: number) => string
  ): Record<string, number> =>
    Object.fromEntries([...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => [label(k), v]));
  return {
    name: sheet.name,
    position: wb.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    protected: sheet.protected,
    showGridlines: sheet.showGridlines,
    usedRange: used ? formatRange(used) : null,
    values: readGrid(sheet, fromA1, "values"),
    formulas: readGrid(sheet, fromA1, "formulas"),
    numberFormats: readGrid(sheet, fromA1, "numberFormat"),
    merges: sheet.merges.map(formatRange).sort(),
    formats: sheet.formats
      .filter((f) => Object.keys(f.patch).length > 0)
      .map((f) => ({ address: formatRange(f.rect), ...clone(f.patch) })),
    columnWidths: sortedNum(sheet.columnWidths, indexToColumn),
    rowHeights: sortedNum(sheet.rowHeights, (n) => String(n + 1)),
    autofit: clone(sheet.autofit),
    freeze: { ...sheet.freeze },
    dataValidations: sheet.validations.map((v) => ({
      address: formatRange(v.rect),
      ...clone(v.props),
    })),
    conditionalFormats: sheet.conditionalFormats.map((c) => ({
      address: formatRange(c.rect),
      type: c.type,
      ...clone(c.props),
    })),
    tables: tablesOnSheet(wb, sheet).map((t) => ({
      name: t.name,
      address: formatRange(t.rect),
      style: t.style,
      showBandedRows: t.showBandedRows,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals === true,
    })),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.type,
      source: c.source,
      seriesBy: c.seriesBy,
      ...clone(c.props),
      title: clone(c.title),
      series: c.series.map((s) => ({ name: s.name, ...clone(s.props) })),
    })),
    pageLayout: clone({
      ...sheet.pageLayout.props,
      headersFooters: sheet.pageLayout.headersFooters,
    }),
  };
}

export function workbookDump(wb: WorkbookState): DoubleWorkbookDump {
  const active = wb.sheets.find((s) => s.id === wb.activeSheetId);
  const selSheet = wb.selection ? wb.sheets.find((s) => s.id === wb.selection?.sheetId) : undefined;
  return {
    sheets: wb.sheets.map((s) => sheetDump(wb, s)),
    activeSheet: active?.name ?? null,
    selection: selSheet && wb.selection ? formatAddress(selSheet.name, wb.selection.rect) : null,
    settings: Object.fromEntries([...wb.settings.entries()].map(([k, v]) => [k, clone(v)])),
  };
}

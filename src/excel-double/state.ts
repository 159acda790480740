/** Plain-data workbook model behind the proxies. Everything here is applied at sync time. */
import {
  CellRect,
  cellRect,
  rectContains,
  rectsIntersect,
  MAX_COLUMNS,
  MAX_ROWS,
} from "../core/workbook/a1";
import { excelError } from "./errors";
import { formulaProblem } from "./formula-rules";
import { typedValue } from "./typed";

export type CellValue = string | number | boolean;

export interface CellState {
  value?: CellValue;
  formula?: string;
  /** Value reported for a formula cell; set only through a test helper (no formula evaluation). */
  cached?: CellValue;
  numberFormat?: string;
}

export type Props = Record<string, unknown>;

export interface FormatRecord {
  rect: CellRect;
  patch: Props;
}

export interface ValidationState {
  rect: CellRect;
  props: Props;
}

export interface ConditionalFormatState {
  id: number;
  rect: CellRect;
  type: string;
  props: Props;
}

export interface ChartSeriesState {
  name: string;
  props: Props;
}

export interface ChartState {
  id: number;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  props: Props;
  title: Props;
  series: ChartSeriesState[];
}

export interface PageLayoutState {
  props: Props;
  headersFooters: Record<string, Props>;
}

export interface SheetState {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  protected: boolean;
  showGridlines: boolean;
  cells: Map<string, CellState>;
  merges: CellRect[];
  formats: FormatRecord[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  autofit: { columns: string[]; rows: string[] };
  freeze: { rows: number; columns: number };
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  pageLayout: PageLayoutState;
}

export interface TableState {
  id: number;
  name: string;
  sheetId: number;
  rect: CellRect;
  style: string;
  showBandedRows: boolean;
  showHeaders: boolean;
  /** Whether the table's last row is its totals row (inside `rect`, as Excel counts it). */
  showTotals?: boolean;
  /**
   * Calculated columns: column offset in the table -> the formula (R1C1) Excel fills into
   * the column's rows (calculated-columns.ts).
   */
  calculated?: Record<number, string>;
}

/** A string Excel read as something else when it was written (see typed.ts). */
export interface TypedRecord {
  sheet: string;
  row: number;
  col: number;
  written: string;
  stored: CellValue;
}

/** What a worksheet's onChanged handler receives (the fields Kinerja reads). */
export interface WorksheetChangedArgs {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes; absent before. */
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

export interface WorkbookState {
  /** Every string written through the API that Excel stored as something else. */
  typed: TypedRecord[];
  sheets: SheetState[];
  tables: TableState[];
  settings: Map<string, unknown>;
  /** Handlers added with `worksheets.onChanged.add` (ExcelApi 1.9), called after edits. */
  changeHandlers: Set<(args: WorksheetChangedArgs) => unknown>;
  /** The ranges whose values or formulas a sync changed, reported to the handlers after it. */
  changed: { sheetId: number; rect: CellRect }[];
  activeSheetId: number;
  selection?: { sheetId: number; rect: CellRect };
  nextId: number;
  chartCounter: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function newId(wb: WorkbookState): number {
  wb.nextId += 1;
  return wb.nextId;
}

export function createSheetState(wb: WorkbookState, name: string): SheetState {
  return {
    id: newId(wb),
    name,
    visibility: "Visible",
    tabColor: "",
    protected: false,
    showGridlines: true,
    cells: new Map(),
    merges: [],
    formats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    autofit: { columns: [], rows: [] },
    freeze: { rows: 0, columns: 0 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    pageLayout: {
      props: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } },
      headersFooters: {},
    },
  };
}

export function createWorkbookState(sheetNames: string[]): WorkbookState {
  const wb: WorkbookState = {
    typed: [],
    sheets: [],
    tables: [],
    settings: new Map(),
    changeHandlers: new Set(),
    changed: [],
    activeSheetId: 0,
    nextId: 0,
    chartCounter: 0,
  };
  for (const name of sheetNames) wb.sheets.push(createSheetState(wb, name));
  wb.activeSheetId = wb.sheets[0]?.id ?? 0;
  return wb;
}

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function sheetById(wb: WorkbookState, id: number): SheetState | undefined {
  return wb.sheets.find((s) => s.id === id);
}

/** Excel's sheet-name rules: 1-31 chars, none of : \ / ? * [ ], no leading/trailing apostrophe. */
export function validateSheetName(name: unknown, location: string): string {
  if (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name)
  ) {
    throw excelError("InvalidArgument", location, `invalid sheet name ${JSON.stringify(name)}`);
  }
  if (name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw excelError("InvalidArgument", location, `invalid sheet name ${JSON.stringify(name)}`);
  }
  return name;
}

export const key = (row: number, col: number): string => `${row},${col}`;

export function readValue(cell: CellState | undefined): CellValue {
  if (!cell) return "";
  // No formula evaluation: a formula cell reports the cached value a test set, else 0.
  if (cell.formula !== undefined) return cell.cached ?? 0;
  return cell.value ?? "";
}

export function readFormula(cell: CellState | undefined): CellValue {
  if (!cell) return "";
  return cell.formula ?? cell.value ?? "";
}

export function readNumberFormat(cell: CellState | undefined): string {
  return cell?.numberFormat ?? "General";
}

const GRID_READERS = { values: readValue, formulas: readFormula, numberFormat: readNumberFormat };

/** The cell grids a range reads and writes. */
export type GridKind = keyof typeof GRID_READERS;

/** One value per cell of `rect`, row by row: values, formulas or number formats. */
export function readGrid<K extends GridKind>(
  sheet: SheetState,
  rect: CellRect,
  kind: K
): Array<Array<ReturnType<(typeof GRID_READERS)[K]>>> {
  const read = GRID_READERS[kind] as (
    cell: CellState | undefined
  ) => ReturnType<(typeof GRID_READERS)[K]>;
  return Array.from({ length: rect.rowCount }, (_, r) =>
    Array.from({ length: rect.colCount }, (_, c) =>
      read(sheet.cells.get(key(rect.row + r, rect.col + c)))
    )
  );
}

function isEmptyCell(c: CellState): boolean {
  return c.value === undefined && c.formula === undefined && c.numberFormat === undefined;
}

export function mergeAt(sheet: SheetState, row: number, col: number): CellRect | undefined {
  return sheet.merges.find((m) => rectContains(m, cellRect(row, col)));
}

function isPrimitive(v: unknown): v is CellValue {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/** Applies `change` to a copy of the cell at `k`; a cell left empty is removed. */
function updateCell(sheet: SheetState, k: string, change: (cell: CellState) => void): void {
  const cell: CellState = { ...(sheet.cells.get(k) ?? {}) };
  change(cell);
  if (isEmptyCell(cell)) sheet.cells.delete(k);
  else sheet.cells.set(k, cell);
}

function dropContent(cell: CellState): void {
  delete cell.value;
  delete cell.formula;
  delete cell.cached;
}

/** Writes one cell from an API input; `null`/`undefined` leave the cell unchanged. */
type CellWriter = (
  sheet: SheetState,
  row: number,
  col: number,
  input: unknown,
  location: string,
  /** Strings are read as if typed (API writes); absent for seeding a workbook in tests. */
  typed?: TypedRecord[]
) => void;

/**
 * Writes one cell's content. `null`/`undefined` leave it unchanged, `""` clears it, a string starting
 * with "=" becomes a formula (Excel interprets it so for both `values` and `formulas`).
 * Non-empty writes to a non-anchor cell of a merged area are ignored (Excel keeps only the top-left).
 */
export const writeContent: CellWriter = (sheet, row, col, input, location, typed) => {
  if (input === null || input === undefined) return;
  if (!isPrimitive(input) || (typeof input === "number" && !Number.isFinite(input))) {
    throw excelError("InvalidArgument", location, `unsupported cell value ${String(input)}`);
  }
  if (typeof input === "string" && input.startsWith("=") && input.length > 1) {
    const problem = formulaProblem(input);
    if (problem !== undefined) throw excelError("InvalidArgument", location, problem);
  }
  if (input !== "") {
    const m = mergeAt(sheet, row, col);
    if (m && (m.row !== row || m.col !== col)) return;
  }
  updateCell(sheet, key(row, col), (cell) => {
    dropContent(cell);
    // Excel keeps a formula written into a Text ("@") cell as its text, as when typed there.
    if (typeof input === "string" && input.startsWith("=") && typed && cell.numberFormat === "@")
      cell.value = input;
    else if (typeof input === "string" && input.startsWith("=") && input.length > 1)
      cell.formula = input;
    else if (typeof input === "string" && input !== "" && typed && cell.numberFormat !== "@") {
      const read = typedValue(input);
      cell.value = read.value;
      if (read.format !== undefined && cell.numberFormat === undefined)
        cell.numberFormat = read.format;
      if (read.value !== input)
        typed.push({ sheet: sheet.name, row, col, written: input, stored: read.value });
    } else if (input !== "") cell.value = input;
  });
};

export const writeNumberFormat: CellWriter = (sheet, row, col, input, location) => {
  if (input === null || input === undefined) return;
  if (typeof input !== "string" && typeof input !== "number") {
    throw excelError("InvalidArgument", location, "number format must be a string");
  }
  updateCell(sheet, key(row, col), (cell) => {
    if (input === "" || input === "General") delete cell.numberFormat;
    else cell.numberFormat = String(input);
  });
};

/** Row and column of a cell key ("r,c"). */
export function cellAt(k: string): [number, number] {
  return k.split(",").map(Number) as [number, number];
}

export function clearContents(sheet: SheetState, rect: CellRect): void {
  for (const k of [...sheet.cells.keys()]) {
    if (rectContains(rect, cellRect(...cellAt(k)))) updateCell(sheet, k, dropContent);
  }
}

/** Records a merged area, replacing those it overlaps; Excel keeps only its upper-left value. */
export function addMerge(sheet: SheetState, area: CellRect): void {
  sheet.merges = sheet.merges.filter((m) => !rectsIntersect(m, area));
  sheet.merges.push({ ...area });
  for (let r = area.row; r < area.row + area.rowCount; r++) {
    for (let c = area.col; c < area.col + area.colCount; c++) {
      if (r !== area.row || c !== area.col) clearContents(sheet, cellRect(r, c));
    }
  }
}

export function clearFormats(sheet: SheetState, rect: CellRect): void {
  for (const [k, cell] of [...sheet.cells]) {
    if (!rectContains(rect, cellRect(...cellAt(k))) || cell.numberFormat === undefined) continue;
    updateCell(sheet, k, (next) => delete next.numberFormat);
  }
  sheet.formats = sheet.formats.filter((f) => !rectContains(rect, f.rect));
  sheet.merges = sheet.merges.filter((m) => !rectContains(rect, m));
}

/**
 * Records a format patch on a rectangle. Keys that an older record sets on a rectangle fully covered
 * by this one are dropped from the older record, so re-applying the same formats is idempotent.
 */
export function addFormat(sheet: SheetState, rect: CellRect, patch: Props): void {
  const keys = Object.keys(patch);
  let emptied = 0;
  for (const rec of recordsWithin(sheet, rect)) {
    if (!rectContains(rect, rec.rect)) continue;
    const had = Object.keys(rec.patch).length > 0;
    for (const k of keys) delete rec.patch[k];
    if (had && Object.keys(rec.patch).length === 0) emptied++;
  }
  // Emptied records stay (readers skip them) until they are half the list.
  const index = FORMAT_INDEX.get(sheet)!;
  index.dead += emptied;
  if (index.dead > 64 && index.dead * 2 > sheet.formats.length) {
    sheet.formats = sheet.formats.filter((r) => Object.keys(r.patch).length > 0);
    FORMAT_INDEX.delete(sheet);
    recordsWithin(sheet, rect);
  }
  const added = { rect: { ...rect }, patch: { ...patch } };
  sheet.formats.push(added);
  indexRecord(FORMAT_INDEX.get(sheet)!, added);
}

/**
 * The format records by top row, kept beside a sheet's list (rebuilt whenever the list is
 * replaced) so that recording one cell's format does not scan every record before it.
 */
interface FormatIndex {
  records: FormatRecord[];
  byRow: Map<number, FormatRecord[]>;
  /** Records whose patch is empty (every key overwritten since). */
  dead: number;
}

const FORMAT_INDEX = new WeakMap<SheetState, FormatIndex>();

function indexRecord(index: FormatIndex, rec: FormatRecord): void {
  const row = index.byRow.get(rec.rect.row);
  if (row === undefined) index.byRow.set(rec.rect.row, [rec]);
  else row.push(rec);
}

/** Records that may lie inside `rect` (those whose top row is among its rows), oldest first. */
function recordsWithin(sheet: SheetState, rect: CellRect): FormatRecord[] {
  let index = FORMAT_INDEX.get(sheet);
  if (index === undefined || index.records !== sheet.formats) {
    index = { records: sheet.formats, byRow: new Map(), dead: 0 };
    for (const rec of sheet.formats) {
      indexRecord(index, rec);
      if (Object.keys(rec.patch).length === 0) index.dead++;
    }
    FORMAT_INDEX.set(sheet, index);
  }
  if (rect.rowCount >= index.byRow.size) return sheet.formats;
  const out: FormatRecord[] = [];
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) out.push(...(index.byRow.get(r) ?? []));
  return out;
}

export function formatAtCell(sheet: SheetState, row: number, col: number): Props {
  const out: Props = {};
  const cell = cellRect(row, col);
  for (const rec of sheet.formats) if (rectContains(rec.rect, cell)) Object.assign(out, rec.patch);
  return out;
}

/** Value shared by every cell of the rect, or null when they differ (as Excel reports mixed formats). */
export function uniformFormat(
  sheet: SheetState,
  rect: CellRect,
  name: string,
  fallback: unknown
): unknown {
  const relevant = sheet.formats.filter((f) => name in f.patch && rectsIntersect(f.rect, rect));
  const at = (r: number, c: number): unknown => {
    let v = fallback;
    for (const rec of relevant) if (rectContains(rec.rect, cellRect(r, c))) v = rec.patch[name];
    return v;
  };
  const first = at(rect.row, rect.col);
  if (relevant.length === 0) return first;
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    for (let c = rect.col; c < rect.col + rect.colCount; c++) if (at(r, c) !== first) return null;
  }
  return first;
}

/** Smallest rect holding every cell with a value/formula (and, unless valuesOnly, a format). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): CellRect | null {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  const include = (rect: CellRect): void => {
    r1 = Math.min(r1, rect.row);
    c1 = Math.min(c1, rect.col);
    r2 = Math.max(r2, rect.row + rect.rowCount - 1);
    c2 = Math.max(c2, rect.col + rect.colCount - 1);
  };
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && cell.value === undefined && cell.formula === undefined) continue;
    include(cellRect(...cellAt(k)));
  }
  if (!valuesOnly) {
    for (const m of sheet.merges) include(m);
    for (const f of sheet.formats) {
      if (Object.keys(f.patch).length === 0) continue;
      // Whole-column / whole-row formats do not extend the used range here.
      if (f.rect.rowCount === MAX_ROWS || f.rect.colCount === MAX_COLUMNS) continue;
      include(f.rect);
    }
  }
  if (r2 < 0) return null;
  return { row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 };
}

export function tablesOnSheet(wb: WorkbookState, sheet: SheetState): TableState[] {
  return wb.tables.filter((t) => t.sheetId === sheet.id);
}

export function assertWritable(sheet: SheetState, location: string): void {
  if (sheet.protected)
    throw excelError("AccessDenied", location, `sheet "${sheet.name}" is protected`);
}

export function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

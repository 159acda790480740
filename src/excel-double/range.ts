/** Excel.Range, Excel.RangeAreas and Excel.RangeCollection doubles. */
import { afterFormulaWrite } from "./calculated-columns";
import { fromR1C1 } from "../core/workbook/r1c1";
import {
  CellRect,
  cellRect,
  formatAddress,
  formatRange,
  intersectRects,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  rectInSheet,
  rectsIntersect,
} from "../core/workbook/a1";
import { defineProperties } from "./accessors";
import { RangeAreasProxy } from "./areas";
import { ConditionalFormatCollectionProxy } from "./conditional";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { RangeFormatProxy } from "./format";
import { ProxyBase, ProxyOptions } from "./proxy";
import { EXCEL_API } from "./requirements";
import {
  addMerge,
  assertWritable,
  clearContents,
  clearFormats,
  findSheet,
  Props,
  GridKind,
  readGrid,
  SheetState,
  tablesOnSheet,
  usedRect,
  WorkbookState,
  writeContent,
  writeNumberFormat,
} from "./state";
import { DataValidationProxy } from "./validation";
import { WorksheetProxy } from "./worksheet";

export interface RangeRef {
  sheet: SheetState;
  rect: CellRect;
}

export type RangeResolver = () => RangeRef | null;

export const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
  "values",
  "formulas",
  "numberFormat",
] as const;

/** `count` rows of `rect` from `row` on (its columns kept). */
function rowsOf(rect: CellRect, row: number, count: number): CellRect {
  return { ...rect, row, rowCount: count };
}

/** `count` columns of `rect` from `col` on (its rows kept). */
function columnsOf(rect: CellRect, col: number, count: number): CellRect {
  return { ...rect, col, colCount: count };
}

export class RangeProxy extends ProxyBase {
  readonly _scalars = RANGE_SCALARS;
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly cellCount: number;
  declare readonly format: RangeFormatProxy;
  declare readonly dataValidation: DataValidationProxy;
  declare readonly conditionalFormats: ConditionalFormatCollectionProxy;
  declare readonly worksheet: WorksheetProxy;
  private readonly _resolver: RangeResolver;
  private _memo: RangeRef | undefined;

  constructor(ctx: RequestContextDouble, resolver: RangeResolver, options: ProxyOptions = {}) {
    super(ctx, "Range", options);
    this._resolver = resolver;
  }

  /** @internal Resolves the range at sync time (ItemNotFound when it does not exist). */
  _ref(): RangeRef {
    if (this._memo) return this._memo;
    const ref = this._resolver();
    if (!ref) throw excelError("ItemNotFound", "Range");
    this._memo = ref;
    return ref;
  }

  override _exists(): boolean {
    if (this._memo) return true;
    const ref = this._resolver();
    if (ref) this._memo = ref;
    return ref !== null;
  }

  /** values / formulas / numberFormat: a 2D array of the range's shape, or one value for every cell. */
  set values(v: unknown) {
    this._setGrid("values", v);
  }
  set formulas(v: unknown) {
    this._setGrid("formulas", v);
  }
  /** Formulas in R1C1, each read relative to its own cell (a single value: one for every cell). */
  set formulasR1C1(v: unknown) {
    this._setGrid("formulas", v, true);
  }
  set numberFormat(v: unknown) {
    this._setGrid("numberFormat", v);
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return {
      format: () => new RangeFormatProxy(this._ctx, this),
      dataValidation: () => new DataValidationProxy(this._ctx, this),
      conditionalFormats: () => new ConditionalFormatCollectionProxy(this._ctx, this),
      worksheet: () => new WorksheetProxy(this._ctx, () => this._ref().sheet),
    };
  }

  _read(props: readonly string[]): Props {
    const { sheet, rect } = this._ref();
    const all = {
      address: () => formatAddress(sheet.name, rect),
      addressLocal: () => formatAddress(sheet.name, rect),
      rowCount: () => rect.rowCount,
      columnCount: () => rect.colCount,
      rowIndex: () => rect.row,
      columnIndex: () => rect.col,
      cellCount: () => rect.rowCount * rect.colCount,
      values: () => readGrid(sheet, rect, "values"),
      formulas: () => readGrid(sheet, rect, "formulas"),
      numberFormat: () => readGrid(sheet, rect, "numberFormat"),
    };
    const out: Props = {};
    for (const p of props) if (Object.hasOwn(all, p)) out[p] = all[p as keyof typeof all]();
    return out;
  }

  /**
   * values / formulas / numberFormat writes, applied at sync. A 2D array must match the range shape
   * (else InvalidArgument); a single non-array value is applied to every cell.
   */
  private _setGrid(kind: GridKind, input: unknown, r1c1 = false): void {
    const prop = r1c1 ? "formulasR1C1" : kind;
    this._set(
      prop,
      input,
      () => this._writeGrid(kind, prop, input, r1c1),
      r1c1 ? EXCEL_API.formulasR1C1 : undefined
    );
  }

  private _writeGrid(kind: GridKind, prop: string, input: unknown, r1c1: boolean): void {
    const loc = `Range.${prop}`;
    const { sheet, rect } = this._ref();
    assertWritable(sheet, loc);
    if (kind !== "numberFormat")
      this._ctx._state.changed.push({ sheetId: sheet.id, rect: { ...rect } });
    const write = (r: number, c: number, given: unknown): void => {
      const v =
        r1c1 && typeof given === "string" && given.startsWith("=") ? fromR1C1(given, r, c) : given;
      if (kind === "numberFormat") writeNumberFormat(sheet, r, c, v, loc);
      else {
        writeContent(sheet, r, c, v, loc, this._ctx._state.typed);
        if (typeof v === "string" && v.startsWith("=") && v.length > 1)
          afterFormulaWrite(this._ctx._state, sheet, r, c, v);
      }
    };
    if (Array.isArray(input)) {
      const shapeOk =
        input.length === rect.rowCount &&
        input.every((row) => Array.isArray(row) && (row as unknown[]).length === rect.colCount);
      if (!shapeOk) {
        throw excelError(
          "InvalidArgument",
          loc,
          `array shape does not match ${rect.rowCount}x${rect.colCount} range`
        );
      }
      input.forEach((row, r) =>
        (row as unknown[]).forEach((v, c) => write(rect.row + r, rect.col + c, v))
      );
      const filled = input.some((row) =>
        (row as unknown[]).some((v) => v !== null && v !== undefined && v !== "")
      );
      if (kind !== "numberFormat" && filled) growTables(this._ctx._state, sheet, rect);
      return;
    }
    if (input === null || input === undefined)
      throw excelError("InvalidArgument", loc, "null is not a valid value");
    for (let r = 0; r < rect.rowCount; r++)
      for (let c = 0; c < rect.colCount; c++) write(rect.row + r, rect.col + c, input);
    if (kind !== "numberFormat" && input !== "") growTables(this._ctx._state, sheet, rect);
  }

  /** @internal A range derived from this one at sync time. */
  _derive(label: string, f: (rect: CellRect) => CellRect, requires?: string): RangeProxy {
    return new RangeProxy(
      this._ctx,
      () => {
        const ref = this._ref();
        const rect = f(ref.rect);
        if (!rectInSheet(rect))
          throw excelError("InvalidArgument", `Range.${label}`, "outside the worksheet");
        return { sheet: ref.sheet, rect };
      },
      { requires }
    );
  }

  getCell(row: number, column: number): RangeProxy {
    return this._derive("getCell", (r) => cellRect(r.row + row, r.col + column));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this._derive("getOffsetRange", (r) => ({
      ...r,
      row: r.row + rowOffset,
      col: r.col + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this._derive(
      "getResizedRange",
      (r) => ({ ...r, rowCount: r.rowCount + deltaRows, colCount: r.colCount + deltaColumns }),
      EXCEL_API.getResizedRange
    );
  }
  getRow(row: number): RangeProxy {
    return this._derive("getRow", (r) => rowsOf(r, r.row + row, 1));
  }
  getColumn(column: number): RangeProxy {
    return this._derive("getColumn", (r) => columnsOf(r, r.col + column, 1));
  }
  getLastRow(): RangeProxy {
    return this._derive("getLastRow", (r) => rowsOf(r, r.row + r.rowCount - 1, 1));
  }
  getLastColumn(): RangeProxy {
    return this._derive("getLastColumn", (r) => columnsOf(r, r.col + r.colCount - 1, 1));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this._derive("getRowsBelow", (r) => rowsOf(r, r.row + r.rowCount, count));
  }
  getRowsAbove(count = 1): RangeProxy {
    return this._derive("getRowsAbove", (r) => rowsOf(r, r.row - count, count));
  }
  getColumnsAfter(count = 1): RangeProxy {
    return this._derive("getColumnsAfter", (r) => columnsOf(r, r.col + r.colCount, count));
  }
  getColumnsBefore(count = 1): RangeProxy {
    return this._derive("getColumnsBefore", (r) => columnsOf(r, r.col - count, count));
  }
  getEntireColumn(): RangeProxy {
    return this._derive("getEntireColumn", (r) => rowsOf(r, 0, MAX_ROWS));
  }
  getEntireRow(): RangeProxy {
    return this._derive("getEntireRow", (r) => columnsOf(r, 0, MAX_COLUMNS));
  }

  /** Used part of this range; ItemNotFound when nothing in it is used (documented behaviour). */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this._ctx, () => this._usedPart(valuesOnly));
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._ctx._trackNull(
      new RangeProxy(this._ctx, () => this._usedPart(valuesOnly), {
        nullable: true,
        requires: EXCEL_API.getUsedRangeOrNullObject,
      })
    );
  }
  private _usedPart(valuesOnly: boolean): RangeRef | null {
    const ref = this._ref();
    const used = usedRect(ref.sheet, valuesOnly);
    const rect = used ? intersectRects(used, ref.rect) : null;
    return rect ? { sheet: ref.sheet, rect } : null;
  }

  merge(across = false): void {
    this._call(
      "merge",
      [across],
      () => {
        const { sheet, rect } = this._ref();
        assertWritable(sheet, "Range.merge");
        if (tablesOnSheet(this._ctx._state, sheet).some((t) => rectsIntersect(t.rect, rect))) {
          throw excelError("InvalidOperation", "Range.merge", "cannot merge cells inside a table");
        }
        const targets: CellRect[] = across
          ? Array.from({ length: rect.rowCount }, (_, i) => ({
              ...rect,
              row: rect.row + i,
              rowCount: 1,
            }))
          : [rect];
        for (const t of targets) if (t.rowCount * t.colCount >= 2) addMerge(sheet, t);
      },
      EXCEL_API.mergeCells
    );
  }

  unmerge(): void {
    this._call(
      "unmerge",
      [],
      () => {
        const { sheet, rect } = this._ref();
        assertWritable(sheet, "Range.unmerge");
        sheet.merges = sheet.merges.filter((m) => !rectsIntersect(m, rect));
      },
      EXCEL_API.mergeCells
    );
  }

  /** Merged areas intersecting this range (whole areas), null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return this._ctx._trackNull(
      new RangeAreasProxy(
        this._ctx,
        () => {
          const { sheet, rect } = this._ref();
          const areas = sheet.merges.filter((m) => rectsIntersect(m, rect));
          return areas.length ? { sheet, rects: areas.map((a) => ({ ...a })) } : null;
        },
        EXCEL_API.getMergedAreasOrNullObject
      )
    );
  }

  /** applyTo: "All" (default) | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks". */
  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], () => {
      const { sheet, rect } = this._ref();
      assertWritable(sheet, "Range.clear");
      if (applyTo === "All" || applyTo === "Contents")
        this._ctx._state.changed.push({ sheetId: sheet.id, rect: { ...rect } });
      if (applyTo === "All" || applyTo === "Contents") clearContents(sheet, rect);
      if (applyTo === "All" || applyTo === "Formats") clearFormats(sheet, rect);
    });
  }

  select(): void {
    this._call("select", [], () => {
      const { sheet, rect } = this._ref();
      if (sheet.visibility !== "Visible")
        throw excelError("InvalidOperation", "Range.select", "sheet is hidden");
      const wb = this._ctx._state;
      wb.activeSheetId = sheet.id;
      wb.selection = { sheetId: sheet.id, rect: { ...rect } };
    });
  }

  /** @internal Address of the range inside its sheet, e.g. "A1:B2", at sync time. */
  _localAddress(): string {
    return formatRange(this._ref().rect);
  }
}

defineProperties(RangeProxy, RANGE_SCALARS, [
  "format",
  "dataValidation",
  "conditionalFormats",
  "worksheet",
]);

/**
 * Resolves a Range-or-string argument at sync time; an address without a sheet is on
 * `defaultSheet`.
 */
export function resolveRangeArg(
  arg: unknown,
  wb: WorkbookState,
  defaultSheet: () => SheetState,
  location: string
): RangeRef {
  if (arg instanceof RangeProxy) return arg._ref();
  if (typeof arg !== "string")
    throw excelError("InvalidArgument", location, "expected a Range or an address");
  let parsed;
  try {
    parsed = parseAddress(arg);
  } catch {
    throw excelError("InvalidArgument", location, `invalid address ${arg}`);
  }
  const sheet = parsed.sheet !== undefined ? findSheet(wb, parsed.sheet) : defaultSheet();
  if (!sheet) throw excelError("ItemNotFound", location, `no sheet ${parsed.sheet ?? ""}`);
  return { sheet, rect: parsed.rect };
}

/**
 * Table auto-expansion ("Include new rows and columns in table", on by default): content
 * written into the column right beside a table, within its rows, makes the table one column
 * wider (a header "ColumnN" where the header cell is empty); into the row right below it,
 * within its columns, one row longer. As when a person types there; only when the written
 * range lies wholly in that column or row and no other table is in the way.
 */
function growTables(wb: WorkbookState, sheet: SheetState, rect: CellRect): void {
  for (const t of tablesOnSheet(wb, sheet)) {
    const right = t.rect.col + t.rect.colCount;
    const below = t.rect.row + t.rect.rowCount;
    const inRows = rect.row >= t.rect.row && rect.row + rect.rowCount <= below;
    const inCols = rect.col >= t.rect.col && rect.col + rect.colCount <= right;
    let grown: CellRect | undefined;
    if (rect.col === right && rect.colCount === 1 && inRows)
      grown = { ...t.rect, colCount: t.rect.colCount + 1 };
    else if (rect.row === below && rect.rowCount === 1 && inCols)
      grown = { ...t.rect, rowCount: t.rect.rowCount + 1 };
    if (grown === undefined) continue;
    const g = grown;
    if (tablesOnSheet(wb, sheet).some((o) => o !== t && rectsIntersect(o.rect, g))) continue;
    if (g.colCount > t.rect.colCount) {
      const header = readGrid(sheet, { ...g, rowCount: 1 }, "values")[0] ?? [];
      if (header[header.length - 1] === "") {
        let n = 1;
        while (header.includes(`Column${n}`)) n++;
        writeContent(sheet, g.row, right, `Column${n}`, "Table");
      }
    }
    t.rect = g;
    return;
  }
}

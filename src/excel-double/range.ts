/** Excel.Range, Excel.RangeAreas and Excel.RangeCollection doubles. */
import {
  CellRect,
  formatAddress,
  formatRange,
  intersectRects,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  rectInSheet,
  rectsIntersect,
} from "../core/workbook/a1";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { ConditionalFormatCollectionProxy, DataValidationProxy, RangeFormatProxy } from "./format";
import { CollectionProxy, ProxyBase } from "./proxy";
import { EXCEL_API } from "./requirements";
import {
  assertWritable,
  clearContents,
  clearFormats,
  key,
  Props,
  readFormula,
  readNumberFormat,
  readValue,
  SheetState,
  tablesOnSheet,
  usedRect,
  writeContent,
  writeNumberFormat,
} from "./state";
import { WorksheetProxy } from "./worksheet";

export interface RangeRef {
  sheet: SheetState;
  rect: CellRect;
}

export type RangeResolver = () => RangeRef | null;

type Grid = "values" | "formulas" | "numberFormat";

const RANGE_SCALARS = [
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

export class RangeProxy extends ProxyBase {
  readonly _scalars = RANGE_SCALARS;
  private readonly _resolver: RangeResolver;
  private _memo: RangeRef | undefined;

  constructor(
    ctx: RequestContextDouble,
    resolver: RangeResolver,
    options: { nullable?: boolean; requires?: string } = {}
  ) {
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

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }

  get values(): unknown[][] {
    return this._get("values");
  }
  set values(v: unknown) {
    this._setGrid("values", v);
  }
  get formulas(): unknown[][] {
    return this._get("formulas");
  }
  set formulas(v: unknown) {
    this._setGrid("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: unknown) {
    this._setGrid("numberFormat", v);
  }

  get format(): RangeFormatProxy {
    return this._child("format") as RangeFormatProxy;
  }
  get dataValidation(): DataValidationProxy {
    return this._child("dataValidation") as DataValidationProxy;
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this._child("conditionalFormats") as ConditionalFormatCollectionProxy;
  }
  get worksheet(): WorksheetProxy {
    return this._child("worksheet") as WorksheetProxy;
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
    const out: Props = {};
    const grid = (f: (r: number, c: number) => unknown): unknown[][] => {
      const rows: unknown[][] = [];
      for (let r = 0; r < rect.rowCount; r++) {
        const row: unknown[] = [];
        for (let c = 0; c < rect.colCount; c++) row.push(f(rect.row + r, rect.col + c));
        rows.push(row);
      }
      return rows;
    };
    for (const p of props) {
      switch (p) {
        case "address":
        case "addressLocal":
          out[p] = formatAddress(sheet.name, rect);
          break;
        case "rowCount":
          out[p] = rect.rowCount;
          break;
        case "columnCount":
          out[p] = rect.colCount;
          break;
        case "rowIndex":
          out[p] = rect.row;
          break;
        case "columnIndex":
          out[p] = rect.col;
          break;
        case "cellCount":
          out[p] = rect.rowCount * rect.colCount;
          break;
        case "values":
          out[p] = grid((r, c) => readValue(sheet.cells.get(key(r, c))));
          break;
        case "formulas":
          out[p] = grid((r, c) => readFormula(sheet.cells.get(key(r, c))));
          break;
        case "numberFormat":
          out[p] = grid((r, c) => readNumberFormat(sheet.cells.get(key(r, c))));
          break;
      }
    }
    return out;
  }

  /**
   * values / formulas / numberFormat writes, applied at sync. A 2D array must match the range shape
   * (else InvalidArgument); a single non-array value is applied to every cell.
   */
  private _setGrid(kind: Grid, input: unknown): void {
    this._set(kind, input, () => {
      const loc = `Range.${kind}`;
      const { sheet, rect } = this._ref();
      assertWritable(sheet, loc);
      const write = (r: number, c: number, v: unknown): void => {
        if (kind === "numberFormat") writeNumberFormat(sheet, r, c, v, loc);
        else writeContent(sheet, r, c, v, loc);
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
        return;
      }
      if (input === null || input === undefined)
        throw excelError("InvalidArgument", loc, "null is not a valid value");
      for (let r = 0; r < rect.rowCount; r++)
        for (let c = 0; c < rect.colCount; c++) write(rect.row + r, rect.col + c, input);
    });
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
    return this._derive("getCell", (r) => ({
      row: r.row + row,
      col: r.col + column,
      rowCount: 1,
      colCount: 1,
    }));
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
    return this._derive("getRow", (r) => ({ ...r, row: r.row + row, rowCount: 1 }));
  }
  getColumn(column: number): RangeProxy {
    return this._derive("getColumn", (r) => ({ ...r, col: r.col + column, colCount: 1 }));
  }
  getLastRow(): RangeProxy {
    return this._derive("getLastRow", (r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 }));
  }
  getLastColumn(): RangeProxy {
    return this._derive("getLastColumn", (r) => ({
      ...r,
      col: r.col + r.colCount - 1,
      colCount: 1,
    }));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this._derive("getRowsBelow", (r) => ({
      ...r,
      row: r.row + r.rowCount,
      rowCount: count,
    }));
  }
  getRowsAbove(count = 1): RangeProxy {
    return this._derive("getRowsAbove", (r) => ({ ...r, row: r.row - count, rowCount: count }));
  }
  getColumnsAfter(count = 1): RangeProxy {
    return this._derive("getColumnsAfter", (r) => ({
      ...r,
      col: r.col + r.colCount,
      colCount: count,
    }));
  }
  getColumnsBefore(count = 1): RangeProxy {
    return this._derive("getColumnsBefore", (r) => ({ ...r, col: r.col - count, colCount: count }));
  }
  getEntireColumn(): RangeProxy {
    return this._derive("getEntireColumn", (r) => ({ ...r, row: 0, rowCount: MAX_ROWS }));
  }
  getEntireRow(): RangeProxy {
    return this._derive("getEntireRow", (r) => ({ ...r, col: 0, colCount: MAX_COLUMNS }));
  }

  /** Used part of this range; ItemNotFound when nothing in it is used (documented behaviour). */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this._ctx, () => this._usedPart(valuesOnly));
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const p = new RangeProxy(this._ctx, () => this._usedPart(valuesOnly), {
      nullable: true,
      requires: EXCEL_API.getUsedRangeOrNullObject,
    });
    this._ctx._trackNull(p);
    return p;
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
        for (const t of targets) {
          if (t.rowCount * t.colCount < 2) continue;
          sheet.merges = sheet.merges.filter((m) => !rectsIntersect(m, t));
          sheet.merges.push({ ...t });
          // Excel keeps only the upper-left value of a merged area.
          const rest = { ...t };
          for (let r = t.row; r < t.row + t.rowCount; r++) {
            for (let c = t.col; c < t.col + t.colCount; c++) {
              if (r !== t.row || c !== t.col)
                clearContents(sheet, { ...rest, row: r, col: c, rowCount: 1, colCount: 1 });
            }
          }
        }
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
    const p = new RangeAreasProxy(
      this._ctx,
      () => {
        const { sheet, rect } = this._ref();
        const areas = sheet.merges.filter((m) => rectsIntersect(m, rect));
        return areas.length ? { sheet, rects: areas.map((a) => ({ ...a })) } : null;
      },
      EXCEL_API.getMergedAreasOrNullObject
    );
    this._ctx._trackNull(p);
    return p;
  }

  /** applyTo: "All" (default) | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks". */
  clear(applyTo: string = "All"): void {
    this._call("clear", [applyTo], () => {
      const { sheet, rect } = this._ref();
      assertWritable(sheet, "Range.clear");
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

/** Resolves a Range-or-string argument at sync time against a default sheet. */
export function resolveRangeArg(
  arg: unknown,
  defaultSheet: () => SheetState,
  findSheetByName: (name: string) => SheetState | undefined,
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
  const sheet = parsed.sheet !== undefined ? findSheetByName(parsed.sheet) : defaultSheet();
  if (!sheet) throw excelError("ItemNotFound", location, `no sheet ${parsed.sheet ?? ""}`);
  return { sheet, rect: parsed.rect };
}

interface AreasRef {
  sheet: SheetState;
  rects: CellRect[];
}

export class RangeAreasProxy extends ProxyBase {
  readonly _scalars = ["address", "areaCount", "cellCount"] as const;
  private readonly _resolver: () => AreasRef | null;

  constructor(ctx: RequestContextDouble, resolver: () => AreasRef | null, requires: string) {
    super(ctx, "RangeAreas", { nullable: true, requires });
    this._resolver = resolver;
  }

  get address(): string {
    return this._get("address");
  }
  get areaCount(): number {
    return this._get("areaCount");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get areas(): RangeCollectionProxy {
    return this._child("areas") as RangeCollectionProxy;
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return { areas: () => new RangeCollectionProxy(this._ctx, () => this._ref(), this._requires) };
  }

  override _exists(): boolean {
    return this._resolver() !== null;
  }

  private _ref(): AreasRef {
    const ref = this._resolver();
    if (!ref) throw excelError("ItemNotFound", "RangeAreas");
    return ref;
  }

  _read(props: readonly string[]): Props {
    const { sheet, rects } = this._ref();
    const out: Props = {};
    for (const p of props) {
      if (p === "address") out[p] = rects.map((r) => formatAddress(sheet.name, r)).join(",");
      if (p === "areaCount") out[p] = rects.length;
      if (p === "cellCount") out[p] = rects.reduce((n, r) => n + r.rowCount * r.colCount, 0);
    }
    return out;
  }
}

export class RangeCollectionProxy extends CollectionProxy<RangeProxy> {
  readonly _itemScalars = RANGE_SCALARS;
  private readonly _source: () => AreasRef;

  constructor(ctx: RequestContextDouble, source: () => AreasRef, requires?: string) {
    super(ctx, "RangeCollection", { requires });
    this._source = source;
  }

  _keys(): number[] {
    return this._source().rects.map((_, i) => i);
  }

  _itemFor(k: string | number): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const src = this._source();
      const rect = src.rects[Number(k)];
      return rect ? { sheet: src.sheet, rect } : null;
    });
  }
}

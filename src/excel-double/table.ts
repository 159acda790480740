/** Excel.Table / TableCollection / TableRowCollection doubles. */
import { CellRect, rectsIntersect } from "../core/workbook/a1";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase } from "./proxy";
import { RangeProxy, resolveRangeArg } from "./range";
import { EXCEL_API } from "./requirements";
import {
  assertWritable,
  CellState,
  findSheet,
  key,
  newId,
  Props,
  readValue,
  SheetState,
  sheetById,
  TableState,
  writeContent,
} from "./state";
import { WorksheetProxy } from "./worksheet";

/**
 * Error code for a table that would overlap another table or merged cells. The Excel error table
 * documents exactly this case under "MergedRangeConflict".
 */
export const TABLE_CONFLICT_CODE = "MergedRangeConflict" as const;

function validTableName(name: unknown): name is string {
  return (
    typeof name === "string" &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name)
  );
}

function tableByName(tables: TableState[], name: string): TableState | undefined {
  return tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  readonly _itemScalars = [
    "id",
    "name",
    "style",
    "showBandedRows",
    "showHeaders",
    "showTotals",
  ] as const;

  /** scope: the worksheet for `worksheet.tables`, undefined for `workbook.tables`. */
  constructor(
    ctx: RequestContextDouble,
    private readonly _scope?: () => SheetState
  ) {
    super(ctx, "TableCollection", { requires: EXCEL_API.tables });
  }

  private _all(): TableState[] {
    const wb = this._ctx._state;
    if (!this._scope) return wb.tables;
    const sheet = this._scope();
    return wb.tables.filter((t) => t.sheetId === sheet.id);
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const holder: { id?: number } = {};
    this._call("add", [typeof address === "string" ? address : null, hasHeaders], () => {
      const wb = this._ctx._state;
      const loc = "TableCollection.add";
      const active = (): SheetState => {
        const s = sheetById(wb, wb.activeSheetId);
        if (!s) throw excelError("ItemNotFound", loc);
        return s;
      };
      const ref = resolveRangeArg(address, this._scope ?? active, (n) => findSheet(wb, n), loc);
      if (this._scope && ref.sheet !== this._scope())
        throw excelError("InvalidArgument", loc, "range is on another sheet");
      const { sheet } = ref;
      assertWritable(sheet, loc);
      // Without headers Excel adds a header row and shifts the data down by one row.
      const rect: CellRect = hasHeaders
        ? { ...ref.rect }
        : { ...ref.rect, rowCount: ref.rect.rowCount + 1 };
      if (rect.rowCount < 2 && hasHeaders) rect.rowCount = 2;
      const clash =
        wb.tables.some((t) => t.sheetId === sheet.id && rectsIntersect(t.rect, rect)) ||
        sheet.merges.some((m) => rectsIntersect(m, rect));
      if (clash) throw excelError(TABLE_CONFLICT_CODE, loc, "overlaps a table or merged cells");
      if (!hasHeaders)
        shiftDown(sheet, rect.col, rect.colCount, rect.row, rect.row + ref.rect.rowCount, 1);
      writeHeaders(sheet, rect, !hasHeaders, loc);
      let n = 1;
      while (tableByName(wb.tables, `Table${n}`)) n++;
      const table: TableState = {
        id: newId(wb),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        style: "TableStyleMedium2",
        showBandedRows: true,
        showHeaders: true,
      };
      wb.tables.push(table);
      holder.id = table.id;
    });
    return new TableProxy(this._ctx, () => this._ctx._state.tables.find((t) => t.id === holder.id));
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this._ctx, () => tableByName(this._all(), name));
  }

  getItemOrNullObject(name: string): TableProxy {
    const p = new TableProxy(this._ctx, () => tableByName(this._all(), name), {
      nullable: true,
      requires: EXCEL_API.getItemOrNullObject,
    });
    this._ctx._trackNull(p);
    return p;
  }

  getItemAt(index: number): TableProxy {
    return new TableProxy(this._ctx, () => this._all()[index]);
  }

  _keys(): number[] {
    return this._all().map((t) => t.id);
  }

  _itemFor(k: string | number): TableProxy {
    return new TableProxy(this._ctx, () => this._ctx._state.tables.find((t) => t.id === k));
  }
}

/** Header cells: empty -> "ColumnN", duplicates get a numeric suffix (as Excel does). */
function writeHeaders(sheet: SheetState, rect: CellRect, generate: boolean, loc: string): void {
  const seen = new Set<string>();
  for (let c = 0; c < rect.colCount; c++) {
    const current = generate ? "" : readValue(sheet.cells.get(key(rect.row, rect.col + c)));
    let name = current === "" ? `Column${c + 1}` : String(current);
    const base = name;
    let i = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${i++}`;
    seen.add(name.toLowerCase());
    writeContent(sheet, rect.row, rect.col + c, name, loc);
  }
}

/** Moves cells in columns [col, col+colCount) from rows [fromRow, toRow) down by `by` rows. */
function shiftDown(
  sheet: SheetState,
  col: number,
  colCount: number,
  fromRow: number,
  toRow: number,
  by: number
): void {
  const moved: Array<[number, number, CellState]> = [];
  for (const [k, cell] of [...sheet.cells]) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (c >= col && c < col + colCount && r >= fromRow && r < toRow) {
      moved.push([r, c, cell]);
      sheet.cells.delete(k);
    }
  }
  for (const [r, c, cell] of moved) sheet.cells.set(key(r + by, c), cell);
}

function lastUsedRow(sheet: SheetState, col: number, colCount: number): number {
  let last = -1;
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (c >= col && c < col + colCount) last = Math.max(last, r);
  }
  return last;
}

export class TableProxy extends ProxyBase {
  readonly _scalars = [
    "id",
    "name",
    "style",
    "showBandedRows",
    "showHeaders",
    "showTotals",
  ] as const;

  constructor(
    ctx: RequestContextDouble,
    private readonly _resolver: () => TableState | undefined,
    options: { nullable?: boolean; requires?: string } = {}
  ) {
    super(ctx, "Table", { requires: EXCEL_API.tables, ...options });
    this._propRequires.showBandedRows = EXCEL_API.tableShowBandedRows;
  }

  /** @internal */
  _table(): TableState {
    const t = this._resolver();
    if (!t) throw excelError("ItemNotFound", "Table");
    return t;
  }

  private _sheet(): SheetState {
    const s = sheetById(this._ctx._state, this._table().sheetId);
    if (!s) throw excelError("ItemNotFound", "Table");
    return s;
  }

  override _exists(): boolean {
    return this._resolver() !== undefined;
  }

  _read(props: readonly string[]): Props {
    const t = this._table();
    const all: Props = {
      id: `{table-${t.id}}`,
      name: t.name,
      style: t.style,
      showBandedRows: t.showBandedRows,
      showHeaders: t.showHeaders,
      showTotals: false,
    };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => {
      const t = this._table();
      if (!validTableName(v))
        throw excelError("InvalidArgument", "Table.name", `invalid table name ${String(v)}`);
      const other = tableByName(this._ctx._state.tables, v);
      if (other && other !== t) throw excelError("ItemAlreadyExists", "Table.name", v);
      t.name = v;
    });
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, () => {
      assertWritable(this._sheet(), "Table.style");
      this._table().style = v;
    });
  }
  get showBandedRows(): boolean {
    return this._get("showBandedRows");
  }
  set showBandedRows(v: boolean) {
    this._set(
      "showBandedRows",
      v,
      () => {
        assertWritable(this._sheet(), "Table.showBandedRows");
        this._table().showBandedRows = v;
      },
      EXCEL_API.tableShowBandedRows
    );
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }

  get worksheet(): WorksheetProxy {
    return this._child("worksheet") as WorksheetProxy;
  }
  get rows(): TableRowCollectionProxy {
    return this._child("rows") as TableRowCollectionProxy;
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return {
      worksheet: () => new WorksheetProxy(this._ctx, () => this._sheet()),
      rows: () => new TableRowCollectionProxy(this._ctx, this),
    };
  }

  private _range(f: (r: CellRect) => CellRect): RangeProxy {
    return new RangeProxy(
      this._ctx,
      () => ({ sheet: this._sheet(), rect: f(this._table().rect) }),
      { requires: EXCEL_API.tables }
    );
  }
  getRange(): RangeProxy {
    return this._range((r) => ({ ...r }));
  }
  getHeaderRowRange(): RangeProxy {
    return this._range((r) => ({ ...r, rowCount: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this._range((r) => ({ ...r, row: r.row + 1, rowCount: r.rowCount - 1 }));
  }

  /** Deletes the table and its contents. */
  delete(): void {
    this._call("delete", [], () => {
      const t = this._table();
      const sheet = this._sheet();
      assertWritable(sheet, "Table.delete");
      for (let r = t.rect.row; r < t.rect.row + t.rect.rowCount; r++) {
        for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++)
          sheet.cells.delete(key(r, c));
      }
      this._ctx._state.tables = this._ctx._state.tables.filter((x) => x !== t);
    });
  }

  /** Removes the table but keeps the cells. */
  convertToRange(): RangeProxy {
    const range = this.getRange();
    this._call(
      "convertToRange",
      [],
      () => {
        range._ref();
        const t = this._table();
        this._ctx._state.tables = this._ctx._state.tables.filter((x) => x !== t);
      },
      "1.2"
    ); // Table.convertToRange: [Api set: ExcelApi 1.2]
    return range;
  }

  /** @internal */
  _sheetState(): SheetState {
    return this._sheet();
  }
}

export class TableRowCollectionProxy extends ProxyBase {
  readonly _scalars = ["count"] as const;

  constructor(
    ctx: RequestContextDouble,
    private readonly _tableProxy: TableProxy
  ) {
    super(ctx, "TableRowCollection", { requires: EXCEL_API.tables });
  }

  get count(): number {
    return this._get("count");
  }

  _read(props: readonly string[]): Props {
    const t = this._tableProxy._table();
    return Object.fromEntries(props.map((p) => [p, t.rect.rowCount - 1]));
  }

  /**
   * Inserts rows at `index` of the data body (end when null/undefined/-1); cells of the table's
   * columns below the insertion point move down. Each row must have the table's column count.
   */
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): void {
    this._call("add", [index ?? null, values ?? null], () => {
      const loc = "TableRowCollection.add";
      const t = this._tableProxy._table();
      const sheet = this._tableProxy._sheetState();
      assertWritable(sheet, loc);
      const rows: unknown[][] =
        values === undefined || values === null
          ? [[]]
          : Array.isArray(values)
            ? (values as unknown[][])
            : [Array(t.rect.colCount).fill(values)];
      if (
        values !== undefined &&
        values !== null &&
        !rows.every((r) => Array.isArray(r) && r.length === t.rect.colCount)
      ) {
        throw excelError("InvalidArgument", loc, `each row needs ${t.rect.colCount} values`);
      }
      const dataRows = t.rect.rowCount - 1;
      const at = index === undefined || index === null || index === -1 ? dataRows : index;
      if (!Number.isInteger(at) || at < 0 || at > dataRows)
        throw excelError("InvalidArgument", loc, "index out of range");
      const insertRow = t.rect.row + 1 + at;
      const last = lastUsedRow(sheet, t.rect.col, t.rect.colCount);
      shiftDown(
        sheet,
        t.rect.col,
        t.rect.colCount,
        insertRow,
        Math.max(last + 1, insertRow),
        rows.length
      );
      rows.forEach((row, i) =>
        row.forEach((v, c) => writeContent(sheet, insertRow + i, t.rect.col + c, v, loc))
      );
      t.rect = { ...t.rect, rowCount: t.rect.rowCount + rows.length };
    });
  }
}

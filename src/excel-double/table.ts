/** Excel.Table and TableCollection doubles. */
import { CellRect, rectsIntersect } from "../core/workbook/a1";
import { defineProperties } from "./accessors";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, ProxyOptions, ResolvedProxy } from "./proxy";
import { RangeProxy, resolveRangeArg } from "./range";
import { EXCEL_API } from "./requirements";
import {
  assertWritable,
  key,
  newId,
  Props,
  readValue,
  SheetState,
  sheetById,
  TableState,
  writeContent,
} from "./state";
import { shiftDown, shiftRight, TableRowCollectionProxy } from "./table-rows";
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

const TABLE_SCALARS = [
  "id",
  "name",
  "style",
  "showBandedRows",
  "showHeaders",
  "showTotals",
] as const;

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  readonly _itemScalars = TABLE_SCALARS;

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
      const ref = resolveRangeArg(address, wb, this._scope ?? active, loc);
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
    return this._ctx._trackNull(
      new TableProxy(this._ctx, () => tableByName(this._all(), name), {
        nullable: true,
        requires: EXCEL_API.getItemOrNullObject,
      })
    );
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

export class TableProxy extends ResolvedProxy<TableState> {
  readonly _scalars = TABLE_SCALARS;
  declare readonly id: string;
  declare readonly showHeaders: boolean;
  declare readonly worksheet: WorksheetProxy;
  declare readonly rows: TableRowCollectionProxy;
  declare readonly columns: TableColumnCollectionProxy;

  constructor(
    ctx: RequestContextDouble,
    resolver: () => TableState | undefined,
    options: ProxyOptions = {}
  ) {
    super(ctx, "Table", resolver, { requires: EXCEL_API.tables, ...options });
    this._propRequires.showBandedRows = EXCEL_API.tableShowBandedRows;
  }

  /** @internal */
  _sheet(): SheetState {
    const s = sheetById(this._ctx._state, this._ref().sheetId);
    if (!s) throw excelError("ItemNotFound", "Table");
    return s;
  }

  _read(props: readonly string[]): Props {
    const t = this._ref();
    const all: Props = {
      id: `{table-${t.id}}`,
      name: t.name,
      style: t.style,
      showBandedRows: t.showBandedRows,
      showHeaders: t.showHeaders,
      showTotals: t.showTotals === true,
    };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }

  set name(v: string) {
    this._set("name", v, () => {
      const t = this._ref();
      if (!validTableName(v))
        throw excelError("InvalidArgument", "Table.name", `invalid table name ${String(v)}`);
      const other = tableByName(this._ctx._state.tables, v);
      if (other && other !== t) throw excelError("ItemAlreadyExists", "Table.name", v);
      t.name = v;
    });
  }
  set style(v: string) {
    this._set("style", v, () => {
      assertWritable(this._sheet(), "Table.style");
      this._ref().style = v;
    });
  }
  /**
   * The totals row: shown, the table takes the row under its data ("Total" in its first
   * column); hidden, that row is cleared and the table ends above it.
   */
  set showTotals(v: boolean) {
    this._set("showTotals", v, () => {
      const t = this._ref();
      const sheet = this._sheet();
      assertWritable(sheet, "Table.showTotals");
      if (v === (t.showTotals === true)) return;
      if (v) {
        t.rect = { ...t.rect, rowCount: t.rect.rowCount + 1 };
        writeContent(
          sheet,
          t.rect.row + t.rect.rowCount - 1,
          t.rect.col,
          "Total",
          "Table.showTotals"
        );
      } else {
        const last = t.rect.row + t.rect.rowCount - 1;
        for (let c = t.rect.col; c < t.rect.col + t.rect.colCount; c++)
          sheet.cells.delete(key(last, c));
        t.rect = { ...t.rect, rowCount: t.rect.rowCount - 1 };
      }
      t.showTotals = v;
    });
  }
  set showBandedRows(v: boolean) {
    this._set(
      "showBandedRows",
      v,
      () => {
        assertWritable(this._sheet(), "Table.showBandedRows");
        this._ref().showBandedRows = v;
      },
      EXCEL_API.tableShowBandedRows
    );
  }
  protected override _childFactories(): Record<string, () => ProxyBase> {
    return {
      worksheet: () => new WorksheetProxy(this._ctx, () => this._sheet()),
      rows: () => new TableRowCollectionProxy(this._ctx, this),
      columns: () => new TableColumnCollectionProxy(this._ctx, this),
    };
  }

  private _range(f: (r: CellRect) => CellRect): RangeProxy {
    return new RangeProxy(this._ctx, () => ({ sheet: this._sheet(), rect: f(this._ref().rect) }), {
      requires: EXCEL_API.tables,
    });
  }
  getRange(): RangeProxy {
    return this._range((r) => ({ ...r }));
  }
  getHeaderRowRange(): RangeProxy {
    return this._range((r) => ({ ...r, rowCount: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this._range((r) => ({
      ...r,
      row: r.row + 1,
      rowCount: r.rowCount - 1 - this._totals(),
    }));
  }
  getTotalRowRange(): RangeProxy {
    return this._range((r) => {
      if (this._totals() === 0) throw excelError("InvalidOperation", "Table.getTotalRowRange");
      return { ...r, row: r.row + r.rowCount - 1, rowCount: 1 };
    });
  }

  /** @internal Rows of the totals row (0 or 1). */
  _totals(): number {
    return this._ref().showTotals === true ? 1 : 0;
  }

  /** Deletes the table and its contents. */
  delete(): void {
    this._call("delete", [], () => {
      const t = this._ref();
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
        const t = this._ref();
        this._ctx._state.tables = this._ctx._state.tables.filter((x) => x !== t);
      },
      "1.2"
    ); // Table.convertToRange: [Api set: ExcelApi 1.2]
    return range;
  }
}

defineProperties(TableProxy, TABLE_SCALARS, ["worksheet", "rows", "columns"]);

/**
 * Excel.TableColumnCollection double: the count, and `add`, which inserts a column into the
 * table (the cells of the table's rows from that column rightwards move one column right) with
 * its header — `name`, else the first of `values`, else "ColumnN" — and the rest of `values`
 * in its data rows. Appending (index null or -1) and naming need ExcelApi 1.4; 1.1 takes only
 * an index inside the table.
 */
export class TableColumnCollectionProxy extends ProxyBase {
  readonly _scalars = ["count"] as const;
  declare readonly count: number;

  constructor(
    ctx: RequestContextDouble,
    private readonly _tableProxy: TableProxy
  ) {
    super(ctx, "TableColumnCollection", { requires: EXCEL_API.tables });
  }

  _read(props: readonly string[]): Props {
    const t = this._tableProxy._ref();
    return Object.fromEntries(props.map((p) => [p, t.rect.colCount]));
  }

  add(index?: number | null, values?: unknown, name?: string | null): void {
    const append = index === undefined || index === null || index === -1;
    const named = name !== undefined && name !== null;
    this._call(
      "add",
      [index ?? null, values ?? null, name ?? null],
      () => {
        const loc = "TableColumnCollection.add";
        const t = this._tableProxy._ref();
        const sheet = this._tableProxy._sheet();
        assertWritable(sheet, loc);
        const at = append ? t.rect.colCount : (index as number);
        if (!Number.isInteger(at) || at < 0 || at > t.rect.colCount)
          throw excelError("InvalidArgument", loc, "index out of range");
        const body = t.rect.rowCount - this._tableProxy._totals();
        const column: unknown[] =
          values === undefined || values === null
            ? []
            : Array.isArray(values)
              ? (values as unknown[][]).map((row) => {
                  if (!Array.isArray(row) || row.length !== 1)
                    throw excelError("InvalidArgument", loc, "one value a row");
                  return row[0];
                })
              : Array(body).fill(values);
        if (column.length > 0 && column.length !== body)
          throw excelError("InvalidArgument", loc, `the column needs ${body} values`);
        const col = t.rect.col + at;
        shiftRight(sheet, t.rect.row, t.rect.rowCount, col, 1);
        const header = named ? String(name) : column.length > 0 ? String(column[0] ?? "") : "";
        const taken = new Set<string>();
        for (let c = t.rect.col; c < t.rect.col + t.rect.colCount + 1; c++)
          if (c !== col)
            taken.add(String(readValue(sheet.cells.get(key(t.rect.row, c)))).toLowerCase());
        let unique = header === "" ? `Column${at + 1}` : header;
        for (let i = 2; taken.has(unique.toLowerCase()); i++)
          unique = `${header === "" ? "Column" : header}${i}`;
        writeContent(sheet, t.rect.row, col, unique, loc);
        column.slice(1).forEach((v, r) => writeContent(sheet, t.rect.row + 1 + r, col, v, loc));
        t.rect = { ...t.rect, colCount: t.rect.colCount + 1 };
      },
      append || named ? EXCEL_API.tableColumnAppend : undefined
    );
  }
}

defineProperties(TableColumnCollectionProxy, ["count"]);

/** Excel.TableRowCollection double: row count and row inserts that push the cells below down. */
import { defineProperties } from "./accessors";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import { EXCEL_API } from "./requirements";
import { assertWritable, CellState, cellAt, key, Props, SheetState, writeContent } from "./state";
import type { TableProxy } from "./table";

/** Moves cells in columns [col, col+colCount) from rows [fromRow, toRow) down by `by` rows. */
export function shiftDown(
  sheet: SheetState,
  col: number,
  colCount: number,
  fromRow: number,
  toRow: number,
  by: number
): void {
  const moved: Array<[number, number, CellState]> = [];
  for (const [k, cell] of [...sheet.cells]) {
    const [r, c] = cellAt(k);
    if (c >= col && c < col + colCount && r >= fromRow && r < toRow) {
      moved.push([r, c, cell]);
      sheet.cells.delete(k);
    }
  }
  for (const [r, c, cell] of moved) sheet.cells.set(key(r + by, c), cell);
}

/** Moves cells in rows [row, row+rowCount) from column `fromCol` rightwards by `by` columns. */
export function shiftRight(
  sheet: SheetState,
  row: number,
  rowCount: number,
  fromCol: number,
  by: number
): void {
  const moved: Array<[number, number, CellState]> = [];
  for (const [k, cell] of [...sheet.cells]) {
    const [r, c] = cellAt(k);
    if (r >= row && r < row + rowCount && c >= fromCol) {
      moved.push([r, c, cell]);
      sheet.cells.delete(k);
    }
  }
  for (const [r, c, cell] of moved) sheet.cells.set(key(r, c + by), cell);
}

function lastUsedRow(sheet: SheetState, col: number, colCount: number): number {
  let last = -1;
  for (const k of sheet.cells.keys()) {
    const [r, c] = cellAt(k);
    if (c >= col && c < col + colCount) last = Math.max(last, r);
  }
  return last;
}

export class TableRowCollectionProxy extends ProxyBase {
  readonly _scalars = ["count"] as const;
  declare readonly count: number;

  constructor(
    ctx: RequestContextDouble,
    private readonly _tableProxy: TableProxy
  ) {
    super(ctx, "TableRowCollection", { requires: EXCEL_API.tables });
  }

  _read(props: readonly string[]): Props {
    const t = this._tableProxy._ref();
    return Object.fromEntries(
      props.map((p) => [p, t.rect.rowCount - 1 - this._tableProxy._totals()])
    );
  }

  /**
   * Inserts rows at `index` of the data body (end when null/undefined/-1); cells of the table's
   * columns below the insertion point move down. Each row must have the table's column count.
   */
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): void {
    const many = Array.isArray(values) && values.length > 1;
    this._call(
      "add",
      [index ?? null, values ?? null],
      () => {
        const loc = "TableRowCollection.add";
        const t = this._tableProxy._ref();
        const sheet = this._tableProxy._sheet();
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
        const dataRows = t.rect.rowCount - 1 - this._tableProxy._totals();
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
      },
      many ? EXCEL_API.tableRowsAtOnce : undefined
    );
  }
}

defineProperties(TableRowCollectionProxy, ["count"]);

/** Excel.Worksheet double: properties, ranges, used range, activation and deletion. */
import { CellRect, MAX_COLUMNS, MAX_ROWS, parseAddress } from "../core/workbook/a1";
import { defineProperties } from "./accessors";
import { ChartCollectionProxy } from "./chart";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { ProxyBase, ProxyOptions } from "./proxy";
import { RangeProxy } from "./range";
import { EXCEL_API } from "./requirements";
import { FreezePanesProxy, PageLayoutProxy, ProtectionProxy } from "./sheet-parts";
import {
  findSheet,
  Props,
  SheetState,
  sheetById,
  usedRect,
  validateSheetName,
  WorkbookState,
} from "./state";
import { TableCollectionProxy } from "./table";

export const WORKSHEET_SCALARS = [
  "id",
  "name",
  "position",
  "visibility",
  "tabColor",
  "showGridlines",
] as const;

export class WorksheetProxy extends ProxyBase {
  readonly _scalars = WORKSHEET_SCALARS;
  declare readonly id: string;
  declare readonly protection: ProtectionProxy;
  declare readonly freezePanes: FreezePanesProxy;
  declare readonly pageLayout: PageLayoutProxy;
  declare readonly charts: ChartCollectionProxy;
  declare readonly tables: TableCollectionProxy;
  private readonly _resolver: () => SheetState | undefined;
  private _boundId: number | undefined;

  constructor(
    ctx: RequestContextDouble,
    resolver: () => SheetState | undefined,
    options: ProxyOptions = {}
  ) {
    super(ctx, "Worksheet", options);
    this._resolver = resolver;
    this._propRequires.tabColor = EXCEL_API.tabColor;
    this._propRequires.showGridlines = EXCEL_API.showGridlines;
  }

  /** @internal The sheet, bound by id on first successful resolution (renames keep working). */
  _sheet(): SheetState {
    const wb = this._ctx._state;
    const sheet = this._boundId !== undefined ? sheetById(wb, this._boundId) : this._resolver();
    if (!sheet) throw excelError("ItemNotFound", "Worksheet");
    this._boundId = sheet.id;
    return sheet;
  }

  override _exists(): boolean {
    try {
      this._sheet();
      return true;
    } catch {
      return false;
    }
  }

  set name(v: string) {
    this._write("name", v, (wb, sheet) => {
      const name = validateSheetName(v, "Worksheet.name");
      const other = findSheet(wb, name);
      if (other && other !== sheet) throw excelError("ItemAlreadyExists", "Worksheet.name", name);
      sheet.name = name;
    });
  }
  set position(v: number) {
    this._write(
      "position",
      v,
      (wb, sheet) => {
        if (!Number.isInteger(v) || v < 0 || v >= wb.sheets.length)
          throw excelError("InvalidArgument", "Worksheet.position");
        wb.sheets = wb.sheets.filter((s) => s !== sheet);
        wb.sheets.splice(v, 0, sheet);
      },
      EXCEL_API.worksheetPosition
    );
  }
  set visibility(v: string) {
    this._write(
      "visibility",
      v,
      (wb, sheet) => {
        if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
          throw excelError("InvalidArgument", "Worksheet.visibility");
        if (
          v !== "Visible" &&
          wb.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0
        ) {
          throw excelError(
            "InvalidOperation",
            "Worksheet.visibility",
            "a workbook needs a visible sheet"
          );
        }
        sheet.visibility = v;
        if (v !== "Visible" && wb.activeSheetId === sheet.id) activateFirstVisible(this._ctx);
      },
      EXCEL_API.setVisibility
    );
  }
  set tabColor(v: string) {
    this._write("tabColor", v, (_, sheet) => (sheet.tabColor = v), EXCEL_API.tabColor);
  }
  set showGridlines(v: boolean) {
    this._write("showGridlines", v, (_, s) => (s.showGridlines = v), EXCEL_API.showGridlines);
  }

  /** Queues a property write; `apply` changes the sheet at sync. */
  private _write(
    prop: string,
    value: unknown,
    apply: (wb: WorkbookState, sheet: SheetState) => void,
    requires?: string
  ): void {
    this._set(prop, value, () => apply(this._ctx._state, this._sheet()), requires);
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return {
      protection: () => new ProtectionProxy(this._ctx, this),
      freezePanes: () => new FreezePanesProxy(this._ctx, this),
      pageLayout: () => new PageLayoutProxy(this._ctx, this),
      charts: () => new ChartCollectionProxy(this._ctx, () => this._sheet()),
      tables: () => new TableCollectionProxy(this._ctx, () => this._sheet()),
    };
  }

  _read(props: readonly string[]): Props {
    const wb = this._ctx._state;
    const s = this._sheet();
    const all: Props = {
      id: `{sheet-${s.id}}`,
      name: s.name,
      position: wb.sheets.indexOf(s),
      visibility: s.visibility,
      tabColor: s.tabColor,
      showGridlines: s.showGridlines,
    };
    return Object.fromEntries(props.map((p) => [p, all[p]]));
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const sheet = this._sheet();
      if (address === undefined)
        return { sheet, rect: { row: 0, col: 0, rowCount: MAX_ROWS, colCount: MAX_COLUMNS } };
      let parsed;
      try {
        parsed = parseAddress(address);
      } catch {
        throw excelError("InvalidArgument", "Worksheet.getRange", `invalid address ${address}`);
      }
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw excelError(
          "InvalidArgument",
          "Worksheet.getRange",
          `address belongs to another sheet: ${address}`
        );
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): RangeProxy {
    const rect: CellRect = { row: startRow, col: startColumn, rowCount, colCount: columnCount };
    const whole = this.getRange();
    return new RangeProxy(this._ctx, () => whole._derive("getRangeByIndexes", () => rect)._ref(), {
      requires: EXCEL_API.getRangeByIndexes,
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRange().getCell(row, column);
  }

  /** Per the reference: on a blank sheet this returns the top-left cell (A1), it does not throw. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const sheet = this._sheet();
      return {
        sheet,
        rect: usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 },
      };
    });
  }

  /** Null object on a blank sheet (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._ctx._trackNull(
      new RangeProxy(
        this._ctx,
        () => {
          const sheet = this._sheet();
          const rect = usedRect(sheet, valuesOnly);
          return rect ? { sheet, rect } : null;
        },
        { nullable: true, requires: EXCEL_API.getUsedRangeOrNullObject }
      )
    );
  }

  activate(): void {
    this._call("activate", [], () => {
      const sheet = this._sheet();
      if (sheet.visibility !== "Visible")
        throw excelError("InvalidOperation", "Worksheet.activate", "sheet is hidden");
      this._ctx._state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      const wb = this._ctx._state;
      const sheet = this._sheet();
      if (!wb.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw excelError(
          "InvalidOperation",
          "Worksheet.delete",
          "cannot delete the last visible sheet"
        );
      }
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      wb.tables = wb.tables.filter((t) => t.sheetId !== sheet.id);
      if (wb.selection?.sheetId === sheet.id) delete wb.selection;
      if (wb.activeSheetId === sheet.id) activateFirstVisible(this._ctx);
    });
  }
}

defineProperties(WorksheetProxy, WORKSHEET_SCALARS, [
  "protection",
  "freezePanes",
  "pageLayout",
  "charts",
  "tables",
]);

export function activateFirstVisible(ctx: RequestContextDouble): void {
  const wb = ctx._state;
  const next = wb.sheets.find((s) => s.visibility === "Visible");
  if (next) wb.activeSheetId = next.id;
}

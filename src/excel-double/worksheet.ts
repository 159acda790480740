/** Excel.Worksheet double plus protection, freeze panes and page layout. */
import { CellRect, formatRange, MAX_COLUMNS, MAX_ROWS, parseAddress } from "../core/workbook/a1";
import { ChartCollectionProxy } from "./chart";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { ProxyBase, RecordProxy } from "./proxy";
import { RangeProxy, resolveRangeArg } from "./range";
import { EXCEL_API } from "./requirements";
import { findSheet, Props, SheetState, sheetById, usedRect, validateSheetName } from "./state";
import { TableCollectionProxy } from "./table";

export class WorksheetProxy extends ProxyBase {
  readonly _scalars = [
    "id",
    "name",
    "position",
    "visibility",
    "tabColor",
    "showGridlines",
  ] as const;
  private readonly _resolver: () => SheetState | undefined;
  private _boundId: number | undefined;

  constructor(
    ctx: RequestContextDouble,
    resolver: () => SheetState | undefined,
    options: { nullable?: boolean; requires?: string } = {}
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

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, () => {
      const sheet = this._sheet();
      const name = validateSheetName(v, "Worksheet.name");
      const other = findSheet(this._ctx._state, name);
      if (other && other !== sheet) throw excelError("ItemAlreadyExists", "Worksheet.name", name);
      sheet.name = name;
    });
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set(
      "position",
      v,
      () => {
        const wb = this._ctx._state;
        const sheet = this._sheet();
        if (!Number.isInteger(v) || v < 0 || v >= wb.sheets.length)
          throw excelError("InvalidArgument", "Worksheet.position");
        wb.sheets = wb.sheets.filter((s) => s !== sheet);
        wb.sheets.splice(v, 0, sheet);
      },
      EXCEL_API.worksheetPosition
    );
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._set(
      "visibility",
      v,
      () => {
        const wb = this._ctx._state;
        const sheet = this._sheet();
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
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set(
      "tabColor",
      v,
      () => {
        this._sheet().tabColor = v;
      },
      EXCEL_API.tabColor
    );
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._set(
      "showGridlines",
      v,
      () => {
        this._sheet().showGridlines = v;
      },
      EXCEL_API.showGridlines
    );
  }

  get protection(): RecordProxy & {
    protected: boolean;
    protect(options?: unknown, password?: string): void;
    unprotect(password?: string): void;
  } {
    return this._child("protection") as RecordProxy & {
      protected: boolean;
      protect(options?: unknown, password?: string): void;
      unprotect(password?: string): void;
    };
  }
  get freezePanes(): FreezePanesProxy {
    return this._child("freezePanes") as FreezePanesProxy;
  }
  get pageLayout(): PageLayoutProxy {
    return this._child("pageLayout") as PageLayoutProxy;
  }
  get charts(): ChartCollectionProxy {
    return this._child("charts") as ChartCollectionProxy;
  }
  get tables(): TableCollectionProxy {
    return this._child("tables") as TableCollectionProxy;
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
    const p = new RangeProxy(
      this._ctx,
      () => {
        const sheet = this._sheet();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      { nullable: true, requires: EXCEL_API.getUsedRangeOrNullObject }
    );
    this._ctx._trackNull(p);
    return p;
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

export function activateFirstVisible(ctx: RequestContextDouble): void {
  const wb = ctx._state;
  const next = wb.sheets.find((s) => s.visibility === "Visible");
  if (next) wb.activeSheetId = next.id;
}

class ProtectionProxy extends RecordProxy {
  constructor(
    ctx: RequestContextDouble,
    private readonly _ws: WorksheetProxy
  ) {
    super(
      ctx,
      "WorksheetProtection",
      ["protected"],
      () => ({ protected: _ws._sheet().protected }),
      {
        requires: EXCEL_API.protection,
        readonly: ["protected"],
      }
    );
  }
  protect(options?: unknown, password?: string): void {
    this._call("protect", [options ?? null, password ?? null], () => {
      const sheet = this._ws._sheet();
      if (sheet.protected)
        throw excelError("InvalidOperation", "WorksheetProtection.protect", "already protected");
      sheet.protected = true;
    });
  }
  unprotect(password?: string): void {
    this._call("unprotect", [password ?? null], () => {
      this._ws._sheet().protected = false;
    });
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): recorded as { rows, columns }. */
export class FreezePanesProxy extends ProxyBase {
  readonly _scalars: readonly string[] = [];
  constructor(
    ctx: RequestContextDouble,
    private readonly _ws: WorksheetProxy
  ) {
    super(ctx, "WorksheetFreezePanes", { requires: EXCEL_API.freezePanes });
  }
  _read(): Props {
    return {};
  }
  freezeRows(count = 1): void {
    this._call("freezeRows", [count], () => {
      this._ws._sheet().freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this._call("freezeColumns", [count], () => {
      this._ws._sheet().freeze = { rows: 0, columns: count };
    });
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._call("freezeAt", [typeof frozenRange === "string" ? frozenRange : null], () => {
      const sheet = this._ws._sheet();
      const ref = resolveRangeArg(
        frozenRange,
        () => sheet,
        (n) => findSheet(this._ctx._state, n),
        "WorksheetFreezePanes.freezeAt"
      );
      sheet.freeze = {
        rows: ref.rect.row + ref.rect.rowCount,
        columns: ref.rect.col + ref.rect.colCount,
      };
    });
  }
  unfreeze(): void {
    this._call("unfreeze", [], () => {
      this._ws._sheet().freeze = { rows: 0, columns: 0 };
    });
  }
}

const PAGE_LAYOUT_PROPS = [
  "orientation",
  "paperSize",
  "zoom",
  "printGridlines",
  "printHeadings",
  "printOrder",
  "blackAndWhite",
  "draftMode",
  "centerHorizontally",
  "centerVertically",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
  "firstPageNumber",
  "printComments",
  "printErrors",
] as const;

const HEADER_FOOTER_PROPS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

/** Worksheet.pageLayout (ExcelApi 1.9): every property is recorded as plain data. */
export class PageLayoutProxy extends RecordProxy {
  constructor(
    ctx: RequestContextDouble,
    private readonly _ws: WorksheetProxy
  ) {
    const requires = EXCEL_API.pageLayout;
    const group =
      (name: string): (() => ProxyBase) =>
      () =>
        new RecordProxy(
          ctx,
          "HeaderFooter",
          HEADER_FOOTER_PROPS,
          () => {
            const hf = _ws._sheet().pageLayout.headersFooters;
            hf[name] ??= {};
            return hf[name] as Props;
          },
          { requires }
        );
    super(ctx, "PageLayout", PAGE_LAYOUT_PROPS, () => _ws._sheet().pageLayout.props, {
      requires,
      children: {
        headersFooters: () =>
          new RecordProxy(
            ctx,
            "HeaderFooterGroup",
            ["state", "useSheetMargins", "useSheetScale"],
            () => {
              const hf = _ws._sheet().pageLayout.headersFooters;
              hf.group ??= {};
              return hf.group as Props;
            },
            {
              requires,
              children: {
                defaultForAllPages: group("defaultForAllPages"),
                firstPage: group("firstPage"),
                evenPages: group("evenPages"),
                oddPages: group("oddPages"),
              },
            }
          ),
      },
    });
  }

  private _setAddress(method: string, prop: string, arg: unknown): void {
    this._call(method, [typeof arg === "string" ? arg : null], () => {
      const sheet = this._ws._sheet();
      const ref = resolveRangeArg(
        arg,
        () => sheet,
        (n) => findSheet(this._ctx._state, n),
        `PageLayout.${method}`
      );
      sheet.pageLayout.props[prop] = formatRange(ref.rect);
    });
  }
  setPrintTitleRows(printTitleRows: RangeProxy | string): void {
    this._setAddress("setPrintTitleRows", "printTitleRows", printTitleRows);
  }
  setPrintTitleColumns(printTitleColumns: RangeProxy | string): void {
    this._setAddress("setPrintTitleColumns", "printTitleColumns", printTitleColumns);
  }
  setPrintArea(printArea: RangeProxy | string): void {
    this._setAddress("setPrintArea", "printArea", printArea);
  }
}

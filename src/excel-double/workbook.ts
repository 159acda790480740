/** Excel.Workbook, WorksheetCollection and settings doubles. */
import { defineProperties } from "./accessors";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase } from "./proxy";
import { RangeProxy } from "./range";
import { EXCEL_API } from "./requirements";
import {
  clone,
  createSheetState,
  findSheet,
  Props,
  sheetById,
  validateSheetName,
  type WorksheetChangedArgs,
} from "./state";
import { TableCollectionProxy } from "./table";
import { WORKSHEET_SCALARS, WorksheetProxy } from "./worksheet";

export class WorkbookProxy extends ProxyBase {
  readonly _scalars = ["name"] as const;
  declare readonly name: string;
  declare readonly worksheets: WorksheetCollectionProxy;
  declare readonly tables: TableCollectionProxy;
  declare readonly settings: SettingCollectionProxy;

  constructor(ctx: RequestContextDouble) {
    super(ctx, "Workbook");
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return {
      worksheets: () => new WorksheetCollectionProxy(this._ctx),
      tables: () => new TableCollectionProxy(this._ctx),
      settings: () => new SettingCollectionProxy(this._ctx),
    };
  }

  _read(props: readonly string[]): Props {
    return Object.fromEntries(props.map((p) => [p, p === "name" ? "Book1.xlsx" : null]));
  }

  /** The selected range (A1 of the active sheet when nothing was selected). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const wb = this._ctx._state;
      const sel =
        wb.selection && wb.selection.sheetId === wb.activeSheetId ? wb.selection : undefined;
      const sheet = sheetById(wb, wb.activeSheetId);
      if (!sheet) return null;
      return { sheet, rect: sel ? { ...sel.rect } : { row: 0, col: 0, rowCount: 1, colCount: 1 } };
    });
  }

  getActiveCell(): RangeProxy {
    const sel = this.getSelectedRange();
    return sel.getCell(0, 0);
  }
}

defineProperties(WorkbookProxy, ["name"], ["worksheets", "tables", "settings"]);

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  readonly _itemScalars = WORKSHEET_SCALARS;

  constructor(ctx: RequestContextDouble) {
    super(ctx, "WorksheetCollection");
  }

  /** Adds at the end; duplicate names (case-insensitive) -> ItemAlreadyExists, bad names -> InvalidArgument. */
  add(name?: string): WorksheetProxy {
    const holder: { id?: number } = {};
    this._call("add", [name ?? null], () => {
      const wb = this._ctx._state;
      let finalName: string;
      if (name === undefined || name === null) {
        let n = wb.sheets.length + 1;
        while (findSheet(wb, `Sheet${n}`)) n++;
        finalName = `Sheet${n}`;
      } else {
        finalName = validateSheetName(name, "WorksheetCollection.add");
        if (findSheet(wb, finalName))
          throw excelError("ItemAlreadyExists", "WorksheetCollection.add", finalName);
      }
      const sheet = createSheetState(wb, finalName);
      wb.sheets.push(sheet);
      holder.id = sheet.id;
    });
    return new WorksheetProxy(this._ctx, () =>
      holder.id === undefined ? undefined : sheetById(this._ctx._state, holder.id)
    );
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => findSheet(this._ctx._state, key));
  }

  /** WorksheetCollection.onChanged (ExcelApi 1.9): handlers are called after cells change. */
  get onChanged(): ChangedEventDouble {
    return new ChangedEventDouble(this._ctx);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return this._ctx._trackNull(
      new WorksheetProxy(this._ctx, () => findSheet(this._ctx._state, key), {
        nullable: true,
        requires: EXCEL_API.getItemOrNullObject,
      })
    );
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () =>
      sheetById(this._ctx._state, this._ctx._state.activeSheetId)
    );
  }

  getFirst(visibleOnly = false): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () =>
      this._ctx._state.sheets.find((s) => !visibleOnly || s.visibility === "Visible")
    );
  }

  _keys(): number[] {
    return this._ctx._state.sheets.map((s) => s.id);
  }

  _itemFor(k: string | number): WorksheetProxy {
    return new WorksheetProxy(this._ctx, () => sheetById(this._ctx._state, Number(k)));
  }
}

/** Workbook.settings (ExcelApi 1.4). Values are stored as JSON (Dates become strings). */
export class SettingCollectionProxy extends CollectionProxy<SettingProxy> {
  readonly _itemScalars = ["key", "value"] as const;

  constructor(ctx: RequestContextDouble) {
    super(ctx, "SettingCollection", { requires: EXCEL_API.settings });
  }

  /** Sets or adds the setting. */
  add(key: string, value: unknown): SettingProxy {
    this._call("add", [key, value], () => {
      if (typeof key !== "string" || key === "")
        throw excelError("InvalidArgument", "SettingCollection.add", "empty key");
      this._ctx._state.settings.set(key, clone(value));
    });
    return this.getItem(key);
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this._ctx, key);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this._ctx._trackNull(new SettingProxy(this._ctx, key, true));
  }

  _keys(): string[] {
    return [...this._ctx._state.settings.keys()];
  }

  _itemFor(k: string | number): SettingProxy {
    return new SettingProxy(this._ctx, String(k));
  }
}

export class SettingProxy extends ProxyBase {
  readonly _scalars = ["key", "value"] as const;
  declare readonly key: string;

  constructor(
    ctx: RequestContextDouble,
    private readonly _key: string,
    nullable = false
  ) {
    super(ctx, "Setting", { requires: EXCEL_API.settings, nullable });
  }

  override _exists(): boolean {
    return this._ctx._state.settings.has(this._key);
  }

  set value(v: unknown) {
    this._set("value", v, () => {
      this._assertExists("Setting.value");
      this._ctx._state.settings.set(this._key, clone(v));
    });
  }

  private _assertExists(loc: string): void {
    if (!this._exists()) throw excelError("ItemNotFound", loc, this._key);
  }

  _read(props: readonly string[]): Props {
    this._assertExists("Setting");
    return Object.fromEntries(
      props.map((p) => [
        p,
        p === "key" ? this._key : clone(this._ctx._state.settings.get(this._key)),
      ])
    );
  }

  delete(): void {
    this._call("delete", [], () => {
      this._assertExists("Setting.delete");
      this._ctx._state.settings.delete(this._key);
    });
  }
}

defineProperties(SettingProxy, ["key", "value"]);

/** Office.js's EventHandlerResult: `remove()` is queued and takes effect at the next sync. */
export interface EventHandlerResultDouble {
  readonly context: RequestContextDouble;
  remove(): void;
}

/** An EventHandlers object: `add` is queued like any call and needs ExcelApi 1.9. */
export class ChangedEventDouble extends ProxyBase {
  readonly _scalars = [] as const;

  constructor(ctx: RequestContextDouble) {
    super(ctx, "WorksheetCollection.onChanged", { requires: EXCEL_API.worksheetsOnChanged });
  }

  _read(): Props {
    return {};
  }

  add(handler: (args: WorksheetChangedArgs) => unknown): EventHandlerResultDouble {
    this._call("add", [], () => {
      this._ctx._state.changeHandlers.add(handler);
    });
    const ctx = this._ctx;
    return {
      context: ctx,
      remove: () =>
        ctx._queueAction(this, "EventHandlerResult.remove", [], () => {
          ctx._state.changeHandlers.delete(handler);
        }),
    };
  }
}

/** The test-facing host: creates contexts, runs batches, seeds sheets, dumps its state. */
import { formatAddress, formatRange, parseAddress, parseRect } from "../core/workbook/a1";
import { RequestContextDouble, HostCore, SyncRecord } from "./context";
import type { ExcelErrorCode } from "./errors";
import { makeIsSetSupported, IsSetSupported, RequirementOptions } from "./requirements";
import { sheetDump, DoubleSheetDump, workbookDump, DoubleWorkbookDump } from "./dump";
import {
  CellValue,
  createSheetState,
  createWorkbookState,
  findSheet,
  formatAtCell,
  key,
  Props,
  SheetState,
  validateSheetName,
  WorkbookState,
  type WorksheetChangedArgs,
  writeContent,
  writeNumberFormat,
} from "./state";

export const DEFAULT_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Operations that change cells (and so fire onChanged in Excel) whose range the double does
 * not log: reported with the active sheet and no address. Range writes and clears are logged
 * (`WorkbookState.changed`) and reported with their own sheet and address, as Excel does.
 */
const UNLOGGED_WRITES =
  /^(Range\.(delete|insert)|TableRowCollection\.add|Table\.(delete|convertToRange))/;

export interface HostOptions extends RequirementOptions {
  /** Request/response size limit per sync (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Initial sheet names; default ["Sheet1"]. */
  sheets?: string[];
  /** Make Chart.getImage fail its batch with this code (Excel on the web sometimes does). */
  getImageFailure?: ExcelErrorCode;
}

export interface SetSheetOptions {
  /** Number formats, same shape as (or smaller than) the data; null = General. */
  numberFormats?: Array<Array<string | null>>;
  /** Merged areas, e.g. ["A1:C1"]. */
  merges?: string[];
  /** Cached values for formula cells, by address ("B2" -> 42). */
  cachedValues?: Record<string, CellValue>;
}

export interface OfficeLike {
  context: { requirements: { isSetSupported: IsSetSupported } };
}

export class ExcelHost implements HostCore {
  readonly state: WorkbookState;
  readonly payloadLimitBytes: number;
  /** Chart.getImage fails its batch with this code while set (tests may change it). */
  getImageFailure: ExcelErrorCode | undefined;
  readonly isSetSupported: IsSetSupported;
  /** `Office`-like object: `host.office.context.requirements.isSetSupported("ExcelApi", "1.8")`. */
  readonly office: OfficeLike;
  /** Every sync, in order (operations, payload sizes, error code). */
  readonly syncs: SyncRecord[] = [];

  constructor(options: HostOptions = {}) {
    this.state = createWorkbookState(options.sheets ?? ["Sheet1"]);
    this.payloadLimitBytes = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
    this.getImageFailure = options.getImageFailure;
    this.isSetSupported = makeIsSetSupported(options);
    this.office = { context: { requirements: { isSetSupported: this.isSetSupported } } };
  }

  /** Number of `context.sync()` calls so far (including failed ones and the final sync of `run`). */
  get syncCount(): number {
    return this.syncs.length;
  }

  /** @internal */
  _recordSync(record: SyncRecord): void {
    this.syncs.push(record);
    const changed = this.state.changed;
    this.state.changed = [];
    if (record.errorCode !== undefined) return;
    // Excel tells worksheet onChanged handlers of the add-in's own writes too: from ExcelApi
    // 1.14 marked "ThisLocalAddin", before that like anyone's edit. One event per range.
    const source = !this.isSetSupported("ExcelApi", "1.14")
      ? undefined
      : this._asUser > 0
        ? "Unknown"
        : "ThisLocalAddin";
    for (const c of changed) {
      const sheet = this.state.sheets.find((s) => s.id === c.sheetId);
      if (sheet !== undefined) this._emitChanged(sheet.name, formatRange(c.rect), source);
    }
    if (record.operations.some((o) => UNLOGGED_WRITES.test(o)))
      this._emitChanged(this.activeSheetName ?? "", "", source);
  }

  private _asUser = 0;

  /**
   * Like `run`, for what a person does by hand (the playground's typing): Excel reports these
   * edits to onChanged handlers as someone else's, not the add-in's.
   */
  async runAsUser<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this._asUser += 1;
    try {
      return await this.run(batch);
    } finally {
      this._asUser -= 1;
    }
  }

  /**
   * Test helper: a person typed into `address` on `sheet` (not the add-in): every handler
   * added with `worksheets.onChanged.add` is called, after the current task, as Excel does.
   */
  userEdit(sheet: string, address: string): void {
    this._emitChanged(
      sheet,
      address,
      this.isSetSupported("ExcelApi", "1.14") ? "Unknown" : undefined
    );
  }

  private _emitChanged(
    sheet: string,
    address: string,
    triggerSource: WorksheetChangedArgs["triggerSource"]
  ): void {
    const handlers = [...this.state.changeHandlers];
    if (handlers.length === 0) return;
    const id = findSheet(this.state, sheet)?.id;
    const args: WorksheetChangedArgs = {
      type: "WorksheetChanged",
      // The same id Worksheet.id reads.
      worksheetId: `{sheet-${String(id ?? 0)}}`,
      address,
      changeType: "RangeEdited",
      source: "Local",
      ...(triggerSource !== undefined && { triggerSource }),
    };
    setTimeout(() => {
      for (const h of handlers) void h(args);
    }, 0);
  }

  /** A fresh context (the double's own type). */
  createContext(): RequestContextDouble {
    return new RequestContextDouble(this);
  }

  /** A fresh context typed as Excel's, for code under test. */
  context(): Excel.RequestContext {
    return this.createContext() as unknown as Excel.RequestContext;
  }

  /** Like `Excel.run`: runs the batch, syncs what is still queued, then closes the context. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = this.createContext();
    try {
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.pendingOperations > 0) await ctx.sync();
      return result;
    } finally {
      ctx._close();
    }
  }

  private _sheet(name: string): SheetState {
    const s = findSheet(this.state, name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  /**
   * Test helper: creates or replaces a sheet with the given rows (top-left at A1).
   * Strings starting with "=" become formulas; null/undefined/"" leave cells empty.
   */
  setSheet(
    name: string,
    rows: Array<Array<CellValue | null | undefined>>,
    options: SetSheetOptions = {}
  ): void {
    validateSheetName(name, "setSheet");
    let sheet = findSheet(this.state, name);
    if (sheet) {
      const fresh = createSheetState(this.state, name);
      const keepId = sheet.id;
      Object.assign(sheet, fresh, { id: keepId });
      this.state.tables = this.state.tables.filter((t) => t.sheetId !== keepId);
    } else {
      sheet = createSheetState(this.state, name);
      this.state.sheets.push(sheet);
    }
    const s = sheet;
    rows.forEach((row, r) => row.forEach((v, c) => writeContent(s, r, c, v, "setSheet")));
    options.numberFormats?.forEach((row, r) =>
      row.forEach((f, c) => writeNumberFormat(s, r, c, f, "setSheet"))
    );
    for (const m of options.merges ?? []) s.merges.push(parseRect(m));
    for (const [addr, value] of Object.entries(options.cachedValues ?? {}))
      this.setCachedValue(name, addr, value);
  }

  /** Test helper: the value a formula cell reports (the double never evaluates formulas). */
  setCachedValue(sheetName: string, address: string, value: CellValue): void {
    const s = this._sheet(sheetName);
    const { rect } = parseAddress(address);
    const cell = s.cells.get(key(rect.row, rect.col));
    if (!cell?.formula) throw new Error(`${address} on ${sheetName} has no formula`);
    cell.cached = value;
  }

  /** Test helper: protects or unprotects a sheet (writes then fail with AccessDenied). */
  protectSheet(name: string, isProtected = true): void {
    this._sheet(name).protected = isProtected;
  }

  /** Test helper: the effective format properties of one cell ("font.bold", "fill.color", ...). */
  formatAt(sheetName: string, address: string): Props {
    const { rect } = parseAddress(address);
    return formatAtCell(this._sheet(sheetName), rect.row, rect.col);
  }

  /** Test helper: everything the double holds for one sheet, as plain data. */
  dumpSheet(sheetName: string): DoubleSheetDump {
    return sheetDump(this.state, this._sheet(sheetName));
  }

  /** Test helper: every sheet's dump plus the active sheet, selection and settings. */
  dumpWorkbook(): DoubleWorkbookDump {
    return workbookDump(this.state);
  }

  /** Strings written through the API that Excel stored as something else ("00123" -> 123). */
  get typedStrings(): { sheet: string; address: string; written: string; stored: CellValue }[] {
    return this.state.typed.map((t) => ({
      sheet: t.sheet,
      address: formatRange({ row: t.row, col: t.col, rowCount: 1, colCount: 1 }),
      written: t.written,
      stored: t.stored,
    }));
  }

  get sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  get activeSheetName(): string | undefined {
    return this.state.sheets.find((s) => s.id === this.state.activeSheetId)?.name;
  }

  /** Selected address ("Sheet1!A1:B2") recorded by `range.select()`. */
  get selectedAddress(): string | undefined {
    const sel = this.state.selection;
    const sheet = sel && this.state.sheets.find((s) => s.id === sel.sheetId);
    return sel && sheet ? formatAddress(sheet.name, sel.rect) : undefined;
  }
}

export function createExcelHost(options: HostOptions = {}): ExcelHost {
  return new ExcelHost(options);
}

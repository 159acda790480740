/** Worksheet parts recorded as plain data: protection, freeze panes and page layout. */
import { formatRange } from "../core/workbook/a1";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { MethodsProxy, ProxyBase, RecordProxy } from "./proxy";
import { RangeProxy, resolveRangeArg } from "./range";
import { EXCEL_API } from "./requirements";
import type { Props } from "./state";
import type { WorksheetProxy } from "./worksheet";

/** Worksheet.protection (ExcelApi 1.2): a protected sheet refuses writes with AccessDenied. */
export class ProtectionProxy extends RecordProxy {
  declare readonly protected: boolean;

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
export class FreezePanesProxy extends MethodsProxy {
  constructor(
    ctx: RequestContextDouble,
    private readonly _ws: WorksheetProxy
  ) {
    super(ctx, "WorksheetFreezePanes", { requires: EXCEL_API.freezePanes });
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
      const loc = "WorksheetFreezePanes.freezeAt";
      const ref = resolveRangeArg(frozenRange, this._ctx._state, () => sheet, loc);
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
      const ref = resolveRangeArg(arg, this._ctx._state, () => sheet, `PageLayout.${method}`);
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

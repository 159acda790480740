/** Range formatting (alignment, font, fill, borders, column widths, row heights): recorded as plain data. */
import { formatRange } from "../core/workbook/a1";
import { defineProperties, defineScalar } from "./accessors";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import type { RangeProxy } from "./range";
import { EXCEL_API } from "./requirements";
import {
  addFormat,
  assertWritable,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  Props,
  uniformFormat,
} from "./state";

/** Per-cell format properties stored as `FormatRecord`s under "<prefix><prop>" keys. */
class FormatPartProxy extends ProxyBase {
  _scalars: readonly string[];

  constructor(
    ctx: RequestContextDouble,
    typeName: string,
    protected readonly _range: RangeProxy,
    private readonly _prefix: string,
    private readonly _defaults: Props
  ) {
    super(ctx, typeName);
    this._scalars = Object.keys(_defaults);
    for (const prop of this._scalars) {
      defineScalar(this, prop, (value) =>
        this._set(prop, value, () => {
          const { sheet, rect } = this._range._ref();
          assertWritable(sheet, `${typeName}.${prop}`);
          if (value === null || value === undefined) {
            throw excelError("InvalidArgument", `${typeName}.${prop}`, "null is not a valid value");
          }
          addFormat(sheet, rect, { [this._prefix + prop]: value });
        })
      );
    }
  }

  _read(props: readonly string[]): Props {
    const { sheet, rect } = this._range._ref();
    return Object.fromEntries(
      props.map((p) => [p, uniformFormat(sheet, rect, this._prefix + p, this._defaults[p])])
    );
  }

  /** @internal Resets the given keys to their defaults (e.g. fill.clear()). */
  protected _reset(method: string, props: string[]): void {
    this._call(method, [], () => {
      const { sheet, rect } = this._range._ref();
      assertWritable(sheet, `${this._typeName}.${method}`);
      addFormat(
        sheet,
        rect,
        Object.fromEntries(props.map((p) => [this._prefix + p, this._defaults[p]]))
      );
    });
  }
}

class RangeFillProxy extends FormatPartProxy {
  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, "RangeFill", range, "fill.", { color: "#FFFFFF", pattern: "None" });
  }
  clear(): void {
    this._reset("clear", ["color", "pattern"]);
  }
}

class RangeBorderCollectionProxy extends ProxyBase {
  readonly _scalars: readonly string[] = [];
  constructor(
    ctx: RequestContextDouble,
    private readonly _range: RangeProxy
  ) {
    super(ctx, "RangeBorderCollection");
  }
  /** index: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal" | ... */
  getItem(index: string): FormatPartProxy {
    return new FormatPartProxy(this._ctx, "RangeBorder", this._range, `borders.${index}.`, {
      style: "None",
      color: "#000000",
      weight: "Thin",
    });
  }
  _read(): Props {
    return {};
  }
}

export class RangeFormatProxy extends FormatPartProxy {
  declare readonly font: FormatPartProxy;
  declare readonly fill: RangeFillProxy;
  declare readonly borders: RangeBorderCollectionProxy;

  constructor(ctx: RequestContextDouble, range: RangeProxy) {
    super(ctx, "RangeFormat", range, "", {
      wrapText: false,
      horizontalAlignment: "General",
      verticalAlignment: "Bottom",
      indentLevel: 0,
      textOrientation: 0,
    });
    // columnWidth / rowHeight are per column / row, not per cell (ExcelApi 1.2).
    for (const prop of ["columnWidth", "rowHeight"] as const) {
      this._propRequires[prop] = EXCEL_API.columnWidthRowHeight;
      defineScalar(this, prop, (value) =>
        this._set(
          prop,
          value,
          () => {
            const { sheet, rect } = this._range._ref();
            assertWritable(sheet, `RangeFormat.${prop}`);
            if (typeof value !== "number" || !(value >= 0)) {
              throw excelError(
                "InvalidArgument",
                `RangeFormat.${prop}`,
                "expected a non-negative number"
              );
            }
            if (prop === "columnWidth")
              for (let c = rect.col; c < rect.col + rect.colCount; c++)
                sheet.columnWidths.set(c, value);
            else
              for (let r = rect.row; r < rect.row + rect.rowCount; r++)
                sheet.rowHeights.set(r, value);
          },
          EXCEL_API.columnWidthRowHeight
        )
      );
    }
    this._scalars = [...this._scalars, "columnWidth", "rowHeight"];
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return {
      font: () =>
        new FormatPartProxy(this._ctx, "RangeFont", this._range, "font.", {
          bold: false,
          italic: false,
          underline: "None",
          color: "#000000",
          size: 11,
          name: "Calibri",
        }),
      fill: () => new RangeFillProxy(this._ctx, this._range),
      borders: () => new RangeBorderCollectionProxy(this._ctx, this._range),
    };
  }

  override _read(props: readonly string[]): Props {
    const { sheet, rect } = this._range._ref();
    const cellProps = props.filter((p) => p !== "columnWidth" && p !== "rowHeight");
    const out = super._read(cellProps);
    const uniform = (
      map: Map<number, number>,
      start: number,
      count: number,
      def: number
    ): number | null => {
      const first = map.get(start) ?? def;
      for (let i = start; i < start + count; i++) if ((map.get(i) ?? def) !== first) return null;
      return first;
    };
    if (props.includes("columnWidth"))
      out.columnWidth = uniform(sheet.columnWidths, rect.col, rect.colCount, DEFAULT_COLUMN_WIDTH);
    if (props.includes("rowHeight"))
      out.rowHeight = uniform(sheet.rowHeights, rect.row, rect.rowCount, DEFAULT_ROW_HEIGHT);
    return out;
  }

  autofitColumns(): void {
    this._autofit("columns");
  }
  autofitRows(): void {
    this._autofit("rows");
  }
  private _autofit(kind: "columns" | "rows"): void {
    this._call(
      kind === "columns" ? "autofitColumns" : "autofitRows",
      [],
      () => {
        const { sheet, rect } = this._range._ref();
        assertWritable(sheet, "RangeFormat.autofit");
        // Recorded only: the double does not measure text.
        const a = formatRange(rect);
        if (!sheet.autofit[kind].includes(a)) sheet.autofit[kind].push(a);
      },
      EXCEL_API.autofit
    );
  }
}

defineProperties(RangeFormatProxy, [], ["font", "fill", "borders"]);

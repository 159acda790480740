/** Range formatting, data validation and conditional formats: recorded as plain data. */
import { formatRange, rectContains, rectsIntersect } from "../core/workbook/a1";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, RecordProxy } from "./proxy";
import type { RangeProxy } from "./range";
import { EXCEL_API } from "./requirements";
import {
  addFormat,
  assertWritable,
  clone,
  ConditionalFormatState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  newId,
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
      Object.defineProperty(this, prop, {
        enumerable: true,
        configurable: true,
        get: () => this._get(prop),
        set: (value: unknown) => {
          this._set(prop, value, () => {
            const { sheet, rect } = this._range._ref();
            assertWritable(sheet, `${typeName}.${prop}`);
            if (value === null || value === undefined) {
              throw excelError(
                "InvalidArgument",
                `${typeName}.${prop}`,
                "null is not a valid value"
              );
            }
            addFormat(sheet, rect, { [this._prefix + prop]: value });
          });
        },
      });
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
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this._get(prop),
        set: (value: unknown) => {
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
          );
        },
      });
    }
    this._scalars = [...this._scalars, "columnWidth", "rowHeight"];
  }

  get font(): FormatPartProxy {
    return this._child("font") as FormatPartProxy;
  }
  get fill(): RangeFillProxy {
    return this._child("fill") as RangeFillProxy;
  }
  get borders(): RangeBorderCollectionProxy {
    return this._child("borders") as RangeBorderCollectionProxy;
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

const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

/** Range.dataValidation (ExcelApi 1.8). Rules are recorded per range address. */
export class DataValidationProxy extends ProxyBase {
  readonly _scalars = ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"] as const;

  constructor(
    ctx: RequestContextDouble,
    private readonly _range: RangeProxy
  ) {
    super(ctx, "DataValidation", { requires: EXCEL_API.dataValidation });
    for (const prop of ["errorAlert", "prompt", "ignoreBlanks"] as const) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this._get(prop),
        set: (value: unknown) => {
          this._set(prop, value, () => (this._entry(true).props[prop] = clone(value)));
        },
      });
    }
  }

  get rule(): Props {
    return this._get("rule");
  }
  set rule(rule: Props) {
    this._set("rule", rule, () => {
      const loc = "DataValidation.rule";
      const kinds =
        rule && typeof rule === "object"
          ? Object.keys(rule).filter((k) => rule[k] !== undefined)
          : [];
      const kind = kinds[0];
      if (kinds.length !== 1 || kind === undefined || !(kind in VALIDATION_TYPES)) {
        throw excelError("InvalidArgument", loc, "a rule needs exactly one known criterion");
      }
      const stored = clone(rule) as Props;
      const props: Props = { rule: stored, type: VALIDATION_TYPES[kind] };
      if (kind === "list") {
        const list = rule.list as { source?: unknown } | undefined;
        const source = list?.source;
        // A string source is a comma-separated list (Excel splits on commas, no trimming).
        if (typeof source === "string") props.listItems = source.split(",");
        else if (source && typeof source === "object" && "_ref" in source) {
          const ref = (source as RangeProxy)._ref();
          (stored.list as Props).source = `=${formatRange(ref.rect)}`;
        }
      }
      const entry = this._entry(true);
      entry.props = { ...entry.props, ...props };
    });
  }
  get type(): string {
    return this._get("type");
  }
  get valid(): boolean {
    return this._get("valid");
  }

  /** Finds (or creates) the record for exactly this range; records fully inside it are replaced. */
  private _entry(create: boolean): { props: Props } {
    const { sheet, rect } = this._range._ref();
    assertWritable(sheet, "DataValidation");
    const same = sheet.validations.find((v) => formatRange(v.rect) === formatRange(rect));
    if (same || !create) return same ?? { props: {} };
    sheet.validations = sheet.validations.filter((v) => !rectContains(rect, v.rect));
    const entry = { rect: { ...rect }, props: {} as Props };
    sheet.validations.push(entry);
    return entry;
  }

  clear(): void {
    this._call("clear", [], () => {
      const { sheet, rect } = this._range._ref();
      assertWritable(sheet, "DataValidation.clear");
      // Approximation: removes every record that intersects the range.
      sheet.validations = sheet.validations.filter((v) => !rectsIntersect(v.rect, rect));
    });
  }

  _read(props: readonly string[]): Props {
    const { sheet, rect } = this._range._ref();
    const hit = sheet.validations.find((v) => rectContains(v.rect, rect));
    const out: Props = {};
    for (const p of props) {
      if (p === "type") out[p] = hit?.props.type ?? "None";
      else if (p === "valid") out[p] = true;
      else if (p === "rule") out[p] = clone(hit?.props.rule ?? {});
      else out[p] = clone(hit?.props[p] ?? null);
    }
    return out;
  }
}

function ensure(obj: Props, path: string[]): Props {
  let cur = obj;
  for (const p of path) {
    if (!cur[p] || typeof cur[p] !== "object") cur[p] = {};
    cur = cur[p] as Props;
  }
  return cur;
}

/** Range.conditionalFormats (ExcelApi 1.6). */
export class ConditionalFormatCollectionProxy extends CollectionProxy<ConditionalFormatProxy> {
  readonly _itemScalars = ["id", "type", "priority", "stopIfTrue"] as const;

  constructor(
    ctx: RequestContextDouble,
    private readonly _range: RangeProxy
  ) {
    super(ctx, "ConditionalFormatCollection", { requires: EXCEL_API.conditionalFormats });
  }

  /** type: "CellValue" | "Custom" | "DataBar" | "ColorScale" | ... */
  add(type: string): ConditionalFormatProxy {
    const holder: { id?: number } = {};
    this._call("add", [type], () => {
      const { sheet, rect } = this._range._ref();
      assertWritable(sheet, "ConditionalFormatCollection.add");
      const cf: ConditionalFormatState = {
        id: newId(this._ctx._state),
        rect: { ...rect },
        type,
        props: {},
      };
      sheet.conditionalFormats.push(cf);
      holder.id = cf.id;
    });
    return new ConditionalFormatProxy(this._ctx, () => {
      const { sheet } = this._range._ref();
      return { sheet, cf: sheet.conditionalFormats.find((c) => c.id === holder.id) };
    });
  }

  clearAll(): void {
    this._call("clearAll", [], () => {
      const { sheet, rect } = this._range._ref();
      assertWritable(sheet, "ConditionalFormatCollection.clearAll");
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (c) => !rectsIntersect(c.rect, rect)
      );
    });
  }

  _keys(): number[] {
    const { sheet, rect } = this._range._ref();
    return sheet.conditionalFormats.filter((c) => rectsIntersect(c.rect, rect)).map((c) => c.id);
  }

  _itemFor(k: string | number): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, () => {
      const { sheet } = this._range._ref();
      return { sheet, cf: sheet.conditionalFormats.find((c) => c.id === k) };
    });
  }
}

type CfRef = () => { sheet: import("./state").SheetState; cf: ConditionalFormatState | undefined };

export class ConditionalFormatProxy extends RecordProxy {
  constructor(ctx: RequestContextDouble, ref: CfRef) {
    const cf = (): ConditionalFormatState => {
      const r = ref();
      if (!r.cf) throw excelError("ItemNotFound", "ConditionalFormat");
      return r.cf;
    };
    const guard = (loc: string): void => assertWritable(ref().sheet, loc);
    const requires = EXCEL_API.conditionalFormats;
    const formatProxy =
      (path: string[]): (() => ProxyBase) =>
      () =>
        new RecordProxy(
          ctx,
          "ConditionalRangeFormat",
          ["numberFormat"],
          () => ensure(cf().props, path),
          {
            requires,
            guard,
            children: {
              font: () =>
                new RecordProxy(
                  ctx,
                  "ConditionalRangeFont",
                  ["bold", "italic", "color", "underline", "strikethrough"],
                  () => ensure(cf().props, [...path, "font"]),
                  { requires, guard }
                ),
              fill: () =>
                new RecordProxy(
                  ctx,
                  "ConditionalRangeFill",
                  ["color"],
                  () => ensure(cf().props, [...path, "fill"]),
                  { requires, guard }
                ),
            },
          }
        );
    super(
      ctx,
      "ConditionalFormat",
      ["id", "type", "priority", "stopIfTrue"],
      () => {
        const c = cf();
        return {
          ...c.props,
          id: String(c.id),
          type: c.type,
          priority: c.props.priority ?? 0,
          stopIfTrue: c.props.stopIfTrue ?? false,
        };
      },
      {
        requires,
        readonly: ["id", "type"],
        children: {
          cellValue: () =>
            new RecordProxy(
              ctx,
              "CellValueConditionalFormat",
              ["rule"],
              () => ensure(cf().props, ["cellValue"]),
              {
                requires,
                guard,
                children: { format: formatProxy(["cellValue", "format"]) },
              }
            ),
          custom: () =>
            new RecordProxy(
              ctx,
              "CustomConditionalFormat",
              [],
              () => ensure(cf().props, ["custom"]),
              {
                requires,
                guard,
                children: {
                  rule: () =>
                    new RecordProxy(
                      ctx,
                      "ConditionalFormatRule",
                      ["formula", "formulaLocal"],
                      () => ensure(cf().props, ["custom", "rule"]),
                      { requires, guard }
                    ),
                  format: formatProxy(["custom", "format"]),
                },
              }
            ),
        },
      }
    );
    // priority / stopIfTrue writes go to the record itself, not to the merged read view.
    for (const prop of ["priority", "stopIfTrue"] as const) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this._get(prop),
        configurable: true,
        set: (value: unknown) => {
          this._set(prop, value, () => {
            guard(`ConditionalFormat.${prop}`);
            cf().props[prop] = value;
          });
        },
      });
    }
    this._cfRef = ref;
  }

  private readonly _cfRef: CfRef;

  get cellValue(): RecordProxy {
    return this._child("cellValue") as RecordProxy;
  }
  get custom(): RecordProxy {
    return this._child("custom") as RecordProxy;
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, cf } = this._cfRef();
      if (!cf) throw excelError("ItemNotFound", "ConditionalFormat.delete");
      assertWritable(sheet, "ConditionalFormat.delete");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

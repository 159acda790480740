/** Range.conditionalFormats (ExcelApi 1.6): rules and their formats recorded as plain data. */
import { rectsIntersect } from "../core/workbook/a1";
import { defineScalar } from "./accessors";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, RecordProxy } from "./proxy";
import type { RangeProxy } from "./range";
import { EXCEL_API } from "./requirements";
import { assertWritable, ConditionalFormatState, newId, Props, SheetState } from "./state";

function ensure(obj: Props, path: string[]): Props {
  let cur = obj;
  for (const p of path) {
    if (!cur[p] || typeof cur[p] !== "object") cur[p] = {};
    cur = cur[p] as Props;
  }
  return cur;
}

/** The conditional formats that intersect a range. */
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
    return this._item(() => holder.id);
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
    return this._item(() => k);
  }

  /** The conditional format whose id `id()` gives at sync time, on this range's sheet. */
  private _item(id: () => string | number | undefined): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, () => {
      const { sheet } = this._range._ref();
      return { sheet, cf: sheet.conditionalFormats.find((c) => c.id === id()) };
    });
  }
}

type CfRef = () => { sheet: SheetState; cf: ConditionalFormatState | undefined };

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
      defineScalar(this, prop, (value) =>
        this._set(prop, value, () => {
          guard(`ConditionalFormat.${prop}`);
          cf().props[prop] = value;
        })
      );
    }
    this._cfRef = ref;
  }

  private readonly _cfRef: CfRef;
  declare readonly cellValue: RecordProxy;
  declare readonly custom: RecordProxy;

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, cf } = this._cfRef();
      if (!cf) throw excelError("ItemNotFound", "ConditionalFormat.delete");
      assertWritable(sheet, "ConditionalFormat.delete");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

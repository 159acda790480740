/** Excel.Chart doubles: charts are recorded as plain data (nothing is drawn). */
import { formatAddress } from "../core/workbook/a1";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, RecordProxy } from "./proxy";
import { RangeProxy, resolveRangeArg } from "./range";
import { EXCEL_API } from "./requirements";
import {
  assertWritable,
  ChartSeriesState,
  ChartState,
  findSheet,
  key,
  newId,
  Props,
  readValue,
  SheetState,
} from "./state";

type ChartRef = { sheet: SheetState; chart: ChartState };

/** A valid 1 x 1 transparent PNG, base64. */
export const ONE_PIXEL_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

/** OfficeExtension.ClientResult: its value exists only after the batch that filled it ran. */
export class ClientResultDouble<T> {
  private _value: { v: T } | undefined;
  constructor(private readonly _location: string) {}
  _set(v: T): void {
    this._value = { v };
  }
  get value(): T {
    if (this._value === undefined) throw excelError("PropertyNotLoaded", this._location);
    return this._value.v;
  }
}

export class ChartCollectionProxy extends CollectionProxy<ChartProxy> {
  readonly _itemScalars = ["id", "name", "chartType", "top", "left", "width", "height"] as const;

  constructor(
    ctx: RequestContextDouble,
    private readonly _sheet: () => SheetState
  ) {
    super(ctx, "ChartCollection", { requires: EXCEL_API.charts });
  }

  /** seriesBy: "Auto" (default) | "Columns" | "Rows". Series are derived from the source like Excel's Auto. */
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    const holder: { id?: number } = {};
    this._call("add", [type, seriesBy], () => {
      const sheet = this._sheet();
      assertWritable(sheet, "ChartCollection.add");
      const wb = this._ctx._state;
      const src = resolveRangeArg(
        sourceData,
        () => sheet,
        (n) => findSheet(wb, n),
        "ChartCollection.add"
      );
      wb.chartCounter += 1;
      const chart: ChartState = {
        id: newId(wb),
        name: `Chart ${wb.chartCounter}`,
        type,
        source: formatAddress(src.sheet.name, src.rect),
        seriesBy,
        props: { top: 0, left: 0, width: 360, height: 216 },
        title: { text: "", visible: false },
        series: defaultSeries(src.sheet, src.rect, seriesBy),
      };
      sheet.charts.push(chart);
      holder.id = chart.id;
    });
    return new ChartProxy(this._ctx, () => {
      const sheet = this._sheet();
      const chart = sheet.charts.find((c) => c.id === holder.id);
      return chart ? { sheet, chart } : undefined;
    });
  }

  private _byName(name: string): () => ChartRef | undefined {
    return () => {
      const sheet = this._sheet();
      const chart = sheet.charts.find((c) => c.name === name);
      return chart ? { sheet, chart } : undefined;
    };
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this._ctx, this._byName(name));
  }

  getItemOrNullObject(name: string): ChartProxy {
    const p = new ChartProxy(this._ctx, this._byName(name), {
      nullable: true,
      requires: EXCEL_API.getItemOrNullObject,
    });
    this._ctx._trackNull(p);
    return p;
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this._ctx, () => {
      const sheet = this._sheet();
      const chart = sheet.charts[index];
      return chart ? { sheet, chart } : undefined;
    });
  }

  _keys(): number[] {
    return this._sheet().charts.map((c) => c.id);
  }

  _itemFor(k: string | number): ChartProxy {
    return new ChartProxy(this._ctx, () => {
      const sheet = this._sheet();
      const chart = sheet.charts.find((c) => c.id === k);
      return chart ? { sheet, chart } : undefined;
    });
  }
}

function defaultSeries(
  sheet: SheetState,
  rect: { row: number; col: number; rowCount: number; colCount: number },
  seriesBy: string
): ChartSeriesState[] {
  const byColumns =
    seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rowCount >= rect.colCount);
  const text = (r: number, c: number): boolean =>
    typeof readValue(sheet.cells.get(key(r, c))) === "string";
  const headerRow =
    rect.rowCount > 1 &&
    Array.from({ length: rect.colCount }, (_, c) => text(rect.row, rect.col + c)).every(Boolean);
  const headerCol =
    rect.colCount > 1 &&
    Array.from({ length: rect.rowCount - (headerRow ? 1 : 0) }, (_, r) =>
      text(rect.row + r + (headerRow ? 1 : 0), rect.col)
    ).every(Boolean);
  const r0 = rect.row + (headerRow ? 1 : 0);
  const c0 = rect.col + (headerCol ? 1 : 0);
  const out: ChartSeriesState[] = [];
  if (byColumns) {
    for (let c = c0; c < rect.col + rect.colCount; c++) {
      const name = headerRow
        ? String(readValue(sheet.cells.get(key(rect.row, c))))
        : `Series${out.length + 1}`;
      const values = formatAddress(sheet.name, {
        row: r0,
        col: c,
        rowCount: rect.row + rect.rowCount - r0,
        colCount: 1,
      });
      const props: Props = { values };
      if (headerCol)
        props.xValues = formatAddress(sheet.name, {
          row: r0,
          col: rect.col,
          rowCount: rect.row + rect.rowCount - r0,
          colCount: 1,
        });
      out.push({ name, props });
    }
  } else {
    for (let r = r0; r < rect.row + rect.rowCount; r++) {
      const name = headerCol
        ? String(readValue(sheet.cells.get(key(r, rect.col))))
        : `Series${out.length + 1}`;
      const values = formatAddress(sheet.name, {
        row: r,
        col: c0,
        rowCount: 1,
        colCount: rect.col + rect.colCount - c0,
      });
      const props: Props = { values };
      if (headerRow)
        props.xValues = formatAddress(sheet.name, {
          row: rect.row,
          col: c0,
          rowCount: 1,
          colCount: rect.col + rect.colCount - c0,
        });
      out.push({ name, props });
    }
  }
  return out;
}

export class ChartProxy extends ProxyBase {
  readonly _scalars = ["id", "name", "chartType", "top", "left", "width", "height"] as const;

  constructor(
    ctx: RequestContextDouble,
    private readonly _resolver: () => ChartRef | undefined,
    options: { nullable?: boolean; requires?: string } = {}
  ) {
    super(ctx, "Chart", { requires: EXCEL_API.charts, ...options });
    for (const prop of ["name", "top", "left", "width", "height", "chartType"] as const) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        configurable: true,
        get: () => this._get(prop),
        set: (value: unknown) => {
          this._set(prop, value, () => {
            const { sheet, chart } = this._ref();
            assertWritable(sheet, `Chart.${prop}`);
            if (prop === "name") chart.name = String(value);
            else if (prop === "chartType") chart.type = String(value);
            else if (typeof value !== "number" || value < 0)
              throw excelError("InvalidArgument", `Chart.${prop}`);
            else chart.props[prop] = value;
          });
        },
      });
    }
  }

  /** @internal */
  _ref(): ChartRef {
    const r = this._resolver();
    if (!r) throw excelError("ItemNotFound", "Chart");
    return r;
  }

  override _exists(): boolean {
    return this._resolver() !== undefined;
  }

  _read(props: readonly string[]): Props {
    const { chart } = this._ref();
    const all: Props = {
      id: `{chart-${chart.id}}`,
      name: chart.name,
      chartType: chart.type,
      ...chart.props,
    };
    return Object.fromEntries(props.map((p) => [p, all[p] ?? null]));
  }

  get title(): RecordProxy {
    return this._child("title") as RecordProxy;
  }
  get legend(): RecordProxy {
    return this._child("legend") as RecordProxy;
  }
  get series(): ChartSeriesCollectionProxy {
    return this._child("series") as ChartSeriesCollectionProxy;
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    const guard = (loc: string): void => assertWritable(this._ref().sheet, loc);
    return {
      title: () =>
        new RecordProxy(
          this._ctx,
          "ChartTitle",
          ["text", "visible", "overlay"],
          () => {
            const t = this._ref().chart.title;
            return t;
          },
          {
            requires: EXCEL_API.charts,
            guard,
            validate: (prop, value) => {
              // Setting a title text makes the title visible.
              if (prop === "text") this._ref().chart.title.visible = true;
              return value;
            },
          }
        ),
      legend: () =>
        new RecordProxy(
          this._ctx,
          "ChartLegend",
          ["visible", "position", "overlay"],
          () => {
            const c = this._ref().chart;
            c.props.legend ??= { visible: true, position: "Right", overlay: false };
            return c.props.legend as Props;
          },
          { requires: EXCEL_API.charts, guard }
        ),
      series: () => new ChartSeriesCollectionProxy(this._ctx, this),
    };
  }

  /** Records the anchor cells (addresses) of the chart. */
  /**
   * The chart as a PNG (base64), like Excel's Chart.getImage (ExcelApi 1.2). Nothing is drawn:
   * the image is a fixed valid 1 x 1 PNG; `value` throws until the batch is synced.
   */
  getImage(width?: number, height?: number): ClientResultDouble<string> {
    const result = new ClientResultDouble<string>("Chart.getImage");
    this._call(
      "getImage",
      [width ?? null, height ?? null],
      () => {
        this._ref();
        result._set(ONE_PIXEL_PNG);
      },
      "1.2"
    );
    return result;
  }

  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._call(
      "setPosition",
      [
        typeof startCell === "string" ? startCell : null,
        typeof endCell === "string" ? endCell : null,
      ],
      () => {
        const { sheet, chart } = this._ref();
        assertWritable(sheet, "Chart.setPosition");
        const wb = this._ctx._state;
        const find = (n: string): SheetState | undefined => findSheet(wb, n);
        const start = resolveRangeArg(startCell, () => sheet, find, "Chart.setPosition");
        const position: Props = { start: formatAddress(start.sheet.name, start.rect) };
        if (endCell !== undefined) {
          const end = resolveRangeArg(endCell, () => sheet, find, "Chart.setPosition");
          position.end = formatAddress(end.sheet.name, end.rect);
        }
        chart.props.position = position;
      }
    );
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, chart } = this._ref();
      assertWritable(sheet, "Chart.delete");
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

export class ChartSeriesCollectionProxy extends CollectionProxy<ChartSeriesProxy> {
  readonly _itemScalars = ["name", "chartType"] as const;

  constructor(
    ctx: RequestContextDouble,
    private readonly _chart: ChartProxy
  ) {
    super(ctx, "ChartSeriesCollection", { requires: EXCEL_API.charts });
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this._ctx,
      this._chart,
      () => this._chart._ref().chart.series[index]
    );
  }

  /** ExcelApi 1.7. */
  add(name?: string, index?: number): ChartSeriesProxy {
    const holder: { s?: ChartSeriesState } = {};
    this._call(
      "add",
      [name ?? null, index ?? null],
      () => {
        const { sheet, chart } = this._chart._ref();
        assertWritable(sheet, "ChartSeriesCollection.add");
        const s: ChartSeriesState = { name: name ?? `Series${chart.series.length + 1}`, props: {} };
        if (index === undefined || index === null) chart.series.push(s);
        else chart.series.splice(index, 0, s);
        holder.s = s;
      },
      EXCEL_API.chartSeriesAdd
    );
    return new ChartSeriesProxy(this._ctx, this._chart, () => holder.s);
  }

  _keys(): number[] {
    return this._chart._ref().chart.series.map((_, i) => i);
  }

  _itemFor(k: string | number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this._ctx,
      this._chart,
      () => this._chart._ref().chart.series[Number(k)]
    );
  }
}

export class ChartSeriesProxy extends RecordProxy {
  private readonly _seriesRef: () => ChartSeriesState;

  constructor(
    ctx: RequestContextDouble,
    private readonly _chart: ChartProxy,
    resolver: () => ChartSeriesState | undefined
  ) {
    const series = (): ChartSeriesState => {
      const s = resolver();
      if (!s) throw excelError("ItemNotFound", "ChartSeries");
      return s;
    };
    const guard = (loc: string): void => assertWritable(_chart._ref().sheet, loc);
    super(
      ctx,
      "ChartSeries",
      ["name", "chartType"],
      () => {
        const s = series();
        // name lives on the state object; other props in s.props.
        return new Proxy(s.props, {
          get: (t, p) => (p === "name" ? s.name : (t as Props)[p as string]),
          set: (t, p, v) => {
            if (p === "name") s.name = String(v);
            else (t as Props)[p as string] = v;
            return true;
          },
        });
      },
      {
        requires: EXCEL_API.charts,
        guard,
        children: {
          format: () =>
            new RecordProxy(ctx, "ChartSeriesFormat", [], () => series().props, {
              requires: EXCEL_API.charts,
              children: {
                fill: () => new ChartFillProxy(ctx, () => series().props, guard),
                line: () =>
                  new RecordProxy(
                    ctx,
                    "ChartLineFormat",
                    ["color", "lineStyle", "weight"],
                    () => {
                      const p = series().props;
                      p.line ??= {};
                      return p.line as Props;
                    },
                    { requires: EXCEL_API.charts, guard }
                  ),
              },
            }),
        },
      }
    );
    this._seriesRef = series;
  }

  private _setSource(
    method: "setValues" | "setXAxisValues",
    prop: "values" | "xValues",
    source: RangeProxy
  ): void {
    this._call(
      method,
      [],
      () => {
        const { sheet } = this._chart._ref();
        assertWritable(sheet, `ChartSeries.${method}`);
        const ref = resolveRangeArg(
          source,
          () => sheet,
          (n) => findSheet(this._ctx._state, n),
          `ChartSeries.${method}`
        );
        this._seriesRef().props[prop] = formatAddress(ref.sheet.name, ref.rect);
      },
      EXCEL_API.chartSeriesSetValues
    );
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: RangeProxy): void {
    this._setSource("setValues", "values", sourceData);
  }

  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: RangeProxy): void {
    this._setSource("setXAxisValues", "xValues", sourceData);
  }

  delete(): void {
    this._call(
      "delete",
      [],
      () => {
        const { chart } = this._chart._ref();
        const s = this._seriesRef();
        chart.series = chart.series.filter((x) => x !== s);
      },
      EXCEL_API.chartSeriesAdd
    );
  }
}

class ChartFillProxy extends ProxyBase {
  readonly _scalars: readonly string[] = [];
  constructor(
    ctx: RequestContextDouble,
    private readonly _props: () => Props,
    private readonly _guard: (loc: string) => void
  ) {
    super(ctx, "ChartFill", { requires: EXCEL_API.charts });
  }
  _read(): Props {
    return {};
  }
  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], () => {
      this._guard("ChartFill.setSolidColor");
      this._props().fillColor = color;
    });
  }
  clear(): void {
    this._call("clear", [], () => {
      this._guard("ChartFill.clear");
      delete this._props().fillColor;
    });
  }
}

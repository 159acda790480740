/** Chart series (collection, series, fill): recorded as plain data on the chart's state. */
import { formatAddress, parseAddress } from "../core/workbook/a1";
import type { ChartProxy } from "./chart";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, RecordProxy } from "./proxy";
import { RangeProxy, resolveRangeArg } from "./range";
import { EXCEL_API } from "./requirements";
import { assertWritable, ChartSeriesState, Props } from "./state";

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
    return this.getItemAt(Number(k));
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
          points: () => new ChartPointsProxy(ctx, series, guard),
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
        const ref = resolveRangeArg(source, this._ctx._state, () => sheet, `ChartSeries.${method}`);
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

/** A fill: by default the series' `fillColor`; `store` puts it elsewhere (a point's colour). */
class ChartFillProxy extends ProxyBase {
  readonly _scalars: readonly string[] = [];
  constructor(
    ctx: RequestContextDouble,
    private readonly _props: () => Props,
    private readonly _guard: (loc: string) => void,
    private readonly _store: (props: Props, color: string | undefined) => void = (p, c) => {
      if (c === undefined) delete p.fillColor;
      else p.fillColor = c;
    }
  ) {
    super(ctx, "ChartFill", { requires: EXCEL_API.charts });
  }
  _read(): Props {
    return {};
  }
  setSolidColor(color: string): void {
    this._call("setSolidColor", [color], () => {
      this._guard("ChartFill.setSolidColor");
      this._store(this._props(), color);
    });
  }
  clear(): void {
    this._call("clear", [], () => {
      this._guard("ChartFill.clear");
      this._store(this._props(), undefined);
    });
  }
}

/**
 * A series' points: `getItemAt(i).format.fill.setSolidColor(c)` records `pointColors[i]` on
 * the series (ExcelApi 1.1). A point beyond the series' categories fails at sync (ItemNotFound).
 */
class ChartPointsProxy extends ProxyBase {
  readonly _scalars: readonly string[] = [];
  constructor(
    ctx: RequestContextDouble,
    private readonly _series: () => ChartSeriesState,
    private readonly _guard: (loc: string) => void
  ) {
    super(ctx, "ChartPointsCollection", { requires: EXCEL_API.charts });
  }
  _read(): Props {
    return {};
  }
  getItemAt(index: number): RecordProxy {
    const props = (): Props => {
      const s = this._series();
      const values = typeof s.props.values === "string" ? s.props.values : "";
      const count = values === "" ? Infinity : pointCount(values);
      if (!Number.isInteger(index) || index < 0 || index >= count)
        throw excelError("ItemNotFound", "ChartPoint", `no point ${index}`);
      return s.props;
    };
    const colors = (): Props => {
      const p = props();
      p.pointColors ??= {};
      return p.pointColors as Props;
    };
    return new RecordProxy(this._ctx, "ChartPoint", [], props, {
      requires: EXCEL_API.charts,
      children: {
        format: () =>
          new RecordProxy(this._ctx, "ChartPointFormat", [], props, {
            requires: EXCEL_API.charts,
            children: {
              fill: () =>
                new ChartFillProxy(this._ctx, colors, this._guard, (bag, color) => {
                  if (color === undefined) delete bag[String(index)];
                  else bag[String(index)] = color;
                }),
            },
          }),
      },
    });
  }
}

/** Cells in a series' values address ("Grafik!B5:B9" -> 5). */
function pointCount(address: string): number {
  try {
    const { rect } = parseAddress(address);
    return rect.rowCount * rect.colCount;
  } catch {
    return Infinity;
  }
}

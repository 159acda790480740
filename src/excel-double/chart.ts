/** Excel.Chart and ChartCollection doubles: charts are recorded as plain data (nothing is drawn). */
import { CellRect, formatAddress } from "../core/workbook/a1";
import { defineProperties, defineScalar } from "./accessors";
import { ChartSeriesCollectionProxy } from "./chart-series";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, ProxyOptions, RecordProxy, ResolvedProxy } from "./proxy";
import { RangeProxy, resolveRangeArg } from "./range";
import { EXCEL_API } from "./requirements";
import {
  assertWritable,
  CellValue,
  ChartSeriesState,
  ChartState,
  key,
  newId,
  Props,
  readValue,
  SheetState,
} from "./state";

export type ChartRef = { sheet: SheetState; chart: ChartState };

const CHART_SCALARS = ["id", "name", "chartType", "top", "left", "width", "height"] as const;

/** Excel.ChartType values the double accepts (the column, bar, line, pie and area families). */
export const CHART_TYPES: ReadonlySet<string> = new Set(
  [
    ["Column", "Bar"].flatMap((k) => ["Clustered", "Stacked", "Stacked100"].map((s) => `${k}${s}`)),
    ["Line", "LineStacked", "LineStacked100", "LineMarkers", "Pie", "PieExploded", "Doughnut"],
    ["Area", "AreaStacked", "AreaStacked100", "XYScatter", "Radar"],
  ].flat()
);

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
  readonly _itemScalars = CHART_SCALARS;

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
      if (!CHART_TYPES.has(type))
        throw excelError("InvalidArgument", "ChartCollection.add", `unknown chart type ${type}`);
      const sheet = this._sheet();
      assertWritable(sheet, "ChartCollection.add");
      const wb = this._ctx._state;
      const src = resolveRangeArg(sourceData, wb, () => sheet, "ChartCollection.add");
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
    return this._item((charts) => charts.find((c) => c.id === holder.id));
  }

  getItem(name: string): ChartProxy {
    return this._item(byName(name));
  }

  getItemOrNullObject(name: string): ChartProxy {
    return this._ctx._trackNull(
      this._item(byName(name), { nullable: true, requires: EXCEL_API.getItemOrNullObject })
    );
  }

  getItemAt(index: number): ChartProxy {
    return this._item((charts) => charts[index]);
  }

  _keys(): number[] {
    return this._sheet().charts.map((c) => c.id);
  }

  _itemFor(k: string | number): ChartProxy {
    return this._item((charts) => charts.find((c) => c.id === k));
  }

  /** The chart `pick` chooses, at sync time, among the sheet's charts. */
  private _item(
    pick: (charts: ChartState[]) => ChartState | undefined,
    options: ProxyOptions = {}
  ): ChartProxy {
    return new ChartProxy(
      this._ctx,
      () => {
        const sheet = this._sheet();
        const chart = pick(sheet.charts);
        return chart ? { sheet, chart } : undefined;
      },
      options
    );
  }
}

function byName(name: string): (charts: ChartState[]) => ChartState | undefined {
  return (charts) => charts.find((c) => c.name === name);
}

/** Series as Excel's "Auto" derives them: text in the first row / column makes headers. */
function defaultSeries(sheet: SheetState, rect: CellRect, seriesBy: string): ChartSeriesState[] {
  const byColumns =
    seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rowCount >= rect.colCount);
  const value = (r: number, c: number): CellValue => readValue(sheet.cells.get(key(r, c)));
  const text = (r: number, c: number): boolean => typeof value(r, c) === "string";
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
  const column = (c: number): CellRect => ({
    row: r0,
    col: c,
    rowCount: rect.row + rect.rowCount - r0,
    colCount: 1,
  });
  const row = (r: number): CellRect => ({
    row: r,
    col: c0,
    rowCount: 1,
    colCount: rect.col + rect.colCount - c0,
  });
  // Each series: its values, the header naming it (if any), its x values (if any).
  const lines = byColumns
    ? Array.from({ length: rect.col + rect.colCount - c0 }, (_, i) => ({
        values: column(c0 + i),
        name: headerRow ? String(value(rect.row, c0 + i)) : undefined,
        xValues: headerCol ? column(rect.col) : undefined,
      }))
    : Array.from({ length: rect.row + rect.rowCount - r0 }, (_, i) => ({
        values: row(r0 + i),
        name: headerCol ? String(value(r0 + i, rect.col)) : undefined,
        xValues: headerRow ? row(rect.row) : undefined,
      }));
  return lines.map((line, i) => {
    const props: Props = { values: formatAddress(sheet.name, line.values) };
    if (line.xValues) props.xValues = formatAddress(sheet.name, line.xValues);
    return { name: line.name ?? `Series${i + 1}`, props };
  });
}

export class ChartProxy extends ResolvedProxy<ChartRef> {
  readonly _scalars = CHART_SCALARS;
  declare readonly title: RecordProxy;
  declare readonly legend: RecordProxy;
  declare readonly series: ChartSeriesCollectionProxy;

  constructor(
    ctx: RequestContextDouble,
    resolver: () => ChartRef | undefined,
    options: ProxyOptions = {}
  ) {
    super(ctx, "Chart", resolver, { requires: EXCEL_API.charts, ...options });
    for (const prop of ["name", "top", "left", "width", "height", "chartType"] as const) {
      defineScalar(this, prop, (value) =>
        this._set(prop, value, () => {
          const { sheet, chart } = this._ref();
          assertWritable(sheet, `Chart.${prop}`);
          if (prop === "name") chart.name = String(value);
          else if (prop === "chartType") chart.type = String(value);
          else if (typeof value !== "number" || value < 0)
            throw excelError("InvalidArgument", `Chart.${prop}`);
          else chart.props[prop] = value;
        })
      );
    }
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

  /**
   * The chart as a PNG (base64), like Excel's Chart.getImage (ExcelApi 1.2). Nothing is drawn:
   * the image is a fixed valid 1 x 1 PNG; `value` throws until the batch is synced. With
   * `host.getImageFailure` set, the call fails the batch with that code, as Excel on the web
   * sometimes does (UnsupportedOperation, GeneralException).
   */
  getImage(width?: number, height?: number): ClientResultDouble<string> {
    const result = new ClientResultDouble<string>("Chart.getImage");
    this._call(
      "getImage",
      [width ?? null, height ?? null],
      () => {
        this._ref();
        const failure = this._ctx._host.getImageFailure;
        if (failure !== undefined) throw excelError(failure, "Chart.getImage");
        result._set(ONE_PIXEL_PNG);
      },
      "1.2"
    );
    return result;
  }

  /** Records the anchor cells (addresses) of the chart. */
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
        const start = resolveRangeArg(startCell, wb, () => sheet, "Chart.setPosition");
        const position: Props = { start: formatAddress(start.sheet.name, start.rect) };
        if (endCell !== undefined) {
          const end = resolveRangeArg(endCell, wb, () => sheet, "Chart.setPosition");
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

defineProperties(ChartProxy, [], ["title", "legend", "series"]);

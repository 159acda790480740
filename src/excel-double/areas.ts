/** Excel.RangeAreas (the merged areas of a range) and the RangeCollection of its areas. */
import { CellRect, formatAddress } from "../core/workbook/a1";
import { defineProperties } from "./accessors";
import type { RequestContextDouble } from "./context";
import { CollectionProxy, ProxyBase, ResolvedProxy } from "./proxy";
import { RANGE_SCALARS, RangeProxy } from "./range";
import type { Props, SheetState } from "./state";

export interface AreasRef {
  sheet: SheetState;
  rects: CellRect[];
}

const AREAS_SCALARS = ["address", "areaCount", "cellCount"] as const;

export class RangeAreasProxy extends ResolvedProxy<AreasRef> {
  readonly _scalars = AREAS_SCALARS;
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  declare readonly areas: RangeCollectionProxy;

  constructor(ctx: RequestContextDouble, resolver: () => AreasRef | null, requires: string) {
    super(ctx, "RangeAreas", resolver, { nullable: true, requires });
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return { areas: () => new RangeCollectionProxy(this._ctx, () => this._ref(), this._requires) };
  }

  _read(props: readonly string[]): Props {
    const { sheet, rects } = this._ref();
    const out: Props = {};
    for (const p of props) {
      if (p === "address") out[p] = rects.map((r) => formatAddress(sheet.name, r)).join(",");
      if (p === "areaCount") out[p] = rects.length;
      if (p === "cellCount") out[p] = rects.reduce((n, r) => n + r.rowCount * r.colCount, 0);
    }
    return out;
  }
}

defineProperties(RangeAreasProxy, AREAS_SCALARS, ["areas"]);

export class RangeCollectionProxy extends CollectionProxy<RangeProxy> {
  readonly _itemScalars = RANGE_SCALARS;
  private readonly _source: () => AreasRef;

  constructor(ctx: RequestContextDouble, source: () => AreasRef, requires?: string) {
    super(ctx, "RangeCollection", { requires });
    this._source = source;
  }

  _keys(): number[] {
    return this._source().rects.map((_, i) => i);
  }

  _itemFor(k: string | number): RangeProxy {
    return new RangeProxy(this._ctx, () => {
      const src = this._source();
      const rect = src.rects[Number(k)];
      return rect ? { sheet: src.sheet, rect } : null;
    });
  }
}

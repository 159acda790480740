/** Proxy-object base classes: load()/readable-after-sync properties, queued writes, collections. */
import { defineChildren, defineScalar } from "./accessors";
import type { RequestContextDouble } from "./context";
import { excelError } from "./errors";
import { clone, Props } from "./state";

/** Options of a proxy: the requirement set it needs, whether it is an *OrNullObject result. */
export interface ProxyOptions {
  requires?: string;
  nullable?: boolean;
}

export abstract class ProxyBase {
  /** @internal */
  readonly _ctx: RequestContextDouble;
  /** @internal Name used in error locations, e.g. "Range". */
  readonly _typeName: string;
  /** @internal Requirement-set version (ExcelApi) every operation on this object needs. */
  readonly _requires: string | undefined;
  /** @internal True for objects returned by *OrNullObject methods. */
  readonly _nullable: boolean;
  /** @internal Per-property requirement sets (e.g. tabColor needs ExcelApi 1.7). */
  readonly _propRequires: Record<string, string> = {};
  private readonly _loadedProps = new Map<string, unknown>();
  private _isNull: boolean | undefined;
  private readonly _children = new Map<string, ProxyBase>();

  constructor(ctx: RequestContextDouble, typeName: string, options: ProxyOptions = {}) {
    this._ctx = ctx;
    this._typeName = typeName;
    this._requires = options.requires;
    this._nullable = options.nullable ?? false;
    ctx._countPath();
  }

  get context(): RequestContextDouble {
    return this._ctx;
  }

  /** Readable only after a sync that followed the object's creation or a load(). */
  get isNullObject(): boolean {
    if (this._isNull === undefined)
      throw excelError("PropertyNotLoaded", `${this._typeName}.isNullObject`);
    return this._isNull;
  }

  load(spec?: unknown): this {
    this._ctx._queueLoad(this, spec);
    return this;
  }

  toJSON(): Props {
    return Object.fromEntries(this._loadedProps);
  }

  /** @internal Scalar properties, loaded by `load()` without arguments. */
  abstract readonly _scalars: readonly string[];

  /** @internal Navigation property by name (for load paths such as "format/font/bold"). */
  _child(name: string): ProxyBase | undefined {
    const make = this._childFactories()[name];
    if (!make) return undefined;
    let child = this._children.get(name);
    if (!child) {
      child = make();
      this._children.set(name, child);
    }
    return child;
  }

  /** @internal Override to expose navigation properties. */
  protected _childFactories(): Record<string, () => ProxyBase> {
    return {};
  }

  /** @internal At sync: false when the backing object is missing (only asked for nullable objects). */
  _exists(): boolean {
    return true;
  }

  /** @internal At sync: reads the given properties from the model. */
  abstract _read(props: readonly string[]): Props;

  /** @internal After a successful sync: makes loaded values readable. */
  _apply(data: Props, isNull: boolean): void {
    this._isNull = isNull;
    for (const [k, v] of Object.entries(data)) this._loadedProps.set(k, v);
  }

  /** @internal Reads a loaded property or throws PropertyNotLoaded like Office.js does. */
  _get<T>(prop: string): T {
    if (!this._loadedProps.has(prop))
      throw excelError("PropertyNotLoaded", `${this._typeName}.${prop}`);
    return this._loadedProps.get(prop) as T;
  }

  /** Queues a property write; `run` executes at sync. */
  protected _set(prop: string, value: unknown, run: () => void, requires?: string): void {
    this._ctx._queueAction(
      this,
      `${this._typeName}.${prop}`,
      value,
      run,
      requires ?? this._requires
    );
  }

  /** Queues a method call; `run` executes at sync. */
  protected _call(method: string, args: unknown[], run: () => void, requires?: string): void {
    this._ctx._queueAction(
      this,
      `${this._typeName}.${method}`,
      args,
      run,
      requires ?? this._requires
    );
  }
}

export interface RecordProxyOptions {
  requires?: string;
  readonly?: readonly string[];
  /** Runs before every write (e.g. sheet protection). */
  guard?: (location: string) => void;
  /** Validates / normalises a written value; returns what gets stored. */
  validate?: (prop: string, value: unknown, location: string) => unknown;
  children?: Record<string, () => ProxyBase>;
}

/** A proxy whose scalar properties map 1:1 onto a plain record in the model. */
export class RecordProxy extends ProxyBase {
  readonly _scalars: readonly string[];
  private readonly _resolve: () => Props;
  private readonly _opts: RecordProxyOptions;

  constructor(
    ctx: RequestContextDouble,
    typeName: string,
    scalars: readonly string[],
    resolve: () => Props,
    opts: RecordProxyOptions = {}
  ) {
    super(ctx, typeName, { requires: opts.requires });
    this._scalars = scalars;
    this._resolve = resolve;
    this._opts = opts;
    for (const prop of scalars) {
      defineScalar(this, prop, (value) => {
        if (opts.readonly?.includes(prop))
          throw excelError("InvalidOperation", `${typeName}.${prop}`, "read-only");
        this._set(prop, value, () => {
          const loc = `${typeName}.${prop}`;
          const target = this._resolve();
          opts.guard?.(loc);
          target[prop] = clone(opts.validate ? opts.validate(prop, value, loc) : value);
        });
      });
    }
    defineChildren(this, Object.keys(opts.children ?? {}));
  }

  protected override _childFactories(): Record<string, () => ProxyBase> {
    return this._opts.children ?? {};
  }

  _read(props: readonly string[]): Props {
    const rec = this._resolve();
    const out: Props = {};
    for (const p of props) out[p] = clone(rec[p] ?? null);
    return out;
  }
}

/**
 * A proxy over a model object looked up at sync time: ItemNotFound when it is missing, or a null
 * object for *OrNullObject results.
 */
export abstract class ResolvedProxy<R> extends ProxyBase {
  constructor(
    ctx: RequestContextDouble,
    typeName: string,
    private readonly _resolver: () => R | null | undefined,
    options: ProxyOptions = {}
  ) {
    super(ctx, typeName, options);
  }

  /** @internal The model object; ItemNotFound when it does not exist. */
  _ref(): R {
    const r = this._resolver();
    if (r === null || r === undefined) throw excelError("ItemNotFound", this._typeName);
    return r;
  }

  override _exists(): boolean {
    const r = this._resolver();
    return r !== null && r !== undefined;
  }
}

/** An object with methods only: nothing to load, `load()` reads nothing. */
export abstract class MethodsProxy extends ProxyBase {
  readonly _scalars: readonly string[] = [];

  _read(): Props {
    return {};
  }
}

/** Collections: `items` readable after load + sync. */
export abstract class CollectionProxy<T extends ProxyBase> extends ProxyBase {
  private _items: T[] | undefined;

  get items(): T[] {
    if (!this._items) throw excelError("PropertyNotLoaded", `${this._typeName}.items`);
    return this._items;
  }

  /** @internal Item scalars; what `load()` / `load("items/x")` accept. */
  abstract readonly _itemScalars: readonly string[];
  readonly _scalars: readonly string[] = [];

  /** @internal At sync: the current item keys (ids). */
  abstract _keys(): Array<string | number>;
  /** @internal Proxy bound to an item key. */
  abstract _itemFor(key: string | number): T;

  _read(props: readonly string[]): Props {
    return {
      items: this._keys().map((k) => ({ key: k, props: this._itemFor(k)._read(props) })),
    };
  }

  override _apply(data: Props, isNull: boolean): void {
    const rows = data.items as Array<{ key: string | number; props: Props }>;
    this._items = rows.map((row) => {
      const item = this._itemFor(row.key);
      item._apply(row.props, false);
      return item;
    });
    super._apply({}, isNull);
  }

  /** Office.js collections have toJSON() returning { value: [...] }. */
  override toJSON(): Props {
    return { value: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

/** Parses every load-argument form Office.js accepts into "a/b/c" paths. */
export function normalizeLoadSpec(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string") {
    return spec
      .split(",")
      .map((s) => s.trim().replace(/\./g, "/"))
      .filter((s) => s !== "");
  }
  if (Array.isArray(spec)) return spec.flatMap((s) => normalizeLoadSpec(s));
  if (typeof spec === "object") {
    const obj = spec as Props;
    if ("select" in obj || "expand" in obj) {
      return [...normalizeLoadSpec(obj.select), ...normalizeLoadSpec(obj.expand)];
    }
    const out: string[] = [];
    for (const [k, v] of Object.entries(obj)) {
      if (k === "$all" && v) out.push("$all");
      else if (v === true) out.push(k);
      else if (v && typeof v === "object") {
        const sub = normalizeLoadSpec(v);
        if (sub.length === 0) out.push(k);
        for (const s of sub) out.push(s === "$all" ? k : `${k}/${s}`);
      }
    }
    return out;
  }
  return [];
}

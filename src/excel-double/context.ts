/**
 * The request context double: queues actions and loads, applies them in order at `sync()`,
 * enforces requirement sets and the 5 MB request/response payload limit, counts syncs.
 */
import { excelError, isExcelDoubleError, type ExcelErrorCode } from "./errors";
import { normalizeLoadSpec, ProxyBase, CollectionProxy } from "./proxy";
import type { Props, WorkbookState } from "./state";
import { WorkbookProxy } from "./workbook";
import COST from "./request-cost.json";

const utf8 = new TextEncoder();
const bytesOf = (text: string): number => utf8.encode(text).length;

/** Office.js sends a values/formulas/numberFormat grid over this many cells in row blocks. */
const BLOCK_CELLS = 1500;

/** The JSON frame of a request: {"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}}. */
const ENVELOPE_BYTES = 60;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: string[];
  errorCode?: string;
}

/** What a context needs from its host. */
export interface HostCore {
  readonly state: WorkbookState;
  readonly payloadLimitBytes: number;
  /** When set, Chart.getImage fails its batch with this code. */
  readonly getImageFailure?: ExcelErrorCode;
  isSetSupported(name: string, minVersion?: string | number): boolean;
  _recordSync(record: SyncRecord): void;
}

type Queued =
  | { kind: "action"; label: string; payload: unknown; run: () => void; requires?: string }
  | { kind: "load"; label: string; target: ProxyBase; props: string[]; requires?: string };

export class RequestContextDouble {
  readonly workbook: WorkbookProxy;
  /** Office.js API surface; tracking is a no-op here. */
  readonly trackedObjects = {
    add: (_o: unknown): void => undefined,
    remove: (_o: unknown): void => undefined,
  };
  private _queue: Queued[] = [];
  /** Proxy objects made since the last sync: each is an object path in the next request. */
  private _paths = 0;
  private _closed = false;
  /** @internal */
  readonly _host: HostCore;

  constructor(host: HostCore) {
    this._host = host;
    this.workbook = new WorkbookProxy(this);
  }

  /** @internal */
  get _state(): WorkbookState {
    return this._host.state;
  }

  /** Number of queued, not yet synced operations. */
  get pendingOperations(): number {
    return this._queue.length;
  }

  load<T extends ProxyBase>(object: T, spec?: unknown): T {
    return object.load(spec);
  }

  /** @internal A proxy object was made: one more object path in the next request. */
  _countPath(): void {
    this._paths++;
  }

  /**
   * The request's size as Excel counts it (see request-cost.json): every object path and
   * action at the sizes Microsoft's client library gives them, plus the JSON of the arguments.
   */
  private _requestBytes(queue: readonly Queued[], paths: number): number {
    let n = ENVELOPE_BYTES + paths * COST.objectPath;
    for (const q of queue) {
      const args = q.kind === "action" ? (q.payload ?? null) : q.props;
      n += COST.action + bytesOf(q.label) + bytesOf(JSON.stringify(args) ?? "null");
      // Office.js sends a grid of over 1,500 cells in row blocks, each a range of its own.
      if (Array.isArray(args) && Array.isArray(args[0]) && q.label.startsWith("Range.")) {
        const cols = (args[0] as unknown[]).length;
        const cells = args.length * cols;
        if (cells > BLOCK_CELLS) {
          const blocks = Math.ceil(args.length / Math.max(1, Math.round(BLOCK_CELLS / cols)));
          n += COST.action + blocks * (3 * COST.objectPath + COST.action);
        }
      }
    }
    return n;
  }

  /** @internal Marks the context unusable (end of `host.run`). */
  _close(): void {
    this._closed = true;
  }

  private _assertOpen(location: string): void {
    if (this._closed)
      throw excelError("InvalidRequestContext", location, "the request context has ended");
  }

  /** @internal */
  _queueAction(
    _owner: ProxyBase,
    label: string,
    payload: unknown,
    run: () => void,
    requires?: string
  ): void {
    this._assertOpen(label);
    this._queue.push({ kind: "action", label, payload, run, requires });
  }

  /** @internal Fails at sync with the given error (used for invalid load paths etc.). */
  _queueFailure(label: string, code: "InvalidArgument", detail: string): void {
    this._assertOpen(label);
    this._queue.push({
      kind: "action",
      label,
      payload: null,
      run: () => {
        throw excelError(code, label, detail);
      },
    });
  }

  /** @internal Null-object detection for *OrNullObject results (no properties); returns the target. */
  _trackNull<T extends ProxyBase>(target: T): T {
    this._queue.push({
      kind: "load",
      label: `${target._typeName}.isNullObject`,
      target,
      props: [],
      requires: target._requires,
    });
    return target;
  }

  /** @internal */
  _queueLoad(target: ProxyBase, spec: unknown): void {
    this._assertOpen(`${target._typeName}.load`);
    this._planLoad(target, normalizeLoadSpec(spec));
  }

  private _planLoad(target: ProxyBase, paths: string[]): void {
    const label = `${target._typeName}.load`;
    if (target instanceof CollectionProxy) {
      const props = new Set<string>();
      for (const raw of paths) {
        const p = raw.replace(/^items\/?/, "");
        if (p === "" || p === "$all") target._itemScalars.forEach((s) => props.add(s));
        else if (target._itemScalars.includes(p)) props.add(p);
        else
          return this._queueFailure(
            label,
            "InvalidArgument",
            `cannot load "${raw}" on ${target._typeName}`
          );
      }
      const list = paths.length === 0 ? [...target._itemScalars] : [...props];
      this._queue.push({ kind: "load", label, target, props: list, requires: target._requires });
      return;
    }
    const own = new Set<string>();
    const children = new Map<string, string[]>();
    for (const p of paths) {
      const [head = "", ...rest] = p.split("/");
      if (head === "$all") target._scalars.forEach((s) => own.add(s));
      else if (head === "isNullObject") continue;
      else if (rest.length === 0 && target._scalars.includes(head)) own.add(head);
      else if (target._child(head)) {
        const list = children.get(head) ?? [];
        if (rest.length > 0) list.push(rest.join("/"));
        children.set(head, list);
      } else
        return this._queueFailure(
          label,
          "InvalidArgument",
          `cannot load "${p}" on ${target._typeName}`
        );
    }
    // load() without arguments skips properties the host's requirement sets do not have;
    // naming such a property explicitly fails at sync with ApiNotFound.
    const supported = (p: string): boolean => {
      const v = target._propRequires[p];
      return v === undefined || this._host.isSetSupported("ExcelApi", v);
    };
    const props = paths.length === 0 ? target._scalars.filter(supported) : [...own];
    const needs = props
      .map((p) => target._propRequires[p])
      .find((v) => v !== undefined && !this._host.isSetSupported("ExcelApi", v));
    if (props.length > 0 || children.size === 0) {
      this._queue.push({ kind: "load", label, target, props, requires: needs ?? target._requires });
    }
    for (const [name, sub] of children) {
      const child = target._child(name);
      if (child) this._planLoad(child, sub);
    }
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const queue = this._queue;
    const paths = this._paths;
    this._queue = [];
    this._paths = 0;
    const record: SyncRecord = {
      requestBytes: 0,
      responseBytes: 0,
      operations: queue.map((q) => q.label),
    };
    try {
      this._assertOpen("RequestContext.sync");
      record.requestBytes = queue.length === 0 ? 0 : this._requestBytes(queue, paths);
      await Promise.resolve();
      const limit = this._host.payloadLimitBytes;
      if (record.requestBytes > limit) {
        throw excelError(
          "RequestPayloadSizeLimitExceeded",
          "RequestContext.sync",
          `${record.requestBytes} > ${limit} bytes`
        );
      }
      const applies: Array<() => void> = [];
      for (const q of queue) {
        if (q.requires && !this._host.isSetSupported("ExcelApi", q.requires)) {
          throw excelError("ApiNotFound", q.label, `needs ExcelApi ${q.requires}`);
        }
        if (q.kind === "action") {
          q.run();
          continue;
        }
        const target = q.target;
        const isNull = target._nullable && !target._exists();
        let data: Props;
        if (isNull) data = Object.fromEntries(q.props.map((p) => [p, null]));
        else data = target._read(q.props);
        record.responseBytes += JSON.stringify(data).length;
        applies.push(() => target._apply(data, isNull));
      }
      if (record.responseBytes > limit) {
        throw excelError(
          "ResponsePayloadSizeLimitExceeded",
          "RequestContext.sync",
          `${record.responseBytes} > ${limit} bytes`
        );
      }
      for (const apply of applies) apply();
      return passThroughValue as T;
    } catch (e) {
      record.errorCode = isExcelDoubleError(e) ? e.code : "GeneralException";
      throw e;
    } finally {
      this._host._recordSync(record);
    }
  }
}

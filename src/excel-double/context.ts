/**
 * The request context double: queues actions and loads, applies them in order at `sync()`,
 * enforces requirement sets and the 5 MB request/response payload limit, counts syncs.
 */
import { excelError, isExcelDoubleError, type ExcelErrorCode } from "./errors";
import { normalizeLoadSpec, ProxyBase, CollectionProxy } from "./proxy";
import type { Props, WorkbookState } from "./state";
import { WorkbookProxy } from "./workbook";

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
    this._queue = [];
    const record: SyncRecord = {
      requestBytes: 0,
      responseBytes: 0,
      operations: queue.map((q) => q.label),
    };
    try {
      this._assertOpen("RequestContext.sync");
      // Request size: JSON length of every queued operation's label and arguments.
      record.requestBytes = queue.reduce(
        (n, q) =>
          n + JSON.stringify([q.label, q.kind === "action" ? (q.payload ?? null) : q.props]).length,
        0
      );
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

/**
 * Microsoft's own Excel client library (the `excel-web-16.00.debug.js` that
 * @microsoft/office-js ships, the file Excel on the web loads) run under jsdom with a fake
 * transport: every `context.sync()` hands its request body to us instead of to Excel, and we
 * keep its size in bytes as Excel receives it (UTF-8 of the JSON the library sends). Nothing
 * is executed: each request is answered with an empty success, so only writes can be driven
 * through it (a load would have no data). Used by scripts/measure-requests.ts, the bench and
 * test/excel/request-size.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import type { WorkbookPort } from "../src/app/port";
import { applyPlan } from "../src/excel/apply";
import { officePort, type OfficeEnv } from "../src/excel/port";

export const OFFICE_CLIENT_FILE = "node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js";

export interface CapturedRequest {
  /** Bytes of the request body as sent (UTF-8 of its JSON). */
  bytes: number;
  /** The body itself, parsed (Actions, ObjectPaths). */
  body: { Actions: unknown[]; ObjectPaths: Record<string, unknown> };
}

export interface OfficeClient {
  /**
   * A fresh Excel.RequestContext of the real library; its requests land in `requests`.
   * `firstId` starts its object ids there (1,000,000: the seven-digit ids of a late request).
   */
  context(firstId?: number): Excel.RequestContext;
  readonly requests: CapturedRequest[];
  /** @microsoft/office-js version the library came from. */
  readonly version: string;
}

let loaded: { window: Record<string, unknown>; version: string } | undefined;

function load(root: string): { window: Record<string, unknown>; version: string } {
  if (loaded !== undefined) return loaded;
  const source = readFileSync(join(root, OFFICE_CLIENT_FILE), "utf8");
  const pkg = JSON.parse(
    readFileSync(join(root, "node_modules/@microsoft/office-js/package.json"), "utf8")
  ) as { version: string };
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  // The library's globals (Excel, OfficeExtension) live on the jsdom window.
  const window = dom.window as unknown as Record<string, unknown> & { eval(s: string): unknown };
  window.eval(source);
  loaded = { window, version: pkg.version };
  return loaded;
}

/** The real client library with a transport that records request sizes. */
export function officeClient(root = process.cwd()): OfficeClient {
  const { window, version } = load(root);
  const requests: CapturedRequest[] = [];
  const executor = {
    executeAsync(_custom: unknown, _flags: number, message: { Body: CapturedRequest["body"] }) {
      const text = JSON.stringify(message.Body);
      requests.push({ bytes: Buffer.byteLength(text, "utf8"), body: message.Body });
      return Promise.resolve({
        HttpStatusCode: 200,
        ErrorCode: "",
        ErrorMessage: "",
        Headers: {},
        Body: { Results: [] },
      });
    },
  };
  const ExcelNs = window.Excel as { RequestContext: new (resolver: unknown) => unknown };
  return {
    requests,
    version,
    context: (firstId?: number) => {
      const context = new ExcelNs.RequestContext({
        _resolveRequestUrlAndHeaderInfo: () =>
          Promise.resolve({ url: "https://excel.invalid/", headers: {} }),
        _createRequestExecutorOrNull: () => executor,
      }) as Excel.RequestContext & { m_nextId: number };
      // The library's own id counter (ClientRequestContextBase.m_nextId).
      if (firstId !== undefined) context.m_nextId = firstId - 1;
      return context;
    },
  };
}

/**
 * The Office.js port on `context` (the Excel double, say), whose every plan is also applied
 * through the real client library first, each request's real size handed to `record`. The
 * chunks are the same: applyPlan cuts a plan the same way whatever the context.
 */
export function measuredPort(
  context: Excel.RequestContext,
  env: OfficeEnv,
  client: OfficeClient,
  record: (bytes: number) => void
): WorkbookPort {
  const port = officePort(context, env);
  return {
    read: port.read,
    apply: async (plan, options) => {
      const start = client.requests.length;
      await applyPlan(client.context(), plan, env.supports, env.requestBudgetBytes);
      for (const r of client.requests.slice(start)) record(r.bytes);
      return port.apply(plan, options);
    },
  };
}

/**
 * Request size as Excel counts it. Microsoft's own client library (excel-web-16.00.debug.js)
 * runs the adapter's calls under jsdom and the bytes it would send are compared with what the
 * adapter budgets by (requestBytes) and what the Excel double counts.
 */
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { CAPAIAN, CHARTS, TEMPLATE, VALIDATE, runAction } from "../../src/app";
import type { Plan } from "../../src/core/workbook/plan";
import { keepText } from "../../src/core/workbook/keep-text";
import { applyPlan, REQUEST_BUDGET_BYTES } from "../../src/excel/apply";
import { officePort, type OfficeEnv } from "../../src/excel/port";
import { REQUEST_FRAME_BYTES, requestBytes } from "../../src/excel/request-size";
import {
  runCapaian,
  runConvert,
  runTemplate,
  runValidate,
  type ActionEnv,
} from "../../src/excel/actions";
import { officeClient } from "../../scripts/office-client";
import { syntheticDecree } from "../fixtures/synthetic-decree";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { planTemplate } from "../../src/core/workbook/template";
import { readWorkbook } from "../../src/xlsx/read";

const decree = syntheticDecree(300);

/** Every plan the actions make on a workbook of 300 indicators (highlighting included). */
async function plans(): Promise<Plan[]> {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env: OfficeEnv = { supports: (v) => host.isSetSupported("ExcelApi", v) };
  const out: Plan[] = [];
  const run = (useCase: Parameters<typeof runAction>[1], params: unknown) =>
    host.run(async (ctx) => {
      const port = officePort(ctx, env);
      await runAction(
        {
          read: port.read,
          apply: (plan, options) => {
            out.push(plan);
            return port.apply(plan, options);
          },
        },
        useCase,
        { decree },
        params
      );
    });
  await run(TEMPLATE, undefined);
  await run(CAPAIAN, undefined);
  await run(CHARTS, undefined);
  await run(VALIDATE, { highlight: true });
  return out;
}

let all: Plan[] = [];
beforeAll(async () => {
  all = await plans();
}, 60_000);

test("the adapter's estimate of each request is at or above its real size, and not wasteful", async () => {
  const client = officeClient();
  for (const plan of all.map(keepText)) {
    // What each op adds to a request, against its estimate.
    for (const op of plan.ops.filter((_, i) => i % 7 === 0)) {
      const start = client.requests.length;
      await applyPlan(client.context(), { ops: [op], summary: [] }, () => true, Infinity);
      await applyPlan(client.context(), { ops: [op, op], summary: [] }, () => true, Infinity);
      const [one, two] = client.requests.slice(start).map((r) => r.bytes) as [number, number];
      expect(requestBytes(op)).toBeGreaterThanOrEqual(two - one);
    }
    // The whole plan in one request late in a context: real size within [70%, 100%] of the estimate.
    const start = client.requests.length;
    await applyPlan(client.context(1_000_000), plan, () => true, Infinity);
    const real = client.requests[start]!.bytes;
    const estimate = plan.ops.reduce((n, op) => n + requestBytes(op), REQUEST_FRAME_BYTES);
    expect(estimate).toBeGreaterThanOrEqual(real);
    expect(real).toBeGreaterThan(estimate * 0.7);
  }
}, 120_000);

test("the upgrade of an earlier layout (tables grown in place): each op's estimate at or above its real size", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    readFileSync(
      path.join(__dirname, "../fixtures/previous-template/blitar-2021-e41cf87.xlsx")
    ) as unknown as ArrayBuffer
  );
  const plan = keepText(planTemplate(BLITAR_2021, readWorkbook(wb)));
  const grow = plan.ops.filter((op) => op.op === "addTableColumns" || op.op === "addTableRows");
  expect(grow.length).toBe(5);
  const client = officeClient();
  for (const op of grow) {
    const start = client.requests.length;
    await applyPlan(client.context(), { ops: [op], summary: [] }, () => true, Infinity);
    await applyPlan(client.context(), { ops: [op, op], summary: [] }, () => true, Infinity);
    const [one, two] = client.requests.slice(start).map((r) => r.bytes) as [number, number];
    expect(requestBytes(op)).toBeGreaterThanOrEqual(two - one);
  }
  const start = client.requests.length;
  await applyPlan(client.context(1_000_000), plan, () => true, Infinity);
  const real = client.requests[start]!.bytes;
  const estimate = plan.ops.reduce((n, op) => n + requestBytes(op), REQUEST_FRAME_BYTES);
  expect(estimate).toBeGreaterThanOrEqual(real);
  expect(real).toBeGreaterThan(estimate * 0.7);
}, 60_000);

test("the double counts a request within 15% of its real size (seven-digit ids, as late in a large plan)", async () => {
  const client = officeClient();
  for (const plan of all.filter((p) => p.ops.length > 50)) {
    const host = createExcelHost({ sheets: ["Lembar1"], payloadLimitBytes: Infinity });
    const start = client.requests.length;
    await applyPlan(client.context(1_000_000), plan, () => true, Infinity);
    const real = client.requests[start]!.bytes;
    // Only the request's size matters here: the plan's ops may fail at sync on an empty book.
    await host.run((ctx) => applyPlan(ctx, plan, () => true, Infinity)).catch(() => undefined);
    const counted = host.syncs[0]!.requestBytes;
    expect(Math.abs(counted - real) / real).toBeLessThan(0.15);
  }
}, 120_000);

test("the double refuses a request over 5 MB as Excel counts it, however small its JSON", async () => {
  const cells = 20_000;
  const queue = (ctx: Excel.RequestContext) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    for (let i = 0; i < cells; i++) ws.getRange(`A${i + 1}`).values = [[i]];
  };
  const client = officeClient();
  const real = client.context();
  queue(real);
  await real.sync();
  expect(client.requests[0]!.bytes).toBeGreaterThan(5 * 1024 * 1024);
  const host = createExcelHost();
  const error = await host.run(async (ctx) => queue(ctx)).catch((e: { code: string }) => e.code);
  expect(error).toBe("RequestPayloadSizeLimitExceeded");
  expect(host.dumpSheet("Sheet1").values).toEqual([]);
}, 60_000);

async function withLimit(limit: number, budget: number): Promise<ExcelHost> {
  const host = createExcelHost({ sheets: ["Lembar1"], payloadLimitBytes: limit });
  const env: ActionEnv = {
    decree,
    supports: (v) => host.isSetSupported("ExcelApi", v),
    requestBudgetBytes: budget,
  };
  await host.run((ctx) => runTemplate(ctx, env));
  await host.run((ctx) => runCapaian(ctx, env));
  await host.run((ctx) => runValidate(ctx, env, true));
  return host;
}

test("the adapter cuts requests by their real size: none refused under a limit of a fifth more than its budget", async () => {
  const host = await withLimit(240_000, 200_000);
  expect(host.syncs.filter((s) => s.errorCode === "RequestPayloadSizeLimitExceeded")).toEqual([]);
  expect(Math.max(...host.syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(240_000);
  expect(REQUEST_BUDGET_BYTES * 1.2).toBeLessThan(5 * 1024 * 1024 + 1);
}, 60_000);

test("Convert reads a used range too large for one response in chunks", async () => {
  const rows = 2500;
  const host = createExcelHost({ sheets: ["Data RKT"], payloadLimitBytes: 400_000 });
  host.setSheet("Data RKT", [
    ["RENCANA KINERJA TAHUNAN (RKT) KPU KOTA CONTOH TAHUN 2024"],
    [null],
    ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Realisasi TW I"],
    ...Array.from({ length: rows }, (_, i) => [
      String(i + 1),
      `Terwujudnya sasaran strategis nomor ${Math.floor(i / 3) + 1}`,
      `Persentase keputusan nomor ${i + 1} yang berpedoman pada peraturan`,
      "80%",
      "70%",
    ]),
  ]);
  const env: ActionEnv = {
    decree,
    supports: (v) => host.isSetSupported("ExcelApi", v),
    requestBudgetBytes: 300_000,
  };
  await host.run((ctx) => runConvert(ctx, env));
  expect(host.syncs.filter((s) => !s.errorCode).every((s) => s.responseBytes <= 400_000)).toBe(
    true
  );
  const rkt = host.sheetNames.find((n) => n.startsWith("RKT")) as string;
  const values = host.dumpSheet(rkt).values;
  expect(values[4 + rows - 1]?.[2]).toBe(
    `Persentase keputusan nomor ${rows} yang berpedoman pada peraturan`
  );
}, 60_000);

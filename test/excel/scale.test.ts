/**
 * Round trips do not grow with the number of indicators (beyond the chunks that keep each
 * request under Excel on the web's 5 MB), and a plan larger than one request is cut into
 * requests the double accepts.
 */
import { createExcelHost } from "../../src/excel-double";
import { parseDecree } from "../../src/core/decree";
import {
  runCapaian,
  runCharts,
  runTemplate,
  runValidate,
  type ActionEnv,
} from "../../src/excel/actions";
import { syntheticDecree } from "../fixtures/synthetic-decree";

async function syncsFor(n: number) {
  const decree = syntheticDecree(n);
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env: ActionEnv = { decree, supports: (v) => host.isSetSupported("ExcelApi", v) };
  const counts: Record<string, number> = {};
  for (const [name, action] of [
    ["template", () => host.run((ctx) => runTemplate(ctx, env))],
    ["validate", () => host.run((ctx) => runValidate(ctx, env))],
    ["capaian", () => host.run((ctx) => runCapaian(ctx, env))],
    ["charts", () => host.run((ctx) => runCharts(ctx, env))],
  ] as const) {
    const before = host.syncCount;
    const t0 = Date.now();
    await action();
    counts[name] = host.syncCount - before;
    if (process.env.KINERJA_SCALE_DEBUG) console.log(n, name, counts[name], Date.now() - t0, "ms");
  }
  return { counts, maxRequest: Math.max(...host.syncs.map((s) => s.requestBytes)) };
}

test("the synthetic decree is a valid decree", () => {
  expect(parseDecree(syntheticDecree(30)).ok).toBe(true);
});

test("10 and 300 indicators take the same three round trips per action", async () => {
  const small = await syncsFor(10);
  const large = await syncsFor(300);
  // Validasi without highlighting writes nothing, so it needs no write round trip.
  expect(small.counts).toEqual({ template: 3, validate: 2, capaian: 3, charts: 3 });
  expect(large.counts).toEqual(small.counts);
});

test("1,000 indicators stay within the 5 MB request limit, chunked where needed", async () => {
  const { counts, maxRequest } = await syncsFor(1000);
  expect(maxRequest).toBeLessThan(5 * 1024 * 1024);
  expect(counts.validate).toBe(2);
  for (const n of Object.values(counts)) expect(n).toBeGreaterThanOrEqual(2);
}, 60_000);

test("with a small request limit, reads and writes are chunked and the result is the same", async () => {
  const decree = syntheticDecree(120);
  const make = async (limit?: number) => {
    const host = createExcelHost({
      sheets: ["Lembar1"],
      ...(limit !== undefined && { payloadLimitBytes: limit }),
    });
    const env: ActionEnv = {
      decree,
      supports: (v) => host.isSetSupported("ExcelApi", v),
      ...(limit !== undefined && { requestBudgetBytes: limit / 4 }),
    };
    await host.run((ctx) => runTemplate(ctx, env));
    await host.run((ctx) => runCapaian(ctx, env));
    await host.run((ctx) => runCharts(ctx, env));
    return host;
  };
  const roomy = await make();
  const tight = await make(24 * 1024);
  expect(tight.syncCount).toBeGreaterThan(roomy.syncCount);
  expect(tight.syncs.some((s) => s.errorCode === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  expect(tight.dumpWorkbook()).toEqual(roomy.dumpWorkbook());
}, 60_000);

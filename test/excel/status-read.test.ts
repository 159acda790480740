/**
 * The pane's status read (on focus, after edits): the Info sheet and the staff's quarter choice
 * in one round trip; the RKT tables' cells — which only the suggested quarter needs — only
 * when the suggestion is asked for and the quarter is not chosen.
 */
import { createExcelHost } from "../../src/excel-double";
import { BLITAR_2021 } from "../../src/core/decree";
import {
  readWorkbookSettings,
  rememberQuarterChoice,
  runTemplate,
  type ActionEnv,
} from "../../src/excel/actions";

async function template() {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env: ActionEnv = {
    decree: BLITAR_2021,
    supports: (v) => host.isSetSupported("ExcelApi", v),
  };
  await host.run((ctx) => runTemplate(ctx, env));
  return { host, env };
}

/** Syncs and response bytes of one status read. */
async function measure(
  host: Awaited<ReturnType<typeof template>>["host"],
  read: Parameters<typeof host.run>[0]
) {
  const before = host.syncs.length;
  const result = await host.run(read);
  const syncs = host.syncs.slice(before);
  return { result, syncs: syncs.length, bytes: syncs.reduce((n, s) => n + s.responseBytes, 0) };
}

test("a quarter staff chose: one round trip, the RKT cells not read", async () => {
  const { host, env } = await template();
  await host.run((ctx) => rememberQuarterChoice(ctx, env, true));
  const chosen = await measure(host, (ctx) => readWorkbookSettings(ctx, env));
  const suggesting = await (async () => {
    await host.run((ctx) => rememberQuarterChoice(ctx, env, false));
    return measure(host, (ctx) => readWorkbookSettings(ctx, env));
  })();
  expect(chosen.result.quarterChosen).toBe(true);
  expect(suggesting.result.quarterChosen).toBe(false);
  expect(suggesting.result.suggested).toBeDefined();
  expect(chosen.syncs).toBeLessThan(suggesting.syncs);
  expect(chosen.bytes).toBeLessThan(suggesting.bytes / 2);
});

test("without a suggestion asked for (focus, where Excel reports edits): the Info sheet alone", async () => {
  const { host, env } = await template();
  const quiet = await measure(host, (ctx) => readWorkbookSettings(ctx, env, new Date(), false));
  const full = await measure(host, (ctx) => readWorkbookSettings(ctx, env, new Date(), true));
  expect(quiet.result.suggestedRead).toBe(false);
  expect(quiet.result.suggested).toBeUndefined();
  expect(full.result.suggestedRead).toBe(true);
  expect(quiet.syncs).toBeLessThan(full.syncs);
  expect(quiet.bytes).toBeLessThan(full.bytes / 2);
});

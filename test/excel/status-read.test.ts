/**
 * The pane's status read (on focus, after edits): the Info sheet and the staff's quarter choice
 * in one round trip; the RKT tables' cells — which only the suggested quarter needs — only
 * when the suggestion is asked for and the quarter is not chosen.
 */
import { READ_STATUS, runAction } from "../../src/app";
import { createExcelHost } from "../../src/excel-double";
import { officePort } from "../../src/excel/port";
import { BLITAR_2021 } from "../../src/core/decree";
import {
  readWorkbookSettings,
  rememberQuarterChoice,
  runCapaian,
  runTemplate,
  type ActionEnv,
} from "../../src/excel/actions";
import { rktCell } from "../fixtures/rkt-columns";

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
async function measure<T>(
  host: Awaited<ReturnType<typeof template>>["host"],
  read: (context: Excel.RequestContext) => Promise<T>
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

/** The Info sheet's TW Pelaporan cell (the label's right neighbour), as an A1 address. */
function infoQuarterCell(host: Awaited<ReturnType<typeof template>>["host"]): string {
  const values = host.dumpSheet("Info Kinerja").values;
  for (const [r, row] of values.entries()) {
    const c = row.indexOf("TW Pelaporan");
    if (c >= 0) return `${String.fromCharCode(66 + c)}${r + 1}`;
  }
  throw new Error("no TW Pelaporan on Info Kinerja");
}

test("a quarter typed into the Info sheet by hand is the staff's choice; one the add-in wrote is not", async () => {
  const { host, env } = await template();
  const auto = { ...env, autoQuarter: true };
  await host.run(async (ctx) => {
    ctx.workbook.worksheets
      .getItem("RKT KPU")
      .getRange(`${rktCell("tw1", 5)}:${rktCell("tw2", 5)}`).values = [[0.8, 0.82]];
    await ctx.sync();
  });
  // The template's TW IV: not a choice; Hitung Capaian writes the suggested TW II itself.
  expect((await host.run((ctx) => readWorkbookSettings(ctx, env))).quarterChosen).toBe(false);
  await host.run((ctx) => runCapaian(ctx, auto));
  const cell = infoQuarterCell(host);
  expect(host.dumpSheet("Info Kinerja").values.flat()).toContain("TW II");
  expect((await host.run((ctx) => readWorkbookSettings(ctx, env))).quarterChosen).toBe(false);
  // Staff type TW I into the cell by hand: their choice, which the suggestion never replaces.
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Info Kinerja").getRange(cell).values = [["TW I"]];
    await ctx.sync();
  });
  expect((await host.run((ctx) => readWorkbookSettings(ctx, env))).quarterChosen).toBe(true);
});

test("the sheets' ids come with the status read's names: no round trip of their own", async () => {
  const { host, env } = await template();
  await host.run((ctx) => rememberQuarterChoice(ctx, env, true));
  // The status use case's own read, through the port: the round trips the status read needs.
  const plain = await measure(host, (ctx) =>
    runAction(officePort(ctx, env), READ_STATUS, { decree: env.decree }, undefined, {
      write: false,
    })
  );
  const status = await measure(host, (ctx) => readWorkbookSettings(ctx, env, new Date(), false));
  expect(status.syncs).toBe(plain.syncs);
  const ids = await host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/id,items/name");
    await ctx.sync();
    return Object.fromEntries(sheets.items.map((s) => [s.name, s.id]));
  });
  expect(Object.keys(ids).length).toBeGreaterThan(1);
  expect(status.result.sheetIds).toEqual(ids);
});

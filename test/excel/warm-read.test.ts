/**
 * The pane remembers the workbook's sheet and table names (`LayoutMemory`), so an action reads
 * in one round trip: Hitung Capaian and Buat Grafik are one read and one write. A memory gone
 * stale — a table renamed, a sheet deleted, a table added by the user — costs round trips,
 * never a different snapshot.
 */
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { inTableSet } from "../../src/app/port";
import { createLayoutMemory, readSnapshot, type LayoutMemory } from "../../src/excel/read";
import {
  runCapaian,
  runCharts,
  runTemplate,
  runValidate,
  type ActionEnv,
} from "../../src/excel/actions";
import { BLITAR_2021 } from "../../src/core/decree";
import { syntheticDecree } from "../fixtures/synthetic-decree";

function setUp(decree = BLITAR_2021) {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const layout = createLayoutMemory();
  const env: ActionEnv = { decree, supports: (v) => host.isSetSupported("ExcelApi", v), layout };
  return { host, env, layout };
}

async function counted(host: ExcelHost, action: () => Promise<unknown>): Promise<number> {
  const before = host.syncCount;
  await action();
  return host.syncCount - before;
}

const readRules = (host: ExcelHost, memory?: LayoutMemory) =>
  host.run((ctx) =>
    readSnapshot(
      ctx,
      {
        tableValues: (t) => inTableSet("rules", t),
        activeSheet: false,
        canReadMerges: true,
        hasNullObjects: true,
        hasProtection: true,
      },
      memory
    )
  );

test.each([10, 1000])(
  "with the layout memory, %i indicators: Hitung Capaian and Buat Grafik take one read and one write",
  async (n) => {
    const { host, env } = setUp(syntheticDecree(n));
    // The first action of a pane that has not read yet: names, then cells, then the write.
    expect(await counted(host, () => host.run((c) => runTemplate(c, env)))).toBe(3);
    expect(await counted(host, () => host.run((c) => runValidate(c, env)))).toBe(1);
    expect(await counted(host, () => host.run((c) => runCapaian(c, env)))).toBe(2);
    expect(await counted(host, () => host.run((c) => runCharts(c, env)))).toBe(2);
    expect(await counted(host, () => host.run((c) => runCapaian(c, env)))).toBe(2);
  },
  120_000
);

test("a warm read gives the same snapshot as a cold one", async () => {
  const { host, env, layout } = setUp();
  await host.run((c) => runTemplate(c, env));
  await host.run((c) => runCharts(c, env));
  const cold = await readRules(host);
  const before = host.syncCount;
  const warm = await readRules(host, layout);
  expect(host.syncCount - before).toBe(1);
  expect(warm).toEqual(cold);
});

test("a renamed table or a deleted sheet: one refused batch, then the cold read", async () => {
  const { host, env, layout } = setUp();
  await host.run((c) => runTemplate(c, env));
  const rkt = layout.tables.find((t) => t.toLowerCase().startsWith("kinerja_rkt_"));
  expect(rkt).toBeDefined();
  await host.run(async (ctx) => {
    ctx.workbook.tables.getItem(rkt!).name = "TabelSaya";
    ctx.workbook.worksheets.getItem("Lembar1").delete();
    await ctx.sync();
  });
  const cold = await readRules(host);
  const before = host.syncCount;
  const warm = await readRules(host, layout);
  expect(host.syncCount - before).toBe(3);
  expect(host.syncs[before]?.errorCode).toBe("ItemNotFound");
  expect(warm).toEqual(cold);
  expect(layout.tables).toContain("TabelSaya");
  expect(layout.sheets).not.toContain("Lembar1");
  // The memory is right again: the next read is warm.
  const again = host.syncCount;
  expect(await readRules(host, layout)).toEqual(cold);
  expect(host.syncCount - again).toBe(1);
});

test("a table the user added since: a second round trip for it alone, then remembered", async () => {
  const { host, env, layout } = setUp();
  await host.run((c) => runTemplate(c, env));
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add("Catatan");
    ws.getRange("A1:B2").values = [
      ["Nama", "Nilai"],
      ["a", 1],
    ];
    ws.tables.add("Catatan!A1:B2", true).name = "Catatan_Saya";
    await ctx.sync();
  });
  const cold = await readRules(host);
  const before = host.syncCount;
  const warm = await readRules(host, layout);
  expect(host.syncCount - before).toBe(2);
  expect(warm).toEqual(cold);
  expect(layout.tables).toContain("Catatan_Saya");
  expect(layout.sheets).toContain("Catatan");
});

test("cells too large for one response: the warm batch falls back to names, then chunks", async () => {
  const decree = syntheticDecree(120);
  const limit = 24 * 1024;
  const host = createExcelHost({ sheets: ["Lembar1"], payloadLimitBytes: limit });
  const layout = createLayoutMemory();
  const env: ActionEnv = {
    decree,
    supports: (v) => host.isSetSupported("ExcelApi", v),
    requestBudgetBytes: limit / 4,
    layout,
  };
  await host.run((c) => runTemplate(c, env));
  const cold = await readRules(host);
  const before = host.syncCount;
  const warm = await readRules(host, layout);
  expect(host.syncs[before]?.errorCode).toBe("ResponsePayloadSizeLimitExceeded");
  expect(warm).toEqual(cold);
  // After the refused batch the cells are asked for in chunks (a chunk may be halved again),
  // never every table's cells at once a second time.
  const refused = host.syncs.slice(before + 1).filter((s) => s.errorCode !== undefined);
  expect(refused.every((s) => s.operations.length === 1)).toBe(true);
});

/**
 * The adapter and planners under the stricter double: what real Excel refuses or reinterprets
 * (formula limits, sheet names read as references, chart types, getImage failures, strings
 * parsed as if typed, tables growing into a cell written beside them) does not happen.
 */
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { BLITAR_2021 } from "../../src/core/decree";
import {
  runCapaian,
  runCharts,
  runConvert,
  runExport,
  runTemplate,
  runValidate,
  type ActionEnv,
} from "../../src/excel/actions";
import { applyPlan } from "../../src/excel/apply";
import type { Plan } from "../../src/core/workbook/plan";
import { syntheticDecree } from "../fixtures/synthetic-decree";
import type { Decree } from "../../src/core/decree/schema";
import { rktCol, rktIndex } from "../fixtures/rkt-columns";

const envOf = (host: ExcelHost, decree: Decree = BLITAR_2021): ActionEnv => ({
  decree,
  supports: (v) => host.isSetSupported("ExcelApi", v),
});

async function rename(host: ExcelHost, from: string, to: string): Promise<void> {
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(from).name = to;
    await ctx.sync();
  });
}

/** Every function's argument count in a formula, the largest (commas at the call's own depth). */
function mostArguments(formula: string): number {
  let most = 0;
  const stack: number[] = [];
  for (const ch of formula.replace(/"[^"]*"/g, '""').replace(/'[^']*'/g, "''")) {
    if (ch === "(") stack.push(1);
    else if (ch === ")") most = Math.max(most, stack.pop() ?? 0);
    else if (ch === "," && stack.length > 0) stack[stack.length - 1]! += 1;
  }
  return most;
}

test("sheets renamed to names that read as references (RKT2024, TW1) are quoted in every formula", async () => {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = envOf(host);
  await host.run((ctx) => runTemplate(ctx, env));
  await rename(host, "RKT KPU", "RKT2024");
  await rename(host, "Info Kinerja", "TW1");
  await rename(host, "RKT Sekretariat", "R");
  await host.run((ctx) => runCapaian(ctx, env));
  const ringkasan = host.dumpSheet("Ringkasan Capaian").formulas.flat().map(String).join(" ");
  expect(ringkasan).toMatch(new RegExp(`'RKT2024'!${rktCol("capaian")}\\d+`));
  expect(ringkasan).toMatch(new RegExp(`'R'!${rktCol("capaian")}\\d+`));
  const rkt = host.dumpSheet("RKT2024").formulas.flat().map(String).join(" ");
  expect(rkt).toMatch(/'TW1'!\$/);
});

test("the per-sheet and overall averages stay within 255 arguments however the rows are spread", async () => {
  const decree = syntheticDecree(600);
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = envOf(host, decree);
  await host.run((ctx) => runTemplate(ctx, env));
  const sheet = host.sheetNames.find((n) => n.startsWith("RKT")) as string;
  // Every other indicator row blanked (Indikator, Target, Kode): 300 runs of one row.
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (let row = 6; row < 5 + 600; row += 2) {
      ws.getRange(`C${row}:D${row}`).values = [["", ""]];
      ws.getRange(`${rktCol("kode")}${row}`).values = [[""]];
    }
    await ctx.sync();
  });
  await host.run((ctx) => runCapaian(ctx, env));
  const formulas = host.dumpSheet("Ringkasan Capaian").formulas.flat().map(String);
  const averages = formulas.filter((f) => f.includes("AVERAGE("));
  expect(averages.length).toBeGreaterThan(2);
  for (const f of formulas) {
    expect(mostArguments(f)).toBeLessThanOrEqual(255);
    expect(f.length).toBeLessThanOrEqual(8192);
  }
}, 60_000);

test("Buat Grafik applies the planned chart types: capaian per indicator as stacked columns", async () => {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = envOf(host);
  await host.run((ctx) => runTemplate(ctx, env));
  await host.run((ctx) => runCapaian(ctx, env));
  await host.run((ctx) => runCharts(ctx, env));
  const types = Object.fromEntries(host.dumpSheet("Grafik").charts.map((c) => [c.name, c.type]));
  expect(types).toEqual({
    Kinerja_Target_Realisasi: "ColumnClustered",
    Kinerja_Capaian_Indikator: "ColumnStacked",
    Kinerja_Capaian_Sasaran: "BarClustered",
  });
});

test("a chart's point colours are applied as planned", async () => {
  const host = createExcelHost({ sheets: ["Data"] });
  host.setSheet("Data", [
    ["Indikator", "Capaian"],
    ["A", 0.5],
    ["B", 0.9],
    ["C", 1.1],
  ]);
  const plan: Plan = {
    summary: [],
    ops: [
      {
        op: "chart",
        sheet: "Data",
        chart: {
          name: "Kinerja_Test",
          type: "columnClustered",
          title: "Capaian",
          source: "A1:B4",
          from: "D1",
          to: "J10",
          pointColors: ["#C00000", "#FFC000", "#00B050"],
        },
      },
    ],
  };
  await host.run((ctx) => applyPlan(ctx, plan, () => true));
  const series = host.dumpSheet("Data").charts[0]?.series[0];
  expect(series?.pointColors).toEqual({ 0: "#C00000", 1: "#FFC000", 2: "#00B050" });
});

test("Ekspor PDF asks for chart pictures in a request of its own; when Excel refuses, the export still completes", async () => {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = envOf(host);
  await host.run((ctx) => runTemplate(ctx, env));
  await host.run((ctx) => runCapaian(ctx, env));
  await host.run((ctx) => runCharts(ctx, env));
  const before = host.syncCount;
  const ok = await host.run((ctx) => runExport(ctx, env, "pdf"));
  const pictureSync = host.syncs[host.syncs.length - 1];
  expect(pictureSync?.operations.filter((o) => o === "Chart.getImage")).toHaveLength(2);
  expect(pictureSync?.operations.every((o) => o === "Chart.getImage")).toBe(true);
  expect(Object.keys(ok.report.images ?? {})).toHaveLength(2);
  expect(host.syncCount - before).toBe(4);

  for (const failure of ["UnsupportedOperation", "GeneralException"] as const) {
    host.getImageFailure = failure;
    const result = await host.run((ctx) => runExport(ctx, env, "pdf"));
    expect(host.syncs[host.syncs.length - 1]?.errorCode).toBe(failure);
    expect(result.report.images).toBeUndefined();
    expect(new TextDecoder().decode(result.file.bytes.slice(0, 5))).toBe("%PDF-");
    expect(host.dumpSheet("Rekap Rapat").values.length).toBeGreaterThan(5);
  }
}, 60_000);

test("no string the add-in writes is retyped by Excel: dates, numbers with leading zeros, codes stay text", async () => {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = envOf(host);
  await host.run((ctx) => runTemplate(ctx, env));
  await host.run((ctx) => runCapaian(ctx, env));
  await host.run((ctx) => runCharts(ctx, env));
  await host.run((ctx) => runValidate(ctx, env, true));
  await host.run((ctx) => runExport(ctx, env, "xlsx"));
  expect(host.typedStrings).toEqual([]);
  const info = host.dumpSheet("Info Kinerja").values.flat();
  expect(info).toContain("4 Maret 2021");
  expect(host.dumpSheet("RKT KPU").values[4]?.[0]).toBe("1.");
}, 60_000);

test("Convert writes 70% as the number it means and carries other text as text: '1-2' is not retyped", async () => {
  const host = createExcelHost({ sheets: ["Data RKT"] });
  host.setSheet("Data RKT", [
    ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Realisasi TW I"],
    ["1", "Sasaran satu", "Persentase keputusan", "80%", "70%"],
    ["2", "Sasaran satu", "Indikator 00123", "1-2", "00123"],
  ]);
  await host.run((ctx) => runConvert(ctx, envOf(host)));
  expect(host.typedStrings).toEqual([]);
  const rkt = host.sheetNames.find((n) => n.startsWith("RKT")) as string;
  const values = host.dumpSheet(rkt).values;
  // "70%" under a target of "80%" is a percent: written 0,7 in a percent cell (docs/convert.md).
  expect(values[4]?.[rktIndex("tw1")]).toBe(0.7);
  // Text Convert carries (the range target "1-2", written "1 - 2") stays text; "00123" is read as the number.
  expect(values[5]?.[3]).toBe("1 - 2");
  expect(values[5]?.[rktIndex("tw1")]).toBe(123);
});

test("Hitung Capaian writes nothing right beside a table: the Info table keeps its columns", async () => {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = envOf(host);
  await host.run((ctx) => runTemplate(ctx, env));
  const tables = () =>
    host.sheetNames.flatMap((n) => host.dumpSheet(n).tables.map((t) => `${n}!${t.address}`));
  const before = tables();
  await host.run((ctx) => runCapaian(ctx, env));
  await host.run((ctx) => runCapaian(ctx, env));
  expect(tables().filter((t) => before.some((b) => b.split("!")[0] === t.split("!")[0]))).toEqual(
    before
  );
});

/**
 * The Anggaran sheet inside Excel (the strict double): Periksa Isian reads it and points at
 * its cells, Hitung Capaian writes its formulas again (one per column) and the core's figures
 * come back, Buat Grafik draws pagu against realisasi per program.
 */
import { BLITAR_2021 } from "../../src/core/decree";
import { cellAddress, rangeAddress } from "../../src/core/workbook/a1";
import { ANGGARAN_COLUMNS, type AnggaranColumnKey } from "../../src/core/workbook/anggaran/layout";
import { columnOf, HEADER_ROW } from "../../src/core/workbook/layout";
import { toR1C1 } from "../../src/core/workbook/r1c1";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import {
  runCapaian,
  runCharts,
  runTemplate,
  runValidate,
  type ActionEnv,
} from "../../src/excel/actions";
import { rktCell } from "../fixtures/rkt-columns";

const env = (host: ExcelHost): ActionEnv => ({
  decree: BLITAR_2021,
  supports: (v) => host.isSetSupported("ExcelApi", v),
});
const col = (k: AnggaranColumnKey) => columnOf(ANGGARAN_COLUMNS, k);
/** The A1 cell of the i-th program row. */
const at = (i: number, k: AnggaranColumnKey) => cellAddress(HEADER_ROW + 1 + i, col(k));

async function type(host: ExcelHost, sheet: string, address: string, values: unknown[][]) {
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await ctx.sync();
  });
}

async function filled(): Promise<ExcelHost> {
  const host = createExcelHost({ apiVersion: "1.20", sheets: ["Data Saya"] });
  await host.run((ctx) => runTemplate(ctx, env(host)));
  // RKT KPU row 5: target 80%, realisasi 70% at TW II: capaian 87,5%.
  await type(host, "RKT KPU", `${rktCell("tw1", 5)}:${rktCell("tw2", 5)}`, [[0.5, 0.7]]);
  // Row 11 of the Anggaran table holds the KPU's first sasaran.
  await type(host, "Anggaran", rangeAddress(HEADER_ROW + 1 + 10, col("program"), 1, 1), [
    ["Program Penyelenggaraan Pemilu"],
  ]);
  await type(host, "Anggaran", `${at(10, "pagu")}:${at(10, "atw2")}`, [
    [200_000_000, 50_000_000, "Rp 70.000.000"],
  ]);
  await host.run(async (ctx) => {
    const info = ctx.workbook.worksheets.getItem("Info Kinerja");
    const found = info.getRange("A1:B30");
    found.load("values");
    await ctx.sync();
    const row = found.values.findIndex((r) => r[0] === "TW Pelaporan");
    info.getRange(`B${row + 1}`).values = [["TW II"]];
    await ctx.sync();
  });
  return host;
}

test("Periksa Isian finds the amount typed as text at its cell on the Anggaran sheet", async () => {
  const host = await filled();
  const result = await host.run((ctx) => runValidate(ctx, env(host)));
  const found = result.findings?.filter((f) => f.sheet === "Anggaran");
  expect(found?.map((f) => [f.code, f.cell])).toEqual([["anggaran.notCounted", at(10, "atw2")]]);
  expect(found?.[0]?.fix).toEqual({ value: 70_000_000, numberFormat: "#,##0" });
});

test("Hitung Capaian gives the Anggaran figures and rewrites its formulas the same way twice", async () => {
  const host = await filled();
  const r = await host.run((ctx) => runCapaian(ctx, env(host)));
  const row = r.anggaran?.rows[10];
  expect(row).toMatchObject({
    realisasi: "cek isian",
    serapan: "cek isian",
    capaianSasaran: 0.875,
  });
  await type(host, "Anggaran", at(10, "atw2"), [[70_000_000]]);
  const again = await host.run((ctx) => runCapaian(ctx, env(host)));
  expect(again.anggaran?.rows[10]).toMatchObject({
    realisasi: 120_000_000,
    serapan: 0.6,
    capaianSasaran: 0.875,
  });
  expect(again.anggaran?.rows[10]?.efisiensi).toBeCloseTo(1 - 0.6 / 0.875, 12);
  const formulas = await host.run(async (ctx) => {
    const r = ctx.workbook.worksheets
      .getItem("Anggaran")
      .getRange(`${at(0, "serapan")}:${at(12, "serapan")}`);
    r.load("formulas");
    await ctx.sync();
    return r.formulas.map((x, i) => toR1C1(x[0] as string, HEADER_ROW + 1 + i, col("serapan")));
  });
  // One formula for the whole column (Excel's calculated column changes nothing).
  expect(new Set(formulas).size).toBe(1);
  expect(formulas[0]).toMatch(/^=IF\(AND\(/);
  const once = host.dumpWorkbook();
  await host.run((ctx) => runCapaian(ctx, env(host)));
  expect(host.dumpWorkbook()).toEqual(once);
});

test("Buat Grafik draws pagu and realisasi per program beside the other charts", async () => {
  const host = await filled();
  await host.run((ctx) => runCapaian(ctx, env(host)));
  await host.run((ctx) => runCharts(ctx, env(host)));
  expect(host.dumpSheet("Grafik").charts.map((c) => c.name)).toContain(
    "Kinerja_Pagu_Realisasi_Anggaran"
  );
});

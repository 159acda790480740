/**
 * The Office.js adapter against the strict Excel double: each action in three round trips,
 * the template idempotent, requirement sets honoured, protected sheets refused before writing.
 */
import { toR1C1 } from "../../src/core/workbook/r1c1";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { BLITAR_2021 } from "../../src/core/decree";
import {
  runCapaian,
  runCharts,
  runExport,
  runTemplate,
  runValidate,
  applyFixes,
  type ActionEnv,
} from "../../src/excel/actions";
import { describeError, KinerjaError } from "../../src/excel/errors";
import { recalculate } from "../../src/playground/recalc";
import { rktCell, rktIndex } from "../fixtures/rkt-columns";

const env = (host: ExcelHost): ActionEnv => ({
  decree: BLITAR_2021,
  supports: (v) => host.isSetSupported("ExcelApi", v),
});

function freshHost(apiVersion = "1.20"): ExcelHost {
  const host = createExcelHost({ apiVersion, sheets: ["Data Saya"] });
  host.setSheet("Data Saya", [
    ["Catatan", 1],
    ["=B1*2", null],
  ]);
  return host;
}

test("Template creates the Info, RKT, IKU, Anggaran and PK sheets in three round trips, leaving the user's sheet alone", async () => {
  const host = freshHost();
  const before = host.dumpSheet("Data Saya");
  const result = await host.run((ctx) => runTemplate(ctx, env(host)));
  expect(host.syncCount).toBe(3);
  expect(host.sheetNames).toEqual([
    "Data Saya",
    "Info Kinerja",
    "RKT Sekretariat",
    "RKT KPU",
    "IKU KPU",
    "IKU Sekretariat",
    "Anggaran",
    "Perjanjian Kinerja",
  ]);
  expect(host.dumpSheet("Data Saya")).toEqual(before);
  expect(result.leftOut).toEqual([]);
  const rkt = host.dumpSheet("RKT KPU");
  expect(rkt.tables.map((t) => t.name)).toEqual(["Kinerja_rkt_kpu"]);
  expect(rkt.values[3]?.slice(0, 4)).toEqual([
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja Utama",
    "Target",
  ]);
  expect(rkt.values[8]?.[3]).toBe("B");
  expect(rkt.values[9]?.[3]).toBe("WTP");
  expect(rkt.numberFormats[4]?.[3]).toBe("0.00%");
  expect(host.activeSheetName).toBe("RKT Sekretariat");
});

test("running Template twice gives the same workbook as once", async () => {
  const host = freshHost();
  await host.run((ctx) => runTemplate(ctx, env(host)));
  const once = host.dumpWorkbook();
  await host.run((ctx) => runTemplate(ctx, env(host)));
  expect(host.dumpWorkbook()).toEqual(once);
});

test("on Excel 2016 (ExcelApi 1.1) the template is made and what is missing is said", async () => {
  const host = freshHost("1.1");
  const result = await host.run((ctx) => runTemplate(ctx, env(host)));
  expect(host.sheetNames).toContain("RKT KPU");
  expect(result.leftOut.map((l) => l.en).join(" ")).toMatch(
    /Data-validation.*needs? Excel 2019 or newer/
  );
  expect(result.leftOut.map((l) => l.en).join(" ")).toMatch(
    /Print setup.*needs Excel 2021 or Microsoft 365/
  );
  expect(result.leftOut.map((l) => l.id).join(" ")).toMatch(/tidak dibekukan/);
});

test("on ExcelApi 1.1 (no formulasR1C1) Hitung Capaian writes the same formulas, cell by cell", async () => {
  const formulasWith = async (apiVersion: string) => {
    const host = freshHost(apiVersion);
    await host.run((ctx) => runTemplate(ctx, env(host)));
    await host.run((ctx) => runCapaian(ctx, env(host)));
    return host
      .dumpSheet("RKT KPU")
      .formulas.map((r) => r.slice(rktIndex("realisasi"), rktIndex("kategoriTw") + 1));
  };
  const old = await formulasWith("1.1");
  expect(String(old[4]?.[1])).toMatch(/^=IF\(AND\(/);
  expect(String(old[4]?.[4])).toMatch(/^=IF\(AND\(/);
  expect(old).toEqual(await formulasWith("1.20"));
});

test.each(["1.1", "1.20"])(
  "on ExcelApi %s (1.1: Excel 2016, no Table.convertToRange) Hitung Capaian, Buat Grafik and Ekspor run again, and again equals once",
  async (api) => {
    const host = freshHost(api);
    await host.run((ctx) => runTemplate(ctx, env(host)));
    await type(host, "RKT KPU", `${rktCell("tw1", 5)}:${rktCell("tw2", 5)}`, [[0.5, 0.83]]);
    // Excel computes between the runs (the engine here, as in the playground): the values
    // the next run reads are the formulas' results.
    const again = async (run: (ctx: Excel.RequestContext) => Promise<unknown>) => {
      await host.run(run);
      await recalculate(host);
      const once = host.dumpWorkbook();
      // The tables the add-in made (Ringkasan, the charts' data, the recap) are removed and
      // made again.
      await host.run(run);
      await recalculate(host);
      expect(host.dumpWorkbook()).toEqual(once);
    };
    await again((ctx) => runCapaian(ctx, env(host)));
    await again((ctx) => runCharts(ctx, env(host)));
    await again((ctx) => runExport(ctx, env(host), "xlsx"));
    expect(host.sheetNames).toContain("Rekap Rapat");
  }
);

test("a protected template sheet is refused before anything is written", async () => {
  const host = freshHost();
  await host.run((ctx) => runTemplate(ctx, env(host)));
  host.protectSheet("RKT KPU");
  const before = host.dumpWorkbook();
  const error = await host.run((ctx) => runCapaian(ctx, env(host))).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KinerjaError);
  expect(describeError(error).id).toMatch(/RKT KPU.*dilindungi/);
  expect(host.dumpWorkbook()).toEqual(before);
});

test("Validasi and Hitung Capaian need a template first, and say so", async () => {
  const host = freshHost();
  const error = await host.run((ctx) => runValidate(ctx, env(host))).catch((e: unknown) => e);
  expect(describeError(error).en).toMatch(/Start from the decree/);
});

/** What a person types: values into a range, as Excel receives them. */
async function type(
  host: ExcelHost,
  sheet: string,
  address: string,
  values: unknown[][]
): Promise<void> {
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await ctx.sync();
  });
}

async function templateWithEntries(): Promise<ExcelHost> {
  const host = freshHost();
  await host.run((ctx) => runTemplate(ctx, env(host)));
  // RKT KPU rows 5-10: percent 80%, percent 30%, index 77, percent 100%, grade B, opinion WTP.
  await type(host, "RKT KPU", `${rktCell("tw1", 5)}:${rktCell("tw4", 10)}`, [
    [0.5, 0.7, 0.8, 0.83],
    [0.1, "", "", ""],
    ["74,05", 75, 76, 78],
    [1, 1, 1, 1],
    ["B", "B", "BB", "BB"],
    ["WTP", "WTP", "WTP", "wtp"],
  ]);
  return host;
}

test("Hitung Capaian writes formulas in three round trips; running it again gives the same workbook", async () => {
  const host = await templateWithEntries();
  const before = host.syncCount;
  const result = await host.run((ctx) => runCapaian(ctx, env(host)));
  expect(host.syncCount - before).toBe(3);
  const rkt = host.dumpSheet("RKT KPU");
  expect(String(rkt.formulas[4]?.[rktIndex("capaian")])).toMatch(
    new RegExp(`${rktCell("realisasi", 5)}="cek isian"\\),"cek isian"`)
  );
  // Every data row of Realisasi Tahun, Capaian and Kategori holds the same formula (R1C1), so
  // Excel's calculated columns, which fill a table column with one row's formula, change
  // nothing.
  const computed = ["realisasi", "capaian", "kategori", "targetTw", "capaianTw", "kategoriTw"];
  for (const col of computed.map((k) => rktIndex(k as "realisasi"))) {
    expect(String(rkt.formulas[4]?.[col])).toMatch(/^=/);
    const shapes = new Set(
      rkt.formulas.slice(4, 10).map((r, i) => toR1C1(String(r[col]), 4 + i, col))
    );
    expect(shapes.size).toBe(1);
  }
  expect(String(rkt.formulas[4]?.[rktIndex("kategori")])).toMatch(/"Sangat Baik"/);
  expect(rkt.numberFormats[4]?.[rktIndex("capaian")]).toBe("0.00%");
  expect(host.sheetNames).toContain("Ringkasan Capaian");
  const core = result.evaluations?.find((e) => e.sheet === "RKT KPU")?.evaluation.results;
  // "74,05" typed as text in TW I: the sheet shows "cek isian", and so does the core.
  expect(core?.map((r) => r.capaianRounded)).toEqual([103.75, 33.33, null, 100, 100, 100]);
  expect(core?.map((r) => r.cekIsian)).toEqual([null, null, "realisasi", null, null, null]);
  const once = host.dumpWorkbook();
  await host.run((ctx) => runCapaian(ctx, env(host)));
  expect(host.dumpWorkbook()).toEqual(once);
});

test("Validasi points every finding at its sheet and cell, and highlighting changes no value", async () => {
  const host = await templateWithEntries();
  await type(host, "RKT KPU", `${rktCell("tw1", 6)}:${rktCell("tw2", 6)}`, [["abc", "#DIV/0!"]]);
  // The IKU's sumber data the template wrote, cleared: no evidence for a reported realisasi.
  await type(host, "RKT KPU", rktCell("sumber", 5), [[""]]);
  const valuesBefore = host.dumpSheet("RKT KPU").values;
  const result = await host.run((ctx) => runValidate(ctx, env(host), true));
  const at = (cell: string) =>
    result.findings?.filter((f) => f.sheet === "RKT KPU" && f.cell === cell).map((f) => f.code);
  expect(at(rktCell("tw1", 6))).toContain("realisasi.unparseable");
  expect(at(rktCell("tw2", 6))).toContain("realisasi.excelError");
  expect(at(rktCell("tw1", 7))).toContain("realisasi.notCounted");
  expect(
    result.findings?.some(
      (f) =>
        f.sheet === "RKT KPU" && f.cell === rktCell("sumber", 5) && f.code === "sumberData.missing"
    )
  ).toBe(true);
  expect(host.dumpSheet("RKT KPU").values).toEqual(valuesBefore);
  expect(host.formatAt("RKT KPU", rktCell("tw1", 6))["fill.color"]).toBe("#F8D7DA");
  expect(host.formatAt("RKT KPU", rktCell("tw1", 5))["fill.color"]).toBe("#FFF9E6");
});

test("Buat Grafik draws three charts beside their data, and replaces them when run again", async () => {
  const host = await templateWithEntries();
  await host.run((ctx) => runCapaian(ctx, env(host)));
  await host.run((ctx) => runCharts(ctx, env(host)));
  const charts = host.dumpSheet("Grafik").charts;
  expect(charts.map((c) => c.name).sort()).toEqual([
    "Kinerja_Capaian_Indikator",
    "Kinerja_Capaian_Sasaran",
    "Kinerja_Target_Realisasi",
  ]);
  const once = host.dumpWorkbook();
  await host.run((ctx) => runCharts(ctx, env(host)));
  expect(host.dumpSheet("Grafik").charts).toHaveLength(3);
  expect(host.dumpWorkbook()).toEqual(once);
});

test("applyFixes writes many fixes in two round trips, never over a cell changed since", async () => {
  const host = await templateWithEntries();
  await type(host, "RKT KPU", rktCell("tw1", 6), [["12,5%"]]);
  const before = host.syncCount;
  const result = await host.run((ctx) =>
    applyFixes(ctx, [
      { sheet: "RKT KPU", cell: rktCell("tw1", 7), expected: "74,05", fix: { value: 74.05 } },
      { sheet: "RKT KPU", cell: rktCell("tw1", 6), expected: "12.5%", fix: { value: 0.125 } },
      { sheet: "RKT KPU", cell: rktCell("tw1", 7), expected: "74,05", fix: { value: 1 } },
    ])
  );
  expect(host.syncCount - before).toBe(2);
  expect(result.applied.map((f) => f.cell)).toEqual([rktCell("tw1", 7)]);
  expect(result.stale.map((f) => f.cell)).toEqual([rktCell("tw1", 6)]);
  const values = host.dumpSheet("RKT KPU").values;
  expect(values[6]?.[rktIndex("tw1")]).toBe(74.05);
  expect(values[5]?.[rktIndex("tw1")]).toBe("12,5%");
  // A cell whose text comes from a formula (a link to another sheet) is never replaced.
  await type(host, "RKT KPU", rktCell("tw2", 7), [['="74,05"']]);
  const linked = await host.run((ctx) =>
    applyFixes(ctx, [
      { sheet: "RKT KPU", cell: rktCell("tw2", 7), expected: "74,05", fix: { value: 74.05 } },
    ])
  );
  expect(linked.stale.map((f) => f.cell)).toEqual([rktCell("tw2", 7)]);
  expect(host.dumpSheet("RKT KPU").formulas[6]?.[rktIndex("tw2")]).toBe('="74,05"');
});

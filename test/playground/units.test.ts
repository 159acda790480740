/** The playground's pure parts (no browser): id-ID cell display, typed entry, grid and chart models. */
import { BLITAR_2021 } from "../../src/core/decree";
import { createExcelHost } from "../../src/excel-double";
import { runCapaian, runTemplate } from "../../src/excel/actions";
import { rktCell, rktIndex } from "../fixtures/rkt-columns";
import { displayValue, editText, parseTyped } from "../../src/playground/cellText";
import { chartBars } from "../../src/playground/chartModel";
import { gridView } from "../../src/playground/gridModel";
import { recalculate } from "../../src/playground/recalc";
import { loadSample, SAMPLE_SHEET } from "../../src/playground/sample";

test.each([
  [0.775, "0.00%", "77,50%"],
  [1.03125, "0.00%", "103,13%"],
  [77, "0.00", "77,00"],
  [0.83, "General", "0,83"],
  [2, '0 "Dokumen"', "2 Dokumen"],
  [1234567.5, "#,##0.00", "1.234.567,50"],
  [1, "0%", "100%"],
  ["83%", "@", "83%"],
  [true, "General", "BENAR"],
] as const)("displayValue(%p, %p) = %p", (value, format, shown) => {
  expect(displayValue(value, format)).toBe(shown);
});

test.each([
  ["83%", 0.83, true],
  ["77,5%", 0.775, true],
  ["0,83", 0.83, false],
  ["1.234,5", 1234.5, false],
  ["77.5", "77.5", false],
  ["=SUM(A1:A2)", "=SUM(A1:A2)", false],
  ["Laporan", "Laporan", false],
] as const)("typing %p stores %p", (typed, value, percentFormat) => {
  expect(parseTyped(typed)).toEqual({ value, percentFormat });
});

test("the formula bar shows percentages as typed and formulas as written", () => {
  expect(editText(0.83, 0.83, "0%")).toBe("83%");
  expect(editText(0, "=A1", "General")).toBe("=A1");
});

test("the sample sheet loads on the oldest Excel too, and its chart is drawn from its source", async () => {
  for (const apiVersion of ["1.1", "1.20"]) {
    const host = createExcelHost({ apiVersion, sheets: ["Lembar1"] });
    await loadSample(host);
    // Its formulas computed, as the playground does after every batch.
    expect(await recalculate(host)).toBe(7);
    expect(host.activeSheetName).toBe(SAMPLE_SHEET);
    const sheet = host.dumpSheet(SAMPLE_SHEET);
    const view = gridView(sheet);
    expect(view.rows[3]?.[3]?.text).toBe("80%");
    expect(view.rows[3]?.[8]?.formula).toBe('=IFERROR(H4/D4,"")');
    // 82,5% against 80%; "30%" typed into a text cell stays text, which Excel's division
    // reads as 0,3 (but the chart's =H5 shows it as text: no bar).
    expect(sheet.values[3]?.[8]).toBeCloseTo(1.03125, 12);
    expect(sheet.values[4]?.[8]).toBe(1);
    expect(view.rows[0]?.[0]?.colSpan).toBe(9);
    const [chart] = sheet.charts;
    if (chart === undefined) throw new Error("sample has no chart");
    const bars = chartBars(host.dumpWorkbook(), chart);
    expect(bars.categories).toEqual(["Keputusan", "Info Parpol", "Keterbukaan"]);
    expect(bars.series.map((s) => s.name)).toEqual(["Target", "Realisasi TW IV"]);
    expect(bars.series[0]?.values).toEqual([0.8, 0.3, 1]);
    // The Realisasi column's formulas (=H4 ...) drawn from their values; text draws no bar.
    expect(bars.series[1]?.values).toEqual([0.825, null, 1]);
  }
});

test("after Hitung Capaian the playground's workbook shows the capaian the pane reports", async () => {
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = { decree: BLITAR_2021, supports: (v: string) => host.isSetSupported("ExcelApi", v) };
  await host.run((ctx) => runTemplate(ctx, env));
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("RKT KPU").getRange(rktCell("tw1", 5)).values = [[0.83]];
    await ctx.sync();
  });
  const result = await host.run((ctx) => runCapaian(ctx, env));
  expect(await recalculate(host)).toBeGreaterThan(0);
  const kpu = result.evaluations!.find((e) => e.sheet === "RKT KPU")!.evaluation;
  const cells = host.dumpSheet("RKT KPU").values;
  kpu.results.forEach((r, i) => {
    const shown = cells[4 + i]?.[rktIndex("capaian")];
    if (r.capaian === null) expect([r.indicatorId, shown]).toEqual([r.indicatorId, ""]);
    else
      expect([r.indicatorId, shown as number]).toEqual([
        r.indicatorId,
        expect.closeTo(r.capaian / 100, 9),
      ]);
  });
  expect(kpu.results[0]!.capaian).toBeCloseTo(103.75, 9);
});

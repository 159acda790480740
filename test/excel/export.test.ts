/** Ekspor untuk Rapat through the Office.js adapter: Excel's own chart pictures go into the PDF. */
import { createExcelHost } from "../../src/excel-double";
import { BLITAR_2021 } from "../../src/core/decree";
import {
  runCapaian,
  runCharts,
  runExport,
  runTemplate,
  type ActionEnv,
} from "../../src/excel/actions";
import { readPdf } from "../support/pdf";

// Each PDF is read back by a child process (about a second, more on a busy machine).
jest.setTimeout(30_000);

async function workbook(apiVersion = "1.20") {
  const host = createExcelHost({ apiVersion, sheets: ["Lembar1"] });
  const env: ActionEnv = {
    decree: BLITAR_2021,
    supports: (v) => host.isSetSupported("ExcelApi", v),
  };
  await host.run((ctx) => runTemplate(ctx, env));
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("RKT KPU").getRange("I5").values = [[0.83]];
    await ctx.sync();
  });
  await host.run((ctx) => runCapaian(ctx, env));
  return { host, env };
}

/** How many images the PDF draws (a PNG's alpha channel is part of its image, not another). */
function imagesIn(bytes: Uint8Array): number {
  return readPdf(bytes).images.length;
}

test("with charts made by Buat Grafik, the PDF embeds their pictures, asked for in a round trip after the write", async () => {
  const { host, env } = await workbook();
  await host.run((ctx) => runCharts(ctx, env));
  const before = host.syncCount;
  const result = await host.run((ctx) => runExport(ctx, env, "pdf"));
  expect(host.syncCount - before).toBe(4);
  expect(host.syncs[host.syncs.length - 1]?.operations.every((o) => /getImage|load/.test(o))).toBe(
    true
  );
  expect(
    host.syncs
      .slice(before)
      .flatMap((s) => s.operations)
      .filter((o) => o.includes("getImage"))
  ).toHaveLength(2);
  expect(result.file.name).toBe("Capaian-Kinerja-KPU-Kota-Blitar-2021-TW4.pdf");
  expect(imagesIn(result.file.bytes)).toBe(2);
  expect(host.sheetNames).toContain("Rekap Rapat");
});

test("without charts, or on Excel 2016 (no getImage), the PDF draws its charts from the data", async () => {
  const { host, env } = await workbook();
  const result = await host.run((ctx) => runExport(ctx, env, "pdf"));
  expect(imagesIn(result.file.bytes)).toBe(0);
  const old = await workbook("1.1");
  await old.host.run((ctx) => runCharts(ctx, old.env));
  const fromOld = await old.host.run((ctx) => runExport(ctx, old.env, "pdf"));
  expect(imagesIn(fromOld.file.bytes)).toBe(0);
});

test("when Excel on the web refuses Chart.getImage, the export still runs and the PDF draws its charts", async () => {
  const { host, env } = await workbook();
  await host.run((ctx) => runCharts(ctx, env));
  host.getImageFailure = "UnsupportedOperation";
  const result = await host.run((ctx) => runExport(ctx, env, "pdf"));
  expect(host.syncs.some((s) => s.errorCode === "UnsupportedOperation")).toBe(true);
  expect(imagesIn(result.file.bytes)).toBe(0);
  expect(host.sheetNames).toContain("Rekap Rapat");
});

test("Rekap Rapat's formulas are formulas: none is written into a Text cell, where Excel keeps it as text", async () => {
  const { host, env } = await workbook();
  await host.run((ctx) => runExport(ctx, env, "csv"));
  const rekap = host.dumpSheet("Rekap Rapat");
  const asText = rekap.values.flat().filter((v) => typeof v === "string" && v.startsWith("="));
  expect(asText).toEqual([]);
  // Permasalahan and Rencana Tindak Lanjut read the RKT sheet's words by formula.
  expect(
    rekap.formulas.flat().filter((f) => typeof f === "string" && /ISBLANK/.test(f)).length
  ).toBeGreaterThan(0);
});

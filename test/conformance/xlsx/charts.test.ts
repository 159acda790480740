/**
 * Charts drawn by the command line's file writer, read by a real spreadsheet program: after
 * Buat Grafik on a file, LibreOffice opens it and, saving it again, keeps the three charts with
 * their titles, types and series over the Grafik sheet's data tables.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { CAPAIAN, CHARTS, TEMPLATE, runAction } from "../../../src/app";
import { BLITAR_2021 } from "../../../src/core/decree";
import { XlsxFile } from "../../../src/xlsx/file";
import { packagePort } from "../../../src/xlsx/port";
import { recalculate } from "./libreoffice";

test("LibreOffice reads the file writer's charts: three, with titles, types and series", async () => {
  const file = XlsxFile.blank();
  for (const action of [TEMPLATE, CAPAIAN, CHARTS])
    await runAction(
      packagePort(file),
      action as never,
      { decree: BLITAR_2021 },
      undefined as never
    );
  const dir = mkdtempSync(join(tmpdir(), "kinerja-charts-"));
  const path = join(dir, "grafik.xlsx");
  writeFileSync(path, file.bytes());
  const [resaved] = recalculate([path]);
  const parts = unzipSync(readFileSync(resaved as string));
  const charts = Object.keys(parts)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .map((p) => strFromU8(parts[p] as Uint8Array));
  expect(charts).toHaveLength(3);
  const all = charts.join("\n");
  for (const title of [
    "Target dan Realisasi Indikator Persen",
    "Capaian per Indikator menurut Kategori",
    "Rata-rata Capaian per Sasaran Strategis",
  ])
    expect(all).toContain(title);
  expect(all).toMatch(/<c:grouping val="stacked"\/>/);
  expect(all).toMatch(/<c:barDir val="bar"\/>/);
  // Every series reads the Grafik sheet.
  const refs = [...all.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1] as string);
  expect(refs.length).toBeGreaterThan(6);
  for (const r of refs) expect(r).toMatch(/^'?Grafik'?!\$[A-Z]+\$\d+/);
}, 300_000);

/**
 * Gabungkan Buku Kerja through the Office.js adapter against the strict Excel double: offices'
 * workbooks read from their bytes by the pane's reader (src/xlsx/office.ts), consolidated, and
 * the sheets built in the open workbook in two round trips; recalculated (as the playground
 * does), the sheet's figures are the model's. An earlier consolidation and a user's sheet of
 * the same name are never overwritten: the new sheets come beside them, numbered.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { leftOutLines } from "../../src/app";
import { consolidate, type OfficeResult, type Unreadable } from "../../src/core/consolidate/model";
import { BLITAR_2021 } from "../../src/core/decree";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { runGabung } from "../../src/excel/gabung";
import { createLayoutMemory, type LayoutMemory } from "../../src/excel/read";
import { recalculate } from "../../src/playground/recalc";
import { XLSX_LIMITS } from "../../src/xlsx/limits";
import { OFFICE_MAX_BYTES, readOfficeBytes } from "../../src/xlsx/office";
import { writeOffices, type GeneratedSet } from "../support/offices";

let set: GeneratedSet;
let results: OfficeResult[];
let unreadable: Unreadable[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-gabung-pane-"));
  set = await writeOffices(dir, 10);
  results = [];
  unreadable = [];
  for (const file of [...set.offices.map((o) => o.file), ...set.broken.map((b) => b.file)]) {
    const read = await readOfficeBytes(
      "id",
      file,
      new Uint8Array(readFileSync(join(dir, file))),
      BLITAR_2021
    );
    if (read.ok) results.push(read.result);
    else unreadable.push({ source: file, reason: read.reason });
  }
}, 120_000);

const env = (host: ExcelHost, layout?: LayoutMemory) => ({
  decree: BLITAR_2021,
  supports: (v: string) => host.isSetSupported("ExcelApi", v),
  ...(layout !== undefined && { layout }),
});

test("the pane's reader: every office read, every broken file with its reason", () => {
  expect(results.map((r) => r.office)).toEqual(set.offices.map((o) => o.office));
  expect(unreadable.map((u) => u.source)).toEqual(set.broken.map((b) => b.file));
  const reason = (kind: string) =>
    unreadable.find((u) => u.source === set.broken.find((b) => b.kind === kind)!.file)!.reason;
  expect(reason("encrypted")).toMatch(/kata sandi/);
  expect(reason("notZip")).toMatch(/bukan buku kerja \.xlsx/);
  expect(reason("empty")).toMatch(/bukan buku kerja \.xlsx/);
  // The pane refuses what the command line refuses (limits.ts stays out of the pane's bundle).
  expect(OFFICE_MAX_BYTES).toBe(XLSX_LIMITS.inflatedBytes);
});

test("the sheets are built in the open workbook; recalculated, Rekap Satker is the model", async () => {
  const host = createExcelHost({ apiVersion: "1.20", sheets: ["Data Saya"] });
  host.setSheet("Data Saya", [["Catatan", 1]]);
  const before = host.dumpSheet("Data Saya");
  const c = consolidate(results, unreadable, { rank: "average" });
  // The names the pane remembers: read in the round trip that reads them, then one write.
  const layout = createLayoutMemory();
  layout.sheets.push("Data Saya");
  const out = await host.run((ctx) => runGabung(ctx, env(host, layout), c, "REKAP UJI"));
  expect(out.report.leftOut).toEqual([]);
  expect(out.leftOut).toEqual([]);
  expect(host.syncCount).toBe(2);
  // The pane's memory now knows the new sheets and tables.
  expect(layout.sheets).toContain("Rekap Satker");
  expect(layout.tables).toContain("Kinerja_Gabung_Rekap");
  expect(host.sheetNames).toEqual([
    "Data Saya",
    "Data Gabungan",
    "Rekap Satker",
    "Kelengkapan",
    "Sebaran",
    "Peringkat",
    "Perlu Diperiksa",
    "Berkas Gagal",
  ]);
  expect(host.activeSheetName).toBe("Rekap Satker");
  expect(host.dumpSheet("Data Saya")).toEqual(before);
  await recalculate(host);
  const rekap = host.dumpSheet("Rekap Satker");
  c.offices.forEach((o, i) => {
    const row = rekap.values[4 + i]!;
    expect(row[0]).toBe(o.rank);
    expect(row[1]).toBe(o.office);
    expect(row[3]).toBe(o.tercapai);
    c.indicators.forEach((_, k) => {
      const want = o.capaian[k];
      if (typeof want === "number") expect(row[4 + k] as number).toBeCloseTo(want / 100, 9);
      else expect(row[4 + k]).toBe(want === null ? "-" : "");
    });
  });
  expect(host.dumpSheet("Sebaran").charts.map((ch) => ch.name)).toEqual(["Kinerja_Gabung_Sebaran"]);
});

test("a second consolidation, and a user's sheet named Rekap Satker, are never overwritten", async () => {
  const host = createExcelHost({ apiVersion: "1.20", sheets: ["Rekap Satker"] });
  host.setSheet("Rekap Satker", [["milik pengguna"]]);
  const c = consolidate(results, unreadable, { rank: "tercapai" });
  const first = await host.run((ctx) => runGabung(ctx, env(host), c, "REKAP UJI"));
  expect(first.sheet).toBe("Rekap Satker (2)");
  expect(host.dumpSheet("Rekap Satker").values).toEqual([["milik pengguna"]]);
  const second = await host.run((ctx) => runGabung(ctx, env(host), c, "REKAP UJI"));
  expect(second.sheet).toBe("Rekap Satker (3)");
  expect(host.sheetNames).toContain("Peringkat (3)");
  expect(host.dumpSheet("Peringkat (2)").tables.map((t) => t.name)).toEqual([
    "Kinerja_Gabung_Peringkat_2",
  ]);
  await recalculate(host);
  const ranked = [...c.offices].sort((a, b) => a.rank - b.rank);
  const peringkat = host.dumpSheet("Peringkat (3)");
  ranked.forEach((o, i) => {
    expect(peringkat.values[4 + i]![0]).toBe(o.rank);
    expect(peringkat.values[4 + i]![1]).toBe(o.office);
  });
});

test("on an older Excel the consolidation is built and what it lacks comes back as left-out lines", async () => {
  // ExcelApi 1.1 (Excel 2016 as first shipped): no column widths (1.2).
  const host = createExcelHost({ apiVersion: "1.1", sheets: ["Data Saya"] });
  const c = consolidate(results, unreadable, { rank: "average" });
  const out = await host.run((ctx) => runGabung(ctx, env(host), c, "REKAP UJI"));
  expect(host.sheetNames).toContain("Rekap Satker");
  expect(out.report.leftOut).toEqual([{ op: "columnWidths", requires: "1.2", count: 7 }]);
  // One line per missing feature, in both languages, naming the Excel that has it.
  expect(out.leftOut).toEqual(leftOutLines(out.report));
  expect(out.leftOut).toEqual([
    {
      id: expect.stringMatching(/^Lebar kolom tidak diatur: perlu Excel 2019/) as string,
      en: expect.stringMatching(/^Column widths not set: needs Excel 2019/) as string,
    },
  ]);
  expect(out.summary.map((l) => l.id)).toEqual([
    expect.stringMatching(new RegExp(`^Gabungan: ${c.offices.length} kantor`)),
  ]);
});

test("the pane's reader refuses a workbook that would inflate beyond the command line's limit", async () => {
  // A small zip whose entry says it unpacks to 4 GB (the local header's size field).
  const bytes = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }, { level: 0 });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint32(0, true)).toBe(0x04034b50);
  view.setUint32(22, 0xfffffff0, true);
  const read = await readOfficeBytes("id", "bom.xlsx", bytes, BLITAR_2021);
  expect(read).toEqual({ ok: false, reason: expect.stringMatching(/lebih besar dari 512 MB/) });
});

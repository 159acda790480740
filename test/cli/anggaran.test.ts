/**
 * The Anggaran sheet end to end on files: the template's sheet filled as staff fill it, then
 * `kinerja capaian --json` gives each program's pagu, realisasi s.d. TW pelaporan, % serapan,
 * capaian sasaran and efisiensi — and the workbook written by `kinerja capaian --out`,
 * recalculated by the engine, shows the same figures in its cells.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { columnOf as layoutColumn } from "../../src/core/workbook/layout";
import { ANGGARAN_COLUMNS, type AnggaranColumnKey } from "../../src/core/workbook/anggaran/layout";
import { HEADER_ROW } from "../../src/core/workbook/layout";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { XlsxFile } from "../../src/xlsx/file";
import { readFileSync } from "node:fs";
import { fill, load, run, tempDir } from "./helpers";

let dir: string;
const col = (k: AnggaranColumnKey) => layoutColumn(ANGGARAN_COLUMNS, k) + 1;
/** 1-based sheet row of the i-th program row. */
const rowOf = (i: number) => HEADER_ROW + 2 + i;

interface Json {
  anggaran: {
    row: number;
    program: string;
    sasaran: string;
    pagu: number | null;
    realisasi: number | null | string;
    serapan: number | null | string;
    capaianSasaran: number | null | string;
    efisiensi: number | null | string;
  }[];
}

beforeAll(async () => {
  dir = tempDir();
  expect((await run(dir, "template", "--out", "template.xlsx")).code).toBe(0);
  const wb = await load(join(dir, "template.xlsx"));
  // Target 80%, realisasi TW II 70% (last value): capaian 87,5%.
  fill(wb, { "rkt-kpu-1": { tw1: 0.5, tw2: 0.7, sumber: "Laporan" } });
  const ws = wb.getWorksheet("Anggaran") as ExcelJS.Worksheet;
  const set = (i: number, k: AnggaranColumnKey, v: ExcelJS.CellValue) =>
    (ws.getCell(rowOf(i), col(k)).value = v);
  // Row 11 holds the KPU's first sasaran (ten Sekretariat sasaran come first).
  expect(ws.getCell(rowOf(10), col("sasaran")).value).toBe(
    "Terwujudnya kebijakan bidang Politik yang kuat"
  );
  set(10, "program", "Program Penyelenggaraan Pemilu");
  set(10, "pagu", 200_000_000);
  set(10, "atw1", 50_000_000);
  set(10, "atw2", 70_000_000);
  set(10, "atw3", "Rp 10.000.000"); // text: not read by the formulas
  set(0, "program", "Program Dukungan Manajemen");
  set(0, "pagu", 100_000_000);
  set(0, "atw1", 150_000_000); // over the pagu
  await wb.xlsx.writeFile(join(dir, "filled.xlsx"));
});

test("kinerja capaian --json gives the programs with serapan and efisiensi at TW II", async () => {
  const r = await run(dir, "capaian", "filled.xlsx", "--json", "--tw", "2");
  expect(r.code).toBe(0);
  const { anggaran } = JSON.parse(r.stdout) as Json;
  expect(anggaran.map((a) => a.program)).toEqual([
    "Program Dukungan Manajemen",
    "Program Penyelenggaraan Pemilu",
  ]);
  expect(anggaran[1]).toMatchObject({
    row: rowOf(10),
    pagu: 200_000_000,
    realisasi: 120_000_000,
    serapan: 60,
    capaianSasaran: 87.5,
    efisiensi: 31.43, // 1 − 60 % ÷ 87,5 % (PMK 214/PMK.02/2017)
  });
  // No capaian yet for the Sekretariat's first sasaran: no efisiensi.
  expect(anggaran[0]).toMatchObject({
    realisasi: 150_000_000,
    serapan: 150,
    capaianSasaran: null,
    efisiensi: null,
  });
});

test("at TW III the quarter typed as text makes the realisasi 'cek isian'", async () => {
  const r = await run(dir, "capaian", "filled.xlsx", "--json", "--tw", "3");
  const { anggaran } = JSON.parse(r.stdout) as Json;
  expect(anggaran[1]).toMatchObject({
    realisasi: "cek isian",
    serapan: "cek isian",
    efisiensi: "cek isian",
  });
});

test("the workbook kinerja capaian writes shows the same figures once recalculated", async () => {
  expect((await run(dir, "capaian", "filled.xlsx", "--out", "out.xlsx", "--tw", "2")).code).toBe(0);
  const json = JSON.parse((await run(dir, "capaian", "out.xlsx", "--json")).stdout) as Json;
  const wb = await load(join(dir, "out.xlsx"));
  const book = recalculateSnapshot(readWorkbook(wb));
  const sheet = book.sheets.find((s) => s.name === "Anggaran")!;
  const at = (row: number, k: AnggaranColumnKey) =>
    sheet.values[row - 1 - sheet.top]?.[col(k) - 1 - sheet.left] ?? null;
  for (const a of json.anggaran) {
    expect(at(a.row, "realisasi")).toBe(a.realisasi);
    for (const k of ["serapan", "capaianSasaran", "efisiensi"] as const) {
      const v = at(a.row, k);
      expect(typeof v === "number" ? Math.round(v * 10000) / 100 : v === "" ? null : v).toBe(a[k]);
    }
  }
  expect(json.anggaran[1]?.efisiensi).toBe(31.43);
});

test("kinerja charts draws pagu and realisasi per program, the figures read from the Anggaran sheet", async () => {
  expect((await run(dir, "capaian", "filled.xlsx", "--out", "hasil.xlsx", "--tw", "2")).code).toBe(
    0
  );
  expect((await run(dir, "charts", "hasil.xlsx", "--out", "grafik.xlsx")).code).toBe(0);
  const wb = await load(join(dir, "grafik.xlsx"));
  const file = XlsxFile.of(readFileSync(join(dir, "grafik.xlsx")), wb);
  expect(file.charts().get("Grafik")).toContain("Kinerja_Pagu_Realisasi_Anggaran");
  const book = recalculateSnapshot(readWorkbook(wb));
  const grafik = book.sheets.find((s) => s.name === "Grafik")!;
  const rows = grafik.values.filter(
    (r) => r !== undefined && r[0] === "Program Penyelenggaraan Pemilu"
  );
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    ["Program Penyelenggaraan Pemilu", 200_000_000, 120_000_000],
  ]);
});

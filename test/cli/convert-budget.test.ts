/**
 * An LKj-style table with budget columns, end to end on files: `kinerja convert` carries the
 * pagu and realisasi anggaran into the Anggaran sheet (a pagu repeated on each indicator row of
 * a sasaran counted once, text amounts read as rupiah); `kinerja capaian --json` gives each
 * row's % serapan; the workbook `kinerja capaian --out` writes, recalculated by the engine,
 * shows the same figures; an amount that is no number is Periksa Isian's finding at its cell.
 */
import { join } from "node:path";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { ANGGARAN_COLUMNS, type AnggaranColumnKey } from "../../src/core/workbook/anggaran/layout";
import { columnOf } from "../../src/core/workbook/layout";
import { load, run, tempDir } from "./helpers";
import { writeLkj } from "./lkj-budget";

interface AnggaranJson {
  row: number;
  program: string;
  sasaran: string;
  pagu: number | null;
  realisasi: number | null | string;
  serapan: number | null | string;
  capaianSasaran: number | null | string;
  efisiensi: number | null | string;
}

let dir: string;

beforeAll(async () => {
  dir = tempDir();
  await writeLkj(join(dir, "lkj.xlsx"), "KPU KOTA CONTOH", "Rp 60.000.000,00");
  const r = await run(dir, "convert", "lkj.xlsx", "--out", "template.xlsx");
  expect(r.code).toBe(0);
});

test("the converted table's budget is in the Anggaran sheet, repeated amounts counted once", async () => {
  const r = await run(dir, "capaian", "template.xlsx", "--json", "--tw", "4");
  expect(r.code).toBe(0);
  const { anggaran } = JSON.parse(r.stdout) as { anggaran: AnggaranJson[] };
  expect(anggaran.map((a) => [a.sasaran, a.program, a.pagu, a.realisasi, a.serapan])).toEqual([
    [
      "Meningkatnya kualitas layanan",
      "Program Penyelenggaraan Pemilu",
      200_000_000,
      150_000_000,
      75,
    ],
    ["Terwujudnya tata kelola", "Program Dukungan Manajemen", 60_000_000, 45_500_000, 75.83],
  ]);
});

test("the sheet's % serapan, recalculated by the engine, equals kinerja capaian --json", async () => {
  expect(
    (await run(dir, "capaian", "template.xlsx", "--out", "hasil.xlsx", "--tw", "4")).code
  ).toBe(0);
  const json = JSON.parse((await run(dir, "capaian", "hasil.xlsx", "--json")).stdout) as {
    anggaran: AnggaranJson[];
  };
  expect(json.anggaran).toHaveLength(2);
  const book = recalculateSnapshot(readWorkbook(await load(join(dir, "hasil.xlsx"))));
  const sheet = book.sheets.find((s) => s.name === "Anggaran")!;
  const col = (k: AnggaranColumnKey) => columnOf(ANGGARAN_COLUMNS, k);
  const at = (row: number, k: AnggaranColumnKey) =>
    sheet.values[row - 1 - sheet.top]?.[col(k) - sheet.left] ?? null;
  for (const a of json.anggaran) {
    expect(at(a.row, "pagu")).toBe(a.pagu);
    expect(at(a.row, "realisasi")).toBe(a.realisasi);
    for (const k of ["serapan", "capaianSasaran", "efisiensi"] as const) {
      const v = at(a.row, k);
      expect(typeof v === "number" ? Math.round(v * 10000) / 100 : v === "" ? null : v).toBe(a[k]);
    }
  }
});

test("an amount that is no number is written as typed and found by Periksa Isian at its cell", async () => {
  await writeLkj(join(dir, "rusak.xlsx"), "KPU KOTA CONTOH", "Rp 60 juta");
  const c = await run(
    dir,
    "convert",
    "rusak.xlsx",
    "--out",
    "rusak-template.xlsx",
    "--json",
    "--lang",
    "en"
  );
  expect(c.code).toBe(0);
  const report = JSON.parse(c.stdout) as { lines: string[] };
  expect(report.lines).toContain(
    'G6 "Rp 60 juta" is not an amount of rupiah that can be read; it is written as typed to the Anggaran sheet (Pagu Anggaran), which shows "cek isian" there, and Periksa Isian marks it. Type the number.'
  );
  const j = JSON.parse(
    (await run(dir, "capaian", "rusak-template.xlsx", "--json", "--tw", "4")).stdout
  ) as {
    anggaran: AnggaranJson[];
  };
  expect(j.anggaran[1]).toMatchObject({ pagu: null, serapan: "cek isian" });
  const v = await run(dir, "validate", "rusak-template.xlsx", "--json", "--tw", "4");
  const { findings } = JSON.parse(v.stdout) as {
    findings: { code: string; sheet?: string; cell?: string }[];
  };
  const row = j.anggaran[1]!.row;
  const pagu = String.fromCharCode(65 + columnOf(ANGGARAN_COLUMNS, "pagu"));
  expect(findings.filter((f) => f.code.startsWith("anggaran."))).toEqual([
    expect.objectContaining({
      code: "anggaran.unreadable",
      sheet: "Anggaran",
      cell: `${pagu}${row}`,
    }),
  ]);
});

/** kinerja convert on a small hand-made report sheet, then the rest of the flow on its output. */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { leftovers, load, run, tempDir } from "./helpers";

let dir: string;

beforeAll(async () => {
  dir = tempDir();
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Catatan").getCell("A1").value = "catatan saja";
  const ws = wb.addWorksheet("Laporan");
  ws.addRow(["RENCANA KINERJA TAHUNAN KPU KOTA CONTOH TAHUN 2024"]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Target",
    "Realisasi TW I",
    "Realisasi TW II",
    "Realisasi TW III",
    "Realisasi TW IV",
    "Sumber Data",
  ]);
  ws.addRow([
    1,
    "Meningkatnya kualitas layanan",
    "Persentase layanan tepat waktu",
    "100%",
    0.5,
    0.8,
    null,
    null,
    "Laporan",
  ]);
  ws.addRow([
    2,
    "Meningkatnya kualitas layanan",
    "Indeks kepuasan masyarakat",
    80,
    75,
    78,
    null,
    null,
    "Survei",
  ]);
  ws.addRow([
    3,
    "Tertib administrasi",
    "Opini BPK atas laporan keuangan",
    "WTP",
    "WTP",
    null,
    null,
    null,
    "LHP BPK",
  ]);
  await wb.xlsx.writeFile(join(dir, "laporan.xlsx"));
});

test("the first sheet with a table becomes the template, values carried", async () => {
  const r = await run(dir, "convert", "laporan.xlsx", "--out", "template.xlsx");
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/Lembar "Laporan" diubah menjadi templat/);
  const wb = await load(join(dir, "template.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining(["Catatan", "Laporan", "Info Kinerja", "RKT KPU"])
  );

  const c = await run(dir, "capaian", "template.xlsx", "--json", "--tw", "2");
  expect(c.code).toBe(0);
  const { indicators } = JSON.parse(c.stdout) as { indicators: Record<string, unknown>[] };
  expect(indicators).toEqual([
    expect.objectContaining({ row: 5, target: 100, realisasi: 80, capaian: 80, kategori: "Baik" }),
    expect.objectContaining({ row: 6, target: 80, realisasi: 78, capaian: 97.5 }),
    expect.objectContaining({ row: 7, target: "WTP", realisasi: "WTP", capaian: 100 }),
  ]);

  // Not compared with the built-in decree, whose ids the converted rows reuse.
  const v = await run(dir, "validate", "template.xlsx", "--json", "--tw", "2");
  expect(v.code).toBe(0);
  expect(v.stdout).not.toMatch(/differsFromDecree/);
});

test("--sheet names the sheet; a sheet without a table is refused with the planner's reasons", async () => {
  writeFileSync(join(dir, "keep.xlsx"), "previous contents");
  const r = await run(dir, "convert", "laporan.xlsx", "--sheet", "Catatan", "--out", "keep.xlsx");
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Lembar "Catatan" tidak dapat diubah menjadi templat:\n {2}- /);
  const missing = await run(
    dir,
    "convert",
    "laporan.xlsx",
    "--sheet",
    "Nope",
    "--out",
    "keep.xlsx",
    "--lang",
    "en"
  );
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/There is no sheet "Nope". Sheets: "Catatan", "Laporan"/);
  expect(readFileSync(join(dir, "keep.xlsx"), "utf8")).toBe("previous contents");
  expect(leftovers(dir)).toEqual([]);

  const ok = await run(dir, "convert", "laporan.xlsx", "--sheet", "laporan", "--out", "keep.xlsx");
  expect(ok.code).toBe(0);
  expect((await load(join(dir, "keep.xlsx"))).getWorksheet("RKT KPU")).toBeDefined();
});

test("--json reports every inference per indicator; the capaian then follows the table's units", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("LKj");
  ws.addRow(["Kode", "Indikator Kinerja", "Target", "Realisasi"]);
  ws.addRow(["8a-N", "Nilai Kualitas Pengelolaan Data Pelaksanaan Anggaran", 70, 85]);
  ws.addRow(["8b-N", "Nilai Kualitas Pengelolaan Sistem Informasi Pelaksanaan Anggaran", 90, 100]);
  ws.addRow(["3", "Jumlah laporan sistem akuntansi", "2 Lap", "2 Lap"]);
  ws.addRow(["4", "Persentase pemilih terlayani", "80%", "83%"]);
  await wb.xlsx.writeFile(join(dir, "lkj.xlsx"));

  const r = await run(dir, "convert", "lkj.xlsx", "--out", "lkj-template.xlsx", "--json");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout) as {
    tables: { indicators: Record<string, unknown>[]; columns: { column: string }[] }[];
    lines: string[];
  };
  const [t] = report.tables;
  expect(t?.columns.map((c) => c.column)).toEqual(["B", "C", "D"]);
  expect(
    t?.indicators.map((i) => [i.kind, i.kindFrom, i.kindEvidence, i.unit, i.direction])
  ).toEqual([
    ["index", "text", "words", "Indeks", "higher"],
    ["index", "text", "words", "Indeks", "higher"],
    ["count", "target", "unit", "Lap", "higher"],
    ["percent", "target", "percentSign", "%", "higher"],
  ]);
  expect(t?.indicators[3]?.values).toEqual([
    { column: "target", cell: "C5", typed: "80%", written: 0.8, read: 80, as: "percentSign" },
    { column: "tw4", cell: "D5", typed: "83%", written: 0.83, read: 83, as: "percentSign" },
  ]);
  expect(report.lines).toContain(
    'Baris 5: target dan realisasi ditulis dalam satuan yang sama: C5 "80%" → 80 %; D5 "83%" → 83 %.'
  );

  const c = await run(dir, "capaian", "lkj-template.xlsx", "--json", "--tw", "4", "--cap", "120");
  expect(c.code).toBe(0);
  const { indicators } = JSON.parse(c.stdout) as { indicators: Record<string, unknown>[] };
  expect(indicators.map((i) => i.capaian)).toEqual([120, 111.11, 100, 103.75]);

  // The user's data was fine: Validasi finds no error in what Convert wrote.
  const v = await run(dir, "validate", "lkj-template.xlsx", "--json", "--tw", "4");
  const { findings } = JSON.parse(v.stdout) as { findings: { severity: string }[] };
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(v.code).toBe(0);
});

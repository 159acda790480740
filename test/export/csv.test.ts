/** CSV: BOM, separator, quoting, formula neutralisation; file names. */
import { BLITAR_2021 } from "../../src/core/decree";
import { consolidate } from "../../src/core/consolidate/model";
import { csvField, csvText, exportCsv, neutralise } from "../../src/export/csv";
import { exportConsolidationCsv } from "../../src/export/gabung";
import { asciiSlug, exportFileName } from "../../src/export/filename";

import { readWorkbook } from "../../src/xlsx/read";
import { parseCsv } from "../support/csv";
import { exportInputAt, filledWorkbook } from "./fixture";

test.each([
  ["=1+1", "'=1+1"],
  ["+62 812 3456 789", "'+62 812 3456 789"],
  ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
  ['=HYPERLINK("http://x.invalid","klik")', '\'=HYPERLINK("http://x.invalid","klik")'],
  ["\tdata", "'\tdata"],
  ["\r=1", "'\r=1"],
  ["-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"],
  ["-5", "-5"],
  ["-2,5%", "-2,5%"],
  ["-1.234,5", "-1.234,5"],
  ["103,75%", "103,75%"],
  ["Laporan = selesai", "Laporan = selesai"],
])("neutralise(%j) = %j", (input, expected) => {
  expect(neutralise(input)).toBe(expected);
});

test("fields with the separator, quotes or line breaks are quoted; quotes doubled", () => {
  expect(csvField('Dokumen "Renja"; tahap 2', ";")).toBe('"Dokumen ""Renja""; tahap 2"');
  expect(csvField("a,b", ";")).toBe("a,b");
  expect(csvField("a,b", ",")).toBe('"a,b"');
  expect(csvField("baris 1\nbaris 2", ";")).toBe('"baris 1\nbaris 2"');
  expect(csvField('=HYPERLINK("x")', ";")).toBe('"\'=HYPERLINK(""x"")"');
  expect(csvField(-5, ";")).toBe("-5");
});

test("the recap as CSV: BOM, ';', CRLF, every row, Keterangan, neutralised notes", async () => {
  const input = exportInputAt(readWorkbook(await filledWorkbook()), BLITAR_2021, 2);
  const first = input.rows[0]!;
  first.permasalahan = "=1+1";
  first.rencanaTindakLanjut = 'Hubungi "+62 812"; lalu lapor';
  first.keterangan = "@SUM(A1)";
  const csv = exportCsv(input);
  expect(csv.startsWith("\uFEFFNo;Unit;Sasaran Strategis;Indikator Kinerja Utama;")).toBe(true);
  const rows = parseCsv(csv.slice(1), ";");
  expect(rows[0]).toEqual([
    "No",
    "Unit",
    "Sasaran Strategis",
    "Indikator Kinerja Utama",
    "Target",
    "Realisasi s.d. TW II",
    "Capaian",
    "Kategori",
    "Permasalahan",
    "Rencana Tindak Lanjut",
    "Keterangan",
    "Kode",
    "Penanggung Jawab",
    "Periode",
    "Target s.d. TW II",
    "Capaian s.d. TW II",
    "Realisasi Tahun Lalu",
    "Perubahan dari Tahun Lalu",
    "Target Renstra",
    "Capaian terhadap Target Renstra",
    "Pagu Anggaran Sasaran (Rp)",
    "Realisasi Anggaran Sasaran s.d. TW II (Rp)",
    "% Serapan Anggaran Sasaran",
    "Efisiensi Sasaran",
    "Perlu Diperiksa",
  ]);
  expect(rows).toHaveLength(1 + 16 + 1);
  expect(rows[1]!.slice(8, 11)).toEqual(["'=1+1", 'Hubungi "+62 812"; lalu lapor', "'@SUM(A1)"]);
  const kpu1 = rows.find((r) => r[11] === "rkt-kpu-1")!;
  expect(kpu1.slice(4, 8)).toEqual(["80%", "83%", "103,75%", "Sangat Baik"]);
  const indikator8 = rows.find((r) => r[11] === "rkt-sekretariat-8")!;
  expect(indikator8[3]).toContain("\n"); // the decree's two listed documents, kept in one field
  expect(rows[rows.length - 1]![3]).toMatch(/^Rata-rata capaian keseluruhan/);
  expect(rows.every((r) => r.length === 25)).toBe(true);
  expect(rows.slice(1).every((r) => r[24] === "")).toBe(true);
  const comma = parseCsv(exportCsv(input, { separator: "," }).slice(1), ",");
  expect(comma).toEqual(rows);
});

test("an entry in error that still counts (a date in a quarter) is named in the row's last column", async () => {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("RKT KPU")!;
  const header = (name: string) => {
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getRow(4).getCell(c).value === name) return c;
    throw new Error(name);
  };
  let row = 0;
  for (let r = 5; r <= ws.rowCount; r++)
    if (ws.getRow(r).getCell(header("Kode")).value === "rkt-kpu-3") row = r;
  ws.getRow(row).getCell(header("Realisasi TW I")).numFmt = "d mmmm yyyy";
  const input = exportInputAt(readWorkbook(wb), BLITAR_2021, 2);
  expect(input.rows.filter((r) => r.errors.length > 0).map((r) => r.kode)).toEqual(["rkt-kpu-3"]);
  const rows = parseCsv(exportCsv(input).slice(1), ";");
  const kpu3 = rows.find((r) => r[11] === "rkt-kpu-3")!;
  expect(kpu3[24]).toMatch(/tanggal/i);
  expect(kpu3[6]).not.toBe("");
  expect(rows.filter((r) => r[24] !== "")).toHaveLength(2); // the header and that row
});

test("one framing for every CSV: the consolidation's takes the recap's options and quoting", () => {
  const indicator = (kode: string, capaian: number) => ({
    kode,
    text: `Persentase ${kode}`,
    sasaran: "S",
    capaian,
    kategori: "Baik",
    missing: [],
    errors: [],
  });
  const c = consolidate(
    [
      {
        office: '=Kantor "A"; Kota',
        source: "a.xlsx",
        indicators: [indicator("ik-1", 90.5), indicator("ik-2", 80)],
        anggaran: { pagu: 1_000_000, realisasi: 250_000.5, serapan: 25.00005 },
      },
      { office: "Kantor B, Kab.", source: "b.xlsx", indicators: [indicator("ik-1", 100)] },
    ],
    [],
    { rank: "average" }
  );
  const semicolon = exportConsolidationCsv(c);
  const comma = exportConsolidationCsv(c, { separator: "," });
  expect(semicolon.startsWith("\uFEFFPeringkat;Kantor;")).toBe(true);
  expect(comma.startsWith("\uFEFFPeringkat,Kantor,")).toBe(true);
  const rows = parseCsv(semicolon.slice(1), ";");
  expect(parseCsv(comma.slice(1), ",")).toEqual(rows);
  // Framed as csvText frames: its rows framed again give the same text, byte for byte.
  expect(csvText(parseCsv(comma.slice(1), ","), { separator: "," })).toBe(comma);
  expect(csvText(rows)).toBe(semicolon);
  expect(rows.slice(1).map((r) => r[1])).toEqual(["Kantor B, Kab.", '\'=Kantor "A"; Kota']);
  expect(rows[2]!.slice(-3)).toEqual(["1.000.000", "250.000,5", "25,00%"]);
  expect(rows[1]!.slice(-3)).toEqual(["", "", ""]);
});

test("file names say what they are, in ASCII without spaces", () => {
  const meta = { office: "KPU Kota Blitar", year: 2021, reportingQuarter: 2 as const };
  expect(exportFileName(meta, "pdf")).toBe("Capaian-Kinerja-KPU-Kota-Blitar-2021-TW2.pdf");
  expect(exportFileName(meta, "csv", "Rekap Rapat")).toBe(
    "Rekap-Rapat-KPU-Kota-Blitar-2021-TW2.csv"
  );
  expect(asciiSlug("Sekretariat KPU Kab. Pasangkayu / Sulbar (é)")).toBe(
    "Sekretariat-KPU-Kab-Pasangkayu-Sulbar-e"
  );
});

test("the CSV's budget figures read as the sheet's #,##0 and 0.00% show them", async () => {
  const input = exportInputAt(readWorkbook(await filledWorkbook()), BLITAR_2021, 2);
  const row = input.rows[0]!;
  // A serapan over 1.000 % (the sheet's 0.00% has no thousands mark), an efisiensi a hair
  // below zero (Excel keeps its sign), an amount with a half rupiah.
  row.budget = {
    key: "x",
    rows: [],
    pagu: 1_000_000,
    realisasi: 1_234_567.5,
    serapan: 12.345675,
    capaianSasaran: 100,
    efisiensi: -0.000001,
  };
  const line = exportCsv({ ...input, rows: [row] }).split("\r\n")[1]!;
  expect(line).toContain(";1.000.000;1.234.567,5;1234,57%;-0,00%;");
});

/**
 * Convert on the decree's own Lampiran I, typed into Excel as the PDF shows it: the converted
 * decree has the decree's 10 and 6 indicators with their texts and targets, and its office,
 * number, subject, place, date and signatories; the source sheet stays as it was.
 */
import { BLITAR_2021, parseDecree, type Decree, type Indicator } from "../../../src/core/decree";
import { planConvert } from "../../../src/core/workbook/convert";
import { applyPlan } from "../../../src/xlsx/apply";
import { ROWS, lampiranI, oneTablePerSheet } from "./fixtures/lampiran-1";
import { sheetContents, snapshotOf, workbookOf } from "./fixtures/sheet";

const table = (d: Decree, id: string) => d.tables.find((t) => t.id === id);

/** The fields a sheet can say about an indicator. */
const visible = (i: Indicator) => ({
  id: i.id,
  no: i.no,
  sasaran: i.sasaran,
  text: i.text,
  kind: i.kind,
  direction: i.direction,
  aggregation: i.aggregation,
  period: i.period,
  target: i.target,
});

function converted(sheet = "Lampiran I") {
  const wb = workbookOf(lampiranI());
  const result = planConvert(snapshotOf(wb), sheet);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { wb, result };
}

describe("Convert: the decree's Lampiran I on one sheet", () => {
  const { result } = converted();

  it("finds both RKT tables with 10 and 6 indicators", () => {
    expect(result.decree.tables.map((t) => [t.id, t.indicators.length])).toEqual([
      ["rkt-sekretariat", 10],
      ["rkt-kpu", 6],
    ]);
    expect(parseDecree(result.decree).ok).toBe(true);
  });

  it.each(["rkt-sekretariat", "rkt-kpu"])(
    "%s has the decree's numbers, sasaran, texts and targets",
    (id) => {
      const mine = table(result.decree, id);
      const theirs = table(BLITAR_2021, id);
      expect(mine?.indicators.map(visible)).toEqual(theirs?.indicators.map(visible));
      expect(mine?.title).toBe(theirs?.title);
      expect(mine?.unit).toBe(theirs?.unit);
    }
  );

  it("reads office, year, number, subject, place, date and signatories around the tables", () => {
    const d = result.decree;
    const b = BLITAR_2021;
    expect([d.office, d.year, d.number, d.title, d.place, d.date]).toEqual([
      b.office,
      b.year,
      b.number,
      b.title,
      b.place,
      b.date,
    ]);
    // The Ketua signed; the Sekretaris under "Salinan sesuai dengan aslinya" certified the copy.
    expect(d.signatories).toEqual(b.signatories);
    expect(d.certifiedBy).toEqual({ role: "Sekretaris", name: "Edi Winarno" });
    expect(result.report.fields.signatories.value).toBe(
      "Ketua Komisi Pemilihan Umum Kota Blitar: Choirul Umam"
    );
    expect(Object.values(result.report.fields).every((f) => f.found)).toBe(true);
    // The date is said as staff write it, never as 2021-01-04.
    const [y, m, day] = b.date.split("-").map(Number) as [number, number, number];
    const month = [
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ][m - 1];
    expect(result.report.fields.date.message.id).toContain(`${day} ${month} ${y}`);
    expect(result.report.fields.date.message.id).not.toContain(b.date);
  });

  it("joins row 8's continuation after the page break and reports it", () => {
    const [sek, kpu] = result.report.tables;
    expect(sek?.continuations).toEqual([
      { row: ROWS.continuation, into: ROWS.row8, indicatorId: "rkt-sekretariat-8" },
    ]);
    expect(sek?.ignored.filter((r) => r.reason === "blank").map((r) => r.row)).toContain(
      ROWS.pageBreak
    );
    expect(kpu?.continuations).toEqual([]);
    expect(kpu?.sasaranGroups).toBe(3);
    expect(sek?.sasaranGroups).toBe(10);
  });

  it("takes each table's title row and header, and maps its four columns", () => {
    const [sek, kpu] = result.report.tables;
    expect(sek?.titleRows).toContain(ROWS.sekretariatTitle);
    expect(sek?.header).toEqual({
      rows: [ROWS.sekretariatHeader],
      address: `A${ROWS.sekretariatHeader}:D${ROWS.sekretariatHeader}`,
    });
    expect(kpu?.titleRows).toEqual([ROWS.kpuTitle]);
    expect(kpu?.columns.map((c) => [c.column, c.meaning])).toEqual([
      ["A", "no"],
      ["B", "sasaran"],
      ["C", "indikator"],
      ["D", "target"],
    ]);
    expect(kpu?.unrecognised).toEqual([]);
  });

  it("ends the KPU table at the signature block and skips it", () => {
    const kpu = result.report.tables[1];
    const notes = kpu?.ignored.filter((r) => r.reason === "note") ?? [];
    expect(notes.map((n) => n.text)).toEqual([
      "Ditetapkan di Blitar",
      "Pada tanggal 4 Maret 2021",
      "KETUA KOMISI PEMILIHAN UMUM",
      "KOTA BLITAR,",
      "ttd.",
      "CHOIRUL UMAM",
      "Salinan sesuai dengan aslinya",
      "SEKRETARIAT KOMISI PEMILIHAN UMUM",
      "KOTA BLITAR",
      "Sekretaris,",
      "Edi Winarno",
    ]);
    expect(result.report.tables.flatMap((t) => t.unreadTargets)).toEqual([]);
  });

  it("plans sheets RKT Sekretariat and RKT KPU with nothing carried (targets are in the decree)", () => {
    expect(result.plan.summary.map((l) => l.id)).toEqual([
      "Info Kinerja",
      "RKT Sekretariat: 10 indikator",
      "RKT KPU: 6 indikator",
      "Anggaran",
      "Perjanjian Kinerja",
    ]);
    expect(result.carried.size).toBe(0);
  });

  it("leaves the source sheet exactly as it was", () => {
    const { wb, result: r } = converted();
    const before = sheetContents(wb, "Lampiran I");
    expect(r.plan.ops.some((op) => op.sheet === "Lampiran I")).toBe(false);
    applyPlan(wb, r.plan);
    expect(sheetContents(wb, "Lampiran I")).toEqual(before);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Lampiran I",
      "Info Kinerja",
      "RKT Sekretariat",
      "RKT KPU",
      "Anggaran",
      "Perjanjian Kinerja",
    ]);
  });

  it("every report line is in both languages", () => {
    for (const line of result.report.lines) {
      expect(line.id.length).toBeGreaterThan(0);
      expect(line.en.length).toBeGreaterThan(0);
      expect(line.id).not.toMatch(/\{\w+\}/);
      expect(line.en).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("Convert: each table on its own sheet", () => {
  const wb = workbookOf(...oneTablePerSheet());
  const book = snapshotOf(wb);

  it.each([
    ["RKT Sekretariat Blitar", "rkt-sekretariat", "Sekretariat", 10],
    ["Sheet2", "rkt-kpu", "KPU", 6],
  ])("%s becomes %s (RKT %s) with %i indicators", (sheet, id, shortName, n) => {
    const result = planConvert(book, sheet);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [t] = result.decree.tables;
    expect(t?.id).toBe(id);
    expect(t?.indicators).toHaveLength(n);
    expect(t?.shortName).toBe(shortName);
    expect(t?.indicators.map(visible)).toEqual(table(BLITAR_2021, id)?.indicators.map(visible));
    expect(result.decree.office).toBe("KPU Kota Blitar");
    expect(result.decree.year).toBe(2021);
  });
});

describe("Convert: Lampiran II's IKU KPU table (no Target column)", () => {
  const cara = "Capaian Kinerja dibagi Target yg ditetpkan X 100%";
  const wb = workbookOf({
    name: "IKU KPU",
    rows: [
      ["1. Indikator Kinerja Utama KPU Kota Blitar Tahun 2021 sebagai berikut :"],
      ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA UTAMA", "CARA PENGHITUNGAN", "SUMBER DATA"],
      [
        1,
        "Terwujudnya kebijakan bidang Politik yang kuat",
        "Persentase Keputusan KPU Kota Blitar yang berpedoman pada perundang-undangan dan riset kepemiluan",
        "Jumlah SK yg ditetapkan dibagi target x 100%",
        "Register Produk Hukum KPU Kota Blitar",
      ],
      [
        3,
        "Terwujudnya Sumber Daya Manusia dan Lembaga KPU Kota Blitar yang Berkualitas",
        "Persentase Indeks Reformasi birokrasi",
      ],
      [
        null,
        null,
        "Presentase Nilai Keterbukaan Informasi Publik",
        cara,
        "daftar informasi Publik pada Sub Bagian Parmas dan Sosdiklih KPU Kota Blitar",
      ],
      [
        8,
        "Mewujudkan Dokumen Perencanaan dan Kebutuhan Anggaran",
        "Tersusunnya Dokumen Perencanaan dan kebutuhan Anggaran :",
        "Jumlah Dokumen Perencanaan yang telah disusun dibagi Target x 100%",
        "Dokumen Kinerja dan Perencanaan KPU Kota Blitar",
      ],
      [null, null, "1. Renja(rencana Kinerja Tahun 2022"],
      [null, null, "2. Pengelolaan Program dan Kegiatan Tahun Anggaran 2021"],
    ],
  });
  const result = planConvert(snapshotOf(wb), "IKU KPU");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const inds = result.decree.tables[0]?.indicators ?? [];

  it("keeps rows with their own cara penghitungan apart and joins the listed documents", () => {
    expect(inds.map((i) => [i.no, i.kind, i.caraPenghitungan ?? ""])).toEqual([
      ["1", "percent", "Jumlah SK yg ditetapkan dibagi target x 100%"],
      ["3", "index", ""],
      ["", "percent", cara],
      ["8", "count", "Jumlah Dokumen Perencanaan yang telah disusun dibagi Target x 100%"],
    ]);
    expect(inds[3]?.text).toBe(table(BLITAR_2021, "iku-sekretariat")?.indicators[7]?.text);
    expect(result.report.tables[0]?.continuations.map((c) => c.row)).toEqual([7, 8]);
  });

  it("has no targets, says so, and carries sumber data", () => {
    expect(inds.every((i) => i.target === undefined)).toBe(true);
    expect(result.report.lines.map((l) => l.en)).toContain(
      "There is no Target column: targets are left empty; fill them in on the template."
    );
    expect(result.carried.get("rkt-kpu-1")).toEqual({
      sumber: "Register Produk Hukum KPU Kota Blitar",
    });
  });
});

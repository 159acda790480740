/** The header vocabulary and the readers of title and signature lines, case by case. */
import { columnMeaning, meaningOf, quarterOf } from "../../../src/core/workbook/convert/columns";
import { kindOf, listedItems } from "../../../src/core/workbook/convert/kind";
import {
  dateIn,
  officeIn,
  readSignature,
  titleCase,
  yearIn,
} from "../../../src/core/workbook/convert/meta";

describe("header words", () => {
  it.each([
    ["No", "no"],
    ["No.", "no"],
    ["NOMOR", "no"],
    ["Sasaran", "sasaran"],
    ["SASARAN STRATEGIS", "sasaran"],
    ["Indikator", "indikator"],
    ["Indikator Kinerja", "indikator"],
    ["INDIKATOR KINERJA UTAMA", "indikator"],
    ["Indikator Kinerja Utama (IKU)", "indikator"],
    ["IKU", "indikator"],
    ["Target", "target"],
    ["TARGET 2021", "target"],
    ["Target Tahun 2022", "target"],
    ["Target (%)", "target"],
    ["Satuan", "satuan"],
    ["Realisasi", "realisasi"],
    ["Realisasi 2021", "realisasi"],
    ["Capaian", "capaian"],
    ["CAPAIAN (%)", "capaian"],
    ["Cara Penghitungan", "cara"],
    ["Cara Perhitungan", "cara"],
    ["Rumus", "cara"],
    ["Formula", "cara"],
    ["Sumber Data", "sumber"],
    ["Sumber Data / Bukti", "sumber"],
    ["Keterangan", "keterangan"],
    ["Ket", "keterangan"],
    ["Ket.", "keterangan"],
    // Budget columns, carried to the Anggaran sheet (budget.test.ts).
    ["Program", "program"],
    ["Anggaran (Rp)", "pagu"],
    ["Persentase partisipasi pemilih yang menggunakan hak pilih", undefined],
  ])("%s -> %s", (text, meaning) => expect(meaningOf(text)).toBe(meaning));

  it.each([
    ["TW I", "", "tw1"],
    ["TW 2", "", "tw2"],
    ["tw-III", "", "tw3"],
    ["Triwulan IV", "", "tw4"],
    ["Q1", "", "tw1"],
    ["q4", "", "tw4"],
    ["Realisasi TW II", "", "tw2"],
    ["Realisasi Triwulan III", "", "tw3"],
    ["I", "REALISASI", "tw1"],
    ["IV", "Triwulan", "tw4"],
    ["I", "", undefined],
    ["TW I", "CAPAIAN", "capaian"],
    ["", "REALISASI", "realisasi"],
    ["2021", "TARGET", "target"],
  ])("%s under %s -> %s", (own, parent, meaning) =>
    expect(columnMeaning(own, parent).meaning).toBe(meaning)
  );

  it("a quarterly target is the rencana aksi's Target TW", () => {
    expect(columnMeaning("Target TW I", "")).toEqual({ meaning: "ttw1" });
    expect(columnMeaning("TW II", "TARGET")).toEqual({ meaning: "ttw2" });
    expect(quarterOf("Realisasi 2021")).toBeUndefined();
  });
});

describe("title and signature lines", () => {
  it.each([
    [
      "I. RENCANA KINERJA TAHUNAN (RKT) SEKRETARIAT KPU KOTA BLITAR TAHUN 2021",
      "KPU Kota Blitar",
      2021,
    ],
    ["RKT KPU Kab. Sragen Tahun Anggaran 2024", "KPU Kabupaten Sragen", 2024],
    [
      "Perjanjian Kinerja Komisi Pemilihan Umum Provinsi Jawa Timur TA 2023",
      "KPU Provinsi Jawa Timur",
      2023,
    ],
    [
      "RENCANA KINERJA TAHUNAN DINAS PENDIDIKAN KOTA MALANG TAHUN 2022",
      "Dinas Pendidikan Kota Malang",
      2022,
    ],
    ["Daftar hadir", undefined, undefined],
  ])("%s -> %s, %s", (line, office, year) => {
    expect(officeIn(line)).toBe(office);
    expect(yearIn(line)).toBe(year);
  });

  it("writes capitals in title case, keeping acronyms", () => {
    expect(titleCase("KETUA KOMISI PEMILIHAN UMUM KOTA BLITAR")).toBe(
      "Ketua Komisi Pemilihan Umum Kota Blitar"
    );
    expect(titleCase("LAPORAN KEUANGAN DAN BMN (SIMAK-BMN)")).toBe(
      "Laporan Keuangan dan BMN (SIMAK-BMN)"
    );
    expect(titleCase("Edi Winarno")).toBe("Edi Winarno");
  });

  it("reads Indonesian dates and refuses impossible ones", () => {
    expect(dateIn("Pada tanggal 4 Maret 2021")).toBe("2021-03-04");
    expect(dateIn("Blitar, 31 Desember 2021")).toBe("2021-12-31");
    expect(dateIn("30 Februari 2021")).toBeUndefined();
    expect(dateIn("4 March 2021")).toBeUndefined();
  });

  it('reads the official under "Salinan sesuai dengan aslinya" as the copy\'s certifier, not a signer', () => {
    expect(
      readSignature([
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
      ])
    ).toEqual({
      place: "Blitar",
      date: "2021-03-04",
      signatories: [{ role: "Ketua Komisi Pemilihan Umum Kota Blitar", name: "Choirul Umam" }],
      certifiedBy: { role: "Sekretaris", name: "Edi Winarno" },
    });
  });

  it("reads place, date and several signatories", () => {
    expect(
      readSignature([
        "Blitar, 4 Maret 2021",
        "Mengetahui,",
        "KETUA KPU KOTA BLITAR,",
        "ttd",
        "CHOIRUL UMAM",
        "Sekretaris,",
        "(ttd)",
        "Edi Winarno",
        "NIP. 19700101 199001 1 001",
      ])
    ).toEqual({
      place: "Blitar",
      date: "2021-03-04",
      signatories: [
        { role: "Ketua KPU Kota Blitar", name: "Choirul Umam" },
        { role: "Sekretaris", name: "Edi Winarno" },
      ],
    });
  });
});

describe("kinds", () => {
  it.each([
    ["Persentase Indeks Reformasi birokrasi", "", "77%", "index"],
    ["Presentase Nilai Keterbukaan Informasi Publik", "", "100%", "percent"],
    ["Tercapainya Akuntabilitas Kinerja", "", "B", "grade"],
    ["Opini BPK Atas Laporan Keuangan", "", "WTP", "opinion"],
    ["Tersusunnya Dokumen Perencanaan", "", "2 Dokumen", "count"],
    ["Nilai IKPA", "Indeks", 90, "index"],
    ["Jumlah kegiatan sosialisasi", "Kegiatan", 12, "count"],
    ["Opini BPK", "", undefined, "opinion"],
    ["Sesuatu", "", undefined, "index"],
    ["Nilai Kualitas Pengelolaan Data Pelaksanaan Anggaran", "", 70, "index"],
    ["Tingkat kepuasan layanan", "", 3.5, "index"],
    ["Persentase layanan tepat waktu", "", 80, "percent"],
    ["Nilai Akuntabilitas Kinerja", "", 85, "index"],
    ["Nilai Akuntabilitas Kinerja", "", "BB", "grade"],
    ["Jumlah laporan keuangan", "", "2 Lap", "count"],
    ["Capaian layanan", "%", 80, "percent"],
  ])("%s (%s, %s) -> %s", (text, satuan, target, kind) => {
    const cell = target === undefined ? undefined : { value: target, numberFormat: "General" };
    expect(kindOf(text, satuan, cell).kind).toBe(kind);
  });

  it("lists the documents a count target names", () => {
    expect(listedItems("Dokumen : 1. Renja 2022\n2. RKA 2022", 2)).toEqual([
      "Renja 2022",
      "RKA 2022",
    ]);
    expect(listedItems("Dokumen:\na. Renja\nb. RKA\nc. DIPA", 3)).toEqual(["Renja", "RKA", "DIPA"]);
    expect(listedItems("Dokumen : 1. Renja 2022\n2. RKA 2022", 3)).toBeUndefined();
  });
});

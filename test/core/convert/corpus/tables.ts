/**
 * Tables transcribed from published performance reports (LKj / LAKIP and a published
 * pengukuran kinerja page), typed as the reports print them, with the capaian each report
 * printed. Sources, pages and what was left out: README.md beside this file. No number here
 * is made up: a row whose values the stored copy does not show is left out.
 */
import type { SheetSpec, Typed } from "../fixtures/sheet";

export interface CorpusRow {
  /** The indicator's text as printed (line breaks of the PDF joined). */
  indikator: string;
  /** The capaian the report printed, in percent. */
  printed: number;
  /** Where the report's own arithmetic differs from the rule: what the rule gives instead. */
  reportError?: { rule: number; why: string };
}

export interface CorpusTable {
  name: string;
  office: string;
  year: number;
  url: string;
  where: string;
  /** The cap the report used ("none" when it printed capaian above 100 %). */
  cap: "none" | "100" | "120";
  /** Decimals the report printed its capaian with. */
  decimals: number;
  sheet: SheetSpec;
  rows: CorpusRow[];
}

const row = (cells: Typed[]): Typed[] => cells;

/** LKj Sekretariat KPU Provinsi Kalimantan Timur 2020, Ringkasan Eksekutif. */
const kaltim2020: CorpusTable = {
  name: "kpu-kaltim-2020",
  office: "Sekretariat KPU Provinsi Kalimantan Timur",
  year: 2020,
  url: "https://id.scribd.com/document/623083319/Lkj-2020-Kaltim-Sekretariat",
  where: "Ringkasan Eksekutif, first table (first rows, up to the page break)",
  cap: "100",
  decimals: 0,
  sheet: {
    name: "LKj 2020",
    rows: [
      ["LKj Sekretariat KPU Prov. Kaltim Tahun 2020"],
      [],
      ["Kinerja", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian", "Kategori"],
      row([
        "KEGIATAN 3355: Pelaksanaan Akuntabilitas Pengelolaan Administrasi Keuangan di Lingkungan Setjen KPU.",
      ]),
      row(["Meningkatnya Pembinaan Perbendaharaan."]),
      row([
        null,
        "Persentase meningkatnya kapasitas pengetahuan/pemahaman para pejabat perbendaharaan pada KPU, KPU Provinsi dan KPU Kabupaten/Kota dalam pengelolaan keuangan.",
        "80%",
        "80%",
        "100%",
        "Berhasil",
      ]),
      row(["Terlaksananya Sistem Akutansi dan Pelaporan Keuangan."]),
      row([
        null,
        "Jumlah laporan sistem akuntansi dan pelaporan keuangan.",
        "2 Lap",
        "2 Lap",
        "100%",
        "Berhasil",
      ]),
      row(["Tersusunnya Laporan Pertanggungjawaban Penggunaan Anggaran."]),
      row([
        null,
        "Jumlah KPU Provinsi dan Kab/Kota yang menyampaikan laporan pertanggungjawaban penggunaan anggaran (e-LPPA) tepat waktu.",
        "11 Lap",
        "11 Lap",
        "100%",
        "Berhasil",
      ]),
      row(["Tersusunnya Laporan Pengelolaan Dana Hibah."]),
      row([
        null,
        "Jumlah KPU Kab/Kota yang menyampaikan laporan evaluasi penggunaan dana anggaran hibah pemilihan.",
        "9 Lap",
        "9 Lap",
        "100%",
        "Berhasil",
      ]),
      row([
        "KEGIATAN 3356: Fasilitasi Pengelolaan Data, Dokumentasi, Pengadaan, Pendistribusian, Pemeliharaan dan Inventarisasi Logistik Pemilu.",
      ]),
      row(["Terlaksananya Pembinaan Koordinasi Tingkat Satker Dalam Mengelola Logistik Pemilu."]),
      row([
        null,
        "Persentase pola pengelolaan logistik Pemilu di tingkat satker.",
        "80%",
        "80%",
        "100%",
        "Berhasil",
      ]),
    ],
  },
  rows: [
    {
      indikator:
        "Persentase meningkatnya kapasitas pengetahuan/pemahaman para pejabat perbendaharaan pada KPU, KPU Provinsi dan KPU Kabupaten/Kota dalam pengelolaan keuangan.",
      printed: 100,
    },
    { indikator: "Jumlah laporan sistem akuntansi dan pelaporan keuangan.", printed: 100 },
    {
      indikator:
        "Jumlah KPU Provinsi dan Kab/Kota yang menyampaikan laporan pertanggungjawaban penggunaan anggaran (e-LPPA) tepat waktu.",
      printed: 100,
    },
    {
      indikator:
        "Jumlah KPU Kab/Kota yang menyampaikan laporan evaluasi penggunaan dana anggaran hibah pemilihan.",
      printed: 100,
    },
    { indikator: "Persentase pola pengelolaan logistik Pemilu di tingkat satker.", printed: 100 },
  ],
};

/** The two-row header of the KPU Kabupaten Sarolangun summaries, with its column numbers. */
const sarolangunHeader = (pct: string): Typed[][] => [
  ["INDIKATOR KINERJA", "KINERJA"],
  [null, `Target${pct}`, `Realisasi${pct}`, `Capaian${pct}`],
  ["(1)", "(2)", "(3)", "(4)"],
];

/** LKj KPU Kabupaten Sarolangun 2019, Ringkasan Eksekutif, page ii. */
const sarolangun2019: CorpusTable = {
  name: "kpu-sarolangun-2019",
  office: "KPU Kabupaten Sarolangun",
  year: 2019,
  url: "https://vdokumen.com/ringkasan-eksekutif-kpu.html",
  where: "Ringkasan Eksekutif, page ii (Sasaran 1; Sasaran 2 continues on page iii)",
  cap: "100",
  decimals: 0,
  sheet: {
    name: "Ringkasan",
    rows: [
      ["Laporan Kinerja KPU Kabupaten Sarolangun Tahun 2019"],
      [],
      ...sarolangunHeader(" %"),
      ["Sasaran 1 : Meningkatnya Penyelenggaraan Pemilu/ Pemilihan yang Demokratis"],
      [
        "Persentase KPU Kabupaten Sarolangun yang menyelenggarakan Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
        "100%",
        "100%",
        "100%",
      ],
      ["Persentase Partisipasi Pemilih dalam Pemilu/ Pemilihan", "80%", "83%", "100%"],
      ["Persentase Partisipasi Pemilih Perempuan dalam Pemilu/ Pemilihan", "78%", "78%", "100%"],
      ["Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/ Pemilihan", "75%", "75%", "100%"],
      [
        "Persentase Pemilih yang Berhak Memilih tetapi Tidak Masuk dalam Daftar Pemilih",
        "0.2%",
        "0.2%",
        "100%",
      ],
    ],
    merges: ["B3:D3"],
  },
  rows: [
    {
      indikator:
        "Persentase KPU Kabupaten Sarolangun yang menyelenggarakan Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku",
      printed: 100,
    },
    // 83 / 80 = 103,75 %, printed under the 100 % cap.
    { indikator: "Persentase Partisipasi Pemilih dalam Pemilu/ Pemilihan", printed: 100 },
    { indikator: "Persentase Partisipasi Pemilih Perempuan dalam Pemilu/ Pemilihan", printed: 100 },
    {
      indikator: "Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/ Pemilihan",
      printed: 100,
    },
    {
      indikator: "Persentase Pemilih yang Berhak Memilih tetapi Tidak Masuk dalam Daftar Pemilih",
      printed: 100,
    },
  ],
};

/** LKj KPU Kabupaten Sarolangun 2020, Ringkasan Eksekutif. */
const sarolangun2020: CorpusTable = {
  name: "kpu-sarolangun-2020",
  office: "KPU Kabupaten Sarolangun",
  year: 2020,
  url: "https://123dok.com/document/zx5d2p3w-komisi-pemilihan-umum.html",
  where:
    "Ringkasan Eksekutif (pages (3)-(4) of the stored copy); the row across the page break, whose values the copy does not show, is left out",
  cap: "100",
  decimals: 0,
  sheet: {
    name: "Ringkasan",
    rows: [
      ["LAPORAN KINERJA KPU KABUPATEN SAROLANGUN TAHUN 2020"],
      [],
      ...sarolangunHeader(""),
      ["Sasaran 1 : Meningkatnya Penyelenggaraan Pemilu/ Pemilihan yang Demokratis"],
      [
        "Persentase KPU Kabupaten Sarolangun yang menyelenggarakan Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku.",
        "100%",
        "100%",
        "100%",
      ],
      ["Persentase Partisipasi Pemilih dalam Pemilihan", "80%", "66%", "80%"],
      ["Persentase Partisipasi Pemilih Perempuan dalam Pemilihan", "78%", "70%", "90%"],
      ["Persentase Partisipasi Pemilih Disabilitas dalam Pemilihan", "75%", "93%", "100%"],
      [
        "Persentase Pemilih yang Berhak Memilih tetapi Tidak Masuk dalam Daftar Pemilih",
        "0.2%",
        "0.2%",
        "100%",
      ],
      ["Sasaran 2 : Terlaksananya Pemilu/ Pemilihan yang Aman, Damai, Jujur dan Adil"],
      [
        "Persentase Penyelenggara Pemilihan yang terbukti melakukan Pelanggaran Pemilihan.",
        "2%",
        "2%",
        "100%",
      ],
      ["Persentase Sengketa Hukum yang dimenangkan KPU.", "90%", "90%", "100%"],
    ],
    merges: ["B3:D3"],
  },
  rows: [
    {
      indikator:
        "Persentase KPU Kabupaten Sarolangun yang menyelenggarakan Pemilihan sesuai dengan jadwal dan ketentuan yang berlaku.",
      printed: 100,
    },
    {
      indikator: "Persentase Partisipasi Pemilih dalam Pemilihan",
      printed: 80,
      reportError: { rule: 82.5, why: "66 / 80 is 82,5 %; the report printed 80 %" },
    },
    // 70 / 78 = 89,74 %, printed rounded to 90 %.
    { indikator: "Persentase Partisipasi Pemilih Perempuan dalam Pemilihan", printed: 90 },
    // 93 / 75 = 124 %, printed under the 100 % cap.
    { indikator: "Persentase Partisipasi Pemilih Disabilitas dalam Pemilihan", printed: 100 },
    {
      indikator: "Persentase Pemilih yang Berhak Memilih tetapi Tidak Masuk dalam Daftar Pemilih",
      printed: 100,
    },
    {
      indikator:
        "Persentase Penyelenggara Pemilihan yang terbukti melakukan Pelanggaran Pemilihan.",
      printed: 100,
    },
    { indikator: "Persentase Sengketa Hukum yang dimenangkan KPU.", printed: 100 },
  ],
};

/** LKj Direktorat Pelaksanaan Anggaran (Ditjen Perbendaharaan) 2020, Tabel 3.24. */
const djpb2020: CorpusTable = {
  name: "djpb-dit-pa-2020",
  office: "Direktorat Pelaksanaan Anggaran, Direktorat Jenderal Perbendaharaan",
  year: 2020,
  url: "https://123dok.com/article/sistem-pelaksanaan-anggaran-yang-andal-dan-modern.zx5d2l9o",
  where:
    "Tabel 3.24, Capaian IKU pada Sasaran Strategis Sistem Pelaksanaan Anggaran yang Andal dan Modern Tahun 2020 (the page before the one numbered 58)",
  cap: "120",
  decimals: 2,
  sheet: {
    name: "Tabel 3.24",
    rows: [
      [
        "Capaian IKU pada Sasaran Strategis Sistem Pelaksanaan Anggaran yang Andal dan Modern Tahun 2020",
      ],
      [],
      ["Kode", "Indikator Kinerja", "Target", "Realisasi", "Nilai"],
      ["8a-N", "Nilai Kualitas Pengelolaan Data Pelaksanaan Anggaran", 70, 85, "120%"],
      [
        "8b-N",
        "Nilai Kualitas Pengelolaan Sistem Informasi Pelaksanaan Anggaran",
        90,
        100,
        "111,11%",
      ],
    ],
  },
  rows: [
    // 85 / 70 = 121,43 %, printed under the 120 % cap.
    { indikator: "Nilai Kualitas Pengelolaan Data Pelaksanaan Anggaran", printed: 120 },
    {
      indikator: "Nilai Kualitas Pengelolaan Sistem Informasi Pelaksanaan Anggaran",
      printed: 111.11,
    },
  ],
};

/** Pengukuran Kinerja 2022, Sub Bidang Penyusunan Anggaran, Kabupaten Polewali Mandar. */
const polman2022: CorpusTable = {
  name: "polman-penyusunan-anggaran-2022",
  office: "Sub Bidang Penyusunan Anggaran, Pemerintah Kabupaten Polewali Mandar",
  year: 2022,
  url: "https://mail.simkinerja2022.polmankab.go.id/Beranda/pengukurankinerjaeselon4/1.24.2.1/2022",
  where:
    "Pengukuran Kinerja Tahun 2022, first table; the monthly columns 1-12 are left out, their Jumlah is the Realisasi",
  cap: "none",
  decimals: 2,
  sheet: {
    name: "Pengukuran 2022",
    rows: [
      ["Pengukuran Kinerja Tahun 2022"],
      ["Sub Bidang Penyusunan Anggaran"],
      [],
      [
        "Sasaran Kegiatan / Sub-Kegiatan",
        "Indikator",
        "Satuan",
        "Target",
        "Realisasi",
        "Kinerja(%)",
      ],
      ["Sasaran Kegiatan : Meningkatnya Kualitas Penganggaran Pendapatan dan Belanja Daerah"],
      [
        null,
        "Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran Sesuai Standar dan Tepat Waktu",
        "persen",
        95.56,
        93,
        97.32,
      ],
      [
        "Sasaran Sub-Kegiatan : Tersusunnya Peraturan Daerah tentang APBD dan Peraturan Kepala Daerah tentang Penjabaran APBD",
      ],
      [
        null,
        "Jumlah Rancangan Perda/Perbup Tentang APBD yang Tersusun sesuai standar dan tepat waktu",
        "dokumen",
        2,
        3,
        150,
      ],
      [
        "Tersusunnya Peraturan Daerah Tentang Perubahan APBD dan Peraturan Kepala Daerah Tentang Penjabaran Perubahan APBD",
      ],
      [
        null,
        "Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD yang Tersusun sesuai standar dan tepat waktu",
        "dokumen",
        3,
        5,
        166.67,
      ],
    ],
  },
  rows: [
    {
      indikator:
        "Persentase Perangkat Daerah yang Menyampaikan Dokumen Penganggaran Sesuai Standar dan Tepat Waktu",
      printed: 97.32,
    },
    {
      indikator:
        "Jumlah Rancangan Perda/Perbup Tentang APBD yang Tersusun sesuai standar dan tepat waktu",
      printed: 150,
    },
    {
      indikator:
        "Jumlah Rancangan Perda/Perbup Tentang Perubahan APBD yang Tersusun sesuai standar dan tepat waktu",
      printed: 166.67,
    },
  ],
};

export const CORPUS: readonly CorpusTable[] = [
  kaltim2020,
  sarolangun2019,
  sarolangun2020,
  djpb2020,
  polman2022,
];

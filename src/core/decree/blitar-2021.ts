/**
 * Keputusan KPU Kota Blitar Nomor 11/PR.03.1-Kpt/3572/KPU-Kot/III/2021 tentang Penetapan
 * Kinerja KPU Kota Blitar Tahun 2021, as data. Wording is the decree's own, typos included
 * ("Presentase", "akuntable", "Akutansi", "Tujungan", "tindakanjutt", "Sitem", "ditetpkan",
 * "yng", "dta"): it is what users see and what they will type.
 *
 * Artefacts of the PDF's line wrapping are not the decree's words and are mended: where a cell
 * wrapped inside a word, the text extraction put a space into it. The one such split in the
 * tables is "Dokumen/Kart u Kendali SPIP" (iku-sekretariat-7, sumber data), printed
 * "Kartu" here: "Kart" is no word, the lone lower-case "u" is the end of the wrapped line, and
 * "Kartu Kendali" is the name of the SPIP control card. Splits that could be the typist's own
 * ("Out Put", "Sub Bagian", both halves capitalised words) are kept as written.
 *
 * test/core/decree-fidelity.test.ts compares every table row with the decree text, row by row,
 * and lists each mend. What the data adds that the printed decree does not say is in `notes`.
 */
import type { Decree, Indicator } from "./schema";

const pct = (value: number): Indicator["target"] => ({ kind: "percent", value, text: `${value}%` });
const persen = { kind: "percent", direction: "higher", aggregation: "last" } as const;

const S = {
  lapKeu: "Mewujudkan Laporan Sistem Akuntansi dan Pelaporan Keuangan Pemilu",
  layanan: "Mewujudkan Layanan Perkantoran sesuai dengan kebutuhan",
  logistik: "Ketersediaan Data Kebutuhan dan Anggaran Logistik Pemilu/Pemilu",
  bmn: "Pengelolaan dan Penatausahaan Barang Milik Negara",
  operasional: "Ketersediaan Penyelenggaraan Operasional Perkantoran",
  review:
    "Mewujudkan Laporan Hasil Review Laporan Keuangan yang dapat dipertanggungjawabkan sesuai dengan peraturan dan perundang-undangan yang berlaku",
  perencanaan: "Mewujudkan Dokumen Perencanaan dan Kebutuhan Anggaran",
  lapKinerja: "Mewujudkan Laporan Pelaksanaan Kegiatan dan Analisis Capaian Kinerja yang baik",
  pemilih: "Mewujudkan Dokumen Pemutakhiran Data Pemilih",
  politik: "Terwujudnya kebijakan bidang Politik yang kuat",
  parpol: "Terwujudnya Sistem Informasi mengenai Partai Politik yang andal dan Berkualitas",
  sdm: "Terwujudnya Sumber Daya Manusia dan Lembaga KPU Kota Blitar yang Berkualitas",
};

const SPLIT_PAGE = "Baris ini berlanjut ke halaman berikutnya di PDF; kedua bagian digabung.";
const CONTINUATION = "Baris lanjutan tanpa nomor di bawah indikator ini digabung ke dalamnya.";
const NO_CARA =
  "Cara penghitungan tidak diisi dalam keputusan; rumus baku realisasi/target x 100% dipakai.";
const DOKUMEN_RENJA = [
  "Renja (rencana Kinerja) Tahun 2022",
  "Pengelolaan Program dan Kegiatan Tahun Anggaran 2021",
];
const SUMBER_KINERJA_KEUANGAN =
  "Dokumen Lap.Kinerja dan Lap. Keuangan Subbag KUL dan Program dta KPU Kota Blitar";
const DIBAGI_TARGET = "Jumlah Dokumen dan Pelaporan yg dihasilkan dibagi Target X 100%";

const rktSekretariat: Indicator[] = [
  {
    id: "rkt-sekretariat-1",
    no: "1",
    sasaran: S.lapKeu,
    ...persen,
    iku: "iku-sekretariat-1",
    target: pct(100),
    text: "Persentase perwujudan Laporan Keuangan Sesuai dengan Standar Akuntansi Pemerintah",
  },
  {
    id: "rkt-sekretariat-2",
    no: "2",
    sasaran: `${S.lapKeu} yang akuntabel`,
    ...persen,
    iku: "iku-sekretariat-2",
    target: pct(100),
    text: "Persentase penyusunan Laporan Pertanggungjawaban Penggunaan Anggaran (LPPA) secara Tepat waktu",
  },
  {
    id: "rkt-sekretariat-3",
    no: "3",
    sasaran: S.layanan,
    ...persen,
    iku: "iku-sekretariat-3",
    target: pct(100),
    text: "Persentase perwujudan pelayanan keuangan, ketepatan pembayaran gaji/honor, Tunjangan dan Uang Kehormatan yang tepat waktu, tepat sasaran sesuai dengan peraturan perundang-undangan yang berlaku",
  },
  {
    id: "rkt-sekretariat-4",
    no: "4",
    sasaran: S.logistik,
    ...persen,
    iku: "iku-sekretariat-4",
    target: pct(100),
    text: "Persentase penyediaan dokumen SILOG (Sistem Informasi Logistik) dan SIRUP (Sitem Informasi Rencana Umum Pengadaan)",
  },
  {
    id: "rkt-sekretariat-5",
    no: "5",
    sasaran: S.bmn,
    ...persen,
    iku: "iku-sekretariat-5",
    target: pct(100),
    text: "Persentase Perwujudan Penatausahaan Barang Milik Negara yang dilaporkan secara tepat waktu",
  },
  {
    id: "rkt-sekretariat-6",
    no: "6",
    sasaran: S.operasional,
    ...persen,
    iku: "iku-sekretariat-6",
    target: pct(100),
    text: "Persentase pemenuhan/penyediaan kebutuhan sarana dan prasarana penunjang kinerja pegawai yang berfungsi dengan baik",
  },
  {
    id: "rkt-sekretariat-7",
    no: "7",
    sasaran: S.review,
    ...persen,
    iku: "iku-sekretariat-7",
    target: pct(100),
    text: "Persentase Perwujudan laporan dan tindak lanjut penyelesaian terhadap rekomendasi BPK, BPKP dan APIP, Pelaporan SPIP yang akuntabel dan tepat waktu",
  },
  {
    id: "rkt-sekretariat-8",
    no: "8",
    sasaran: S.perencanaan,
    kind: "count",
    direction: "higher",
    aggregation: "sum",
    iku: "iku-sekretariat-8",
    target: { kind: "count", value: 2, unit: "Dokumen", items: DOKUMEN_RENJA, text: "2 Dokumen" },
    text: "Tersusunnya Dokumen Perencanaan dan kebutuhan Anggaran : 1. Renja (rencana Kinerja) Tahun 2022\n2. Pengelolaan Program dan Kegiatan Tahun Anggaran 2021",
    notes: [SPLIT_PAGE],
  },
  {
    id: "rkt-sekretariat-9",
    no: "9",
    sasaran: S.lapKinerja,
    ...persen,
    iku: "iku-sekretariat-9",
    target: pct(100),
    text: "Presentase Penyusunan Laporan Kinerja dan Kegiatan serta Dokumen kinerja yang akuntabel dan tepat waktu : 1. Perjanjian Kinerja (PK) KPU Kota Blitar Tahun 2021 2. Laporan Kinerja (LKj) tahun 2020",
  },
  {
    id: "rkt-sekretariat-10",
    no: "10",
    sasaran: S.pemilih,
    ...persen,
    iku: "iku-sekretariat-10",
    target: pct(100),
    text: "Presentase Pengelolaan Data dan Penyusunan Dokumen Laporan Pemutakhiran Data Pemilih yang Tepat Waktu",
  },
];

const rktKpu: Indicator[] = [
  {
    id: "rkt-kpu-1",
    no: "1.",
    sasaran: S.politik,
    ...persen,
    iku: "iku-kpu-1",
    target: pct(80),
    text: "Persentase Keputusan KPU Kota Blitar yang berpedoman pada perundang-undangan dan riset kepemiluan",
  },
  {
    id: "rkt-kpu-2",
    no: "2.",
    sasaran: S.parpol,
    ...persen,
    iku: "iku-kpu-2",
    target: pct(30),
    text: "Persentase Informasi mengenai Partai Politik yang mutakhir dan dipublikasikan kepada publik",
  },
  {
    id: "rkt-kpu-3",
    no: "3.",
    sasaran: S.sdm,
    kind: "index",
    direction: "higher",
    aggregation: "last",
    period: "annual",
    iku: "iku-kpu-3",
    target: { kind: "index", value: 77, text: "77%" },
    text: "Persentase Indeks Reformasi birokrasi",
    notes: ['Target ditulis "77%" dalam keputusan, tetapi nilainya indeks Reformasi Birokrasi 77.'],
  },
  {
    id: "rkt-kpu-4",
    no: "",
    sasaran: S.sdm,
    ...persen,
    iku: "iku-kpu-4",
    target: pct(100),
    text: "Presentase Nilai Keterbukaan Informasi Publik",
  },
  {
    id: "rkt-kpu-5",
    no: "",
    sasaran: S.sdm,
    kind: "grade",
    direction: "higher",
    aggregation: "last",
    period: "annual",
    iku: "iku-kpu-5",
    target: { kind: "grade", value: "B", text: "B" },
    text: "Tercapainya Akuntabilitas Kinerja",
  },
  {
    id: "rkt-kpu-6",
    no: "",
    sasaran: S.sdm,
    kind: "opinion",
    direction: "higher",
    aggregation: "last",
    period: "annual",
    iku: "iku-kpu-6",
    target: { kind: "opinion", value: "WTP", text: "WTP" },
    text: "Opini BPK Atas Laporan Keuangan",
  },
];

const SHARED_ROW =
  "Keputusan menulis indikator ini dan indikator berikut/sebelumnya dalam satu baris; dipisah menjadi dua.";
const CARA_AKUNTABILITAS = "Jumlah laporan Akuntabilitas Kinerja dan Target yg ditetapkan X 100%";

const ikuKpu: Indicator[] = [
  {
    id: "iku-kpu-1",
    no: "1",
    sasaran: S.politik,
    ...persen,
    text: "Persentase Keputusan KPU Kota Blitar yang berpedoman pada perundang-undangan dan riset kepemiluan",
    caraPenghitungan: "Jumlah SK yg ditetapkan dibagi target x 100%",
    sumberData: "Register Produk Hukum KPU Kota Blitar",
  },
  {
    id: "iku-kpu-2",
    no: "2",
    sasaran: S.parpol,
    ...persen,
    text: "Persentase Informasi mengenai Partai Politik yang mutakhir dan dipublikasikan kepada publik",
    caraPenghitungan: "Jumlah Parpol yg terdaftar dibagi Jumlah parpol keseluruhan X 100 %",
    sumberData: "Register Parpol yg telah mendaftarkan dan teregister pada KPU Kota Blitar",
    components: {
      numerator: "Jumlah Parpol yg terdaftar",
      denominator: "Jumlah parpol keseluruhan",
    },
  },
  {
    id: "iku-kpu-3",
    no: "3",
    sasaran: S.sdm,
    kind: "index",
    direction: "higher",
    aggregation: "last",
    period: "annual",
    text: "Persentase Indeks Reformasi birokrasi",
    notes: [NO_CARA],
  },
  {
    id: "iku-kpu-4",
    no: "",
    sasaran: S.sdm,
    ...persen,
    text: "Presentase Nilai Keterbukaan Informasi Publik",
    caraPenghitungan: "Capaian Kinerja dibagi Target yg ditetpkan X 100%",
    sumberData: "daftar informasi Publik pada Sub Bagian Parmas dan Sosdiklih KPU Kota Blitar",
  },
  {
    id: "iku-kpu-5",
    no: "",
    sasaran: S.sdm,
    kind: "grade",
    direction: "higher",
    aggregation: "last",
    period: "annual",
    text: "Tercapainya Akuntabilitas Kinerja",
    caraPenghitungan: CARA_AKUNTABILITAS,
    sumberData: SUMBER_KINERJA_KEUANGAN,
    notes: [SHARED_ROW],
  },
  {
    id: "iku-kpu-6",
    no: "",
    sasaran: S.sdm,
    kind: "opinion",
    direction: "higher",
    aggregation: "last",
    period: "annual",
    text: "Opini BPK Atas Laporan Keuangan",
    caraPenghitungan: CARA_AKUNTABILITAS,
    sumberData: SUMBER_KINERJA_KEUANGAN,
    notes: [SHARED_ROW],
  },
];

const ikuSekretariat: Indicator[] = [
  {
    id: "iku-sekretariat-1",
    no: "1",
    sasaran: S.lapKeu,
    ...persen,
    text: "Persentase perwujudan Laporan Keuangan Sesuai dengan Standar Akutansi Pemerintah",
    notes: [NO_CARA],
  },
  {
    id: "iku-sekretariat-2",
    no: "2",
    sasaran: `${S.lapKeu} yang akuntable`,
    ...persen,
    text: "Presentase penyusunan Laporan Pertanggungjawaban Penggunaan Anggaran (LPPA) secara Tepat waktu",
    caraPenghitungan:
      "Realisasi Capaian Kinerja Keuangan dibagi dengan Target yg telah ditetapkan X 100%",
    sumberData: SUMBER_KINERJA_KEUANGAN,
  },
  {
    id: "iku-sekretariat-3",
    no: "3",
    sasaran: S.layanan,
    ...persen,
    text: "Persentase perwujudan pelayanan keuangan, ketepatan pembayaran gaji/honor, Tujungan dan Uang Kehormatan yang tepat waktu, tepat sasaran sesuai dengan peraturan perundang-undangan yang berlaku",
    notes: [NO_CARA],
  },
  {
    id: "iku-sekretariat-4",
    no: "4",
    sasaran: S.logistik,
    ...persen,
    text: "Persentase penyediaan dokumen SILOG (Sistem Informasi Logistik) dan SIRUP (Sitem Informasi Rencana Umum Pengadaan)",
    caraPenghitungan: DIBAGI_TARGET,
    sumberData:
      "aplikasi Silog dan SIRUP serta Dokumen Pelaporan Logistik dan Pengadaan KPU Kota Blitar",
  },
  {
    id: "iku-sekretariat-5",
    no: "5",
    sasaran: S.bmn,
    ...persen,
    text: "Presentase Perwujudan Penatausahaan Barang Milik Negara yang dilaporkan secara tepat waktu",
    caraPenghitungan: DIBAGI_TARGET,
    sumberData: "aplikasi BMN serta Dokumen Pelaporan BMN pada KPU Kota Blitar",
  },
  {
    id: "iku-sekretariat-6",
    no: "6",
    sasaran: S.operasional,
    ...persen,
    text: "Persentase pemenuhan/penyediaan kebutuhan sarana dan prasarana penunjang kinerja pegawai yang berfungsi dengan baik",
    notes: [NO_CARA],
  },
  {
    id: "iku-sekretariat-7",
    no: "7",
    sasaran: S.review,
    ...persen,
    text: "Persentase Perwujudan laporan dan tindakanjutt penyelesaian terhadap rekomendasi BPK, BPKP dan APIP, Pelaporan SPIP yang akuntable dan tepat waktu",
    caraPenghitungan:
      "Jumlah Dokumen dan Tindakanjutt Penyelesaian Rekomendasi/temuan Pemeriksa serta Jumlah dan ketepatan Waktu Lap. Akuntabilitas/target X 100%",
    sumberData: "Dokumen/Kartu Kendali SPIP KPU Kota Blitar",
  },
  {
    id: "iku-sekretariat-8",
    no: "8",
    sasaran: S.perencanaan,
    kind: "count",
    direction: "higher",
    aggregation: "sum",
    text: "Tersusunnya Dokumen Perencanaan dan kebutuhan Anggaran :\n1. Renja(rencana Kinerja Tahun 2022\n2. Pengelolaan Program dan Kegiatan Tahun Anggaran 2021",
    caraPenghitungan: "Jumlah Dokumen Perencanaan yang telah disusun dibagi Target x 100%",
    sumberData: "Dokumen Kinerja dan Perencanaan KPU Kota Blitar",
    notes: [CONTINUATION],
  },
  {
    id: "iku-sekretariat-9",
    no: "9",
    sasaran: S.lapKinerja,
    ...persen,
    text: "Presentase Penyusunan Laporan Kinerja dan Kegiatan serta Dokumen kinerja yang akuntable dan tepat waktu :\n1. Perjanjian Kinerja (PK) KPU Kota Blitar Tahun 2021\n2. Laporan Kinerja (LKj) tahun 2020",
    caraPenghitungan:
      "Jumlah Dokumen dan Lap. Kinerja yng telah disusun/diselesaikan dibagi Target X 100 %",
    sumberData: "Dokumen dan Pelaporan Kinerja KPU Kota Blitar",
    notes: [CONTINUATION],
  },
  {
    id: "iku-sekretariat-10",
    no: "10",
    sasaran: S.pemilih,
    ...persen,
    text: "Presentase Pengelolaan Data dan Penyusunan Dokumen Laporan Pemutakhiran Data Pemilih yang Tepat Waktu",
    caraPenghitungan: "Prosentase capaian/Out Put/Progres Kegiatan dibagi Target X 100%",
    sumberData: "Laporan Mutarlih (berkelanjutan) KPU Kota Blitar",
  },
  {
    id: "iku-sekretariat-11",
    no: "11",
    sasaran: "Mewujudkan Dokumentasi dan Ketersediaan Informasi Produk Hukum",
    ...persen,
    text: "Persentase ketersediaan informasi produk Hukum yang disajikan secara Cepat, Tepat, dan akurat sesuai dengan SOP",
    caraPenghitungan: "Jumlah Produk Hukum yang telah dibuat dibagi Target X 100%",
    sumberData: "Register Produk Hukum KPU Kota Blitar",
  },
  {
    id: "iku-sekretariat-12",
    no: "12",
    sasaran:
      "Mewujudkan Pengelolaan Dokumen Teknis Pemilu dan Pemilihan yang dapat dipertanggungjawabkan",
    ...persen,
    text: "Persentase perwujudan Dokumen Teknis Pemilu dan Pemilihan yang tersusun dan dikelola dengan baik dan benar",
    caraPenghitungan:
      "Jumlah Dokumen Teknis Pemilu dan Pemilihan yang telah disusun dan dikelola dibagi Target X 100%",
    sumberData: "Dokumen/Arsip Pemilihan dan Pemilu KPU Kota Blitar",
  },
  {
    id: "iku-sekretariat-13",
    no: "13",
    sasaran: "Publikasi Informasi yang Up to Date",
    ...persen,
    text: "Persentase informasi dan publikasi Tahapan Pemilu/Pemilihan yang ditampilkan di Media Publikasi KPU Kota Blitar",
    caraPenghitungan:
      "informasi dan publikasi Tahapan Pemilu/Pemilihan yang diPublikasi dibagi Target X 100%",
    sumberData: "Rekapitulasi Jumlah Informasi Publik (Website dan PPID) KPU Kota Blitar",
  },
];

export const BLITAR_2021: Decree = {
  schemaVersion: 1,
  office: "KPU Kota Blitar",
  year: 2021,
  number: "11/PR.03.1-Kpt/3572/KPU-Kot/III/2021",
  title: "Penetapan Kinerja Komisi Pemilihan Umum Kota Blitar Tahun 2021",
  place: "Blitar",
  date: "2021-03-04",
  // Signed ("ttd.") by the Ketua alone. The Sekretaris certified the copy ("Salinan sesuai
  // dengan aslinya, Sekretariat Komisi Pemilihan Umum Kota Blitar, Sekretaris, Edi Winarno")
  // under each part; he is not a signer of the decree.
  signatories: [{ role: "Ketua Komisi Pemilihan Umum Kota Blitar", name: "Choirul Umam" }],
  certifiedBy: { role: "Sekretaris", name: "Edi Winarno" },
  tables: [
    {
      id: "rkt-sekretariat",
      kind: "rkt",
      unit: "sekretariat",
      lampiran: "I",
      title: "Rencana Kinerja Tahunan (RKT) Sekretariat KPU Kota Blitar Tahun 2021",
      indicators: rktSekretariat,
    },
    {
      id: "rkt-kpu",
      kind: "rkt",
      unit: "kpu",
      lampiran: "I",
      title: "Rencana Kinerja Tahunan (RKT) KPU Kota Blitar Tahun 2021",
      indicators: rktKpu,
    },
    {
      id: "iku-kpu",
      kind: "iku",
      unit: "kpu",
      lampiran: "II",
      title: "Indikator Kinerja Utama KPU Kota Blitar Tahun 2021",
      indicators: ikuKpu,
    },
    {
      id: "iku-sekretariat",
      kind: "iku",
      unit: "sekretariat",
      lampiran: "II",
      title: "Indikator Kinerja Utama Sekretariat KPU Kota Blitar Tahun 2021",
      indicators: ikuSekretariat,
    },
  ],
};

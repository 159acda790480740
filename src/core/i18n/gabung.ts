import type { Bilingual } from "./types";

/** Gabungkan Buku Kerja in the task pane: many offices' workbooks into the open one. */
export const GABUNG_MESSAGES = {
  "gabung.title": { id: "Gabungkan Buku Kerja", en: "Consolidate workbooks" },
  "gabung.hint": {
    id: "Pilih buku kerja .xlsx beberapa kantor. Kinerja membaca capaian setiap kantor dan membuat lembar Rekap Satker, Kelengkapan, Sebaran, Peringkat dan Data Gabungan di buku kerja ini; lembar yang sudah ada tidak diubah.",
    en: "Pick several offices' .xlsx workbooks. Kinerja reads each office's capaian and builds the Rekap Satker, Kelengkapan, Sebaran, Peringkat and Data Gabungan sheets in this workbook; the sheets already there are not changed.",
  },
  "gabung.pick": { id: "Pilih berkas…", en: "Pick files…" },
  "gabung.rank": { id: "Peringkat menurut", en: "Rank by" },
  "gabung.rankAverage": {
    id: "rata-rata capaian, lalu jumlah tercapai",
    en: "average capaian, then the tercapai count",
  },
  "gabung.rankTercapai": {
    id: "jumlah indikator tercapai, lalu rata-rata capaian",
    en: "tercapai count, then average capaian",
  },
  "gabung.files": { id: "Berkas yang dibaca", en: "Files read" },
  "gabung.waiting": { id: "menunggu", en: "waiting" },
  "gabung.reading": { id: "sedang dibaca", en: "reading" },
  "gabung.read": { id: "terbaca: {office}", en: "read: {office}" },
  "gabung.failed": { id: "gagal: {reason}", en: "failed: {reason}" },
  "gabung.loading": { id: "Menyiapkan pembaca berkas…", en: "Loading the file reader…" },
  "gabung.building": { id: "Membuat lembar gabungan…", en: "Building the consolidation sheets…" },
  "gabung.done": {
    id: "Gabungan dibuat: {offices} kantor, {indicators} indikator, {failed} berkas gagal dibaca. Lembar {sheet} sudah dibuka.",
    en: "Consolidation built: {offices} offices, {indicators} indicators, {failed} files could not be read. Sheet {sheet} is open.",
  },
  "gabung.noneRead": {
    id: "Tidak ada berkas yang terbaca sebagai buku kerja kantor; tidak ada lembar yang dibuat.",
    en: "No file could be read as an office's workbook; no sheet was made.",
  },
  "gabung.notXlsx": {
    id: "bukan buku kerja .xlsx ({detail})",
    en: "not an .xlsx workbook ({detail})",
  },
  "gabung.protected": {
    id: "buku kerja dilindungi kata sandi atau berformat .xls lama; simpan sebagai .xlsx tanpa kata sandi",
    en: "the workbook is password-protected or an old .xls; save it as .xlsx without a password",
  },
  "gabung.tooLarge": {
    id: "berkas lebih besar dari {mb} MB",
    en: "the file is larger than {mb} MB",
  },
  "gabung.noTemplate": {
    id: "tidak ada lembar RKT buatan Kinerja",
    en: "no RKT sheet made by Kinerja",
  },
} satisfies Record<string, Bilingual>;

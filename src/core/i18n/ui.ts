import type { Bilingual } from "./types";

/** Strings of the task pane. */
export const UI_MESSAGES = {
  "app.title": { id: "Kinerja", en: "Kinerja" },
  "app.subtitle": {
    id: "Laporan kinerja RKT/IKU: realisasi, capaian, dan grafik langsung di Excel.",
    en: "RKT/IKU performance reporting: realisasi, capaian and charts right in Excel.",
  },
  "app.decree": { id: "Keputusan: {office} Tahun {year}", en: "Decree: {office}, {year}" },
  "app.indicatorCount": {
    id: "{count} indikator dalam {tables} tabel",
    en: "{count} indicators in {tables} tables",
  },
  "app.language": { id: "Bahasa", en: "Language" },
  "app.outsideExcel": {
    id: "Panel ini berjalan di luar Excel. Muat add-in ke Excel untuk memakai tombol-tombolnya.",
    en: "This pane is running outside Excel. Sideload the add-in into Excel to use its buttons.",
  },
  "app.comingSoon": { id: "Segera hadir", en: "Coming soon" },
  "action.template": { id: "Buat Template", en: "Create template" },
  "action.convert": {
    id: "Ubah Lembar Ini Menjadi Template",
    en: "Turn this sheet into the template",
  },
  "action.validate": { id: "Validasi", en: "Validate" },
  "action.capaian": { id: "Hitung Capaian", en: "Compute capaian" },
  "action.charts": { id: "Buat Grafik", en: "Create charts" },
  "action.export": { id: "Ekspor untuk Rapat", en: "Export for review meeting" },
  "action.group": { id: "Tindakan", en: "Actions" },
} satisfies Record<string, Bilingual>;

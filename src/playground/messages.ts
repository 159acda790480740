/**
 * Strings of the playground page (not of the add-in), Indonesian first. Kept apart from the
 * add-in's message table in src/core/i18n. The page is "Simulasi Excel": how people try
 * Kinerja without Excel; what only developers need (the Excel version the simulation behaves
 * as, the count of requests) stays behind the "Alat pengembang" switch.
 */
import { fill, type Bilingual, type Lang, type Params } from "../core/i18n";

export const PLAYGROUND_MESSAGES = {
  "pg.title": { id: "Simulasi Excel Kinerja", en: "Kinerja Excel simulation" },
  "pg.note": {
    id: "Coba Kinerja tanpa Excel: buku kerja ini berjalan di peramban dan tidak disimpan. Rumusnya dihitung setiap kali isi berubah, seperti di Excel.",
    en: "Try Kinerja without Excel: this workbook runs in the browser and is not saved. Its formulas are computed after every change, as in Excel.",
  },
  "pg.pane": { id: "Panel tugas", en: "Task pane" },
  "pg.workbook": { id: "Buku kerja", en: "Workbook" },
  "pg.toolbar": { id: "Alat buku kerja", en: "Workbook tools" },
  "pg.new": { id: "Buku kerja baru", en: "New workbook" },
  "pg.sample": { id: "Contoh: tabel RKT yang sudah ada", en: "Sample: an existing RKT table" },
  "pg.version": { id: "Versi Excel (ExcelApi)", en: "Excel version (ExcelApi)" },
  "pg.developer": { id: "Alat pengembang", en: "Developer tools" },
  "pg.versionHint": {
    id: "Mengganti versi membuat ulang buku kerja (suntingan hilang).",
    en: "Changing the version recreates the workbook (edits are lost).",
  },
  "pg.officeLang": { id: "Bahasa tampilan Office", en: "Office display language" },
  "pg.sheets": { id: "Lembar", en: "Sheets" },
  "pg.address": { id: "Alamat sel", en: "Cell address" },
  "pg.content": { id: "Isi sel", en: "Cell content" },
  "pg.enter": { id: "Tulis", en: "Write" },
  "pg.grid": { id: "Lembar {sheet}", en: "Sheet {sheet}" },
  "pg.charts": { id: "Grafik di lembar ini", en: "Charts on this sheet" },
  "pg.noNumbers": { id: "Belum ada angka", en: "No numbers yet" },
  "pg.syncs": { id: "{count} permintaan ke Excel", en: "{count} requests to Excel" },
  "pg.error": {
    id: "Excel (simulasi) menolak: {message}",
    en: "Excel (simulation) refused: {message}",
  },
  "pg.badAddress": {
    id: "Alamat sel tidak dikenal: {address}",
    en: "Not a valid cell address: {address}",
  },
} satisfies Record<string, Bilingual>;

export type PlaygroundKey = keyof typeof PLAYGROUND_MESSAGES;

export function pt(lang: Lang, key: PlaygroundKey, params?: Params): string {
  return fill(PLAYGROUND_MESSAGES[key][lang], params);
}

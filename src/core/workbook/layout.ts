/**
 * The template's shape: sheet names, table names, columns. Headers are the decree's own words
 * where the decree has the column (No, Sasaran Strategis, Indikator Kinerja Utama, Target) and
 * plain Indonesian reporting terms for the rest. Readers find columns by header, so a user who
 * moves a column does not break the add-in.
 */
import type { IndicatorKind } from "../decree/schema";
import { excelTrim } from "../rules/cell";

/** Every table and chart the add-in creates is named with this prefix: that is how it knows what it owns. */
export const OWN_PREFIX = "Kinerja_";

export const INFO_SHEET = "Info Kinerja";
export const INFO_TABLE = `${OWN_PREFIX}Info`;
export const SUMMARY_SHEET = "Ringkasan Capaian";
export const SUMMARY_TABLE = `${OWN_PREFIX}Ringkasan`;
export const CHART_SHEET = "Grafik";
export const RECAP_TABLE = `${OWN_PREFIX}Rekap`;

/** Row (0-based) of the header of every template table; rows above hold the title block. */
export const HEADER_ROW = 3;

export const tableNameFor = (decreeTableId: string): string =>
  `${OWN_PREFIX}${decreeTableId.replace(/-/g, "_")}`;

export interface Column {
  key: string;
  header: string;
  chars: number;
  wrap?: boolean;
}

export const RKT_COLUMNS = [
  { key: "no", header: "No", chars: 5 },
  { key: "sasaran", header: "Sasaran Strategis", chars: 34, wrap: true },
  { key: "indikator", header: "Indikator Kinerja Utama", chars: 48, wrap: true },
  { key: "target", header: "Target", chars: 10 },
  { key: "jenis", header: "Jenis", chars: 11 },
  { key: "satuan", header: "Satuan", chars: 9 },
  { key: "arah", header: "Arah", chars: 7 },
  { key: "agregasi", header: "Agregasi TW", chars: 11 },
  { key: "periode", header: "Periode", chars: 11 },
  { key: "ttw1", header: "Target TW I", chars: 10 },
  { key: "ttw2", header: "Target TW II", chars: 10 },
  { key: "ttw3", header: "Target TW III", chars: 10 },
  { key: "ttw4", header: "Target TW IV", chars: 10 },
  { key: "tw1", header: "Realisasi TW I", chars: 11 },
  { key: "tw2", header: "Realisasi TW II", chars: 11 },
  { key: "tw3", header: "Realisasi TW III", chars: 11 },
  { key: "tw4", header: "Realisasi TW IV", chars: 11 },
  { key: "realisasi", header: "Realisasi Tahun", chars: 11 },
  { key: "capaian", header: "Capaian", chars: 10 },
  { key: "kategori", header: "Kategori", chars: 14 },
  { key: "targetTw", header: "Target s.d. TW Pelaporan", chars: 12 },
  { key: "capaianTw", header: "Capaian s.d. TW Pelaporan", chars: 12 },
  { key: "kategoriTw", header: "Kategori s.d. TW Pelaporan", chars: 14 },
  { key: "pembilang", header: "Pembilang", chars: 11 },
  { key: "penyebut", header: "Penyebut", chars: 11 },
  { key: "realisasiLalu", header: "Realisasi Tahun Lalu", chars: 11 },
  { key: "perubahan", header: "Perubahan dari Tahun Lalu", chars: 12 },
  { key: "targetRenstra", header: "Target Renstra", chars: 11 },
  { key: "capaianRenstra", header: "Capaian terhadap Target Renstra", chars: 13 },
  { key: "penanggungJawab", header: "Penanggung Jawab", chars: 22, wrap: true },
  { key: "sumber", header: "Sumber Data / Bukti", chars: 30, wrap: true },
  { key: "masalah1", header: "Permasalahan TW I", chars: 28, wrap: true },
  { key: "masalah2", header: "Permasalahan TW II", chars: 28, wrap: true },
  { key: "masalah3", header: "Permasalahan TW III", chars: 28, wrap: true },
  { key: "masalah4", header: "Permasalahan TW IV", chars: 28, wrap: true },
  { key: "rtl1", header: "Rencana Tindak Lanjut TW I", chars: 28, wrap: true },
  { key: "rtl2", header: "Rencana Tindak Lanjut TW II", chars: 28, wrap: true },
  { key: "rtl3", header: "Rencana Tindak Lanjut TW III", chars: 28, wrap: true },
  { key: "rtl4", header: "Rencana Tindak Lanjut TW IV", chars: 28, wrap: true },
  { key: "keterangan", header: "Keterangan", chars: 24, wrap: true },
  { key: "kode", header: "Kode", chars: 18 },
] as const satisfies readonly Column[];

export type RktColumnKey = (typeof RKT_COLUMNS)[number]["key"];
export const QUARTER_KEYS = ["tw1", "tw2", "tw3", "tw4"] as const satisfies readonly RktColumnKey[];
/** Target per quarter (rencana aksi): the PK's annual target broken into quarters. */
export const QUARTER_TARGET_KEYS = [
  "ttw1",
  "ttw2",
  "ttw3",
  "ttw4",
] as const satisfies readonly RktColumnKey[];

/** Permasalahan TW I..IV and Rencana Tindak Lanjut TW I..IV: what held a quarter back, and what follows. */
export const PROBLEM_KEYS = [
  "masalah1",
  "masalah2",
  "masalah3",
  "masalah4",
] as const satisfies readonly RktColumnKey[];
export const FOLLOW_UP_KEYS = [
  "rtl1",
  "rtl2",
  "rtl3",
  "rtl4",
] as const satisfies readonly RktColumnKey[];

/**
 * The layout a template has, written on the Info sheet ("Versi Tata Letak"): 1 before the
 * stamp existed (no Periode, or no Target TW), 2 with Periode and rencana aksi, 3 with the
 * LKj columns (Penanggung Jawab, Pembilang/Penyebut, last year, Renstra, Permasalahan and
 * Rencana Tindak Lanjut per quarter; Satuan and Penjelasan on the IKU sheets).
 */
export const LAYOUT_VERSION = 3;
export const LAYOUT_VERSION_LABEL = "Versi Tata Letak";

export const IKU_COLUMNS = [
  { key: "no", header: "No", chars: 5 },
  { key: "sasaran", header: "Sasaran Strategis", chars: 34, wrap: true },
  { key: "indikator", header: "Indikator Kinerja Utama", chars: 48, wrap: true },
  { key: "satuan", header: "Satuan", chars: 10 },
  { key: "cara", header: "Cara Penghitungan", chars: 40, wrap: true },
  { key: "penjelasan", header: "Penjelasan / Alasan", chars: 36, wrap: true },
  { key: "sumber", header: "Sumber Data", chars: 36, wrap: true },
  { key: "kode", header: "Kode", chars: 18 },
] as const satisfies readonly Column[];

export function columnOf<K extends string>(columns: readonly { key: K }[], key: K): number {
  return columns.findIndex((c) => c.key === key);
}

/** Words in the Jenis, Arah, Agregasi TW and Periode columns (the rules read them: src/core/rules/words.ts). */
export { AGGREGATION_WORDS, DIRECTION_WORDS, KIND_WORDS, PERIOD_WORDS } from "../rules/words";

/** Number formats (en-US codes, as Range.numberFormat takes them) per kind. */
export const KIND_FORMATS: Record<IndicatorKind, string> = {
  percent: "0.00%",
  index: "0.00",
  count: "0",
  grade: "@",
  opinion: "@",
};
export const CAPAIAN_FORMAT = "0.00%";

/** Colours: Fluent-like blue for headers, kategori colours readable with dark text. */
export const COLORS = {
  header: "#1F4E79",
  headerText: "#FFFFFF",
  title: "#1F4E79",
  groupContinuation: "#7F7F7F",
  input: "#FFF9E6",
};

/** The header row of every table the add-in makes. */
export const HEADER_FORMAT = {
  bold: true,
  fill: COLORS.header,
  fontColor: COLORS.headerText,
  wrap: true,
  vertical: "center",
  border: true,
} as const;

/**
 * A Jenis, Arah or Agregasi TW cell as the sheet's formulas read it (TRIM, any case): one of
 * `words`, "blank" (empty, or text TRIM leaves empty), or "unknown" (anything else).
 */
export function sheetWord<T extends string>(
  words: Record<T, string>,
  value: unknown
): { key: T } | "blank" | "unknown" {
  if (value === null || value === undefined) return "blank";
  if (typeof value !== "string") return "unknown";
  const w = excelTrim(value).toUpperCase();
  if (w === "") return "blank";
  const key = (Object.keys(words) as T[]).find((k) => words[k].toUpperCase() === w);
  return key === undefined ? "unknown" : { key };
}

/** Inverse lookups for readers. */
export function wordToKey<T extends string>(
  words: Record<T, string>,
  word: unknown
): T | undefined {
  if (typeof word !== "string") return undefined;
  const w = word.trim().toLowerCase();
  return (Object.keys(words) as T[]).find((k) => words[k].toLowerCase() === w);
}

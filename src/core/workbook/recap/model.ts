/**
 * What the Rekap Rapat is made of: its columns, the rows and groups with the core's numbers,
 * the meeting's notes and the recap as a whole; the exports read the same types. Types and
 * constants only.
 */
import type { IndicatorKind } from "../../decree/schema";
import type { Bilingual } from "../../i18n";
import type { TargetValue } from "../../rules/check-target";
import type { EntryValue } from "../../rules/parse-entry";
import { RECAP_TABLE } from "../layout";
import type { AnggaranResult, SasaranBudget } from "../anggaran/model";
import type { Plan, Scalar } from "../plan";
import type { Quarter, WorkbookSettings } from "../settings";

export const RECAP_SHEET = "Rekap Rapat";
export { RECAP_TABLE };
/** Kode of the overall row, so the meeting's notes on it survive a re-run too. */
export const OVERALL_KODE = "rata-rata";
export const TW = ["TW I", "TW II", "TW III", "TW IV"] as const;
/** The word a quarter is called by on the sheets and in the files: 2 -> "TW II". */
export const twWord = (q: Quarter): string => TW[q - 1] as string;

export const RECAP_COLUMNS = [
  { key: "no", header: "No", chars: 5 },
  { key: "unit", header: "Unit", chars: 12, wrap: true },
  { key: "sasaran", header: "Sasaran Strategis", chars: 30, wrap: true },
  { key: "indikator", header: "Indikator Kinerja Utama", chars: 42, wrap: true },
  { key: "target", header: "Target", chars: 10 },
  // Wide enough for the rupiah of the budget block under the table (1.500.000.000).
  { key: "realisasi", header: "Realisasi", chars: 16 },
  { key: "capaian", header: "Capaian", chars: 16 },
  { key: "kategori", header: "Kategori", chars: 13 },
  { key: "permasalahan", header: "Permasalahan", chars: 34, wrap: true },
  { key: "rtl", header: "Rencana Tindak Lanjut", chars: 34, wrap: true },
  { key: "keterangan", header: "Keterangan", chars: 20, wrap: true },
  { key: "kode", header: "Kode", chars: 18 },
  // The LKj's figures beside the meeting's (values as the core computes them at export).
  { key: "penanggungJawab", header: "Penanggung Jawab", chars: 20, wrap: true },
  { key: "periode", header: "Periode", chars: 11 },
  { key: "targetTw", header: "Target s.d. TW Pelaporan", chars: 12 },
  { key: "capaianTw", header: "Capaian s.d. TW Pelaporan", chars: 12 },
  { key: "realisasiLalu", header: "Realisasi Tahun Lalu", chars: 11 },
  { key: "perubahan", header: "Perubahan dari Tahun Lalu", chars: 12 },
  { key: "targetRenstra", header: "Target Renstra", chars: 11 },
  { key: "capaianRenstra", header: "Capaian terhadap Target Renstra", chars: 13 },
] as const;
export type RecapColumnKey = (typeof RECAP_COLUMNS)[number]["key"];
/** The 0-based column of `key` in the recap table. */
export const recapColumn = (key: RecapColumnKey): number =>
  RECAP_COLUMNS.findIndex((c) => c.key === key);

/** The LKj figures the exports print as text (`lkjText`), in the recap's column order. */
export const LKJ_TEXT_KEYS = [
  "targetTw",
  "capaianTw",
  "realisasiLalu",
  "perubahan",
  "targetRenstra",
  "capaianRenstra",
] as const satisfies readonly RecapColumnKey[];

/** Their headers as the recap names them, "TW Pelaporan" made the quarter's word ("TW II"). */
export const lkjHeaders = (tw: string): string[] =>
  LKJ_TEXT_KEYS.map((k) =>
    (RECAP_COLUMNS[recapColumn(k)] as { header: string }).header.replace("TW Pelaporan", tw)
  );

export interface KategoriStyle {
  label: string;
  fill: string;
  fontColor: string;
}

/** Capaian and kategori of a row or group; capaian in percent units (103.75), cap applied. */
export interface Achievement {
  capaian: number | null;
  /** As the PDF and CSV print it: "103,75%", or "" when it cannot be computed yet. */
  capaianText: string;
  kategori: string;
  /** Index into `bands` (0 = best), for colours. */
  kategoriIndex: number | null;
}

export interface RecapRow extends Achievement {
  no: number;
  unit: string;
  /** The RKT sheet and 0-based row the figures come from. */
  sheet: string;
  row: number;
  kode: string;
  sasaran: string;
  indikator: string;
  kind: IndicatorKind;
  /**
   * How the RKT sheet holds the row's numbers (`sheetUnits` of its target cell): "fraction"
   * (0,8 shown 80 %) or "plain" (80); undefined for counts, grades and opinions. The recap's
   * cells, formulas into the RKT sheet or values, hold and format them the same way.
   */
  units?: "fraction" | "plain" | undefined;
  /** The Satuan column ("%", "Dokumen"). */
  satuan: string;
  target: TargetValue | null;
  targetText: string;
  /** Realisasi to the reporting quarter, combined as the indicator says (display units). */
  realisasi: EntryValue | null;
  realisasiText: string;
  /** Grades and opinions: "Tercapai" / "Tidak Tercapai". */
  attainment: string;
  /** A filled cell the sheet cannot read: its texts say "cek isian", as the sheet does. */
  cekIsian: "realisasi" | "target" | null;
  /**
   * Permasalahan and Rencana Tindak Lanjut: what the meeting typed on the recap, else the RKT
   * sheet's words for the reporting quarter (`meetingNote` says which came from the meeting).
   */
  permasalahan: string;
  rencanaTindakLanjut: string;
  meetingNote: { permasalahan: boolean; rencanaTindakLanjut: boolean };
  /** The LKj figures: Penanggung Jawab, last year, the Renstra target and the comparisons. */
  penanggungJawab: string;
  realisasiTahunLalu: number | null;
  targetRenstra: number | null;
  perubahan: number | null;
  capaianRenstra: number | null;
  /** Target and capaian up to the reporting quarter (rencana aksi), display units. */
  targetTw: number | null;
  capaianTw: number | null;
  /** The indicator's Periode word ("Triwulanan", "Semesteran", "Tahunan"). */
  periode: string;
  /** Where the sheet shows "cek isian" for these (as `IndicatorResult`). */
  cekIsianTw: "target" | "capaian" | null;
  cekIsianLkj: { perubahan: boolean; capaianRenstra: boolean };
  /** The same figures as the PDF and CSV print them ("" when absent, "cek isian" as the sheet). */
  lkjText: Record<(typeof LKJ_TEXT_KEYS)[number], string>;
  keterangan: string;
  /**
   * The indicator's error findings (as Validasi says them): entries that count as they stand
   * on the sheet and here but are wrong (a date in a quarter). The PDF marks the row "(!)" and
   * lists them below the table; the CSV has them in its last column.
   */
  errors: Bilingual[];
  /**
   * The budget of the row's sasaran (`budgetOfSasaran`, by its RKT Sasaran cell); undefined
   * without an Anggaran table or a Sasaran.
   */
  budget?: SasaranBudget | undefined;
}

export interface RecapGroup extends Achievement {
  unit: string;
  sasaran: string;
  indicators: number;
  counted: number;
  /** Indicators that reached their target (capaian at least 100%). */
  reached: number;
}

export interface MeetingNote {
  kode: string;
  permasalahan: string;
  rencanaTindakLanjut: string;
}

export type RecapOverall = Achievement & {
  indicators: number;
  counted: number;
  reached: number;
  note: MeetingNote;
};

/**
 * The overall row's words, the same on the Rekap sheet, the PDF and the CSV: how many were
 * counted and how many reached their target beside the average.
 */
export const overallLabel = (o: Pick<RecapOverall, "indicators" | "counted" | "reached">): string =>
  `Rata-rata capaian keseluruhan (${o.counted} dari ${o.indicators} indikator dihitung; ${o.reached} dari ${o.indicators} tercapai)`;

export interface Recap {
  plan: Plan;
  rows: RecapRow[];
  /** Average capaian per sasaran (per RKT sheet, in order). */
  sasaran: RecapGroup[];
  overall: RecapOverall;
  reportingQuarter: Quarter;
  settings: WorkbookSettings;
  bands: KategoriStyle[];
  /** Notes typed on rows whose Kode no longer exists: kept at the bottom of the sheet. */
  orphans: MeetingNote[];
  sheet: string;
  /** The Anggaran sheet as its formulas compute it at the recap's quarter; none without one. */
  anggaran?: AnggaranResult | undefined;
  /** Per sasaran of the recap, its budget (the block under the table); empty without Anggaran. */
  budget: (SasaranBudget & { sasaran: string; units: string[] })[];
}

/** One recap cell: the formula the sheet gets (when there is one) and the value it shows. */
export interface RecapCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
}

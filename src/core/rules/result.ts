/**
 * What the rules give for one indicator: its capaian, kategori and the figures per quarter.
 * Its own module so that both the evaluation (evaluate.ts) and the averages (summary.ts) read
 * it without importing each other.
 */
import type { Bilingual } from "../i18n";
import type { IndicatorKind } from "../decree/schema";
import type { Aggregation } from "./aggregate";
import type { Cap, GradeRule } from "./capaian";
import type { QuarterStatus } from "./check-realisasi";
import type { TargetValue } from "./check-target";
import type { Quarter } from "./finding";
import type { EntryValue } from "./parse-entry";

/** Which formula produced a capaian, shown next to the figure. */
export type Formula =
  "higher" | "lower" | "rangeInside" | "rangeUpper" | "rangeLower" | "gradeBinary" | "gradeRank";

export interface QuarterResult {
  quarter: Quarter;
  status: QuarterStatus;
  /** The value read for the quarter (display units; grade/opinion codes). */
  value: EntryValue | null;
  /** The value to date (the running sum for "sum", else the quarter's value). */
  toDate: EntryValue | null;
  /** Capaian of the value to date against the annual target (cap applied), and rounded. */
  capaian: number | null;
  capaianRounded: number | null;
}

export interface Labelled<K extends string = string> {
  key: K;
  label: Bilingual;
}

export interface IndicatorResult {
  indicatorId: string;
  sasaran: string;
  kind: IndicatorKind;
  direction: "higher" | "lower";
  aggregation: Aggregation;
  target: TargetValue | null;
  /** The year's realisasi after combining the quarters. */
  realisasi: EntryValue | null;
  /**
   * A filled cell the sheet's formulas cannot read: the sheet shows "cek isian" (Realisasi
   * Tahun and Capaian for the realisasi, Capaian for the target) and nothing is computed.
   */
  cekIsian: "realisasi" | "target" | null;
  /** Unrounded capaian in percent units, cap applied. */
  capaian: number | null;
  capaianUncapped: number | null;
  /** Two decimals, for display (112.5 means 112,5%). */
  capaianRounded: number | null;
  formula: Formula | null;
  kategori: Labelled | null;
  /** Grades and opinions: Tercapai / Tidak Tercapai. */
  attainment: Labelled<"tercapai" | "tidakTercapai"> | null;
  cap: Labelled<Cap>;
  gradeRule: Labelled<GradeRule>;
  quarters: QuarterResult[];
  /**
   * The rencana aksi at the reporting quarter (null where the sheet has no quarter targets,
   * for grades and opinions, and where a quarter target is blank): the target up to the
   * reporting quarter (display units, like `target`), the capaian of the realisasi to date
   * against it (cap applied; unrounded and rounded) and its kategori. `cekIsianTw`: where the
   * sheet shows "cek isian" — "target": in Target and Capaian s.d. TW Pelaporan (a quarter
   * target, or a Jenis or Agregasi TW word, it cannot read), "capaian": only in Capaian s.d. TW
   * Pelaporan (the realisasi or the Arah word).
   */
  targetTw: number | null;
  capaianTw: number | null;
  capaianTwRounded: number | null;
  kategoriTw: Labelled | null;
  cekIsianTw: "target" | "capaian" | null;
  /**
   * The LKj comparisons (display units, like `realisasi`; null where a cell is blank, for
   * grades and opinions, and where the sheet has no such column): last year's realisasi and
   * the Renstra target as typed, the change of the year's realisasi from last year's
   * (`perubahan`, in the indicator's units: percentage points for percents) and the capaian
   * against the Renstra target (cap applied). `cekIsianLkj` says which of the two the sheet
   * shows as "cek isian".
   */
  realisasiTahunLalu: number | null;
  targetRenstra: number | null;
  perubahan: number | null;
  capaianRenstra: number | null;
  capaianRenstraRounded: number | null;
  cekIsianLkj: { perubahan: boolean; capaianRenstra: boolean };
}

/** Words in the sheet's Jenis, Arah, Agregasi TW and Periode columns, and what they mean. */
import type { IndicatorKind } from "../decree/schema";

export const KIND_WORDS: Record<IndicatorKind, string> = {
  percent: "Persen",
  index: "Indeks",
  count: "Jumlah",
  grade: "Nilai SAKIP",
  opinion: "Opini BPK",
};
export const DIRECTION_WORDS = { higher: "Naik", lower: "Turun" } as const;
export const AGGREGATION_WORDS = {
  last: "Terakhir",
  sum: "Jumlah",
  cumulative: "Kumulatif",
} as const;

/**
 * How often an indicator is reported (its Periode): every quarter, each half year (TW II and
 * TW IV), or once a year (TW IV). It decides which quarters are expected, nothing else: a value
 * typed in another quarter still counts.
 */
export const PERIOD_WORDS = {
  quarterly: "Triwulanan",
  semiannual: "Semesteran",
  annual: "Tahunan",
} as const;
export type Period = keyof typeof PERIOD_WORDS;

/** The quarters a period expects a realisasi in. */
export const EXPECTED_QUARTERS: Readonly<Record<Period, readonly (1 | 2 | 3 | 4)[]>> = {
  quarterly: [1, 2, 3, 4],
  semiannual: [2, 4],
  annual: [4],
};

/** Words in the sheet's Jenis, Arah and Agregasi TW columns, and what they mean. */
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

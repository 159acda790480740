/**
 * The LKj's figures beside the capaian (PermenPANRB 53/2014, Bab III): the year's realisasi
 * from Pembilang and Penyebut, the change from last year's realisasi, and the capaian against
 * the Renstra (medium-term) target. The sheet's formulas (src/core/workbook/formulas.ts:
 * `realisasiFormula`'s components, `perubahanFormula`, `capaianFormula` of the Renstra
 * column) are these rules in Excel's words; both differentials hold them equal.
 */
import { applyCap, capaianNumeric, round2 } from "./capaian";
import type { CellInput } from "./cell";
import type { IndicatorEntry, RuleOptions } from "./entry";
import type { IndicatorResult } from "./result";
import type { EntryValue } from "./parse-entry";
import { sheetReading, sheetUnits } from "./sheet-reading";

const numberIn = (c: CellInput | undefined): number | undefined =>
  typeof c?.value === "number" && Number.isFinite(c.value) ? c.value : undefined;

/**
 * Pembilang / Penyebut of a Persen row, in the sheet's units (a fraction: 3 of 4 is 0,75):
 * undefined unless both cells hold numbers; "zero" for a zero Penyebut (the sheet shows "cek
 * isian").
 * @example componentsToDate({ ...entry, componentsToDate: { numerator: { value: 3 }, denominator: { value: 4 } } }) // 0.75
 */
export function componentsToDate(entry: IndicatorEntry): number | "zero" | undefined {
  if (entry.indicator.kind !== "percent") return undefined;
  const num = numberIn(entry.componentsToDate?.numerator);
  const den = numberIn(entry.componentsToDate?.denominator);
  if (num === undefined || den === undefined) return undefined;
  return den === 0 ? "zero" : num / den;
}

export const NO_LKJ = {
  realisasiTahunLalu: null,
  targetRenstra: null,
  perubahan: null,
  capaianRenstra: null,
  capaianRenstraRounded: null,
  cekIsianLkj: { perubahan: false, capaianRenstra: false },
} as const satisfies Partial<IndicatorResult>;

type LkjFields = Pick<IndicatorResult, keyof typeof NO_LKJ>;

/**
 * Realisasi Tahun Lalu, Target Renstra, the change from last year and the capaian against the
 * Renstra target, as the sheet's Perubahan dari Tahun Lalu and Capaian terhadap Target
 * Renstra show them: the year's realisasi (null when blank) in the row's units against the
 * raw cells; "cek isian" where the year is, where the cell is filled but unreadable, or where
 * the Jenis (both) or Arah (the capaian) word is unknown; nothing for grades and opinions.
 */
export function lkjComparisons(
  entry: IndicatorEntry,
  year: EntryValue | undefined,
  yearUnreadable: boolean,
  words: { kindUnknown: boolean; directionUnknown: boolean },
  options: RuleOptions
): LkjFields {
  const ind = entry.indicator;
  const scale = sheetUnits(entry.target, ind.kind) === "fraction" ? 100 : 1;
  const lalu = numberIn(entry.lastYear);
  const renstra = numberIn(entry.renstra);
  const typed = {
    realisasiTahunLalu:
      lalu !== undefined && sheetReading(entry.lastYear, "percent") === "value"
        ? lalu * scale
        : null,
    targetRenstra:
      renstra !== undefined && sheetReading(entry.renstra, "percent") === "value"
        ? renstra * scale
        : null,
  };
  if (entry.lastYear === undefined && entry.renstra === undefined) return NO_LKJ;
  const ordinal = ind.kind === "grade" || ind.kind === "opinion";
  if (words.kindUnknown)
    return { ...NO_LKJ, ...typed, cekIsianLkj: { perubahan: true, capaianRenstra: true } };
  if (ordinal) return { ...NO_LKJ, ...typed };
  const unreadable = (c: CellInput | undefined) => sheetReading(c, "percent") === "unreadable";
  const cekPerubahan =
    entry.lastYear !== undefined && (yearUnreadable || unreadable(entry.lastYear));
  const cekRenstra =
    entry.renstra !== undefined &&
    (yearUnreadable || words.directionUnknown || unreadable(entry.renstra));
  const y = typeof year === "number" ? year / scale : undefined;
  const perubahan =
    !cekPerubahan && y !== undefined && typed.realisasiTahunLalu !== null
      ? (y - (lalu as number)) * scale
      : null;
  let capaianRenstra: number | null = null;
  if (!cekRenstra && y !== undefined && typed.targetRenstra !== null && renstra !== 0) {
    const raw = capaianNumeric(y, renstra as number, ind.direction);
    if (raw !== undefined) capaianRenstra = applyCap(raw, options.cap);
  }
  return {
    ...typed,
    perubahan,
    capaianRenstra,
    capaianRenstraRounded: capaianRenstra === null ? null : round2(capaianRenstra),
    cekIsianLkj: { perubahan: cekPerubahan, capaianRenstra: cekRenstra },
  };
}

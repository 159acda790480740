/**
 * The reporting quarter (TW pelaporan) a workbook suggests when staff have not chosen one: the
 * last quarter with a realisasi typed, else the quarter the date says is due.
 *
 * The date rule: a quarter is reported once it has ended, so the quarter to report is the one
 * that ended last within the workbook's year —
 * - a date after the workbook's year (January–March of the next year, when the annual report is
 *   made): TW IV;
 * - a date in the workbook's year: the quarter just ended (April–June: TW I, July–September:
 *   TW II, October–December: TW III); in January–March no quarter has ended yet and TW I is
 *   the one being filled: TW I;
 * - a date before the workbook's year (a plan made ahead): TW I.
 */
import { notReported } from "./cell";
import type { IndicatorEntry } from "./entry";
import type { Quarter } from "./finding";

/** Why a reporting quarter was suggested. */
export type QuarterReason = "filled" | "date";

export interface SuggestedQuarter {
  quarter: Quarter;
  reason: QuarterReason;
}

/** The last quarter in which some indicator has a realisasi typed ("-" and "belum" do not count). */
export function lastFilledQuarter(entries: readonly IndicatorEntry[]): Quarter | undefined {
  let last = 0;
  for (const e of entries)
    for (let q = 3; q >= last; q--) {
      const filled =
        !notReported(e.realisasi[q]) ||
        (e.components !== undefined &&
          (!notReported(e.components.numerator[q]) || !notReported(e.components.denominator[q])));
      if (filled) {
        last = Math.max(last, q + 1);
        break;
      }
    }
  return last === 0 ? undefined : (last as Quarter);
}

/**
 * The quarter due by the date for a workbook of `year` (see the rule above).
 * @example quarterByDate(2021, { year: 2022, month: 2 }) // 4: the 2021 annual report
 */
export function quarterByDate(year: number, now: { year: number; month: number }): Quarter {
  if (now.year > year) return 4;
  if (now.year < year) return 1;
  return Math.max(1, Math.floor((now.month - 1) / 3)) as Quarter;
}

/** The quarter a workbook suggests: the last one filled, else the one the date says. */
export function suggestReportingQuarter(
  entries: readonly IndicatorEntry[],
  year: number,
  now: { year: number; month: number }
): SuggestedQuarter {
  const filled = lastFilledQuarter(entries);
  return filled !== undefined
    ? { quarter: filled, reason: "filled" }
    : { quarter: quarterByDate(year, now), reason: "date" };
}

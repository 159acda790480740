/** The reporting quarter a workbook suggests: the last quarter filled, else the date's. */
import {
  lastFilledQuarter,
  quarterByDate,
  suggestReportingQuarter,
} from "../../src/core/rules/reporting-quarter";
import type { IndicatorEntry } from "../../src/core/rules/entry";
import { BLITAR_2021 } from "../../src/core/decree";

const indicator = BLITAR_2021.tables[0]!.indicators[0]!;
const entry = (...realisasi: unknown[]): IndicatorEntry => ({
  indicator,
  realisasi: realisasi.map((value) => ({ value }) as IndicatorEntry["realisasi"][number]),
});

test.each([
  // The workbook's year is over: the annual report, TW IV (January–March of the next year too).
  [2021, 2022, 1, 4],
  [2021, 2022, 3, 4],
  [2021, 2026, 7, 4],
  // In the year: the quarter just ended; in January–March TW I is the one being filled.
  [2026, 2026, 1, 1],
  [2026, 2026, 3, 1],
  [2026, 2026, 4, 1],
  [2026, 2026, 6, 1],
  [2026, 2026, 7, 2],
  [2026, 2026, 9, 2],
  [2026, 2026, 10, 3],
  [2026, 2026, 12, 3],
  // A plan made ahead of its year.
  [2027, 2026, 11, 1],
])("a %i workbook on %i-%i reports TW %i by the date", (year, nowYear, month, quarter) => {
  expect(quarterByDate(year, { year: nowYear, month })).toBe(quarter);
});

test("the last quarter with a realisasi typed, whatever the other indicators have", () => {
  expect(lastFilledQuarter([entry(null, null, null, null)])).toBeUndefined();
  expect(lastFilledQuarter([entry(80, null, null, null), entry(1, 2, null, null)])).toBe(2);
  expect(lastFilledQuarter([entry(null, null, "abc", null)])).toBe(3);
  // "-" and "belum" say not reported yet: not a quarter filled.
  expect(lastFilledQuarter([entry(80, "-", "belum ada", "  ")])).toBe(1);
  expect(lastFilledQuarter([])).toBeUndefined();
});

test("entries win over the date; without entries the date says", () => {
  const now = { year: 2026, month: 8 };
  expect(suggestReportingQuarter([entry(80, 81, 82, null)], 2026, now)).toEqual({
    quarter: 3,
    reason: "filled",
  });
  expect(suggestReportingQuarter([entry(null, null, null, null)], 2026, now)).toEqual({
    quarter: 2,
    reason: "date",
  });
});

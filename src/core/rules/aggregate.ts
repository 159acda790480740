/**
 * How TW I-IV combine into the year (Kemenkeu's classification of indicators by period):
 * - last: the last reported quarter's value (percent, index progress; grades, opinions);
 * - sum: the sum of reported quarters (counts entered per quarter);
 * - cumulative: each quarter holds the running total, so the year is the last reported value
 *   (and a falling value is suspicious: validate.ts warns).
 * Unreported quarters (empty, "-", "belum") are skipped, never read as zero.
 */
export type Aggregation = "last" | "sum" | "cumulative";

/**
 * The year value and the value to date after each quarter (undefined where the quarter is not
 * reported), from quarter values with `undefined` for not reported.
 * @example aggregate([1, undefined, 2, undefined], "sum") // { year: 3, toDate: [1, undefined, 3, undefined] }
 */
export function aggregate<T extends number | string>(
  values: readonly (T | undefined)[],
  aggregation: Aggregation
): { year: T | undefined; toDate: (T | undefined)[] } {
  const toDate: (T | undefined)[] = [];
  let year: T | undefined;
  let sum = 0;
  for (const v of values) {
    if (v === undefined) {
      toDate.push(undefined);
      continue;
    }
    if (aggregation === "sum" && typeof v === "number") {
      sum += v;
      year = Number(sum.toPrecision(15)) as T;
    } else {
      year = v;
    }
    toDate.push(year);
  }
  return { year, toDate };
}

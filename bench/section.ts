/**
 * A benchmark section contributes one field to the JSON `npm run bench -- --json` prints last.
 * Later issues add sections (e.g. `syncs`) to the list in run.ts.
 */
export interface BenchSection {
  /** The field of the JSON object this section fills. */
  field: string;
  title: string;
  /** Runs the benchmark, printing human-readable lines through `log`; returns the field's value. */
  run(log: (line: string) => void): Promise<unknown> | unknown;
}

/** Wall times of `fn` in milliseconds after `warmup` unmeasured runs: median, fastest, slowest. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function timeRuns(fn: () => void, runs: number, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { median, min: times[0]!, max: times[times.length - 1]!, runs };
}

/** Median wall time of `fn` in milliseconds, after `warmup` unmeasured runs. */
export function medianMs(fn: () => void, runs: number, warmup = 1): number {
  return timeRuns(fn, runs, warmup).median;
}

/**
 * Validation plus capaian (src/core/rules `evaluate`) for 1,000, 10,000 and 100,000 indicators
 * with four quarters each. Target: 100,000 in under a second, cost growing linearly.
 */
import {
  BLITAR_2021,
  reportingTables,
  withIkuDefinition,
  type Indicator,
} from "../src/core/decree";
import { decreeTargets, evaluate, type CellInput, type IndicatorEntry } from "../src/core/rules";
import { loadavg } from "node:os";
import { timeRuns, type BenchSection } from "./section";

export const SIZES = [1_000, 10_000, 100_000] as const;

const base = reportingTables(BLITAR_2021)
  .flatMap((t) => t.indicators)
  .map((ind) => withIkuDefinition(BLITAR_2021, ind));

/** Cells as staff type them: numbers, percent fractions, Indonesian text, gaps, a few mistakes. */
function realisasi(ind: Indicator, i: number, q: number): CellInput {
  const k = (i * 7 + q * 13) % 20;
  if (k === 0) return { value: null };
  if (k === 1) return { value: "-" };
  if (k === 2) return { value: "#N/A" };
  switch (ind.kind) {
    case "percent":
      return k < 12
        ? { value: (60 + ((i + q) % 45)) / 100, numberFormat: "0.0%" }
        : { value: `${60 + ((i + q) % 45)},5%` };
    case "index":
      return { value: k < 12 ? 70 + (i % 10) : `${70 + (i % 10)},05` };
    case "count":
      return { value: k < 12 ? q % 2 : `${q % 2} Dokumen` };
    case "grade":
      return { value: k < 12 ? ["BB", " b ", "A", "CC"][q % 4]! : "74,05" };
    case "opinion":
      return {
        value: ["WTP", " wtp ", "Wajar Dengan Pengecualian", "WTP dengan paragraf penjelas"][
          q % 4
        ]!,
      };
  }
}

export function makeEntries(n: number): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  for (let i = 0; i < n; i++) {
    const template = base[i % base.length]!;
    const indicator: Indicator = {
      ...template,
      id: `${template.id}-${i}`,
      sasaran: `${template.sasaran} ${i % 500}`,
    };
    entries.push({
      indicator,
      realisasi: [1, 2, 3, 4].map((q) => realisasi(indicator, i, q)),
      sumberData: i % 3 === 0 ? { value: null } : { value: "Register" },
    });
  }
  return entries;
}

/** What the generated cells are, to print next to the figures (the data is part of the result). */
export function describeMix(entries: readonly IndicatorEntry[]): string {
  const count = { number: 0, percentCell: 0, text: 0, code: 0, empty: 0, error: 0 };
  let cells = 0;
  let noSource = 0;
  for (const e of entries) {
    for (const cell of e.realisasi) {
      cells++;
      const v = cell?.value;
      if (v === null || v === undefined || v === "-") count.empty++;
      else if (typeof v === "string" && v.startsWith("#")) count.error++;
      else if (typeof v === "number") {
        if (cell?.numberFormat?.includes("%")) count.percentCell++;
        else count.number++;
      } else if (typeof v === "string" && /\d/.test(v)) count.text++;
      else count.code++;
    }
    if (e.sumberData?.value === null || e.sumberData === undefined) noSource++;
  }
  const pct = (k: number) => `${Math.round((k * 100) / cells)}%`;
  return (
    `  data: ${entries.length.toLocaleString("en-US")} indicators x 4 quarters; realisasi cells: ` +
    `${pct(count.number + count.percentCell)} numbers (${pct(count.percentCell)} in % cells), ` +
    `${pct(count.text)} numbers typed as text ("60,5%", "1 Dokumen", "74,05"), ` +
    `${pct(count.code)} grade/opinion codes (some " b ", " wtp "), ` +
    `${pct(count.empty)} empty or "-", ${pct(count.error)} #N/A; ` +
    `sumber data missing on ${Math.round((noSource * 100) / entries.length)}% of indicators`
  );
}

export interface CoreFigure {
  indicators: number;
  ms: number;
}

export const coreSection: BenchSection = {
  field: "core",
  title: "Validation + capaian (evaluate), 4 quarters per indicator",
  run(log) {
    const lookup = decreeTargets(BLITAR_2021);
    const figures: CoreFigure[] = [];
    log(describeMix(makeEntries(10_000)));
    log(
      `  wall time of evaluate only (data built before timing); median after warm-up runs; ` +
        `load average at start ${loadavg()[0]!.toFixed(1)} on this machine`
    );
    for (const n of SIZES) {
      const entries = makeEntries(n);
      // The decree's targets by id, as an adapter would hand them over (built outside the timing).
      const targets = new Map(
        entries.map((e) => [
          e.indicator.id,
          lookup(e.indicator.id.slice(0, e.indicator.id.lastIndexOf("-"))),
        ])
      );
      const decreeTarget = (id: string) => targets.get(id);
      let findings = 0;
      const runs = n >= 100_000 ? 5 : 9;
      const warmup = Math.max(2, Math.ceil(20_000 / n));
      const t = timeRuns(
        () => {
          findings = evaluate(entries, { reportingQuarter: 4, decreeTarget }).findings.length;
        },
        runs,
        warmup
      );
      figures.push({ indicators: n, ms: Math.round(t.median * 100) / 100 });
      log(
        `  ${n.toLocaleString("en-US").padStart(7)} indicators: ${t.median.toFixed(1).padStart(8)} ms` +
          ` median of ${runs} after ${warmup} warm-up (range ${t.min.toFixed(1)}–${t.max.toFixed(1)})` +
          `  ${((t.median * 1000) / n).toFixed(2)} µs/indicator, ` +
          `${(findings / n).toFixed(2)} findings/indicator`
      );
    }
    // Growth of the cost per indicator, step by step and overall, from the medians.
    const perIndicator = figures.map((f) => f.ms / f.indicators);
    const steps = figures
      .slice(1)
      .map(
        (f, i) =>
          `${figures[i]!.indicators.toLocaleString("en-US")}→${f.indicators.toLocaleString("en-US")} ` +
          `x${(perIndicator[i + 1]! / perIndicator[i]!).toFixed(2)}`
      );
    const first = figures[0]!;
    const last = figures[figures.length - 1]!;
    const growth = perIndicator[perIndicator.length - 1]! / perIndicator[0]!;
    log(
      `  cost per indicator: ${steps.join(", ")}; ` +
        `${last.indicators.toLocaleString("en-US")} vs ${first.indicators.toLocaleString("en-US")}: ` +
        `x${growth.toFixed(2)} (1.00 = linear)`
    );
    log(
      `  requirement 100,000 indicators under 1,000 ms: ` +
        `${last.ms < 1000 ? "met" : "NOT met"} (${last.ms.toFixed(0)} ms median)`
    );
    return figures;
  },
};

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
import { medianMs, type BenchSection } from "./section";

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
      const ms = medianMs(
        () => {
          findings = evaluate(entries, { reportingQuarter: 4, decreeTarget }).findings.length;
        },
        runs,
        Math.max(1, Math.ceil(20_000 / n))
      );
      figures.push({ indicators: n, ms: Math.round(ms * 100) / 100 });
      log(
        `  ${n.toLocaleString("en-US").padStart(7)} indicators: ${ms.toFixed(1).padStart(8)} ms median of ${runs}` +
          `  (${((ms * 1000) / n).toFixed(2)} µs/indicator, ${findings.toLocaleString("en-US")} findings)`
      );
    }
    const first = figures[0]!;
    const last = figures[figures.length - 1]!;
    const growth = last.ms / last.indicators / (first.ms / first.indicators);
    log(
      `  cost per indicator at ${last.indicators.toLocaleString("en-US")} vs ${first.indicators.toLocaleString("en-US")}: x${growth.toFixed(2)} (1.00 = linear)`
    );
    return figures;
  },
};

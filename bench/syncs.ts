/**
 * Round trips per action (context.sync() calls) against the strict Excel double, for 10,
 * 1,000 and 10,000 indicators, run in order on one workbook with the pane's layout memory:
 * one read batch (two for the first action) and one write batch, plus only the chunks
 * that keep each request under Excel on the web's 5 MB limit. Beside them, the largest
 * request of each action as Excel counts it: every write request is also sent through
 * Microsoft's own client library (scripts/office-client.ts) and its bytes taken as sent;
 * read requests (a few loads) are counted by the double's measure, calibrated on the same
 * library.
 */
import { CAPAIAN, CHARTS, TEMPLATE, VALIDATE, runAction, type UseCase } from "../src/app";
import { createExcelHost } from "../src/excel-double";
import { createLayoutMemory } from "../src/excel/read";
import { measuredPort, officeClient } from "../scripts/office-client";
import { syntheticDecree } from "../test/fixtures/synthetic-decree";
import type { BenchSection } from "./section";

const SIZES = [10, 1000, 10000] as const;
const ACTIONS: Record<string, [UseCase<never, unknown>, unknown]> = {
  template: [TEMPLATE as UseCase<never, unknown>, undefined],
  validate: [VALIDATE as UseCase<never, unknown>, { highlight: false }],
  capaian: [CAPAIAN as UseCase<never, unknown>, undefined],
  charts: [CHARTS as UseCase<never, unknown>, undefined],
  highlight: [VALIDATE as UseCase<never, unknown>, { highlight: true }],
};

type Figures = Record<string, Record<string, number>>;
let measured: { syncs: Figures; requests: Figures } | undefined;

async function measure(
  log: (line: string) => void
): Promise<{ syncs: Figures; requests: Figures }> {
  if (measured !== undefined) return measured;
  const syncs: Figures = {};
  const requests: Figures = {};
  const client = officeClient();
  for (const n of SIZES) {
    const decree = syntheticDecree(n);
    const host = createExcelHost({ sheets: ["Lembar1"] });
    // As the pane runs them: the layout memory it keeps while open makes each read one round
    // trip once the names are known (the first action reads names, then cells).
    const env = {
      supports: (v: string) => host.isSetSupported("ExcelApi", v),
      layout: createLayoutMemory(),
    };
    for (const [name, [useCase, params]] of Object.entries(ACTIONS)) {
      const before = host.syncs.length;
      const writes: number[] = [];
      const start = performance.now();
      await host.run((ctx) =>
        runAction(
          measuredPort(ctx, env, client, (b) => writes.push(b)),
          useCase,
          { decree },
          params as never
        )
      );
      const ms = performance.now() - start;
      const done = host.syncs.slice(before);
      const reads = done.slice(0, done.length - writes.length).map((s) => s.requestBytes);
      const largest = Math.max(0, ...writes, ...reads);
      (syncs[name] ??= {})[String(n)] = done.length;
      (requests[name] ??= {})[String(n)] = largest;
      log(
        `  ${name.padEnd(9)} ${String(n).padStart(6)} indicators: ${done.length} syncs, ` +
          `largest request ${(largest / 1e6).toFixed(2)} MB ` +
          `(writes: ${writes.map((b) => (b / 1e6).toFixed(2)).join(", ") || "none"}), ${ms.toFixed(0)} ms`
      );
    }
    client.requests.length = 0;
  }
  measured = { syncs, requests };
  return measured;
}

export const syncsSection: BenchSection = {
  field: "syncs",
  title:
    "Round trips per action (strict Excel double) and the largest request as Excel counts it (MB = 10^6 bytes; limit 5 MB)",
  async run(log) {
    return (await measure(log)).syncs;
  },
};

export const requestsSection: BenchSection = {
  field: "requests",
  title: "Largest request per action in bytes (figures above)",
  async run(log) {
    return (await measure(log)).requests;
  },
};

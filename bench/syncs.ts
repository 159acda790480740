/**
 * Round trips per action (context.sync() calls) against the strict Excel double, for 10,
 * 1,000 and 10,000 indicators: one read batch and one write batch, plus only the chunks
 * that keep each request under Excel on the web's 5 MB limit.
 */
import {
  runCapaian,
  runCharts,
  runTemplate,
  runValidate,
  type ActionEnv,
} from "../src/excel/actions";
import { createExcelHost } from "../src/excel-double";
import { syntheticDecree } from "../test/fixtures/synthetic-decree";
import type { BenchSection } from "./section";

const SIZES = [10, 1000, 10000] as const;
const ACTIONS = {
  template: runTemplate,
  validate: (ctx: Excel.RequestContext, env: ActionEnv) => runValidate(ctx, env, false),
  capaian: runCapaian,
  charts: runCharts,
} as const;

export const syncsSection: BenchSection = {
  field: "syncs",
  title:
    "Round trips per action (strict Excel double; sync count, largest request, wall time of the double)",
  async run(log) {
    const out: Record<string, Record<string, number>> = {};
    for (const n of SIZES) {
      const decree = syntheticDecree(n);
      const host = createExcelHost({ sheets: ["Lembar1"] });
      const env: ActionEnv = { decree, supports: (v) => host.isSetSupported("ExcelApi", v) };
      for (const [name, action] of Object.entries(ACTIONS)) {
        const before = host.syncs.length;
        const start = performance.now();
        await host.run((ctx) => action(ctx, env));
        const ms = performance.now() - start;
        const syncs = host.syncs.slice(before);
        const largest = Math.max(...syncs.map((s) => s.requestBytes));
        (out[name] ??= {})[String(n)] = syncs.length;
        log(
          `  ${name.padEnd(8)} ${String(n).padStart(6)} indicators: ${syncs.length} syncs, largest request ${(largest / 1024).toFixed(0)} KiB, ${ms.toFixed(0)} ms`
        );
      }
    }
    return out;
  },
};

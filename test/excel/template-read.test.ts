/**
 * Mulai dari Keputusan on a workbook that already holds the template reads what the template
 * planner uses: the Info table and the header rows of the RKT, IKU and Anggaran tables (the
 * rows only where an earlier layout is upgraded, test/excel/upgrade.test.ts). Its response
 * does not grow with the indicators.
 */
import { TEMPLATE, runAction } from "../../src/app";
import { createExcelHost } from "../../src/excel-double";
import { officePort } from "../../src/excel/port";
import { createLayoutMemory } from "../../src/excel/read";
import { syntheticDecree } from "../fixtures/synthetic-decree";

/** Response bytes and round trips of Mulai dari Keputusan run again on its own template. */
async function rerun(indicators: number, warm: boolean) {
  const decree = syntheticDecree(indicators);
  const host = createExcelHost({ sheets: ["Lembar1"] });
  const env = {
    supports: (v: string) => host.isSetSupported("ExcelApi", v),
    layout: createLayoutMemory(),
  };
  await host.run((ctx) => runAction(officePort(ctx, env), TEMPLATE, { decree }, undefined));
  const before = host.syncs.length;
  const again = warm ? env : { supports: env.supports };
  const o = await host.run((ctx) =>
    runAction(officePort(ctx, again), TEMPLATE, { decree }, undefined)
  );
  const syncs = host.syncs.slice(before);
  return {
    plan: o.plan.ops.length,
    syncs: syncs.length,
    response: syncs.reduce((n, s) => n + s.responseBytes, 0),
    failed: syncs.filter((s) => s.errorCode !== undefined).length,
  };
}

test.each([true, false])(
  "an up-to-date template is read by its headers: the response does not grow with the indicators (pane memory: %s)",
  async (warm) => {
    const small = await rerun(10, warm);
    const large = await rerun(1000, warm);
    // Nothing to add either way, in the same round trips.
    expect(large.plan).toBe(0);
    expect(small.plan).toBe(0);
    expect(large.syncs).toBe(small.syncs);
    expect(large.failed).toBe(0);
    // The header rows and the Info table: the same size whatever the number of indicators
    // (the tables' addresses differ by a digit or two).
    expect(large.response).toBeLessThan(small.response + 100);
  },
  60_000
);

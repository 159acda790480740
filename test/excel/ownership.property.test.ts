/**
 * Own only what you wrote: whatever the user's workbook holds — even sheets named like the
 * template's — every action leaves the user's sheets exactly as they were, and running the
 * actions twice gives the same workbook as running them once.
 */
import fc from "fast-check";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { BLITAR_2021 } from "../../src/core/decree";
import {
  runCapaian,
  runCharts,
  runTemplate,
  runValidate,
  type ActionEnv,
} from "../../src/excel/actions";

const cellValue = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  // A string that starts with "=" is a formula; Excel refuses a malformed one as the user types
  // it, so a user's workbook never holds one (the fixed formulas below stand for the valid ones).
  fc.string({ maxLength: 12 }).filter((s) => !s.startsWith("=")),
  fc.constantFrom("=1+1", "=SUM(A1:A2)", "RKT KPU", "Kinerja_rkt_kpu", "#N/A", "TW IV", "Target")
);

const sheetName = fc.oneof(
  fc.constantFrom(
    "RKT KPU",
    "Info Kinerja",
    "Grafik",
    "Ringkasan Capaian",
    "Data",
    "rkt sekretariat"
  ),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,12}$/)
);

const userSheet = fc.record({
  name: sheetName,
  rows: fc.array(fc.array(cellValue, { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 5,
  }),
});

const workbook = fc.uniqueArray(userSheet, {
  minLength: 1,
  maxLength: 4,
  selector: (s) => s.name.trim().toLowerCase(),
});

async function runAll(host: ExcelHost, env: ActionEnv): Promise<void> {
  await host.run((ctx) => runTemplate(ctx, env));
  await host.run((ctx) => runValidate(ctx, env, true));
  await host.run((ctx) => runCapaian(ctx, env));
  await host.run((ctx) => runCharts(ctx, env));
}

test("actions never change the user's sheets, and twice equals once", async () => {
  await fc.assert(
    fc.asyncProperty(workbook, async (sheets) => {
      const names = sheets.map((s) => s.name.trim()).filter((n) => n.length > 0);
      fc.pre(names.length === sheets.length);
      const host = createExcelHost({ sheets: names });
      for (const s of sheets) host.setSheet(s.name.trim(), s.rows);
      const before = names.map((n) => host.dumpSheet(n));
      const env: ActionEnv = {
        decree: BLITAR_2021,
        supports: (v) => host.isSetSupported("ExcelApi", v),
      };
      await runAll(host, env);
      expect(names.map((n) => host.dumpSheet(n))).toEqual(before);
      const once = host.dumpWorkbook();
      await runAll(host, env);
      expect(host.dumpWorkbook()).toEqual(once);
    }),
    { numRuns: 25 }
  );
}, 120_000);

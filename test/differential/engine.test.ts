/**
 * One truth, differentially and in-process (`npm test`): random workbooks typed the ways
 * staff type them (generator.ts, with TRUE/FALSE among the junk: the engine keeps them
 * logicals, as Excel does) go through the real planner, whose plan is applied to the
 * workbook's snapshot as every host applies it (`writeGrids`), the engine (src/engine)
 * computes every formula, and every Realisasi Tahun, Capaian, Kategori and
 * Ringkasan average and tercapai count must equal the rules core's — "cek isian" included.
 * KINERJA_ENGINE_WORKBOOKS sets how many workbooks (default 1,000, 16 indicators each).
 * test/conformance/xlsx/differential.test.ts does the same with LibreOffice as the oracle.
 */
import { BLITAR_2021 } from "../../src/core/decree";
import { planCapaian } from "../../src/core/workbook/capaian-plan";
import { readSettings } from "../../src/core/workbook/settings";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { rangeBoundsOfText } from "../../src/core/rules/sheet-reading";
import { differences } from "./compare";
import { applyToSnapshot, random, randomSnapshot, rangeText } from "./generator";

const WORKBOOKS = Number(process.env.KINERJA_ENGINE_WORKBOOKS ?? 1000);

test(
  `${WORKBOOKS} random workbooks: the engine's recalculation equals the core, cell by cell`,
  () => {
    const mismatches: string[] = [];
    let compared = 0;
    let comparedLkj = 0;
    let lkjNumbers = 0;
    let averaged = 0;
    let cekIsian = 0;
    const ranges = { read: 0, refused: 0 };
    let budgeted = 0;
    let serapan = 0;
    for (let i = 0; i < WORKBOOKS; i++) {
      const book = randomSnapshot(i + 1, { booleans: true });
      const capaian = planCapaian(book, BLITAR_2021, readSettings(book).settings);
      applyToSnapshot(book, capaian.plan);
      const found = differences(recalculateSnapshot(book), capaian, `workbook ${i + 1}`);
      mismatches.push(...found.mismatches);
      compared += found.compared;
      comparedLkj += found.comparedLkj;
      for (const e of capaian.evaluations)
        lkjNumbers += e.evaluation.results.filter(
          (r) => r.perubahan !== null || r.capaianRenstra !== null
        ).length;
      averaged += found.averaged;
      budgeted += found.budgeted;
      serapan += capaian.anggaran?.rows.filter((r) => typeof r.efisiensi === "number").length ?? 0;
      for (const e of capaian.evaluations)
        cekIsian += e.evaluation.results.filter((r) => r.cekIsian !== null).length;
      for (const e of capaian.entries) {
        const t = e.entry.target?.value;
        if (typeof t !== "string" || !/\d\s*%?\s*[-–—]/.test(t)) continue;
        if (rangeBoundsOfText(t, e.entry.indicator.kind) === undefined) ranges.refused++;
        else ranges.read++;
      }
    }
    expect({ mismatches: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({
      mismatches: 0,
      first: [],
    });
    expect(compared).toBe(WORKBOOKS * 16);
    // Range targets typed as text were drawn, read as ranges and refused as ranges alike.
    expect(ranges.read).toBeGreaterThan(WORKBOOKS / 10);
    expect(ranges.refused).toBeGreaterThan(WORKBOOKS / 10);
    // Every row has the LKj columns, and some of them compare numbers (not only blanks).
    expect(comparedLkj).toBe(compared);
    expect(lkjNumbers).toBeGreaterThan(compared / 40);
    // Every Anggaran row (13 sasaran a template) compared; some with an efisiensi computed.
    expect(budgeted).toBe(WORKBOOKS * 13);
    expect(serapan).toBeGreaterThan(WORKBOOKS / 3);
    expect(serapan).toBeLessThan(budgeted);
    // Per-sasaran and per-sheet averages, two RKT sheets a workbook.
    expect(averaged).toBeGreaterThanOrEqual(WORKBOOKS * 2);
    // The messy forms really were drawn: some rows are "cek isian", most are not.
    expect(cekIsian).toBeGreaterThan(compared / 10);
    expect(cekIsian).toBeLessThan(compared);
  },
  Math.max(120_000, WORKBOOKS * 500)
);

test("a range typed after Hitung Capaian counts at once: the formulas already written read it", () => {
  const mismatches: string[] = [];
  let retyped = 0;
  for (let i = 0; i < Math.min(WORKBOOKS, 300); i++) {
    const book = randomSnapshot(10_000 + i);
    const before = planCapaian(book, BLITAR_2021, readSettings(book).settings);
    applyToSnapshot(book, before.plan);
    // Targets retyped afterwards, without running Hitung Capaian again.
    const r = random(20_000 + i);
    for (const e of before.entries) {
      const col = e.columns.target;
      if (col === undefined || r.next() < 0.5) continue;
      const sheet = book.sheets.find((s) => s.name === e.sheet)!;
      const text = rangeText(r);
      (sheet.values[e.row - sheet.top] ??= [])[col - sheet.left] = text;
      (sheet.formulas[e.row - sheet.top] ??= [])[col - sheet.left] = text;
      retyped++;
    }
    const after = planCapaian(book, BLITAR_2021, readSettings(book).settings);
    mismatches.push(
      ...differences(recalculateSnapshot(book), after, `retyped ${i + 1}`).mismatches
    );
  }
  expect(retyped).toBeGreaterThan(Math.min(WORKBOOKS, 300) * 4);
  expect({ mismatches: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({
    mismatches: 0,
    first: [],
  });
}, 300_000);

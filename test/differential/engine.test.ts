/**
 * One truth, differentially and in-process (`npm test`): random workbooks typed the ways
 * staff type them (generator.ts, with TRUE/FALSE among the junk: the engine keeps them
 * logicals, as Excel does) go through the real planner, whose plan is applied to the
 * workbook's snapshot as every host applies it (`writeGrids`), the engine (src/engine)
 * computes every formula, and every Realisasi Tahun, Capaian, Kategori and
 * Ringkasan average and tercapai count must equal the rules core's — "cek isian" included;
 * so must the Rekap Rapat made after it: each row's Realisasi, Capaian, Kategori and LKj
 * columns equal the recap's rows, which the CSV, PDF and .xlsx export print.
 * KINERJA_ENGINE_WORKBOOKS sets how many workbooks (default 1,000, 16 indicators each).
 * test/conformance/xlsx/differential.test.ts does the same with LibreOffice as the oracle.
 */
import { BLITAR_2021 } from "../../src/core/decree";
import { planCapaian } from "../../src/core/workbook/capaian-plan";
import { readSettings } from "../../src/core/workbook/settings";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { rangeBoundsOfText } from "../../src/core/rules/sheet-reading";
import { planRecap } from "../../src/core/workbook/recap";
import { readRktEntries } from "../../src/core/workbook/entries";
import { budgetDifferences, differences, recapDifferences } from "./compare";
import { applyToSnapshot, random, randomSnapshot, rangeText, retype } from "./generator";

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
    let recapRows = 0;
    let recapNumbers = 0;
    let sasaranBudgets = 0;
    let budgetNumbers = 0;
    for (let i = 0; i < WORKBOOKS; i++) {
      const book = randomSnapshot(i + 1, { booleans: true });
      const capaian = planCapaian(book, BLITAR_2021, readSettings(book).settings);
      applyToSnapshot(book, capaian.plan);
      // Rekap Rapat made after Hitung Capaian, as Ekspor makes it: its formulas read the RKT
      // and Anggaran sheets.
      const settings = readSettings(book).settings;
      const entries = readRktEntries(book, BLITAR_2021);
      const recap = planRecap(book, BLITAR_2021, settings);
      applyToSnapshot(book, recap.plan);
      const computed = recalculateSnapshot(book);
      const found = differences(computed, capaian, `workbook ${i + 1}`);
      mismatches.push(...found.mismatches);
      const inRecap = recapDifferences(computed, recap, entries, `workbook ${i + 1}`);
      mismatches.push(...inRecap.mismatches);
      recapRows += inRecap.compared;
      recapNumbers += inRecap.numbers;
      const inBudget = budgetDifferences(computed, recap, `workbook ${i + 1}`);
      mismatches.push(...inBudget.mismatches);
      sasaranBudgets += inBudget.compared;
      budgetNumbers += inBudget.numbers;
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
    // Every indicator's Rekap Rapat row, and many numbers among its cells (not only blanks).
    expect(recapRows).toBe(compared);
    expect(recapNumbers).toBeGreaterThan(recapRows);
    // Its budget block: a row per sasaran the RKT sheets name, many with figures.
    expect(sasaranBudgets).toBeGreaterThanOrEqual(WORKBOOKS * 10);
    expect(budgetNumbers).toBeGreaterThan(sasaranBudgets);
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

test("Rekap Rapat follows the RKT and Anggaran sheets: cells retyped after Ekspor change its LKj columns and budget block as the core says", () => {
  const mismatches: string[] = [];
  let retyped = 0;
  let numbers = 0;
  const n = Math.min(WORKBOOKS, 300);
  for (let i = 0; i < n; i++) {
    const book = randomSnapshot(30_000 + i);
    const settings = readSettings(book).settings;
    applyToSnapshot(book, planCapaian(book, BLITAR_2021, settings).plan);
    applyToSnapshot(book, planRecap(book, BLITAR_2021, settings).plan);
    // Realisasi, quarter targets, last year's realisasi, the Renstra target, amounts typed again.
    retyped += retype(book, 40_000 + i);
    const now = planRecap(book, BLITAR_2021, settings);
    const computed = recalculateSnapshot(book);
    const found = recapDifferences(
      computed,
      now,
      readRktEntries(book, BLITAR_2021),
      `retyped ${i + 1}`
    );
    mismatches.push(...found.mismatches);
    mismatches.push(...budgetDifferences(computed, now, `retyped ${i + 1}`).mismatches);
    numbers += found.numbers;
  }
  expect(retyped).toBeGreaterThan(n * 16);
  expect(numbers).toBeGreaterThan(n * 16);
  expect({ mismatches: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({
    mismatches: 0,
    first: [],
  });
}, 300_000);

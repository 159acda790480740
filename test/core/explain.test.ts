/**
 * Each indicator's working in words is worked out from the result's own inputs with the
 * evaluation's functions: for random workbooks typed the ways staff type, the number the words
 * arrive at equals the computed capaian, in every language.
 */
import { BLITAR_2021 } from "../../src/core/decree";
import { explainCapaian, explainComparisons } from "../../src/core/rules/explain";
import { evaluate } from "../../src/core/rules/evaluate";
import type { IndicatorResult } from "../../src/core/rules/result";
import { readRktEntries } from "../../src/core/workbook/entries";
import { readSettings, ruleOptions } from "../../src/core/workbook/settings";
import { randomSnapshot } from "../differential/generator";
import { formatEnNumber, formatIdNumber } from "../../src/core/rules/number-id";

const indicator = BLITAR_2021.tables[0]!.indicators[0]!;

function evaluateOne(
  realisasi: unknown[],
  target: unknown,
  options: Parameters<typeof evaluate>[1] = {}
): IndicatorResult {
  const cell = (value: unknown) => ({ value }) as never;
  return evaluate([{ indicator, target: cell(target), realisasi: realisasi.map(cell) }], options)
    .results[0]!;
}

test("83 against 80 in TW I, rule Terakhir, in both languages", () => {
  const r = evaluateOne([83, null, null, null], 80, { reportingQuarter: 1 });
  const w = explainCapaian(r, 1);
  expect(w.capaian).toBe(103.75);
  expect(w.lines[0]).toEqual({
    id: "83 ÷ 80 × 100 = 103,75%, TW I, aturan Terakhir",
    en: "83 ÷ 80 × 100 = 103.75%, TW I, rule Terakhir",
  });
});

test("the cap is said as a step of its own", () => {
  const r = evaluateOne([83, null, null, null], 80, { reportingQuarter: 1, cap: "100" });
  const w = explainCapaian(r, 1);
  expect(w.capaian).toBe(100);
  expect(w.lines.map((l) => l.id)).toContain("Batas capaian 100%: 103,75% menjadi 100%.");
});

test("nothing typed: no number, and the words say why", () => {
  const r = evaluateOne([null, null, null, null], 80, { reportingQuarter: 2 });
  const w = explainCapaian(r, 2);
  expect(w.capaian).toBeNull();
  expect(w.lines[0]?.id).toBe("Belum ada realisasi s.d. TW II: capaian belum dihitung.");
});

test.each(Array.from({ length: 150 }, (_, i) => i + 1))(
  "random workbook %i: the working's number is the computed capaian",
  (seed) => {
    const book = randomSnapshot(seed);
    const { settings } = readSettings(book);
    const entries = readRktEntries(book, BLITAR_2021).map((e) => e.entry);
    const { results } = evaluate(entries, ruleOptions(settings, BLITAR_2021));
    for (const r of results) {
      const w = explainCapaian(r, settings.reportingQuarter);
      expect(w.capaian).toBe(r.capaianRounded);
      expect(w.lines.length).toBeGreaterThan(0);
      if (w.capaian !== null && r.formula !== "rangeInside" && r.formula !== "gradeBinary") {
        // The figure the words arrive at (after the cap, its own line) is the one the pane shows.
        const last = r.capaian === r.capaianUncapped ? w.lines[0]! : w.lines[w.lines.length - 1]!;
        expect(last.id).toContain(`${formatIdNumber(w.capaian, 2)}%`);
        expect(last.en).toContain(`${formatEnNumber(w.capaian, 2)}%`);
      }
    }
  }
);

test("the rencana aksi and LKj lines carry the sheet's figures, and appear only where it shows one", () => {
  const seen = { tw: 0, twCek: 0, lastYear: 0, renstra: 0 };
  for (let seed = 1; seed <= 150; seed++) {
    const book = randomSnapshot(seed);
    const { settings } = readSettings(book);
    const entries = readRktEntries(book, BLITAR_2021).map((e) => e.entry);
    const { results } = evaluate(entries, ruleOptions(settings, BLITAR_2021));
    for (const r of results) {
      const lines = explainComparisons(r, settings.reportingQuarter).map((l) => l.id);
      const tw = lines.filter((l) => l.startsWith("Rencana aksi"));
      if (r.cekIsianTw !== null) {
        expect(tw).toEqual([expect.stringContaining("cek isian")]);
        seen.twCek++;
      } else if (r.targetTw !== null && r.capaianTwRounded !== null) {
        expect(tw).toHaveLength(1);
        expect(tw[0]).toContain(`capaian ${formatIdNumber(r.capaianTwRounded, 2)}%`);
        if (r.kategoriTw !== null) expect(tw[0]).toContain(`(${r.kategoriTw.label.id})`);
        seen.tw++;
      } else expect(tw).toEqual([]);
      const last = lines.filter((l) => l.startsWith("Dibanding tahun lalu"));
      if (!r.cekIsianLkj.perubahan && r.perubahan !== null && r.realisasiTahunLalu !== null) {
        expect(last).toHaveLength(1);
        expect(last[0]).toContain(formatIdNumber(Math.abs(r.perubahan), 2));
        seen.lastYear++;
      } else expect(last).toEqual([]);
      const renstra = lines.filter((l) => l.startsWith("Terhadap Target Renstra"));
      if (!r.cekIsianLkj.capaianRenstra && r.capaianRenstraRounded !== null) {
        expect(renstra).toEqual([
          expect.stringContaining(`capaian ${formatIdNumber(r.capaianRenstraRounded, 2)}%`),
        ]);
        seen.renstra++;
      } else if (!r.cekIsianLkj.capaianRenstra) expect(renstra).toEqual([]);
    }
  }
  // The random workbooks reach every kind of line.
  expect(seen.tw).toBeGreaterThan(0);
  expect(seen.twCek).toBeGreaterThan(0);
  expect(seen.lastYear).toBeGreaterThan(0);
  expect(seen.renstra).toBeGreaterThan(0);
});

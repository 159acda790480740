/**
 * The consolidation workbook's formulas, computed by the in-process engine, give the model's
 * figures: each office's capaian per indicator, its average, tercapai count and rank, and the
 * offices per kategori; files that could not be read are listed.
 */
import fc from "fast-check";
import {
  consolidate,
  kategoriLabels,
  type OfficeIndicator,
  type OfficeResult,
} from "../../../src/core/consolidate/model";
import { GABUNG_SHEETS, planConsolidation } from "../../../src/core/consolidate/plan";
import { cellAt, type WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { recalculateSnapshot } from "../../../src/engine/snapshot";
import { XlsxFile } from "../../../src/xlsx/file";
import { readWorkbook } from "../../../src/xlsx/read";

const KATEGORI = (c: number) => (c >= 100 ? "Sangat Baik" : c >= 75 ? "Baik" : "Kurang");

async function computed(c: ReturnType<typeof consolidate>): Promise<WorkbookSnapshot> {
  const file = XlsxFile.blank();
  const report = file.apply(planConsolidation(c, "Gabungan Uji"));
  expect(report.leftOut).toEqual([]);
  return recalculateSnapshot(readWorkbook(await file.workbook()));
}

const sheetOf = (book: WorkbookSnapshot, name: string) => book.sheets.find((s) => s.name === name)!;

const officeArb = (i: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 })
    .chain((codes) =>
      fc.tuple(
        ...codes.map((k) =>
          fc
            .option(
              fc.oneof(
                fc.integer({ min: 0, max: 15000 }).map((x) => x / 100),
                // Exact figures on the edges (100 is tercapai, and 99.996 that shows as 100,00%)
                // and shared ones (ties in rank).
                fc.constantFrom(100, 99.99, 99.996, 99.994, 75, 120)
              ),
              { nil: null }
            )
            .map((capaian): OfficeIndicator => ({
              kode: `iku-${k}`,
              text: `Indikator ${k}`,
              sasaran: "S",
              capaian,
              kategori: capaian === null ? null : KATEGORI(capaian),
              missing: capaian === null ? [1] : [],
              errors: [],
            }))
        )
      )
    )
    .map((indicators): OfficeResult => ({
      office: `Kantor ${i}`,
      source: `k${i}.xlsx`,
      indicators,
    }));

test("property: the sheet's formulas equal the model, office by office", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc
        .integer({ min: 1, max: 6 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => officeArb(i)))),
      fc.constantFrom("average" as const, "tercapai" as const),
      async (offices, rank) => {
        const c = consolidate(offices, [{ source: "rusak.xlsx", reason: "bukan .xlsx" }], { rank });
        const book = await computed(c);
        const rekap = sheetOf(book, GABUNG_SHEETS.rekap);
        c.offices.forEach((o, i) => {
          const r = 4 + i;
          expect(cellAt(rekap, r, 1)).toBe(o.office);
          expect(cellAt(rekap, r, 0)).toBe(o.rank);
          const avg = cellAt(rekap, r, 2);
          if (o.average === null) expect(avg).toBe("");
          else expect(avg as number).toBeCloseTo(o.average / 100, 12);
          expect(cellAt(rekap, r, 3)).toBe(o.tercapai);
          c.indicators.forEach((_, k) => {
            const v = cellAt(rekap, r, 4 + k);
            const want = o.capaian[k];
            if (want === undefined) expect(v).toBe("");
            else if (want === null) expect(v).toBe("-");
            else expect(v as number).toBeCloseTo(want / 100, 12);
          });
        });
        const sebaran = sheetOf(book, GABUNG_SHEETS.sebaran);
        const labels = kategoriLabels(c.spread);
        labels.forEach((label, k) => expect(cellAt(sebaran, 3, 1 + k)).toBe(label));
        c.spread.forEach((s, i) => {
          labels.forEach((label, k) => {
            const want = s.byKategori.find(([l]) => l === label)?.[1] ?? 0;
            expect(cellAt(sebaran, 4 + i, 1 + k)).toBe(want);
          });
        });
        // Kantor Dihitung, Minimum, Median, Maksimum: live formulas equal to the model's spread.
        const at = labels.length + 2;
        c.spread.forEach((s, i) => {
          expect(cellAt(sebaran, 4 + i, at)).toBe(s.counted);
          [s.min, s.median, s.max].forEach((want, k) => {
            const v = cellAt(sebaran, 4 + i, at + 1 + k);
            if (want === null) expect(v).toBe("");
            else expect(v as number).toBeCloseTo(want / 100, 12);
          });
        });
        // Peringkat: every office once, in rank order, with its Rekap Satker figures.
        const peringkat = sheetOf(book, GABUNG_SHEETS.peringkat);
        const ranked = [...c.offices].sort((a, b) => a.rank - b.rank);
        ranked.forEach((o, i) => {
          expect(cellAt(peringkat, 4 + i, 0)).toBe(o.rank);
          expect(cellAt(peringkat, 4 + i, 1)).toBe(o.office);
          expect(cellAt(peringkat, 4 + i, 3)).toBe(o.tercapai);
          expect(cellAt(peringkat, 4 + i, 4)).toBe(o.counted);
          const avg = cellAt(peringkat, 4 + i, 2);
          if (o.average === null) expect(avg).toBe("");
          else expect(avg as number).toBeCloseTo(o.average / 100, 12);
        });
        const gagal = sheetOf(book, GABUNG_SHEETS.gagal);
        expect(cellAt(gagal, 4, 0)).toBe("rusak.xlsx");
      }
    ),
    { numRuns: 25 }
  );
}, 120_000);

test("the Sebaran sheet has its chart, and the rule is stated above the ranking", async () => {
  const one = (office: string, capaian: number): OfficeResult => ({
    office,
    source: `${office}.xlsx`,
    indicators: [
      {
        kode: "iku-1",
        text: "I",
        sasaran: "S",
        capaian,
        kategori: KATEGORI(capaian),
        missing: [],
        errors: [],
      },
    ],
  });
  const c = consolidate([one("A", 90), one("B", 110)], [], { rank: "tercapai" });
  const file = XlsxFile.blank();
  file.apply(planConsolidation(c, "Gabungan Uji"));
  expect(file.charts().get(GABUNG_SHEETS.sebaran)).toEqual(["Kinerja_Gabung_Sebaran"]);
  const book = readWorkbook(await file.workbook());
  const rekap = sheetOf(book, GABUNG_SHEETS.rekap);
  expect(String(cellAt(rekap, 1, 0))).toMatch(/peringkat menurut jumlah indikator tercapai/);
  const peringkat = sheetOf(book, GABUNG_SHEETS.peringkat);
  expect(String(cellAt(peringkat, 1, 0))).toMatch(
    /peringkat menurut jumlah indikator tercapai, lalu rata-rata capaian.*1, 2, 2, 4/
  );
  expect(book.sheets.map((s) => s.name)).not.toContain(GABUNG_SHEETS.gagal);
});

test("an average whose 15-digit text is below itself still ranks first (no text criterion)", async () => {
  // 1.0024671389216844 as text is "1.00246713892168": a ">"&C5 criterion counts the office
  // above itself.
  const capaian = [44.27, 66.53, 90.72, 63.31, 50.01, 62.56, 325.8333333333333, 99.48051948051948];
  const office = (name: string, values: number[]): OfficeResult => ({
    office: name,
    source: `${name}.xlsx`,
    indicators: values.map((v, k) => ({
      kode: `iku-${k}`,
      text: `Indikator ${k}`,
      sasaran: "S",
      capaian: v,
      kategori: KATEGORI(v),
      missing: [],
      errors: [],
    })),
  });
  const c = consolidate([office("A", [...capaian, 100, 100, 100]), office("B", [50])], [], {
    rank: "average",
  });
  expect(c.offices.map((o) => o.rank)).toEqual([1, 2]);
  const rekap = sheetOf(await computed(c), GABUNG_SHEETS.rekap);
  expect(cellAt(rekap, 4, 2)).toBe(1.0024671389216844);
  expect([cellAt(rekap, 4, 0), cellAt(rekap, 5, 0)]).toEqual([1, 2]);
});

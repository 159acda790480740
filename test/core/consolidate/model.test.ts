import fc from "fast-check";
import {
  consolidate,
  kategoriLabels,
  median,
  reportedFigures,
  type OfficeIndicator,
  type OfficeResult,
} from "../../../src/core/consolidate/model";
import { REACHED_AT } from "../../../src/core/rules/summary";

const ind = (kode: string, capaian: number | null, more: Partial<OfficeIndicator> = {}) => ({
  kode,
  text: `Persentase ${kode}`,
  sasaran: "Meningkatnya kualitas",
  capaian,
  kategori: capaian === null ? null : capaian >= 100 ? "Sangat Baik" : "Baik",
  missing: [] as OfficeIndicator["missing"],
  errors: [],
  ...more,
});

const office = (name: string, indicators: OfficeIndicator[]): OfficeResult => ({
  office: name,
  source: `${name}.xlsx`,
  indicators,
});

test("indicators match by code, else by text with the decree's spelling tolerance", () => {
  const c = consolidate(
    [
      office("A", [ind("iku-1", 100), ind("iku-2", 80)]),
      // Another decree: other codes, the same indicator spelled "Presentase".
      office("B", [
        ind("kpu-x", 90, { text: "Presentase  IKU-2" }),
        ind("kpu-y", 50, { text: "Indikator lain" }),
      ]),
    ],
    [],
    { rank: "average" }
  );
  expect(c.indicators.map((m) => [m.key, m.offices])).toEqual([
    ["iku-1", 1],
    ["iku-2", 2],
    ["kpu-y", 1],
  ]);
  const b = c.offices[1]!;
  expect(b.capaian).toEqual([undefined, 90, 50]);
  expect(b.ownOnly).toEqual(["kpu-y"]);
  expect(c.offices[0]!.ownOnly).toEqual(["iku-1"]);
});

test("late quarters, errors, averages and tercapai per office", () => {
  const c = consolidate(
    [
      office("A", [
        ind("iku-1", 120, { missing: [2] }),
        ind("iku-2", null, {
          missing: [1, 2],
          errors: [{ sheet: "RKT KPU", cell: "M6", message: "Realisasi TW I tanggal" }],
        }),
        ind("iku-3", 90),
      ]),
    ],
    [{ source: "rusak.xlsx", reason: "Berkas tidak dapat dibaca" }],
    { rank: "average" }
  );
  const a = c.offices[0]!;
  expect(a.late).toEqual(["iku-1 TW II", "iku-2 TW I", "iku-2 TW II"]);
  // The same quarters as values, for what counts them (the PDF's offices per quarter).
  expect(a.missing).toEqual([
    { kode: "iku-1", quarter: 2 },
    { kode: "iku-2", quarter: 1 },
    { kode: "iku-2", quarter: 2 },
  ]);
  expect(a.errors).toEqual(["iku-2: Realisasi TW I tanggal"]);
  expect(a.findings).toEqual([
    { kode: "iku-2", sheet: "RKT KPU", cell: "M6", message: "Realisasi TW I tanggal" },
  ]);
  expect(a.average).toBe(105);
  expect([a.counted, a.tercapai]).toEqual([2, 1]);
  expect(c.unreadable).toEqual([{ source: "rusak.xlsx", reason: "Berkas tidak dapat dibaca" }]);
});

test("ranking: competition ranks under the stated rule; offices without capaian last", () => {
  const offices = [
    office("A", [ind("i", 100), ind("j", 100)]),
    office("B", [ind("i", 150), ind("j", 50)]),
    office("C", [ind("i", 120), ind("j", 120)]),
    office("D", [ind("i", null), ind("j", null)]),
  ];
  const byAverage = consolidate(offices, [], { rank: "average" });
  expect(byAverage.offices.map((o) => [o.office, o.rank])).toEqual([
    ["A", 2],
    ["B", 3],
    ["C", 1],
    ["D", 4],
  ]);
  expect(byAverage.rule).toBe("average");
  // The same figures share a rank, and the next rank skips.
  const tied = consolidate([...offices, office("E", [ind("i", 100), ind("j", 100)])], [], {
    rank: "average",
  });
  expect(tied.offices.map((o) => o.rank)).toEqual([2, 4, 1, 5, 2]);
  const byTercapai = consolidate(offices, [], { rank: "tercapai" });
  expect(byTercapai.offices.map((o) => [o.office, o.rank])).toEqual([
    ["A", 2],
    ["B", 3],
    ["C", 1],
    ["D", 4],
  ]);
});

test("the spread per indicator: min, median, max and offices per kategori", () => {
  const c = consolidate(
    [office("A", [ind("i", 80)]), office("B", [ind("i", 120)]), office("C", [ind("i", 95)])],
    [],
    { rank: "average" }
  );
  expect(c.spread).toEqual([
    {
      key: "i",
      min: 80,
      median: 95,
      max: 120,
      counted: 3,
      byKategori: [
        ["Baik", 2],
        ["Sangat Baik", 1],
      ],
    },
  ]);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNull();
});

test("property: every office's figures are its own indicators' figures, nothing dropped", () => {
  const capaian = fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null });
  const officeArb = fc
    .uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 12 })
    .chain((codes) => fc.tuple(...codes.map((c) => capaian.map((v) => ind(`iku-${c}`, v)))));
  fc.assert(
    fc.property(fc.array(officeArb, { minLength: 1, maxLength: 6 }), (lists) => {
      const results = lists.map((l, i) => office(`O${i}`, l));
      const c = consolidate(results, [], { rank: "average" });
      results.forEach((r, i) => {
        const row = c.offices[i]!;
        const mine = r.indicators.map((x) => x.capaian).filter((v): v is number => v !== null);
        expect(row.counted).toBe(mine.length);
        if (mine.length > 0)
          expect(row.average).toBeCloseTo(mine.reduce((s, v) => s + v, 0) / mine.length, 9);
        else expect(row.average).toBeNull();
        // Each indicator of the office is in the table with its capaian.
        for (const x of r.indicators) {
          const k = c.indicators.findIndex((m) => m.key === x.kode);
          expect(row.capaian[k]).toBe(x.capaian);
        }
        expect(row.rank).toBeGreaterThanOrEqual(1);
        expect(row.rank).toBeLessThanOrEqual(results.length);
      });
      expect(c.indicators.length).toBe(
        new Set(results.flatMap((r) => r.indicators.map((x) => x.kode))).size
      );
    })
  );
});

test("kategori labels best first as their scale orders them; unknown labels last", () => {
  const spread = (labels: string[]) =>
    labels.map((k) => ({
      key: k,
      min: null,
      median: null,
      max: null,
      counted: 0,
      byKategori: [[k, 1]] as [string, number][],
    }));
  expect(kategoriLabels(spread(["Cukup", "lain", "Sangat Kurang", "Sangat Baik", "Baik"]))).toEqual(
    ["Sangat Baik", "Baik", "Cukup", "Sangat Kurang", "lain"]
  );
  expect(kategoriLabels(spread(["Tidak Berhasil", "Berhasil"]))).toEqual([
    "Berhasil",
    "Tidak Berhasil",
  ]);
});

test("offices whose names differ only in case stay apart, as the sheet's lookups compare names", () => {
  const c = consolidate(
    [
      { ...office("KPU Kota Blitar", [ind("iku-1", 55)]), source: "a/rekap.xlsx" },
      { ...office("KPU KOTA BLITAR", [ind("iku-1", 115)]), source: "b/rekap.xlsx" },
      { ...office("kpu kota blitar", [ind("iku-1", 90)]), source: "b/rekap.xlsx" },
    ],
    [],
    { rank: "average" }
  );
  const names = c.offices.map((o) => o.office.toLowerCase());
  expect(new Set(names).size).toBe(3);
  expect(c.offices.map((o) => o.office)).toEqual([
    "KPU Kota Blitar",
    "KPU KOTA BLITAR (rekap.xlsx)",
    "kpu kota blitar (b/rekap.xlsx)",
  ]);
});

test("tercapai counts what shows as 100,00%, as a single office's summary counts it", () => {
  const c = consolidate(
    [office("A", [ind("i", 99.996), ind("j", 99.994), ind("k", 100), ind("l", 99.99)])],
    [],
    { rank: "average" }
  );
  const a = c.offices[0]!;
  // 99.996 is reported as 100 (two decimals) and is tercapai; 99.994 shows as 99.99 and is not.
  expect(reportedFigures(a).capaian).toEqual([100, 99.99, 100, 99.99]);
  const shownAt100 = reportedFigures(a).capaian.filter((v) => typeof v === "number" && v >= 100);
  expect(a.tercapai).toBe(shownAt100.length);
  expect(a.tercapai).toBe(a.capaian.filter((v) => (v as number) >= REACHED_AT).length);
});

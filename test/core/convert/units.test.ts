/**
 * Target and realisasi in the same units, whatever style the table was typed in: a property
 * test generates tables of percents typed with "%", percent-formatted fractions, plain numbers
 * under a "Persentase" indicator or a "(%)" header, fractions under a percent-formatted target,
 * plain numbers beside a percent-formatted target (two units in one row), "Nilai" and "Indeks"
 * numbers, counts with a unit word; Convert's template must give every quarter the ratio
 * realisasi/target the table meant. Then the readers, case by case.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { planConvert } from "../../../src/core/workbook/convert";
import { readCell, percentScale, writtenValue } from "../../../src/core/workbook/convert/units";
import { findRktTables } from "../../../src/core/workbook/entries";
import { QUARTER_KEYS } from "../../../src/core/workbook/layout";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { cellAt } from "../../../src/core/workbook/snapshot";
import { snapshotOf, workbookOf, type Typed } from "./fixtures/sheet";

const STYLES = [
  "percentText",
  "percentFormat",
  "pointsGeneral",
  "fractionGeneral",
  "fractionUnderFormat",
  "pointsUnderFormat",
  "nilai",
  "indexText",
  "count",
] as const;
type Style = (typeof STYLES)[number];

interface Row {
  style: Style;
  /** The target as meant (percent points for percents). */
  target: number;
  /** Realisasi per quarter as meant, null where not typed. */
  quarters: (number | null)[];
  /** Last year's realisasi as meant, or null. */
  lastYear: number | null;
}

const id = (n: number): string => String(n).replace(".", ",");
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A cell as the style types it; `target` tells the target from a realisasi. */
function typed(style: Style, v: number, target: boolean): Typed {
  switch (style) {
    case "percentText":
      return `${id(v)}%`;
    case "percentFormat":
      return { v: v / 100, fmt: "0.0%" };
    case "pointsGeneral":
      return v;
    case "fractionGeneral":
      return v / 100;
    case "fractionUnderFormat":
      return target ? { v: v / 100, fmt: "0%" } : v / 100;
    case "pointsUnderFormat":
      return target ? { v: v / 100, fmt: "0%" } : v;
    case "nilai":
      return v;
    case "indexText":
      return id(v);
    case "count":
      return target ? `${v} Lap` : v;
  }
}

const TEXT: Record<Style, string> = {
  percentText: "Layanan tepat waktu",
  percentFormat: "Dokumen diarsipkan tepat waktu",
  pointsGeneral: "Persentase pemilih terlayani",
  fractionGeneral: "Persentase laporan tepat waktu",
  fractionUnderFormat: "Ketepatan waktu laporan",
  pointsUnderFormat: "Ketepatan waktu pembayaran",
  nilai: "Nilai kualitas pengelolaan data",
  indexText: "Indeks kepuasan masyarakat",
  count: "Jumlah laporan keuangan",
};

const row: fc.Arbitrary<Row> = fc
  .record({
    style: fc.constantFrom(...STYLES),
    target: fc.integer({ min: 1, max: 10000 }).map((n) => n / 100),
    // Ratios realisasi/target between 0,12 and 8: the range every style reads unambiguously.
    ratios: fc.array(
      fc.option(
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: 12, max: 800 }).map((n) => n / 100)
        ),
        { nil: null }
      ),
      { minLength: 5, maxLength: 5 }
    ),
  })
  .map(({ style, target, ratios }) => {
    const t = style === "count" ? Math.max(1, Math.round(target)) : target;
    const values = ratios.map((q) =>
      q === null ? null : style === "count" ? Math.round(t * q) : round2(t * q)
    );
    return { style, target: t, quarters: values.slice(0, 4), lastYear: values[4] ?? null };
  })
  .filter((r) => r.quarters.some((q) => q !== null && q > 0))
  // Rounding to two decimals can push a small value's ratio out of the band (0,01 / 0,11):
  // keep only rows whose written ratios are still inside it.
  .filter((r) =>
    [...r.quarters, r.lastYear].every(
      (q) => q === null || q === 0 || (q / r.target >= 0.1 && q / r.target <= 10)
    )
  );

/** The table: one header, one row per indicator; `header` puts "(%)" on the value columns. */
function table(rows: Row[], header: boolean): ExcelJS.Workbook {
  const pct = header ? " (%)" : "";
  return workbookOf({
    name: "LKj",
    rows: [
      [
        "No",
        "Sasaran Strategis",
        "Indikator Kinerja",
        `Target${pct}`,
        ...["I", "II", "III", "IV"].map((q) => `Realisasi TW ${q}${pct}`),
        `Realisasi Tahun Lalu${pct}`,
      ],
      ...rows.map((r, i) => [
        i + 1,
        "Meningkatnya kualitas layanan",
        `${TEXT[r.style]} ${i + 1}`,
        typed(r.style, r.target, true),
        ...[...r.quarters, r.lastYear].map((q) => (q === null ? null : typed(r.style, q, false))),
      ]),
    ],
  });
}

/** Target and quarters as the converted template holds them. */
function written(wb: ExcelJS.Workbook): { target: unknown; quarters: unknown[] }[] {
  const book = readWorkbook(wb);
  const [t] = findRktTables(book);
  if (t === undefined) throw new Error("no RKT table");
  const at = (row: number, key: keyof typeof t.columns) =>
    cellAt(t.sheet, row, t.columns[key] as number);
  return Array.from({ length: t.rows }, (_, i) => {
    const r = t.headerRow + 1 + i;
    return { target: at(r, "target"), quarters: QUARTER_KEYS.map((k) => at(r, k)) };
  });
}

function convertAndRead(wb: ExcelJS.Workbook) {
  const result = planConvert(snapshotOf(wb), "LKj");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  applyPlan(wb, result.plan);
  return { result, cells: written(wb) };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe("Convert keeps realisasi/target as the table meant it, in every style", () => {
  it("for mixed tables: every quarter's ratio survives, and target and realisasi share one unit", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const { cells, result } = convertAndRead(table(rows, false));
        rows.forEach((r, i) => {
          const c = cells[i];
          expect(typeof c?.target).toBe("number");
          r.quarters.forEach((q, n) => {
            if (q === null) return;
            const w = c?.quarters[n];
            expect(typeof w).toBe("number");
            expect(close((w as number) / (c?.target as number), q / r.target)).toBe(true);
          });
          // Last year's value, reported in the same units.
          const last = result.report.tables[0]?.indicators[i]?.values.find(
            (v) => v.column === "lastYear"
          );
          if (r.lastYear === null) expect(last).toBeUndefined();
          else
            expect(
              close((last?.written as number) / (c?.target as number), r.lastYear / r.target)
            ).toBe(true);
        });
      }),
      { numRuns: 150 }
    );
  });

  it('for tables whose header says "(%)": plain numbers are percent points', () => {
    const points = row.map((r) => ({ ...r, style: "pointsGeneral" as const }));
    fc.assert(
      fc.property(fc.array(points, { minLength: 1, maxLength: 4 }), (rows) => {
        const { cells } = convertAndRead(table(rows, true));
        rows.forEach((r, i) => {
          // Fractions of a percent-formatted cell: 80 % is 0,8.
          expect(close(cells[i]?.target as number, r.target / 100)).toBe(true);
          r.quarters.forEach((q, n) => {
            if (q !== null) expect(close(cells[i]?.quarters[n] as number, q / 100)).toBe(true);
          });
        });
      }),
      { numRuns: 40 }
    );
  });
});

describe("the issue's tables", () => {
  it('"Nilai ..." 70 and 85, no % anywhere: numbers, not 70 % beside 8.500 %', () => {
    const wb = workbookOf({
      name: "LKj",
      rows: [
        ["Kode", "Indikator Kinerja", "Target", "Realisasi"],
        ["8a-N", "Nilai Kualitas Pengelolaan Data Pelaksanaan Anggaran", 70, 85],
      ],
    });
    const { result, cells } = convertAndRead(wb);
    expect(result.decree.tables[0]?.indicators[0]?.kind).toBe("index");
    expect(cells[0]).toEqual({ target: 70, quarters: [null, null, null, 85] });
    expect(result.report.lines.map((l) => l.en)).toContain(
      'Row 2: Jenis "Indeks" (from the indicator\'s text), Satuan "Indeks", Arah "Naik" (the default). If wrong, pick the right one in the template\'s Jenis/Satuan/Arah columns.'
    );
  });

  it('"2 Lap" and "11 Lap": counts of Lap, the realisasi written as numbers', () => {
    const wb = workbookOf({
      name: "LKj",
      rows: [
        ["Indikator Kinerja Utama", "Target", "Realisasi"],
        ["Jumlah laporan sistem akuntansi dan pelaporan keuangan", "2 Lap", "2 Lap"],
        ["Jumlah KPU yang menyampaikan laporan tepat waktu", "11 Lap", "11 Lap"],
      ],
    });
    const { result, cells } = convertAndRead(wb);
    expect(result.decree.tables[0]?.indicators.map((i) => [i.kind, i.target])).toEqual([
      ["count", { kind: "count", value: 2, unit: "Lap", text: "2 Lap" }],
      ["count", { kind: "count", value: 11, unit: "Lap", text: "11 Lap" }],
    ]);
    expect(cells.map((c) => c.quarters[3])).toEqual([2, 11]);
    const r = result.report.tables[0]?.indicators[1];
    expect(r).toMatchObject({
      kind: "count",
      kindFrom: "target",
      kindEvidence: "unit",
      unit: "Lap",
    });
    expect(r?.values).toEqual([
      { column: "target", cell: "B3", typed: "11 Lap", written: 11, read: 11, as: "unit" },
      { column: "tw4", cell: "C3", typed: "11 Lap", written: 11, read: 11, as: "unit" },
    ]);
    expect(result.report.lines.map((l) => l.id)).toContain(
      'Baris 3: target dan realisasi ditulis dalam satuan yang sama: B3 "11 Lap" → 11; C3 "11 Lap" → 11.'
    );
  });

  it("a percent-formatted target 0,8 beside a General realisasi 85: both fractions, 85 %", () => {
    const wb = workbookOf({
      name: "LKj",
      rows: [
        ["Indikator Kinerja", "Target", "Realisasi"],
        ["Ketepatan waktu laporan", { v: 0.8, fmt: "0%" }, 85],
      ],
    });
    const { result, cells } = convertAndRead(wb);
    expect(cells[0]).toEqual({ target: 0.8, quarters: [null, null, null, 0.85] });
    expect(result.report.tables[0]?.indicators[0]).toMatchObject({
      kind: "percent",
      kindFrom: "target",
      kindEvidence: "percentFormat",
      kindCell: "B2",
    });
  });

  it("last year's value is read in the same units as this year's", () => {
    const wb = workbookOf({
      name: "LKj",
      rows: [
        ["Indikator Kinerja", "Target 2022", "Realisasi 2021", "Realisasi 2022"],
        ["Persentase pemilih terlayani", "80%", 75, 82],
      ],
    });
    const { result, cells } = convertAndRead(wb);
    expect(cells[0]?.quarters[3]).toBe(0.82);
    expect(result.report.tables[0]?.indicators[0]).toMatchObject({
      lastYear: 75,
      lastYearValue: 75,
    });
  });
});

describe("readers", () => {
  it.each([
    ["83%", { type: "number", value: 83, percent: "sign", text: true }],
    ["83,5 persen", { type: "number", value: 83.5, percent: "sign", text: true }],
    ["74,05", { type: "number", value: 74.05, text: true }],
    ["2 Lap", { type: "number", value: 2, unit: "Lap", text: true }],
    ["100 orang", { type: "number", value: 100, unit: "orang", text: true }],
    ["Wajar Tanpa Pengecualian", { type: "code", code: "WTP" }],
    ["BB", { type: "code", code: "BB" }],
    ["-", { type: "blank" }],
    ["belum ada data", { type: "blank" }],
    ["1.000", { type: "other" }],
    ["#N/A", { type: "other" }],
    ["80 s.d. 90", { type: "other" }],
  ])("%s", (value, reading) =>
    expect(readCell({ value, numberFormat: "General" })).toEqual(reading)
  );

  it("takes the scale that puts the realisasi nearer the target", () => {
    expect(percentScale([85], 0.8, "fraction")).toBe("points");
    expect(percentScale([0.85], 0.8, "points")).toBe("fraction");
    expect(percentScale([], 0.8, "points")).toBe("points");
    expect(percentScale([0], 0.8, "fraction")).toBe("fraction");
    expect(percentScale([85], undefined, "fraction")).toBe("fraction");
  });

  it("writes each kind in its units, and keeps what the kind cannot read as typed", () => {
    const w = (v: string | number, kind: Parameters<typeof writtenValue>[2], fmt = "General") =>
      writtenValue(v, readCell({ value: v, numberFormat: fmt }), kind, "points").value;
    expect(w("85%", "percent")).toBe(0.85);
    expect(w(85, "percent")).toBe(0.85);
    expect(w(0.85, "percent", "0%")).toBe(0.85);
    expect(w("2 Lap", "count")).toBe(2);
    expect(w("2 Lap", "percent")).toBe("2 Lap");
    expect(w("74,05", "index")).toBe(74.05);
    expect(w(0.7405, "index", "0.00%")).toBe(74.05);
    expect(w("Wajar Tanpa Pengecualian", "opinion")).toBe("WTP");
    expect(w("WTP", "grade")).toBe("WTP");
    expect(w("belum", "percent")).toBe("belum");
  });
});

/**
 * An LKj-style table with budget columns: Convert carries the indicators to the RKT sheet and
 * the budget to the Anggaran sheet — per sasaran and program, an amount repeated on each
 * indicator row of a sasaran counted once, text amounts read as rupiah, an amount it cannot
 * read written as typed and named in the report — and says which cell gave what.
 */
import fc from "fast-check";
import { planConvert, type ConvertResult } from "../../../src/core/workbook/convert";
import { isBudgetHeader } from "../../../src/core/workbook/convert/build";
import { budgetMeaningOf, columnMeaning } from "../../../src/core/workbook/convert/columns";
import {
  ANGGARAN_COLUMNS,
  type AnggaranColumnKey,
} from "../../../src/core/workbook/anggaran/layout";
import type { Scalar } from "../../../src/core/workbook/plan";
import { pct, snapshotOf, workbookOf, type SheetSpec, type Typed } from "./fixtures/sheet";

type Ok = Extract<ConvertResult, { ok: true }>;

function convert(spec: SheetSpec): Ok {
  const result = planConvert(snapshotOf(workbookOf(spec)), spec.name, { year: 2021 });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

/** The Anggaran rows the plan writes that name a program or an amount, as objects. */
function anggaran(result: Ok): Partial<Record<AnggaranColumnKey, Scalar>>[] {
  const op = result.plan.ops.find(
    (o) => o.op === "write" && o.sheet === "Anggaran" && o.values?.[0]?.[0] === "No"
  );
  if (op === undefined || op.op !== "write" || op.values === undefined) throw new Error("none");
  return op.values
    .slice(1)
    .map((row) => {
      const out: Partial<Record<AnggaranColumnKey, Scalar>> = {};
      ANGGARAN_COLUMNS.forEach((c, i) => {
        const v = row[i];
        if (v !== "" && v !== null && v !== undefined && c.key !== "no") out[c.key] = v;
      });
      return out;
    })
    .filter((r) => Object.keys(r).length > 0);
}

const lines = (r: Ok) => r.report.lines.map((l) => l.en);

test("budget columns are carried to the Anggaran sheet per program; the template keeps its sheets", () => {
  const result = convert({
    name: "LKj 2021",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Target",
        "Realisasi",
        "Program/Kegiatan",
        "Pagu Anggaran",
        "Realisasi Anggaran",
      ],
      [
        1,
        "Persentase laporan keuangan tepat waktu",
        pct(1),
        pct(1),
        "Program Dukungan Manajemen",
        150_000_000,
        140_000_000,
      ],
      [
        2,
        "Persentase keputusan",
        pct(0.8),
        pct(0.7),
        "Program Penyelenggaraan Pemilu",
        90_000_000,
        45_000_000,
      ],
    ],
  });
  const table = result.report.tables[0]!;
  expect(table.columns.map((c) => [c.header, c.meaning, c.status])).toEqual(
    expect.arrayContaining([
      ["Program/Kegiatan", "program", "used"],
      ["Pagu Anggaran", "pagu", "used"],
      ["Realisasi Anggaran", "realisasiAnggaran", "used"],
    ])
  );
  // The indicators' realisasi is still the Realisasi column, not the budget's.
  expect(result.carried.get(`${result.decree.tables[0]!.id}-2`)?.tw4).toBe(0.7);
  const sasaran = result.decree.tables[0]!.indicators[0]!.sasaran;
  expect(anggaran(result)).toEqual([
    { program: "Program Dukungan Manajemen", sasaran, pagu: 150_000_000, atw4: 140_000_000 },
    { program: "Program Penyelenggaraan Pemilu", sasaran, pagu: 90_000_000, atw4: 45_000_000 },
  ]);
  expect(table.budget.map((b) => b.amounts.map((a) => [a.column, a.cell, a.as]))).toEqual([
    [
      ["pagu", "F2", "number"],
      ["atw4", "G2", "number"],
    ],
    [
      ["pagu", "F3", "number"],
      ["atw4", "G3", "number"],
    ],
  ]);
  expect(lines(result)).toContain(
    'Anggaran sheet, the row of sasaran "' +
      sasaran +
      '", programme "Program Dukungan Manajemen": Pagu Anggaran 150,000,000 (F2); Realisasi Anggaran TW IV 140,000,000 (G2).'
  );
  expect(lines(result).some((l) => l.includes("single Realisasi Anggaran column (G)"))).toBe(true);
  const sheets = result.plan.ops.flatMap((o) => (o.op === "addSheet" ? [o.sheet] : []));
  expect(sheets).toEqual(expect.arrayContaining(["Anggaran", "Perjanjian Kinerja"]));
});

/** An LKj table: two sasaran of two and three indicators, the budget typed in `style`. */
function lkj(budget: (group: number, i: number) => [Typed, Typed], merges: string[] = []) {
  const header = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "Pagu Anggaran (Rp)",
    "Realisasi Anggaran (Rp)",
  ];
  const groups = [
    [
      "Meningkatnya kualitas layanan",
      ["Persentase layanan tepat waktu", "Indeks kepuasan masyarakat"],
    ],
    [
      "Terwujudnya tata kelola",
      ["Persentase laporan tepat waktu", "Jumlah dokumen", "Nilai SAKIP"],
    ],
  ] as const;
  const rows: Typed[][] = [header];
  groups.forEach(([sasaran, inds], g) =>
    inds.forEach((text, i) =>
      rows.push([rows.length, i === 0 ? sasaran : null, text, 80, 85, ...budget(g, i)])
    )
  );
  return convert({ name: "LKj", rows, merges });
}

test("an amount repeated on every indicator row of a sasaran is counted once, and the report says so", () => {
  const result = lkj((g) => (g === 0 ? [200_000_000, 150_000_000] : [100_000_000, 90_000_000]));
  expect(anggaran(result)).toEqual([
    { sasaran: "Meningkatnya kualitas layanan", pagu: 200_000_000, atw4: 150_000_000 },
    { sasaran: "Terwujudnya tata kelola", pagu: 100_000_000, atw4: 90_000_000 },
  ]);
  expect(lines(result)).toContain(
    "Row 3: the budget amounts (F3, G3) repeat F2, G2 of the same sasaran and programme; counted once."
  );
  const second = result.report.tables[0]!.budget[1]!;
  expect(second.rows).toEqual([4, 5, 6]);
  expect(second.amounts.filter((a) => a.as === "repeat").map((a) => a.cell)).toEqual([
    "F5",
    "G5",
    "F6",
    "G6",
  ]);
});

test("an amount only on the first row of a sasaran, or in a merged cell, is counted once", () => {
  const first = lkj((g, i) =>
    i > 0 ? [null, null] : g === 0 ? [200_000_000, 150_000_000] : [100_000_000, 90_000_000]
  );
  const merged = lkj(
    (g, i) =>
      i > 0 ? [null, null] : g === 0 ? [200_000_000, 150_000_000] : [100_000_000, 90_000_000],
    ["F2:F3", "G2:G3", "F4:F6", "G4:G6", "B2:B3", "B4:B6"]
  );
  for (const r of [first, merged])
    expect(anggaran(r).map((a) => [a.pagu, a.atw4])).toEqual([
      [200_000_000, 150_000_000],
      [100_000_000, 90_000_000],
    ]);
});

test("different amounts of the indicators of one sasaran are added", () => {
  const result = lkj((g, i) =>
    g === 0 ? [10_000_000 * (i + 1), 5_000_000 * (i + 1)] : [null, null]
  );
  expect(anggaran(result)[0]).toMatchObject({ pagu: 30_000_000, atw4: 15_000_000 });
  expect(lines(result).find((l) => l.includes("Meningkatnya"))).toContain(
    "Pagu Anggaran 30,000,000 (F2 + F3)"
  );
  // The second sasaran has no budget: its row is there to fill, with no amount.
  expect(anggaran(result)[1]).toEqual({ sasaran: "Terwujudnya tata kelola" });
});

test("amounts typed as text are read with Indonesian separators; one that is no amount is named at its cell", () => {
  const result = lkj((g, i) =>
    i > 0
      ? [null, null]
      : g === 0
        ? ["Rp 1.234.567,00", "Rp. 1.000.000,-"]
        : ["Rp 1,5 M", "250.000"]
  );
  expect(anggaran(result)).toEqual([
    { sasaran: "Meningkatnya kualitas layanan", pagu: 1_234_567, atw4: 1_000_000 },
    { sasaran: "Terwujudnya tata kelola", pagu: "Rp 1,5 M", atw4: 250_000 },
  ]);
  const amounts = result.report.tables[0]!.budget.flatMap((b) => b.amounts);
  expect(amounts.map((a) => [a.cell, a.typed, a.read, a.as])).toEqual([
    ["F2", "Rp 1.234.567,00", 1_234_567, "text"],
    ["G2", "Rp. 1.000.000,-", 1_000_000, "text"],
    ["F4", "Rp 1,5 M", undefined, "unreadable"],
    ["G4", "250.000", 250_000, "text"],
  ]);
  expect(lines(result)).toContain(
    'F4 "Rp 1,5 M" is not an amount of rupiah that can be read; it is written as typed to the Anggaran sheet (Pagu Anggaran), which shows "cek isian" there, and Periksa Isian marks it. Type the number.'
  );
  expect(lines(result).find((l) => l.includes("Meningkatnya"))).toContain(
    'Pagu Anggaran 1,234,567 (F2 "Rp 1.234.567,00")'
  );
});

test("a two-row header: ANGGARAN over Pagu | Realisasi | %, and REALISASI ANGGARAN over TW I..IV, in thousands", () => {
  const result = convert({
    name: "LKj",
    rows: [
      [
        "No",
        "Sasaran",
        "Indikator",
        "Target",
        "Realisasi",
        "ANGGARAN (Rp 000)",
        null,
        null,
        "REALISASI ANGGARAN",
        null,
        null,
        null,
      ],
      [null, null, null, null, null, "Pagu", "Realisasi", "%", "TW I", "TW II", "TW III", "TW IV"],
      [
        1,
        "Meningkatnya layanan",
        "Persentase layanan",
        "80%",
        "85%",
        500_000,
        400_000,
        "80%",
        100_000,
        100_000,
        100_000,
        100_000,
      ],
    ],
    merges: ["F1:H1", "I1:L1"],
  });
  const cols = result.report.tables[0]!.columns.map((c) => [c.column, c.meaning, c.status]);
  expect(cols).toEqual(
    expect.arrayContaining([
      ["E", "realisasi", "used"],
      ["F", "pagu", "used"],
      ["G", "realisasiAnggaran", "computed"],
      ["H", "serapan", "computed"],
      ["I", "atw1", "used"],
      ["L", "atw4", "used"],
    ])
  );
  expect(result.carried.get(`${result.decree.tables[0]!.id}-1`)?.tw4).toBe(0.85);
  expect(anggaran(result)).toEqual([
    {
      sasaran: "Meningkatnya layanan",
      pagu: 500_000_000,
      atw1: 100_000,
      atw2: 100_000,
      atw3: 100_000,
      atw4: 100_000,
    },
  ]);
  expect(lines(result)).toContain(
    'Column F "ANGGARAN (Rp 000) / Pagu": its numbers are in ribu rupiah, multiplied by 1.000 on the Anggaran sheet.'
  );
});

test("program rows without an indicator belong to the sasaran above them", () => {
  const result = convert({
    name: "LKj",
    rows: [
      [
        "No",
        "Sasaran",
        "Indikator",
        "Target",
        "Realisasi",
        "Kegiatan",
        "Anggaran",
        "Realisasi Keuangan",
      ],
      [1, "Meningkatnya layanan", "Persentase layanan", "80%", "85%", "Kegiatan A", 100, 90],
      [null, null, null, null, null, "Kegiatan B", 50, 40],
      [2, "Tata kelola", "Nilai SAKIP", "B", "BB", null, null, null],
    ],
  });
  expect(anggaran(result)).toEqual([
    { sasaran: "Meningkatnya layanan", program: "Kegiatan A", pagu: 100, atw4: 90 },
    { sasaran: "Meningkatnya layanan", program: "Kegiatan B", pagu: 50, atw4: 40 },
    { sasaran: "Tata kelola" },
  ]);
  // Row 3 is read for its budget, not skipped as a row without an indicator.
  expect(result.report.tables[0]!.ignored.map((i) => i.row)).not.toContain(3);
});

test.each([
  ["Pagu Anggaran", "", "pagu"],
  ["Anggaran (Rp)", "", "pagu"],
  ["Realisasi Anggaran (Rp)", "", "realisasiAnggaran"],
  ["Realisasi Anggaran TW III", "", "atw3"],
  ["% Serapan", "", "serapan"],
  ["Program/Kegiatan", "", "program"],
  ["Kegiatan", "", "program"],
  ["Realisasi", "ANGGARAN", "realisasiAnggaran"],
  ["TW II", "REALISASI ANGGARAN", "atw2"],
  ["Anggaran", "REALISASI", "realisasiAnggaran"],
  ["Sasaran Program", "", undefined],
  ["Indikator Kinerja Program", "", undefined],
  ["Realisasi", "", undefined],
  ["TW II", "REALISASI", undefined],
])("budgetMeaningOf(%j under %j) = %s", (own, parent, want) => {
  expect(budgetMeaningOf(own, parent)).toBe(want);
  if (want !== undefined) expect(columnMeaning(own, parent).meaning).toBe(want);
});

test.each([
  ["Sisa Anggaran", true],
  ["Sumber Dana Anggaran", true],
  ["Realisasi", false],
])("isBudgetHeader(%j) = %s", (header, want) => expect(isBudgetHeader(header)).toBe(want));

test("property: per sasaran the Anggaran row has the sasaran's pagu and realisasi however they are typed", () => {
  const style = fc.constantFrom("every", "first", "merged", "text");
  const group = fc.record({
    size: fc.integer({ min: 1, max: 4 }),
    pagu: fc.integer({ min: 1, max: 5_000_000 }).map((n) => n * 1000),
    spent: fc.integer({ min: 0, max: 100 }),
    style,
  });
  fc.assert(
    fc.property(fc.array(group, { minLength: 1, maxLength: 4 }), (groups) => {
      const rows: Typed[][] = [
        [
          "No",
          "Sasaran Strategis",
          "Indikator Kinerja",
          "Target",
          "Realisasi",
          "Pagu Anggaran",
          "Realisasi Anggaran",
        ],
      ];
      const merges: string[] = [];
      const rupiah = (n: number) => `Rp ${n.toLocaleString("de-DE")},00`;
      groups.forEach((g, k) => {
        const real = Math.round((g.pagu * g.spent) / 100);
        const top = rows.length + 1;
        for (let i = 0; i < g.size; i++) {
          const shown = (n: number): Typed =>
            g.style === "every"
              ? n
              : g.style === "text"
                ? i === 0
                  ? rupiah(n)
                  : null
                : i === 0
                  ? n
                  : null;
          rows.push([
            rows.length,
            i === 0 ? `Sasaran ${k + 1}` : null,
            `Persentase hal ${k}-${i}`,
            "80%",
            "85%",
            shown(g.pagu),
            shown(real),
          ]);
        }
        if (g.style === "merged" && g.size > 1)
          merges.push(`F${top}:F${top + g.size - 1}`, `G${top}:G${top + g.size - 1}`);
      });
      const result = convert({ name: "LKj", rows, merges });
      const got = anggaran(result);
      expect(got).toEqual(
        groups.map((g, k) => ({
          sasaran: `Sasaran ${k + 1}`,
          pagu: g.pagu,
          atw4: Math.round((g.pagu * g.spent) / 100),
        }))
      );
    }),
    { numRuns: 60 }
  );
});

/**
 * An LKj-style table with budget columns: Convert carries the indicators, says what it did
 * with each budget column (the Anggaran sheet holds budgets per program, not per indicator),
 * and the template it makes has the Anggaran and Perjanjian Kinerja sheets.
 */
import { planConvert } from "../../../src/core/workbook/convert";
import { isBudgetHeader } from "../../../src/core/workbook/convert/build";
import { pct, snapshotOf, workbookOf } from "./fixtures/sheet";

test("budget columns are reported as such, and the template gets its Anggaran sheet", () => {
  const wb = workbookOf({
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
  const result = planConvert(snapshotOf(wb), "LKj 2021");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const columns = result.report.tables[0]?.unrecognised ?? [];
  const budget = columns.filter((c) => c.message.id.includes("kolom anggaran"));
  expect(budget.map((c) => c.header)).toEqual([
    "Program/Kegiatan",
    "Pagu Anggaran",
    "Realisasi Anggaran",
  ]);
  expect(budget[1]?.message.en).toBe(
    'F: "Pagu Anggaran" is a budget column; its cells are not carried to the RKT sheet. Type the programs, pagu and realisasi anggaran on the Anggaran sheet.'
  );
  const sheets = result.plan.ops.flatMap((o) => (o.op === "addSheet" ? [o.sheet] : []));
  expect(sheets).toEqual(expect.arrayContaining(["Anggaran", "Perjanjian Kinerja"]));
});

test.each([
  ["Pagu Anggaran", true],
  ["Realisasi Anggaran (Rp)", true],
  ["% Serapan", true],
  ["Program/Kegiatan", true],
  ["Kegiatan", true],
  ["Sasaran Program", false],
  ["Indikator Kinerja Program", false],
  ["Realisasi", false],
])("isBudgetHeader(%j) = %s", (header, want) => expect(isBudgetHeader(header)).toBe(want));

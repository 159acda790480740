/** Convert reads a Periode column, or takes once a year for what arrives once a year. */
import { parseDecree } from "../../../src/core/decree";
import { planConvert } from "../../../src/core/workbook/convert";
import { meaningOf } from "../../../src/core/workbook/convert/columns";
import { periodOf } from "../../../src/core/workbook/convert/kind";
import { readRktEntries } from "../../../src/core/workbook/entries";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { pct, snapshotOf, workbookOf } from "./fixtures/sheet";

it.each([
  ["Periode", "periode"],
  ["PERIODE PELAPORAN", "periode"],
  ["Frekuensi", "periode"],
  ["Frekuensi Pengukuran", "periode"],
  ["Periode Anggaran 2021", undefined],
])("header %s -> %s", (text, meaning) => expect(meaningOf(text)).toBe(meaning));

it.each([
  ["Tahunan", "percent", "Persentase laporan", "annual"],
  [" per tahun ", "count", "Jumlah laporan", "annual"],
  ["Semester", "percent", "Persentase laporan", "semiannual"],
  ["Triwulanan", "grade", "Nilai SAKIP", "quarterly"],
  ["TW", "percent", "Persentase laporan", "quarterly"],
  ["", "grade", "Nilai SAKIP", "annual"],
  ["", "opinion", "Opini BPK", "annual"],
  ["", "index", "Indeks Reformasi Birokrasi", "annual"],
  ["", "percent", "Persentase laporan", "quarterly"],
  ["Bulanan", "percent", "Persentase laporan", "quarterly"],
] as const)("periodOf(%j, %s, %s) -> %s", (typed, kind, text, period) =>
  expect(periodOf(typed, kind, text)).toBe(period)
);

test("a table with a Periode column: the template's Periode and the rules follow it", () => {
  const wb = workbookOf({
    name: "Rencana Aksi",
    rows: [
      ["No", "Indikator Kinerja", "Target", "Periode", "TW I", "TW II", "TW III", "TW IV"],
      [1, "Persentase laporan keuangan tepat waktu", pct(1), "Semesteran", null, pct(0.5)],
      [2, "Nilai SAKIP", "B", null],
      [3, "Persentase dokumen perencanaan", pct(1), "Tahunan"],
      [4, "Persentase keputusan", pct(0.8), "Triwulanan", pct(0.2), pct(0.4)],
    ],
  });
  const result = planConvert(snapshotOf(wb), "Rencana Aksi");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(parseDecree(result.decree).ok).toBe(true);
  const table = result.decree.tables[0];
  expect(table?.indicators.map((i) => i.period ?? "quarterly")).toEqual([
    "semiannual",
    "annual",
    "annual",
    "quarterly",
  ]);
  expect(result.report.tables[0]?.columns.map((c) => c.meaning)).toContain("periode");
  applyPlan(wb, result.plan);
  const entries = readRktEntries(readWorkbook(wb), result.decree);
  expect(entries.map((e) => e.entry.indicator.period ?? "quarterly")).toEqual([
    "semiannual",
    "annual",
    "annual",
    "quarterly",
  ]);
});

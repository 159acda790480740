/** Convert keeps a rencana aksi's Target TW columns, in the target's units. */
import { BLITAR_2021 } from "../../../src/core/decree";
import { planConvert } from "../../../src/core/workbook/convert";
import { columnMeaning } from "../../../src/core/workbook/convert/columns";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/settings";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { rktIndex } from "../../fixtures/rkt-columns";
import { pct, snapshotOf, workbookOf } from "./fixtures/sheet";

it.each([
  ["Target TW I", "", "ttw1"],
  ["Target Triwulan II", "", "ttw2"],
  ["TW III", "TARGET", "ttw3"],
  ["IV", "Target", "ttw4"],
  ["TW I", "REALISASI", "tw1"],
])("%s under %j -> %s", (own, parent, meaning) =>
  expect(columnMeaning(own, parent).meaning).toBe(meaning)
);

test("a rencana aksi table: Target TW carried in the target's units; the TW capaian computes", () => {
  const wb = workbookOf({
    name: "Rencana Aksi",
    rows: [
      ["No", "Indikator Kinerja", "Target", "TARGET", null, null, null, "REALISASI", null],
      [null, null, null, "TW I", "TW II", "TW III", "TW IV", "TW I", "TW II"],
      [
        1,
        "Persentase laporan tepat waktu",
        pct(1),
        pct(0.25),
        pct(0.5),
        pct(0.75),
        pct(1),
        pct(0.2),
        pct(0.45),
      ],
      [2, "Persentase keputusan", "80%", 20, 40, 60, 80, "15%", "30%"],
      [3, "Jumlah dokumen perencanaan", "2 Dokumen", 0, 1, 0, 1, 0, 1],
    ],
    merges: ["D1:G1", "H1:I1"],
  });
  const result = planConvert(snapshotOf(wb), "Rencana Aksi");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const report = result.report.tables[0];
  expect(report?.columns.filter((c) => c.status === "used").map((c) => c.meaning)).toEqual(
    expect.arrayContaining(["ttw1", "ttw2", "ttw3", "ttw4", "tw1", "tw2"])
  );
  applyPlan(wb, result.plan);
  const book = readWorkbook(wb);
  const sheet = book.sheets.find((s) => s.name.startsWith("RKT"));
  const row = (r: number) => sheet?.values[4 + r] ?? [];
  const targets = (r: number) =>
    (["ttw1", "ttw2", "ttw3", "ttw4"] as const).map((k) => row(r)[rktIndex(k)]);
  expect(targets(0)).toEqual([0.25, 0.5, 0.75, 1]);
  // "80%" and plain 20..80: percent points, written as fractions like the target.
  expect(targets(1)).toEqual([0.2, 0.4, 0.6, 0.8]);
  expect(targets(2)).toEqual([0, 1, 0, 1]);
  const cp = planCapaian(book, result.decree ?? BLITAR_2021, {
    ...DEFAULT_SETTINGS,
    reportingQuarter: 2,
  });
  const results = cp.evaluations[0]?.evaluation.results;
  expect(results?.map((r) => r.capaianTwRounded)).toEqual([90, 75, 100]);
  expect(results?.map((r) => r.capaianRounded)).toEqual([45, 37.5, 50]);
});

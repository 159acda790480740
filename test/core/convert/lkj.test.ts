/**
 * Convert reading an LKj-style table keeps Penanggung Jawab, Satuan, last year's realisasi,
 * the Renstra target, Permasalahan and Rencana Tindak Lanjut in the template's columns, takes
 * the target year's realisasi as this year's, and says which column was last year's.
 */
import { planConvert } from "../../../src/core/workbook/convert";
import { columnMeaning } from "../../../src/core/workbook/convert/columns";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/settings";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { rktIndex } from "../../fixtures/rkt-columns";
import { pct, snapshotOf, workbookOf } from "./fixtures/sheet";

it.each([
  ["Penanggung Jawab", "penanggungJawab"],
  ["PIC", "penanggungJawab"],
  ["Target Renstra 2024", "targetRenstra"],
  ["Target Jangka Menengah", "targetRenstra"],
  ["Permasalahan", "masalah4"],
  ["Permasalahan TW II", "masalah2"],
  ["Kendala", "masalah4"],
  ["Rencana Tindak Lanjut", "rtl4"],
  ["Rencana Tindak Lanjut Triwulan 3", "rtl3"],
  ["Satuan", "satuan"],
])("%s -> %s", (own, meaning) => expect(columnMeaning(own, "").meaning).toBe(meaning));

test("an LKj table: every LKj column kept in its row; the target year's realisasi is this year's", () => {
  const wb = workbookOf({
    name: "LKj 2022",
    rows: [
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Target 2022",
        "Realisasi 2021",
        "Realisasi 2022",
        "Target Renstra 2024",
        "Penanggung Jawab",
        "Permasalahan",
        "Rencana Tindak Lanjut",
      ],
      [
        1,
        "Persentase laporan tepat waktu",
        "%",
        pct(0.9),
        pct(0.8),
        pct(0.85),
        pct(1),
        "Subbag Program dan Data",
        "Data terlambat",
        "Jadwal pengumpulan data",
      ],
      [2, "Jumlah dokumen perencanaan", "Dokumen", 2, 1, 2, 3, "Subbag KUL", "", ""],
    ],
  });
  const result = planConvert(snapshotOf(wb), "LKj 2022");
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const report = result.report.tables[0];
  const last = report?.columns.find((c) => c.status === "lastYear");
  expect(last?.header).toBe("Realisasi 2021");
  expect(last?.message.id).toContain("Realisasi Tahun Lalu");
  expect(report?.columns.find((c) => c.header === "Target Renstra 2024")?.status).toBe("used");
  applyPlan(wb, result.plan);
  const book = readWorkbook(wb);
  const sheet = book.sheets.find((s) => s.name.startsWith("RKT"));
  const at = (r: number, k: Parameters<typeof rktIndex>[0]) => sheet?.values[4 + r]?.[rktIndex(k)];
  expect([at(0, "realisasiLalu"), at(0, "targetRenstra"), at(0, "tw4")]).toEqual([0.8, 1, 0.85]);
  expect([at(1, "realisasiLalu"), at(1, "targetRenstra"), at(1, "tw4")]).toEqual([1, 3, 2]);
  expect([at(0, "penanggungJawab"), at(1, "penanggungJawab")]).toEqual([
    "Subbag Program dan Data",
    "Subbag KUL",
  ]);
  expect([at(0, "masalah4"), at(0, "rtl4")]).toEqual(["Data terlambat", "Jadwal pengumpulan data"]);
  expect([at(0, "satuan"), at(1, "satuan")]).toEqual(["%", "Dokumen"]);
  expect(result.decree?.tables[0]?.indicators[0]?.penanggungJawab).toBe("Subbag Program dan Data");
  const cp = planCapaian(book, result.decree, DEFAULT_SETTINGS);
  const [r1, r2] = cp.evaluations[0]?.evaluation.results ?? [];
  expect(r1?.realisasiTahunLalu).toBeCloseTo(80, 9);
  expect(r1?.perubahan).toBeCloseTo(5, 9);
  expect(r1?.capaianRenstraRounded).toBe(85);
  expect([r2?.perubahan, r2?.capaianRenstraRounded]).toEqual([1, 66.67]);
});

import { BLITAR_2021 } from "../../../src/core/decree";
import { consolidate } from "../../../src/core/consolidate/model";
import { officeOfFileName, officeResult } from "../../../src/core/consolidate/office";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { readSettings } from "../../../src/core/workbook/settings";
import { readWorkbook } from "../../../src/xlsx/read";
import { filledWorkbook } from "../../export/fixture";

test("an office's figures are the core's capaian of its workbook, named by its Info sheet", async () => {
  const book = readWorkbook(await filledWorkbook());
  const r = officeResult(book, BLITAR_2021, "laporan/blitar.xlsx", { reportingQuarter: 2 });
  expect(r.office).toBe("KPU Kota Blitar");
  expect(r.indicators).toHaveLength(16);
  const { settings } = readSettings(book, { reportingQuarter: 2 });
  const cp = planCapaian(book, BLITAR_2021, settings);
  const expected = cp.evaluations.flatMap((e) => e.evaluation.results.map((x) => x.capaian));
  expect(r.indicators.map((i) => i.capaian)).toEqual(expected);
  expect(r.indicators.find((i) => i.kode === "rkt-kpu-1")?.capaian).toBeCloseTo(103.75, 9);
  // Two copies of one office consolidate to its own figures.
  const c = consolidate([r, { ...r, office: "Salinan" }], [], { rank: "average" });
  expect(c.offices[0]!.capaian).toEqual(r.indicators.map((i) => i.capaian));
  expect(c.offices.map((o) => o.rank)).toEqual([1, 1]);
});

test("an office without an Info sheet is named by its file", () => {
  expect(officeOfFileName("C:\\laporan\\KPU Kab. Blitar 2021.xlsx")).toBe("KPU Kab. Blitar 2021");
  expect(officeOfFileName("/x/y/kpu-malang.XLSX")).toBe("kpu-malang");
});

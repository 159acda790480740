/**
 * kinerja gabung: offices' workbooks (one unreadable, one without a template) into one
 * consolidation workbook whose figures — recalculated by the engine — equal each office's own
 * `kinerja capaian --json`; nothing is dropped silently; an existing --out is never overwritten.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GABUNG_SHEETS } from "../../src/core/consolidate/plan";
import { round2 } from "../../src/core/rules/capaian";
import { cellAt } from "../../src/core/workbook/snapshot";
import { INFO_SHEET } from "../../src/core/workbook/layout";
import { recalculateSnapshot } from "../../src/engine/snapshot";
import { readWorkbook } from "../../src/xlsx/read";
import { fill, load, run, tempDir } from "./helpers";

interface Office {
  office: string;
  capaian: Record<string, number | null>;
  average: number | null;
  tercapai: number;
  rank: number;
}

let dir: string;
const OFFICES = ["KPU Kab. Blitar", "KPU Kota Malang", "KPU Kab. Kediri"];

beforeAll(async () => {
  dir = tempDir();
  expect((await run(dir, "template", "--out", "t.xlsx")).code).toBe(0);
  mkdirSync(join(dir, "masuk"));
  for (const [i, name] of OFFICES.entries()) {
    const wb = await load(join(dir, "t.xlsx"));
    const info = wb.getWorksheet(INFO_SHEET)!;
    info.eachRow((row) => {
      if (row.getCell(1).value === "Kantor") row.getCell(2).value = name;
    });
    fill(wb, {
      "rkt-kpu-1": { tw1: 0.2 + i * 0.3, sumber: "Laporan" },
      "rkt-kpu-3": { tw1: 70 + i * 5, tw2: 74 + i * 3, sumber: "Laporan" },
      "rkt-sekretariat-8": { tw1: i, sumber: "Laporan" },
    });
    await wb.xlsx.writeFile(join(dir, "masuk", `kantor-${i}.xlsx`));
  }
  writeFileSync(join(dir, "masuk", "rusak.xlsx"), "bukan zip");
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Lembar1").getCell("A1").value = "catatan";
  await empty.xlsx.writeFile(join(dir, "masuk", "tanpa-template.xlsx"));
}, 120_000);

test("the consolidation's figures are each office's own capaian, live in the sheet", async () => {
  const r = await run(dir, "gabung", "masuk", "--out", "rekap.xlsx", "--tw", "2", "--json");
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/Membaca 5 dari 5/);
  const out = JSON.parse(r.stdout) as {
    offices: Office[];
    indicators: { key: string }[];
    unreadable: { source: string; reason: string }[];
  };
  expect(out.offices.map((o) => o.office)).toEqual(OFFICES);
  expect(out.unreadable.map((u) => u.source.replace(/^.*\//, ""))).toEqual([
    "rusak.xlsx",
    "tanpa-template.xlsx",
  ]);
  expect(out.unreadable[1]!.reason).toMatch(/lembar RKT/);
  for (const [i, o] of out.offices.entries()) {
    const own = await run(dir, "capaian", join("masuk", `kantor-${i}.xlsx`), "--json", "--tw", "2");
    const list = (JSON.parse(own.stdout) as { indicators: { capaian: number | null }[] })
      .indicators;
    const keys = out.indicators.map((m) => m.key);
    expect(Object.keys(o.capaian)).toEqual(keys);
    expect(keys).toHaveLength(list.length);
    list.forEach((x, k) => {
      const c = o.capaian[keys[k]!];
      // Exactly the office's own figure: percent with two decimals, as capaian --json gives it.
      expect(c).toBe(x.capaian);
    });
  }
  // The workbook's formulas, recalculated, give the same figures (full, shown with two decimals).
  const book = recalculateSnapshot(readWorkbook(await load(join(dir, "rekap.xlsx"))));
  const rekap = book.sheets.find((s) => s.name === GABUNG_SHEETS.rekap)!;
  for (const [i, o] of out.offices.entries()) {
    expect(cellAt(rekap, 4 + i, 1)).toBe(o.office);
    expect(cellAt(rekap, 4 + i, 0)).toBe(o.rank);
    expect(cellAt(rekap, 4 + i, 3)).toBe(o.tercapai);
    if (o.average !== null)
      expect(round2((cellAt(rekap, 4 + i, 2) as number) * 100)).toBe(o.average);
    out.indicators.forEach((m, k) => {
      const c = o.capaian[m.key];
      const v = cellAt(rekap, 4 + i, 4 + k);
      if (typeof c === "number") expect(round2((v as number) * 100)).toBe(c);
      else expect(v).toBe(c === null ? "-" : "");
    });
  }
  const gagal = book.sheets.find((s) => s.name === GABUNG_SHEETS.gagal)!;
  expect(String(cellAt(gagal, 4, 0))).toMatch(/rusak\.xlsx$/);
});

test("an existing --out is never overwritten; no .xlsx among the inputs is a clear error", async () => {
  writeFileSync(join(dir, "punya-saya.xlsx"), "milik pengguna");
  const r = await run(dir, "gabung", "masuk", "--out", "punya-saya.xlsx");
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Berkas ".*punya-saya\.xlsx" untuk --out sudah ada/);
  mkdirSync(join(dir, "kosong"));
  const none = await run(dir, "gabung", "kosong", "--out", "baru.xlsx", "--lang", "en");
  expect(none.code).toBe(2);
  expect(none.stderr).toMatch(/No .xlsx files/);
  expect(existsSync(join(dir, "baru.xlsx"))).toBe(false);
  const usage = await run(dir, "gabung", "--out", "baru.xlsx");
  expect(usage.code).toBe(2);
});

/**
 * The formulas Hitung Capaian writes and the TypeScript core must agree: LibreOffice
 * recalculates a filled template and every Realisasi Tahun, Capaian and Kategori cell is
 * compared with the core's numbers, under several settings (reporting quarter, cap, grade
 * rule, kategori scale).
 */
import { readSettings } from "../../../src/core/workbook/settings";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BLITAR_2021 } from "../../../src/core/decree";
import { GRADES, OPINIONS } from "../../../src/core/decree/schema";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { findRktTables } from "../../../src/core/workbook/entries";
import { INFO_SHEET, QUARTER_KEYS } from "../../../src/core/workbook/layout";
import { findLabel } from "../../../src/core/workbook/settings";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyPlan } from "../../../src/xlsx/apply";
import type { CellValue } from "../../../src/core/workbook/snapshot";
import { readWorkbook } from "../../../src/xlsx/read";
import { differences } from "../../differential/compare";
import { recalculate } from "./libreoffice";
import { syntheticDecree } from "../../fixtures/synthetic-decree";

interface Scenario {
  settings: Record<string, string>;
  seed: number;
}

const SCENARIOS: Scenario[] = [
  { settings: {}, seed: 1 },
  { settings: { "TW Pelaporan": "TW II", "Batas Capaian": "100%" }, seed: 2 },
  {
    settings: {
      "TW Pelaporan": "TW III",
      "Batas Capaian": "120%",
      "Capaian Nilai & Opini": "Peringkat",
    },
    seed: 3,
  },
  { settings: { "Skala Kategori": "Enam tingkat", "Capaian Nilai & Opini": "Peringkat" }, seed: 4 },
  { settings: { "Skala Kategori": "Berhasil/Tidak", "TW Pelaporan": "TW I" }, seed: 5 },
];

/** A realisasi a person might type for a kind, or nothing. */
function arbitraryEntry(kind: string): fc.Arbitrary<ExcelJS.CellValue> {
  const blank = fc.constantFrom<ExcelJS.CellValue>(null, "-", "belum");
  const value: fc.Arbitrary<ExcelJS.CellValue> =
    kind === "Persen"
      ? fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000)
      : kind === "Indeks"
        ? fc.integer({ min: 0, max: 10000 }).map((n) => n / 100)
        : kind === "Jumlah"
          ? fc.integer({ min: 0, max: 2 })
          : kind === "Nilai SAKIP"
            ? fc.constantFrom(...GRADES)
            : fc.constantFrom(...OPINIONS);
  return fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: blank });
}

async function filledTemplate(s: Scenario): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  const book = readWorkbook(wb);
  for (const t of findRktTables(book)) {
    const ws = wb.getWorksheet(t.sheet.name) as ExcelJS.Worksheet;
    for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
      const kind = String(ws.getCell(row + 1, (t.columns.jenis as number) + 1).value);
      const typed = fc.sample(fc.tuple(...QUARTER_KEYS.map(() => arbitraryEntry(kind))), {
        seed: s.seed * 1000 + row,
        numRuns: 1,
      })[0]!;
      QUARTER_KEYS.forEach(
        (k, q) => (ws.getCell(row + 1, (t.columns[k] as number) + 1).value = typed[q] ?? null)
      );
      ws.getCell(row + 1, (t.columns.sumber as number) + 1).value = "Laporan";
    }
  }
  const info = wb.getWorksheet(INFO_SHEET) as ExcelJS.Worksheet;
  for (const [label, word] of Object.entries(s.settings)) {
    const at = findLabel(
      readWorkbook(wb).sheets.find((x) => x.name === INFO_SHEET)!,
      label
    );
    if (at === undefined) throw new Error(`no setting ${label}`);
    info.getCell(at.row + 1, at.col + 2).value = word;
  }
  return wb;
}

test("LibreOffice's recalculation of the written formulas equals the core", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-recalc-"));
  const cases = [];
  for (const [i, s] of SCENARIOS.entries()) {
    const wb = await filledTemplate(s);
    const book = readWorkbook(wb);
    const capaian = planCapaian(book, BLITAR_2021, readSettings(book).settings);
    applyPlan(wb, capaian.plan);
    const path = join(dir, `scenario-${i}.xlsx`);
    await wb.xlsx.writeFile(path);
    cases.push({ path, capaian, s });
  }
  const recalculated = recalculate(cases.map((c) => c.path));
  let compared = 0;
  let averaged = 0;
  for (const [i, c] of cases.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i] as string);
    const found = differences(readWorkbook(wb), c.capaian, `scenario ${c.s.seed}`);
    expect(found.mismatches).toEqual([]);
    compared += found.compared;
    // Per-sasaran averages; the sheet's own average is compared too but not counted here.
    averaged += found.averaged - c.capaian.evaluations.length;
  }
  expect(compared).toBe(SCENARIOS.length * 16);
  expect(averaged).toBe(SCENARIOS.length * 13);
}, 180_000);

test("a sasaran spread over many rows (a national consolidation) averages like the core", async () => {
  const decree = syntheticDecree(120);
  const rkt = decree.tables[0]!;
  // Three sasaran repeating office after office: each is spread over 40 separate rows.
  rkt.indicators = rkt.indicators.map((ind, i) => ({
    ...ind,
    sasaran: `Sasaran ${"ABC"[i % 3]} * (uji) "kutip"`,
  }));
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(decree, readWorkbook(wb)));
  const book = readWorkbook(wb);
  const t = findRktTables(book)[0]!;
  const ws = wb.getWorksheet(t.sheet.name)!;
  for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
    const kind = String(ws.getCell(row + 1, (t.columns.jenis as number) + 1).value);
    const typed = fc.sample(arbitraryEntry(kind), { seed: row, numRuns: 1 })[0] ?? null;
    ws.getCell(row + 1, (t.columns.tw1 as number) + 1).value = typed;
  }
  const filled = readWorkbook(wb);
  const capaian = planCapaian(filled, undefined, readSettings(filled).settings);
  const formulas = capaian.plan.ops.flatMap((op) =>
    op.op === "write" && op.formulas ? op.formulas.flat() : []
  );
  expect(formulas.some((f) => String(f).includes("AVERAGEIF("))).toBe(true);
  expect(Math.max(...formulas.map((f) => String(f).length))).toBeLessThan(8192);
  applyPlan(wb, capaian.plan);
  const dir = mkdtempSync(join(tmpdir(), "kinerja-recalc-"));
  await wb.xlsx.writeFile(join(dir, "spread.xlsx"));
  const [recalculated] = recalculate([join(dir, "spread.xlsx")]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculated as string);
  const ringkasan = readWorkbook(back).sheets.find((x) => x.name === "Ringkasan Capaian")!;
  const { summary } = capaian.evaluations[0]!.evaluation;
  expect(summary.sasaran).toHaveLength(3);
  for (const g of summary.sasaran) {
    // The snapshot is sparse: rows with nothing in them are holes, which find visits.
    const v = ringkasan.values.find((r: CellValue[] | undefined) => r?.[1] === g.sasaran)?.[3];
    if (g.average === null) expect(v ?? null).toBeNull();
    else expect(Math.abs((v as number) * 100 - g.average)).toBeLessThan(1e-9);
  }
}, 120_000);

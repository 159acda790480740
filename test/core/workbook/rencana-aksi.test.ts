/**
 * Target TW I..IV on the RKT sheets and the three columns Hitung Capaian fills beside the
 * annual ones: Target, Capaian and Kategori s.d. TW Pelaporan, one formula per column.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { readRktEntries } from "../../../src/core/workbook/entries";
import { toR1C1 } from "../../../src/core/workbook/r1c1";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/settings";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { rktIndex } from "../../fixtures/rkt-columns";

function template(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  return wb;
}

const settings = { ...DEFAULT_SETTINGS, reportingQuarter: 2 as const };

test("the template has Target TW I..IV as input cells in the target's number format", () => {
  const wb = template();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const at = (key: Parameters<typeof rktIndex>[0]) => rktIndex(key) + 1;
  expect(["ttw1", "ttw2", "ttw3", "ttw4"].map((k) => ws.getCell(4, at(k as "ttw1")).value)).toEqual(
    ["Target TW I", "Target TW II", "Target TW III", "Target TW IV"]
  );
  expect(ws.getCell(5, at("ttw2")).numFmt).toBe(ws.getCell(5, at("target")).numFmt);
  expect(ws.getCell(5, at("ttw2")).value).toBeNull();
  expect(ws.getCell(4, at("capaianTw")).value).toBe("Capaian s.d. TW Pelaporan");
  expect(ws.getCell(4, at("capaian")).value).toBe("Capaian");
  expect(at("capaianTw")).toBe(at("kategori") + 2);
});

test("Hitung Capaian writes one formula per TW column; the core reads the quarter targets", () => {
  const wb = template();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const cell = (row: number, key: Parameters<typeof rktIndex>[0]) =>
    ws.getCell(row, rktIndex(key) + 1);
  cell(5, "ttw1").value = 0.2;
  cell(5, "ttw2").value = 0.4;
  cell(5, "tw1").value = 0.25;
  cell(5, "tw2").value = 0.35;
  const book = readWorkbook(wb);
  expect(readRktEntries(book, BLITAR_2021)[10]?.entry.quarterTargets).toHaveLength(4);
  const cp = planCapaian(book, BLITAR_2021, settings);
  const kpu1 = cp.evaluations[1]?.evaluation.results[0];
  expect([kpu1?.capaianRounded, kpu1?.targetTw, kpu1?.capaianTwRounded]).toEqual([43.75, 40, 87.5]);
  for (const key of ["targetTw", "capaianTw", "kategoriTw"] as const) {
    const col = rktIndex(key);
    const write = cp.plan.ops.find(
      (op) =>
        op.op === "write" &&
        op.sheet === "RKT KPU" &&
        op.formulaR1C1 !== undefined &&
        op.address.startsWith(`${String.fromCharCode(65 + col)}5`)
    );
    expect(write).toBeDefined();
  }
  applyPlan(wb, cp.plan);
  for (const key of ["targetTw", "capaianTw", "kategoriTw"] as const) {
    const col = rktIndex(key);
    const shapes = new Set(
      [5, 6, 7, 8, 9, 10].map((row) =>
        toR1C1(`=${ws.getCell(row, col + 1).formula ?? ""}`, row - 1, col)
      )
    );
    expect(shapes.size).toBe(1);
  }
  expect(ws.getCell(5, rktIndex("capaianTw") + 1).formula).toContain(
    `${String.fromCharCode(65 + rktIndex("targetTw"))}5`
  );
});

test("a template made before the TW columns gets no TW formulas and still computes", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    readFileSync(
      path.join(__dirname, "../../fixtures/previous-template/blitar-2021-e0b4b28.xlsx")
    ) as unknown as ArrayBuffer
  );
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  ws.getCell(5, 9).value = 0.4; // Realisasi TW I in the old layout
  const book = readWorkbook(wb);
  const cp = planCapaian(book, BLITAR_2021, { ...settings, reportingQuarter: 1 });
  const r = cp.evaluations[1]?.evaluation.results[0];
  expect([r?.capaianRounded, r?.capaianTw, r?.cekIsianTw]).toEqual([50, null, null]);
  // Realisasi Tahun, Capaian, Kategori (M, N, O) only: nothing beyond the old table.
  const columns = new Set(
    cp.plan.ops
      .filter((op) => op.op === "write" && op.sheet === "RKT KPU" && op.formulaR1C1 !== undefined)
      .map((op) => (op.op === "write" ? op.address.replace(/\d.*$/, "") : ""))
  );
  expect([...columns].sort()).toEqual(["M", "N", "O"]);
});

/**
 * Periode per indicator (Triwulanan, Semesteran, Tahunan): the quarters it decides are expected,
 * as the template writes it, as the rules read it back, and on a template made before the
 * column existed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree";
import { findIndicator } from "../../../src/core/decree/query";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { RKT_COLUMNS, columnOf, PERIOD_WORDS } from "../../../src/core/workbook/layout";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/settings";
import { planTemplate } from "../../../src/core/workbook/template";
import { validateWorkbook } from "../../../src/core/workbook/validate-plan";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";

/** The 1-based column of a template column, as ExcelJS counts. */
const col = (key: (typeof RKT_COLUMNS)[number]["key"]) => columnOf(RKT_COLUMNS, key) + 1;

function template(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  return { wb, ws: wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet };
}

/** The sheet row (1-based) of an indicator, by its Kode. */
function rowOf(ws: ExcelJS.Worksheet, kode: string, kodeCol: number): number {
  for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, kodeCol).value === kode) return r;
  throw new Error(`no row for ${kode}`);
}

const settings = (tw: 1 | 2 | 3 | 4) => ({ ...DEFAULT_SETTINGS, reportingQuarter: tw });

const missingOf = (wb: ExcelJS.Workbook, tw: 1 | 2 | 3 | 4) =>
  validateWorkbook(readWorkbook(wb), BLITAR_2021, settings(tw))
    .findings.filter((f) => f.code === "realisasi.missing")
    .map((f) => `${f.sheet}!${f.cell}`);

test("the built-in decree: SAKIP grade, BPK opinion and Indeks RB are annual, the rest quarterly", () => {
  const annual = BLITAR_2021.tables
    .flatMap((t) => t.indicators)
    .filter((i) => i.period === "annual")
    .map((i) => i.id);
  expect(annual).toEqual([
    "rkt-kpu-3",
    "rkt-kpu-5",
    "rkt-kpu-6",
    "iku-kpu-3",
    "iku-kpu-5",
    "iku-kpu-6",
  ]);
  expect(findIndicator(BLITAR_2021, "rkt-kpu-1")?.period).toBeUndefined();
});

test("the template writes each row's Periode with a list of the three words", () => {
  const wb = new ExcelJS.Workbook();
  const plan = planTemplate(BLITAR_2021, readWorkbook(wb));
  applyPlan(wb, plan);
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  expect(ws.getCell(4, col("periode")).value).toBe("Periode");
  const k = col("kode");
  expect(ws.getCell(rowOf(ws, "rkt-kpu-5", k), col("periode")).value).toBe("Tahunan");
  expect(ws.getCell(rowOf(ws, "rkt-kpu-3", k), col("periode")).value).toBe("Tahunan");
  expect(ws.getCell(rowOf(ws, "rkt-kpu-1", k), col("periode")).value).toBe("Triwulanan");
  const lists = plan.ops.filter(
    (op) => op.op === "validation" && op.sheet === "RKT KPU" && op.rule.type === "list"
  );
  expect(
    lists.map((op) => (op.op === "validation" && op.rule.type === "list" ? op.rule.items : []))
  ).toContainEqual(Object.values(PERIOD_WORDS));
});

test("a fresh template has no findings at any reporting quarter", () => {
  const { wb } = template();
  for (const tw of [1, 2, 3, 4] as const)
    expect(validateWorkbook(readWorkbook(wb), BLITAR_2021, settings(tw)).findings).toEqual([]);
});

test("once something is typed, annual rows miss only TW IV; quarterly rows every due quarter", () => {
  const { wb, ws } = template();
  const k = col("kode");
  const first = rowOf(ws, "rkt-kpu-1", k);
  ws.getCell(first, col("tw1")).value = 0.5;
  ws.getCell(first, col("sumber")).value = "Register";
  const missing = missingOf(wb, 4).filter((a) => a.startsWith("RKT KPU!"));
  const cell = (kode: string, q: "tw1" | "tw2" | "tw3" | "tw4") =>
    `RKT KPU!${String.fromCharCode(64 + col(q))}${rowOf(ws, kode, k)}`;
  for (const kode of ["rkt-kpu-3", "rkt-kpu-5", "rkt-kpu-6"]) {
    expect(missing).toContain(cell(kode, "tw4"));
    for (const q of ["tw1", "tw2", "tw3"] as const) expect(missing).not.toContain(cell(kode, q));
  }
  for (const q of ["tw1", "tw2", "tw3", "tw4"] as const)
    expect(missing).toContain(cell("rkt-kpu-4", q));
  // At TW III nothing is due for the annual rows.
  const tw3 = missingOf(wb, 3);
  for (const kode of ["rkt-kpu-3", "rkt-kpu-5", "rkt-kpu-6"])
    expect(tw3.some((a) => a.endsWith(`${rowOf(ws, kode, k)}`) && a.startsWith("RKT KPU!"))).toBe(
      false
    );
});

test("Semesteran expects TW II and TW IV; an unknown word is read as Triwulanan and said at the cell", () => {
  const { wb, ws } = template();
  const k = col("kode");
  const p = col("periode");
  const a = rowOf(ws, "rkt-kpu-1", k);
  const b = rowOf(ws, "rkt-kpu-2", k);
  ws.getCell(a, p).value = " semesteran ";
  ws.getCell(b, p).value = "Bulanan";
  ws.getCell(rowOf(ws, "rkt-kpu-4", k), col("tw1")).value = 1;
  const result = validateWorkbook(readWorkbook(wb), BLITAR_2021, settings(4));
  const at = (row: number) =>
    result.findings
      .filter(
        (f) => f.code === "realisasi.missing" && f.sheet === "RKT KPU" && f.cell.endsWith(`${row}`)
      )
      .map((f) => f.quarter);
  expect(at(a)).toEqual([2, 4]);
  expect(at(b)).toEqual([1, 2, 3, 4]);
  const unknown = result.findings.find((f) => f.code === "indicator.unknownPeriod");
  expect(unknown?.cell).toBe(`${String.fromCharCode(64 + p)}${b}`);
  expect(unknown?.severity).toBe("warning");
  expect(unknown?.message.id).toContain("Triwulanan, Semesteran, Tahunan");
  expect(unknown?.message.en).toContain("not known");
});

test("a blank Periode is Triwulanan; where the decree says Tahunan a warning offers it", () => {
  const { wb, ws } = template();
  const k = col("kode");
  const row = rowOf(ws, "rkt-kpu-5", k);
  ws.getCell(row, col("periode")).value = null;
  ws.getCell(rowOf(ws, "rkt-kpu-4", k), col("tw1")).value = 1;
  const result = validateWorkbook(readWorkbook(wb), BLITAR_2021, settings(2));
  const blank = result.findings.filter((f) => f.code === "indicator.blankPeriod");
  expect(blank.map((f) => [f.cell, f.fix])).toEqual([
    [`${String.fromCharCode(64 + col("periode"))}${row}`, { value: "Tahunan" }],
  ]);
  const missing = result.findings.filter(
    (f) => f.code === "realisasi.missing" && f.cell.endsWith(`${row}`) && f.sheet === "RKT KPU"
  );
  expect(missing.map((f) => f.quarter)).toEqual([1, 2]);
});

describe("a template made before the Periode column", () => {
  const file = path.join(__dirname, "../../fixtures/previous-template/blitar-2021-e0b4b28.xlsx");

  async function previous(): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    return { wb, ws: wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet };
  }

  test("has no Periode column, takes the decree's period, validates and computes", async () => {
    const { wb, ws } = await previous();
    const headers = (ws.getRow(4).values as unknown[]).filter((v) => typeof v === "string");
    expect(headers).not.toContain("Periode");
    expect(headers).toContain("Agregasi TW");
    // Old layout: Realisasi TW I is the ninth column.
    expect(ws.getCell(4, 9).value).toBe("Realisasi TW I");
    const kodeCol = headers.indexOf("Kode") + 1;
    const first = rowOf(ws, "rkt-kpu-1", kodeCol);
    ws.getCell(first, 9).value = 0.4;
    ws.getCell(first, 9).numFmt = "0%";
    ws.getCell(first, headers.indexOf("Sumber Data / Bukti") + 1).value = "Register";
    const book = readWorkbook(wb);
    const v = validateWorkbook(book, BLITAR_2021, settings(3));
    const missingRows = v.findings
      .filter((f) => f.code === "realisasi.missing" && f.sheet === "RKT KPU")
      .map((f) => Number(/\d+$/.exec(f.cell)?.[0]));
    for (const kode of ["rkt-kpu-3", "rkt-kpu-5", "rkt-kpu-6"])
      expect(missingRows).not.toContain(rowOf(ws, kode, kodeCol));
    expect(missingRows).toContain(rowOf(ws, "rkt-kpu-4", kodeCol));
    expect(v.findings.filter((f) => f.severity === "error")).toEqual([]);
    const cp = planCapaian(book, BLITAR_2021, settings(1));
    const first1 = cp.evaluations
      .flatMap((e) => e.evaluation.results)
      .find((r) => r.indicatorId === "rkt-kpu-1");
    expect(first1?.capaianRounded).toBe(50);
    // The formulas go to the old layout's columns: Realisasi Tahun is column M (13th).
    const realisasi = cp.plan.ops.find(
      (op) => op.op === "write" && op.sheet === "RKT KPU" && op.address.startsWith("M")
    );
    expect(realisasi).toBeDefined();
  });
});

/**
 * A workbook made by an earlier template layout upgrades in place when the template runs on
 * it (Buat Template, `kinerja template --out`): the new columns are added, every value staff
 * typed stays in its indicator's row under its header, and the Info sheet gets the layout
 * stamp. Both earlier layouts are fixtures: before Periode (e0b4b28) and before the LKj
 * columns (e41cf87).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree";
import { ANGGARAN_SHEET } from "../../../src/core/workbook/anggaran/layout";
import { PK_SHEET } from "../../../src/core/workbook/pk";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { findRktTables } from "../../../src/core/workbook/entries";
import {
  LAYOUT_VERSION,
  LAYOUT_VERSION_LABEL,
  RKT_COLUMNS,
} from "../../../src/core/workbook/layout";
import { DEFAULT_SETTINGS, findLabel } from "../../../src/core/workbook/settings";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";

const FIXTURES = path.join(__dirname, "../../fixtures/previous-template");

async function load(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(FIXTURES, name)) as unknown as ArrayBuffer);
  return wb;
}

/** Every cell of every RKT/IKU table's data rows, by sheet, Kode and header. */
function typedCells(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    const headers = new Map<number, string>();
    ws.getRow(4).eachCell((cell, col) => headers.set(col, String(cell.value)));
    const kodeCol = [...headers].find(([, h]) => h === "Kode")?.[0];
    if (kodeCol === undefined) continue;
    for (let r = 5; r <= ws.rowCount; r++) {
      const kode = ws.getCell(r, kodeCol).value;
      if (typeof kode !== "string") continue;
      for (const [col, header] of headers) {
        const v = ws.getCell(r, col).value;
        if (v !== null && v !== "") out.set(`${ws.name} | ${kode} | ${header}`, v);
      }
    }
  }
  return out;
}

/** Types something into every cell of every table's data rows (a distinct value each). */
function typeEverywhere(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const headers = new Map<number, string>();
    ws.getRow(4).eachCell((cell, col) => headers.set(col, String(cell.value)));
    const kodeCol = [...headers].find(([, h]) => h === "Kode")?.[0];
    if (kodeCol === undefined) continue;
    for (let r = 5; r <= ws.rowCount; r++) {
      if (typeof ws.getCell(r, kodeCol).value !== "string") continue;
      for (const [col, header] of headers) {
        if (header === "Kode") continue;
        const cell = ws.getCell(r, col);
        // Numbers where staff type numbers, text elsewhere; each cell its own value.
        cell.value = /^(Realisasi TW|Target TW)/.test(header) ? r * 100 + col : `isian ${r}-${col}`;
      }
    }
  }
}

describe.each(["blitar-2021-e0b4b28.xlsx", "blitar-2021-e41cf87.xlsx"])("%s", (fixture) => {
  test("upgrades in place: new columns, every typed value kept in its row, the layout stamp", async () => {
    const wb = await load(fixture);
    typeEverywhere(wb);
    const before = typedCells(wb);
    expect(before.size).toBeGreaterThan(300);
    const plan = planTemplate(BLITAR_2021, readWorkbook(wb));
    // The only sheets added are the ones this layout brings (Anggaran, Perjanjian Kinerja).
    expect(plan.ops.flatMap((op) => (op.op === "addSheet" ? [op.sheet] : []))).toEqual([
      ANGGARAN_SHEET,
      PK_SHEET,
    ]);
    applyPlan(wb, plan);
    const after = typedCells(wb);
    const lost = [...before].filter(([k, v]) => after.get(k) !== v).map(([k]) => k);
    expect(lost).toEqual([]);
    // Every RKT table now has every column of the layout.
    const book = readWorkbook(wb);
    for (const t of findRktTables(book))
      expect(RKT_COLUMNS.filter((c) => t.columns[c.key] === undefined).map((c) => c.key)).toEqual(
        []
      );
    const info = book.sheets.find((s) => s.name === "Info Kinerja")!;
    const at = findLabel(info, LAYOUT_VERSION_LABEL)!;
    expect(info.values[at.row - info.top]?.[at.col + 1 - info.left]).toBe(LAYOUT_VERSION);
    // The IKU sheets gained Satuan and Penjelasan / Alasan.
    const iku = wb.getWorksheet("IKU KPU")!;
    const ikuHeaders: unknown[] = [];
    iku.getRow(4).eachCell((c) => ikuHeaders.push(c.value));
    expect(ikuHeaders).toEqual(expect.arrayContaining(["Satuan", "Penjelasan / Alasan"]));
    // Twice equals once.
    const again = planTemplate(BLITAR_2021, readWorkbook(wb));
    expect(again.ops).toEqual([]);
    // Hitung Capaian fills the new formula columns of the upgraded sheet.
    const cp = planCapaian(readWorkbook(wb), BLITAR_2021, DEFAULT_SETTINGS);
    const formulaColumns = new Set(
      cp.plan.ops.flatMap((op) =>
        op.op === "write" && op.sheet === "RKT KPU" && op.formulaR1C1 !== undefined
          ? [op.address]
          : []
      )
    );
    expect(formulaColumns.size).toBe(8);
  });

  test("the decree.s Periode stands in the Periode column after the upgrade", async () => {
    const wb = await load(fixture);
    applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
    const ws = wb.getWorksheet("RKT KPU")!;
    const headers: string[] = [];
    ws.getRow(4).eachCell((c, col) => (headers[col] = String(c.value)));
    const periode = headers.indexOf("Periode");
    // rkt-kpu-5 (a SAKIP grade) is annual in the decree: the Periode column says so.
    const kode = headers.indexOf("Kode");
    for (let r = 5; r <= 10; r++)
      if (ws.getCell(r, kode).value === "rkt-kpu-5")
        expect(ws.getCell(r, periode).value).toBe("Tahunan");
  });
});

test("cells beside a table that hold anything stop its upgrade, and the summary says so", async () => {
  const wb = await load("blitar-2021-e41cf87.xlsx");
  const ws = wb.getWorksheet("RKT KPU")!;
  ws.getCell(6, ws.getRow(4).cellCount + 2).value = "catatan saya";
  const plan = planTemplate(BLITAR_2021, readWorkbook(wb));
  expect(plan.ops.some((op) => "sheet" in op && op.sheet === "RKT KPU")).toBe(false);
  expect(plan.summary.map((s) => s.id).join(" ")).toMatch(/RKT KPU: kolom baru tidak ditambahkan/);
  applyPlan(wb, plan);
  expect(ws.getCell(6, ws.getRow(4).cellCount + 2).value).toBe("catatan saya");
});

test("a formula beside a table that shows nothing is the user's too: the upgrade leaves the table", async () => {
  const wb = await load("blitar-2021-e41cf87.xlsx");
  const ws = wb.getWorksheet("RKT KPU")!;
  const col = ws.getRow(4).cellCount + 2;
  const formula = { formula: 'IF(A6="","","x")', result: "" };
  ws.getCell(6, col).value = formula;
  const plan = planTemplate(BLITAR_2021, readWorkbook(wb));
  expect(plan.ops.some((op) => "sheet" in op && op.sheet === "RKT KPU")).toBe(false);
  applyPlan(wb, plan);
  expect(ws.getCell(6, col).value).toMatchObject({ formula: formula.formula });
});

test("inside Excel (a snapshot of the tables only) an earlier layout is named, its sheets untouched", async () => {
  const wb = await load("blitar-2021-e41cf87.xlsx");
  const book = { ...readWorkbook(wb), complete: false };
  const existing = new Set(book.sheets.map((x) => x.name.toLowerCase()));
  const plan = planTemplate(BLITAR_2021, book);
  // Nothing is written to a sheet the workbook has; the layout's new sheets may be added.
  expect(plan.ops.filter((op) => "sheet" in op && existing.has(op.sheet.toLowerCase()))).toEqual(
    []
  );
  expect(plan.ops.flatMap((op) => (op.op === "addSheet" ? [op.sheet] : []))).toEqual([
    ANGGARAN_SHEET,
    PK_SHEET,
  ]);
  expect(plan.summary.map((s) => s.id).join(" ")).toMatch(/RKT KPU dibuat dengan tata letak lama/);
});

/** The column of `header` on a sheet's header row (1-based, as exceljs counts). */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let at = -1;
  ws.getRow(4).eachCell((c, col) => {
    if (c.value === header) at = col;
  });
  return at;
}

function rowOf(ws: ExcelJS.Worksheet, kode: string): number {
  const col = columnOf(ws, "Kode");
  for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === kode) return r;
  return -1;
}

test("last year's realisasi, the Renstra target and the Target TW cells take the row's units, not the decree's", async () => {
  const wb = await load("blitar-2021-e0b4b28.xlsx");
  const ws = wb.getWorksheet("RKT KPU")!;
  // rkt-kpu-1 typed in plain numbers (80, General); rkt-kpu-2 in fractions (0,3 as "0%").
  const target = columnOf(ws, "Target");
  const plain = rowOf(ws, "rkt-kpu-1");
  const fraction = rowOf(ws, "rkt-kpu-2");
  ws.getCell(plain, target).value = 80;
  ws.getCell(plain, target).numFmt = "General";
  ws.getCell(fraction, target).value = 0.3;
  ws.getCell(fraction, target).numFmt = "0%";
  const decree = {
    ...BLITAR_2021,
    tables: BLITAR_2021.tables.map((t) => ({
      ...t,
      indicators: t.indicators.map((i) =>
        i.id === "rkt-kpu-1" || i.id === "rkt-kpu-2"
          ? { ...i, realisasiTahunLalu: 75, targetRenstra: 85 }
          : i
      ),
    })),
  };
  applyPlan(wb, planTemplate(decree, readWorkbook(wb)));
  const cell = (r: number, h: string) => ws.getCell(r, columnOf(ws, h));
  expect([cell(plain, "Realisasi Tahun Lalu").value, cell(plain, "Target Renstra").value]).toEqual([
    75, 85,
  ]);
  expect(cell(plain, "Realisasi Tahun Lalu").numFmt).toBe("0.00");
  expect(cell(plain, "Target TW II").numFmt).toBe("0.00");
  expect([
    cell(fraction, "Realisasi Tahun Lalu").value,
    cell(fraction, "Target Renstra").value,
  ]).toEqual([0.75, 0.85]);
  expect(cell(fraction, "Realisasi Tahun Lalu").numFmt).toBe("0.00%");
  expect(cell(fraction, "Target TW II").numFmt).toBe("0.00%");
});

test("no table of the workbook is deleted or made again: the RKT, IKU and Info tables grow in place", async () => {
  const wb = await load("blitar-2021-e41cf87.xlsx");
  const book = readWorkbook(wb);
  const existing = new Set(book.sheets.map((s) => s.name));
  const plan = planTemplate(BLITAR_2021, book);
  const remade = plan.ops.filter(
    (op) => (op.op === "deleteTable" || op.op === "table") && existing.has(op.sheet)
  );
  expect(remade).toEqual([]);
  const grown = plan.ops.flatMap((op) =>
    op.op === "addTableColumns" || op.op === "addTableRows" ? [op.name] : []
  );
  expect(grown.sort()).toEqual(
    [
      "Kinerja_Info",
      "Kinerja_iku_kpu",
      "Kinerja_iku_sekretariat",
      "Kinerja_rkt_kpu",
      "Kinerja_rkt_sekretariat",
    ].sort()
  );
});

/**
 * The LKj columns of the RKT sheets (Penanggung Jawab, Sumber Data / Bukti from the IKU,
 * Pembilang and Penyebut, Realisasi Tahun Lalu and Target Renstra with their comparisons) and
 * the IKU sheets' Satuan and Penjelasan / Alasan: the template writes them, Hitung Capaian
 * computes them as formulas, and the engine's recalculation equals the core.
 */
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../../src/core/decree";
import type { Decree } from "../../../src/core/decree/schema";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { planRecap } from "../../../src/core/workbook/recap";
import { readRktEntries } from "../../../src/core/workbook/entries";
import { IKU_COLUMNS, columnOf } from "../../../src/core/workbook/layout";
import { DEFAULT_SETTINGS } from "../../../src/core/workbook/settings";
import { planTemplate } from "../../../src/core/workbook/template";
import { recalculateSnapshot } from "../../../src/engine/snapshot";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { applyToSnapshot } from "../../differential/generator";
import { rktCell, rktIndex } from "../../fixtures/rkt-columns";

type Key = Parameters<typeof rktIndex>[0];

function template(decree: Decree = BLITAR_2021): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(decree, readWorkbook(wb)));
  return wb;
}

const cellOf = (ws: ExcelJS.Worksheet) => (row: number, key: Key) =>
  ws.getCell(row, rktIndex(key) + 1);

test("the RKT sheet has the LKj columns; Sumber Data / Bukti is the IKU's sumber data", () => {
  const wb = template();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const cell = cellOf(ws);
  const headers = (
    [
      "penanggungJawab",
      "pembilang",
      "penyebut",
      "realisasiLalu",
      "perubahan",
      "targetRenstra",
      "capaianRenstra",
      "masalah2",
      "rtl2",
    ] as const
  ).map((k) => cell(4, k).value);
  expect(headers).toEqual([
    "Penanggung Jawab",
    "Pembilang",
    "Penyebut",
    "Realisasi Tahun Lalu",
    "Perubahan dari Tahun Lalu",
    "Target Renstra",
    "Capaian terhadap Target Renstra",
    "Permasalahan TW II",
    "Rencana Tindak Lanjut TW II",
  ]);
  // rkt-kpu-2 is defined by iku-kpu-2, whose sumber data is the parpol register.
  expect(cell(6, "kode").value).toBe("rkt-kpu-2");
  expect(cell(6, "sumber").value).toBe(
    "Register Parpol yg telah mendaftarkan dan teregister pada KPU Kota Blitar"
  );
  // Input colour on Pembilang only where the indicator has components.
  const fill = (row: number) =>
    (cell(row, "pembilang").fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  expect(fill(6)).toBeDefined();
  expect(fill(5)).toBeUndefined();
  // The year's realisasi and last year's share the target's number format.
  expect(cell(5, "realisasiLalu").numFmt).toBe(cell(5, "target").numFmt);
  // A fresh template: no Penanggung Jawab (the decree names none), no list.
  expect(cell(5, "penanggungJawab").value).toBeNull();
  expect(cell(5, "penanggungJawab").dataValidation).toBeUndefined();
});

test("the IKU sheet has Satuan and Penjelasan / Alasan", () => {
  const wb = template();
  const ws = wb.getWorksheet("IKU KPU") as ExcelJS.Worksheet;
  const at = (key: (typeof IKU_COLUMNS)[number]["key"]) => columnOf(IKU_COLUMNS, key) + 1;
  expect(ws.getCell(4, at("satuan")).value).toBe("Satuan");
  expect(ws.getCell(4, at("penjelasan")).value).toBe("Penjelasan / Alasan");
  expect(ws.getCell(5, at("satuan")).value).toBe("%");
  expect(ws.getCell(5, at("kode")).value).toBe("iku-kpu-1");
});

test("a decree's units, penanggung jawab, last year and Renstra fill the template", () => {
  const decree: Decree = {
    ...BLITAR_2021,
    units: ["Subbag KUL", "Subbag Program dan Data"],
    tables: BLITAR_2021.tables.map((t) => ({
      ...t,
      indicators: t.indicators.map((ind) =>
        ind.id === "rkt-kpu-1"
          ? {
              ...ind,
              penanggungJawab: "Subbag Program dan Data",
              realisasiTahunLalu: 95,
              targetRenstra: 100,
            }
          : ind
      ),
    })),
  };
  const wb = template(decree);
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const cell = cellOf(ws);
  expect(cell(5, "penanggungJawab").value).toBe("Subbag Program dan Data");
  expect(cell(5, "realisasiLalu").value).toBe(0.95);
  expect(cell(5, "targetRenstra").value).toBe(1);
  expect(cell(5, "penanggungJawab").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"Subbag KUL,Subbag Program dan Data"'],
  });
});

test("Pembilang / Penyebut, last year and Renstra: the sheet's formulas equal the core", () => {
  const wb = template();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const cell = cellOf(ws);
  // rkt-kpu-2 (percent, target 30%): 3 of 4 parties, last year 60%, Renstra 100%.
  cell(6, "tw1").value = 0.5;
  cell(6, "tw2").value = 0.5;
  cell(6, "pembilang").value = 3;
  cell(6, "penyebut").value = 4;
  cell(6, "realisasiLalu").value = 0.6;
  cell(6, "targetRenstra").value = 0.9;
  // rkt-kpu-1: realisasi 80%, last year 90%, Renstra typed as text ("cek isian").
  cell(5, "tw1").value = 0.8;
  cell(5, "realisasiLalu").value = 0.9;
  cell(5, "targetRenstra").value = "seratus";
  // rkt-kpu-4 (percent): a zero Penyebut; rkt-kpu-3 (an index): Pembilang and Penyebut
  // count for percents only.
  cell(8, "pembilang").value = 1;
  cell(8, "penyebut").value = 0;
  cell(7, "tw1").value = 70;
  cell(7, "pembilang").value = 1;
  cell(7, "penyebut").value = 2;
  const book = readWorkbook(wb);
  const cp = planCapaian(book, BLITAR_2021, { ...DEFAULT_SETTINGS, reportingQuarter: 2 });
  const [kpu1, kpu2] = cp.evaluations[1]?.evaluation.results ?? [];
  expect(kpu2?.realisasi).toBe(75);
  expect(kpu2?.capaianRounded).toBe(250);
  expect([kpu2?.realisasiTahunLalu, kpu2?.targetRenstra]).toEqual([60, 90]);
  expect(kpu2?.perubahan).toBeCloseTo(15, 9);
  expect(kpu2?.capaianRenstraRounded).toBe(83.33);
  expect(kpu1?.perubahan).toBeCloseTo(-10, 9);
  expect(kpu1?.cekIsianLkj).toEqual({ perubahan: false, capaianRenstra: true });
  expect(kpu1?.capaianRenstra).toBeNull();
  applyToSnapshot(book, cp.plan);
  const done = recalculateSnapshot(book);
  const sheet = done.sheets.find((s) => s.name === "RKT KPU");
  const at = (row: number, key: Key) => sheet?.values[row - 1]?.[rktIndex(key)];
  expect(at(6, "realisasi")).toBeCloseTo(0.75, 12);
  expect(at(6, "perubahan")).toBeCloseTo(0.15, 12);
  expect(at(6, "capaianRenstra")).toBeCloseTo(0.75 / 0.9, 12);
  expect(at(5, "perubahan")).toBeCloseTo(-0.1, 12);
  expect(at(5, "capaianRenstra")).toBe("cek isian");
  expect(at(8, "realisasi")).toBe("cek isian");
  expect(at(7, "realisasi")).toBe(70);
  const [, , kpu3, kpu4] = cp.evaluations[1]?.evaluation.results ?? [];
  expect(kpu4?.cekIsian).toBe("realisasi");
  expect(kpu3?.realisasi).toBe(70);
  expect(
    cp.evaluations[1]?.evaluation.findings.some(
      (f) => f.code === "components.zeroDenominator" && f.indicatorId === "rkt-kpu-4"
    )
  ).toBe(true);
});

test("the rows' texts are read back: Penanggung Jawab, Permasalahan and Rencana Tindak Lanjut", () => {
  const wb = template();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const cell = cellOf(ws);
  cell(5, "penanggungJawab").value = " Subbag Hukum ";
  cell(5, "masalah2").value = "Data parpol terlambat";
  cell(5, "rtl2").value = "Koordinasi dengan Bakesbangpol";
  const e = readRktEntries(readWorkbook(wb), BLITAR_2021).find(
    (x) => x.entry.indicator.id === "rkt-kpu-1"
  );
  expect(e?.texts).toEqual({
    penanggungJawab: "Subbag Hukum",
    permasalahan: ["", "Data parpol terlambat", "", ""],
    rencanaTindakLanjut: ["", "Koordinasi dengan Bakesbangpol", "", ""],
  });
});

test("Rekap Rapat shows the reporting quarter's Permasalahan and Rencana Tindak Lanjut, and keeps the meeting's words", () => {
  const wb = template();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const cell = cellOf(ws);
  cell(5, "masalah1").value = "Masalah TW I";
  cell(5, "masalah2").value = "Data parpol terlambat";
  cell(5, "rtl2").value = "Koordinasi dengan Bakesbangpol";
  cell(6, "masalah2").value = "Belum ada pleno";
  cell(5, "penanggungJawab").value = "Subbag Hukum";
  const settings = { ...DEFAULT_SETTINGS, reportingQuarter: 2 as const };
  const first = planRecap(readWorkbook(wb), BLITAR_2021, settings);
  const row = (r: typeof first, kode: string) => r.rows.find((x) => x.kode === kode);
  expect(row(first, "rkt-kpu-1")).toMatchObject({
    permasalahan: "Data parpol terlambat",
    rencanaTindakLanjut: "Koordinasi dengan Bakesbangpol",
    penanggungJawab: "Subbag Hukum",
  });
  applyPlan(wb, first.plan);
  const recap = wb.getWorksheet(first.sheet) as ExcelJS.Worksheet;
  const header = (recap.getRow(4).values as unknown[]).map(String);
  const colOf = (h: string) => header.indexOf(h);
  const kodeCol = colOf("Kode");
  const rowOf = (kode: string) => {
    for (let r = 5; r <= recap.rowCount; r++)
      if (recap.getCell(r, kodeCol).value === kode) return r;
    return -1;
  };
  // The RKT sheet's words arrive as a formula reading the RKT cell, so later edits follow.
  expect(recap.getCell(rowOf("rkt-kpu-1"), colOf("Permasalahan")).formula).toContain(
    `${rktCell("masalah2", 5)}`
  );
  // The meeting types over one row's Permasalahan; the RKT sheet's words change elsewhere.
  recap.getCell(rowOf("rkt-kpu-2"), colOf("Permasalahan")).value = "Dibahas di rapat";
  cell(5, "masalah2").value = "Data parpol lengkap";
  const second = planRecap(readWorkbook(wb), BLITAR_2021, settings);
  expect(row(second, "rkt-kpu-2")?.permasalahan).toBe("Dibahas di rapat");
  expect(row(second, "rkt-kpu-1")?.permasalahan).toBe("Data parpol lengkap");
  // At TW I the first quarter's words.
  const tw1 = planRecap(readWorkbook(wb), BLITAR_2021, { ...settings, reportingQuarter: 1 });
  expect(row(tw1, "rkt-kpu-1")?.permasalahan).toBe("Masalah TW I");
});

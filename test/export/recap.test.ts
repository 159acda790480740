/**
 * Rekap Rapat: the core's rows to a quarter, the print setup, and the meeting's notes kept
 * across re-runs by Kode (not by row position).
 */
import { readSettings } from "../../src/core/workbook/settings";
import type ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { parseRange } from "../../src/core/workbook/a1";
import { planCapaian } from "../../src/core/workbook/capaian-plan";
import {
  OVERALL_KODE,
  RECAP_BUDGET_TABLE,
  RECAP_TABLE,
  readMeetingNotes,
  recapGrid,
} from "../../src/core/workbook/recap";
import { findRktTables } from "../../src/core/workbook/entries";
import { applyPlan } from "../../src/xlsx/apply";
import { readWorkbook } from "../../src/xlsx/read";
import { recapAt, filledWorkbook } from "./fixture";

/** The recap table's rows as header -> cell, read back from the workbook. */
function recapTable(wb: ExcelJS.Workbook): Record<string, unknown>[] {
  const book = readWorkbook(wb);
  const sheet = book.sheets.find((s) => s.tables.some((t) => t.name === RECAP_TABLE))!;
  const box = parseRange(sheet.tables.find((t) => t.name === RECAP_TABLE)!.address);
  const header = sheet.formulas[box.row]!.slice(box.col, box.col + box.cols).map(String);
  return sheet.formulas
    .slice(box.row + 1, box.row + box.rows)
    .map((r) => Object.fromEntries(header.map((h, c) => [h, r[box.col + c]])));
}

test("rows carry the core's realisasi and capaian to the chosen quarter", async () => {
  const book = readWorkbook(await filledWorkbook());
  const { evaluations } = planCapaian(book, BLITAR_2021, readSettings(book).settings);
  const perQuarter = evaluations.flatMap((e) => e.evaluation.results);
  for (const quarter of [1, 2] as const) {
    const { rows } = recapAt(book, BLITAR_2021, quarter);
    expect(rows).toHaveLength(16);
    rows.forEach((r, i) => {
      const upTo = perQuarter[i]!.quarters.slice(0, quarter).filter((q) => q.status === "value");
      const last = upTo[upTo.length - 1];
      expect([r.kode, r.capaian]).toEqual([r.kode, last?.capaian ?? null]);
      expect([r.kode, r.realisasi]).toEqual([r.kode, last?.toDate ?? null]);
    });
  }
  const kpu1 = recapAt(book, BLITAR_2021, 2).rows.find((r) => r.kode === "rkt-kpu-1")!;
  expect(kpu1).toMatchObject({
    targetText: "80%",
    realisasiText: "83%",
    capaianText: "103,75%",
    kategori: "Sangat Baik",
  });
});

test("the sheet prints A4 landscape, one page wide, header repeated, numbered pages", async () => {
  const book = readWorkbook(await filledWorkbook());
  const { plan, sheet } = recapAt(book, BLITAR_2021, 2);
  const page = plan.ops.find((o) => o.op === "pageSetup");
  expect(page).toMatchObject({
    sheet,
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: "$4:$4",
    footer: "&LDicetak &D&RHalaman &P dari &N",
  });
  expect(page?.op === "pageSetup" && page.header).toContain("KPU Kota Blitar");
  expect(page?.op === "pageSetup" && page.header).toContain("TW II");
  const title = plan.ops.find((o) => o.op === "write" && o.address === "A1:A3");
  expect(JSON.stringify(title)).toContain(BLITAR_2021.number);
  expect(plan.ops.filter((o) => o.op === "table").map((o) => o.op === "table" && o.name)).toEqual([
    RECAP_TABLE,
    RECAP_BUDGET_TABLE,
  ]);
});

test("re-running replaces the recap and keeps Permasalahan / Rencana Tindak Lanjut by Kode", async () => {
  const wb = await filledWorkbook();
  applyPlan(wb, recapAt(readWorkbook(wb), BLITAR_2021, 2).plan);
  const ws = wb.getWorksheet("Rekap Rapat")!;
  const rows = recapTable(wb);
  const col = (h: string) => Object.keys(rows[0]!).indexOf(h) + 1;
  const excelRow = (kode: string) => 5 + rows.findIndex((r) => r.Kode === kode);
  const type = (kode: string, p: string, rtl: string) => {
    ws.getCell(excelRow(kode), col("Permasalahan")).value = p;
    ws.getCell(excelRow(kode), col("Rencana Tindak Lanjut")).value = rtl;
  };
  type("rkt-kpu-1", "Regulasi baru belum disosialisasikan", "Bimtek bulan Agustus");
  type("rkt-sekretariat-5", "Aset belum diinventarisasi", "Stock opname TW III");
  type(OVERALL_KODE, "Capaian TW II di bawah rencana", "Rapat bulanan");
  // The meeting sorted the table: swap the first and last indicator rows, every column.
  const [a, b] = [5, 5 + 15];
  for (let c = 1; c <= 12; c++) {
    const x = ws.getCell(a, c).value;
    ws.getCell(a, c).value = ws.getCell(b, c).value;
    ws.getCell(b, c).value = x;
  }
  // A row whose indicator is gone (its Kode edited) keeps its note at the bottom.
  ws.getCell(excelRow("rkt-sekretariat-3"), col("Kode")).value = "kode-lama";
  ws.getCell(excelRow("rkt-sekretariat-3"), col("Permasalahan")).value = "Catatan lama";
  expect(readMeetingNotes(readWorkbook(wb)).size).toBe(4);

  const again = recapAt(readWorkbook(wb), BLITAR_2021, 2);
  expect(again.plan.ops.some((o) => o.op === "addSheet")).toBe(false);
  // The recap's table and its budget block, both the add-in's, go before they are written anew.
  expect(again.plan.ops.flatMap((o) => (o.op === "deleteTable" ? [o.name] : [])).sort()).toEqual([
    RECAP_TABLE,
    RECAP_BUDGET_TABLE,
  ]);
  applyPlan(wb, again.plan);
  // The table grew by the orphan's row: the block moved down with it, its old place cleared.
  const titles: number[] = [];
  ws.eachRow((row, n) => {
    if (String(row.getCell(1).value ?? "").startsWith("Serapan Anggaran per Sasaran"))
      titles.push(n);
  });
  expect(titles).toEqual([5 + 16 + 1 + 1 + 1]);
  const after = recapTable(wb);
  const by = (kode: string) => after.find((r) => r.Kode === kode)!;
  expect(after.map((r) => r.Kode).slice(0, 16)).toEqual(again.rows.map((r) => r.kode));
  expect(by("rkt-kpu-1")).toMatchObject({
    Permasalahan: "Regulasi baru belum disosialisasikan",
    "Rencana Tindak Lanjut": "Bimtek bulan Agustus",
  });
  expect(by("rkt-sekretariat-5").Permasalahan).toBe("Aset belum diinventarisasi");
  expect(by(OVERALL_KODE)["Rencana Tindak Lanjut"]).toBe("Rapat bulanan");
  expect(by("kode-lama").Permasalahan).toBe("Catatan lama");
  // Nothing typed by the meeting there: the RKT sheet's Permasalahan TW II, read by a formula.
  expect(by("rkt-sekretariat-1").Permasalahan).toMatch(/^=IF\(ISBLANK\('RKT Sekretariat'!/);
  expect(again.rows.find((r) => r.kode === "rkt-sekretariat-1")!.permasalahan).toBe("");
  expect(again.rows.find((r) => r.kode === "rkt-kpu-1")!.permasalahan).toBe(
    "Regulasi baru belum disosialisasikan"
  );
  expect(after).toHaveLength(16 + 1 + 1);
  // A third run changes nothing.
  const third = recapAt(readWorkbook(wb), BLITAR_2021, 2);
  expect(third.plan).toEqual(recapAt(readWorkbook(wb), BLITAR_2021, 2).plan);
  applyPlan(wb, third.plan);
  expect(recapTable(wb)).toEqual(after);
});

test("a Persen row held in plain numbers (target 80 General) is held and formatted so on the recap, as on the RKT sheet", async () => {
  const wb = await filledWorkbook();
  const ws = wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet;
  const t = findRktTables(readWorkbook(wb)).find((x) => x.sheet.name === "RKT KPU")!;
  const row = t.headerRow + 2; // the first indicator, 1-based
  const cell = (k: keyof typeof t.columns) => ws.getCell(row, (t.columns[k] as number) + 1);
  cell("target").value = 80;
  cell("target").numFmt = "General";
  cell("tw1").value = 50;
  cell("tw1").numFmt = "General";
  cell("tw2").value = 83;
  cell("tw2").numFmt = "General";
  const book = readWorkbook(wb);
  const recap = recapAt(book, BLITAR_2021, 2);
  const kpu1 = recap.rows.findIndex((r) => r.kode === "rkt-kpu-1");
  // The exported values: the sheet's own numbers, not 0,8 / 0,83.
  const grid = recapGrid(recap);
  const col = (h: string) => grid[0]!.findIndex((c) => String(c.value).startsWith(h));
  const cells = grid[kpu1 + 1]!;
  expect([cells[col("Target")]!.value, cells[col("Realisasi s.d.")]!.value]).toEqual([80, 83]);
  // Inside the workbook the cells are formulas into the RKT sheet (80, 83): not formatted
  // as percents, which would show 8000,00%.
  // The formats written before the table's cells (first row: the first indicator).
  const write = recap.plan.ops.find(
    (o) =>
      o.op === "write" &&
      o.sheet === recap.sheet &&
      o.numberFormats !== undefined &&
      o.numberFormats.length >= recap.rows.length &&
      o.values === undefined &&
      o.formulas === undefined
  );
  const formats = write?.op === "write" ? write.numberFormats?.[kpu1] : undefined;
  expect(formats?.[col("Target")]).not.toMatch(/%/);
  expect(formats?.[col("Realisasi s.d.")]).not.toMatch(/%/);
  // A row held in fractions keeps its percent format.
  const kpu2 = recap.rows.findIndex((r) => r.kode === "rkt-kpu-2");
  expect(write?.op === "write" && write.numberFormats?.[kpu2]?.[col("Target")]).toMatch(/%/);
});

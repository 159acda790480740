/** Jenis, Arah and Agregasi TW as the sheet's formulas read them, and what the rules say. */
import { BLITAR_2021 } from "../../../src/core/decree";
import { evaluate } from "../../../src/core/rules";
import { readRktEntries } from "../../../src/core/workbook/entries";
import { KIND_WORDS, RKT_COLUMNS, columnOf, sheetWord } from "../../../src/core/workbook/layout";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import ExcelJS from "exceljs";

test("sheetWord: TRIM (spaces only) and any case; blank; anything else unknown", () => {
  expect(sheetWord(KIND_WORDS, " nilai sakip ")).toEqual({ key: "grade" });
  expect(sheetWord(KIND_WORDS, "PERSEN")).toEqual({ key: "percent" });
  expect(sheetWord(KIND_WORDS, null)).toBe("blank");
  expect(sheetWord(KIND_WORDS, "   ")).toBe("blank");
  // Excel's TRIM leaves a tab or a no-break space: not the word, as for the formulas.
  expect(sheetWord(KIND_WORDS, "\tPersen")).toBe("unknown");
  expect(sheetWord(KIND_WORDS, "Persentase")).toBe("unknown");
  expect(sheetWord(KIND_WORDS, 5)).toBe("unknown");
  expect(sheetWord(KIND_WORDS, { error: "#N/A" })).toBe("unknown");
});

/** The 1-based column of Realisasi TW I, as ExcelJS counts. */
const TW1 = columnOf(RKT_COLUMNS, "tw1") + 1;

function template(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  return { wb, ws: wb.getWorksheet("RKT KPU") as ExcelJS.Worksheet };
}

test("an unknown Jenis is cek isian with an error at the Jenis cell; a blank one is Persen, with a warning when the decree says otherwise", () => {
  const { wb, ws } = template();
  // Row 5 (first indicator, a percent), row 9 (a grade: Nilai SAKIP).
  const jenis = (row: number) => ws.getCell(row, 5);
  expect(String(ws.getCell(4, 5).value)).toBe("Jenis");
  jenis(5).value = "Persentase";
  const gradeRow = [...Array(12).keys()]
    .map((i) => i + 5)
    .find((r) => jenis(r).value === "Nilai SAKIP") as number;
  jenis(gradeRow).value = null;
  ws.getCell(5, TW1).value = 0.9;
  ws.getCell(5, TW1).numFmt = "0%";
  const entries = readRktEntries(readWorkbook(wb), BLITAR_2021).filter(
    (e) => e.sheet === "RKT KPU"
  );
  const ev = evaluate(
    entries.map((e) => e.entry),
    { reportingQuarter: 1 }
  );
  const first = ev.results[0]!;
  expect(first.cekIsian).toBe("realisasi");
  expect(first.capaian).toBeNull();
  const unknown = ev.findings.find((f) => f.code === "indicator.unknownWord");
  expect(unknown?.field).toBe("kind");
  expect(unknown?.fix).toEqual({ value: "Persen" });
  const grade = entries.findIndex((e) => e.row === gradeRow - 1);
  expect(ev.results[grade]?.kind).toBe("percent");
  const blank = ev.findings.find((f) => f.code === "indicator.blankWord");
  expect(blank?.indicatorId).toBe(ev.results[grade]?.indicatorId);
  expect(blank?.fix).toEqual({ value: "Nilai SAKIP" });
});

test("an unknown Arah stops the capaian of numbers only; an unknown Agregasi TW their realisasi", () => {
  const { wb, ws } = template();
  ws.getCell(5, 7).value = "Menurun"; // Arah
  ws.getCell(6, 8).value = "Rata-rata"; // Agregasi TW
  ws.getCell(5, TW1).value = 0.9;
  ws.getCell(5, TW1).numFmt = "0%";
  ws.getCell(6, TW1).value = 0.2;
  ws.getCell(6, TW1).numFmt = "0%";
  expect(String(ws.getCell(4, 7).value)).toBe("Arah");
  expect(String(ws.getCell(4, 8).value)).toBe("Agregasi TW");
  const entries = readRktEntries(readWorkbook(wb), BLITAR_2021).filter(
    (e) => e.sheet === "RKT KPU"
  );
  const ev = evaluate(
    entries.map((e) => e.entry),
    { reportingQuarter: 1 }
  );
  expect(ev.results[0]?.cekIsian).toBe("target");
  expect(ev.results[0]?.realisasi).toBe(90);
  expect(ev.results[0]?.capaian).toBeNull();
  expect(ev.results[1]?.cekIsian).toBe("realisasi");
  expect(ev.findings.filter((f) => f.code === "indicator.unknownWord").map((f) => f.field)).toEqual(
    ["direction", "aggregation"]
  );
});

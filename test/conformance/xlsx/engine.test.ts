/**
 * The engine checked by a real spreadsheet program: random workbooks (the differential's
 * generator) after Hitung Capaian, Buat Grafik and the recap of Ekspor are recalculated by
 * LibreOffice and by the engine (src/engine), and every formula cell of every sheet — RKT
 * sheets, Info, Ringkasan, Grafik, Rekap Rapat — must hold the same value. So `npm test`'s
 * in-process differential rests on an engine that agrees with LibreOffice, the oracle. The
 * engine computes from the entries as LibreOffice read them (it reads a cell holding empty
 * text as an empty cell, where Excel keeps it text) and the formulas as Kinerja wrote them.
 * KINERJA_ENGINE_SAMPLE sets how many workbooks (default 24).
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CAPAIAN, CHARTS, EXPORT, runAction } from "../../../src/app";
import { BLITAR_2021 } from "../../../src/core/decree";
import { cellAddress } from "../../../src/core/workbook/a1";
import type { CellValue, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { recalculateSnapshot } from "../../../src/engine/snapshot";
import { filePort } from "../../../src/xlsx/port";
import { readWorkbook } from "../../../src/xlsx/read";
import { randomWorkbook } from "../../differential/generator";
import { recalculate } from "./libreoffice";

const SAMPLE = Number(process.env.KINERJA_ENGINE_SAMPLE ?? 24);

/** Every formula cell's value: "sheet!A1" -> value ("" and blank alike). */
function formulaValues(
  book: WorkbookSnapshot,
  formulasFrom: WorkbookSnapshot
): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const s of formulasFrom.sheets) {
    const computed = book.sheets.find((x) => x.name === s.name);
    s.formulas.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (typeof f !== "string" || !f.startsWith("=")) return;
        const v =
          computed?.values[r + s.top - (computed?.top ?? 0)]?.[c + s.left - (computed?.left ?? 0)];
        out.set(
          `${s.name}!${cellAddress(r + s.top, c + s.left)}`,
          v === undefined || v === "" ? null : v
        );
      })
    );
  }
  return out;
}

const same = (a: CellValue, b: CellValue): boolean => {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
};

test(`the engine computes every formula of ${SAMPLE} random workbooks as LibreOffice does`, async () => {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-engine-"));
  const cases: { path: string; book: WorkbookSnapshot }[] = [];
  for (let i = 0; i < SAMPLE; i++) {
    const wb = await randomWorkbook(5000 + i);
    const port = filePort(wb);
    const input = { decree: BLITAR_2021 };
    await runAction(port, CAPAIAN, input, undefined);
    await runAction(port, CHARTS, input, undefined);
    await runAction(port, EXPORT, input, { format: "xlsx" });
    const book = readWorkbook(wb);
    const path = join(dir, `engine-${i}.xlsx`);
    await wb.xlsx.writeFile(path);
    cases.push({ path, book });
  }
  const recalculated = recalculate(cases.map((c) => c.path));
  const mismatches: string[] = [];
  let compared = 0;
  const sheets = new Set<string>();
  for (const [i, c] of cases.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i] as string);
    const read = readWorkbook(wb);
    const libre = formulaValues(read, c.book);
    // LibreOffice's entries, Kinerja's formulas.
    const inputs: WorkbookSnapshot = {
      ...read,
      sheets: read.sheets.map((s) => ({
        ...s,
        formulas: c.book.sheets.find((x) => x.name === s.name)?.formulas ?? s.formulas,
      })),
    };
    const engine = formulaValues(recalculateSnapshot(inputs), c.book);
    for (const [at, want] of libre) {
      const got = engine.get(at) ?? null;
      if (!same(got, want))
        mismatches.push(
          `workbook ${i}: ${at} engine ${JSON.stringify(got)}, LibreOffice ${JSON.stringify(want)}`
        );
      compared++;
      sheets.add(at.slice(0, at.lastIndexOf("!")));
    }
  }
  expect({ mismatches: mismatches.length, first: mismatches.slice(0, 10) }).toEqual({
    mismatches: 0,
    first: [],
  });
  expect(compared).toBeGreaterThan(SAMPLE * 300);
  expect([...sheets].sort()).toEqual(
    expect.arrayContaining([
      "Grafik",
      "Info Kinerja",
      "Rekap Rapat",
      "Ringkasan Capaian",
      "RKT KPU",
    ])
  );
}, 600_000);

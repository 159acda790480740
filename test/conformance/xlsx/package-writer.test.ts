/**
 * The command line's package writer, read by a real spreadsheet engine: the template and the
 * capaian formulas written into workbooks saved by Excel and by LibreOffice open in
 * LibreOffice, recalculate to the core's numbers, and the user's own sheets show exactly what
 * they showed before.
 */
import ExcelJS from "exceljs";
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CAPAIAN, TEMPLATE, runAction } from "../../../src/app";
import { BLITAR_2021 } from "../../../src/core/decree";
import { rangeAddress } from "../../../src/core/workbook/a1";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { findRktTables } from "../../../src/core/workbook/entries";
import { QUARTER_KEYS } from "../../../src/core/workbook/layout";
import type { PlanOp, Scalar } from "../../../src/core/workbook/plan";
import { readSettings } from "../../../src/core/workbook/settings";
import { XlsxFile } from "../../../src/xlsx/file";
import { packagePort } from "../../../src/xlsx/port";
import { readWorkbook } from "../../../src/xlsx/read";
import { differences } from "../../differential/compare";
import { recalculate, sheetsAsCsv } from "./libreoffice";

const FIXTURES = [
  "../../fixtures/excel-made/Book1.xlsx",
  "../../fixtures/excel-made/NewStyleConditionalFormattings.xlsx",
  "../../fixtures/libreoffice-made/office-table.xlsx",
].map((f) => join(__dirname, f));

/** What staff type, by kind, row by row (deterministic). */
function typed(kind: string, row: number, q: number): Scalar {
  const n = (row * 7 + q * 13) % 10;
  if (kind === "Persen") return n / 10;
  if (kind === "Indeks") return 60 + n * 3.5;
  if (kind === "Jumlah") return n % 2;
  if (kind === "Nilai SAKIP") return ["A", "BB", "B", "CC"][n % 4] as string;
  return ["WTP", "WDP"][n % 2] as string;
}

async function written(fixture: string, dir: string, i: number) {
  const file = await XlsxFile.load(readFileSync(fixture));
  await runAction(packagePort(file), TEMPLATE, { decree: BLITAR_2021 }, undefined);
  const book = readWorkbook(await file.workbook());
  const ops: PlanOp[] = [];
  for (const t of findRktTables(book)) {
    for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
      const kind = String(t.sheet.values[row]?.[t.columns.jenis as number] ?? "");
      QUARTER_KEYS.forEach((k, q) =>
        ops.push({
          op: "write",
          sheet: t.sheet.name,
          address: rangeAddress(row, t.columns[k] as number),
          values: [[typed(kind, row, q)]],
        })
      );
    }
  }
  file.apply({ ops, summary: [] });
  const filled = readWorkbook(await file.workbook());
  const capaian = planCapaian(filled, BLITAR_2021, readSettings(filled).settings);
  await runAction(packagePort(file), CAPAIAN, { decree: BLITAR_2021 }, undefined);
  const path = join(dir, `case-${i}.xlsx`);
  writeFileSync(path, file.bytes());
  return { path, capaian };
}

test("LibreOffice opens the patched workbooks, computes the core's numbers, and shows the user's sheets as before", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-package-"));
  const cases = [];
  for (const [i, f] of FIXTURES.entries()) cases.push(await written(f, dir, i));
  const recalculated = recalculate(cases.map((c) => c.path));
  for (const [i, c] of cases.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i] as string);
    const found = differences(readWorkbook(wb), c.capaian, FIXTURES[i] as string);
    expect(found.mismatches).toEqual([]);
    expect(found.compared).toBe(16);
  }
  for (const [i, f] of FIXTURES.entries()) {
    const before = sheetsAsCsv(f);
    const after = sheetsAsCsv(cases[i]?.path as string);
    // One CSV per sheet, named "<file>-<sheet>.csv".
    const bySheet = (csvs: Map<string, string>, path: string) => {
      const prefix = `${path.slice(path.lastIndexOf("/") + 1).replace(/\.xlsx$/, "")}-`;
      return new Map([...csvs].map(([k, v]) => [k.slice(prefix.length), v]));
    };
    const afterByName = bySheet(after, cases[i]?.path as string);
    expect(before.size).toBeGreaterThan(0);
    for (const [name, csv] of bySheet(before, f))
      expect({ name, csv: afterByName.get(name) }).toEqual({ name, csv });
  }
}, 300_000);

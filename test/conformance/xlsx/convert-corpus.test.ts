/**
 * The corpus of published tables (test/core/convert/corpus) in the sheet itself: each table is
 * converted, Hitung Capaian writes its formulas with the cap the report used, LibreOffice
 * recalculates, and every Realisasi Tahun, Capaian and Kategori cell equals the core's; the
 * Capaian cells show the capaian the report printed (or the rule, where the report erred).
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CAPAIAN, runAction } from "../../../src/app";
import { BLITAR_2021 } from "../../../src/core/decree";
import { planConvert } from "../../../src/core/workbook/convert";
import { applyPlan } from "../../../src/xlsx/apply";
import { filePort } from "../../../src/xlsx/port";
import { readWorkbook } from "../../../src/xlsx/read";
import { CORPUS } from "../../core/convert/corpus/tables";
import { snapshotOf, workbookOf } from "../../core/convert/fixtures/sheet";
import { differences } from "../../differential/compare";
import { recalculate } from "./libreoffice";

test("converted corpus tables: the recalculated sheet shows the printed capaian, as the core", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-corpus-"));
  const cases = [];
  for (const t of CORPUS) {
    const wb = workbookOf(t.sheet);
    const converted = planConvert(snapshotOf(wb), t.sheet.name);
    if (!converted.ok) throw new Error(JSON.stringify(converted.problems));
    applyPlan(wb, converted.plan);
    // Hitung Capaian as `kinerja capaian --cap … --tw 4 --out` runs it: the settings go into
    // the Info sheet with the formulas, which read them there.
    const overrides = { cap: t.cap, reportingQuarter: 4 as const };
    const outcome = await runAction(
      filePort(wb),
      CAPAIAN,
      { decree: BLITAR_2021, overrides },
      undefined
    );
    const capaian = outcome.result;
    const path = join(dir, `${t.name}.xlsx`);
    await wb.xlsx.writeFile(path);
    cases.push({ t, path, capaian });
  }
  const recalculated = recalculate(cases.map((c) => c.path));
  for (const [i, c] of cases.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated[i] as string);
    const book = readWorkbook(wb);
    const found = differences(book, c.capaian, c.t.name);
    expect(found.mismatches).toEqual([]);
    expect(found.compared).toBe(c.t.rows.length);
    // The sheet's Capaian cells, at the report's precision (the rule's figure where it erred).
    const { sheet } = c.capaian.evaluations[0]!;
    const snap = book.sheets.find((s) => s.name === sheet)!;
    const shown = c.capaian.entries.map((e) => {
      const v = snap.values[e.row]?.[e.columns.capaian as number];
      return typeof v === "number"
        ? Math.round(v * 100 * 10 ** c.t.decimals) / 10 ** c.t.decimals
        : v;
    });
    expect(shown).toEqual(
      c.t.rows.map((r) =>
        r.reportError !== undefined
          ? Math.round(r.reportError.rule * 10 ** c.t.decimals) / 10 ** c.t.decimals
          : r.printed
      )
    );
  }
}, 180_000);

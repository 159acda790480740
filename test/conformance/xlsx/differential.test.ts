/**
 * One truth, differentially: random workbooks with entries typed the ways staff type them
 * (text numbers in id-ID and en-US style, percent signs, spaces, dashes, "belum", long opinion
 * names, scores, fractions, dates, Excel errors, blanks; targets as text, ranges and zero;
 * test/differential/generator.ts), under random settings and aggregations, go through the
 * real planners and the file writer; LibreOffice recalculates them in one batch, and every
 * Realisasi Tahun, Capaian, Kategori and Ringkasan average must equal the rules core's —
 * "cek isian" included. `npm test` runs the same comparison on 1,000 of them with the
 * in-process engine (test/differential/engine.test.ts); this one keeps LibreOffice the oracle.
 * KINERJA_DIFF_WORKBOOKS sets how many workbooks (default 40, 16 indicators each).
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BLITAR_2021 } from "../../../src/core/decree";
import { planCapaian } from "../../../src/core/workbook/capaian-plan";
import { readSettings } from "../../../src/core/workbook/settings";
import { applyPlan } from "../../../src/xlsx/apply";
import { readWorkbook } from "../../../src/xlsx/read";
import { differences } from "../../differential/compare";
import { randomWorkbook } from "../../differential/generator";
import { recalculate } from "./libreoffice";

const WORKBOOKS = Number(process.env.KINERJA_DIFF_WORKBOOKS ?? 40);

test(
  `${WORKBOOKS} random workbooks typed the ways staff type: the sheet after recalculation equals the core, cell by cell`,
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-differential-"));
    const cases = [];
    for (let i = 0; i < WORKBOOKS; i++) {
      const wb = await randomWorkbook(i + 1);
      const book = readWorkbook(wb);
      const capaian = planCapaian(book, BLITAR_2021, readSettings(book).settings);
      applyPlan(wb, capaian.plan);
      const path = join(dir, `random-${i + 1}.xlsx`);
      await wb.xlsx.writeFile(path);
      cases.push({ path, capaian, seed: i + 1 });
    }
    const recalculated = recalculate(cases.map((c) => c.path));
    const mismatches: string[] = [];
    let compared = 0;
    let comparedTw = 0;
    let comparedLkj = 0;
    let cekIsian = 0;
    let capaianTw = 0;
    let numericCapaian = 0;
    for (const [i, c] of cases.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated[i] as string);
      const found = differences(readWorkbook(wb), c.capaian, `workbook ${c.seed}`);
      mismatches.push(...found.mismatches);
      compared += found.compared;
      comparedTw += found.comparedTw;
      comparedLkj += found.comparedLkj;
      for (const e of c.capaian.evaluations) {
        cekIsian += e.evaluation.results.filter((r) => r.cekIsian !== null).length;
        capaianTw += e.evaluation.results.filter((r) => r.capaianTw !== null).length;
        numericCapaian += e.evaluation.results.filter(
          (r) => r.capaian !== null && r.kind !== "grade" && r.kind !== "opinion"
        ).length;
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(compared).toBe(WORKBOOKS * 16);
    expect(comparedTw).toBe(WORKBOOKS * 16);
    // Perubahan dari Tahun Lalu and Capaian terhadap Target Renstra on every row.
    expect(comparedLkj).toBe(WORKBOOKS * 16);
    // Quarter targets were drawn that give a capaian at the reporting quarter: for a good
    // share of the rows whose annual capaian is a number (the rest have no number due).
    expect(capaianTw).toBeGreaterThan(numericCapaian / 3);
    // The messy forms really were drawn: some rows are "cek isian", most are not.
    expect(cekIsian).toBeGreaterThan(compared / 10);
    expect(cekIsian).toBeLessThan(compared);
  },
  Math.max(600_000, WORKBOOKS * 3_000)
);

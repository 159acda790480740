/**
 * The consolidation of the generated offices (test/support/offices.ts, 552 by default — the
 * nation — or KINERJA_GABUNG_OFFICES) recalculated by LibreOffice: every formula cell of the
 * consolidation workbook (Rekap Satker's INDEX/MATCH, averages, COUNTIF/COUNTIFS ranks,
 * Sebaran's COUNTIFS and MIN/MEDIAN/MAX, Peringkat's references) holds what the in-process
 * engine computes, and Rekap Satker holds each office's figures as `kinerja gabung --json`
 * reports them (which test/cli/gabung-many.test.ts ties to each office's `kinerja capaian`).
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GABUNG_SHEETS } from "../../../src/core/consolidate/plan";
import { round2 } from "../../../src/core/rules/capaian";
import { cellAddress } from "../../../src/core/workbook/a1";
import { cellAt, type CellValue, type WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { recalculateSnapshot } from "../../../src/engine/snapshot";
import { main } from "../../../src/cli/main";
import { readWorkbook } from "../../../src/xlsx/read";
import { writeOffices } from "../../support/offices";
import { recalculate } from "./libreoffice";

const COUNT = Number(process.env.KINERJA_GABUNG_OFFICES ?? 552);

const same = (a: CellValue | undefined, b: CellValue | undefined): boolean => {
  const blank = (v: CellValue | undefined) => (v === undefined || v === "" ? null : v);
  const [x, y] = [blank(a), blank(b)];
  if (typeof x === "number" && typeof y === "number")
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  return JSON.stringify(x) === JSON.stringify(y);
};

test(`${COUNT} offices: LibreOffice and the engine agree on every formula of the consolidation`, async () => {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-gabung-lo-"));
  mkdirSync(join(dir, "masuk"));
  await writeOffices(join(dir, "masuk"), COUNT);
  let stdout = "";
  const code = await main(["gabung", "masuk", "--out", "rekap.xlsx", "--json"], {
    stdout: (s) => (stdout += s),
    stderr: () => undefined,
    cwd: dir,
  });
  expect(code).toBe(0);
  const out = JSON.parse(stdout) as {
    indicators: { key: string }[];
    offices: { office: string; capaian: Record<string, number | null>; rank: number }[];
  };
  const path = join(dir, "rekap.xlsx");
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(path);
  const book: WorkbookSnapshot = readWorkbook(written);
  const engine = recalculateSnapshot(book);
  const [recalculated] = recalculate([path]);
  const lo = new ExcelJS.Workbook();
  await lo.xlsx.readFile(recalculated as string);
  const libre = readWorkbook(lo);
  const mismatches: string[] = [];
  let compared = 0;
  for (const s of book.sheets) {
    const e = engine.sheets.find((x) => x.name === s.name)!;
    const l = libre.sheets.find((x) => x.name === s.name)!;
    s.formulas.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (typeof f !== "string" || !f.startsWith("=")) return;
        const got = cellAt(e, r + s.top, c + s.left);
        const want = cellAt(l, r + s.top, c + s.left);
        compared++;
        if (!same(got, want))
          mismatches.push(
            `${s.name}!${cellAddress(r + s.top, c + s.left)} engine ${JSON.stringify(got)}, LibreOffice ${JSON.stringify(want)}`
          );
      })
    );
  }
  expect({ mismatches: mismatches.length, first: mismatches.slice(0, 10) }).toEqual({
    mismatches: 0,
    first: [],
  });
  expect(compared).toBeGreaterThan(COUNT * 10);
  const rekap = libre.sheets.find((x) => x.name === GABUNG_SHEETS.rekap)!;
  out.offices.forEach((o, i) => {
    expect(cellAt(rekap, 4 + i, 1)).toBe(o.office);
    expect(cellAt(rekap, 4 + i, 0)).toBe(o.rank);
    out.indicators.forEach((m, k) => {
      const c = o.capaian[m.key];
      const v = cellAt(rekap, 4 + i, 4 + k);
      // The sheet holds the full figure; --json gives it with two decimals.
      if (typeof c === "number") expect(round2((v as number) * 100)).toBe(c);
      else expect(v ?? "").toBe(c === null ? "-" : "");
    });
  });
}, 900_000);

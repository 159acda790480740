/**
 * The command line writes into real workbooks saved by Excel and by LibreOffice and keeps
 * everything of the user's: template into the file, then realisasi typed into the RKT sheets,
 * capaian, charts and tidy in place. Every original part comes out byte-identical (the shared
 * parts only extended), every user sheet reads the same, and a second run changes nothing.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { findRktTables } from "../../src/core/workbook/entries";
import { rangeAddress } from "../../src/core/workbook/a1";
import type { Plan, Scalar } from "../../src/core/workbook/plan";
import { XlsxFile } from "../../src/xlsx/file";
import { readWorkbook } from "../../src/xlsx/read";
import { run, tempDir } from "../cli/helpers";
import { changedUserSheets, partProblems, partsOf, type Parts } from "./kept";

// Several commands on real files per test; a loaded machine needs more than 5 s.
jest.setTimeout(120_000);

const FIXTURES = [
  ...readdirSync(join(__dirname, "../fixtures/excel-made"))
    // The password-encrypted file is no package to write into (its own test: a clear refusal).
    .filter((f) => f.endsWith(".xlsx") && f !== "encryptAES.xlsx")
    .map((f) => join(__dirname, "../fixtures/excel-made", f)),
  ...readdirSync(join(__dirname, "../fixtures/libreoffice-made"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(__dirname, "../fixtures/libreoffice-made", f)),
];

/** Staff typing realisasi into the RKT sheets (through the writer, so nothing else changes). */
async function typeRealisasi(path: string): Promise<void> {
  const file = await XlsxFile.load(readFileSync(path));
  const book = readWorkbook(await file.workbook());
  const ops: Plan["ops"] = [];
  let n = 0;
  for (const t of findRktTables(book)) {
    for (let r = t.headerRow + 1; r <= t.headerRow + t.rows; r++) {
      const c = t.columns.tw1;
      if (c === undefined) continue;
      // Some as numbers, some as text the sheet cannot read (for tidy): "74,05".
      const v: Scalar = n % 3 === 0 ? "74,05" : n % 3 === 1 ? 0.8 : 90;
      ops.push({ op: "write", sheet: t.sheet.name, address: rangeAddress(r, c), values: [[v]] });
      n++;
    }
  }
  file.apply({ ops, summary: [] });
  writeFileSync(path, file.bytes());
}

/** Parts the add-in made: not in the original. */
const added = (original: Parts, now: Parts) => [...now.keys()].filter((k) => !original.has(k));

describe.each(FIXTURES.map((f) => [f.split("/").slice(-2).join("/"), f]))(
  "%s",
  (_name, fixture) => {
    const dir = tempDir();
    const file = join(dir, "book.xlsx");
    const original = readFileSync(fixture);
    const before = partsOf(original);

    const kept = async () => {
      const bytes = readFileSync(file);
      expect(partProblems(before, partsOf(bytes))).toEqual([]);
      expect(await changedUserSheets(original, bytes)).toEqual([]);
    };

    test("template, capaian, charts and tidy keep every part and sheet of the user's", async () => {
      copyFileSync(fixture, file);
      const t = await run(dir, "template", "--out", "book.xlsx");
      expect(t).toMatchObject({ code: 0 });
      await kept();
      expect(
        added(before, partsOf(readFileSync(file))).some((p) => p.startsWith("xl/tables/"))
      ).toBe(true);
      await typeRealisasi(file);
      for (const argv of [
        ["capaian", "book.xlsx", "--out", "book.xlsx"],
        ["charts", "book.xlsx", "--out", "book.xlsx"],
        ["tidy", "book.xlsx", "--out", "book.xlsx"],
        ["capaian", "book.xlsx", "--out", "book.xlsx"],
      ]) {
        const r = await run(dir, ...argv);
        expect({ argv, code: r.code, stderr: r.code === 0 ? "" : r.stderr }).toEqual({
          argv,
          code: 0,
          stderr: "",
        });
        await kept();
      }
      // The workbook now has the add-in's sheets, formulas and Ringkasan.
      const wb = partsOf(readFileSync(file));
      const sheets = [...wb.keys()].filter((k) => /^xl\/worksheets\/[^/]+\.xml$/.test(k));
      expect(sheets.some((s) => strFromU8(wb.get(s) as Uint8Array).includes("<f>"))).toBe(true);
    });

    test("a second run changes nothing more", async () => {
      const first = readFileSync(file);
      for (const argv of [
        ["capaian", "book.xlsx", "--out", "again.xlsx"],
        ["charts", "again.xlsx", "--out", "again.xlsx"],
        ["capaian", "again.xlsx", "--out", "again.xlsx"],
      ]) {
        expect(await run(dir, ...argv)).toMatchObject({ code: 0 });
      }
      const t = await run(dir, "template", "--out", "again.xlsx");
      expect(t).toMatchObject({ code: 0 });
      const x = partsOf(first);
      const y = partsOf(readFileSync(join(dir, "again.xlsx")));
      expect([...y.keys()]).toEqual([...x.keys()]);
      for (const [path, bytes] of x)
        expect({
          path,
          same: Buffer.from(bytes).equals(Buffer.from(y.get(path) as Uint8Array)),
        }).toEqual({
          path,
          same: true,
        });
    });
  }
);

test("convert keeps every part of a workbook saved by Excel, the converted sheet too", async () => {
  const dir = tempDir();
  const file = await XlsxFile.load(
    readFileSync(join(__dirname, "../fixtures/excel-made/Book1.xlsx"))
  );
  const rows: Scalar[][] = [
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi TW I", "Sumber Data"],
    [1, "Meningkatnya kualitas layanan", "Persentase layanan tepat waktu", "100%", 0.5, "Laporan"],
    [2, "Meningkatnya kualitas layanan", "Indeks kepuasan masyarakat", 80, 75, "Survei"],
  ];
  file.apply({
    ops: [
      { op: "addSheet", sheet: "Laporan" },
      { op: "write", sheet: "Laporan", address: "A3:F5", values: rows },
    ],
    summary: [],
  });
  const original = file.bytes();
  writeFileSync(join(dir, "laporan.xlsx"), original);
  const r = await run(dir, "convert", "laporan.xlsx", "--out", "hasil.xlsx", "--sheet", "Laporan");
  expect(r).toMatchObject({ code: 0 });
  const bytes = readFileSync(join(dir, "hasil.xlsx"));
  expect(partProblems(partsOf(original), partsOf(bytes))).toEqual([]);
  expect(await changedUserSheets(original, bytes)).toEqual([]);
  expect(added(partsOf(original), partsOf(bytes)).length).toBeGreaterThan(0);
});

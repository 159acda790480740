/**
 * Generated workbooks with random user content — values, formats, merges, a table, a
 * conditional format, a comment, a defined name, sheets named like the template's — and a
 * user's own cells and rule beside the add-in's RKT table: template, capaian, charts and tidy
 * through the package writer keep every original part and every user cell, and a second run
 * changes nothing.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { CAPAIAN, CHARTS, TEMPLATE, TIDY, runAction } from "../../src/app";
import { BLITAR_2021 } from "../../src/core/decree";
import { columnLetter, rangeAddress } from "../../src/core/workbook/a1";
import { findRktTables } from "../../src/core/workbook/entries";
import type { PlanOp, Scalar } from "../../src/core/workbook/plan";
import { XlsxFile } from "../../src/xlsx/file";
import { packagePort } from "../../src/xlsx/port";
import { readWorkbook } from "../../src/xlsx/read";
import { changedUserSheets, loadBook, partProblems, partsOf } from "./kept";

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("RKT KPU", "Kinerja_rkt_kpu", "a & b <c>", "  spasi ", "baris\nbaru", "Target")
);
const value = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  text,
  fc.constantFrom("=1+1", "=SUM(A1:A2)")
);
const style = fc.record(
  {
    bold: fc.boolean(),
    numFmt: fc.constantFrom("0.00", "0%", "#,##0", "@", "dd/mm/yyyy"),
    fill: fc.constantFrom("FFFFC7CE", "FFC6EFCE", "FF9BC2E6"),
  },
  { requiredKeys: [] }
);

const userSheet = fc.record({
  name: fc.oneof(
    fc.constantFrom("RKT KPU", "Info Kinerja", "Grafik", "Ringkasan Capaian", "Data"),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,12}$/)
  ),
  rows: fc.array(fc.array(fc.record({ v: value, s: style }), { minLength: 1, maxLength: 5 }), {
    minLength: 1,
    maxLength: 6,
  }),
  merge: fc.boolean(),
  table: fc.boolean(),
  rule: fc.boolean(),
  comment: fc.option(
    text.filter((t) => t.trim().length > 0),
    { nil: undefined }
  ),
});

const workbook = fc.record({
  sheets: fc.uniqueArray(userSheet, {
    minLength: 1,
    maxLength: 3,
    selector: (s) => s.name.trim().toLowerCase(),
  }),
  definedName: fc.boolean(),
});

type Book = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

async function build(book: Book): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [i, s] of book.sheets.entries()) {
    const ws = wb.addWorksheet(s.name.trim());
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = ws.getCell(r + 1, c + 1);
        const v = cell.v;
        target.value =
          typeof v === "string" && v.startsWith("=")
            ? ({ formula: v.slice(1) } as ExcelJS.CellFormulaValue)
            : v;
        if (cell.s.bold !== undefined) target.font = { bold: cell.s.bold };
        if (cell.s.numFmt !== undefined) target.numFmt = cell.s.numFmt;
        if (cell.s.fill !== undefined)
          target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: cell.s.fill } };
      })
    );
    if (s.merge) ws.mergeCells("H1:I2");
    if (s.table)
      ws.addTable({
        name: `Milik${i}`,
        ref: "K1",
        headerRow: true,
        columns: [{ name: "Nama" }, { name: "Nilai" }],
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      });
    if (s.rule)
      ws.addConditionalFormatting({
        ref: "A1:E6",
        rules: [
          {
            type: "cellIs",
            operator: "greaterThan",
            priority: 1,
            formulae: ["10"],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
          },
        ],
      });
    if (s.comment !== undefined) ws.getCell("G3").note = s.comment;
  }
  if (book.definedName) {
    const first = book.sheets[0]?.name.trim() as string;
    wb.definedNames.add(`'${first.replace(/'/g, "''")}'!$A$1:$B$2`, "DataSaya");
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Realisasi typed into the RKT tables (some as text for tidy), and a user's notes beside. */
async function userWork(file: XlsxFile): Promise<{ sheet: string; address: string }[]> {
  const book = readWorkbook(await file.workbook());
  const ops: PlanOp[] = [];
  const notes: { sheet: string; address: string }[] = [];
  for (const [i, t] of findRktTables(book).entries()) {
    for (let r = t.headerRow + 1; r <= t.headerRow + t.rows; r++) {
      const c = t.columns.tw1;
      if (c === undefined) continue;
      const v: Scalar = r % 3 === 0 ? "74,05" : r % 3 === 1 ? 0.8 : 90;
      ops.push({ op: "write", sheet: t.sheet.name, address: rangeAddress(r, c), values: [[v]] });
    }
    // The user's own cells and rule to the right of the add-in's table.
    const right = Math.max(...Object.values(t.columns).map(Number)) + 3;
    const address = rangeAddress(t.headerRow, right, 2, 1);
    ops.push({
      op: "write",
      sheet: t.sheet.name,
      address,
      values: [[`catatan ${i}`], [i + 1]],
    });
    ops.push({
      op: "conditionalFormat",
      sheet: t.sheet.name,
      address,
      formula: `=${columnLetter(right)}${t.headerRow + 1}>0`,
      format: { fill: "#FFEB9C" },
    });
    notes.push({ sheet: t.sheet.name, address });
  }
  file.apply({ ops, summary: [] });
  return notes;
}

const actions = async (file: XlsxFile) => {
  const input = { decree: BLITAR_2021 };
  await runAction(packagePort(file), CAPAIAN, input, undefined);
  await runAction(packagePort(file), CHARTS, input, undefined);
  await runAction(packagePort(file), TIDY, input, undefined);
  await runAction(packagePort(file), CAPAIAN, input, undefined);
};

/** The user's notes beside the RKT tables, and every rule on those sheets that is not the add-in's. */
async function notesOf(bytes: Uint8Array, notes: { sheet: string; address: string }[]) {
  const wb = await loadBook(bytes);
  return notes.map(({ sheet, address }) => {
    const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
    const [a, b] = address.split(":") as [string, string];
    const cfs = (
      ws.model as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
      }
    ).conditionalFormattings;
    return {
      cells: [ws.getCell(a).value, ws.getCell(b).value],
      rules: cfs.filter((cf) => cf.ref === address).map((cf) => cf.rules.map((r) => r.formulae)),
    };
  });
}

test("the user's parts, sheets and cells beside the add-in's tables are kept; twice equals once", async () => {
  await fc.assert(
    fc.asyncProperty(workbook, async (book) => {
      fc.pre(book.sheets.every((s) => s.name.trim().length > 0));
      const original = await build(book);
      const file = await XlsxFile.load(original);
      await runAction(packagePort(file), TEMPLATE, { decree: BLITAR_2021 }, undefined);
      const notes = await userWork(file);
      const withNotes = file.bytes();
      await actions(file);
      const once = file.bytes();
      expect(partProblems(partsOf(original), partsOf(once))).toEqual([]);
      expect(await changedUserSheets(original, once)).toEqual([]);
      const typed = await notesOf(withNotes, notes);
      expect(typed.length).toBeGreaterThan(0);
      expect(typed.every((n) => n.rules.length === 1 && n.cells[0] !== null)).toBe(true);
      expect(await notesOf(once, notes)).toEqual(typed);
      await actions(file);
      const twice = partsOf(file.bytes());
      const first = partsOf(once);
      expect([...twice.keys()]).toEqual([...first.keys()]);
      for (const [path, bytes] of first)
        expect({
          path,
          same: Buffer.from(bytes).equals(Buffer.from(twice.get(path) as Uint8Array)),
        }).toEqual({
          path,
          same: true,
        });
    }),
    { numRuns: 12 }
  );
}, 300_000);

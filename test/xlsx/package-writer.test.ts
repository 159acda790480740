/**
 * The package writer op by op: what it changes in a sheet, and what it leaves. Results are
 * read back through exceljs (an independent reader) or from the part's XML.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, zipSync } from "fflate";
import { CAPAIAN, TEMPLATE, runAction } from "../../src/app";
import { BLITAR_2021 } from "../../src/core/decree";
import { rangeAddress } from "../../src/core/workbook/a1";
import { findRktTables } from "../../src/core/workbook/entries";
import type { Plan, PlanOp } from "../../src/core/workbook/plan";
import { XlsxFile } from "../../src/xlsx/file";
import { shiftFormula } from "../../src/xlsx/package/formula";
import { PartError } from "../../src/xlsx/package/xml";
import { applyPlan } from "../../src/xlsx/apply";
import { packagePort } from "../../src/xlsx/port";
import { readWorkbook } from "../../src/xlsx/read";
import { loadBook, partProblems, partsOf } from "./kept";

// Several commands on real files per test; a loaded machine needs more than 5 s.
jest.setTimeout(120_000);

const plan = (ops: PlanOp[]): Plan => ({ ops, summary: [] });

async function bookWith(fill: (wb: ExcelJS.Workbook) => void): Promise<XlsxFile> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return XlsxFile.load(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const sheetXml = (file: XlsxFile, n: number) =>
  strFromU8(partsOf(file.bytes()).get(`xl/worksheets/sheet${n}.xml`) as Uint8Array);

test("values, formulas and number formats land in the named cells only", async () => {
  const file = await bookWith((wb) => {
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "tetap";
    ws.getCell("B2").value = 5;
    ws.getCell("B2").numFmt = "0.00";
  });
  const texts = [
    "  spasi ",
    "baris\nbaru",
    'a & b <c> "d"',
    "_x0041_ bukan A",
    "tab\tdan\u0001kontrol",
  ];
  file.apply(
    plan([
      { op: "write", sheet: "Data", address: "C1:C5", values: texts.map((t) => [t]) },
      { op: "write", sheet: "Data", address: "D1:D3", values: [[1.5], [true], [""]] },
      {
        op: "write",
        sheet: "Data",
        address: "E1",
        formulas: [["=SUM(B2,D1)"]],
        numberFormats: [["0.0%"]],
      },
    ])
  );
  const wb = await file.workbook();
  const ws = wb.getWorksheet("Data") as ExcelJS.Worksheet;
  // exceljs does not decode OOXML's _xHHHH_ escapes; Excel and LibreOffice do.
  const decoded = (v: unknown) =>
    String(v).replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  expect(texts.map((_t, i) => decoded(ws.getCell(`C${i + 1}`).value))).toEqual(texts);
  expect([ws.getCell("D1").value, ws.getCell("D2").value, ws.getCell("D3").value]).toEqual([
    1.5,
    true,
    null,
  ]);
  expect(ws.getCell("E1").formula).toBe("SUM(B2,D1)");
  expect(ws.getCell("E1").numFmt).toBe("0.0%");
  expect([ws.getCell("A1").value, ws.getCell("B2").value, ws.getCell("B2").numFmt]).toEqual([
    "tetap",
    5,
    "0.00",
  ]);
  // Formulas are computed on opening.
  expect(strFromU8(partsOf(file.bytes()).get("xl/workbook.xml") as Uint8Array)).toMatch(
    /fullCalcOnLoad="1"/
  );
});

test("format, merge, widths, freeze and page setup change only what they name", async () => {
  const file = await bookWith((wb) => {
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "judul";
    ws.getCell("A1").font = { italic: true, size: 9 };
    ws.getColumn("B").width = 30;
    ws.mergeCells("F1:G1");
  });
  file.apply(
    plan([
      {
        op: "format",
        sheet: "Data",
        address: "A1:B2",
        format: {
          bold: true,
          fill: "#FFEEDD",
          border: true,
          topRule: true,
          wrap: true,
          horizontal: "center",
        },
      },
      { op: "merge", sheet: "Data", address: "A4:C4" },
      { op: "columnWidths", sheet: "Data", widths: [{ column: "C", chars: 12 }] },
      { op: "freeze", sheet: "Data", rows: 4 },
      {
        op: "pageSetup",
        sheet: "Data",
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        printTitleRows: "$4:$4",
        header: "Kinerja & Co",
        footer: "&P",
      },
    ])
  );
  const wb = await file.workbook();
  const ws = wb.getWorksheet("Data") as ExcelJS.Worksheet;
  const a1 = ws.getCell("A1");
  expect(a1.font).toMatchObject({ bold: true, italic: true, size: 9 });
  expect(a1.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFEEDD" } });
  expect(a1.border.top).toMatchObject({ style: "medium" });
  expect(ws.getCell("A2").border.top).toMatchObject({ style: "thin" });
  expect(a1.alignment).toMatchObject({ wrapText: true, horizontal: "center" });
  expect(ws.getCell("C1").font?.bold).toBeUndefined();
  expect((ws.model as unknown as { merges: string[] }).merges.sort()).toEqual(["A4:C4", "F1:G1"]);
  expect([ws.getColumn("B").width, ws.getColumn("C").width]).toEqual([30, 12]);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  expect(ws.pageSetup).toMatchObject({
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    printTitlesRow: "4:4",
  });
  expect(ws.headerFooter.oddHeader).toBe("Kinerja & Co");
});

test("validation replaces only the named cells' rule; a user's rule elsewhere stays", async () => {
  const file = await bookWith((wb) => {
    const ws = wb.addWorksheet("Data");
    for (const a of ["A1", "A2", "A3", "B1"])
      ws.getCell(a).dataValidation = {
        type: "whole",
        operator: "between",
        formulae: [1, 9],
        allowBlank: true,
      };
  });
  file.apply(
    plan([
      {
        op: "validation",
        sheet: "Data",
        address: "A2",
        rule: { type: "list", items: ["WTP", "WDP"] },
        error: "Pilih dari daftar",
      },
    ])
  );
  const ws = (await file.workbook()).getWorksheet("Data") as ExcelJS.Worksheet;
  expect(ws.getCell("A2").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"WTP,WDP"'],
    error: "Pilih dari daftar",
  });
  for (const a of ["A1", "A3", "B1"])
    expect(ws.getCell(a).dataValidation).toMatchObject({ type: "whole" });
});

test("a table is added with its part, relationship and content type, and deleted without a trace", async () => {
  const file = await bookWith((wb) => {
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "Nama";
    ws.getCell("B1").value = 2021;
    ws.getCell("A2").value = "x";
  });
  const before = partsOf(file.bytes());
  file.apply(
    plan([
      {
        op: "table",
        sheet: "Data",
        name: "Kinerja_Uji",
        address: "A1:C2",
        style: "TableStyleMedium2",
      },
    ])
  );
  const wb = await file.workbook();
  const ws = wb.getWorksheet("Data") as ExcelJS.Worksheet;
  const table = ws.getTable("Kinerja_Uji") as unknown as {
    table: { tableRef: string; columns: { name: string }[] };
  };
  expect(table.table.tableRef).toBe("A1:C2");
  // Header cells hold their column names as text, as Excel requires.
  expect(table.table.columns.map((c) => c.name)).toEqual(["Nama", "2021", "Kolom 3"]);
  expect([ws.getCell("B1").value, ws.getCell("C1").value]).toEqual(["2021", "Kolom 3"]);
  const types = strFromU8(partsOf(file.bytes()).get("[Content_Types].xml") as Uint8Array);
  expect(types).toMatch(/\/xl\/tables\/table1\.xml/);
  file.apply(plan([{ op: "deleteTable", sheet: "Data", name: "Kinerja_Uji" }]));
  const after = partsOf(file.bytes());
  expect([...after.keys()].filter((k) => k.includes("table"))).toEqual([]);
  expect(strFromU8(after.get("[Content_Types].xml") as Uint8Array)).not.toMatch(/tables\/table1/);
  expect(sheetXml(file, 1)).not.toMatch(/tablePart/);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
});

test("clearConditionalFormats removes the add-in's kategori rules only; twice is once", async () => {
  const file = await bookWith((wb) => {
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = 1;
    // A user's own rules: one inside the cleared range, one reaching outside, one of another kind.
    ws.addConditionalFormatting({
      ref: "B2:C5",
      rules: [{ type: "expression", priority: 1, formulae: ['$C2="Baik"'], style: {} }],
    });
    ws.addConditionalFormatting({
      ref: "B2:C9",
      rules: [{ type: "expression", priority: 2, formulae: ['$C2="Baik"'], style: {} }],
    });
    ws.addConditionalFormatting({
      ref: "B2:C5",
      rules: [{ type: "cellIs", operator: "greaterThan", priority: 3, formulae: ["5"], style: {} }],
    });
  });
  const ours: PlanOp[] = [
    { op: "clearConditionalFormats", sheet: "Data", address: "B2:C5" },
    ...["Sangat Baik", "Baik", "Cukup"].map((label): PlanOp => ({
      op: "conditionalFormat",
      sheet: "Data",
      address: "B2:C5",
      formula: `=$C2="${label}"`,
      format: { fill: "#C6EFCE" },
    })),
  ];
  const count = () => {
    const xml = sheetXml(file, 1);
    return {
      own: (
        xml.match(
          /<formula>\$C2=&quot;(Sangat Baik|Cukup)&quot;<\/formula>|<formula>\$C2="(Sangat Baik|Cukup)"<\/formula>/g
        ) ?? []
      ).length,
      cellIs: (xml.match(/type="cellIs"/g) ?? []).length,
      outside: (xml.match(/sqref="B2:C9"/g) ?? []).length,
    };
  };
  file.apply(plan(ours));
  const once = count();
  const bytesOnce = sheetXml(file, 1);
  file.apply(plan(ours));
  expect(count()).toEqual(once);
  expect(once).toEqual({ own: 2, cellIs: 1, outside: 1 });
  expect(sheetXml(file, 1)).toBe(bytesOnce);
});

test("capaian in place keeps a user's own conditional format on the RKT sheet, and its own once", async () => {
  const file = XlsxFile.blank();
  await runAction(packagePort(file), TEMPLATE, { decree: BLITAR_2021 }, undefined);
  const t = findRktTables(readWorkbook(await file.workbook()))[0];
  if (t === undefined) throw new Error("no RKT table");
  const col = t.columns.capaian as number;
  const mine = rangeAddress(t.headerRow + 1, col, t.rows, 1);
  file.apply(
    plan([
      {
        op: "conditionalFormat",
        sheet: t.sheet.name,
        address: mine,
        formula: `=${"$"}A1>100`,
        format: { fontColor: "#FF0000" },
      },
    ])
  );
  const rules = async () => {
    const ws = (await file.workbook()).getWorksheet(t.sheet.name) as ExcelJS.Worksheet;
    const cfs = (
      ws.model as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    return cfs.flatMap((cf) => cf.rules.map((r) => `${cf.ref} ${r.formulae.join()}`)).sort();
  };
  for (let i = 0; i < 3; i++)
    await runAction(packagePort(file), CAPAIAN, { decree: BLITAR_2021 }, undefined);
  const third = await rules();
  expect(third).toContain(`${mine} $A1>100`);
  const own = third.filter((r) => r.includes('="'));
  expect(own.length).toBeGreaterThan(0);
  await runAction(packagePort(file), CAPAIAN, { decree: BLITAR_2021 }, undefined);
  expect(await rules()).toEqual(third);
  expect(new Set(own).size).toBe(own.length);
});

test("the check finds what a full exceljs rewrite loses (so it can fail)", async () => {
  const fixture = join(__dirname, "../fixtures/excel-made/Book1.xlsx");
  const original = readFileSync(fixture);
  const wb = await loadBook(original);
  const rewritten = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const problems = partProblems(partsOf(original), partsOf(rewritten));
  expect(problems.some((p) => /chart/.test(p))).toBe(true);
  expect(problems.some((p) => /worksheets\/sheet1\.xml/.test(p))).toBe(true);
});

test("the exceljs adapter (workbooks made from nothing) clears only its own rules too", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addConditionalFormatting({
    ref: "B2:C5",
    rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["5"], style: {} }],
  });
  ws.addConditionalFormatting({
    ref: "A1:A3",
    rules: [{ type: "expression", priority: 2, formulae: ['$A1="x"'], style: {} }],
  });
  const ours: PlanOp[] = [
    { op: "clearConditionalFormats", sheet: "Data", address: "B2:C5" },
    {
      op: "conditionalFormat",
      sheet: "Data",
      address: "B2:C5",
      formula: '=$C2="Baik"',
      format: { fill: "#C6EFCE" },
    },
  ];
  const rules = () =>
    (
      ws.model as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string }[] }[];
      }
    ).conditionalFormattings
      .flatMap((cf) => cf.rules.map((r) => `${cf.ref} ${r.type}`))
      .sort();
  applyPlan(wb, plan(ours));
  const once = rules();
  applyPlan(wb, plan(ours));
  expect(rules()).toEqual(once);
  expect(once).toEqual(["A1:A3 expression", "B2:C5 cellIs", "B2:C5 expression"]);
});

test("moving a formula shifts relative references only, never strings or sheet names", () => {
  expect(shiftFormula(`$A$1+A1+SUM(A:A)+'Data 1'!B2+Sheet1!C$3+"A1"+LOG10(A2)+2:2`, 1, 1)).toBe(
    `$A$1+B2+SUM(B:B)+'Data 1'!C3+Sheet1!D$3+"A1"+LOG10(B3)+3:3`
  );
});

test("overwriting the cell that holds a shared formula leaves the rest of its block computing", async () => {
  const file = await bookWith((wb) => {
    const ws = wb.addWorksheet("Data");
    for (let r = 2; r <= 4; r++) ws.getCell(`A${r}`).value = r;
    ws.getCell("B2").value = { formula: "A2*2" } as ExcelJS.CellFormulaValue;
    ws.getCell("B3").value = { sharedFormula: "B2" } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("B4").value = { sharedFormula: "B2" } as ExcelJS.CellSharedFormulaValue;
  });
  expect(sheetXml(file, 1)).toMatch(/t="shared"/);
  file.apply(plan([{ op: "write", sheet: "Data", address: "B2", values: [[7]] }]));
  const xml = sheetXml(file, 1);
  expect(xml).not.toMatch(/t="shared"/);
  const ws = (await file.workbook()).getWorksheet("Data") as ExcelJS.Worksheet;
  expect([ws.getCell("B2").value, ws.getCell("B3").formula, ws.getCell("B4").formula]).toEqual([
    7,
    "A3*2",
    "A4*2",
  ]);
});

test("a part the writer cannot patch is named in the error, and nothing is changed", async () => {
  const good = await bookWith((wb) => {
    wb.addWorksheet("Data").getCell("A1").value = 1;
  });
  const parts = Object.fromEntries(
    [...partsOf(good.bytes())].map(([k, v]) => [
      k,
      k === "xl/styles.xml" ? strToU8("<styleSheet><fonts>") : v,
    ])
  );
  const file = XlsxFile.of(zipSync(parts), new ExcelJS.Workbook());
  const attempt = () =>
    file.apply(plan([{ op: "format", sheet: "Data", address: "A1", format: { bold: true } }]));
  expect(attempt).toThrow(PartError);
  expect(attempt).toThrow(/xl\/styles\.xml/);
  const after = partsOf(file.bytes());
  expect(
    [...after].every(([k, v]) => Buffer.from(v).equals(Buffer.from(parts[k] as Uint8Array)))
  ).toBe(true);
});

test("activating the add-in's sheet leaves exactly one selected tab", async () => {
  const file = await XlsxFile.load(
    readFileSync(join(__dirname, "../fixtures/excel-made/Book1.xlsx"))
  );
  await runAction(packagePort(file), TEMPLATE, { decree: BLITAR_2021 }, undefined);
  const parts = partsOf(file.bytes());
  const selected = [...parts]
    .filter(
      ([k, v]) =>
        /^xl\/worksheets\/[^/]+\.xml$/.test(k) && /tabSelected="(1|true)"/.test(strFromU8(v))
    )
    .map(([k]) => k);
  expect(selected).toHaveLength(1);
  const wb = await file.workbook();
  const active = wb.worksheets[(wb.views[0] as { activeTab?: number }).activeTab ?? 0];
  // The add-in's sheet, not one of the user's (Sheet1, Sheet2 in sheet1.xml, sheet2.xml).
  expect(["Sheet1", "Sheet2"]).not.toContain(active?.name);
  expect(selected[0]).not.toMatch(/sheet[12]\.xml$/);
});

test("a formula written down a column is stored once, as Excel stores a filled formula", async () => {
  const file = await bookWith((wb) => {
    wb.addWorksheet("Data").getCell("A1").value = 1;
  });
  // Row 4 gets no formula (a heading between blocks); row 6 another formula.
  const formulaAt = (row: number) => (row === 6 ? `=A${row}*3` : `=A${row}*2+$A$1`);
  file.apply(
    plan(
      [1, 2, 3, 5, 6, 7].map((row): PlanOp => ({
        op: "write",
        sheet: "Data",
        address: `B${row}`,
        formulas: [[formulaAt(row)]],
        numberFormats: [["0.00"]],
      }))
    )
  );
  const xml = sheetXml(file, 1);
  expect(xml.match(/<f t="shared" ref="B1:B5" si="0">A1\*2\+\$A\$1<\/f>/g)).toHaveLength(1);
  expect(xml.match(/<f t="shared" si="0"\/>/g)).toHaveLength(3);
  expect(xml).toMatch(/<c r="B6"[^>]*><f>A6\*3<\/f>/);
  const ws = (await file.workbook()).getWorksheet("Data") as ExcelJS.Worksheet;
  expect([1, 2, 3, 4, 5, 6, 7].map((r) => ws.getCell(`B${r}`).formula ?? null)).toEqual([
    "A1*2+$A$1",
    "A2*2+$A$1",
    "A3*2+$A$1",
    null,
    "A5*2+$A$1",
    "A6*3",
    "A7*2+$A$1",
  ]);
});

test("a plan of row heights alone still writes them", async () => {
  const file = await bookWith((wb) => {
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "tetap";
  });
  file.apply(plan([{ op: "rowHeight", sheet: "Data", address: "A3:A4", points: 30 }]));
  const xml = sheetXml(file, 1);
  expect(xml).toMatch(/<row r="3"[^>]*ht="30"[^>]*customHeight="1"/);
  expect(xml).toMatch(/<row r="4"[^>]*ht="30"/);
  expect(xml).toMatch(/<c r="A1"/);
});

/**
 * What src/xlsx/limits.ts refuses before exceljs loads a file: a password-protected or .xls
 * file, a package that inflates past the limit (also when its directory understates it), and
 * too many cells; counted in a stream, whatever the chunk boundaries.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFileSize, checkXlsxPackage, XLSX_LIMITS } from "../../src/xlsx/limits";
import { sheetXml, zipOf } from "./zip";

const FIXTURES = join(__dirname, "..", "fixtures", "excel-made");
const MB = 1024 * 1024;

test("a password-protected workbook saved by Excel is recognised as such", async () => {
  const data = readFileSync(join(FIXTURES, "encryptAES.xlsx"));
  expect(await checkXlsxPackage(data)).toEqual({ kind: "encrypted" });
});

test("an OLE file without an encrypted package is an old .xls workbook", async () => {
  const data = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(data);
  Buffer.from("Workbook", "utf16le").copy(data, 1024);
  expect(await checkXlsxPackage(data)).toEqual({ kind: "legacyXls" });
});

test("a small package within the limits passes", async () => {
  const zip = zipOf([
    { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(100, 6) },
    { name: "xl/media/image1.png", data: Buffer.alloc(5000, 7), stored: true },
  ]);
  expect(
    await checkXlsxPackage(zip, { inflatedBytes: MB, cells: 600, rows: 1_048_576 })
  ).toBeUndefined();
});

test("cells are counted in every worksheet, empty formatted ones included, and not <col> or <cfRule>", async () => {
  const zip = zipOf([
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(100, 6) },
    { name: "xl/worksheets/sheet2.xml", data: sheetXml(1, 1, "x") },
    // Not a worksheet: its <c> elements are not cells.
    { name: "xl/drawings/drawing1.xml", data: sheetXml(50, 6) },
  ]);
  expect(
    await checkXlsxPackage(zip, { inflatedBytes: MB, cells: 601, rows: 1_048_576 })
  ).toBeUndefined();
  expect(await checkXlsxPackage(zip, { inflatedBytes: MB, cells: 600, rows: 1_048_576 })).toEqual({
    kind: "tooManyCells",
    limit: 600,
  });
});

test("rows are counted in every worksheet, and not elsewhere", async () => {
  const zip = zipOf([
    { name: "xl/worksheets/sheet1.xml", data: sheetXml(100, 6) },
    { name: "xl/worksheets/sheet2.xml", data: sheetXml(1, 1, "x") },
    { name: "xl/drawings/drawing1.xml", data: sheetXml(50, 6) },
  ]);
  const limits = { inflatedBytes: MB, cells: 10_000 };
  expect(await checkXlsxPackage(zip, { ...limits, rows: 101 })).toBeUndefined();
  expect(await checkXlsxPackage(zip, { ...limits, rows: 100 })).toEqual({
    kind: "tooManyRows",
    limit: 100,
  });
});

test("the count is the same wherever the stream's chunks end", async () => {
  // 200,000 cells: the inflater hands them over in many 64 KB chunks, cut anywhere in a tag.
  const zip = zipOf([{ name: "xl/worksheets/sheet1.xml", data: sheetXml(20_000, 10, "x") }]);
  expect(
    await checkXlsxPackage(zip, { inflatedBytes: 64 * MB, cells: 200_000, rows: 1_048_576 })
  ).toBeUndefined();
  expect(
    await checkXlsxPackage(zip, { inflatedBytes: 64 * MB, cells: 199_999, rows: 1_048_576 })
  ).toEqual({
    kind: "tooManyCells",
    limit: 199_999,
  });
});

test("a package that inflates past the limit is refused, also when its directory understates it", async () => {
  const bomb = Buffer.alloc(20 * MB, 0x20);
  const honest = zipOf([{ name: "xl/sharedStrings.xml", data: bomb }]);
  const lying = zipOf([{ name: "xl/sharedStrings.xml", data: bomb, claimedSize: 100 }]);
  // Both files are small: deflate packs 20 MB of spaces into about 20 KB.
  expect(honest.length).toBeLessThan(100_000);
  for (const zip of [honest, lying])
    expect(
      await checkXlsxPackage(zip, { inflatedBytes: 10 * MB, cells: 100, rows: 1_048_576 })
    ).toEqual({
      kind: "tooLarge",
      limitMb: 10,
    });
  expect(
    await checkXlsxPackage(lying, { inflatedBytes: 21 * MB, cells: 100, rows: 1_048_576 })
  ).toBeUndefined();
});

test("a file larger than the inflated limit is refused by its size alone", () => {
  expect(checkFileSize(XLSX_LIMITS.inflatedBytes + 1)).toEqual({
    kind: "tooLarge",
    limitMb: 512,
  });
  expect(checkFileSize(XLSX_LIMITS.inflatedBytes)).toBeUndefined();
});

test("what is not a zip is left to exceljs", async () => {
  expect(await checkXlsxPackage(Buffer.from("not a zip at all"))).toBeUndefined();
});

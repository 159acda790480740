/**
 * Files no command falls over on: a password-protected workbook, an old .xls under an .xlsx
 * name, a package too large or with too many cells (each its own message, exit 2, checked
 * before exceljs loads anything), and a stray value at XFD1048576 (read, not out of memory).
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BLITAR_2021 } from "../../src/core/decree";
import { XLSX_LIMITS } from "../../src/xlsx/limits";
import { zipOf } from "../xlsx/zip";
import { leftovers, load, run, tempDir } from "./helpers";

const dir = tempDir();
const FIXTURES = join(__dirname, "..", "fixtures", "excel-made");

beforeAll(async () => {
  copyFileSync(join(FIXTURES, "encryptAES.xlsx"), join(dir, "locked.xlsx"));
  const made = await run(dir, "template", "--out", "template.xlsx");
  expect(made.code).toBe(0);
  const wb = await load(join(dir, "template.xlsx"));
  wb.worksheets[0]!.getCell("XFD1048576").value = "stray";
  await wb.xlsx.writeFile(join(dir, "stray.xlsx"));
  const ole = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  writeFileSync(join(dir, "old.xlsx"), ole);
  writeFileSync(
    join(dir, "bomb.xlsx"),
    zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(8 * 1024 * 1024, 0x20) }])
  );
});

test("a password-protected workbook: its own message in both languages, exit 2", async () => {
  const id = await run(dir, "validate", "locked.xlsx");
  expect(id.code).toBe(2);
  expect(id.stderr).toMatch(/dilindungi kata sandi; buka di Excel dan simpan tanpa kata sandi/);
  expect(id.stderr).not.toMatch(/zip/);
  const en = await run(dir, "capaian", "locked.xlsx", "--out", "out.xlsx", "--lang", "en");
  expect(en.code).toBe(2);
  expect(en.stderr).toMatch(/protected by a password; open it in Excel and save it without one/);
  expect(leftovers(dir)).toEqual([]);
});

test("an Excel 97-2003 file named .xlsx is told to be saved as .xlsx", async () => {
  const r = await run(dir, "validate", "old.xlsx", "--lang", "en");
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/Excel 97-2003 workbook \(\.xls\)/);
});

describe("with small limits", () => {
  const saved = { ...XLSX_LIMITS };
  afterEach(() => Object.assign(XLSX_LIMITS, saved));

  test("too many cells: a message naming the limit, exit 2", async () => {
    XLSX_LIMITS.cells = 100;
    const id = await run(dir, "validate", "template.xlsx");
    expect(id.code).toBe(2);
    expect(id.stderr).toMatch(/berisi lebih dari 100 sel/);
    const en = await run(dir, "validate", "template.xlsx", "--lang", "en");
    expect(en.stderr).toMatch(/holds more than 100 cells/);
  });

  test("too many rows: a message naming the limit, exit 2", async () => {
    XLSX_LIMITS.rows = 10;
    const r = await run(dir, "validate", "template.xlsx", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds more than 10 rows over all sheets/);
  });

  test("a package that inflates past the limit: a message, exit 2", async () => {
    XLSX_LIMITS.inflatedBytes = 4 * 1024 * 1024;
    const r = await run(dir, "validate", "bomb.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lebih dari 4 MB setelah dibuka dari zip/);
  });

  test("a file larger than the limit is refused before it is read", async () => {
    XLSX_LIMITS.inflatedBytes = 1000;
    const r = await run(dir, "validate", "template.xlsx", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more than 0 MB once unzipped/);
  });
});

test("the default limits let the template and a real workbook through", async () => {
  const r = await run(dir, "validate", "template.xlsx");
  expect(r.stderr).toBe("");
  expect([0, 1]).toContain(r.code);
});

test("a stray value at XFD1048576 is read: validate answers as without it", async () => {
  const plain = await run(dir, "validate", "template.xlsx", "--json");
  const stray = await run(dir, "validate", "stray.xlsx", "--json");
  expect(stray.stderr).toBe("");
  expect(stray.code).toBe(plain.code);
  expect(stray.stdout).toBe(plain.stdout);
});

test("a decree file over the limit is refused by its size, without reading it", async () => {
  writeFileSync(join(dir, "huge.json"), Buffer.alloc(3 * 1024 * 1024, 0x20));
  const fsp = (await import("node:fs")).promises;
  const readFile = jest.spyOn(fsp, "readFile");
  try {
    const r = await run(dir, "validate", "template.xlsx", "--decree", "huge.json", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too large \(3072 KB; at most 1024 KB\)/);
    expect(readFile.mock.calls.map((c) => String(c[0]))).not.toContainEqual(
      expect.stringContaining("huge.json")
    );
  } finally {
    readFile.mockRestore();
  }
});

test("a decree file with a byte-order mark is read", async () => {
  writeFileSync(join(dir, "bom.json"), `\uFEFF${JSON.stringify(BLITAR_2021)}`);
  const r = await run(dir, "validate", "template.xlsx", "--decree", "bom.json");
  expect(r.stderr).toBe("");
});

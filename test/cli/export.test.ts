/**
 * kinerja export on real files: PDF (read back with PDF.js), CSV, .xlsx, the default file
 * name from the Info sheet, --tw, the meeting's notes carried over, and exit 2 with nothing
 * written on bad usage or unreadable input.
 */
import ExcelJS from "exceljs";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BLITAR_2021 } from "../../src/core/decree";
import { INFO_SHEET } from "../../src/core/workbook/layout";
import { RECAP_SHEET, planRecap } from "../../src/core/workbook/recap";
import { DEFAULT_SETTINGS } from "../../src/core/workbook/settings";
import { applyPlan } from "../../src/xlsx/apply";
import { readWorkbook } from "../../src/xlsx/read";
import { readPdf } from "../support/pdf";
import { fill, leftovers, load, run, tempDir } from "./helpers";

// Each PDF is read back by a child process (about a second, more on a busy machine).
jest.setTimeout(30_000);

const NAME = "Capaian-Kinerja-KPU-Kota-Blitar-2021";
let dir: string;
let input: Buffer;

/** The cell right of a label in column A of a sheet. */
function besideLabel(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  for (let r = 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, 1).value === label) return ws.getCell(r, 2);
  throw new Error(`no ${label} on ${ws.name}`);
}

/** The row of the Rekap Rapat sheet whose Kode is `kode`, and the column of a header. */
function recapCell(ws: ExcelJS.Worksheet, kode: string, header: string): ExcelJS.Cell {
  let headerRow = 0;
  let col = 0;
  let kodeCol = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.value === header && col === 0) [headerRow, col] = [r, c];
      if (cell.value === "Kode" && kodeCol === 0) kodeCol = c;
    });
  });
  for (let r = headerRow + 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, kodeCol).value === kode) return ws.getCell(r, col);
  throw new Error(`no ${kode} on ${ws.name}`);
}

beforeAll(async () => {
  dir = tempDir();
  expect((await run(dir, "template", "--out", "template.xlsx")).code).toBe(0);
  const wb = await load(join(dir, "template.xlsx"));
  // RKT KPU row 1: target 80%, realisasi 83% -> capaian 103,75%.
  fill(wb, { "rkt-kpu-1": { tw1: 0.83, sumber: "Laporan" } });
  // The meeting typed notes on an earlier Rekap Rapat sheet; one looks like a formula.
  applyPlan(wb, planRecap(readWorkbook(wb), BLITAR_2021, DEFAULT_SETTINGS).plan);
  const recap = wb.getWorksheet(RECAP_SHEET)!;
  recapCell(recap, "rkt-kpu-1", "Permasalahan").value = "=1+1 belum rapat";
  recapCell(recap, "rkt-kpu-1", "Rencana Tindak Lanjut").value = "Rapat pleno TW III";
  await wb.xlsx.writeFile(join(dir, "laporan.xlsx"));
  input = readFileSync(join(dir, "laporan.xlsx"));
  writeFileSync(join(dir, "broken.xlsx"), "not a zip at all");
});

afterEach(() => {
  // The input is never written, and no temporary file is left.
  expect(readFileSync(join(dir, "laporan.xlsx")).equals(input)).toBe(true);
  expect(leftovers(dir)).toEqual([]);
});

test("pdf: the default file name in the working folder, real text with the capaian", async () => {
  const r = await run(dir, "export", "laporan.xlsx", "--format", "pdf");
  expect(r.code).toBe(0);
  const file = join(dir, `${NAME}-TW4.pdf`);
  expect(r.stdout).toBe(`${file}\n`);
  expect(r.stderr).toMatch(/Ekspor PDF s\.d\. TW IV: 16 indikator/);
  expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { text } = readPdf(file);
  expect(text).toMatch(/LAPORAN CAPAIAN KINERJA/);
  expect(text).toMatch(/Persentase Keputusan KPU/);
  expect(text).toMatch(/103,75%/);
});

test("csv with --tw 2 and --json: TW2 in the name, BOM, ';', neutralised formula text", async () => {
  const r = await run(dir, "export", "laporan.xlsx", "--format=csv", "--tw", "2", "--json");
  expect(r.code).toBe(0);
  const file = join(dir, `${NAME}-TW2.csv`);
  expect(JSON.parse(r.stdout)).toEqual({ file, format: "csv", tw: 2, indicators: 16 });
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]?.split(";")).toContain("Realisasi s.d. TW II");
  // The last column, Perlu Diperiksa, is empty: nothing in error.
  const kpu1 = lines.find((l) => l.includes(";rkt-kpu-1;") && l.endsWith(";")) ?? "";
  expect(kpu1).toMatch(/;80%;83%;103,75%;Sangat Baik;/);
  // Typed in the earlier recap, kept, and neutralised so no spreadsheet runs it.
  expect(kpu1).toContain(`;"'=1+1 belum rapat";Rapat pleno TW III;`);
});

test("xlsx with --out: the Rekap Rapat sheet with the figures and the meeting's notes", async () => {
  const r = await run(dir, "export", "laporan.xlsx", "--format", "xlsx", "--out", "rapat.xlsx");
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`${join(dir, "rapat.xlsx")}\n`);
  const wb = await load(join(dir, "rapat.xlsx"));
  const recap = wb.getWorksheet(RECAP_SHEET);
  expect(recap).toBeDefined();
  expect(wb.getWorksheet("RKT KPU")).toBeDefined();
  expect(recapCell(recap!, "rkt-kpu-1", "Permasalahan").value).toBe("=1+1 belum rapat");
  expect(recapCell(recap!, "rkt-kpu-1", "Capaian").value).toBeCloseTo(1.0375, 6);
});

test("office and year come from the Info sheet", async () => {
  const wb = await load(join(dir, "laporan.xlsx"));
  besideLabel(wb.getWorksheet(INFO_SHEET)!, "Kantor").value = "KPU Kota Contoh";
  await wb.xlsx.writeFile(join(dir, "contoh.xlsx"));
  const r = await run(dir, "export", "contoh.xlsx", "--format", "csv", "--tw", "1", "--json");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).file).toBe(join(dir, "Capaian-Kinerja-KPU-Kota-Contoh-2021-TW1.csv"));
});

describe("exit 2, a message on stderr, no file written", () => {
  const cases: [string, string[], RegExp][] = [
    ["a bad --format", ["--format", "docx"], /Nilai yang boleh: pdf, xlsx, csv/],
    ["no --format", [], /--format pdf\|xlsx\|csv/],
    ["--out of another format", ["--format", "pdf", "--out", "x.csv"], /\.pdf/],
    ["--out the input itself", ["--format", "xlsx", "--out", "laporan.xlsx"], /tidak menimpa/],
    ["--out in a missing folder", ["--format", "csv", "--out", "no/x.csv"], /Folder/],
  ];

  test.each(cases)("%s", async (_name, argv, message) => {
    const before = readdirSync(dir).sort();
    const r = await run(dir, "export", "laporan.xlsx", ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  test("unreadable or missing input, in --lang; an existing output stays as it was", async () => {
    writeFileSync(join(dir, "keep.pdf"), "previous contents");
    const broken = await run(dir, "export", "broken.xlsx", "--format", "pdf", "--out", "keep.pdf");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/tidak dapat dibaca/);
    expect(readFileSync(join(dir, "keep.pdf"), "utf8")).toBe("previous contents");
    const missing = await run(dir, "export", "nope.xlsx", "--format", "csv", "--lang", "en");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/was not found/);
    expect(missing.stdout).toBe("");
  });

  test("a write that fails leaves no partial file", async () => {
    // The name fits, the temporary file's longer name does not: the write itself fails.
    const r = await run(
      dir,
      "export",
      "laporan.xlsx",
      "--format",
      "csv",
      "--out",
      `${"a".repeat(246)}.csv`
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tidak dapat ditulis/);
    expect(readdirSync(dir).filter((f) => f.startsWith("aaaa"))).toEqual([]);
  });

  test("a workbook without the template", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Data").getCell("A1").value = "hello";
    await plain.xlsx.writeFile(join(dir, "plain.xlsx"));
    const r = await run(dir, "export", "plain.xlsx", "--format", "csv");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Belum ada lembar RKT/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".csv") && f.includes("TW4"))).toEqual([]);
  });
});

test("help", async () => {
  const id = await run(dir, "export", "--help");
  expect(id.code).toBe(0);
  expect(id.stdout).toMatch(/^kinerja export MASUKAN.xlsx --format pdf\|xlsx\|csv/);
  const en = await run(dir, "--help", "--lang", "en");
  expect(en.stdout).toMatch(/kinerja export IN.xlsx --format pdf\|xlsx\|csv/);
});

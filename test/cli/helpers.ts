/** Running the command in-process against real .xlsx files in a temporary folder. */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { findRktTables } from "../../src/core/workbook/entries";
import type { RktColumnKey } from "../../src/core/workbook/layout";
import { readWorkbook } from "../../src/xlsx/read";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "kinerja-cli-"));
}

/** `kinerja …argv` with `dir` as the working folder. */
export async function run(dir: string, ...argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

export async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Files in a folder that a failed write might have left (temporary files start with "."). */
export const leftovers = (dir: string): string[] =>
  readdirSync(dir).filter((f) => f.startsWith("."));

/**
 * Set RKT cells by Kode and column: `fill(wb, { "rkt-kpu-1": { tw1: 0.7 } })`. Returns the
 * 1-based row of each Kode.
 */
export function fill(
  wb: ExcelJS.Workbook,
  values: Record<string, Partial<Record<RktColumnKey, ExcelJS.CellValue>>>
): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const t of findRktTables(readWorkbook(wb))) {
    const ws = wb.getWorksheet(t.sheet.name) as ExcelJS.Worksheet;
    for (let r = t.headerRow + 1; r <= t.headerRow + t.rows; r++) {
      const kode = String(ws.getCell(r + 1, (t.columns.kode as number) + 1).value);
      rows[kode] = r + 1;
      for (const [key, v] of Object.entries(values[kode] ?? {}))
        ws.getCell(r + 1, (t.columns[key as RktColumnKey] as number) + 1).value = v;
    }
  }
  return rows;
}

/** The 1-based column number of a header on a sheet's row 4. */
export function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  for (let c = 1; c <= ws.columnCount; c++) {
    if (ws.getRow(4).getCell(c).value === header) return c;
  }
  throw new Error(`no column ${header} on ${ws.name}`);
}

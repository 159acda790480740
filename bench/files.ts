/**
 * Large and hostile files on the command line (`kinerja validate`), each in its own process:
 * wall time and peak resident memory (maxRSS). The files are generated into a temporary
 * folder and removed afterwards; none is kept in git.
 * - 1,048,576 rows of one cell: within the limits, read whole (exceljs is most of the cost);
 * - 1,048,576 rows of four cells: over the cell limit, refused before exceljs loads it;
 * - the template with one stray value at XFD1048576: read as the template plus one cell;
 * - a 2 MB zip that inflates to 2 GB: refused while inflating, at the 512 MB limit.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { main } from "../src/cli/main";
import type { BenchSection } from "./section";

export interface CaseResult {
  code: number;
  message: string;
  ms: number;
  peakMb: number;
}

async function rows(path: string, n: number, cols: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet("Data");
  for (let r = 1; r <= n; r++)
    ws.addRow(Array.from({ length: cols }, (_v, c) => (c === 0 ? `K${r}` : r * c))).commit();
  ws.commit();
  await wb.commit();
}

async function stray(dir: string, path: string): Promise<void> {
  const quiet = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
  await main(["template", "--out", "template.xlsx"], quiet);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "template.xlsx"));
  (wb.worksheets[0] as ExcelJS.Worksheet).getCell("XFD1048576").value = "stray";
  await wb.xlsx.writeFile(path);
}

/** A zip of one worksheet part of `mb` megabytes of spaces: tiny on disk, huge inflated. */
function bomb(path: string, mb: number): void {
  const part = Buffer.alloc(mb * 1024 * 1024, 0x20);
  const body = deflateRawSync(part, { level: 9 });
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(part.length >>> 0, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  // Understated, as a hostile file would: the real size is found by inflating.
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + body.length, 16);
  writeFileSync(path, Buffer.concat([local, name, body, central, name, end]));
}

/** `kinerja ARGS…` in its own process (bench/files-case.ts): exit code, message, time, peak memory. */
export function runCase(args: string[]): CaseResult {
  const out = spawnSync(
    process.execPath,
    ["--import", "tsx", join(__dirname, "files-case.ts"), ...args],
    { encoding: "utf8", maxBuffer: 1 << 20 }
  );
  const line = out.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as CaseResult;
  } catch {
    return {
      code: out.status ?? -1,
      message: (out.stderr || "").split("\n")[0] ?? "",
      ms: 0,
      peakMb: 0,
    };
  }
}

export const filesSection: BenchSection = {
  field: "files",
  title: "Large files: kinerja validate, one process each (wall time, peak resident memory)",
  async run(log) {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-bench-"));
    const out: Record<string, CaseResult & { fileMb: number }> = {};
    try {
      const cases: [string, (path: string) => Promise<void> | void, string][] = [
        ["rows1048576x1", (p) => rows(p, 1_048_576, 1), "1,048,576 rows x 1 cell"],
        [
          "rows1048576x4",
          (p) => rows(p, 1_048_576, 4),
          "1,048,576 rows x 4 cells (over the cell limit)",
        ],
        ["strayXFD1048576", (p) => stray(dir, p), "template + a value at XFD1048576"],
        ["zip2GB", (p) => bomb(p, 2048), "2 GB inflated from a small zip"],
      ];
      for (const [key, make, what] of cases) {
        const path = join(dir, `${key}.xlsx`);
        await make(path);
        const fileMb = Math.round((statSync(path).size / 1024 / 1024) * 10) / 10;
        const r = runCase(["validate", path, "--lang", "en"]);
        out[key] = { ...r, fileMb };
        log(
          `  ${what.padEnd(48)} ${String(fileMb).padStart(6)} MB file  ${(r.ms / 1000).toFixed(1).padStart(6)} s  peak ${String(r.peakMb).padStart(5)} MB  exit ${r.code}  ${r.message.slice(0, 70)}`
        );
        rmSync(path, { force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return out;
  },
};

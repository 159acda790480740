/**
 * Consolidation (`kinerja gabung`) of 38 (a province) and 552 (the nation) office workbooks,
 * each run in its own process: wall time and peak resident memory. The workbooks are copies of
 * one filled template (the reading dominates, not the figures), plus one unreadable file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { runCase, type CaseResult } from "./files";
import type { BenchSection } from "./section";

const SIZES = [38, 552] as const;

export const gabungSection: BenchSection = {
  field: "gabung",
  title:
    "Consolidation: kinerja gabung of N office workbooks, one process each (wall time, peak resident memory)",
  async run(log) {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-gabung-"));
    const out: Record<string, CaseResult> = {};
    try {
      const quiet = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
      await main(["template", "--out", "template.xlsx"], quiet);
      await main(["capaian", "template.xlsx", "--out", "office.xlsx"], quiet);
      for (const n of SIZES) {
        const folder = join(dir, `offices-${n}`);
        mkdirSync(folder);
        for (let i = 1; i < n; i++)
          copyFileSync(join(dir, "office.xlsx"), join(folder, `kantor-${i}.xlsx`));
        writeFileSync(join(folder, "rusak.xlsx"), "not a workbook");
        const r = runCase([
          "gabung",
          folder,
          "--out",
          join(dir, `rekap-${n}.xlsx`),
          "--lang",
          "en",
        ]);
        out[String(n)] = r;
        log(
          `  ${String(n).padStart(4)} workbooks  ${(r.ms / 1000).toFixed(1).padStart(6)} s  peak ${String(r.peakMb).padStart(5)} MB  exit ${r.code}`
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return out;
  },
};

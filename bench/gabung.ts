/**
 * Consolidation (`kinerja gabung`) of 38 (a province), 552 (the nation) and 1,100 generated
 * office workbooks (test/support/offices.ts: 13 indicators each, some late, some flagged, some
 * on another decree, four unreadable), each run in its own process: wall time, peak resident
 * memory of the whole process (the main thread and its reader threads), and the machine's
 * load while it ran. 552 is also read by one reader thread (KINERJA_GABUNG_WORKERS=1), to show
 * what the second core gives.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { writeOffices } from "../test/support/offices";
import { runCase, type CaseResult } from "./files";
import type { BenchSection } from "./section";

const CASES: { files: number; workers?: number }[] = [
  { files: 38 },
  { files: 552 },
  { files: 552, workers: 1 },
  { files: 1100 },
];

export const gabungSection: BenchSection = {
  field: "gabung",
  title:
    "Consolidation: kinerja gabung of N generated office workbooks, one process each (wall time, peak resident memory, load)",
  async run(log) {
    const dir = mkdtempSync(join(tmpdir(), "kinerja-gabung-"));
    const out: Record<string, CaseResult & { workers: number; load: number }> = {};
    try {
      const made = new Set<number>();
      for (const c of CASES) {
        const folder = join(dir, `offices-${c.files}`);
        if (!made.has(c.files)) {
          mkdirSync(folder);
          await writeOffices(folder, c.files);
          made.add(c.files);
        }
        const workers = c.workers ?? Math.min(availableParallelism(), c.files);
        const before = process.env.KINERJA_GABUNG_WORKERS;
        if (c.workers !== undefined) process.env.KINERJA_GABUNG_WORKERS = String(c.workers);
        const r = runCase([
          "gabung",
          folder,
          "--out",
          join(dir, `rekap-${c.files}-${workers}.xlsx`),
          "--lang",
          "en",
        ]);
        if (before === undefined) delete process.env.KINERJA_GABUNG_WORKERS;
        else process.env.KINERJA_GABUNG_WORKERS = before;
        const load = Math.round((loadavg()[0] ?? 0) * 100) / 100;
        out[c.workers === undefined ? String(c.files) : `${c.files}x${c.workers}`] = {
          ...r,
          workers,
          load,
        };
        log(
          `  ${String(c.files).padStart(5)} workbooks  ${workers} reader(s)  ${(r.ms / 1000).toFixed(1).padStart(6)} s  peak ${String(r.peakMb).padStart(5)} MB  load ${load}  exit ${r.code}`
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return out;
  },
};

/**
 * One large-file case of bench/files.ts, in its own process so its peak memory is its own:
 * `node --import tsx bench/files-case.ts ARGS…` runs `kinerja ARGS…` and prints one JSON line
 * with the exit code, the first line of stderr, the wall time and the peak resident memory.
 */
import { readFileSync } from "node:fs";
import { main } from "../src/cli/main";

/**
 * Peak resident memory of this process in MB. Linux's VmHWM belongs to the process's own
 * memory since it started; maxRSS can carry the parent's high-water mark over the fork.
 */
function peakMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm !== null) return Number(hwm[1]) / 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  let stderr = "";
  const start = performance.now();
  const code = await main(argv, {
    stdout: () => undefined,
    stderr: (s) => (stderr += s),
  });
  const ms = performance.now() - start;
  process.stdout.write(
    `${JSON.stringify({ code, message: stderr.split("\n")[0] ?? "", ms: Math.round(ms), peakMb: Math.round(peakMb()) })}\n`
  );
}

void run();

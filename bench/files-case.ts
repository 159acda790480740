/**
 * One large-file case of bench/files.ts, in its own process so its peak memory is its own:
 * `node --import tsx bench/files-case.ts ARGS…` runs `kinerja ARGS…` and prints one JSON line
 * with the exit code, the first line of stderr, the wall time and the peak resident memory.
 */
import { main } from "../src/cli/main";

async function run(): Promise<void> {
  const argv = process.argv.slice(2);
  let stderr = "";
  const start = performance.now();
  const code = await main(argv, {
    stdout: () => undefined,
    stderr: (s) => (stderr += s),
  });
  const ms = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ code, message: stderr.split("\n")[0] ?? "", ms: Math.round(ms), peakMb: Math.round(peakMb) })}\n`
  );
}

void run();

/**
 * How fast the command line starts: `kinerja --help` from the bundle `npm ci` builds
 * (scripts/build-cli.mjs) and from source through tsx, beside a bare `node -e 0`, each the
 * median wall time of separate processes.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { BenchSection } from "./section";
import { timeRuns } from "./section";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "kinerja.js");

function run(args: string[], env: NodeJS.ProcessEnv = {}): () => void {
  return () => {
    execFileSync(process.execPath, args, { stdio: "ignore", env: { ...process.env, ...env } });
  };
}

export const startupSection: BenchSection = {
  field: "startup",
  title: "Command line start (ms, median of 9 processes): kinerja --help beside node -e 0",
  run(log) {
    const node = timeRuns(run(["-e", "0"]), 9).median;
    const bundle = timeRuns(run([BIN, "--help"]), 9).median;
    const source = timeRuns(run([BIN, "--help"], { KINERJA_FROM_SOURCE: "1" }), 5).median;
    log(`  node -e 0:                 ${node.toFixed(0)} ms`);
    log(`  kinerja --help (bundle):   ${bundle.toFixed(0)} ms (x${(bundle / node).toFixed(1)})`);
    log(`  kinerja --help (tsx):      ${source.toFixed(0)} ms (x${(source / node).toFixed(1)})`);
    return {
      nodeMs: Math.round(node),
      helpMs: Math.round(bundle),
      helpFromSourceMs: Math.round(source),
    };
  },
};

/**
 * Bundles the command line (src/cli/main.ts and what it imports from src/) into
 * build/cli/main.js, so `kinerja` starts from JavaScript instead of compiling TypeScript at
 * every start. Runs at `npm ci` / `npm install` (the `prepare` script) and with
 * `npm run build:cli`. Packages from node_modules stay outside the bundle.
 */
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: [
    { in: join(root, "src/cli/main.ts"), out: "main" },
    // kinerja gabung's readers run in worker threads, each from its own file.
    { in: join(root, "src/cli/gabung/worker.ts"), out: "gabung-worker" },
  ],
  outdir: join(root, "build/cli"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});

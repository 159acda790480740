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
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile: join(root, "build/cli/main.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});

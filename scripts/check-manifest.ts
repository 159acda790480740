/**
 * Offline manifest check (the online one is `npm run validate`).
 *
 *   npx tsx scripts/check-manifest.ts manifest.xml [--root DIR] [--base-url URL]
 *
 * Icon URLs are mapped to files below --root (default: the current folder) by stripping
 * --base-url (default https://localhost:3000/). Prints one line per problem and exits 1,
 * or prints "OK" and exits 0.
 */
import { readFileSync } from "node:fs";
import { checkManifest, formatProblem } from "../src/tools/manifest-check";

function main(argv: string[]): number {
  const files: string[] = [];
  let rootDir = process.cwd();
  let baseUrl: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--root") rootDir = argv[++i] ?? rootDir;
    else if (arg === "--base-url") baseUrl = argv[++i];
    else files.push(arg);
  }
  if (files.length === 0) {
    console.error(
      "usage: tsx scripts/check-manifest.ts manifest.xml [--root DIR] [--base-url URL]"
    );
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch (error) {
      console.error(`${file}: cannot read: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const problems = checkManifest(source, { rootDir, ...(baseUrl ? { baseUrl } : {}) });
    for (const problem of problems) console.error(formatProblem(file, problem));
    if (problems.length > 0) failed = true;
    else console.log(`${file}: OK`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));

/**
 * `npm run bench` prints human-readable figures; `npm run bench -- --json` prints them and then,
 * as the last line of stdout, one JSON object with a field per section ({"core": [...], ...}).
 * Names of sections run only those: `npm run bench -- requests gabung --json`.
 * Benchmarks are programs that print figures, not timed assertions in tests.
 */
import { coreSection } from "./core";
import { requestsSection, syncsSection } from "./syncs";
import { filesSection } from "./files";
import { startupSection } from "./startup";
import { gabungSection } from "./gabung";
import type { BenchSection } from "./section";

/** Every section; later issues append theirs. */
export const SECTIONS: readonly BenchSection[] = [
  coreSection,
  syncsSection,
  requestsSection,
  filesSection,
  startupSection,
  gabungSection,
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const only = args.filter((a) => !a.startsWith("--"));
  const unknown = only.filter((name) => !SECTIONS.some((s) => s.field === name));
  if (unknown.length > 0) {
    const names = SECTIONS.map((s) => s.field).join(", ");
    throw new Error(`unknown section ${unknown.join(", ")} (sections: ${names})`);
  }
  const result: Record<string, unknown> = {};
  const log = (line: string) => console.log(line);
  log(`Kinerja benchmarks (node ${process.version})`);
  for (const section of SECTIONS) {
    if (only.length > 0 && !only.includes(section.field)) continue;
    log(`${section.title}`);
    result[section.field] = await section.run(log);
  }
  if (json) console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

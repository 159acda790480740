/**
 * `npm run bench` prints human-readable figures; `npm run bench -- --json` prints them and then,
 * as the last line of stdout, one JSON object with a field per section ({"core": [...], ...}).
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
  const json = process.argv.includes("--json");
  const result: Record<string, unknown> = {};
  const log = (line: string) => console.log(line);
  log(`Kinerja benchmarks (node ${process.version})`);
  for (const section of SECTIONS) {
    log(`${section.title}`);
    result[section.field] = await section.run(log);
  }
  if (json) console.log(JSON.stringify(result));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

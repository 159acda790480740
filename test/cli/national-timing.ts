/**
 * Times the command on a national consolidation (552 offices x 13 indicators = 7,176 rows in
 * one RKT sheet): building the workbook, then `kinerja validate` and `kinerja capaian --out`
 * through the same entry function the bin uses. Prints figures; asserts nothing.
 *
 *   npx tsx test/cli/national-timing.ts [offices]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { NATIONAL_OFFICES, writeNationalWorkbook } from "./national";

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2)} s`);
  return result;
}

async function run(): Promise<void> {
  const offices = Number(process.argv[2] ?? NATIONAL_OFFICES);
  const dir = mkdtempSync(join(tmpdir(), "kinerja-national-"));
  const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
  try {
    const rows = await timed(`build workbook (${offices} offices)`, () =>
      writeNationalWorkbook(join(dir, "nasional.xlsx"), offices)
    );
    console.log(`${"indicator rows".padEnd(34)} ${rows}`);
    const v = await timed("kinerja validate --json", () =>
      main(["validate", "nasional.xlsx", "--json"], io)
    );
    const c = await timed("kinerja capaian --out --json", () =>
      main(["capaian", "nasional.xlsx", "--out", "hasil.xlsx", "--json"], io)
    );
    const g = await timed("kinerja charts --out", () =>
      main(["charts", "hasil.xlsx", "--out", "grafik.xlsx"], io)
    );
    console.log(`exit codes: validate ${v}, capaian ${c}, charts ${g}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();

/**
 * A national consolidation (552 offices x 13 indicators = 7,176 rows in one RKT sheet)
 * through the command's entry function: validate and capaian complete and count every row.
 * Not a timed assertion; `npx tsx test/cli/national-timing.ts` prints the times.
 */
import { join } from "node:path";
import { INDICATORS_PER_OFFICE, NATIONAL_OFFICES, writeNationalWorkbook } from "./national";
import { run, tempDir } from "./helpers";

const ROWS = NATIONAL_OFFICES * INDICATORS_PER_OFFICE;

test("validate and capaian handle 7,176 indicator rows", async () => {
  expect(ROWS).toBe(7176);
  const dir = tempDir();
  expect(await writeNationalWorkbook(join(dir, "nasional.xlsx"))).toBe(ROWS);

  const v = await run(dir, "validate", "nasional.xlsx");
  expect(v.stderr).toBe("");
  expect(v.code).toBe(0);
  expect(v.stdout).toMatch(/0 kesalahan, \d+ peringatan, \d+ info pada 7176 indikator\./);

  const c = await run(dir, "capaian", "nasional.xlsx", "--out", "hasil.xlsx", "--json");
  expect(c.code).toBe(0);
  const { indicators } = JSON.parse(c.stdout) as {
    indicators: { sheet: string; row: number; capaian: number | null }[];
  };
  expect(indicators).toHaveLength(ROWS);
  expect(new Set(indicators.map((i) => i.sheet))).toEqual(new Set(["RKT Nasional"]));
  expect(indicators[0]?.row).toBe(5);
  expect(indicators[ROWS - 1]?.row).toBe(4 + ROWS);
  expect(indicators.every((i) => i.capaian !== null)).toBe(true);
}, 300_000);

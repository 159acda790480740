/**
 * Tables from published LKj / LAKIP reports (corpus/README.md names each source): Convert
 * turns each into the template, and `kinerja capaian --json` on the converted file gives the
 * capaian each report printed, under the cap the report used, to the decimals it printed.
 * Where a report's own arithmetic is wrong the test says so and expects the rule's number.
 */
import { join } from "node:path";
import { planConvert } from "../../../src/core/workbook/convert";
import { applyPlan } from "../../../src/xlsx/apply";
import { run, tempDir } from "../../cli/helpers";
import { CORPUS, type CorpusTable } from "./corpus/tables";
import { snapshotOf, workbookOf } from "./fixtures/sheet";

interface IndicatorJson {
  indikator: string;
  capaian: number | null;
  cekIsian: string | null;
}

const dir = tempDir();

async function convertedCapaian(t: CorpusTable) {
  const wb = workbookOf(t.sheet);
  const result = planConvert(snapshotOf(wb), t.sheet.name);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  applyPlan(wb, result.plan);
  const path = join(dir, `${t.name}.xlsx`);
  await wb.xlsx.writeFile(path);
  const r = await run(dir, "capaian", `${t.name}.xlsx`, "--json", "--tw", "4", "--cap", t.cap);
  if (r.code !== 0) throw new Error(r.stderr);
  const { indicators } = JSON.parse(r.stdout) as { indicators: IndicatorJson[] };
  return { result, indicators };
}

const rounded = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

describe.each(CORPUS.map((t) => [t.name, t] as const))("%s", (_name, t) => {
  let out: Awaited<ReturnType<typeof convertedCapaian>>;
  beforeAll(async () => {
    out = await convertedCapaian(t);
  });

  it("converts every transcribed indicator, none marked cek isian", () => {
    expect(out.indicators.map((i) => i.indikator)).toEqual(t.rows.map((r) => r.indikator));
    expect(out.indicators.filter((i) => i.cekIsian !== null)).toEqual([]);
  });

  it.each(t.rows.map((r, i) => [i + 1, r] as const))(
    "row %i: the capaian the report printed, or the rule where the report's arithmetic is wrong",
    (n, r) => {
      const got = out.indicators[n - 1]?.capaian;
      expect(typeof got).toBe("number");
      if (r.reportError !== undefined) {
        // The report is wrong here (r.reportError.why); the rule's number stands.
        expect(rounded(got as number, t.decimals)).not.toBe(r.printed);
        expect(got).toBe(r.reportError.rule);
      } else expect(rounded(got as number, t.decimals)).toBe(r.printed);
    }
  );
});

test("the corpus holds at least 5 tables from at least 3 offices", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(5);
  expect(new Set(CORPUS.map((t) => t.office)).size).toBeGreaterThanOrEqual(3);
});

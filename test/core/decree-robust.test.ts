/**
 * The decree checker on hostile and careless files: it never throws, lists at most 50 problems
 * and counts the rest, accepts a byte-order mark, and refuses in the schema every string that
 * would otherwise fail later in a sheet name or a table name.
 */
import {
  BLITAR_2021,
  MAX_LISTED_PROBLEMS,
  parseDecree,
  parseDecreeJson,
  type DecreeResult,
} from "../../src/core/decree";
import { planTemplate } from "../../src/core/workbook/template";
import { emptySheet } from "../../src/core/workbook/snapshot";

const clone = (): { tables: Record<string, unknown>[] } & Record<string, unknown> =>
  JSON.parse(JSON.stringify(BLITAR_2021)) as { tables: Record<string, unknown>[] };

const problemsOf = (r: DecreeResult) => (r.ok ? [] : r.problems);

test("150,000 bad items under the size limit: refused by their count, not a RangeError", () => {
  const d = clone();
  d.tables[0]!.indicators = Array.from({ length: 150_000 }, () => 1);
  const text = JSON.stringify(d);
  expect(text.length).toBeLessThan(1024 * 1024);
  let result: DecreeResult | undefined;
  expect(() => (result = parseDecreeJson(text))).not.toThrow();
  expect(result?.ok).toBe(false);
  const problems = problemsOf(result!);
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 1);
  expect(problems[0]!.message.en).toMatch(/more than 20000 list items/);
});

test("thousands of bad fields: the first 50 listed, the rest counted in one line", () => {
  const d = clone();
  d.tables[0]!.indicators = Array.from({ length: 3_000 }, () => ({}));
  const problems = problemsOf(parseDecree(d));
  expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
  const last = problems[MAX_LISTED_PROBLEMS]!.message;
  const more = Number(/and (\d+) more problems/.exec(last.en)?.[1]);
  expect(more).toBeGreaterThan(3_000);
  expect(last.id).toContain(`dan ${more} masalah lain`);
  // The listed ones are real field problems, located at their indicator.
  expect(problems[0]!.path).toMatch(/^tables\.0\.indicators\.0\./);
});

test("19,000 indicators with every field wrong (over 200,000 problems): the first 50 and a count", () => {
  const d = clone();
  const wrong = Object.fromEntries(
    [
      "id",
      "no",
      "sasaran",
      "text",
      "kind",
      "direction",
      "aggregation",
      "target",
      "caraPenghitungan",
      "sumberData",
      "components",
      "iku",
      "notes",
    ].map((k) => [k, 0])
  );
  d.tables[0]!.indicators = Array.from({ length: 19_000 }, () => wrong);
  let result: DecreeResult | undefined;
  expect(() => (result = parseDecree(d))).not.toThrow();
  const problems = problemsOf(result!);
  expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
  expect(problems[0]!.path).toMatch(/^tables\.0\.indicators\.0\./);
  const more = Number(
    /and (\d+) more problems/.exec(problems[MAX_LISTED_PROBLEMS]!.message.en)?.[1]
  );
  expect(more).toBeGreaterThan(19_000 * 10);
});

test("a byte-order mark at the start is not a JSON error", () => {
  const result = parseDecreeJson(`\uFEFF${JSON.stringify(BLITAR_2021)}`);
  expect(problemsOf(result)).toEqual([]);
  expect(result.ok).toBe(true);
});

test.each([
  ["ending in a quote", "KPU'"],
  ["starting with a quote", "'KPU"],
  ["with a colon", "KPU: Kota"],
  ["with a slash", "KPU/Sekr"],
  ["with brackets", "KPU [1]"],
  ["with a question mark", "KPU?"],
  ["with an asterisk", "KPU*"],
  ["with a backslash", "KPU\\Kota"],
  ["with a tab", "KPU\tKota"],
])("a shortName %s is refused by the schema, named and explained", (_name, shortName) => {
  const d = clone();
  d.tables[0]!.shortName = shortName;
  const problems = problemsOf(parseDecree(d));
  expect(problems).toHaveLength(1);
  expect(problems[0]!.path).toBe("tables.0.shortName");
  expect(problems[0]!.message.en).toMatch(/cannot be part of an Excel sheet name/);
  expect(problems[0]!.message.id).toMatch(/tidak dapat menjadi bagian nama lembar Excel/);
});

test("a shortName the schema accepts makes a template (no surprise later)", () => {
  const d = clone();
  d.tables[0]!.shortName = "KPU Kota (2021) - Oke";
  const result = parseDecree(d);
  expect(result.ok).toBe(false); // 21 characters: over the 20 the schema allows
  d.tables[0]!.shortName = "KPU's Kota 2021";
  const ok = parseDecree(d);
  expect(problemsOf(ok)).toEqual([]);
  if (!ok.ok) return;
  const plan = planTemplate(ok.decree, { sheets: [emptySheet("Sheet1")], activeSheet: "Sheet1" });
  expect(JSON.stringify(plan)).toContain("KPU's Kota 2021");
});

test("a table id too long for an Excel table name is refused", () => {
  const d = clone();
  d.tables[0]!.id = "a".repeat(300);
  const problems = problemsOf(parseDecree(d));
  expect(problems.map((p) => p.path)).toContain("tables.0.id");
});

test("text longer than an Excel cell holds is refused where it is", () => {
  const d = clone();
  d.title = "x".repeat(40_000);
  const problems = problemsOf(parseDecree(d));
  expect(problems.map((p) => p.path)).toEqual(["title"]);
});

test("nothing thrown for any JSON value", () => {
  for (const text of ["null", "[]", "1", '"x"', "{}", '{"tables":null}', "[[[[[[]]]]]]", ""])
    expect(() => parseDecreeJson(text)).not.toThrow();
  const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
  expect(parseDecreeJson(deep).ok).toBe(false);
});

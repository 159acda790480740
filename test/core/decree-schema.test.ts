/** A decree imported from a file is checked like the built-in one, with a message per bad field. */
import {
  BLITAR_2021,
  DECREE_FILE_LIMIT_BYTES,
  parseDecree,
  parseDecreeJson,
} from "../../src/core/decree";

const clone = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(BLITAR_2021)) as Record<string, unknown>;

/** Edit a copy of the built-in decree at a path ("tables.0.indicators.2.target.value"). */
function broken(path: string, value: unknown): unknown {
  const decree = clone();
  const keys = path.split(".");
  let node = decree as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return decree;
}

test.each([
  ["year", "2021", "year", /Tahun|year|number|angka/i],
  ["date", "4 Maret 2021", "date", /tanggal|date/i],
  ["tables.0.indicators.2.target.value", "seratus", "tables.0.indicators.2.target.value", /./],
  ["tables.1.indicators.4.target.value", "Z", "tables.1.indicators.4.target.value", /./],
  ["tables.0.indicators.0.text", "  ", "tables.0.indicators.0.text", /./],
  ["tables.0.indicators.0.kind", "persen", "tables.0.indicators.0.kind", /./],
  ["tables.0.indicators.1.id", "rkt-sekretariat-1", "tables.0.indicators.1.id", /dua kali/],
  ["tables.0.indicators.0.iku", "iku-nope", "tables.0.indicators.0.iku", /tidak ada/],
  [
    "tables.0.indicators.0.target",
    { kind: "grade", value: "B", text: "B" },
    "tables.0.indicators.0.target.kind",
    /berbeda/,
  ],
  [
    "tables.0.indicators.0.target.value",
    { min: 90, max: 80 },
    "tables.0.indicators.0.target.value.max",
    /batas bawah/,
  ],
  ["signatories", undefined, "signatories", /./],
  // The certifier of the copy is one official, not a name or a second list of signers.
  ["certifiedBy", "Edi Winarno", "certifiedBy", /mengesahkan salinan/],
  ["certifiedBy", [{ role: "Sekretaris", name: "Edi Winarno" }], "certifiedBy", /bukan penanda/],
  ["certifiedBy.name", " ", "certifiedBy.name", /./],
])("%s = %j is refused at its field", (path, value, expectedPath, idPattern) => {
  const result = parseDecree(broken(path, value));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  const problem = result.problems.find((p) => p.path === expectedPath);
  expect(problem).toBeDefined();
  expect(problem?.message.id).toMatch(idPattern);
  expect(problem?.message.en).not.toBe(problem?.message.id);
});

test("a decree without a certifier is valid: certifiedBy is optional", () => {
  expect(parseDecree(broken("certifiedBy", undefined)).ok).toBe(true);
});

test("a bad indicator field names the table and the indicator in both languages, as staff know them", () => {
  const result = parseDecree(broken("tables.0.indicators.2.target.value", "seratus"));
  if (result.ok) throw new Error("expected a failure");
  // The table by its title, the indicator by its No. and text: never an internal id.
  expect(result.problems[0]?.message.id).toMatch(
    /^Tabel 1 \(Rencana Kinerja Tahunan \(RKT\) Sekretari…\) › indikator 3 \(No\. 3 — Persentase perwujudan pelayanan keuanga…\) › target\.value: /
  );
  expect(result.problems[0]?.message.en).toMatch(
    /^Table 1 \(Rencana Kinerja Tahunan \(RKT\) Sekretari…\) › indicator 3 \(No\. 3 — Persentase/
  );
  expect(result.problems[0]?.message.id).not.toMatch(/rkt-sekretariat/);
});

test("every bad field is reported, not only the first", () => {
  const decree = broken("year", "x") as Record<string, unknown>;
  decree.place = "";
  const result = parseDecree(decree);
  expect(result.ok ? [] : result.problems.map((p) => p.path).sort()).toEqual(["place", "year"]);
});

test("JSON text: syntax errors and oversize files get a message, a good file parses", () => {
  const bad = parseDecreeJson("{ not json");
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.problems[0]?.message.id).toMatch(/bukan JSON/);
  const big = parseDecreeJson(" ".repeat(DECREE_FILE_LIMIT_BYTES + 1));
  if (!big.ok) expect(big.problems[0]?.message.id).toMatch(/terlalu besar/);
  expect(big.ok).toBe(false);
  expect(parseDecreeJson(JSON.stringify(BLITAR_2021)).ok).toBe(true);
});

test("parseDecree never throws on arbitrary values", () => {
  for (const value of [null, undefined, 42, "x", [], { tables: "no" }, { tables: [null] }]) {
    expect(parseDecree(value).ok).toBe(false);
  }
});

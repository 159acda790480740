/**
 * The built-in decree data against the decree itself (a copy of the text extracted from the
 * PDF in test/fixtures/decree). Whitespace is folded on both sides: the extraction breaks
 * lines and pads table cells, the data keeps single spaces.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BLITAR_2021, allIndicators, parseDecree, type Indicator } from "../../src/core/decree";

const fold = (s: string): string => s.replace(/\s+/g, " ").trim();
const decreeText = fold(
  readFileSync(join(__dirname, "../fixtures/decree/kpu-kota-blitar-2021.txt"), "utf8")
);
/** Table cells of the decree, as the extraction wrote them between pipes. */
const cells = new Set(
  readFileSync(join(__dirname, "../fixtures/decree/kpu-kota-blitar-2021.txt"), "utf8")
    .split("\n")
    .filter((line) => line.trim().startsWith("|"))
    .flatMap((line) => line.split("|").map(fold))
);

const indicators = allIndicators(BLITAR_2021);

test("the built-in decree passes its own schema", () => {
  const result = parseDecree(BLITAR_2021);
  expect(result.ok ? [] : result.problems).toEqual([]);
});

test.each([
  ["rkt-sekretariat", 10],
  ["rkt-kpu", 6],
  ["iku-kpu", 6],
  ["iku-sekretariat", 13],
])("table %s has %i indicators", (id, count) => {
  expect(BLITAR_2021.tables.find((table) => table.id === id)?.indicators).toHaveLength(count);
});

describe.each(indicators.map((ind): [string, Indicator] => [ind.id, ind]))("%s", (_id, ind) => {
  test("its text is the decree's: each joined part is one table cell", () => {
    for (const part of ind.text.split("\n")) expect(cells).toContain(fold(part));
  });

  test("its sasaran appears in the decree", () => {
    expect(decreeText).toContain(fold(ind.sasaran));
  });

  test("its target, cara penghitungan and sumber data are the decree's cells", () => {
    if (ind.target) expect(cells).toContain(ind.target.text);
    if (ind.caraPenghitungan) expect(cells).toContain(ind.caraPenghitungan);
    if (ind.sumberData) expect(cells).toContain(ind.sumberData);
    if (ind.target?.kind === "count")
      for (const item of ind.target.items ?? []) expect(decreeText).toContain(item);
  });
});

test("metadata is the decree's", () => {
  expect(decreeText).toContain(`NOMOR ${BLITAR_2021.number}`);
  expect(decreeText).toContain("Ditetapkan di Blitar Pada tanggal 4 Maret 2021");
  expect(BLITAR_2021.date).toBe("2021-03-04");
  for (const person of BLITAR_2021.signatories)
    expect(decreeText.toLowerCase()).toContain(person.name.toLowerCase());
  expect(decreeText.toLowerCase()).toContain(BLITAR_2021.title.toLowerCase());
});

test("every RKT indicator links to an IKU row of the same unit", () => {
  for (const table of BLITAR_2021.tables.filter((t) => t.kind === "rkt")) {
    const iku = BLITAR_2021.tables.find((t) => t.kind === "iku" && t.unit === table.unit);
    for (const ind of table.indicators) expect(iku?.indicators.map((i) => i.id)).toContain(ind.iku);
  }
});

test("targets by kind match the decree: percent, index 77, 2 Dokumen, grade B, WTP", () => {
  const target = (id: string) => indicators.find((i) => i.id === id)?.target;
  expect(target("rkt-kpu-1")).toMatchObject({ kind: "percent", value: 80 });
  expect(target("rkt-kpu-2")).toMatchObject({ kind: "percent", value: 30 });
  expect(target("rkt-kpu-3")).toMatchObject({ kind: "index", value: 77, text: "77%" });
  expect(target("rkt-sekretariat-8")).toMatchObject({ kind: "count", value: 2, unit: "Dokumen" });
  expect(target("rkt-kpu-5")).toMatchObject({ kind: "grade", value: "B" });
  expect(target("rkt-kpu-6")).toMatchObject({ kind: "opinion", value: "WTP" });
});

test("only the IKU that divides two counts has components", () => {
  expect(indicators.filter((i) => i.components).map((i) => i.id)).toEqual(["iku-kpu-2"]);
});

test("the IKU KPU row that holds two indicators is split into exactly those two", () => {
  const [a, b] = ["iku-kpu-5", "iku-kpu-6"].map((id) => indicators.find((i) => i.id === id));
  expect(cells).toContain(`${a?.text} ${b?.text}`);
  expect(a?.caraPenghitungan).toBe(b?.caraPenghitungan);
  expect([a?.kind, b?.kind]).toEqual(["grade", "opinion"]);
});

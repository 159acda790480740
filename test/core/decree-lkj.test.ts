/** The decree file's optional LKj fields: read when present, refused with a message when wrong. */
import { BLITAR_2021 } from "../../src/core/decree";
import { parseDecree } from "../../src/core/decree/parse";
import { withIkuDefinition, findIndicator } from "../../src/core/decree/query";

const withFields = (fields: Record<string, unknown>, top: Record<string, unknown> = {}) => {
  const copy = JSON.parse(JSON.stringify(BLITAR_2021)) as {
    tables: { indicators: Record<string, unknown>[] }[];
  } & Record<string, unknown>;
  Object.assign(copy.tables[0]!.indicators[0]!, fields);
  return { ...copy, ...top };
};

test("units, penanggungJawab, satuan, penjelasan, last year and Renstra are read", () => {
  const result = parseDecree(
    withFields(
      {
        penanggungJawab: "Subbag Program dan Data",
        satuan: "%",
        penjelasan: "Mengukur ketepatan",
        realisasiTahunLalu: 95,
        targetRenstra: 100,
      },
      { units: ["Subbag KUL", "Subbag Program dan Data"] }
    )
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.decree.units).toEqual(["Subbag KUL", "Subbag Program dan Data"]);
  expect(result.decree.tables[0]?.indicators[0]).toMatchObject({
    penanggungJawab: "Subbag Program dan Data",
    realisasiTahunLalu: 95,
    targetRenstra: 100,
  });
  // Without them the built-in decree reads as before.
  expect(parseDecree(JSON.parse(JSON.stringify(BLITAR_2021))).ok).toBe(true);
});

test.each([
  [{ realisasiTahunLalu: "95%" }, "realisasiTahunLalu"],
  [{ targetRenstra: null }, "targetRenstra"],
  [{ penanggungJawab: "" }, "penanggungJawab"],
])("a wrong field is named in both languages: %j", (fields, field) => {
  const result = parseDecree(withFields(fields));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems[0]?.path).toContain(field);
  expect(result.problems[0]?.message.id).not.toBe("");
  expect(result.problems[0]?.message.en).not.toBe("");
});

test("an RKT indicator takes satuan, penjelasan and penanggung jawab from its IKU row", () => {
  const iku = findIndicator(BLITAR_2021, "iku-kpu-2")!;
  const rkt = findIndicator(BLITAR_2021, "rkt-kpu-2")!;
  const decree = {
    ...BLITAR_2021,
    tables: BLITAR_2021.tables.map((t) => ({
      ...t,
      indicators: t.indicators.map((i) =>
        i.id === iku.id
          ? { ...i, satuan: "%", penjelasan: "Keterbukaan", penanggungJawab: "Subbag Hukum" }
          : i
      ),
    })),
  };
  expect(withIkuDefinition(decree, rkt)).toMatchObject({
    satuan: "%",
    penjelasan: "Keterbukaan",
    penanggungJawab: "Subbag Hukum",
  });
  expect(withIkuDefinition(decree, { ...rkt, penanggungJawab: "Subbag KUL" }).penanggungJawab).toBe(
    "Subbag KUL"
  );
});

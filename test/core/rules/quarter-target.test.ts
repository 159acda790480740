/** The rencana aksi: capaian at the reporting quarter against the target up to that quarter. */
import { BLITAR_2021, type Indicator } from "../../../src/core/decree";
import { findIndicator, withIkuDefinition } from "../../../src/core/decree/query";
import { evaluate, type CellInput } from "../../../src/core/rules";
import { quarterTarget } from "../../../src/core/rules/quarter-target";

const c = (value: CellInput["value"], numberFormat?: string): CellInput =>
  numberFormat ? { value, numberFormat } : { value };
const blitar = (id: string): Indicator =>
  withIkuDefinition(BLITAR_2021, findIndicator(BLITAR_2021, id) as Indicator);

describe("quarterTarget", () => {
  it.each([
    ["sum adds the due quarters", [c(0), c(1), c(0), c(1)], "sum", 2, 1],
    ["sum at TW IV", [c(0), c(1), c(0), c(1)], "sum", 4, 2],
    ["sum with blanks", [c(null), c(1), c(null), c(1)], "sum", 3, 1],
    ["sum with none", [c(null), c("-"), c(" ")], "sum", 3, null],
    ["sum: an unreadable due target", [c(1), c("1 Dokumen"), c(1)], "sum", 3, "cek isian"],
    ["sum: an unreadable target not yet due", [c(1), c(1), c("x")], "sum", 2, 2],
    ["last takes the reporting quarter's own", [c(0.25), c(0.5), c(0.75)], "last", 2, 0.5],
    ["last with a blank reporting quarter", [c(0.25), c(null)], "last", 2, null],
    ["last: an unreadable earlier quarter does not count", [c("25%"), c(0.5)], "last", 2, 0.5],
    [
      "last: the reporting quarter unreadable",
      [c(0.25), { value: { error: "#N/A" } }],
      "last",
      2,
      "cek isian",
    ],
    ["cumulative as last", [c(1), c(2), c(3), c(4)], "cumulative", 3, 3],
  ] as const)("%s", (_name, cells, aggregation, tw, expected) =>
    expect(quarterTarget(cells, aggregation, tw)).toBe(expected)
  );
});

describe("evaluate: the capaian at the reporting quarter", () => {
  const percent = blitar("rkt-kpu-1"); // target 80 %
  const entry = (over: Partial<Parameters<typeof evaluate>[0][number]> = {}) => ({
    indicator: percent,
    target: c(0.8, "0%"),
    realisasi: [c(0.25, "0%"), c(0.35, "0%")],
    quarterTargets: [c(0.2, "0%"), c(0.4, "0%"), c(0.6, "0%"), c(0.8, "0%")],
    sumberData: c("Register"),
    ...over,
  });

  it("measures the realisasi to date against the quarter's target, beside the annual capaian", () => {
    const [r] = evaluate([entry()], { reportingQuarter: 2 }).results;
    expect(r?.capaianRounded).toBe(43.75); // 35 / 80
    expect(r?.targetTw).toBe(40);
    expect(r?.capaianTwRounded).toBe(87.5); // 35 / 40
    expect(r?.kategoriTw?.label.id).toBe("Baik");
    expect(r?.kategori?.label.id).toBe("Sangat Kurang");
    expect(r?.cekIsianTw).toBeNull();
  });

  it("a count target summed over quarters: 1 of 2 documents at TW II is the plan met", () => {
    const docs = blitar("rkt-sekretariat-8"); // 2 Dokumen, Jumlah
    const [r] = evaluate(
      [
        {
          indicator: docs,
          target: c(2),
          realisasi: [c(0), c(1)],
          quarterTargets: [c(0), c(1), c(0), c(1)],
          sumberData: c("Dokumen"),
        },
      ],
      { reportingQuarter: 2 }
    ).results;
    expect(r?.capaianRounded).toBe(50);
    expect(r?.targetTw).toBe(1);
    expect(r?.capaianTwRounded).toBe(100);
    expect(r?.kategoriTw?.label.id).toBe("Sangat Baik");
  });

  it("plain numbers stay plain; lower is better; the cap applies", () => {
    const lower: Indicator = { ...percent, kind: "index", direction: "lower", id: "x" };
    const [r] = evaluate(
      [
        {
          indicator: lower,
          target: c(7),
          realisasi: [c(6.5)],
          quarterTargets: [c(7.5)],
        },
      ],
      { reportingQuarter: 1, cap: "100" }
    ).results;
    expect(r?.targetTw).toBe(7.5);
    expect(r?.capaianTw).toBe(100); // (15 - 6,5) / 7,5 = 113,33 %, capped
  });

  it("cek isian: an unreadable quarter target shows in both columns; an unreadable realisasi in the capaian only", () => {
    const [a] = evaluate([entry({ quarterTargets: [c(0.2), c("40%")] })], {
      reportingQuarter: 2,
    }).results;
    expect([a?.targetTw, a?.capaianTw, a?.cekIsianTw]).toEqual([null, null, "target"]);
    const [b] = evaluate([entry({ realisasi: [c(0.25, "0%"), c("35 %")] })], {
      reportingQuarter: 2,
    }).results;
    expect([b?.targetTw, b?.capaianTw, b?.cekIsianTw]).toEqual([40, null, "capaian"]);
  });

  it("nothing at the reporting quarter without quarter targets, for grades, and on an older sheet", () => {
    const [none] = evaluate([entry({ quarterTargets: [c(0.2)] })], { reportingQuarter: 2 }).results;
    expect([none?.targetTw, none?.capaianTw, none?.cekIsianTw]).toEqual([null, null, null]);
    const [grade] = evaluate(
      [
        {
          indicator: blitar("rkt-kpu-5"),
          target: c("B"),
          realisasi: [c("BB")],
          quarterTargets: [c("B")],
        },
      ],
      { reportingQuarter: 1 }
    ).results;
    expect([grade?.capaian, grade?.capaianTw, grade?.cekIsianTw]).toEqual([100, null, null]);
    const { quarterTargets: _q, ...older } = entry();
    const [old] = evaluate([older], { reportingQuarter: 2 }).results;
    expect([old?.capaianRounded, old?.capaianTw]).toEqual([43.75, null]);
  });
});

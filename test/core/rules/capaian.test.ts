import {
  applyCap,
  capaianGrade,
  capaianNumeric,
  capaianOpinion,
  gradeOfScore,
  round2,
  type Direction,
} from "../../../src/core/rules";
import type { Grade, NumericTargetValue, Opinion } from "../../../src/core/decree";

const range = (min: number, max: number) => ({ min, max });

describe("capaian formulas (domain.md 'Capaian'; PermenPANRB guideline BAB VI)", () => {
  // Expected values are worked out by hand from the sources, not by the code.
  test.each<[string, number, NumericTargetValue, Direction, number]>([
    [
      "guideline a: target 80-90%, realisasi 92% -> compared with the upper bound 90",
      92,
      range(80, 90),
      "higher",
      102.22,
    ],
    [
      "guideline b: target 80-90%, realisasi 70% -> compared with the lower bound 80",
      70,
      range(80, 90),
      "higher",
      87.5,
    ],
    ["inside the range", 85, range(80, 90), "higher", 100],
    ["on a bound", 80, range(80, 90), "higher", 100],
    [
      "khusus a: target 7-8 bulan, realisasi 6,5 -> lower bound 7 -> 107%",
      6.5,
      range(7, 8),
      "lower",
      107.14,
    ],
    [
      "khusus b: target 7-8 bulan, realisasi 9 -> upper bound 8 -> 87,5%",
      9,
      range(7, 8),
      "lower",
      87.5,
    ],
    ["target 7, realisasi 6,5, lower is better (Maluku Tengah 2021)", 6.5, 7, "lower", 107.14],
    ["target 8, realisasi 9, lower is better", 9, 8, "lower", 87.5],
    ["Sarolangun 2019: target 80, realisasi 83, uncapped", 83, 80, "higher", 103.75],
    ["decree rkt-kpu-3: index target 77, realisasi 74,05", 74.05, 77, "higher", 96.17],
    ["decree rkt-kpu-2: target 30%, realisasi 30%", 30, 30, "higher", 100],
    ["lower is better, inside range", 7.5, range(7, 8), "lower", 100],
  ])("%s", (_name, realisasi, target, direction, expected) => {
    const c = capaianNumeric(realisasi, target, direction);
    expect(c).toBeDefined();
    expect(round2(c ?? NaN)).toBe(expected);
  });

  test("the guideline prints 113% for 92% / 90%: an arithmetic slip, see docs/rules.md", () => {
    // The printed formula is 92% / 90% x 100%; 92/90 is 1.0222, so the rule gives 102,22%.
    // No bound of the range turns 92 into 113 (92/80 = 115, 92/90 = 102,2); 113 is 90/80 =
    // 112,5 rounded to a whole percent, i.e. the bounds divided by each other.
    const byRule = capaianNumeric(92, range(80, 90), "higher") ?? NaN;
    expect(Math.round(byRule)).not.toBe(113);
    expect(Math.round(capaianNumeric(90, 80, "higher") ?? NaN)).toBe(113);
    expect(Math.round(byRule)).toBe(102);
  });

  test("a target of 0 gives no capaian rather than Infinity", () => {
    expect(capaianNumeric(5, 0, "higher")).toBeUndefined();
    expect(capaianNumeric(5, 0, "lower")).toBeUndefined();
    expect(capaianNumeric(-1, range(0, 0), "higher")).toBeUndefined();
  });

  test.each([
    [103.75, "none", 103.75],
    [103.75, "100", 100], // KPU Kab. Sarolangun LKj 2019: 80 / 83 -> 100%
    [103.75, "120", 103.75],
    [130, "120", 120],
    [87.5, "100", 87.5],
  ] as const)("cap %d with %s -> %d", (c, cap, expected) => {
    expect(applyCap(c, cap)).toBe(expected);
  });

  test.each([
    [107.142857, 107.14],
    [102.2222, 102.22],
    [112.5, 112.5],
    [1.005, 1.01], // as Excel's ROUND
    [-1.005, -1.01],
    [0.125, 0.13],
    [99.995, 100],
  ])("round2(%d) = %d", (x, expected) => {
    expect(round2(x)).toBe(expected);
  });
});

describe("grades and opinions", () => {
  test.each<[number, Grade | undefined]>([
    [74.05, "BB"], // KPU Kab. Sragen 2024
    [100, "AA"],
    [90.01, "AA"],
    [90, "A"],
    [80.5, "A"],
    [80, "BB"],
    [70, "B"],
    [60.5, "B"],
    [60, "CC"],
    [50, "C"],
    [30.01, "C"],
    [30, "D"],
    [0, "D"],
    [-0.01, undefined],
    [100.01, undefined],
  ])("score %d -> %s (PermenPANRB 88/2021 bands)", (score, grade) => {
    expect(gradeOfScore(score)).toBe(grade);
  });

  test.each<[Grade, Grade, number, number]>([
    // realisasi, target, binary, rank (D=1 ... AA=7)
    ["BB", "B", 100, 125],
    ["B", "B", 100, 100],
    ["CC", "B", 0, 75],
    ["AA", "B", 100, 175],
    ["D", "AA", 0, 100 / 7],
  ])("grade %s against %s: binary %d, rank %d", (r, t, binary, rank) => {
    expect(capaianGrade(r, t, "binary")).toBe(binary);
    expect(capaianGrade(r, t, "rank")).toBeCloseTo(rank, 10);
  });

  test.each<[Opinion, Opinion, number, number]>([
    ["WTP", "WTP", 100, 100],
    ["WDP", "WTP", 0, 200 / 3],
    ["TMP", "WDP", 0, 50],
    ["TW", "TMP", 100, 100], // UU 15/2004 does not rank TW against TMP: they tie
    ["WTP", "WDP", 100, 150],
  ])("opinion %s against %s: binary %d, rank %d", (r, t, binary, rank) => {
    expect(capaianOpinion(r, t, "binary")).toBe(binary);
    expect(capaianOpinion(r, t, "rank")).toBeCloseTo(rank, 10);
  });
});

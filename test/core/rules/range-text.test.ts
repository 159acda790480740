/**
 * Range targets typed as text, as the sheet's formulas read them (rangeBoundsOfText) — the
 * Capaian formula reads the same text live (test/differential draws such texts against the
 * engine and LibreOffice) — and how the rules then treat a range the formulas cannot read.
 */
import { BLITAR_2021, allIndicators } from "../../../src/core/decree";
import { evaluate } from "../../../src/core/rules";
import { rangeBoundsOfText, rangeTargetOfText } from "../../../src/core/rules/sheet-reading";
import type { IndicatorKind } from "../../../src/core/decree/schema";
import { capaianNumeric, round2 } from "../../../src/core/rules/capaian";
import { capaianFormula, type RowRefs } from "../../../src/core/workbook/formulas";
import { calculate } from "../../../src/engine";

describe("rangeBoundsOfText", () => {
  test.each<[string, IndicatorKind, { min: number; max: number } | undefined]>([
    ["80% - 90%", "percent", { min: 80, max: 90 }],
    ["80 – 90", "index", { min: 80, max: 90 }],
    ["80—90", "count", { min: 80, max: 90 }],
    ["6,5 - 7,5", "index", { min: 6.5, max: 7.5 }],
    ["90 - 80", "index", { min: 80, max: 90 }],
    [",5 - 1,", "index", { min: 0.5, max: 1 }],
    ["0 - 10", "count", { min: 0, max: 10 }],
    ["12345678-9999999", "count", { min: 9999999, max: 12345678 }],
    // No range: dots, two commas, two dashes, an empty side, 0 - 0, a % for counts,
    // anything but digits, commas, dashes, spaces and %, more than 16 characters.
    ["7.5 - 8.5", "index", undefined],
    ["1.000 - 2.000", "count", undefined],
    ["6,5,1 - 7", "index", undefined],
    ["80 - 90 - 100", "percent", undefined],
    ["- 90", "percent", undefined],
    ["80 -", "percent", undefined],
    ["0 - 0", "index", undefined],
    ["80% - 90%", "count", undefined],
    ["80 s.d. 90", "percent", undefined],
    ["80\u00a0- 90", "percent", undefined],
    ["123456789-12345678", "count", undefined],
    ["80 - 90", "grade", undefined],
  ])("%j (%s) → %j", (text, kind, bounds) => {
    expect(rangeBoundsOfText(text, kind)).toEqual(bounds);
  });

  test("a bound is its digits divided by 10 to the digits after the comma, as Excel divides", () => {
    expect(rangeBoundsOfText("6,35-7", "index")).toEqual({ min: 635 / 100, max: 7 });
    expect(rangeTargetOfText("80,5 - 90", "percent")).toEqual({ min: 805 / 10 / 100, max: 0.9 });
  });
});

describe("the rules on range targets", () => {
  const ind = { ...allIndicators(BLITAR_2021).find((i) => i.kind === "index")!, target: undefined };
  const run = (target: string) =>
    evaluate(
      [
        {
          indicator: ind,
          target: { value: target },
          realisasi: [{ value: 85 }, undefined, undefined, undefined],
        },
      ],
      {
        reportingQuarter: 4,
      }
    );

  test("a range the formulas read is counted: compared with the bound crossed", () => {
    const r = run("90 - 80").results[0]!;
    expect(r.capaian).toBe(100);
    expect(r.cekIsian).toBeNull();
    expect(run("70 - 80").results[0]!.capaian).toBeCloseTo((85 / 80) * 100, 10);
  });

  test("a range written with dots is not counted, and the fix is the form the formulas read", () => {
    const e = run("7.5 - 8.5");
    expect(e.results[0]!.capaian).toBeNull();
    const f = e.findings.find((x) => x.code === "target.notCounted");
    expect(f?.fix).toEqual({ value: "7,5 - 8,5" });
    expect(rangeBoundsOfText(String(f?.fix?.value), "index")).toEqual({ min: 7.5, max: 8.5 });
  });
});

describe("Pembilang / Penyebut against a target written as a plain number", () => {
  const ind = {
    ...allIndicators(BLITAR_2021).find((i) => i.kind === "percent")!,
    target: undefined,
  };
  const run = (target: { value: number; numberFormat?: string }) =>
    evaluate(
      [
        {
          indicator: ind,
          target,
          realisasi: [undefined, undefined, undefined, undefined],
          componentsToDate: { numerator: { value: 3 }, denominator: { value: 4 } },
        },
      ],
      { reportingQuarter: 4 }
    );

  test("a plain 80 is an error at the target, with 80% as the fix; the capaian is the sheet's", () => {
    const e = run({ value: 80 });
    const f = e.findings.find((x) => x.code === "components.plainTarget");
    expect(f).toMatchObject({ severity: "error", field: "target", fix: { value: 0.8 } });
    expect(f?.message.id).toContain("80");
    // 0,75 against 80, as the sheet divides it.
    expect(e.results[0]!.capaian).toBeCloseTo((0.75 / 80) * 100, 10);
  });

  test("Pembilang and Penyebut alone count as typed: the quarters not filled are then due", () => {
    const e = run({ value: 0.8, numberFormat: "0%" });
    expect(e.findings.some((x) => x.code === "realisasi.missing")).toBe(true);
  });

  test("a target written as a percent is fine", () => {
    const e = run({ value: 0.8, numberFormat: "0%" });
    expect(e.findings.some((x) => x.code === "components.plainTarget")).toBe(false);
    expect(e.results[0]!.capaian).toBeCloseTo(93.75, 10);
  });
});

describe("a range target and Arah Turun: the sheet's formula and the rules round alike", () => {
  // 2 - 311/160 and (2·160 - 311)/160 differ in the last bit: 5,625 % would round to 5,62 on
  // one side and 5,63 on the other. The rules compute what the formula computes.
  test.each([
    [311, "150 - 160"],
    [3.1, "1,5 - 1,6"],
    [173, "80 - 90"],
  ])("realisasi %d against %s", (y, target) => {
    const refs = {
      realisasi: "B1",
      target: "A1",
      jenis: "C1",
      arah: "D1",
      cap: "E1",
      gradeRule: "F1",
      reportingQuarter: "4",
      quarters: ["B1", "B1", "B1", "B1"],
    } as unknown as RowRefs;
    const book = calculate([
      {
        name: "S",
        values: [[target, y, "Indeks", "Turun", "Tanpa batas", "Tercapai/Tidak"]],
        formulas: [[null, null, null, null, null, null, capaianFormula(refs)]],
      },
    ]);
    const sheet = book.value("S", 0, 6) as number;
    const bounds = rangeBoundsOfText(target, "index")!;
    const core = capaianNumeric(y, bounds, "lower")!;
    expect(round2(core)).toBe(round2(sheet * 100));
    expect(core).toBe(sheet * 100);
  });
});

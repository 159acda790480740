import {
  BLITAR_2021,
  findIndicator,
  withIkuDefinition,
  type Indicator,
} from "../../../src/core/decree";
import { AGGREGATION_WORDS } from "../../../src/core/workbook/layout";
import {
  decreeTargets,
  evaluate,
  type CellInput,
  type FindingCode,
  type IndicatorEntry,
  type RuleOptions,
} from "../../../src/core/rules";
import { sheetUnits } from "../../../src/core/rules/sheet-reading";

function blitar(id: string): Indicator {
  const ind = findIndicator(BLITAR_2021, id);
  if (!ind) throw new Error(`no ${id}`);
  return withIkuDefinition(BLITAR_2021, ind);
}
const allIndicators = () => BLITAR_2021.tables.flatMap((t) => t.indicators);
const c = (value: CellInput["value"], numberFormat?: string): CellInput =>
  numberFormat ? { value, numberFormat } : { value };
const bukti = c("Register Produk Hukum");
const opts = (o: Partial<RuleOptions> = {}): Partial<RuleOptions> => ({
  decreeTarget: decreeTargets(BLITAR_2021),
  ...o,
});

function one(
  entry: Partial<IndicatorEntry> & { indicator: Indicator },
  o: Partial<RuleOptions> = {}
) {
  const ev = evaluate([{ realisasi: [], sumberData: bukti, ...entry }], opts(o));
  const result = ev.results[0];
  if (!result) throw new Error("no result");
  return {
    result,
    findings: ev.findings,
    codes: ev.findings.map((f) => f.code),
    summary: ev.summary,
  };
}

describe("capaian on the Blitar 2021 decree", () => {
  test("rkt-kpu-1: target 80% (from the decree), realisasi 83% in a percent cell -> 103,75%, Sangat Baik", () => {
    const { result, codes } = one(
      { indicator: blitar("rkt-kpu-1"), realisasi: [c(0.83, "0%")] },
      { reportingQuarter: 1 }
    );
    expect(codes).toEqual([]);
    expect(result.target).toBe(80);
    expect(result.realisasi).toBe(83);
    expect(result.capaianRounded).toBe(103.75);
    expect(result.kategori?.key).toBe("sangatBaik");
    expect(result.cap.key).toBe("none");
    expect(result.formula).toBe("higher");
  });

  test("the same with cap 100 -> 100 (KPU Kab. Sarolangun LKj 2019); the unrounded uncapped value stays", () => {
    const { result } = one(
      { indicator: blitar("rkt-kpu-1"), realisasi: [c(0.83, "0%")] },
      { reportingQuarter: 1, cap: "100" }
    );
    expect(result.capaian).toBe(100);
    expect(result.capaianUncapped).toBeCloseTo(103.75, 12);
    expect(result.cap).toEqual({
      key: "100",
      label: { id: "dibatasi 100%", en: "capped at 100%" },
    });
  });

  test("rkt-kpu-2: realisasi from components (iku-kpu-2: registered / all parties x 100)", () => {
    const { result, codes } = one(
      {
        indicator: blitar("rkt-kpu-2"),
        realisasi: [],
        components: { numerator: [c(3)], denominator: [c(12)] },
      },
      { reportingQuarter: 1 }
    );
    expect(codes).toEqual([]);
    expect(result.realisasi).toBe(25); // 3 / 12 x 100
    expect(result.capaianRounded).toBe(83.33); // 25 / 30 x 100
    expect(result.kategori?.key).toBe("baik");
  });

  test("components that disagree with a typed realisasi: warning, the components win", () => {
    const { result, findings } = one(
      {
        indicator: blitar("rkt-kpu-2"),
        realisasi: [c(30)],
        components: { numerator: [c(3)], denominator: [c(12)] },
      },
      { reportingQuarter: 1 }
    );
    expect(findings.map((f) => [f.code, f.quarter])).toEqual([["components.mismatch", 1]]);
    expect(result.realisasi).toBe(25);
  });

  test.each<[string, CellInput[], CellInput[], FindingCode, string]>([
    ["zero denominator", [c(3)], [c(0)], "components.zeroDenominator", "denominator"],
    ["numerator only", [c(3)], [c(null)], "components.incomplete", "denominator"],
    ["unreadable numerator", [c("tiga")], [c(12)], "components.unparseable", "numerator"],
  ])("components: %s", (_n, numerator, denominator, code, field) => {
    const { findings } = one(
      { indicator: blitar("rkt-kpu-2"), realisasi: [], components: { numerator, denominator } },
      { reportingQuarter: 1 }
    );
    expect(findings.find((f) => f.code === code)).toMatchObject({
      field,
      quarter: 1,
      indicatorId: "rkt-kpu-2",
    });
  });

  test("rkt-kpu-3: index target 77 (written 77% in the decree), realisasi 74,05 -> 96,17%", () => {
    const { result } = one(
      { indicator: blitar("rkt-kpu-3"), target: c(77), realisasi: [c(74.05)] },
      { reportingQuarter: 1 }
    );
    expect(result.target).toBe(77);
    expect(result.capaianRounded).toBe(96.17);
    expect(result.cekIsian).toBeNull();
  });

  test("rkt-kpu-3 typed as text ('77%', '74,05'): not counted, as on the sheet; the fixes are the numbers", () => {
    const { result, findings } = one(
      { indicator: blitar("rkt-kpu-3"), target: c("77%"), realisasi: [c("74,05")] },
      { reportingQuarter: 1 }
    );
    expect(result.capaian).toBeNull();
    expect(result.realisasi).toBeNull();
    expect(result.cekIsian).toBe("realisasi");
    expect(findings.map((f) => [f.code, f.severity, f.fix])).toEqual([
      ["target.notCounted", "warning", { value: 77 }],
      ["realisasi.notCounted", "warning", { value: 74.05 }],
    ]);
    const tidy = one(
      { indicator: blitar("rkt-kpu-3"), target: c("77%"), realisasi: [c(74.05)] },
      { reportingQuarter: 1 }
    );
    expect(tidy.result.cekIsian).toBe("target");
    expect(tidy.result.capaian).toBeNull();
  });

  test("rkt-kpu-5: grade target B, score 74,05 -> BB -> Tercapai 100 (binary) / 125 (rank)", () => {
    const binary = one(
      { indicator: blitar("rkt-kpu-5"), realisasi: [c(74.05)] },
      { reportingQuarter: 1 }
    );
    expect(binary.result.realisasi).toBe("BB");
    expect(binary.result.capaian).toBe(100);
    expect(binary.result.attainment?.label).toEqual({ id: "Tercapai", en: "Reached" });
    expect(binary.codes).toEqual(["realisasi.gradeFromScore"]);
    const rank = one(
      { indicator: blitar("rkt-kpu-5"), realisasi: [c("BB")] },
      { reportingQuarter: 1, gradeRule: "rank" }
    );
    expect(rank.result.capaian).toBe(125);
    expect(rank.result.gradeRule.key).toBe("rank");
    expect(rank.result.formula).toBe("gradeRank");
    const text = one(
      { indicator: blitar("rkt-kpu-5"), realisasi: [c("74,05")] },
      { reportingQuarter: 1 }
    );
    expect(text.result.cekIsian).toBe("realisasi");
    expect(text.findings.find((f) => f.code === "realisasi.notCounted")?.fix).toEqual({
      value: 74.05,
    });
  });

  test("rkt-kpu-6: opinion target WTP, realisasi 'Wajar Dengan Pengecualian' -> Tidak Tercapai, 0", () => {
    const { result } = one(
      { indicator: blitar("rkt-kpu-6"), realisasi: [c(" wdp ")] },
      { reportingQuarter: 1 }
    );
    expect(result.realisasi).toBe("WDP");
    expect(result.capaian).toBe(0);
    expect(result.attainment?.key).toBe("tidakTercapai");
    const named = one(
      { indicator: blitar("rkt-kpu-6"), realisasi: [c("Wajar Dengan Pengecualian")] },
      { reportingQuarter: 1 }
    );
    expect(named.result.cekIsian).toBe("realisasi");
    expect(named.findings.find((f) => f.code === "realisasi.notCounted")?.fix).toEqual({
      value: "WDP",
    });
  });

  test("rkt-sekretariat-8: '2 Dokumen' entered per quarter are summed; per-quarter capaian to date", () => {
    const { result, codes } = one(
      { indicator: blitar("rkt-sekretariat-8"), realisasi: [c(1), c("-"), c(1), c(0)] },
      { reportingQuarter: 4 }
    );
    expect(result.aggregation).toBe("sum");
    expect(result.realisasi).toBe(2);
    expect(result.capaian).toBe(100);
    expect(result.quarters.map((q) => q.capaianRounded)).toEqual([50, null, 100, 100]);
    expect(codes.sort()).toEqual(["realisasi.missing"]);
    const text = one(
      { indicator: blitar("rkt-sekretariat-8"), realisasi: [c(1), c("-"), c("1 Dokumen"), c(0)] },
      { reportingQuarter: 4 }
    );
    expect(text.result.cekIsian).toBe("realisasi");
    expect(text.findings.find((f) => f.code === "realisasi.notCounted")?.fix).toEqual({
      value: 1,
      numberFormat: '0 "Dokumen"',
    });
  });

  test("a count above the decree's listed documents (2) is a warning", () => {
    const { codes } = one(
      { indicator: blitar("rkt-sekretariat-8"), realisasi: [c(2), c(1)] },
      { reportingQuarter: 2 }
    );
    expect(codes).toContain("realisasi.countAboveItems");
  });

  test("last known value: percent quarters [60, 70, empty] at TW III -> 70", () => {
    const { result, findings } = one(
      { indicator: blitar("rkt-sekretariat-1"), realisasi: [c(60), c(70), c(null)] },
      { reportingQuarter: 3 }
    );
    expect(result.realisasi).toBe(70);
    expect(result.quarters.map((q) => q.capaianRounded)).toEqual([60, 70, null, null]);
    expect(result.quarters.map((q) => q.status)).toEqual(["value", "value", "empty", "notDue"]);
    expect(findings.map((f) => [f.code, f.quarter])).toEqual([["realisasi.missing", 3]]);
  });

  test("aggregation can be overridden per indicator; a falling cumulative value warns", () => {
    const { result, findings } = one(
      { indicator: blitar("rkt-sekretariat-1"), realisasi: [c(50), c(40), c(60)] },
      { reportingQuarter: 3, aggregation: { "rkt-sekretariat-1": "cumulative" } }
    );
    expect(result.aggregation).toBe("cumulative");
    expect(result.realisasi).toBe(60);
    expect(findings.map((f) => [f.code, f.quarter])).toEqual([["realisasi.cumulativeFalls", 2]]);
  });

  test("lower is better, from a converted sheet: target 7, realisasi 6,5 -> 107,14%", () => {
    const indicator: Indicator = {
      id: "sheet-1",
      no: "1",
      sasaran: "Ketepatan waktu",
      text: "Waktu penyelesaian (bulan)",
      kind: "index",
      direction: "lower",
      aggregation: "last",
    };
    const { result } = one(
      { indicator, target: c(7), realisasi: [c(6.5)] },
      { reportingQuarter: 1, decreeTarget: () => undefined }
    );
    expect(result.capaianRounded).toBe(107.14);
    expect(result.formula).toBe("lower");
  });

  test("range target typed as text: 80-90%, realisasi 92% -> compared with 90", () => {
    const { result } = one(
      { indicator: blitar("rkt-kpu-1"), target: c("80-90%"), realisasi: [c(0.92, "0%")] },
      { reportingQuarter: 1 }
    );
    expect(result.target).toEqual({ min: 80, max: 90 });
    expect(result.capaianRounded).toBe(102.22);
    expect(result.formula).toBe("rangeUpper");
  });
});

describe("units: every number of a percent or index row is read in its target's units", () => {
  const pct = () => blitar("rkt-kpu-1");
  const at = (target: CellInput, realisasi: CellInput, id = "rkt-kpu-1") =>
    one({ indicator: blitar(id), target, realisasi: [realisasi] }, { reportingQuarter: 1 });

  test("85 in a General cell under a target of 0,8 (80 %): the sheet's 85 / 0,8, an error with the fix 0,85 as a percent", () => {
    const { result, findings } = at(c(0.8, "0%"), c(85));
    expect(result.realisasi).toBe(8500);
    expect(result.capaianRounded).toBe(10625);
    const f = findings.find((x) => x.code === "realisasi.mixedUnits");
    expect(f?.severity).toBe("error");
    expect(f?.quarter).toBe(1);
    expect(f?.fix).toEqual({ value: 0.85, numberFormat: "0%" });
    expect(f?.message.id).toContain("85%");
    // One finding for the cell: not also "above 100 %".
    expect(findings.map((x) => x.code)).not.toContain("realisasi.percentAbove100");
  });

  test("85 % (0,85 in a percent cell) under a target of 80 in a General cell: 0,85 / 80, fix 85", () => {
    const { result, findings } = at(c(80), c(0.85, "0.0%"));
    expect(result.realisasi).toBe(0.85);
    expect(result.capaianRounded).toBe(1.06);
    const f = findings.find((x) => x.code === "realisasi.mixedUnits");
    expect(f?.fix).toEqual({ value: 85, numberFormat: "General" });
  });

  test.each<[string, CellInput, CellInput, number]>([
    ["both percent cells", c(0.8, "0%"), c(0.85, "0.00%"), 106.25],
    ["both General", c(80), c(85), 106.25],
    ["a range text of a percent indicator holds fractions", c("80% - 90%"), c(0.85, "0%"), 100],
  ])("no finding when the units agree: %s", (_, target, realisasi, capaian) => {
    const { result, codes } = at(target, realisasi);
    expect(codes).not.toContain("realisasi.mixedUnits");
    expect(result.capaianRounded).toBe(capaian);
  });

  test("a range text under which 85 is typed plain: counted as 8.500 %, as the formula compares 85 with 0,9", () => {
    const { result, codes } = at(c("80% - 90%"), c(85));
    expect(codes).toContain("realisasi.mixedUnits");
    expect(result.realisasi).toBe(8500);
  });

  test("an index target of 0,77 in a percent cell and 78 typed plain: mixed", () => {
    const ind = allIndicators().find((i) => i.kind === "index");
    if (ind === undefined) throw new Error("no index indicator");
    const { codes } = at(c(0.77, "0%"), c(78), ind.id);
    expect(codes).toContain("realisasi.mixedUnits");
  });

  test("counts, grades and opinions have no units to mix", () => {
    for (const kind of ["count", "grade", "opinion"] as const) {
      const ind = allIndicators().find((i) => i.kind === kind);
      if (ind === undefined) throw new Error(`no ${kind} indicator`);
      const { codes } = at(c(2, "0%"), c(1), ind.id);
      expect(codes).not.toContain("realisasi.mixedUnits");
    }
  });

  test("no target cell (the decree's target stands): each cell read by its own format", () => {
    const { result, codes } = one(
      { indicator: pct(), realisasi: [c(85)] },
      { reportingQuarter: 1 }
    );
    expect(codes).not.toContain("realisasi.mixedUnits");
    expect(result.realisasi).toBe(85);
  });

  test("sheetUnits: from the target cell, the template's units when it sets none", () => {
    expect(sheetUnits(c(0.8, "0%"), "percent")).toBe("fraction");
    expect(sheetUnits(c(80), "percent")).toBe("plain");
    expect(sheetUnits(c(80, '0"%"'), "percent")).toBe("plain");
    expect(sheetUnits(c("80 - 90"), "percent")).toBe("fraction");
    expect(sheetUnits(c("6,5 - 7,5"), "index")).toBe("plain");
    expect(sheetUnits(c(null), "percent")).toBe("fraction");
    expect(sheetUnits(c("80%"), "index")).toBe("plain");
    expect(sheetUnits(undefined, "percent")).toBeUndefined();
    expect(sheetUnits(c(2), "count")).toBeUndefined();
  });
});

describe("validation findings", () => {
  const pct = () => blitar("rkt-kpu-1");

  test.each<[string, CellInput, FindingCode, unknown]>([
    ["empty target", c(null), "target.missing", { value: 0.8, numberFormat: "0%" }],
    ["empty percent-formatted target", c(null, "0%"), "target.missing", { value: 0.8 }],
    ["unreadable", c("delapan puluh"), "target.unparseable", undefined],
    ["ambiguous", c("1.000"), "target.ambiguous", undefined],
    ["Excel error", c("#REF!"), "target.excelError", undefined],
    ["exceljs error", c({ error: "#NAME?" }), "target.excelError", undefined],
    ["wrong kind", c("WTP"), "target.wrongKind", undefined],
    ["zero", c(0), "target.zero", undefined],
    ["different from the decree", c(0.9, "0%"), "target.differsFromDecree", undefined],
    ["typed as text", c("80%"), "target.notCounted", { value: 0.8, numberFormat: "0%" }],
    ["typed with spaces", c(" B", "@"), "target.wrongKind", undefined],
  ])("target: %s -> %s", (_n, target, code, fix) => {
    const { findings, result } = one(
      { indicator: pct(), target, realisasi: [c(85)] },
      { reportingQuarter: 1 }
    );
    const f = findings.find((x) => x.code === code);
    expect(f).toMatchObject({ indicatorId: "rkt-kpu-1", field: "target" });
    expect(f?.fix).toEqual(fix);
    expect(f?.message.id.length).toBeGreaterThan(0);
    expect(f?.message.en.length).toBeGreaterThan(0);
    if (f?.severity === "error") expect(result.capaian).toBeNull();
  });

  test("a target missing from both sheet and decree", () => {
    const indicator: Indicator = { ...blitar("rkt-kpu-1"), id: "x", target: undefined };
    const { codes } = one(
      { indicator, realisasi: [c(85)] },
      { reportingQuarter: 1, decreeTarget: () => undefined }
    );
    expect(codes).toEqual(["target.missing"]);
  });

  test.each<[string, string, CellInput, FindingCode, "error" | "warning" | "info"]>([
    ["rkt-kpu-1", "unreadable", c("sudah"), "realisasi.unparseable", "error"],
    ["rkt-kpu-1", "ambiguous", c("1.000"), "realisasi.ambiguous", "error"],
    ["rkt-kpu-1", "#DIV/0!", c("#DIV/0!"), "realisasi.excelError", "error"],
    ["rkt-kpu-1", "exceljs #N/A", c({ error: "#N/A" }), "realisasi.excelError", "error"],
    ["rkt-kpu-1", "not a percent", c("WDP"), "realisasi.wrongKind", "error"],
    ["rkt-kpu-1", "below 0%", c(-5), "realisasi.percentBelowZero", "error"],
    ["rkt-kpu-2", "above 100%", c(1.2, "0%"), "realisasi.percentAbove100", "error"],
    [
      "rkt-kpu-1",
      "above 100% of a 'dibagi target' cara",
      c(1.05, "0%"),
      "realisasi.aboveTarget",
      "warning",
    ],
    [
      "rkt-kpu-3",
      "0,78 for an index target of 77",
      c(0.78),
      "realisasi.looksLikeFraction",
      "warning",
    ],
    ["rkt-kpu-1", "fraction in a General cell", c(0.85), "realisasi.looksLikeFraction", "warning"],
    [
      "rkt-kpu-3",
      "a date Excel made of 30/6",
      c(44377, "dd/mm/yyyy"),
      "realisasi.looksLikeDate",
      "error",
    ],
    ["rkt-kpu-1", "text with a fix", c("77,5%"), "realisasi.notCounted", "warning"],
    ["rkt-kpu-5", "a grade with a note", c("bb (baik)"), "realisasi.notCounted", "warning"],
    ["rkt-kpu-5", "a grade in another case", c(" bb "), "realisasi.text", "info"],
    ["rkt-sekretariat-8", "negative count", c(-1), "realisasi.negativeCount", "error"],
    ["rkt-sekretariat-8", "fractional count", c(1.5), "realisasi.notWholeNumber", "error"],
    ["rkt-kpu-5", "grade off the scale", c("E"), "realisasi.notOnScale", "error"],
    ["rkt-kpu-6", "opinion off the scale", c("WTD"), "realisasi.notOnScale", "error"],
    ["rkt-kpu-5", "grade from a score", c(74.05), "realisasi.gradeFromScore", "info"],
  ])("%s realisasi %s -> %s", (id, _n, cell, code, severity) => {
    const { findings } = one({ indicator: blitar(id), realisasi: [cell] }, { reportingQuarter: 1 });
    expect(findings.find((f) => f.code === code)).toMatchObject({
      severity,
      indicatorId: id,
      field: "realisasi",
      quarter: 1,
    });
  });

  test("a fraction for an index names the number meant; a fraction of a fraction target does not", () => {
    const { findings } = one(
      { indicator: blitar("rkt-kpu-3"), realisasi: [c(0.78)] },
      { reportingQuarter: 1 }
    );
    expect(findings.find((f) => f.code === "realisasi.looksLikeFraction")?.message.id).toMatch(
      /0,78 .*maksudnya 78\?/
    );
    const small = one(
      { indicator: blitar("rkt-kpu-3"), target: c(0.9), realisasi: [c(0.78)] },
      { reportingQuarter: 1, decreeTarget: () => undefined }
    );
    expect(small.codes).not.toContain("realisasi.looksLikeFraction");
  });

  test("counts typed to date under Jumlah (0, 1, 1, 2 for 2 Dokumen) say so at the Agregasi cell, with Kumulatif as the fix", () => {
    const typed = one(
      { indicator: blitar("rkt-sekretariat-8"), realisasi: [c(0), c(1), c(1), c(2)] },
      { reportingQuarter: 4 }
    );
    expect(typed.result.aggregation).toBe("sum");
    expect(typed.result.realisasi).toBe(4);
    const f = typed.findings.find((x) => x.code === "realisasi.looksCumulative");
    expect(f).toMatchObject({ field: "aggregation", severity: "warning" });
    expect(f?.fix).toEqual({ value: AGGREGATION_WORDS.cumulative });
    expect(f?.message.id).toMatch(/0; 1; 1; 2.*menjadi 4/);
    const asCumulative = one(
      { indicator: blitar("rkt-sekretariat-8"), realisasi: [c(0), c(1), c(1), c(2)] },
      { reportingQuarter: 4, aggregation: { "rkt-sekretariat-8": "cumulative" } }
    );
    expect(asCumulative.result.realisasi).toBe(2);
    expect(asCumulative.codes).not.toContain("realisasi.looksCumulative");
    for (const values of [
      [1, 0, 1, 0],
      [1, 1],
      [0, 0, 0],
    ]) {
      const plain = one(
        { indicator: blitar("rkt-sekretariat-8"), realisasi: values.map((v) => c(v)) },
        { reportingQuarter: 4 }
      );
      expect([values, plain.codes.includes("realisasi.looksCumulative")]).toEqual([values, false]);
    }
  });

  test("the Periode decides which quarters are missing: semiannual TW II and IV, annual TW IV", () => {
    const missing = (period: Indicator["period"], tw: 1 | 2 | 3 | 4) =>
      one(
        { indicator: { ...pct(), ...(period && { period }) }, realisasi: [] },
        { reportingQuarter: tw }
      )
        .findings.filter((f) => f.code === "realisasi.missing")
        .map((f) => f.quarter);
    // one() types nothing: a second, typed indicator makes the workbook started.
    expect(missing(undefined, 4)).toEqual([]);
    const started = (period: Indicator["period"], tw: 1 | 2 | 3 | 4) =>
      evaluate(
        [
          { indicator: { ...pct(), ...(period && { period }) }, realisasi: [] },
          { indicator: blitar("rkt-kpu-4"), realisasi: [c(1, "0%")], sumberData: bukti },
        ],
        opts({ reportingQuarter: tw })
      )
        .findings.filter((f) => f.code === "realisasi.missing" && f.indicatorId === "rkt-kpu-1")
        .map((f) => f.quarter);
    expect(started("quarterly", 3)).toEqual([1, 2, 3]);
    expect(started(undefined, 3)).toEqual([1, 2, 3]);
    expect(started("semiannual", 3)).toEqual([2]);
    expect(started("semiannual", 4)).toEqual([2, 4]);
    expect(started("annual", 3)).toEqual([]);
    expect(started("annual", 4)).toEqual([4]);
  });

  test("an annual indicator's value typed before TW IV still counts", () => {
    const { result, findings } = one(
      { indicator: { ...blitar("rkt-kpu-5"), period: "annual" }, realisasi: [c(null), c("BB")] },
      { reportingQuarter: 2 }
    );
    expect(result.realisasi).toBe("BB");
    expect(findings.map((f) => f.code)).toEqual([]);
  });

  test("a value after the reporting quarter is an error and is not counted", () => {
    const { findings, result } = one(
      { indicator: pct(), realisasi: [c(70), c(80), c(95)] },
      { reportingQuarter: 2 }
    );
    expect(findings.map((f) => [f.code, f.quarter, f.severity])).toEqual([
      ["realisasi.afterReportingQuarter", 3, "error"],
    ]);
    expect(result.realisasi).toBe(80);
  });

  test("missing quarters up to the reporting quarter warn; later ones do not", () => {
    const { findings } = one({ indicator: pct(), realisasi: [c(70)] }, { reportingQuarter: 3 });
    expect(findings.map((f) => [f.code, f.quarter, f.severity])).toEqual([
      ["realisasi.missing", 2, "warning"],
      ["realisasi.missing", 3, "warning"],
    ]);
  });

  test("realisasi without sumber data / bukti warns; nothing reported, nothing to prove", () => {
    const withValue = evaluate(
      [{ indicator: pct(), realisasi: [c(85)], sumberData: c("-") }],
      opts({ reportingQuarter: 1 })
    );
    expect(withValue.findings.map((f) => [f.code, f.field])).toEqual([
      ["sumberData.missing", "sumberData"],
    ]);
    const none = evaluate(
      [
        { indicator: pct(), realisasi: [c(null)] },
        // Nothing typed anywhere is a fresh template: nothing is missing yet.
        { indicator: blitar("rkt-kpu-4"), realisasi: [c(1, "0%")], sumberData: c("Laporan") },
      ],
      opts({ reportingQuarter: 1 })
    );
    expect(none.findings.map((f) => [f.code, f.indicatorId])).toEqual([
      ["realisasi.missing", "rkt-kpu-1"],
    ]);
    const fresh = evaluate([{ indicator: pct(), realisasi: [c(null)] }], opts());
    expect(fresh.findings).toEqual([]);
  });

  test("messages name the quarter and the value, in both languages", () => {
    const { findings } = one(
      { indicator: pct(), realisasi: [c(70), c(-5)] },
      { reportingQuarter: 2 }
    );
    expect(findings[0]?.message).toEqual({
      id: "Realisasi TW II -5% di bawah 0%.",
      en: "Realisasi TW II -5% is below 0%.",
    });
  });
});

describe("summary", () => {
  test("per-sasaran and overall averages over indicators with a capaian", () => {
    // Sasaran 3 of the KPU table has four indicators (rkt-kpu-3..6).
    const ev = evaluate(
      [
        { indicator: blitar("rkt-kpu-1"), realisasi: [c(84)], sumberData: bukti }, // 105
        { indicator: blitar("rkt-kpu-3"), realisasi: [c(77)], sumberData: bukti }, // 100
        { indicator: blitar("rkt-kpu-4"), realisasi: [c(50)], sumberData: bukti }, // 50
        { indicator: blitar("rkt-kpu-5"), realisasi: [c("BB")], sumberData: bukti }, // 100
        { indicator: blitar("rkt-kpu-6"), realisasi: [c(null)], sumberData: bukti }, // none
      ],
      opts({ reportingQuarter: 1 })
    );
    const sdm = ev.summary.sasaran.find((s) => s.indicatorIds.includes("rkt-kpu-3"));
    expect(sdm).toMatchObject({ indicators: 4, counted: 3, averageRounded: 83.33 });
    expect(sdm?.kategori?.key).toBe("baik");
    expect(ev.summary.overall).toMatchObject({ indicators: 5, counted: 4, averageRounded: 88.75 });
    expect(ev.summary.overall.averageOfSasaran).toBeCloseTo((105 + 250 / 3) / 2, 10);
    expect(ev.summary.cap).toBe("none");
  });

  test("the cap applies before averaging and is stated", () => {
    const ev = evaluate(
      [
        { indicator: blitar("rkt-kpu-1"), realisasi: [c(96)], sumberData: bukti }, // 120 -> 100
        { indicator: blitar("rkt-kpu-2"), realisasi: [c(24)], sumberData: bukti }, // 80
      ],
      opts({ reportingQuarter: 1, cap: "100" })
    );
    expect(ev.summary.overall.averageRounded).toBe(90);
    expect(ev.summary.cap).toBe("100");
  });
});

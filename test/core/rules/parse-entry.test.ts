import { parseEntry, parseTarget, type CellInput } from "../../../src/core/rules";
import type { IndicatorKind } from "../../../src/core/decree";

const cell = (value: CellInput["value"], numberFormat?: string): CellInput =>
  numberFormat ? { value, numberFormat } : { value };

describe("parseEntry reads what staff type (issue 3 list, domain.md 'Numbers as Indonesian staff type them')", () => {
  test.each<[string, CellInput, IndicatorKind, number | string]>([
    ["percent-formatted number is a fraction", cell(0.775, "0.0%"), "percent", 77.5],
    ["percent-formatted 1 is 100%", cell(1, "0%"), "percent", 100],
    ["0.29 in a percent cell is 29, not 28.999...", cell(0.29, "0%"), "percent", 29],
    ["text 77,5%", cell("77,5%"), "percent", 77.5],
    ["text 77.5%", cell("77.5%"), "percent", 77.5],
    ["text 77,5 %", cell("77,5 %"), "percent", 77.5],
    ["text 100 %", cell("100 %"), "percent", 100],
    ["text 80 in a percent indicator", cell("80"), "percent", 80],
    ["text 0.2%", cell("0.2%"), "percent", 0.2],
    ["text 55 %", cell("55 %"), "percent", 55],
    ["text 87,5 persen", cell("87,5 persen"), "percent", 87.5],
    ["number 80 in a General cell", cell(80, "General"), "percent", 80],
    ["literal % in quotes is not a percent format", cell(77.5, '0.0"%"'), "percent", 77.5],
    ["index text 74,05", cell("74,05"), "index", 74.05],
    ["index number", cell(74.05), "index", 74.05],
    ["index 77 (indeks)", cell("77 (indeks)"), "index", 77],
    ["index written 77% as in the decree", cell("77%"), "index", 77],
    ["count number", cell(2), "count", 2],
    ["count text", cell("2"), "count", 2],
    ["count 2 Dokumen", cell("2 Dokumen"), "count", 2],
    ["count 2 dokumen", cell("2 dokumen"), "count", 2],
    ["count 1.234 is not ambiguous when grouped twice", cell("1.234.000"), "count", 1234000],
    ["grade b", cell("b"), "grade", "B"],
    ["grade ' BB '", cell(" BB "), "grade", "BB"],
    ["grade score 74,05 -> BB (KPU Kab. Sragen 2024)", cell("74,05"), "grade", "BB"],
    ["grade score number 74.05", cell(74.05), "grade", "BB"],
    ["grade score 90,01 -> AA", cell("90,01"), "grade", "AA"],
    ["grade score 90 -> A (AA starts above 90)", cell(90), "grade", "A"],
    ["grade score 30 -> D", cell(30), "grade", "D"],
    ["grade score 30,5 -> C", cell("30,5"), "grade", "C"],
    ["grade with label BB (Sangat Baik)", cell("BB (Sangat Baik)"), "grade", "BB"],
    ["opinion WTP", cell("WTP"), "opinion", "WTP"],
    ["opinion ' wtp '", cell(" wtp "), "opinion", "WTP"],
    ["opinion full name", cell("Wajar Tanpa Pengecualian"), "opinion", "WTP"],
    [
      "opinion WTP dengan paragraf penjelas",
      cell("WTP dengan paragraf penjelas"),
      "opinion",
      "WTP",
    ],
    ["opinion WDP", cell("WDP"), "opinion", "WDP"],
    ["opinion Wajar Dengan Pengecualian", cell("Wajar Dengan Pengecualian"), "opinion", "WDP"],
    ["opinion TW", cell("TW"), "opinion", "TW"],
    ["opinion Tidak Wajar", cell("Tidak Wajar"), "opinion", "TW"],
    ["opinion TMP", cell("TMP"), "opinion", "TMP"],
    ["opinion Tidak Menyatakan Pendapat", cell("Tidak Menyatakan Pendapat"), "opinion", "TMP"],
    ["opinion Disclaimer", cell("Disclaimer"), "opinion", "TMP"],
  ])("%s", (_name, input, kind, expected) => {
    const p = parseEntry(input, kind);
    expect(p.status).toBe("value");
    if (p.status === "value") expect(p.value).toBe(expected);
  });

  test.each<[CellInput]>([
    [cell(null)],
    [cell("")],
    [cell("   ")],
    [cell("-")],
    [cell("belum")],
    [cell("Belum")],
    [cell("belum ada data")],
    [cell("–")],
  ])("%j means not reported yet, not zero", (input) => {
    for (const kind of ["percent", "index", "count", "grade", "opinion"] as const)
      expect(parseEntry(input, kind)).toEqual({ status: "empty" });
  });

  test.each<[CellInput, IndicatorKind, string]>([
    [cell("1.000"), "percent", "ambiguous"],
    [cell("2.500"), "count", "ambiguous"],
    [cell("#DIV/0!"), "percent", "excelError"],
    [cell("#N/A"), "count", "excelError"],
    [cell({ error: "#N/A" }), "grade", "excelError"],
    [cell("#GETTING_DATA"), "opinion", "excelError"],
    [cell("abc"), "percent", "unparseable"],
    [cell("WTP"), "percent", "wrongKind"],
    [cell("B"), "count", "wrongKind"],
    [cell("2 Dokumen"), "percent", "wrongKind"],
    [cell("77%"), "count", "wrongKind"],
    [cell(true), "percent", "wrongKind"],
    [cell(80), "opinion", "wrongKind"],
    [cell("BB"), "opinion", "wrongKind"],
    [cell("WDP"), "grade", "wrongKind"],
    [cell("E"), "grade", "notOnScale"],
    [cell("A+"), "grade", "notOnScale"],
    [cell(120), "grade", "notOnScale"],
    [cell("-5"), "grade", "notOnScale"],
    [cell("WTD"), "opinion", "notOnScale"],
    [cell("lumayan bagus"), "opinion", "unparseable"],
    [cell(Number.NaN), "percent", "unparseable"],
  ])("%j as %s is invalid: %s", (input, kind, problem) => {
    const p = parseEntry(input, kind);
    expect(p.status).toBe("invalid");
    if (p.status === "invalid") expect(p.problem).toBe(problem);
  });

  test.each<
    [CellInput, IndicatorKind, { value: number | string; numberFormat?: string } | undefined]
  >([
    [cell("77,5%"), "percent", { value: 0.775, numberFormat: "0.0%" }],
    [cell("77,5%", "0.0%"), "percent", { value: 0.775 }],
    [cell("100 %"), "percent", { value: 1, numberFormat: "0%" }],
    // A percent is a fraction in a percent cell: the formulas then read 80% too, not 8000%.
    [cell("80"), "percent", { value: 0.8, numberFormat: "0%" }],
    [cell("2 Dokumen"), "count", { value: 2, numberFormat: '0 "Dokumen"' }],
    [cell(" wtp "), "opinion", { value: "WTP" }],
    [cell("Disclaimer"), "opinion", { value: "TMP" }],
    [cell(" BB "), "grade", { value: "BB" }],
    [cell("BB"), "grade", undefined],
    [cell(0.775, "0.0%"), "percent", undefined],
  ])("fix for %j (%s)", (input, kind, fix) => {
    const p = parseEntry(input, kind);
    expect(p.status).toBe("value");
    if (p.status === "value") expect(p.fix).toEqual(fix);
  });

  test("a grade typed as a score keeps the score", () => {
    expect(parseEntry(cell("74,05"), "grade")).toMatchObject({ value: "BB", score: 74.05 });
  });
});

describe("parseTarget", () => {
  test.each<[CellInput, IndicatorKind, unknown]>([
    [cell("80-90%"), "percent", { min: 80, max: 90 }],
    [cell("80 - 90 %"), "percent", { min: 80, max: 90 }],
    [cell("80% – 90%"), "percent", { min: 80, max: 90 }],
    [cell("7 – 8"), "index", { min: 7, max: 8 }],
    [cell("80 s.d. 90"), "percent", { min: 80, max: 90 }],
    [cell("6,5 s/d 7,5"), "index", { min: 6.5, max: 7.5 }],
    [cell("90-80%"), "percent", { min: 80, max: 90 }],
    [cell("7.5 - 8.5"), "index", { min: 7.5, max: 8.5 }],
    [cell("8 0% -9 0 %"), "percent", { min: 80, max: 90 }],
    [cell("100%"), "percent", 100],
    [cell(1, "0%"), "percent", 100],
    [cell("77%"), "index", 77],
    [cell("2 Dokumen"), "count", 2],
    [cell("B"), "grade", "B"],
    [cell("WTP"), "opinion", "WTP"],
  ])("%j (%s)", (input, kind, value) => {
    const p = parseTarget(input, kind);
    expect(p).toMatchObject({ status: "value", value });
  });

  test.each<[CellInput, IndicatorKind, string]>([
    [cell("sekitar 80 - 90"), "index", "unparseable"],
    [cell("1.000-2.000"), "count", "ambiguous"],
    [cell("80-90%"), "count", "wrongKind"],
  ])("%j (%s) is invalid: %s", (input, kind, problem) => {
    expect(parseTarget(input, kind)).toMatchObject({ status: "invalid", problem });
  });
});

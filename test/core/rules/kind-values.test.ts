/** Jenis against the numbers typed for it: the hint Validasi gives at the Jenis cell. */
import { evaluate } from "../../../src/core/rules";
import { kindDisagreement } from "../../../src/core/rules/kind-values";

const g = (value: number | string, numberFormat = "General") => ({ value, numberFormat });

describe("kindDisagreement", () => {
  it("a Persen indicator whose numbers are all plain and above 1,5 (the issue's 70 and 85)", () => {
    expect(kindDisagreement("percent", [g(70), g(85), undefined, g("-")])).toEqual({
      code: "kind.percentValues",
      suggested: "index",
      cells: [0, 1],
      values: [70, 85],
    });
    expect(kindDisagreement("percent", [g("74,05"), g(80)])?.values).toEqual([74.05, 80]);
  });

  it.each([
    ["fractions in percent cells", [g(0.8, "0%"), g(0.85, "0.00%")]],
    ["a typed percent among them", [g(80), g("85%")]],
    ["one fraction among them", [g(0.8), g(85)]],
    ["a plain 1,5 (150 % as a fraction)", [g(1.5), g(2)]],
    ["nothing typed yet", [undefined, g("belum"), g("")]],
    ["texts and errors only", [g("baik"), g("#N/A")]],
  ])("agrees for a Persen indicator with %s", (_what, cells) =>
    expect(kindDisagreement("percent", cells)).toBeUndefined()
  );

  it("an Indeks or Jumlah indicator whose numbers are all percents", () => {
    expect(kindDisagreement("index", [g(0.77, "0%"), g("74%")])).toEqual({
      code: "kind.numberValues",
      suggested: "percent",
      cells: [0, 1],
      values: [0.77, 74],
    });
    expect(kindDisagreement("count", [g(1, "0%")])?.code).toBe("kind.numberValues");
    expect(kindDisagreement("index", [g(77), g("74%")])).toBeUndefined();
    expect(kindDisagreement("index", [g(77), g(74.05)])).toBeUndefined();
  });

  it("leaves grades and opinions to their own checks", () => {
    expect(kindDisagreement("grade", [g(85), g(90)])).toBeUndefined();
    expect(kindDisagreement("opinion", [g("WTP")])).toBeUndefined();
  });

  it("Validasi says so at the Jenis cell, in both languages, naming the Jenis to choose", () => {
    const indicator = (kind: "percent" | "index") => ({
      id: "x",
      no: "1",
      sasaran: "S",
      text: "I",
      kind,
      direction: "higher" as const,
      aggregation: "last" as const,
    });
    const percent = evaluate(
      [{ indicator: indicator("percent"), target: g(70), realisasi: [g(85)] }],
      { reportingQuarter: 1 }
    ).findings.find((f) => f.code === "kind.percentValues");
    expect(percent?.field).toBe("kind");
    expect(percent?.severity).toBe("info");
    expect(percent?.fix).toEqual({ value: "Indeks" });
    expect(percent?.message.id).toContain('pilih Jenis "Indeks"');
    expect(percent?.message.en).toContain('choose Jenis "Indeks"');
    const index = evaluate(
      [{ indicator: indicator("index"), target: g(0.77, "0%"), realisasi: [g("74%")] }],
      { reportingQuarter: 1 }
    ).findings.find((f) => f.code === "kind.numberValues");
    expect(index?.message.id).toMatch(/^Jenis "Indeks".*pilih Jenis "Persen"/);
  });
});

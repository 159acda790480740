/**
 * Property-based tests: the parser and the validator never throw, whatever a cell holds
 * (10,000 generated cells per property), and formulas keep their algebraic shape.
 */
import fc from "fast-check";
import { BLITAR_2021, KINDS, allIndicators, withIkuDefinition } from "../../../src/core/decree";
import {
  EXCEL_ERRORS,
  FINDING_CODES,
  FINDING_SEVERITY,
  capaianNumeric,
  decreeTargets,
  evaluate,
  formatIdNumber,
  parseEntry,
  parseIdNumber,
  parseTarget,
  round2,
  type CellInput,
} from "../../../src/core/rules";

const RUNS = { numRuns: 10000 };

const token = fc.constantFrom(
  "%",
  " %",
  "persen",
  " Dokumen",
  " dokumen",
  "(indeks)",
  " (indeks)",
  "belum",
  "-",
  "–",
  "WTP",
  " wtp ",
  "BB",
  "b",
  "Wajar Tanpa Pengecualian",
  "Disclaimer",
  "WTP dengan paragraf penjelas",
  "E",
  "A+",
  "s.d.",
  " - ",
  "–",
  ".",
  ",",
  " ",
  "#N/A",
  "#DIV/0!",
  "1.000",
  "0,5",
  "\u00a0",
  "\n",
  "−",
  "+",
  "e5",
  "Infinity",
  "NaN"
);
const digits = fc.string({
  unit: fc.constantFrom("0", "1", "2", "5", "7", "9", ".", ",", " ", "-", "%"),
  maxLength: 14,
});
const typed = fc.array(fc.oneof(digits, token), { maxLength: 6 }).map((parts) => parts.join(""));

/** Anything a cell can hold, plus shapes no adapter should produce. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ min: -2, max: 2 }),
  typed,
  fc.string(),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.constantFrom(...EXCEL_ERRORS),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ error: fc.oneof(fc.constantFrom(...EXCEL_ERRORS), fc.string()) }),
  fc.anything(),
  fc.constant("9".repeat(5000) + "x")
);
const numberFormat: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("General", "0%", "0.0%", '0.0"%"', "0\\%", "@", "#,##0.00", "[Red]0%"),
  fc.string(),
  fc.anything()
);
const cell: fc.Arbitrary<CellInput> = fc
  .record({ value: cellValue, numberFormat })
  .map((c) => c as CellInput);
const kind = fc.constantFrom(...KINDS);

describe("never throws", () => {
  test("parseEntry: any cell, any kind", () => {
    fc.assert(
      fc.property(cell, kind, (c, k) => {
        const p = parseEntry(c, k);
        expect(["value", "empty", "invalid"]).toContain(p.status);
        if (p.status === "value" && typeof p.value === "number")
          expect(Number.isFinite(p.value)).toBe(true);
      }),
      RUNS
    );
  });

  test("parseTarget: any cell, any kind", () => {
    fc.assert(
      fc.property(cell, kind, (c, k) => {
        const p = parseTarget(c, k);
        expect(["value", "empty", "invalid"]).toContain(p.status);
        if (p.status === "value" && typeof p.value === "object")
          expect(p.value.min).toBeLessThanOrEqual(p.value.max);
      }),
      RUNS
    );
  });

  const indicators = allIndicators(BLITAR_2021).map((i) => withIkuDefinition(BLITAR_2021, i));
  const lookup = decreeTargets(BLITAR_2021);
  const entry = fc.record({
    indicator: fc.constantFrom(...indicators),
    target: fc.option(cell, { nil: undefined }),
    realisasi: fc.array(cell, { maxLength: 5 }),
    components: fc.option(
      fc.record({
        numerator: fc.array(cell, { maxLength: 4 }),
        denominator: fc.array(cell, { maxLength: 4 }),
      }),
      { nil: undefined }
    ),
    sumberData: fc.option(cell, { nil: undefined }),
  });
  const options = fc.record({
    reportingQuarter: fc.constantFrom(1, 2, 3, 4 as const),
    cap: fc.constantFrom("none", "100", "120" as const),
    kategori: fc.constantFrom("five", "six", "binary" as const),
    gradeRule: fc.constantFrom("binary", "rank" as const),
    decreeTarget: fc.constantFrom(lookup, undefined),
  });

  test("evaluate: findings are well formed, capaian finite or null", () => {
    fc.assert(
      fc.property(entry, options, (e, o) => {
        const ev = evaluate([e], o);
        const r = ev.results[0]!;
        // Cell text is quoted into messages as typed; only check placeholders when none is typed.
        const typedBraces = [
          e.target,
          e.sumberData,
          ...e.realisasi,
          ...(e.components?.numerator ?? []),
          ...(e.components?.denominator ?? []),
        ].some((c) => typeof c?.value === "string" && c.value.includes("{"));
        for (const f of ev.findings) {
          expect(FINDING_CODES).toContain(f.code);
          expect(f.severity).toBe(FINDING_SEVERITY[f.code]);
          expect(f.indicatorId).toBe(e.indicator.id);
          if (f.quarter !== undefined) expect([1, 2, 3, 4]).toContain(f.quarter);
          if (!typedBraces) expect(f.message.id).not.toMatch(/\{\w+\}/);
          if (!typedBraces) expect(f.message.en).not.toMatch(/\{\w+\}/);
          expect(f.message.id.length).toBeGreaterThan(0);
        }
        if (r.capaian !== null) {
          expect(Number.isFinite(r.capaian)).toBe(true);
          expect(r.capaianRounded).toBe(round2(r.capaian));
          if (o.cap === "100") expect(r.capaian).toBeLessThanOrEqual(100);
          if (o.cap === "120") expect(r.capaian).toBeLessThanOrEqual(120);
        }
        expect(r.cap.key).toBe(o.cap);
        expect(r.quarters).toHaveLength(4);
        r.quarters.forEach((q) => {
          if (q.quarter > o.reportingQuarter) expect(q.status).toBe("notDue");
        });
      }),
      RUNS
    );
  });
});

describe("algebra", () => {
  const twoDecimals = fc.integer({ min: -1e11, max: 1e11 }).map((n) => n / 100);

  test("formatIdNumber then parseIdNumber gives the number back (or flags the ambiguity)", () => {
    fc.assert(
      fc.property(twoDecimals, (n) => {
        const back = parseIdNumber(formatIdNumber(n));
        if (back.status === "ambiguous") expect(back.readings).toContain(n);
        else expect(back).toMatchObject({ status: "number", value: n });
      }),
      RUNS
    );
  });

  test("a percent typed 'x%' reads as x, and its fix is x / 100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
        (x) => {
          const p = parseEntry({ value: `${formatIdNumber(x)}%` }, "percent");
          expect(p).toMatchObject({ status: "value", value: x });
          if (p.status === "value") expect(p.fix?.value).toBeCloseTo(x / 100, 12);
        }
      ),
      RUNS
    );
  });

  const positive = fc.double({ min: 0.01, max: 1e6, noNaN: true });
  test("realisasi equal to the target is 100%; higher is better grows, lower is better falls", () => {
    fc.assert(
      fc.property(positive, positive, positive, (t, a, b) => {
        expect(capaianNumeric(t, t, "higher")).toBeCloseTo(100, 9);
        expect(capaianNumeric(t, t, "lower")).toBeCloseTo(100, 9);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(capaianNumeric(lo, t, "higher")!).toBeLessThanOrEqual(
          capaianNumeric(hi, t, "higher")!
        );
        expect(capaianNumeric(lo, t, "lower")!).toBeGreaterThanOrEqual(
          capaianNumeric(hi, t, "lower")!
        );
        // Higher + lower capaian of the same pair always sum to 200.
        const sum = capaianNumeric(a, t, "higher")! + capaianNumeric(a, t, "lower")!;
        expect(Math.abs(sum - 200)).toBeLessThanOrEqual(1e-12 * Math.max(200, (a / t) * 100));
      }),
      RUNS
    );
  });
});

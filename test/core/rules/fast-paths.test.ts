/**
 * The hand-written fast paths of the rules core give exactly what the straightforward
 * (regex / toPrecision / Number(text)) formulations give.
 */
import fc from "fast-check";
import {
  excelError,
  isPercentFormat,
  notReported,
  over100,
  parseEntry,
  parseIdNumber,
} from "../../../src/core/rules";
import { EXCEL_ERRORS } from "../../../src/core/rules/cell";

const RUNS = { numRuns: 5000 };
const digitString = (max: number) =>
  fc.string({
    unit: fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    maxLength: max,
  });

describe("fast paths match their reference formulations", () => {
  test("a decimal comma number reads as Number() reads the same digits", () => {
    fc.assert(
      fc.property(fc.boolean(), digitString(12), digitString(10), (neg, int, frac) => {
        fc.pre(int !== "" && frac !== "");
        const r = parseIdNumber(`${neg ? "-" : ""}${int},${frac}`);
        expect(r.status).toBe("number");
        if (r.status === "number")
          expect(Object.is(r.value, Number(`${neg ? "-" : ""}${int}.${frac}`))).toBe(true);
      }),
      RUNS
    );
  });

  test("the fix of a percent typed as text is over100 of the value", () => {
    fc.assert(
      fc.property(fc.boolean(), digitString(8), digitString(8), (neg, int, frac) => {
        fc.pre(int !== "");
        const text = `${neg ? "-" : ""}${int}${frac ? `,${frac}` : ""}%`;
        const p = parseEntry({ value: text }, "percent");
        if (p.status !== "value" || typeof p.value !== "number") return;
        expect(Object.is(p.fix?.value, over100(p.value))).toBe(true);
      }),
      RUNS
    );
  });

  const text = fc.string({
    unit: fc.constantFrom(
      "#",
      "N",
      "/",
      "A",
      "!",
      " ",
      "-",
      "–",
      "—",
      "b",
      "B",
      "e",
      "l",
      "u",
      "m",
      "%",
      '"',
      "\\",
      "[",
      "]",
      "0",
      "\u00a0",
      "x"
    ),
    maxLength: 20,
  });

  test("notReported (Excel's TRIM), excelError and isPercentFormat agree with their regex definitions", () => {
    fc.assert(
      fc.property(text, (s) => {
        const t = s.trim();
        // As the sheet's formulas read it: Excel's TRIM removes spaces (U+0020) only.
        expect(notReported({ value: s })).toBe(
          /^ *(?:-|–|—|belum(?: [^]*)?)? *$/.test(s.toLowerCase())
        );
        expect(excelError({ value: s })).toBe(
          s.length <= 16 && EXCEL_ERRORS.has(t) ? t : undefined
        );
        const bare = s
          .replace(/"[^"]*"/g, "")
          .replace(/\\./g, "")
          .replace(/\[[^\]]*\]/g, "");
        expect(isPercentFormat(s)).toBe(s.includes("%") && bare.includes("%"));
      }),
      RUNS
    );
  });
});

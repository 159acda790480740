/**
 * The one percent and rupiah formatter against Excel's display rule, computed here another way:
 * the double's exact decimal expansion (BigInt), taken to 15 significant digits (ties up, as
 * Number#toPrecision rounds), then the percent's two decimals rounded half away from zero —
 * and, for decimal inputs such as 1.005, straight from the digits typed.
 */
import fc from "fast-check";
import {
  amountText,
  figurePercent,
  percentText,
  percentUnitsText,
  rupiahText,
} from "../../src/core/i18n/figures";

const TEN = 10n;
const pow10 = (n: number): bigint => TEN ** BigInt(n);

/** |x| exactly, as digits N over 10^k. */
function exact(x: number): { n: bigint; k: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const exp = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const m = exp === 0 ? frac : frac | (1n << 52n);
  const e = (exp === 0 ? 1 : exp) - 1075;
  if (e >= 0) return { n: m << BigInt(e), k: 0 };
  return { n: m * 5n ** BigInt(-e), k: -e };
}

/** N / 10^k with its last `drop` digits rounded away, half up. */
function dropDigits(n: bigint, drop: number): bigint {
  if (drop <= 0) return n * pow10(-drop);
  const d = pow10(drop);
  const q = n / d;
  return 2n * (n % d) >= d ? q + 1n : q;
}

/** N / 10^k at 15 significant digits. */
function sig15({ n, k }: { n: bigint; k: number }): { n: bigint; k: number } {
  const len = n.toString().length;
  if (n === 0n || len <= 15) return { n, k };
  return { n: dropDigits(n, len - 15), k: k - (len - 15) };
}

/** N / 10^k shown with two decimals in the language's marks. */
function twoDecimals({ n, k }: { n: bigint; k: number }, negative: boolean, lang: "id" | "en") {
  const r = dropDigits(n, k - 2);
  const int = (r / 100n).toString();
  const frac = (r % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${int}${lang === "id" ? "," : "."}${frac}`;
}

/** What Excel's "0.00%" shows for x, computed from the exact double. */
function excelPercent(x: number, lang: "id" | "en"): string {
  const { n, k } = sig15(exact(x));
  return `${twoDecimals({ n, k: k - 2 }, x < 0, lang)}%`;
}

/** A decimal string "-12.3456" (at most 15 significant digits) as N / 10^k. */
function fromDecimal(s: string): { n: bigint; k: number; negative: boolean } {
  const negative = s.startsWith("-");
  const [int = "0", frac = ""] = s.replace("-", "").split(".");
  return { n: BigInt(int + frac), k: frac.length, negative };
}

const langs = ["id", "en"] as const;

test("for random doubles the text is what Excel's 0.00% shows, in id and en", () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.integer({ min: -2_000_000, max: 2_000_000 }).map((i) => i / 1_000_000)
      ),
      fc.constantFrom(...langs),
      (x, lang) => {
        if (Object.is(x, -0)) return;
        expect(percentText(x, lang)).toBe(excelPercent(x, lang));
      }
    ),
    { numRuns: 5000 }
  );
});

test("decimal figures typed with a half at the third place round away from zero, as Excel shows them", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -99_999_999, max: 99_999_999 }),
      fc.integer({ min: 1, max: 7 }),
      fc.constantFrom(...langs),
      (digits, places, lang) => {
        const s = (digits / 10 ** places).toFixed(places);
        const { n, k, negative } = fromDecimal(s);
        // Percent units: the figure itself with two decimals (1.005 -> 1,01%).
        expect(percentUnitsText(Number(s), lang)).toBe(
          `${twoDecimals({ n, k }, negative && Number(s) !== 0, lang)}%`
        );
        // A fraction: the same digits moved two places (0.010050 -> 1,01%).
        expect(percentText(Number(s), lang)).toBe(
          `${twoDecimals({ n, k: k - 2 }, negative && Number(s) !== 0, lang)}%`
        );
      }
    ),
    { numRuns: 3000 }
  );
});

test("the cases the four former formatters disagreed on", () => {
  expect(percentText(0.125)).toBe("12,50%");
  expect(percentText(0.125, "en")).toBe("12.50%");
  expect(percentUnitsText(1.005)).toBe("1,01%");
  expect(percentText(0.01005)).toBe("1,01%");
  expect(percentUnitsText(103.125)).toBe("103,13%");
  expect(percentText(-0)).toBe("0,00%");
  expect(percentText(-0.000001)).toBe("-0,00%");
  expect(percentText(12.345678)).toBe("1234,57%");
  expect(figurePercent("cek isian", "-")).toBe("cek isian");
  expect(figurePercent(null, "-")).toBe("-");
  expect(figurePercent(0.6, "")).toBe("60,00%");
});

test("rupiah as the sheet's #,##0 shows them, and amounts with their digits", () => {
  expect(rupiahText(1250000)).toBe("Rp 1.250.000");
  expect(rupiahText(1250000, "en")).toBe("Rp 1,250,000");
  expect(rupiahText(999.5)).toBe("Rp 1.000");
  expect(rupiahText(-2.5)).toBe("Rp -3");
  expect(amountText(1234567.5)).toBe("1.234.567,5");
  expect(amountText(1500000000)).toBe("1.500.000.000");
  expect(amountText(1.005, "en")).toBe("1.01");
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (n) => {
      expect(rupiahText(n)).toBe(`Rp ${n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`);
    })
  );
});

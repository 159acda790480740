/**
 * The engine's Excel semantics, one quirk at a time: each expected value is what Excel gives
 * (checked against Excel's documentation and, where LibreOffice agrees, by
 * test/conformance/xlsx/engine.test.ts). The workbook `S` holds the cells given to `ev`.
 */
import { calculate, type EngineValue } from "../../src/engine";
import { relativeKey } from "../../src/engine/compile";
import { numberToText, textToNumber } from "../../src/engine/values";

/** The result of `formula` in Z1 of sheet S, whose other cells are `cells` (A1 -> value). */
function ev(formula: string, cells: Record<string, unknown> = {}): EngineValue {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (const [addr, v] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(addr)!;
    const r = Number(m[2]) - 1;
    const c = m[1]!.charCodeAt(0) - 65;
    (values[r] ??= [])[c] = v;
    (formulas[r] ??= [])[c] = v;
  }
  (formulas[0] ??= [])[25] = formula;
  return calculate([{ name: "S", values, formulas }]).value("S", 0, 25);
}

const err = (code: string) => ({ error: code });

describe("blank cells and empty text", () => {
  test('an empty cell is blank; "" typed or returned by a formula is text', () => {
    expect(ev("=ISBLANK(A1)")).toBe(true);
    expect(ev("=ISBLANK(A1)", { A1: "" })).toBe(false);
    expect(ev("=ISTEXT(A1)", { A1: "" })).toBe(true);
    expect(ev("=ISBLANK(A2)", { A2: '=""' })).toBe(false);
  });
  test('a blank equals 0 and "" and FALSE; a reference to it shows 0', () => {
    expect(ev('=A1=""')).toBe(true);
    expect(ev("=A1=0")).toBe(true);
    expect(ev("=A1=FALSE")).toBe(true);
    expect(ev("=A1")).toBe(0);
    expect(ev('=IFERROR(A1,"x")')).toBe(0);
    expect(ev("=IF(TRUE,)")).toBe(0);
  });
});

describe("comparisons", () => {
  test("text ignores case; numbers sort before text, text before logicals", () => {
    expect(ev('="TW III"=" tw iii"')).toBe(false);
    expect(ev('=TRIM(" tw iii")="TW III"')).toBe(true);
    expect(ev('="abc"<0')).toBe(false);
    expect(ev('="abc">100')).toBe(true);
    expect(ev('=TRUE>"zzz"')).toBe(true);
  });
  test('a number typed as text is text: "10"=10 is FALSE, but arithmetic reads it', () => {
    expect(ev("=A1=10", { A1: "10" })).toBe(false);
    expect(ev("=A1*2", { A1: "10" })).toBe(20);
    expect(ev("=A1*2", { A1: "1,234.5" })).toBe(2469);
    expect(ev("=A1*2", { A1: "74,05" })).toEqual(err("#VALUE!"));
    expect(ev("=ISNUMBER(A1)", { A1: "10" })).toBe(false);
  });
  test("numbers equal to 15 digits compare equal; sums that cancel are 0", () => {
    expect(ev("=0.1+0.2=0.3")).toBe(true);
    expect(ev("=0.3-0.2-0.1")).toBe(0);
  });
  test("an error on either side is the result", () => {
    expect(ev("=A1=1", { A1: { error: "#N/A" } })).toEqual(err("#N/A"));
  });
});

describe("logical functions", () => {
  test("AND and OR pass an error on even beside a FALSE", () => {
    expect(ev("=AND(FALSE,1/0)")).toEqual(err("#DIV/0!"));
    expect(ev("=OR(TRUE,A1)", { A1: { error: "#N/A" } })).toEqual(err("#N/A"));
  });
  test("AND skips text and blanks in a range, refuses text given directly", () => {
    expect(ev("=AND(A1:A3)", { A1: true, A2: "x" })).toBe(true);
    expect(ev('=AND(TRUE,"x")')).toEqual(err("#VALUE!"));
    expect(ev("=AND(A1)", { A1: "x" })).toEqual(err("#VALUE!"));
  });
  test("OR over an array comparison (an array constant needs no array entry)", () => {
    expect(ev('=OR(UPPER(TRIM(A1))={"AA","BB"})', { A1: " bb " })).toBe(true);
    expect(ev('=OR(UPPER(TRIM(A1))={"AA","BB"})', { A1: { error: "#DIV/0!" } })).toEqual(
      err("#DIV/0!")
    );
  });
  test("IF evaluates only the branch taken; IFERROR only its fallback on an error", () => {
    expect(ev("=IF(TRUE,1,1/0)")).toBe(1);
    expect(ev("=IF(A1,1,2)", { A1: "x" })).toEqual(err("#VALUE!"));
    expect(ev('=IF("true",1,2)')).toBe(1);
    expect(ev('=IFERROR(1/0,"")')).toBe("");
    expect(ev("=IFERROR(A1,9)", { A1: { error: "#N/A" } })).toBe(9);
  });
});

describe("text functions", () => {
  test("TRIM removes spaces only (not tabs or no-break spaces) and collapses inner runs", () => {
    expect(ev('=TRIM("  a   b  ")')).toBe("a b");
    expect(ev("=TRIM(A1)", { A1: "\u00a0-" })).toBe("\u00a0-");
    expect(ev("=TRIM(A1)", { A1: "\t-" })).toBe("\t-");
    expect(ev("=TRIM(A1)", { A1: 0.1 })).toBe("0.1");
  });
  test("UPPER, LOWER, LEFT, RIGHT, LEN, FIND, SEARCH, SUBSTITUTE, VALUE", () => {
    expect(ev('=LEFT(LOWER(TRIM("Belum  ada")),6)="belum "')).toBe(true);
    expect(ev('=RIGHT("abc",2)&LEN("abcd")')).toBe("bc4");
    expect(ev('=FIND("B","aBcB",3)')).toBe(4);
    expect(ev('=FIND("b","aBc")')).toEqual(err("#VALUE!"));
    expect(ev('=SEARCH("b?","aBcB")')).toBe(2);
    expect(ev('=SUBSTITUTE("a-b-c","-","+",2)')).toBe("a-b+c");
    expect(ev('=VALUE(" 50% ")')).toBe(0.5);
    expect(ev('=VALUE("2021-06-30")')).toBe(44377);
    expect(ev("=LEFT(A1,-1)", { A1: "x" })).toEqual(err("#VALUE!"));
  });
  test("REPT, and a text split at its dash by MID over an array constant", () => {
    expect(ev('=REPT("ab",2.9)')).toBe("abab");
    expect(ev('=REPT("ab",-1)')).toEqual(err("#VALUE!"));
    expect(ev('=REPT("ab",20000)')).toEqual(err("#VALUE!"));
    expect(ev('=SUMPRODUCT(--TRIM(MID(SUBSTITUTE("80-9","-",REPT(" ",99)),{1,100},99)))')).toBe(89);
    expect(ev('=MAX(VALUE(TRIM(MID(SUBSTITUTE("7-12","-",REPT(" ",99)),{1,100},99))))')).toBe(12);
  });
  test("numbers become text with up to 15 significant digits", () => {
    expect(ev('=1/3&""')).toBe("0.333333333333333");
    expect(numberToText(1e15)).toBe("1E+15");
    expect(numberToText(123456789012345)).toBe("123456789012345");
    expect(numberToText(-0.000001)).toBe("-0.000001");
    expect(numberToText(1.5e-10)).toBe("1.5E-10");
    expect(textToNumber("(5)")).toBe(-5);
    expect(textToNumber("1,2")).toBeUndefined();
  });
});

describe("math, aggregation, lookup", () => {
  test("ROUND rounds half away from zero on the decimal form", () => {
    expect(ev("=ROUND(1.005,2)")).toBe(1.01);
    expect(ev("=ROUND(2.675,2)")).toBe(2.68);
    expect(ev("=ROUND(-2.5,0)")).toBe(-3);
    expect(ev("=ROUND(0.961688311688312*100,2)")).toBe(96.17);
  });
  test("SUM, AVERAGE and MIN skip text in ranges; AVERAGE of nothing is #DIV/0!", () => {
    expect(ev("=SUM(A1:A3)", { A1: 1, A2: "cek isian", A3: true })).toBe(1);
    expect(ev('=SUM(1,"2")')).toBe(3);
    expect(ev('=SUM(1,"x")')).toEqual(err("#VALUE!"));
    expect(ev("=AVERAGE(A1:A3)", { A1: "x" })).toEqual(err("#DIV/0!"));
    expect(ev("=AVERAGE(A1:A3)", { A1: 1, A2: 2, A3: "" })).toBe(1.5);
    expect(ev("=MIN(A1,1E+300)", { A1: 1.2 })).toBe(1.2);
    expect(ev("=COUNTA(A1:A3)", { A1: "", A2: 0 })).toBe(2);
  });
  test("MEDIAN: the middle number or the mean of the two middle ones; text in ranges skipped", () => {
    expect(ev("=MEDIAN(A1:A4)", { A1: 3, A2: 1, A3: "cek isian", A4: 2 })).toBe(2);
    expect(ev("=MEDIAN(A1:A4)", { A1: 4, A2: 1, A3: 3, A4: 2 })).toBe(2.5);
    expect(ev("=MEDIAN(A1:A3)", { A1: "-", A2: "" })).toEqual(err("#NUM!"));
    expect(ev('=MEDIAN(1,"5",TRUE)')).toBe(1);
    expect(ev("=MEDIAN(A1:A2,#N/A)", { A1: 1 })).toEqual(err("#N/A"));
    expect(ev("=MIN(A1:A3)", { A1: "x" })).toBe(0);
    expect(ev("=MAX(A1:A3)", { A1: -2, A2: -5, A3: "9" })).toBe(-2);
  });
  test("SUMPRODUCT multiplies arrays, non-numbers as 0; shapes must agree", () => {
    expect(ev('=SUMPRODUCT((UPPER(TRIM(A1))={"PERSEN","INDEKS"})*{1,2})', { A1: " indeks" })).toBe(
      2
    );
    expect(ev('=SUMPRODUCT(--({"1|x","2|y"}=2&"|"&A1))', { A1: "Y" })).toBe(1);
    expect(ev("=SUMPRODUCT({1,2},{1,2,3})")).toEqual(err("#VALUE!"));
  });
  test("MATCH exact ignores case and takes wildcards; CHOOSE and INDEX", () => {
    expect(ev('=MATCH("b",{"A","B"},0)')).toBe(2);
    expect(ev('=MATCH("x*",{"A","xyz"},0)')).toBe(2);
    expect(ev('=MATCH("C",{"A","B"},0)')).toEqual(err("#N/A"));
    expect(ev('=CHOOSE(MATCH("WDP",{"TMP","TW","WDP","WTP"},0),1,1,2,3)')).toBe(2);
    expect(ev("=INDEX(A1:B2,2,2)", { B2: 7 })).toBe(7);
  });
  test('COUNTIF: numeric criteria skip text; text criteria ignore case; "" counts blanks', () => {
    const cells = { A1: 1, A2: "cek isian", A3: 0.99996, A4: "1", A5: "Sasaran *" };
    expect(ev('=COUNTIF(A1:A6,">=0.99995")', cells)).toBe(2);
    expect(ev("=COUNTIF(A1:A6,1)", cells)).toBe(2);
    expect(ev('=COUNTIF(A1:A6,"CEK ISIAN")', cells)).toBe(1);
    expect(ev('=COUNTIF(A1:A6,"")', cells)).toBe(1);
    expect(ev('=COUNTIF(A1:A6,"<>")', cells)).toBe(5);
    expect(ev('=COUNTIF(A1:A6,"=Sasaran ~*")', cells)).toBe(1);
    expect(ev('=COUNTIFS(A1:A3,">0",B1:B3,"x")', { ...cells, B1: "X", B3: "x" })).toBe(2);
    expect(
      ev('=IFERROR(AVERAGEIF(B1:B3,"=x",A1:A3),"")', { ...cells, B1: "X", B3: "x" })
    ).toBeCloseTo(0.99998, 10);
  });
});

describe("workbooks", () => {
  test("references across sheets with quoted names, formulas reading formulas", () => {
    const book = calculate([
      { name: "RKT KPU", values: [[2]], formulas: [[2, "=A1*3"]] },
      { name: "Ringkasan", values: [[]], formulas: [["='rkt kpu'!B1+1", "=Nowhere!A1"]] },
    ]);
    expect(book.value("Ringkasan", 0, 0)).toBe(7);
    expect(book.value("Ringkasan", 0, 1)).toEqual(err("#REF!"));
  });
  test("a function it does not know, a formula it cannot parse: #NAME?", () => {
    expect(ev("=NOSUCH(1)")).toEqual(err("#NAME?"));
    expect(ev("=IF(1,")).toEqual(err("#NAME?"));
  });
  test("a chain of 20,000 formulas does not overflow the stack", () => {
    const formulas: unknown[][] = [[1]];
    for (let r = 1; r < 20_000; r++) formulas.push([`=A${r}+1`]);
    const book = calculate([{ name: "S", values: [[1]], formulas }]);
    expect(book.value("S", 19_999, 0)).toBe(20_000);
  });
  test("a circular reference reads 0 and ends", () => {
    const book = calculate([{ name: "S", values: [], formulas: [["=B1+1", "=A1+1"]] }]);
    expect(typeof book.value("S", 0, 0)).toBe("number");
  });
  test("a whole column costs its filled cells; a huge array is refused, not allocated", () => {
    expect(ev('=SUM(A:A)+COUNTIF(A:A,"")', { A1: 2, A3: 3 })).toBe(5 + 1_048_576 - 2);
    expect(ev("=SUMPRODUCT(A:C*1)", { A1: 1 })).toEqual(err("#NUM!"));
  });
  test("formulas the same in R1C1 share one key; text and quoted names are left alone", () => {
    expect(relativeKey("=B5*2+$A$1", 4, 2)).toBe(relativeKey("=B6*2+$A$1", 5, 2));
    expect(relativeKey("=\"B5\"&'B5'!B5", 4, 2)).toBe("=\"B5\"&'B5'!C[-1]R[0]");
    expect(relativeKey("=LOG10(B5)+Sheet1!A1", 4, 2)).toBe("=LOG10(C[-1]R[0])+Sheet1!C[-2]R[-4]");
  });
});

/** Excel's calculated columns in the double, and the R1C1 helpers they rest on. */
import { createExcelHost } from "../../src/excel-double";
import { shiftFormula, toR1C1 } from "../../src/excel-double/r1c1";

async function tableWith(write: (ws: Excel.Worksheet) => void) {
  const host = createExcelHost();
  const ctx = host.context();
  const ws = ctx.workbook.worksheets.getItem("Sheet1");
  ws.getRange("A1:C1").values = [["A", "B", "Hasil"]];
  ws.getRange("A2:B4").values = [
    [1, 2],
    [3, 4],
    [5, 6],
  ];
  ws.tables.add("A1:C4", true);
  await ctx.sync();
  write(ws);
  await ctx.sync();
  return host.dumpSheet("Sheet1").formulas.slice(1, 4).map((r) => r[2]);
}

describe("calculated columns", () => {
  test("different formulas per row written into an empty table column all become the last one", async () => {
    const got = await tableWith((ws) => {
      ws.getRange("C2:C4").formulas = [["=A2+B2"], ["=A3*B3"], ["=A4-B4"]];
    });
    expect(got).toEqual(["=A2-B2", "=A3-B3", "=A4-B4"]);
  });

  test("one formula in R1C1 terms, written row by row, comes out as written", async () => {
    const got = await tableWith((ws) => {
      ws.getRange("C2:C4").formulas = [["=A2+B2"], ["=A3+B3"], ["=A4+B4"]];
    });
    expect(got).toEqual(["=A2+B2", "=A3+B3", "=A4+B4"]);
  });

  test("a formula into one cell of an empty column fills the column", async () => {
    const got = await tableWith((ws) => {
      ws.getRange("C3").formulas = [["=A3*2+$A$1"]];
    });
    expect(got).toEqual(["=A2*2+$A$1", "=A3*2+$A$1", "=A4*2+$A$1"]);
  });

  test("a column that holds data is no calculated column: no fill", async () => {
    const got = await tableWith((ws) => {
      ws.getRange("C2:C4").values = [["x"], ["y"], ["z"]];
      ws.getRange("C3").formulas = [["=A3"]];
    });
    expect(got).toEqual(["x", "=A3", "z"]);
  });

  test("outside a table nothing is filled", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("E2:E3").formulas = [["=1"], ["=2"]];
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").formulas.map((r) => r[4])).toEqual(["", "=1", "=2"]);
  });
});

describe("R1C1", () => {
  test("relative, absolute and mixed references; literals, functions and sheets left alone", () => {
    expect(toR1C1('=IF(A5="B2",$B$3+C$1+$D4,LOG10(E5))', 4, 2)).toBe(
      '=IF(RC[-2]="B2",R3C2+R1C+R[-1]C4,LOG10(RC[2]))'
    );
    expect(toR1C1("='Info Kinerja'!$B$16+TW1!A1", 0, 0)).toBe("='Info Kinerja'!R16C2+TW1!RC");
  });

  test("shift moves relative parts only; off the sheet is #REF!", () => {
    expect(shiftFormula("=A2+$B$2+C$2+$D2", 3, 1)).toBe("=B5+$B$2+D$2+$D5");
    expect(shiftFormula("=A2", -2, 0)).toBe("=#REF!");
    expect(shiftFormula('="A1"&A1', 1, 0)).toBe('="A1"&A2');
  });
});

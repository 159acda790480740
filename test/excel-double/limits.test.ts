/** What Excel refuses in a formula: length, nesting, arguments, unquoted sheet names. */
import { createExcelHost, type ExcelDoubleError } from "../../src/excel-double";

async function write(formula: string, sheets = ["Sheet1"]): Promise<string | undefined> {
  const host = createExcelHost({ sheets });
  try {
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formula]];
      await ctx.sync();
    });
    return undefined;
  } catch (e) {
    return `${(e as ExcelDoubleError).code}: ${(e as Error).message}`;
  }
}

test("a formula over 8,192 characters is refused", async () => {
  const ok = `="${"x".repeat(8188)}"`;
  expect(ok.length).toBe(8191);
  expect(await write(ok)).toBeUndefined();
  expect(await write(`="${"x".repeat(8190)}"`)).toMatch(/^InvalidArgument: .*8193 characters/);
});

test("a function with more than 255 arguments is refused, commas in text and arrays do not count", async () => {
  const args = (n: number) => Array.from({ length: n }, (_, i) => `B${i + 1}`).join(",");
  expect(await write(`=AVERAGE(${args(255)})`)).toBeUndefined();
  expect(await write(`=AVERAGE(${args(256)})`)).toMatch(/^InvalidArgument: .*255 arguments/);
  expect(await write(`=CONCAT("${",".repeat(300)}")`)).toBeUndefined();
  expect(await write(`=SUM({${Array(300).fill(1).join(",")}})`)).toBeUndefined();
  expect(await write(`=SUM(SUM(${args(200)}),SUM(${args(200)}))`)).toBeUndefined();
});

test("functions nested more than 64 levels are refused", async () => {
  const nest = (n: number) => `=${"ABS(".repeat(n)}1${")".repeat(n)}`;
  expect(await write(nest(64))).toBeUndefined();
  expect(await write(nest(65))).toMatch(/^InvalidArgument: .*64 levels/);
});

test.each(["RKT2024", "TW1", "R", "C", "R1C1", "RC", "C3", "true", "2024RKT"])(
  "an unquoted sheet name that reads as a reference (%s) is refused, quoted it is taken",
  async (name) => {
    expect(await write(`=${name}!A1`, ["Sheet1", name])).toMatch(/^InvalidArgument: .*quoted/);
    expect(await write(`='${name}'!A1`, ["Sheet1", name])).toBeUndefined();
  }
);

test("plain sheet names need no quotes", async () => {
  for (const name of ["Info", "RKT_KPU", "Data.2024", "ABCD1"])
    expect(await write(`=${name}!A1+1`, ["Sheet1", name])).toBeUndefined();
  expect(await write(`='It''s'!A1&"!"`, ["Sheet1", "It's"])).toBeUndefined();
});

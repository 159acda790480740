/** Table auto-expansion: content written right beside or below a table joins it. */
import { createExcelHost } from "../../src/excel-double";

async function tableAfter(address: string, value: unknown) {
  const host = createExcelHost();
  host.setSheet("Sheet1", [
    ["Kunci", "Isi"],
    ["a", 1],
    ["b", 2],
  ]);
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.tables.add("A1:B3", true).name = "T";
    await ctx.sync();
    ws.getRange(address).formulas = [[value]];
    await ctx.sync();
  });
  const sheet = host.dumpSheet("Sheet1");
  return { address: sheet.tables[0]?.address, header: sheet.values[0] };
}

test("a value or formula in the column right beside a table makes it one column wider", async () => {
  expect(await tableAfter("C2", "=B2*2")).toEqual({
    address: "A1:C3",
    header: ["Kunci", "Isi", "Column1"],
  });
});

test("a value in the row right below a table makes it one row longer", async () => {
  expect((await tableAfter("A4", "c")).address).toBe("A1:B4");
});

test("a cell one column further, diagonal, or an empty write leaves the table alone", async () => {
  expect((await tableAfter("D2", 5)).address).toBe("A1:B3");
  expect((await tableAfter("C4", 5)).address).toBe("A1:B3");
  expect((await tableAfter("C2", "")).address).toBe("A1:B3");
});

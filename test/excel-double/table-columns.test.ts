/**
 * Growing a table in place as Excel does: TableColumnCollection.add (appended under its name
 * from ExcelApi 1.4; before, only inserted at an index inside the table) and a totals row,
 * which is not data (rows.count, getDataBodyRange and rows.add leave it at the bottom).
 */
import { createExcelHost, type ExcelHost } from "../../src/excel-double";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "none";
  } catch (e) {
    return (e as { code: string }).code;
  }
}

function hostWithTable(apiVersion = "1.20"): ExcelHost {
  const host = createExcelHost({ apiVersion });
  host.setSheet("Sheet1", [
    ["Kunci", "Isi", null, "milik saya"],
    ["a", 1, null, "catatan"],
    ["b", 2],
    [null, null, "di bawah"],
  ]);
  return host;
}

test("columns.add appends a named column: the table grows in place, its style kept, the cells of its rows beside it move right", async () => {
  const host = hostWithTable();
  await host.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
    t.name = "T";
    t.style = "TableStyleMedium4";
    await ctx.sync();
    t.columns.add(null as unknown as number, undefined, "Baru");
    const count = t.columns;
    count.load("count");
    await ctx.sync();
    expect(count.count).toBe(3);
  });
  const sheet = host.dumpSheet("Sheet1");
  expect(sheet.tables).toEqual([
    expect.objectContaining({ name: "T", address: "A1:C3", style: "TableStyleMedium4" }),
  ]);
  expect(sheet.values[0]).toEqual(["Kunci", "Isi", "Baru", "", "milik saya"]);
  expect(sheet.values[1]).toEqual(["a", 1, "", "", "catatan"]);
  // Below the table (another row) nothing moves.
  expect(sheet.values[3]?.[2]).toBe("di bawah");
});

test("a column's values give its header and data; the wrong number of them is refused", async () => {
  const host = hostWithTable();
  await host.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
    t.columns.add(1, [["Tengah"], ["x"], ["y"]]);
    await ctx.sync();
    t.columns.add(0, [["Kurang"], ["x"]]);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });
  expect(
    host
      .dumpSheet("Sheet1")
      .values.slice(0, 3)
      .map((r) => r.slice(0, 3))
  ).toEqual([
    ["Kunci", "Tengah", "Isi"],
    ["a", "x", 1],
    ["b", "y", 2],
  ]);
});

test("before ExcelApi 1.4 a column cannot be appended nor named", async () => {
  const host = hostWithTable("1.3");
  await host.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
    await ctx.sync();
    t.columns.add(null as unknown as number, undefined, "Baru");
    expect(await codeOf(ctx.sync())).toBe("ApiNotFound");
  });
  expect(host.dumpSheet("Sheet1").tables[0]?.address).toBe("A1:B3");
});

test("a totals row is the table's last row, not data: rows are added above it", async () => {
  const host = hostWithTable();
  await host.run(async (ctx) => {
    const t = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
    t.showTotals = true;
    await ctx.sync();
    const rows = t.rows;
    rows.load("count");
    const body = t.getDataBodyRange();
    body.load("address");
    const totals = t.getTotalRowRange();
    totals.load("address");
    await ctx.sync();
    expect([rows.count, body.address, totals.address]).toEqual([2, "Sheet1!A2:B3", "Sheet1!A4:B4"]);
    t.rows.add(null as unknown as number, [["c", 3]]);
    t.load("showTotals");
    await ctx.sync();
    expect(t.showTotals).toBe(true);
  });
  const sheet = host.dumpSheet("Sheet1");
  expect(sheet.tables[0]).toMatchObject({ address: "A1:B5", showTotals: true });
  expect(sheet.values.slice(3, 5).map((r) => r.slice(0, 2))).toEqual([
    ["c", 3],
    ["Total", ""],
  ]);
});

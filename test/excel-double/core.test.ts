/** Batching, load/sync, values/formulas semantics, shape checks, errors. */
import { createExcelHost, ExcelDoubleError } from "../../src/excel-double";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as ExcelDoubleError).code;
  }
  throw new Error("expected a rejection");
}

describe("proxy objects and batching", () => {
  test("reading a property before load+sync throws PropertyNotLoaded shaped like OfficeExtension.Error", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [[1, 2]]);
    const ctx = host.context();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    expect(() => range.values).toThrow(ExcelDoubleError);
    range.load("values");
    let err: ExcelDoubleError | undefined;
    try {
      void range.values; // loaded but not synced yet
    } catch (e) {
      err = e as ExcelDoubleError;
    }
    expect(err?.code).toBe("PropertyNotLoaded");
    expect(err?.name).toBe("RichApi.Error");
    expect(err?.debugInfo).toEqual({
      code: "PropertyNotLoaded",
      message: err?.message,
      errorLocation: "Range.values",
    });
    await ctx.sync();
    expect(range.values).toEqual([[1, 2]]);
    expect(() => range.address).toThrow(/not been loaded/);
  });

  test("writes are queued and applied only at sync, in queue order", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const a1 = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    a1.values = [["first"]];
    a1.values = [["second"]];
    expect(host.dumpSheet("Sheet1").values).toEqual([]);
    const check = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
    a1.values = [["third"]];
    await ctx.sync();
    expect(check.values).toEqual([["second"]]); // the load ran between the writes
    expect(host.dumpSheet("Sheet1").values).toEqual([["third"]]);
  });

  test("load forms: string list, array, object, nested path; address and indexes", async () => {
    const host = createExcelHost();
    host.setSheet("Data Sheet", [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const ctx = host.context();
    const r = ctx.workbook.worksheets.getItem("Data Sheet").getRange("B1:C2");
    r.load("address, rowCount");
    r.load(["columnCount", "rowIndex"]);
    r.load({ columnIndex: true, format: { font: { bold: true } } });
    await ctx.sync();
    expect(r.address).toBe("'Data Sheet'!B1:C2");
    expect([r.rowCount, r.columnCount, r.rowIndex, r.columnIndex]).toEqual([2, 2, 0, 1]);
    expect(r.format.font.bold).toBe(false);
    expect(() => r.format.font.color).toThrow();
  });

  test("sync is counted, host.run does a final sync only when work is pending", async () => {
    const host = createExcelHost();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await ctx.sync();
      await ctx.sync();
    });
    expect(host.syncCount).toBe(2);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    });
    expect(host.syncCount).toBe(3);
    expect(host.dumpSheet("Sheet1").values).toEqual([[1], [2]]);
  });

  test("a context cannot be used after host.run finished", async () => {
    const host = createExcelHost();
    let saved: Excel.Range | undefined;
    await host.run(async (ctx) => {
      saved = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    expect(() => {
      if (saved) saved.values = [[1]];
    }).toThrow(/request context/);
  });

  test("an error stops the batch: earlier operations stay applied, later ones are not", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1").values = [["before"]];
    ws.getRange("A2:B2").values = [[1]]; // wrong shape
    ws.getRange("A3").values = [["after"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    expect(host.dumpSheet("Sheet1").values).toEqual([["before"]]);
  });
});

describe("values, formulas, number formats", () => {
  test("a 2D array whose shape differs from the range throws InvalidArgument at sync (not at set)", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    expect(() => {
      r.values = [[1, 2, 3]];
    }).not.toThrow();
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    r.formulas = [["=1", "=2"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    r.numberFormat = [["0"], ["0"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    r.values = [[1, 2], [3]] as unknown as number[][];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    expect(host.dumpSheet("Sheet1").values).toEqual([]);
  });

  test("a single value applied to a multi-cell range sets every cell", async () => {
    const host = createExcelHost();
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (r as unknown as { values: unknown }).values = 7;
      (r as unknown as { numberFormat: unknown }).numberFormat = "0.00";
    });
    const snap = host.dumpSheet("Sheet1");
    expect(snap.values).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(snap.numberFormats).toEqual([
      ["0.00", "0.00"],
      ["0.00", "0.00"],
    ]);
  });

  test("null leaves a cell unchanged and an empty string clears it", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [["a", "b", "c"]], { numberFormats: [["@", "0", null]] });
    await host.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.values = [[null, "", "z"]];
      r.numberFormat = [[null, "", null]];
    });
    const snap = host.dumpSheet("Sheet1");
    expect(snap.values).toEqual([["a", "", "z"]]);
    expect(snap.numberFormats).toEqual([["@", "General", "General"]]);
  });

  test("formulas vs values: formulas read back the formula, values the cached value or 0", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [[2, 3, "=A1+B1", "=A1*B1"]], { cachedValues: { C1: 5 } });
    const ctx = host.context();
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").load("values, formulas");
    await ctx.sync();
    expect(r.formulas).toEqual([[2, 3, "=A1+B1", "=A1*B1"]]);
    expect(r.values).toEqual([[2, 3, 5, 0]]); // D1 has no cached value; no evaluation
    const w = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:D2");
    w.formulas = [["text", 12, "=SUM(A1:B1)", ""]];
    w.load("values, formulas");
    await ctx.sync();
    expect(w.formulas).toEqual([["text", 12, "=SUM(A1:B1)", ""]]);
    expect(w.values).toEqual([["text", 12, 0, ""]]);
    // A value string starting with "=" is interpreted as a formula, as Excel does.
    const v = ctx.workbook.worksheets.getItem("Sheet1").getRange("A3");
    v.values = [["=A1"]];
    v.load("formulas");
    await ctx.sync();
    expect(v.formulas).toEqual([["=A1"]]);
  });

  test("derived ranges: getCell, getResizedRange, getOffsetRange, getRow, getColumn", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    const ctx = host.context();
    const base = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    const cell = base.getCell(1, 1).load("address, values");
    const resized = base.getResizedRange(1, 1).load("address");
    const offset = base.getOffsetRange(1, 1).load("values");
    const row = base.getRow(1).load("values");
    const col = base.getColumn(0).load("values");
    const entire = base.getEntireColumn().load("address");
    await ctx.sync();
    expect([cell.address, cell.values]).toEqual(["Sheet1!B2", [[5]]]);
    expect(resized.address).toBe("Sheet1!A1:C3");
    expect(offset.values).toEqual([
      [5, 6],
      [8, 9],
    ]);
    expect(row.values).toEqual([[4, 5]]);
    expect(col.values).toEqual([[1], [4]]);
    expect(entire.address).toBe("Sheet1!A:B");
    base.getOffsetRange(-1, 0).load("address");
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  test("clear(Contents) keeps formats, clear() removes both", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [[1, 2]], { numberFormats: [["0.0", "0.0"]] });
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").clear("Contents");
      ws.getRange("B1").clear();
    });
    const snap = host.dumpSheet("Sheet1");
    expect(snap.values).toEqual([[""]]);
    expect(snap.numberFormats).toEqual([["0.0"]]);
  });
});

/** Worksheets, tables, merges, protection, requirement sets, payload limits. */
import { createExcelHost, ExcelDoubleError, TABLE_CONFLICT_CODE } from "../../src/excel-double";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as ExcelDoubleError).code;
  }
  throw new Error("expected a rejection");
}

describe("worksheets", () => {
  test("getItem of a missing sheet fails with ItemNotFound at sync; getItemOrNullObject gives a null object", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const missing = ctx.workbook.worksheets.getItem("Nope");
    missing.load("name");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    const maybe = ctx.workbook.worksheets.getItemOrNullObject("Nope");
    const found = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
    expect(() => maybe.isNullObject).toThrow();
    await ctx.sync();
    expect(maybe.isNullObject).toBe(true);
    expect(found.isNullObject).toBe(false);
  });

  test("add: duplicate names (case-insensitive) -> ItemAlreadyExists; invalid names -> InvalidArgument", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    ctx.workbook.worksheets.add("RKT");
    await ctx.sync();
    ctx.workbook.worksheets.add("rkt");
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    for (const bad of ["a".repeat(32), "a:b", "a\\b", "a/b", "a?b", "a*b", "a[b", "a]b", ""]) {
      ctx.workbook.worksheets.add(bad);
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    }
    ctx.workbook.worksheets.add("a".repeat(31));
    await ctx.sync();
    expect(host.sheetNames).toEqual(["Sheet1", "RKT", "a".repeat(31)]);
  });

  test("items, name, position, visibility, tabColor, rename, delete, activate, getActiveWorksheet", async () => {
    const host = createExcelHost({ sheets: ["A", "B", "C"] });
    const ctx = host.context();
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["A", "B", "C"]);
    const c = sheets.getItem("C");
    c.position = 0;
    c.tabColor = "#FF0000";
    c.name = "Capaian";
    c.activate();
    sheets.getItem("B").visibility = "Hidden";
    sheets.getItem("A").delete();
    const active = sheets.getActiveWorksheet().load("name, position, visibility, tabColor");
    await ctx.sync();
    expect(active.name).toBe("Capaian");
    expect(active.position).toBe(0);
    expect(active.tabColor).toBe("#FF0000");
    expect(host.sheetNames).toEqual(["Capaian", "B"]);
    expect(host.dumpSheet("B").visibility).toBe("Hidden");
    c.name = "b";
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
  });

  test("getUsedRange: A1 on a blank sheet (documented), null object from getUsedRangeOrNullObject", async () => {
    const host = createExcelHost();
    host.setSheet("Data", [
      [null, null],
      [null, "x", 1],
    ]);
    const ctx = host.context();
    const blank = ctx.workbook.worksheets.getItem("Sheet1");
    const a = blank.getUsedRange().load("address");
    const b = blank.getUsedRangeOrNullObject();
    const c = ctx.workbook.worksheets.getItem("Data").getUsedRange(true).load("address");
    await ctx.sync();
    expect(a.address).toBe("Sheet1!A1");
    expect(b.isNullObject).toBe(true);
    expect(c.address).toBe("Data!B2:C2");
    // Range.getUsedRange on an empty part throws ItemNotFound.
    blank.getRange("A1:B2").getUsedRange().load("address");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
  });

  test("freezePanes.freezeRows and select() are recorded", async () => {
    const host = createExcelHost();
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.freezePanes.freezeRows(2);
      ws.getRange("B3:C4").select();
    });
    expect(host.dumpSheet("Sheet1").freeze).toEqual({ rows: 2, columns: 0 });
    expect(host.selectedAddress).toBe("Sheet1!B3:C4");
  });
});

describe("protection", () => {
  test("a protected sheet makes writes fail with AccessDenied at sync; reads still work", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [[1]]);
    host.protectSheet("Sheet1");
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const r = ws.getRange("A1").load("values");
    ws.protection.load("protected");
    await ctx.sync();
    expect(r.values).toEqual([[1]]);
    expect(ws.protection.protected).toBe(true);
    for (const write of [
      () => (ws.getRange("A1").values = [[2]]),
      () => ws.getRange("A1:B1").merge(),
      () => (ws.getRange("A1").format.font.bold = true),
      () => ws.tables.add("A1:B2", true),
      () => ws.getRange("A1").clear(),
    ]) {
      write();
      expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    }
    ws.protection.unprotect();
    ws.getRange("A1").values = [[3]];
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").values).toEqual([[3]]);
  });
});

describe("merged cells", () => {
  test("merge keeps the top-left value; non-anchor writes are ignored; getMergedAreasOrNullObject", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [
      ["a", "b", "c"],
      [1, 2, 3],
    ]);
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.getRange("A1:C1").merge();
    ws.getRange("A2:C2").values = [[10, 20, 30]];
    ws.getRange("A2:C3").merge(true);
    ws.getRange("A2:C2").values = [[11, 21, 31]];
    const areas = ws.getRange("A1:C3").getMergedAreasOrNullObject();
    areas.load("areaCount, address");
    areas.areas.load("items/address");
    const none = ws.getRange("E5").getMergedAreasOrNullObject();
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").values).toEqual([
      ["a", "", ""],
      [11, "", ""],
      ["", "", ""],
    ]);
    expect(host.dumpSheet("Sheet1").merges).toEqual(["A1:C1", "A2:C2", "A3:C3"]);
    expect(areas.areaCount).toBe(3);
    expect(areas.areas.items.map((a) => a.address)).toEqual([
      "Sheet1!A1:C1",
      "Sheet1!A2:C2",
      "Sheet1!A3:C3",
    ]);
    expect(none.isNullObject).toBe(true);
    ws.getRange("A1:C1").unmerge();
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").merges).toEqual(["A2:C2", "A3:C3"]);
  });
});

describe("tables", () => {
  test("add, header/data ranges, rows.add, style, banded rows, workbook-wide items", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [
      ["IKU", "Target"],
      ["A", 1],
      ["B", 2],
      ["below", "x"],
    ]);
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const t = ws.tables.add("A1:B3", true);
    t.name = "TblIku";
    t.style = "TableStyleLight9";
    t.showBandedRows = false;
    t.rows.add(undefined, [["C", 3]]);
    const header = t.getHeaderRowRange().load("values");
    const body = t.getDataBodyRange().load("address, values");
    const all = ctx.workbook.tables.load("items/name");
    await ctx.sync();
    expect(header.values).toEqual([["IKU", "Target"]]);
    expect(body.address).toBe("Sheet1!A2:B4");
    expect(body.values).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 3],
    ]);
    expect(all.items.map((x) => x.name)).toEqual(["TblIku"]);
    expect(host.dumpSheet("Sheet1").values[4]).toEqual(["below", "x"]); // shifted down, not overwritten
    expect(host.dumpSheet("Sheet1").tables).toEqual([
      {
        name: "TblIku",
        address: "A1:B4",
        style: "TableStyleLight9",
        showBandedRows: false,
        showHeaders: true,
        showTotals: false,
      },
    ]);
    t.rows.add(0, [["too", "many", "values"]]);
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
  });

  test("tables cannot overlap other tables or merged cells", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [["h1", "h2"]], { merges: ["E1:F1"] });
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    ws.tables.add("A1:B3", true);
    await ctx.sync();
    ws.tables.add("B2:C4", true);
    expect(await codeOf(ctx.sync())).toBe(TABLE_CONFLICT_CODE);
    ws.tables.add("E1:F3", true);
    expect(await codeOf(ctx.sync())).toBe(TABLE_CONFLICT_CODE);
    expect(host.dumpSheet("Sheet1").tables).toHaveLength(1);
  });

  test("table names are unique workbook-wide (ItemAlreadyExists), headers are generated without hasHeaders", async () => {
    const host = createExcelHost({ sheets: ["A", "B"] });
    host.setSheet("B", [
      [1, 2],
      [3, 4],
    ]);
    const ctx = host.context();
    const t1 = ctx.workbook.worksheets.getItem("A").tables.add("A!A1:B2", true);
    const t2 = ctx.workbook.tables.add("B!A1:B2", false);
    t1.name = "Data";
    await ctx.sync();
    t2.name = "DATA";
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
    const body = t2.getRange().load("values");
    await ctx.sync();
    expect(body.values).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
    t2.delete();
    const left = ctx.workbook.tables.getItemOrNullObject("Table2");
    await ctx.sync();
    expect(left.isNullObject).toBe(true);
    expect(host.dumpSheet("B").values).toEqual([]);
  });
});

describe("requirement sets", () => {
  test("isSetSupported and the Office-like object follow apiVersion", () => {
    const host = createExcelHost({ apiVersion: "1.7", otherSets: { ExcelApiOnline: "1.1" } });
    expect(host.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(host.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(host.office.context.requirements.isSetSupported("ExcelApi", "1.4")).toBe(true);
    expect(host.office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")).toBe(true);
    expect(host.office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(createExcelHost().isSetSupported("ExcelApi", "1.13")).toBe(true);
  });

  const cases: Array<[string, string, (ws: Excel.Worksheet, ctx: Excel.RequestContext) => void]> = [
    [
      "dataValidation",
      "1.7",
      (ws) =>
        (ws.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } }),
    ],
    ["conditionalFormats", "1.5", (ws) => ws.getRange("A1").conditionalFormats.add("CellValue")],
    ["pageLayout", "1.8", (ws) => (ws.pageLayout.orientation = "Landscape")],
    ["freezePanes", "1.6", (ws) => ws.freezePanes.freezeRows(1)],
    [
      "getMergedAreasOrNullObject",
      "1.12",
      (ws) => ws.getRange("A1:B2").getMergedAreasOrNullObject(),
    ],
    ["settings", "1.3", (_ws, ctx) => ctx.workbook.settings.add("k", 1)],
    ["getUsedRangeOrNullObject", "1.3", (ws) => ws.getUsedRangeOrNullObject()],
    ["protection", "1.1", (ws) => ws.protection.protect()],
    ["tabColor", "1.6", (ws) => (ws.tabColor = "#00FF00")],
  ];
  test.each(cases)(
    "%s fails with ApiNotFound at sync when ExcelApi is %s",
    async (_name, version, call) => {
      const host = createExcelHost({ apiVersion: version });
      const ctx = host.context();
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      expect(() => call(ws, ctx)).not.toThrow();
      expect(await codeOf(ctx.sync())).toBe("ApiNotFound");
      // The same call works on a host with the newest sets.
      const full = createExcelHost();
      const ctx2 = full.context();
      call(ctx2.workbook.worksheets.getItem("Sheet1"), ctx2);
      await expect(ctx2.sync()).resolves.toBeUndefined();
    }
  );

  test("load() without arguments skips properties of unsupported sets; naming them fails", async () => {
    const host = createExcelHost({ apiVersion: "1.1" });
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1").load();
    await ctx.sync();
    expect(ws.name).toBe("Sheet1");
    expect(() => ws.tabColor).toThrow();
    ws.load("tabColor");
    expect(await codeOf(ctx.sync())).toBe("ApiNotFound");
  });
});

describe("payload size limit", () => {
  test("a request above 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const big = Array.from({ length: 1000 }, () =>
      Array.from({ length: 10 }, () => "x".repeat(600))
    );
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:J1000").values = big;
    expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.syncs[0]?.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(host.dumpSheet("Sheet1").values).toEqual([]);
    // Split in two syncs it goes through.
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:J500").values = big.slice(0, 500);
    await ctx.sync();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A501:J1000").values = big.slice(500);
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").values).toHaveLength(1000);
  });

  test("a response above the limit fails with ResponsePayloadSizeLimitExceeded; the limit is configurable", async () => {
    const host = createExcelHost({ payloadLimitBytes: 1000 });
    host.setSheet(
      "Sheet1",
      Array.from({ length: 50 }, () => ["y".repeat(30)])
    );
    const ctx = host.context();
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A50").load("values");
    expect(await codeOf(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => r.values).toThrow();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").load("values");
    await expect(ctx.sync()).resolves.toBeUndefined();
  });
});

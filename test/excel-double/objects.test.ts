/** Formats, data validation, conditional formats, charts, page layout, settings, dumps. */
import { createExcelHost, ExcelDoubleError, ExcelHost } from "../../src/excel-double";

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as ExcelDoubleError).code;
  }
  throw new Error("expected a rejection");
}

describe("range format", () => {
  test("format properties are recorded and read back (null when mixed)", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const r = ws.getRange("A1:B2");
    r.format.font.bold = true;
    r.format.font.color = "#1F4E78";
    r.format.fill.color = "#DDEBF7";
    r.format.wrapText = true;
    r.format.verticalAlignment = "Center";
    r.format.horizontalAlignment = "Left";
    r.format.columnWidth = 120;
    ws.getRange("A1").format.rowHeight = 30;
    r.format.autofitColumns();
    r.format.autofitRows();
    ws.getRange("A1").format.font.bold = false;
    const mixed = ws.getRange("A1:B1").load("format/font/bold, format/columnWidth");
    const same = ws.getRange("B1:B2").load("format/font/bold, format/fill/color");
    await ctx.sync();
    expect(mixed.format.font.bold).toBeNull();
    expect(mixed.format.columnWidth).toBe(120);
    expect(same.format.font.bold).toBe(true);
    expect(same.format.fill.color).toBe("#DDEBF7");
    expect(host.formatAt("Sheet1", "B2")).toMatchObject({
      "font.bold": true,
      "font.color": "#1F4E78",
      "fill.color": "#DDEBF7",
      wrapText: true,
      verticalAlignment: "Center",
      horizontalAlignment: "Left",
    });
    const snap = host.dumpSheet("Sheet1");
    expect(snap.columnWidths).toEqual({ A: 120, B: 120 });
    expect(snap.rowHeights).toEqual({ "1": 30 });
    expect(snap.autofit).toEqual({ columns: ["A1:B2"], rows: ["A1:B2"] });
  });
});

describe("data validation", () => {
  test("rule is recorded; a list source string splits on commas; clear() removes it", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("C2:C10").dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: "Tercapai,Tidak Tercapai, Sebagian" } };
    dv.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Salah",
      message: "Pilih dari daftar",
    };
    dv.load("type, rule");
    await ctx.sync();
    expect(dv.type).toBe("List");
    expect(dv.rule.list?.source).toBe("Tercapai,Tidak Tercapai, Sebagian");
    expect(host.dumpSheet("Sheet1").dataValidations).toEqual([
      {
        address: "C2:C10",
        type: "List",
        rule: { list: { inCellDropDown: true, source: "Tercapai,Tidak Tercapai, Sebagian" } },
        listItems: ["Tercapai", "Tidak Tercapai", " Sebagian"],
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Salah",
          message: "Pilih dari daftar",
        },
      },
    ]);
    dv.rule = {} as Excel.DataValidationRule;
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    dv.clear();
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").dataValidations).toEqual([]);
  });
});

describe("conditional formats", () => {
  test("cellValue and custom rules/formats are recorded", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("D2:D20");
    const cv = range.conditionalFormats.add("CellValue");
    cv.cellValue.format.font.color = "#9C0006";
    cv.cellValue.format.fill.color = "#FFC7CE";
    cv.cellValue.rule = { formula1: "=100", operator: "LessThan" };
    const custom = range.conditionalFormats.add("Custom");
    custom.custom.rule.formula = "=$D2>=100";
    custom.custom.format.fill.color = "#C6EFCE";
    const list = range.conditionalFormats.load("items/type");
    await ctx.sync();
    expect(list.items.map((i) => i.type)).toEqual(["CellValue", "Custom"]);
    expect(host.dumpSheet("Sheet1").conditionalFormats).toEqual([
      {
        address: "D2:D20",
        type: "CellValue",
        cellValue: {
          format: { font: { color: "#9C0006" }, fill: { color: "#FFC7CE" } },
          rule: { formula1: "=100", operator: "LessThan" },
        },
      },
      {
        address: "D2:D20",
        type: "Custom",
        custom: { rule: { formula: "=$D2>=100" }, format: { fill: { color: "#C6EFCE" } } },
      },
    ]);
    range.conditionalFormats.clearAll();
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").conditionalFormats).toEqual([]);
  });
});

describe("charts", () => {
  test("add, title, position, size, series; getItemOrNullObject; delete", async () => {
    const host = createExcelHost();
    host.setSheet("Sheet1", [
      ["Bulan", "Target", "Realisasi"],
      ["Jan", 10, 8],
      ["Feb", 20, 22],
    ]);
    const ctx = host.context();
    const ws = ctx.workbook.worksheets.getItem("Sheet1");
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:C3"), "Auto");
    chart.name = "Capaian";
    chart.title.text = "Target vs Realisasi";
    chart.setPosition("E2", "L20");
    chart.width = 400;
    chart.series.getItemAt(0).format.fill.setSolidColor("#4472C4");
    const extra = chart.series.add("Selisih");
    extra.setValues(ws.getRange("C2:C3"));
    extra.setXAxisValues(ws.getRange("A2:A3"));
    const found = ws.charts.getItemOrNullObject("Capaian");
    const missing = ws.charts.getItemOrNullObject("Nope");
    ws.charts.load("items/name");
    await ctx.sync();
    expect(found.isNullObject).toBe(false);
    expect(missing.isNullObject).toBe(true);
    expect(ws.charts.items.map((c) => c.name)).toEqual(["Capaian"]);
    const [snap] = host.dumpSheet("Sheet1").charts;
    expect(snap).toMatchObject({
      name: "Capaian",
      type: "ColumnClustered",
      source: "Sheet1!A1:C3",
      width: 400,
      title: { text: "Target vs Realisasi", visible: true },
      position: { start: "Sheet1!E2", end: "Sheet1!L20" },
    });
    expect(snap?.series).toEqual([
      { name: "Target", values: "Sheet1!B2:B3", xValues: "Sheet1!A2:A3", fillColor: "#4472C4" },
      { name: "Realisasi", values: "Sheet1!C2:C3", xValues: "Sheet1!A2:A3" },
      { name: "Selisih", values: "Sheet1!C2:C3", xValues: "Sheet1!A2:A3" },
    ]);
    found.delete();
    await ctx.sync();
    expect(host.dumpSheet("Sheet1").charts).toEqual([]);
  });
});

describe("page layout", () => {
  test("orientation, paper size, zoom, print titles and footers are recorded and loadable", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const pl = ctx.workbook.worksheets.getItem("Sheet1").pageLayout;
    pl.orientation = "Landscape";
    pl.paperSize = "A4";
    pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    pl.setPrintTitleRows("$1:$2");
    pl.headersFooters.defaultForAllPages.centerFooter = "Halaman &P dari &N";
    pl.load("orientation, zoom");
    await ctx.sync();
    expect(pl.orientation).toBe("Landscape");
    expect(pl.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(host.dumpSheet("Sheet1").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "1:2",
      headersFooters: { defaultForAllPages: { centerFooter: "Halaman &P dari &N" } },
    });
  });
});

describe("settings", () => {
  test("add, getItemOrNullObject, value, delete", async () => {
    const host = createExcelHost();
    const ctx = host.context();
    const settings = ctx.workbook.settings;
    settings.add("kinerja.version", { schema: 2, years: [2024, 2025] });
    const got = settings.getItemOrNullObject("kinerja.version").load("value");
    const none = settings.getItemOrNullObject("missing");
    await ctx.sync();
    expect(got.isNullObject).toBe(false);
    expect(got.value).toEqual({ schema: 2, years: [2024, 2025] });
    expect(none.isNullObject).toBe(true);
    settings.getItem("missing").load("value");
    expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    settings.getItem("kinerja.version").delete();
    await ctx.sync();
    expect(host.dumpWorkbook().settings).toEqual({});
  });
});

describe("dumps", () => {
  async function buildReport(host: ExcelHost): Promise<void> {
    await host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const existing = sheets.getItemOrNullObject("Laporan");
      await ctx.sync();
      const ws = existing.isNullObject ? sheets.add("Laporan") : existing;
      ws.getRange("A1:C1").values = [["IKU", "Target", "Realisasi"]];
      ws.getRange("A1:C1").format.font.bold = true;
      ws.getRange("A1:C1").format.fill.color = "#DDEBF7";
      ws.getRange("E1:F1").merge();
      ws.getRange("A2:C2").values = [["Partisipasi", 77.5, 80]];
      ws.getRange("B2:C2").numberFormat = [["0.0", "0.0"]];
      ws.freezePanes.freezeRows(1);
      const t = ws.tables.getItemOrNullObject("TblLaporan");
      await ctx.sync();
      if (t.isNullObject) ws.tables.add("A1:C2", true).name = "TblLaporan";
      ctx.workbook.settings.add("kinerja.lastRun", "ok");
    });
  }

  test("running the same batch twice gives the same workbook", async () => {
    const host = createExcelHost();
    await buildReport(host);
    const first = host.dumpWorkbook();
    await buildReport(host);
    expect(host.dumpWorkbook()).toEqual(first);
    expect(first.sheets.map((s) => s.name)).toEqual(["Sheet1", "Laporan"]);
    const laporan = host.dumpSheet("Laporan");
    expect(laporan.values).toEqual([
      ["IKU", "Target", "Realisasi", "", "", ""],
      ["Partisipasi", 77.5, 80, "", "", ""],
    ]);
    expect(laporan.numberFormats[1]?.slice(0, 3)).toEqual(["General", "0.0", "0.0"]);
    expect(laporan.merges).toEqual(["E1:F1"]);
    expect(laporan.formats).toEqual([
      { address: "A1:C1", "font.bold": true },
      { address: "A1:C1", "fill.color": "#DDEBF7" },
    ]);
    expect(laporan.tables.map((t) => t.name)).toEqual(["TblLaporan"]);
  });

  test("a different run gives a different dump", async () => {
    const a = createExcelHost();
    const b = createExcelHost();
    await buildReport(a);
    await buildReport(b);
    await b.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Laporan").getRange("C2").values = [[81]];
    });
    expect(b.dumpWorkbook()).not.toEqual(a.dumpWorkbook());
  });
});

test("Chart.getImage gives a PNG only after sync, and needs ExcelApi 1.2", async () => {
  const host = createExcelHost({ sheets: ["S"] });
  host.setSheet("S", [
    ["a", 1],
    ["b", 2],
  ]);
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("S");
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B2"), "Columns");
    const image = chart.getImage();
    expect(() => image.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(Buffer.from(image.value, "base64").subarray(1, 4).toString()).toBe("PNG");
  });
  const old = createExcelHost({ apiVersion: "1.1", sheets: ["S"] });
  old.setSheet("S", [["a", 1]]);
  await expect(
    old.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.charts.add("ColumnClustered", ws.getRange("A1:B1"), "Columns").getImage();
      await ctx.sync();
    })
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});

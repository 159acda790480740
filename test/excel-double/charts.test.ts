/** Chart types, point colours and getImage failures as the double records and reports them. */
import { createExcelHost, type ExcelDoubleError } from "../../src/excel-double";

function hostWithData() {
  const host = createExcelHost({ sheets: ["Data"] });
  host.setSheet("Data", [
    ["Kode", "Nilai"],
    ["A", 1],
    ["B", 2],
  ]);
  return host;
}

test("the chart type is recorded as given, and an unknown type is refused", async () => {
  const host = hostWithData();
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Data");
    ws.charts.add("ColumnStacked" as Excel.ChartType, ws.getRange("A1:B3"), "Columns");
    await ctx.sync();
  });
  expect(host.dumpSheet("Data").charts[0]?.type).toBe("ColumnStacked");
  const error = await host
    .run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("ColumnStackedish" as Excel.ChartType, ws.getRange("A1:B3"), "Columns");
      await ctx.sync();
    })
    .catch((e: ExcelDoubleError) => e.code);
  expect(error).toBe("InvalidArgument");
});

test("point colours are recorded per point; a point beyond the series is ItemNotFound", async () => {
  const host = hostWithData();
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Data");
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns");
    chart.name = "C";
    chart.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor("#FF0000");
    await ctx.sync();
  });
  expect(host.dumpSheet("Data").charts[0]?.series[0]?.pointColors).toEqual({ 1: "#FF0000" });
  const error = await host
    .run(async (ctx) => {
      const chart = ctx.workbook.worksheets.getItem("Data").charts.getItem("C");
      chart.series.getItemAt(0).points.getItemAt(2).format.fill.setSolidColor("#FF0000");
      await ctx.sync();
    })
    .catch((e: ExcelDoubleError) => e.code);
  expect(error).toBe("ItemNotFound");
});

test("getImage can be told to fail its whole request, as Excel on the web sometimes does", async () => {
  const host = hostWithData();
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("Data");
    ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns").name = "C";
    await ctx.sync();
  });
  const picture = () =>
    host.run(async (ctx) => {
      const image = ctx.workbook.worksheets.getItem("Data").charts.getItem("C").getImage(100, 50);
      await ctx.sync();
      return image.value;
    });
  expect(await picture()).toMatch(/^iVBOR/);
  host.getImageFailure = "GeneralException";
  expect(await picture().catch((e: ExcelDoubleError) => e.code)).toBe("GeneralException");
  const fromOption = createExcelHost({ getImageFailure: "UnsupportedOperation" });
  expect(fromOption.getImageFailure).toBe("UnsupportedOperation");
});

/** Strings written through the API are read as if typed, unless the cell is formatted as Text. */
import { createExcelHost } from "../../src/excel-double";

async function stored(text: string, format?: string) {
  const host = createExcelHost();
  await host.run(async (ctx) => {
    const cell = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (format !== undefined) cell.numberFormat = [[format]];
    cell.values = [[text]];
    await ctx.sync();
  });
  const dump = host.dumpSheet("Sheet1");
  return {
    value: dump.values[0]?.[0],
    format: dump.numberFormats[0]?.[0],
    typed: host.typedStrings,
  };
}

const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

test.each([
  ["00123", 123],
  [" 1,234.5 ", 1234.5],
  ["-7", -7],
  ["1e3", 1000],
  ["TRUE", true],
  ["salah", false],
  ["50%", 0.5],
  ["4 Maret 2021", serial(2021, 3, 4)],
  ["4-Mar-2021", serial(2021, 3, 4)],
  ["2021-03-04", serial(2021, 3, 4)],
  ["1-2", serial(new Date().getFullYear(), 1, 2)],
  ["10:30", 10.5 / 24],
])("%j written as a value is stored as %j", async (text, value) => {
  const got = await stored(text);
  if (typeof value === "number") expect(got.value).toBeCloseTo(value);
  else expect(got.value).toBe(value);
  expect(got.typed).toEqual([{ sheet: "Sheet1", address: "A1", written: text, stored: got.value }]);
});

test.each(["Sangat Baik", "1 Dokumen", "74,05", "WTP", "RKT-2024", "30 Februari 2021"])(
  "%j stays text",
  async (text) => {
    expect((await stored(text)).value).toBe(text);
  }
);

test("dates and percentages get a format; a leading apostrophe keeps text; Text cells take any string", async () => {
  expect((await stored("50%")).format).toBe("0%");
  expect((await stored("4 Maret 2021")).format).toBe("m/d/yyyy");
  expect((await stored("'00123")).value).toBe("00123");
  const text = await stored("4 Maret 2021", "@");
  expect(text.value).toBe("4 Maret 2021");
  expect(text.typed).toEqual([]);
});

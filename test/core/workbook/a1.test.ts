import {
  columnToIndex,
  formatAddress,
  formatRange,
  indexToColumn,
  parseAddress,
  parseRect as parseRange,
  quoteSheetName,
  sheetRef,
} from "../../../src/core/workbook/a1";

describe("a1 helpers", () => {
  test("column letters <-> index", () => {
    expect(columnToIndex("A")).toBe(0);
    expect(columnToIndex("Z")).toBe(25);
    expect(columnToIndex("AA")).toBe(26);
    expect(columnToIndex("xfd")).toBe(16383);
    expect(indexToColumn(0)).toBe("A");
    expect(indexToColumn(27)).toBe("AB");
    expect(indexToColumn(16383)).toBe("XFD");
    expect(() => columnToIndex("XFE")).toThrow();
    for (let i = 0; i < 1000; i += 7) expect(columnToIndex(indexToColumn(i))).toBe(i);
  });

  test("parses addresses with and without (quoted) sheet names", () => {
    expect(parseAddress("Sheet1!A1:C3")).toEqual({
      sheet: "Sheet1",
      rect: { row: 0, col: 0, rowCount: 3, colCount: 3 },
    });
    expect(parseAddress("'My Sheet'!$B$2")).toEqual({
      sheet: "My Sheet",
      rect: { row: 1, col: 1, rowCount: 1, colCount: 1 },
    });
    expect(parseAddress("'It''s'!A1").sheet).toBe("It's");
    expect(parseRange("C3:A1")).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 3 });
    expect(formatRange(parseRange("B:D"))).toBe("B:D");
    expect(formatRange(parseRange("2:4"))).toBe("2:4");
    expect(() => parseRange("A")).toThrow();
    expect(() => parseRange("A1:B")).toThrow();
    expect(() => parseAddress("!A1")).toThrow();
  });

  test("formats addresses like Excel, quoting where needed", () => {
    expect(formatAddress("Sheet1", parseRange("A1:C3"))).toBe("Sheet1!A1:C3");
    expect(formatAddress("My Sheet", parseRange("A1"))).toBe("'My Sheet'!A1");
    expect(formatAddress("It's", parseRange("A1"))).toBe("'It''s'!A1");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(quoteSheetName("RKT_2025")).toBe("RKT_2025");
  });

  test("formula references quote names Excel would read as a reference", () => {
    for (const name of ["RKT2024", "TW1", "R", "C", "R1C1", "RC", "c2", "TRUE", "2024", "RKT KPU"])
      expect(sheetRef(name)).toBe(`'${name}'`);
    expect(sheetRef("It's")).toBe("'It''s'");
    for (const name of ["Info", "RKT_KPU", "Data.2024", "ABCD1", "Rekap"])
      expect(sheetRef(name)).toBe(name);
    expect(quoteSheetName("R")).toBe("'R'");
  });
});

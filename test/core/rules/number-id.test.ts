import { formatIdNumber, parseIdNumber } from "../../../src/core/rules";

describe("parseIdNumber: Indonesian decimal comma, thousands dot", () => {
  test.each([
    ["77,5", 77.5, 1],
    ["74,05", 74.05, 2],
    ["1.234,5", 1234.5, 1],
    ["1.234.567", 1234567, 0],
    ["1.234.567,89", 1234567.89, 2],
    ["0.2", 0.2, 1], // a dot not followed by exactly three digits can only be decimal
    ["77.5", 77.5, 1],
    ["0.775", 0.775, 3], // "0.775" cannot be thousands grouping
    ["1234.567", 1234.567, 3],
    ["1,234.5", 1234.5, 1], // both separators: the last one is the decimal point
    ["1,000,000", 1000000, 0],
    ["2", 2, 0],
    ["-3,5", -3.5, 1],
    ["+80", 80, 0],
    [",5", 0.5, 1],
  ])("%s -> %d", (text, value, decimals) => {
    expect(parseIdNumber(text)).toEqual({ status: "number", value, decimals });
  });

  test.each([
    ["1.000", [1, 1000]],
    ["2.500", [2.5, 2500]],
    ["-1.000", [-1, -1000]],
  ])("%s is ambiguous", (text, readings) => {
    expect(parseIdNumber(text)).toEqual({ status: "ambiguous", readings });
  });

  test.each(["", "abc", "1.2.3", "1,2,3", "12.34,5.6", "1.23,4.567", "--1", "1e5", "1 234", "."])(
    "%p is not a number",
    (text) => {
      expect(parseIdNumber(text)).toEqual({ status: "invalid" });
    }
  );

  test.each([
    [112.5, "112,5"],
    [1234.5, "1.234,5"],
    [107.142857, "107,14"],
    [-0.5, "-0,5"],
  ])("formatIdNumber(%d) = %s", (n, text) => {
    expect(formatIdNumber(n)).toBe(text);
  });
});

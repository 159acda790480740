import { keepText, mayBeRetyped } from "../../../src/core/workbook/keep-text";

test("strings Excel might retype are recognised, plain words are not", () => {
  for (const s of [
    "1",
    "1.",
    "00123",
    "1-2",
    "4 Maret 2021",
    "Maret 2021",
    "TRUE",
    "(5)",
    "Rp 5.000",
    "+62",
    "=x",
    "'a",
  ])
    expect(mayBeRetyped(s)).toBe(true);
  for (const s of ["Sangat Baik", "WTP", "Lembar", "Marketing 2", "", "  "])
    expect(mayBeRetyped(s)).toBe(false);
});

test("keepText puts Text on those strings in the same op, keeping formats the op gives", () => {
  const plan = keepText({
    summary: [],
    ops: [
      {
        op: "write",
        sheet: "S",
        address: "A1:C1",
        values: [["1", "Baik", "4 Maret 2021"]],
        numberFormats: [[null, null, "d mmmm yyyy"]],
      },
      { op: "write", sheet: "S", address: "A2:B2", formulas: [["=A1", "2024"]] },
      { op: "write", sheet: "S", address: "A3", values: [["Baik"]] },
    ],
  });
  expect(plan.ops[0]).toMatchObject({ numberFormats: [["@", null, "d mmmm yyyy"]] });
  expect(plan.ops[1]).toMatchObject({ numberFormats: [[null, "@"]] });
  expect(plan.ops[2]).not.toHaveProperty("numberFormats");
});

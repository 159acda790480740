/**
 * What the Office.js port tells the pane it writes (`onWrite`), so Excel's change events for
 * the add-in's own writes are not taken for staff's edits before ExcelApi 1.14: every op that
 * changes cells is reported, also those that name no range (a table's new columns or rows).
 */
import { createExcelHost } from "../../src/excel-double";
import { officePort } from "../../src/excel/port";
import type { Plan } from "../../src/core/workbook/plan";
import { parseRect, rectContains } from "../../src/core/workbook/a1";

test("a table's new columns and rows are reported as the run's writes on their sheet", async () => {
  const host = createExcelHost({ apiVersion: "1.13", sheets: ["Info"] });
  const written: { sheet: string; address: string }[] = [];
  const plan: Plan = {
    summary: [],
    ops: [
      {
        op: "write",
        sheet: "Info",
        address: "A1:B2",
        values: [
          ["Kunci", "Nilai"],
          ["a", 1],
        ],
      },
      { op: "table", sheet: "Info", name: "T", address: "A1:B2", style: "TableStyleLight9" },
      { op: "addTableColumns", sheet: "Info", name: "T", headers: ["Baru"] },
      { op: "addTableRows", sheet: "Info", name: "T", values: [["b", 2, ""]] },
    ],
  };
  await host.run(async (ctx) => {
    const port = officePort(ctx, {
      supports: (v) => host.isSetSupported("ExcelApi", v),
      onWrite: (sheet, address) => written.push({ sheet, address }),
    });
    await port.apply(plan);
  });
  // The new column's header (C1) and the new row (A3:C3) lie within what was reported.
  const covers = (cell: string) =>
    written.some((w) => w.sheet === "Info" && rectContains(parseRect(w.address), parseRect(cell)));
  expect(covers("C1")).toBe(true);
  expect(covers("C3")).toBe(true);
});

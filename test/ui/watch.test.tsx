/** Which edits Excel reports mark the pane's results stale (judgeChange, on plain data). */
import { judgeChange, type KnownSheets } from "../../src/taskpane/watch";

const sheets: KnownSheets = {
  ids: { "RKT KPU": "{sheet-2}", "Info Kinerja": "{sheet-3}", Catatan: "{sheet-9}" },
  watched: new Set(["{sheet-2}", "{sheet-3}"]),
};

test("an edit on a sheet the results do not read changes nothing", () => {
  const args = { worksheetId: "{sheet-9}", address: "B2", triggerSource: "Unknown" };
  expect(judgeChange(args, { sheets, nearRun: false })).toBe("ignore");
  expect(judgeChange({ ...args, worksheetId: "{sheet-2}" }, { sheets, nearRun: false })).toBe(
    "edit"
  );
  // Before the pane has read the sheets, any edit counts.
  expect(judgeChange(args, { nearRun: false })).toBe("edit");
});

test("before ExcelApi 1.14: an event during a run is the run's own only on cells it wrote", () => {
  const written = [{ sheet: "RKT KPU", address: "N5:N20" }];
  const at = { sheets, nearRun: true, written };
  expect(judgeChange({ worksheetId: "{sheet-2}", address: "N5:N20" }, at)).toBe("ours");
  expect(judgeChange({ worksheetId: "{sheet-2}", address: "N7" }, at)).toBe("ours");
  expect(judgeChange({ worksheetId: "{sheet-2}", address: "I6" }, at)).toBe("edit");
  expect(judgeChange({ worksheetId: "{sheet-2}", address: "N19:N21" }, at)).toBe("edit");
  // Not knowable: no address, or the run's writes unknown — stale, to be safe.
  expect(judgeChange({ worksheetId: "{sheet-2}", address: "" }, at)).toBe("edit");
  expect(
    judgeChange({ worksheetId: "{sheet-2}", address: "N7" }, { ...at, written: undefined })
  ).toBe("edit");
  // From ExcelApi 1.14 Excel marks the add-in's own writes.
  expect(
    judgeChange({ worksheetId: "{sheet-2}", address: "N7", triggerSource: "ThisLocalAddin" }, at)
  ).toBe("ours");
});

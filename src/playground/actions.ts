/** The page's own batches against the double: what a person does in Excel by hand. */
import * as a1 from "../core/workbook/a1";
import { parseTyped } from "./cellText";
import type { PlaygroundStore } from "./store";

/** Click a sheet tab. */
export function activateSheet(store: PlaygroundStore, sheet: string): Promise<void> {
  return store.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

/** Click a cell (or type its address in the name box). */
export function selectCell(store: PlaygroundStore, sheet: string, address: string): Promise<void> {
  return store.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).select();
    await context.sync();
  });
}

/** Type into a cell and press Enter: id-ID number entry, then the cursor moves one row down. */
export function typeIntoCell(
  store: PlaygroundStore,
  sheet: string,
  address: string,
  text: string
): Promise<void> {
  const typed = parseTyped(text);
  const rect = a1.parseRect(address);
  const below = `${a1.indexToColumn(rect.col)}${Math.min(a1.MAX_ROWS, rect.row + 2)}`;
  return store.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const range = ws.getRange(address);
    range.values = [[typed.value]];
    if (typed.percentFormat) {
      range.load("numberFormat");
      await context.sync();
      // Excel gives a General cell a percent format when a percentage is typed into it.
      if (range.numberFormat[0]?.[0] === "General")
        range.numberFormat = [[Number.isInteger(Number(typed.value) * 100) ? "0%" : "0.00%"]];
    }
    ws.getRange(below).select();
    await context.sync();
  }, true);
}

/** The sheet and top-left cell of an address such as "'RKT 2021'!B4:C5". */
export function splitAddress(
  address: string | undefined
): { sheet: string; cell: string } | undefined {
  if (address === undefined) return undefined;
  const { sheet, rect } = a1.parseAddress(address);
  return sheet === undefined
    ? undefined
    : { sheet, cell: `${a1.indexToColumn(rect.col)}${rect.row + 1}` };
}

/**
 * What an edit Excel reports (worksheets.onChanged) means to the pane, as a pure function: an
 * edit on a sheet the results do not read changes nothing; the pane's own writes are not
 * edits. Before ExcelApi 1.14 Excel does not mark the add-in's own writes, so an event during
 * a run (or just after) is compared with what the run wrote: a cell it did not write is
 * someone's edit; where the event or the run's writes are unknown, it counts as an edit.
 */
import { parseAddress, rectContains, type CellRect } from "../core/workbook/a1";

/** A range a run wrote ("RKT KPU", "H5:H20"). */
export interface Written {
  sheet: string;
  address: string;
}

/** The workbook's sheets as the pane last read them. */
export interface KnownSheets {
  /** Sheet name → worksheet id (what onChanged reports). */
  ids: Readonly<Record<string, string>>;
  /** The ids of the sheets the results read (RKT, IKU, Info, Anggaran). */
  watched: ReadonlySet<string>;
}

export interface ChangedArgs {
  worksheetId?: string;
  address?: string;
  triggerSource?: string;
}

/** "ignore": changes no result; "ours": the pane's own write; "edit": results are stale. */
export type ChangeVerdict = "ignore" | "ours" | "edit";

export function judgeChange(
  args: ChangedArgs,
  at: {
    sheets?: KnownSheets;
    /** A run is on, or ended a moment ago (its writes may still be reported). */
    nearRun: boolean;
    /** What the run wrote; undefined when not known. */
    written?: readonly Written[];
  }
): ChangeVerdict {
  if (args.triggerSource === "ThisLocalAddin") return "ours";
  const sheets = at.sheets;
  if (sheets !== undefined && args.worksheetId !== undefined) {
    if (!sheets.watched.has(args.worksheetId)) return "ignore";
  }
  if (args.triggerSource !== undefined || !at.nearRun) return "edit";
  // Before ExcelApi 1.14: the run's own write, if it wrote every cell of the event's range.
  const name =
    sheets === undefined
      ? undefined
      : Object.keys(sheets.ids).find((n) => sheets.ids[n] === args.worksheetId);
  const rect = rectOf(args.address);
  if (at.written === undefined || name === undefined || rect === undefined) return "edit";
  const mine = at.written
    .filter((w) => w.sheet.toLowerCase() === name.toLowerCase())
    .map((w) => rectOf(w.address))
    .filter((r): r is CellRect => r !== undefined);
  return mine.some((r) => rectContains(r, rect)) ? "ours" : "edit";
}

function rectOf(address: string | undefined): CellRect | undefined {
  if (address === undefined || address.trim() === "") return undefined;
  try {
    return parseAddress(address).rect;
  } catch {
    return undefined;
  }
}

/**
 * The read step inside Excel: the workbook's structure and the cells an action needs, as the
 * plain snapshot the core decides on. Two round trips: names first (sheets, tables, the
 * active sheet and, for Convert, its used range's address), then the add-in's own tables,
 * every sheet's charts and protection, and the used range's cells. A read that Excel on the
 * web refuses as too large (ResponsePayloadSizeLimitExceeded) is repeated in row chunks;
 * a used range over READ_CHUNK_ROWS rows is read in chunks from the start.
 */
import { parseRange, rangeAddress } from "../core/workbook/a1";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import { emptySheet } from "../core/workbook/snapshot";

export interface ReadOptions {
  /**
   * Which tables' cells to load (values and number formats; the core never reads formulas,
   * which keeps a large workbook's response small). Every table's name and address is read.
   */
  tableValues: (tableName: string) => boolean;
  /** Load the used range of the active sheet (Convert). */
  activeSheet: boolean;
  /** Whether merged areas can be read (ExcelApi 1.13). */
  canReadMerges: boolean;
  /** Whether getUsedRangeOrNullObject exists (ExcelApi 1.4); older Excel uses getUsedRange. */
  hasNullObjects: boolean;
  /** Whether sheet protection can be read (ExcelApi 1.2). */
  hasProtection: boolean;
}

/** Rows read per round trip when a table is too large for one response. */
export const READ_CHUNK_ROWS = 2000;

interface Grid {
  address: string;
  values: CellValue[][];
  formulas: (string | number | boolean | null)[][];
  numberFormats: string[][];
}

/** "'RKT KPU'!A4:R10" -> { sheet: "RKT KPU", address: "A4:R10" }. */
export function splitAddress(full: string): { sheet: string; address: string } {
  const bang = full.lastIndexOf("!");
  const rawSheet = full.slice(0, bang);
  const sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: full.slice(bang + 1) };
}

function gridOf(range: Excel.Range, withFormulas = true): Grid {
  return {
    address: range.address,
    values: range.values as CellValue[][],
    formulas: withFormulas ? (range.formulas as (string | number | boolean | null)[][]) : [],
    numberFormats: range.numberFormat as string[][],
  };
}

/** Queue a load of a range's cells (values, formulas, number formats). */
function loadCells(range: Excel.Range | undefined): Excel.Range | undefined {
  range?.load("values,formulas,numberFormat");
  return range;
}

function withGrid(sheet: SheetSnapshot, grid: Grid): SheetSnapshot {
  const box = parseRange(grid.address);
  return {
    ...sheet,
    top: box.row,
    left: box.col,
    values: grid.values,
    formulas: grid.formulas,
    numberFormats: grid.numberFormats,
  };
}

const tooLarge = (e: unknown) =>
  typeof e === "object" &&
  e !== null &&
  (e as { code?: string }).code === "ResponsePayloadSizeLimitExceeded";

/**
 * Load a range's cells in row chunks, one round trip each, halving a chunk Excel refuses as
 * too large (ResponsePayloadSizeLimitExceeded).
 */
async function readInChunks(
  context: Excel.RequestContext,
  sheet: string,
  address: string,
  withFormulas = false
): Promise<Grid> {
  const box = parseRange(address);
  const ws = context.workbook.worksheets.getItem(sheet);
  const grid: Grid = { address, values: [], formulas: [], numberFormats: [] };
  let rows = READ_CHUNK_ROWS;
  for (let r = 0; r < box.rows;) {
    const n = Math.min(rows, box.rows - r);
    const part = ws.getRange(rangeAddress(box.row + r, box.col, n, box.cols));
    part.load("values,numberFormat");
    if (withFormulas) part.load("formulas");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk under the 5 MB response limit
      await context.sync();
    } catch (error) {
      if (!tooLarge(error) || n === 1) throw error;
      rows = Math.max(1, Math.floor(n / 2));
      continue;
    }
    grid.values.push(...(part.values as CellValue[][]));
    if (withFormulas) grid.formulas.push(...(part.formulas as Grid["formulas"]));
    grid.numberFormats.push(...(part.numberFormat as string[][]));
    r += n;
  }
  return grid;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions
): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load("items/name");
  const tables = wb.tables;
  tables.load("items/name");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  const used = options.activeSheet
    ? options.hasNullObjects
      ? active.getUsedRangeOrNullObject()
      : active.getUsedRange()
    : undefined;
  // The used range's address first; its cells come with the tables (or in chunks when large).
  used?.load("address");
  const merges = used && options.canReadMerges ? used.getMergedAreasOrNullObject() : undefined;
  merges?.load("address");
  await context.sync();
  const usedAddress =
    used !== undefined && !(options.hasNullObjects && used.isNullObject)
      ? splitAddress(used.address).address
      : undefined;
  const usedRows = usedAddress === undefined ? 0 : parseRange(usedAddress).rows;
  // A used range of one chunk is read with the tables; a larger one in chunks below.
  let usedCells = usedRows > 0 && usedRows <= READ_CHUNK_ROWS ? loadCells(used) : undefined;

  const tableReads = tables.items.map((t) => {
    const range = t.getRange();
    // eslint-disable-next-line office-addins/no-empty-load -- the argument is a string chosen just below
    range.load(options.tableValues(t.name) ? "address,values,numberFormat" : "address");
    return { name: t.name, range };
  });
  // Table.worksheet needs ExcelApi 1.2; a range's address names its sheet on every version.
  const sheetReads = sheets.items.map((ws) => {
    ws.charts.load("items/name");
    if (options.hasProtection) ws.protection.load("protected");
    return { ws };
  });
  let tableGrids: (Grid | undefined)[];
  try {
    await context.sync();
    tableGrids = tableReads.map((t) =>
      options.tableValues(t.name) ? gridOf(t.range, false) : undefined
    );
  } catch (error) {
    if (!tooLarge(error)) throw error;
    // Too large for one response: names and addresses first, then the cells in chunks.
    // Nothing of the refused batch was loaded, so everything is queued again.
    for (const t of tableReads) t.range.load("address");
    for (const { ws } of sheetReads) {
      ws.charts.load("items/name");
      if (options.hasProtection) ws.protection.load("protected");
    }
    await context.sync();
    usedCells = undefined;
    tableGrids = [];
    for (const t of tableReads) {
      const { sheet, address } = splitAddress(t.range.address);
      tableGrids.push(
        options.tableValues(t.name) ? await readInChunks(context, sheet, address) : undefined
      );
    }
  }

  const usedGrid =
    usedAddress === undefined
      ? undefined
      : usedCells !== undefined
        ? { ...gridOf(usedCells), address: usedAddress }
        : await readInChunks(context, active.name, usedAddress, true);

  const snapshots = sheetReads.map(({ ws }): SheetSnapshot => {
    let snap: SheetSnapshot = {
      ...emptySheet(ws.name),
      charts: ws.charts.items.map((c) => c.name),
      protected: options.hasProtection ? ws.protection.protected : false,
    };
    tableReads.forEach((t, i) => {
      const { sheet, address } = splitAddress(t.range.address);
      if (sheet !== ws.name) return;
      snap.tables.push({ name: t.name, address });
      const grid = tableGrids[i];
      if (grid !== undefined) snap = withGrid(snap, { ...grid, address });
    });
    if (usedGrid !== undefined && ws.name === active.name) {
      snap = withGrid(snap, usedGrid);
      if (merges !== undefined && !merges.isNullObject) {
        // "Sheet1!A1:E1,Sheet1!B5:B8": one address per merged area.
        snap.merges = merges.address.split(",").map((a) => splitAddress(a.trim()).address);
      }
    }
    return snap;
  });
  return { sheets: snapshots, activeSheet: active.name };
}

/**
 * The read step inside Excel: the workbook's structure and the cells an action needs, as the
 * plain snapshot the core decides on. One round trip when the pane remembers the workbook's
 * sheet and table names (`LayoutMemory`): the names and, by name, every sheet's charts and
 * protection and the cells of the tables the action needs. Two otherwise — and for what the
 * memory did not name: names first (sheets, tables, the active sheet and, for Convert, its
 * used range's address), then the rest and the used range's cells. A read that Excel on the
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
  /**
   * Of which of those tables only the header row is loaded (the template's RKT, IKU and
   * Anggaran tables); `beside` may ask for the rows too (`body`).
   */
  tableHeaderOnly?: (tableName: string) => boolean;
  /** Load the used range of the active sheet (Convert). */
  activeSheet: boolean;
  /** Whether merged areas can be read (ExcelApi 1.13). */
  canReadMerges: boolean;
  /** Whether getUsedRangeOrNullObject exists (ExcelApi 1.4); older Excel uses getUsedRange. */
  hasNullObjects: boolean;
  /** Whether sheet protection can be read (ExcelApi 1.2). */
  hasProtection: boolean;
  /**
   * The cells beyond a table to read too, given the table's cells as read (header first):
   * columns to its right and rows under it, values and formulas, in one more round trip when
   * any table asks (the template's upgrade of an earlier layout).
   */
  beside?: Beside;
  /**
   * Told each sheet's id by name (the id worksheets.onChanged reports), loaded with the
   * names in the read's first round trip.
   */
  sheetIds?: (ids: Record<string, string>) => void;
}

export type Beside = (
  tableName: string,
  cells: readonly (readonly CellValue[])[]
) => { right: number; below: number; body?: boolean } | undefined;

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

/** Rows of `from` copied into `into`, `dr` rows and `dc` columns further (holes stay holes). */
function shifted<T>(into: T[][], from: readonly T[][], dr: number, dc: number): void {
  from.forEach((row, r) => {
    const out = (into[r + dr] ??= []);
    row.forEach((v, c) => {
      out[c + dc] = v;
    });
  });
}

/**
 * The sheet with a grid's cells placed at its address, beside what was read before (another
 * table, the cells beside a table): the arrays cover both, sparse where neither was read.
 */
function placeGrid(sheet: SheetSnapshot, grid: Grid): SheetSnapshot {
  if (sheet.values.length + sheet.formulas.length + sheet.numberFormats.length === 0)
    return withGrid(sheet, grid);
  const box = parseRange(grid.address);
  const top = Math.min(sheet.top, box.row);
  const left = Math.min(sheet.left, box.col);
  const out: Pick<SheetSnapshot, "values" | "formulas" | "numberFormats"> = {
    values: [],
    formulas: [],
    numberFormats: [],
  };
  for (const part of ["values", "formulas", "numberFormats"] as const) {
    shifted<unknown>(out[part], sheet[part], sheet.top - top, sheet.left - left);
    shifted<unknown>(out[part], grid[part], box.row - top, box.col - left);
  }
  return { ...sheet, top, left, ...out };
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

const refusedAs = (e: unknown, code: string) =>
  typeof e === "object" && e !== null && (e as { code?: string }).code === code;

const tooLarge = (e: unknown) => refusedAs(e, "ResponsePayloadSizeLimitExceeded");

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

/**
 * The sheet and table names the last read found (and the last write made), kept by the pane
 * for as long as it is open: with them the cells come in the same round trip as the names.
 * A remembered name that is gone costs one refused batch (ItemNotFound) and a cold read.
 */
export interface LayoutMemory {
  sheets: string[];
  tables: string[];
}

export function createLayoutMemory(): LayoutMemory {
  return { sheets: [], tables: [] };
}

interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
}

interface TableRead {
  name: string;
  range: Excel.Range;
  withValues: boolean;
  /** Only the header row's cells are read (`head`, queued with the range's address). */
  headerOnly: boolean;
  head?: Excel.Range;
}

/** A table's cells as loaded: its header row alone, or the whole range. */
function tableGrid(t: TableRead): Grid {
  const cells = t.head ?? t.range;
  return {
    address: t.range.address,
    values: cells.values as CellValue[][],
    formulas: [],
    numberFormats: cells.numberFormat as string[][],
  };
}

/** The first row of a range's address ("A4:R10" -> "A4:R4"), sheet name kept off. */
function headerAddress(address: string): string {
  const box = parseRange(address);
  return rangeAddress(box.row, box.col, 1, box.cols);
}

/** Queue the loads of the workbook's names (and, for Convert, the used range's address). */
function queueNames(context: Excel.RequestContext, options: ReadOptions) {
  const wb = context.workbook;
  const sheets = wb.worksheets;
  sheets.load(options.sheetIds !== undefined ? "items/name,items/id" : "items/name");
  const tables = wb.tables;
  // Table.showTotals (ExcelApi 1.1): a totals row is not data.
  tables.load("items/name,items/showTotals");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  const used = options.activeSheet
    ? options.hasNullObjects
      ? active.getUsedRangeOrNullObject()
      : active.getUsedRange()
    : undefined;
  // The used range's address first; its cells and merged areas come with the tables (or in
  // chunks when large), once the used range is known to exist: on an empty sheet it is a null
  // object (ExcelApi 1.4+), and a merged-areas request on it would fail the whole batch.
  used?.load("address");
  return { sheets, tables, active, used };
}

function queueSheet(name: string, ws: Excel.Worksheet, options: ReadOptions): SheetRead {
  ws.charts.load("items/name");
  if (options.hasProtection) ws.protection.load("protected");
  return { name, ws };
}

/**
 * Queue a table's range: its address, and its cells where the read needs them — unless
 * `addressOnly` (the cells are then read in chunks, after the address is known).
 */
function queueTable(
  name: string,
  table: Excel.Table,
  options: ReadOptions,
  addressOnly = false
): TableRead {
  const range = table.getRange();
  const withValues = options.tableValues(name);
  const headerOnly = withValues && options.tableHeaderOnly?.(name) === true;
  // eslint-disable-next-line office-addins/no-empty-load -- the argument is a string chosen just below
  range.load(withValues && !addressOnly && !headerOnly ? "address,values,numberFormat" : "address");
  // The header row alone: Range.getRow (ExcelApi 1.1), whether the table shows headers or not.
  const head = withValues && !addressOnly && headerOnly ? range.getRow(0) : undefined;
  head?.load("values,numberFormat");
  return { name, range, withValues, headerOnly, ...(head !== undefined && { head }) };
}

interface BesideRead {
  reach: { right: number; below: number };
  grids: Grid[];
}

/**
 * The cells beside the tables that ask for them (`ReadOptions.beside`), values and formulas,
 * in one round trip; in row chunks when Excel refuses the response as too large.
 */
async function readBeside(
  context: Excel.RequestContext,
  beside: Beside | undefined,
  tableReads: readonly TableRead[],
  grids: ReadonlyMap<TableRead, Grid>
): Promise<Map<TableRead, BesideRead>> {
  const out = new Map<TableRead, BesideRead>();
  if (beside === undefined) return out;
  const blocks: {
    t: TableRead;
    sheet: string;
    address: string;
    range: Excel.Range;
    body?: boolean;
  }[] = [];
  for (const t of tableReads) {
    const grid = grids.get(t);
    if (grid === undefined) continue;
    const reach = beside(t.name, grid.values);
    if (reach === undefined || reach.right + reach.below === 0) continue;
    out.set(t, { reach, grids: [] });
    const { sheet, address } = splitAddress(t.range.address);
    const box = parseRange(address);
    const ws = context.workbook.worksheets.getItem(sheet);
    const wanted = [
      ...(reach.right > 0
        ? [rangeAddress(box.row, box.col + box.cols, box.rows, reach.right)]
        : []),
      ...(reach.below > 0
        ? [rangeAddress(box.row + box.rows, box.col, reach.below, box.cols)]
        : []),
    ];
    for (const a of wanted) {
      const range = ws.getRange(a);
      range.load("values,formulas");
      blocks.push({ t, sheet, address: a, range });
    }
    // The table's own rows, where only its header was read and the action needs them.
    if (reach.body === true && t.headerOnly) {
      const range = ws.getRange(address);
      range.load("values,numberFormat");
      blocks.push({ t, sheet, address, range, body: true });
    }
  }
  if (blocks.length === 0) return out;
  try {
    await context.sync();
    for (const b of blocks)
      out.get(b.t)?.grids.push({
        address: b.address,
        values: b.range.values as CellValue[][],
        formulas: b.body === true ? [] : (b.range.formulas as Grid["formulas"]),
        numberFormats: b.body === true ? (b.range.numberFormat as string[][]) : [],
      });
  } catch (error) {
    if (!tooLarge(error)) throw error;
    for (const b of blocks)
      out.get(b.t)?.grids.push(await readInChunks(context, b.sheet, b.address, true));
  }
  return out;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  options: ReadOptions,
  memory?: LayoutMemory
): Promise<WorkbookSnapshot> {
  const wb = context.workbook;
  let names = queueNames(context, options);
  // What the memory names is read in the same round trip as the names (a warm read).
  let warmSheets = new Map<string, SheetRead>();
  let warmTables = new Map<string, TableRead>();
  if (memory !== undefined && !options.activeSheet) {
    for (const name of memory.sheets) {
      warmSheets.set(name, queueSheet(name, wb.worksheets.getItem(name), options));
    }
    for (const name of memory.tables) {
      warmTables.set(name, queueTable(name, wb.tables.getItem(name), options));
    }
  }
  // A warm batch refused as too large: the cold read below asks for addresses, then chunks.
  let oversized = false;
  try {
    await context.sync();
  } catch (error) {
    const warm = warmSheets.size + warmTables.size > 0;
    if (!warm || !(refusedAs(error, "ItemNotFound") || tooLarge(error))) throw error;
    oversized = tooLarge(error);
    // A remembered name is gone, or the cells were too many for one response: nothing of
    // the refused batch was loaded, so the names are asked again, alone.
    warmSheets = new Map();
    warmTables = new Map();
    names = queueNames(context, options);
    await context.sync();
  }
  const { sheets, tables, active, used } = names;
  options.sheetIds?.(Object.fromEntries(sheets.items.map((ws) => [ws.name, ws.id])));
  const totalsOf = new Map(tables.items.map((t) => [t.name, t.showTotals]));
  const usedAddress =
    used !== undefined && !(options.hasNullObjects && used.isNullObject)
      ? splitAddress(used.address).address
      : undefined;
  const usedRows = usedAddress === undefined ? 0 : parseRange(usedAddress).rows;
  // A used range of one chunk is read with the tables; a larger one in chunks below. Its
  // merged areas (ExcelApi 1.13) travel with the next round trip either way.
  let usedCells = usedRows > 0 && usedRows <= READ_CHUNK_ROWS ? loadCells(used) : undefined;
  const queueMerges = () => {
    if (usedAddress === undefined || used === undefined || !options.canReadMerges) return undefined;
    const areas = used.getMergedAreasOrNullObject();
    areas.load("address");
    return areas;
  };
  let merges = queueMerges();

  // Table.worksheet needs ExcelApi 1.2; a range's address names its sheet on every version.
  // What the memory did not name (or every name, on a cold read) comes in a second round trip.
  const coldTables: TableRead[] = [];
  const tableReads = tables.items.map((t) => {
    const warm = warmTables.get(t.name);
    if (warm !== undefined) return warm;
    const cold = queueTable(t.name, t, options, oversized);
    coldTables.push(cold);
    return cold;
  });
  const coldSheets: SheetRead[] = [];
  const sheetReads = sheets.items.map((ws) => {
    const warm = warmSheets.get(ws.name);
    if (warm !== undefined) return warm;
    const cold = queueSheet(ws.name, ws, options);
    coldSheets.push(cold);
    return cold;
  });
  const grids = new Map<TableRead, Grid>();
  for (const t of warmTables.values()) if (t.withValues) grids.set(t, tableGrid(t));
  const inChunks = async () => {
    for (const t of coldTables) {
      if (!t.withValues) continue;
      const { sheet, address } = splitAddress(t.range.address);
      grids.set(
        t,
        await readInChunks(context, sheet, t.headerOnly ? headerAddress(address) : address)
      );
    }
  };
  if (coldTables.length + coldSheets.length > 0 || usedCells !== undefined) {
    try {
      await context.sync();
      if (oversized) await inChunks();
      else for (const t of coldTables) if (t.withValues) grids.set(t, tableGrid(t));
    } catch (error) {
      if (oversized || !tooLarge(error)) throw error;
      // Too large for one response: names and addresses first, then the cells in chunks.
      // Nothing of the refused batch was loaded, so everything is queued again.
      for (const t of coldTables) t.range.load("address");
      for (const { name, ws } of coldSheets) queueSheet(name, ws, options);
      merges = queueMerges();
      await context.sync();
      usedCells = undefined;
      await inChunks();
    }
  }

  const beside = await readBeside(context, options.beside, tableReads, grids);

  const usedGrid =
    usedAddress === undefined
      ? undefined
      : usedCells !== undefined
        ? { ...gridOf(usedCells), address: usedAddress }
        : await readInChunks(context, active.name, usedAddress, true);

  const snapshots = sheetReads.map(({ name, ws }): SheetSnapshot => {
    let snap: SheetSnapshot = {
      ...emptySheet(name),
      charts: ws.charts.items.map((c) => c.name),
      protected: options.hasProtection ? ws.protection.protected : false,
    };
    for (const t of tableReads) {
      const { sheet, address } = splitAddress(t.range.address);
      if (sheet !== name) continue;
      const more = beside.get(t);
      snap.tables.push({
        name: t.name,
        address,
        ...(totalsOf.get(t.name) === true && { totals: true }),
        ...(more !== undefined && { beside: more.reach }),
      });
      const grid = grids.get(t);
      if (grid !== undefined) snap = placeGrid(snap, { ...grid, address });
      for (const g of more?.grids ?? []) snap = placeGrid(snap, g);
    }
    if (usedGrid !== undefined && name === active.name) {
      snap = withGrid(snap, usedGrid);
      if (merges !== undefined && !merges.isNullObject) {
        // "Sheet1!A1:E1,Sheet1!B5:B8": one address per merged area.
        snap.merges = merges.address.split(",").map((a) => splitAddress(a.trim()).address);
      }
    }
    return snap;
  });
  if (memory !== undefined) {
    memory.sheets = snapshots.map((s) => s.name);
    memory.tables = tableReads.map((t) => t.name);
  }
  return { sheets: snapshots, activeSheet: active.name };
}

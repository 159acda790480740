/**
 * The workbook being computed: sheets of sparse cells, each a value or a formula whose result
 * is computed on demand, in dependency order, once. A chain of formulas deeper than the
 * JavaScript stack allows is computed from its far end first (the evaluation defers the cell
 * it cannot reach and comes back), so no workbook overflows the stack; a circular reference
 * reads 0, as Excel shows after its warning.
 */
import { compileFormula, relativeKey, type Compiled, type EvalContext } from "./compile";
import { ERR, FormulaError, topValue, type Scalar, type SheetReader } from "./values";

interface Cell {
  value: Scalar;
  formula?: string;
  /** 0 not computed, 1 being computed, 2 done. */
  state?: 0 | 1 | 2;
  /** Its key in the sheet's map. */
  key: number;
  sheet: EngineSheet;
}

const WIDTH = 16_384;
const keyOf = (row: number, col: number) => row * WIDTH + col;

/** Thrown to come back to a cell once `cell` is computed (too deep to compute it here). */
class Defer {
  constructor(readonly cell: Cell) {}
}

/**
 * Compiled formulas shared by every workbook: by their relative key (one for a column of
 * rows), and by their text with the cell they were first seen in (the same workbook made
 * again finds its formulas without working out a key). Bounded: cleared when full.
 */
const BY_KEY = new Map<string, Compiled>();
const BY_TEXT = new Map<string, { f: Compiled; row: number; col: number }>();
const CACHE_LIMIT = 20_000;

/** The compiled formula and the cell its references are to be read from. */
function compiled(
  formula: string,
  row: number,
  col: number
): { f: Compiled; row: number; col: number } {
  const known = BY_TEXT.get(formula);
  if (known !== undefined) return known;
  const key = relativeKey(formula, row, col);
  let f = BY_KEY.get(key);
  if (f === undefined) {
    if (BY_KEY.size >= CACHE_LIMIT) BY_KEY.clear();
    f = compileFormula(formula, row, col);
    BY_KEY.set(key, f);
  }
  if (BY_TEXT.size >= CACHE_LIMIT) BY_TEXT.clear();
  const entry = { f, row, col };
  BY_TEXT.set(formula, entry);
  return entry;
}

/** How deep evaluation may nest (in formula cells) before a cell is deferred. */
const MAX_DEPTH = 24;

export class EngineSheet implements SheetReader {
  readonly cells = new Map<number, Cell>();
  constructor(
    readonly name: string,
    private readonly book: EngineBook
  ) {}

  set(row: number, col: number, value: Scalar, formula?: string): void {
    if (row < 0 || col < 0 || col >= WIDTH || row >= 1_048_576) return;
    const key = keyOf(row, col);
    if (formula === undefined && value === null) {
      this.cells.delete(key);
      return;
    }
    const cell: Cell = { value, key, sheet: this };
    if (formula !== undefined) {
      cell.formula = formula;
      cell.state = 0;
    }
    this.cells.set(key, cell);
  }

  get(row: number, col: number): Scalar {
    const cell = this.cells.get(keyOf(row, col));
    if (cell === undefined) return null;
    return cell.formula === undefined ? cell.value : this.book.resultOf(cell);
  }

  each(
    top: number,
    left: number,
    bottom: number,
    right: number,
    f: (v: Scalar, row: number, col: number) => void
  ): void {
    const area = (bottom - top + 1) * (right - left + 1);
    if (area <= this.cells.size) {
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) {
          const cell = this.cells.get(keyOf(r, c));
          if (cell !== undefined) f(this.valueOf(cell), r, c);
        }
      return;
    }
    // A large range (a whole column): visit the filled cells, in row order.
    const inside: Cell[] = [];
    for (const cell of this.cells.values()) {
      const r = Math.floor(cell.key / WIDTH);
      const c = cell.key % WIDTH;
      if (r >= top && r <= bottom && c >= left && c <= right) inside.push(cell);
    }
    inside.sort((a, b) => a.key - b.key);
    for (const cell of inside)
      f(this.valueOf(cell), Math.floor(cell.key / WIDTH), cell.key % WIDTH);
  }

  private valueOf(cell: Cell): Scalar {
    return cell.formula === undefined ? cell.value : this.book.resultOf(cell);
  }
}

export class EngineBook {
  private readonly sheets = new Map<string, EngineSheet>();
  private depth = 0;

  sheet(name: string): EngineSheet {
    const lower = name.toLowerCase();
    let s = this.sheets.get(lower);
    if (s === undefined) {
      s = new EngineSheet(name, this);
      this.sheets.set(lower, s);
    }
    return s;
  }

  sheetNamed = (name: string): EngineSheet | undefined => this.sheets.get(name.toLowerCase());

  allSheets(): EngineSheet[] {
    return [...this.sheets.values()];
  }

  /** A formula cell's result, computing it (and what it needs) first. */
  resultOf(cell: Cell): Scalar {
    if (cell.state === 2) return cell.value;
    // Being computed further up: a circular reference.
    if (cell.state === 1) return 0;
    if (this.depth >= MAX_DEPTH) throw new Defer(cell);
    this.depth++;
    cell.state = 1;
    try {
      cell.value = this.evaluate(cell);
      cell.state = 2;
      return cell.value;
    } catch (e) {
      cell.state = 0;
      throw e;
    } finally {
      this.depth--;
    }
  }

  private evaluate(cell: Cell): Scalar {
    const row = Math.floor(cell.key / WIDTH);
    const col = cell.key % WIDTH;
    const c = compiled(cell.formula as string, row, col);
    const f = c.f;
    // References are read from the cell the text was first seen in (the same text means the
    // same cells); ROW() and COLUMN() from this one.
    const ctx: EvalContext = {
      sheet: cell.sheet,
      sheetNamed: this.sheetNamed,
      row,
      col,
      refRow: c.row,
      refCol: c.col,
    };
    try {
      return topValue(f(ctx));
    } catch (e) {
      if (e instanceof Defer) throw e;
      // The engine's own limits (a stack too deep in one formula): an error in the cell.
      if (e instanceof RangeError) return ERR.calc;
      throw e;
    }
  }

  /** Computes every formula cell; each chain is computed from the far end when too deep. */
  computeAll(): void {
    for (const sheet of this.sheets.values())
      for (const cell of sheet.cells.values()) if (cell.formula !== undefined) this.compute(cell);
  }

  private compute(start: Cell): void {
    const stack: Cell[] = [start];
    const pending = new Set<Cell>([start]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as Cell;
      if (top.state === 2) {
        stack.pop();
        pending.delete(top);
        continue;
      }
      this.depth = 0;
      try {
        this.resultOf(top);
      } catch (e) {
        if (!(e instanceof Defer)) throw e;
        if (pending.has(e.cell)) {
          // The cell waits for a cell that waits for it: circular.
          e.cell.value = 0;
          e.cell.state = 2;
        } else {
          stack.push(e.cell);
          pending.add(e.cell);
        }
      }
    }
  }
}

export { FormulaError };

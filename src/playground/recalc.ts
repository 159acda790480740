/**
 * The playground's workbook computes its formulas, as Excel does after every change: the
 * spreadsheet engine (src/engine, loaded the first time a formula needs it) recalculates the
 * double's workbook, and each formula cell then reports its result as its value — to the
 * grid, the charts and the pane's own reads alike (Office.js gives an error as "#N/A" text).
 */
import { indexToColumn } from "../core/workbook/a1";
import type { ExcelHost } from "../excel-double";
import type { EngineValue } from "../engine";

type Engine = typeof import("../engine");
let engine: Promise<Engine> | undefined;

/** The engine's chunk, fetched once. */
export function loadEngine(): Promise<Engine> {
  engine ??= import(/* webpackChunkName: "engine" */ "../engine");
  return engine;
}

const asCellValue = (v: EngineValue): string | number | boolean =>
  v === null ? "" : typeof v === "object" ? v.error : v;

const isFormula = (f: unknown) => typeof f === "string" && f.startsWith("=") && f.length > 1;

/** Recalculates every formula of `host`'s workbook; how many formula cells it computed. */
export async function recalculate(host: ExcelHost): Promise<number> {
  const book = host.dumpWorkbook();
  if (!book.sheets.some((s) => s.formulas.some((row) => row.some(isFormula)))) return 0;
  const { calculate } = await loadEngine();
  // The double reports an empty cell as "" (a cell cannot hold "" in Excel): blank here.
  const computed = calculate(
    book.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((row) => row.map((v) => (v === "" ? null : v))),
      formulas: s.formulas,
    }))
  );
  const results = computed.formulas();
  for (const f of results)
    host.setCachedValue(f.sheet, `${indexToColumn(f.col)}${f.row + 1}`, asCellValue(f.value));
  return results.length;
}

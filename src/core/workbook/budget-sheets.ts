/**
 * The sheets Buat Template adds beside the RKT and IKU sheets for the LKj: Anggaran (the
 * budget per program, its serapan and efisiensi) and Perjanjian Kinerja (the PK form, printed
 * and signed). Like every template sheet, one found by its table's name is left as it is.
 */
import { bilingual, type Bilingual } from "../i18n";
import type { Decree } from "../decree/schema";
import { findRktTables } from "./entries";
import { ANGGARAN_COLUMNS, ANGGARAN_SHEET } from "./anggaran/layout";
import { findAnggaranTable } from "./anggaran/model";
import {
  anggaranRows,
  anggaranSheetOps,
  type AnggaranSeedRow,
  reportingQuarterOf,
  sourcesOfNewTables,
  sourcesOfTables,
} from "./anggaran/plan";
import { HEADER_ROW, tableNameFor } from "./layout";
import { findOwnedTable, freeSheetName } from "./ownership";
import type { PlanOp } from "./plan";
import { pkSheetOps, PK_SHEET, PK_TABLE, type AnggaranPlace } from "./pk";
import { infoSheet, settingCell } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";

/** Where the TW Pelaporan word sits: on a new Info sheet of this plan, or the workbook's. */
export interface InfoCell {
  sheet: string;
  row: number;
  col: number;
}

/** The sasaran of the decree's RKT tables, each once, in the decree's order. */
export function rktSasaran(decree: Decree): string[] {
  const out: string[] = [];
  for (const t of decree.tables)
    if (t.kind === "rkt")
      for (const ind of t.indicators) if (!out.includes(ind.sasaran)) out.push(ind.sasaran);
  return out;
}

export function budgetSheetsOps(
  decree: Decree,
  book: WorkbookSnapshot,
  made: ReadonlyMap<string, string>,
  taken: string[],
  summary: Bilingual[],
  newInfoTw: InfoCell | undefined,
  budget: readonly AnggaranSeedRow[] = []
): PlanOp[] {
  const ops: PlanOp[] = [];
  const info = infoSheet(book);
  const existingTw = settingCell(info, "reportingQuarter");
  const twCell =
    newInfoTw ??
    (info !== undefined && existingTw !== undefined
      ? { sheet: info.name, ...existingTw }
      : undefined);
  const tw = twCell === undefined ? "4" : reportingQuarterOf(twCell.sheet, twCell.row, twCell.col);
  const newRkt = decree.tables.flatMap((t) => {
    const sheet = made.get(tableNameFor(t.id));
    return t.kind === "rkt" && sheet !== undefined ? [{ sheet, rows: t.indicators.length }] : [];
  });
  const sources = [...sourcesOfTables(findRktTables(book)), ...sourcesOfNewTables(newRkt)];
  const found = findAnggaranTable(book);
  let place: AnggaranPlace;
  if (found !== undefined) {
    place = {
      sheet: found.sheet.name,
      firstRow: found.headerRow + 1,
      rows: found.rows,
      columns: found.columns,
    };
  } else {
    const sheet = freeSheetName(book, ANGGARAN_SHEET, taken);
    taken.push(sheet);
    const rows = anggaranRows(decree, rktSasaran(decree), budget);
    const columns = Object.fromEntries(ANGGARAN_COLUMNS.map((c, i) => [c.key, i]));
    place = { sheet, firstRow: HEADER_ROW + 1, rows: rows.length, columns };
    ops.push(
      ...anggaranSheetOps(
        sheet,
        [
          `REALISASI ANGGARAN ${decree.office.toUpperCase()} TAHUN ${decree.year}`,
          "Pagu dan realisasi per program/kegiatan, % serapan dan efisiensi (LKj Bab III.B)",
        ],
        rows,
        sources,
        tw
      )
    );
    summary.push(bilingual("done.sheet", { sheet }));
  }
  if (findOwnedTable(book, PK_TABLE) === undefined) {
    const sheet = freeSheetName(book, PK_SHEET, taken);
    taken.push(sheet);
    ops.push(...pkSheetOps(decree, sheet, place));
    summary.push(bilingual("done.sheet", { sheet }));
  }
  return ops;
}

/**
 * The one seam between the use cases and a host: read what an action needs as a snapshot,
 * apply a plan. Two adapters serve it — Office.js inside Excel (`src/excel/port.ts`) and the
 * .xlsx file writer (`src/xlsx/port.ts`) — and both answer with the same `ApplyReport`.
 */
import type { Plan, PlanOp } from "../core/workbook/plan";
import type { CellValue, WorkbookSnapshot } from "../core/workbook/snapshot";
import { INFO_TABLE, OWN_PREFIX, RECAP_TABLE, SUMMARY_TABLE } from "../core/workbook/layout";
import { ANGGARAN_TABLE } from "../core/workbook/anggaran/layout";

/**
 * Whose cells an action reads: none (names and addresses only); the Info sheet alone; the RKT
 * tables, the Anggaran table and Info (the rules); the Info table and the header rows of the
 * RKT, IKU and Anggaran tables (the template, to see which columns an earlier layout lacks;
 * `headerOnly`);
 * plus the Ringkasan (charts) or the meeting's Rekap (export). Every table's name and address
 * is read whatever the set; a port may read more than asked (a file is read whole).
 */
export type TableSet = "none" | "info" | "rules" | "template" | "charts" | "export";

export interface ReadNeeds {
  tables: TableSet;
  /** The active sheet's used range too (Convert). */
  activeSheet?: boolean;
  /**
   * The cells beyond a table an action needs, from the table's cells as read (header first):
   * columns to its right, rows under it; values and formulas. A port that reads a file whole
   * has them already.
   */
  beside?: (tableName: string, cells: readonly (readonly CellValue[])[]) => BesideReach | undefined;
}

/**
 * What an action asks to read around a table: `right` columns beside it, `below` rows under
 * it (values and formulas), and with `body` the table's own rows too (values and number
 * formats) where only its header row was read (`headerOnly`).
 */
export interface BesideReach {
  right: number;
  below: number;
  body?: boolean;
}

/**
 * Whether of a table in the set only the header row is read (a port may read more): the
 * template reads the Info table whole, and of the RKT, IKU and Anggaran tables the headers,
 * the rows only where an upgrade asks for them (`BesideReach.body`).
 */
export function headerOnly(set: TableSet, tableName: string): boolean {
  return set === "template" && tableName.toLowerCase() !== INFO_TABLE.toLowerCase();
}

/** Whether a table's cells belong to the set. */
export function inTableSet(set: TableSet, tableName: string): boolean {
  const name = tableName.toLowerCase();
  const is = (t: string) => name === t.toLowerCase();
  if (set === "none") return false;
  if (is(INFO_TABLE)) return true;
  if (set === "info") return false;
  // The Anggaran sheet: checked by Periksa Isian, computed by Hitung Capaian, drawn and exported.
  if (is(ANGGARAN_TABLE)) return true;
  if (name.startsWith(`${OWN_PREFIX}rkt_`.toLowerCase())) return true;
  if (set === "template") return name.startsWith(`${OWN_PREFIX}iku_`.toLowerCase());
  return (set === "charts" && is(SUMMARY_TABLE)) || (set === "export" && is(RECAP_TABLE));
}

/** Ops of one kind the host could not apply. */
export interface LeftOutOp {
  op: PlanOp["op"];
  count: number;
  /** The ExcelApi version they need, when this Excel is older; absent when the writer cannot. */
  requires?: string;
}

export interface ApplyReport {
  applied: number;
  /** Round trips to Excel (0 for a file). */
  syncs: number;
  leftOut: LeftOutOp[];
  /** Pictures of named charts (base64 PNG), when asked and the host can draw them. */
  images?: Record<string, string>;
}

export interface ApplyOptions {
  /** Charts whose pictures to take in the same round trip as the write (the PDF's charts). */
  chartImages?: readonly { sheet: string; name: string }[];
}

export interface WorkbookPort {
  read(needs: ReadNeeds): Promise<WorkbookSnapshot>;
  apply(plan: Plan, options?: ApplyOptions): Promise<ApplyReport>;
}

/**
 * What Convert answers. Row numbers in reports are 1-based, as Excel shows them; cells are A1
 * addresses on the source sheet.
 */
import type { Decree } from "../../decree/schema";
import type { Bilingual } from "../../i18n/types";
import type { Plan, Scalar } from "../plan";
import type { Carried } from "../template";
import type { BudgetReport, BudgetRow } from "./budget";
import type { ColumnMeaning } from "./columns";
import type { KindEvidence, KindSource } from "./kind";
import type { IgnoreReason } from "./rows";
import type { ReadAs } from "./units";

/** Values the sheet may not say, given by the user; they win over what the sheet says. */
export interface ConvertOptions {
  year?: number;
  office?: string;
}

/** One header column and what became of it. */
export interface ColumnReport {
  /** Column letter on the source sheet ("C"). */
  column: string;
  /** The header cell ("C5"), the top one of a two-row header. */
  address: string;
  header: string;
  meaning?: ColumnMeaning;
  /** The year the header names ("Realisasi 2021"; "Realisasi Tahun Lalu" in a 2022 table: 2021). */
  year?: number;
  /**
   * used: carried or read; computed: recomputed by the add-in; lastYear: last year's
   * realisasi, read but not used for capaian; otherYear: for another year than the table's,
   * ignored; the rest are not understood.
   */
  status: "used" | "computed" | "lastYear" | "otherYear" | "unknown" | "duplicate";
  message: Bilingual;
}

/** One value cell of an indicator and what Convert wrote for it. */
export interface ValueReport {
  /** The template column it went to; lastYear is only reported (the template has no column for it). */
  column: "target" | "tw1" | "tw2" | "tw3" | "tw4" | "lastYear";
  /** The source cell ("H7"). */
  cell: string;
  /** What the cell held. */
  typed: Scalar;
  /** What the template cell gets, or for lastYear would get (the target's units: fractions for a percent). */
  written?: Scalar;
  /** The number as the rules read it (85 for 85 %), when it is one. */
  read?: number;
  as: ReadAs;
}

export interface IndicatorReport {
  id: string;
  /** The indicator's first row. */
  row: number;
  kind: Decree["tables"][number]["indicators"][number]["kind"];
  /** Where the kind was read from: the target, a realisasi, Satuan, a header, the text, a default. */
  kindFrom: KindSource;
  /** What there told it: a "%" sign, a percent format, a unit word, a code, words. */
  kindEvidence: KindEvidence;
  /** The cell that told it ("D5"), when a cell did. */
  kindCell?: string;
  /** The Satuan written to the template. */
  unit: string;
  direction: "higher" | "lower";
  directionFrom: "text" | "default";
  /** The target and every realisasi cell, typed and written. */
  values: ValueReport[];
  /** Last year's realisasi as typed, when the table has a column for it (not used for capaian). */
  lastYear?: Scalar;
  /** Last year's realisasi in the indicator's units as the rules read them (75 for 75 %). */
  lastYearValue?: number;
}

export interface ContinuationReport {
  row: number;
  /** Row of the indicator the text was joined to. */
  into: number;
  indicatorId: string;
}

export interface IgnoredReport {
  row: number;
  reason: IgnoreReason;
  text: string;
  message: Bilingual;
}

export interface UnreadTarget {
  indicatorId: string;
  cell: string;
  text: string;
  message: Bilingual;
}

export interface TableReport {
  tableId: string;
  title: string;
  shortName: string;
  /** Rows above the header that were taken as the table's title. */
  titleRows: number[];
  header: { rows: number[]; address: string };
  /** The table's year, when the sheet says one; year-tagged columns are read for it. */
  year?: number;
  /** Columns understood, left to right (last year's realisasi included). */
  columns: ColumnReport[];
  /** Columns not used (unknown, repeated, quarterly targets, another year's). */
  unrecognised: ColumnReport[];
  indicators: IndicatorReport[];
  sasaranGroups: number;
  continuations: ContinuationReport[];
  /** Rows that only name the sasaran of the rows below. */
  sasaranRows: number[];
  ignored: IgnoredReport[];
  unreadTargets: UnreadTarget[];
  /**
   * The budget per sasaran and program (one Anggaran row each): every amount cell, how it was
   * read (a number, text read as rupiah, scaled, no amount, a repeat counted once) and what the
   * Anggaran sheet gets.
   */
  budget: BudgetReport[];
  lines: Bilingual[];
}

/** A decree field and where its value came from (found: false means a placeholder or default). */
export interface FieldReport {
  value: string | number;
  found: boolean;
  message: Bilingual;
}

export interface ConvertReport {
  sheet: string;
  tables: TableReport[];
  fields: Record<"year" | "office" | "number" | "place" | "date" | "signatories", FieldReport>;
  /** Everything above as lines for the user, in order. */
  lines: Bilingual[];
}

export type { BudgetReport, BudgetRow, BudgetAmountReport, AmountAs } from "./budget";

export type ConvertFailure = "noSheet" | "ownedSheet" | "noHeader" | "noRows" | "invalidDecree";

export type ConvertResult =
  | {
      ok: true;
      plan: Plan;
      decree: Decree;
      carried: Carried;
      /** The Anggaran rows the tables' budget columns give (none without such columns). */
      budget: BudgetRow[];
      report: ConvertReport;
    }
  | { ok: false; reason: ConvertFailure; problems: Bilingual[] };

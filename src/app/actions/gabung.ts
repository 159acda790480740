/**
 * Gabungkan Buku Kerja: the consolidation's sheets (src/core/consolidate/plan.ts) built in the
 * open workbook beside what it has. Only names are read (no cells): the first run of sheet and
 * table names the workbook does not use yet is chosen ("Rekap Satker (2)" when an earlier
 * consolidation or a sheet of the user's has the name), so nothing is overwritten. The offices'
 * workbooks are read before, by the host (the pane's file reader, the command line's workers).
 */
import type { Consolidation } from "../../core/consolidate/model";
import { consolidationSheets, freeRun, planConsolidation } from "../../core/consolidate/plan";
import type { UseCase } from "../run";

export interface GabungParams {
  consolidation: Consolidation;
  /** The title above every sheet ("REKAP GABUNGAN CAPAIAN KINERJA — 12 KANTOR"). */
  title: string;
}

export interface GabungResult {
  /** The sheet the plan opens (Rekap Satker, or its numbered name). */
  sheet: string;
  /** Which run of names was free (1: the plain names). */
  run: number;
}

export const GABUNG: UseCase<GabungParams, GabungResult> = {
  needs: { tables: "none" },
  needsTemplate: false,
  prepare: (book, _resolved, _input, { consolidation, title }) => {
    const run = freeRun(
      book.sheets.map((s) => s.name),
      book.sheets.flatMap((s) => s.tables.map((t) => t.name))
    );
    return {
      plan: planConsolidation(consolidation, title, run),
      result: { sheet: consolidationSheets(run).rekap, run },
    };
  },
};

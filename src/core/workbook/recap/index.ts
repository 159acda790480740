/**
 * Rekap Rapat: one sheet for the review meeting (rapat evaluasi) — per indicator of every RKT
 * sheet: Target, Realisasi to the reporting quarter, Capaian and Kategori as formulas into the
 * RKT sheets (so the recap follows later edits), empty Permasalahan and Rencana Tindak Lanjut
 * columns for the meeting, an overall row, and the decree reference above the table.
 *
 * Running it again replaces the recap and keeps what the meeting typed, matched by Kode (not by
 * row position); notes whose Kode is gone stay as rows at the bottom, never dropped.
 * The core's numbers for the same rows come back in `rows`, for the PDF and CSV exports.
 *
 * Parts: the types (model.ts), the meeting's notes (notes.ts), the core's figures (rows.ts),
 * the table's cells (grid.ts) and their formulas (formulas.ts), the sheet's ops (sheet.ts).
 */
import type { Decree } from "../../decree/schema";
import { bilingual, type Bilingual } from "../../i18n";
import { kategoriBands, type KategoriBand } from "../../rules/kategori";
import type { IndicatorResult } from "../../rules/result";
import { readRktEntries } from "../entries";
import { bandColors } from "../kategori-colors";
import { findOwnedTable, freeSheetName } from "../ownership";
import { ruleOptions, settingWord, type Quarter, type WorkbookSettings } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { capaianBySasaran, computeAnggaran, rktSasaranKeys } from "../anggaran/model";
import { budgetGrid, budgetTitle, budgetTop, recapBudget, RECAP_BUDGET_TABLE } from "./budget";
import { formulaGrid } from "./formulas";
import { RECAP_SHEET, RECAP_TABLE, twWord, type KategoriStyle, type Recap } from "./model";
import { orphanNotes, overallNote, readMeetingNotes, withoutSheetWords } from "./notes";
import { achievement, evaluateSheets, recapRow, rowKode } from "./rows";
import { clearBudgetOps, periodText, recapSheetOps, titleLines } from "./sheet";

export * from "./model";
export { readMeetingNotes } from "./notes";
export { unitOf } from "./rows";
export { recapGrid } from "./grid";
export {
  budgetGrid,
  budgetTitle,
  budgetTop,
  BUDGET_COLUMNS,
  RECAP_BUDGET_TABLE,
  type RecapBudget,
} from "./budget";
export { periodText, recapSheetOps, titleLines } from "./sheet";

const kategoriStyles = (bands: readonly KategoriBand[]): KategoriStyle[] => {
  const colors = bandColors(bands);
  return bands.map((b, i) => ({ label: b.label.id, ...colors[i]! }));
};

/** What the action reports: the sheet, how many indicators, and how many notes were kept. */
function recapSummary(
  sheet: string,
  indicators: number,
  reportingQuarter: Quarter,
  notes: number
): Bilingual {
  const word = twWord(reportingQuarter);
  return notes > 0
    ? bilingual("done.recapNotes", { sheet, indicators, tw: word, notes })
    : bilingual("done.recap", { sheet, indicators, tw: word });
}

/**
 * The recap of `book` to the settings' reporting quarter: the plan that writes the Rekap Rapat
 * sheet and the core's numbers for the same rows.
 * @example const { plan, rows } = planRecap(readWorkbook(wb), BLITAR_2021, { ...DEFAULT_SETTINGS, reportingQuarter: 2 });
 */
export function planRecap(
  book: WorkbookSnapshot,
  decree: Decree,
  settings: WorkbookSettings
): Recap {
  const reportingQuarter = settings.reportingQuarter;
  const bands = kategoriBands(settings.kategori);
  const entries = readRktEntries(book, decree);
  const { results, errors, sasaran, total } = evaluateSheets(
    entries,
    bands,
    ruleOptions(settings, decree)
  );
  const notes = withoutSheetWords(
    readMeetingNotes(book),
    new Map(entries.map((e) => [rowKode(book, e), e.texts]))
  );
  const computed = entries.map((e, i) =>
    recapRow(book, e, results[i] as IndicatorResult, i, bands, notes, errors[i], reportingQuarter)
  );
  // The Anggaran sheet at the recap's quarter, with the recap's capaian per sasaran: one
  // computation for the budget block, the rows (CSV) and the exports.
  const anggaran = computeAnggaran(book, reportingQuarter, capaianBySasaran(book, computed));
  const budget = recapBudget(book, computed, anggaran);
  const keys = rktSasaranKeys(book, computed);
  const rows = computed.map((r, i) => ({
    ...r,
    budget: budget.find((b) => b.key !== "" && b.key === keys[i]),
  }));
  const recap: Omit<Recap, "plan" | "sheet"> = {
    rows,
    sasaran,
    overall: {
      indicators: total.indicators,
      counted: total.counted,
      reached: total.reached,
      note: overallNote(notes),
      ...achievement(total.average, bands, total.kategori?.key),
    },
    reportingQuarter,
    settings,
    anggaran,
    budget,
    bands: kategoriStyles(bands),
    orphans: orphanNotes(
      notes,
      rows.map((r) => r.kode)
    ),
  };
  const existing = findOwnedTable(book, RECAP_TABLE);
  const sheet = existing?.sheet.name ?? freeSheetName(book, RECAP_SHEET);
  const title = titleLines({
    office: decree.office,
    year: decree.year,
    decreeNumber: decree.number,
    reportingQuarter,
    capWord: settingWord("cap", settings.cap),
  });
  const grid = formulaGrid(book, recap, entries, bands);
  const oldBudget = findOwnedTable(book, RECAP_BUDGET_TABLE);
  const sameSheet = existing !== undefined && oldBudget?.sheet.name === sheet;
  const ops = recapSheetOps(sheet, title, grid, recap.bands, {
    formulas: true,
    office: decree.office,
    period: periodText(decree, reportingQuarter),
    ...(existing && { replace: existing.address }),
    ...(sameSheet && { replaceBudget: oldBudget.address }),
    // Where the Anggaran table is: the sheet and columns computeAnggaran found it by.
    ...(anggaran !== undefined && {
      budget: {
        title: budgetTitle(reportingQuarter),
        grid: budgetGrid(budget, reportingQuarter, budgetTop(grid.length), anggaran),
      },
    }),
  });
  // A budget block left without its recap table (the table removed by hand) goes first: the
  // new block takes its name.
  if (oldBudget !== undefined && !sameSheet)
    ops.unshift(...clearBudgetOps(oldBudget.sheet.name, oldBudget.address));
  return {
    ...recap,
    sheet,
    plan: { ops, summary: [recapSummary(sheet, rows.length, reportingQuarter, notes.size)] },
  };
}

/**
 * What every export reads: the recap rows with the core's numbers, the decree's metadata and
 * the RKT sheets (for the .xlsx), built once from a workbook snapshot. Plain data: the task
 * pane and the command line build it the same way and may pass it to any exporter.
 */
import type { Decree } from "../core/decree/schema";
import { kategoriBands } from "../core/rules/kategori";
import { findRktTables } from "../core/workbook/entries";
import type { AnggaranResult } from "../core/workbook/anggaran/model";
import {
  twWord,
  type Recap,
  type RecapBudget,
  type KategoriStyle,
  type MeetingNote,
  type RecapGroup,
  type RecapOverall,
  type RecapRow,
} from "../core/workbook/recap";
import { settingWord, type Quarter } from "../core/workbook/settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";

export interface ExportMeta {
  office: string;
  year: number;
  reportingQuarter: Quarter;
  /** The reporting quarter as the files word it: "TW II". */
  reportingQuarterWord: string;
  decreeNumber: string;
  decreeTitle: string;
  /** Where and when the decree was signed (ISO date). */
  place: string;
  decreeDate: string;
  /**
   * Who signed the decree ("ttd."). The official who certified a copy is not among them and
   * no export prints him.
   */
  signatories: { role: string; name: string }[];
  /** The cap and kategori scale the figures follow, as the Info sheet words them. */
  capWord: string;
  kategoriWord: string;
  /** How grades and opinions become capaian ("Tercapai/Tidak" or "Peringkat"). */
  gradeRuleWord: string;
}

export interface ExportInput {
  meta: ExportMeta;
  rows: RecapRow[];
  sasaran: RecapGroup[];
  overall: RecapOverall;
  /** Kategori bands, best first, with their colours and capaian ranges. */
  bands: (KategoriStyle & { range: string })[];
  /** Notes typed in the recap on rows whose indicator is gone. */
  orphans: MeetingNote[];
  /** The RKT sheets as read (values), for the .xlsx export. */
  sheets: SheetSnapshot[];
  /** The Anggaran sheet as its formulas compute it at the reporting quarter; none without one. */
  anggaran?: AnggaranResult | undefined;
  /** Per sasaran of the recap, its budget (Rekap Rapat's block); none without Anggaran. */
  budget?: RecapBudget[];
}

/** Capaian ranges of the bands, best first: "> 90%", "> 75% - 90%", "<= 50%". */
function bandRanges(mins: (number | null)[], inclusive: boolean[]): string[] {
  const n = (x: number) => `${String(x).replace(".", ",")}%`;
  return mins.map((min, i) => {
    const upper = i === 0 ? null : mins[i - 1];
    const low = min === null ? null : `${inclusive[i] ? ">=" : ">"} ${n(min)}`;
    if (upper === null || upper === undefined) return low ?? "semua";
    const up = `${inclusive[i - 1] ? "<" : "<="} ${n(upper)}`;
    return low === null ? up : `${low} s.d. ${n(upper)}`;
  });
}

/**
 * Everything the exports need, from a snapshot, the decree and its recap (`planRecap`).
 * @example const input = buildExportInput(book, BLITAR_2021, planRecap(book, BLITAR_2021, settings));
 */
export function buildExportInput(
  book: WorkbookSnapshot,
  decree: Decree,
  recap: Recap
): ExportInput {
  const bands = kategoriBands(recap.settings.kategori);
  const ranges = bandRanges(
    bands.map((b) => b.min),
    bands.map((b) => b.inclusive === true)
  );
  const rktSheets = new Set(findRktTables(book).map((t) => t.sheet.name));
  return {
    meta: {
      office: decree.office,
      year: decree.year,
      reportingQuarter: recap.reportingQuarter,
      reportingQuarterWord: twWord(recap.reportingQuarter),
      decreeNumber: decree.number,
      decreeTitle: decree.title,
      place: decree.place,
      decreeDate: decree.date,
      signatories: decree.signatories.map((s) => ({ role: s.role, name: s.name })),
      capWord: settingWord("cap", recap.settings.cap),
      kategoriWord: settingWord("kategori", recap.settings.kategori),
      gradeRuleWord: settingWord("gradeRule", recap.settings.gradeRule),
    },
    rows: recap.rows,
    sasaran: recap.sasaran,
    overall: recap.overall,
    bands: recap.bands.map((b, i) => ({ ...b, range: ranges[i] ?? "" })),
    orphans: recap.orphans,
    sheets: book.sheets.filter((s) => rktSheets.has(s.name)),
    // The recap's own reading (its rows' capaian per sasaran): one computation for all.
    anggaran: recap.anggaran,
    budget: recap.budget,
  };
}

/**
 * Settings that belong to the workbook live on the Info sheet, visible and validated, so a
 * colleague who opens the file gets the same results. Readers find them by label.
 */
import type { Decree } from "../decree/schema";
import type { Cap, GradeRule } from "../rules/capaian";
import { decreeTargets } from "../rules/check-decree";
import { excelTrim } from "../rules/cell";
import { DEFAULT_OPTIONS, type RuleOptions } from "../rules/entry";
import type { Quarter } from "../rules/finding";
import type { KategoriPreset } from "../rules/kategori";
import { columnLetter, sheetRef } from "./a1";
import { INFO_TABLE } from "./layout";
import { findOwnedTable } from "./ownership";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";

export type { Quarter };

export interface WorkbookSettings {
  reportingQuarter: Quarter;
  cap: Cap;
  kategori: KategoriPreset;
  gradeRule: GradeRule;
}

/** A new workbook's settings: the rules' defaults (one place: `DEFAULT_OPTIONS`). */
export const DEFAULT_SETTINGS: WorkbookSettings = {
  reportingQuarter: DEFAULT_OPTIONS.reportingQuarter,
  cap: DEFAULT_OPTIONS.cap,
  kategori: DEFAULT_OPTIONS.kategori,
  gradeRule: DEFAULT_OPTIONS.gradeRule,
};

interface SettingRow<K extends keyof WorkbookSettings> {
  key: K;
  label: string;
  /** The word shown in the cell for each option. */
  words: Record<string, WorkbookSettings[K]>;
}

const row = <K extends keyof WorkbookSettings>(r: SettingRow<K>) => r;

export const SETTING_ROWS = [
  row({
    key: "reportingQuarter",
    label: "TW Pelaporan",
    words: { "TW I": 1, "TW II": 2, "TW III": 3, "TW IV": 4 },
  }),
  row({
    key: "cap",
    label: "Batas Capaian",
    words: { "Tanpa batas": "none", "100%": "100", "120%": "120" },
  }),
  row({
    key: "kategori",
    label: "Skala Kategori",
    words: { "Lima tingkat": "five", "Enam tingkat": "six", "Berhasil/Tidak": "binary" },
  }),
  row({
    key: "gradeRule",
    label: "Capaian Nilai & Opini",
    words: { "Tercapai/Tidak": "binary", Peringkat: "rank" },
  }),
] as const;

/** The word for a setting's value, e.g. ("cap", "100") -> "100%". */
export function settingWord<K extends keyof WorkbookSettings>(
  key: K,
  value: WorkbookSettings[K]
): string {
  const r = SETTING_ROWS.find((s) => s.key === key) as SettingRow<K>;
  return Object.keys(r.words).find((w) => r.words[w] === value) ?? String(value);
}

/** The Info sheet of a workbook (found by its table's name), when it has one. */
export const infoSheet = (book: WorkbookSnapshot): SheetSnapshot | undefined =>
  findOwnedTable(book, INFO_TABLE)?.sheet;

/** The Info-sheet label of a setting ("TW Pelaporan" for the reporting quarter). */
export function settingLabel(key: keyof WorkbookSettings): string {
  return (SETTING_ROWS.find((r) => r.key === key) as { label: string }).label;
}

/** Where a setting's word sits on the Info sheet (0-based: the cell right of its label). */
export function settingCell(
  info: SheetSnapshot | undefined,
  key: keyof WorkbookSettings
): { row: number; col: number } | undefined {
  const at = info && findLabel(info, settingLabel(key));
  return at && { row: at.row, col: at.col + 1 };
}

/**
 * A workbook's settings, read once per action from its Info sheet: a label in one column, its
 * word in the next. Unknown or missing words give the default and a note of which label was
 * not understood. `overrides` (the command line's --tw / --cap) win over the sheet.
 */
export function readSettings(
  book: WorkbookSnapshot,
  overrides: Partial<WorkbookSettings> = {}
): { settings: WorkbookSettings; unknown: string[] } {
  const { settings, unknown } = settingsOfInfo(infoSheet(book));
  return { settings: { ...settings, ...overrides }, unknown };
}

/**
 * An absolute reference to a setting's Info cell for formulas (`'Info'!$C$12`), or the
 * setting's word as a literal when the workbook has no such cell.
 */
export function settingRef(
  book: WorkbookSnapshot,
  settings: WorkbookSettings,
  key: keyof WorkbookSettings
): string {
  const info = infoSheet(book);
  const at = settingCell(info, key);
  if (info === undefined || at === undefined) return `"${settingWord(key, settings[key])}"`;
  return `${sheetRef(info.name)}!$${columnLetter(at.col)}$${at.row + 1}`;
}

/** The rule options of a workbook's settings; `decree` gives the targets to compare with. */
export function ruleOptions(settings: WorkbookSettings, decree?: Decree): RuleOptions {
  return {
    reportingQuarter: settings.reportingQuarter,
    cap: settings.cap,
    kategori: settings.kategori,
    gradeRule: settings.gradeRule,
    ...(decree && { decreeTarget: decreeTargets(decree) }),
  };
}

function settingsOfInfo(info: SheetSnapshot | undefined): {
  settings: WorkbookSettings;
  unknown: string[];
} {
  const settings: WorkbookSettings = { ...DEFAULT_SETTINGS };
  const unknown: string[] = [];
  if (info === undefined) return { settings, unknown };
  for (const r of SETTING_ROWS) {
    const at = findLabel(info, r.label);
    if (at === undefined) continue;
    const raw = cellAt(info, at.row, at.col + 1);
    // Excel's TRIM (spaces only), as the formulas read the same cell.
    const word =
      typeof raw === "number" ? String(raw) : typeof raw === "string" ? excelTrim(raw) : "";
    const match = Object.keys(r.words).find((w) => w.toLowerCase() === word.toLowerCase());
    if (match === undefined) unknown.push(r.label);
    else
      (settings as unknown as Record<string, unknown>)[r.key] = (
        r.words as Record<string, unknown>
      )[match];
  }
  return { settings, unknown };
}

/** Where a label sits on a sheet (first match, case-insensitive), 0-based. */
export function findLabel(
  sheet: SheetSnapshot,
  label: string
): { row: number; col: number } | undefined {
  const want = label.toLowerCase();
  for (let r = 0; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v === "string" && v.trim().toLowerCase() === want)
        return { row: sheet.top + r, col: sheet.left + c };
    }
  }
  return undefined;
}

/**
 * The decree a workbook was made from, when it is `decree`: the Info sheet's "Nomor Keputusan"
 * names it. A workbook converted from a user's own table, or made from another decree, is
 * not compared with `decree` (its targets would be reported as differing).
 */
export function decreeOfWorkbook<D extends { number: string }>(
  book: WorkbookSnapshot,
  decree: D
): D | undefined {
  const info = infoSheet(book);
  if (info === undefined) return undefined;
  const at = findLabel(info, "Nomor Keputusan");
  if (at === undefined) return undefined;
  const value = cellAt(info, at.row, at.col + 1);
  return typeof value === "string" && value.trim() === decree.number ? decree : undefined;
}

/**
 * Settings that belong to the workbook live on the Info sheet, visible and validated, so a
 * colleague who opens the file gets the same results. Readers find them by label.
 */
import type { Cap, GradeRule } from "../rules/capaian";
import type { KategoriPreset } from "../rules/kategori";
import { cellAt, type SheetSnapshot } from "./snapshot";

export type Quarter = 1 | 2 | 3 | 4;

export interface WorkbookSettings {
  reportingQuarter: Quarter;
  cap: Cap;
  kategori: KategoriPreset;
  gradeRule: GradeRule;
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  reportingQuarter: 4,
  cap: "none",
  kategori: "five",
  gradeRule: "binary",
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

/**
 * Settings read from the Info sheet: a label in one column, its word in the next. Unknown or
 * missing words give the default and a note of which label was not understood.
 */
export function readSettings(info: SheetSnapshot | undefined): {
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
    const word = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
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
  info: SheetSnapshot | undefined,
  decree: D
): D | undefined {
  if (info === undefined) return undefined;
  const at = findLabel(info, "Nomor Keputusan");
  if (at === undefined) return undefined;
  const value = cellAt(info, at.row, at.col + 1);
  return typeof value === "string" && value.trim() === decree.number ? decree : undefined;
}

/**
 * --tw and --cap override the workbook's settings. The planners read settings from the Info
 * sheet, so the override is made where they look: the setting word is put into the
 * snapshot's Info cell (the evaluation follows), and for an output file the same word is
 * written into the workbook's Info cell (the formulas follow).
 */
import type ExcelJS from "exceljs";
import type { Lang } from "../core/i18n/types";
import { INFO_TABLE } from "../core/workbook/layout";
import { findOwnedTable } from "../core/workbook/ownership";
import { planSetting } from "../core/workbook/settings-plan";
import {
  SETTING_ROWS,
  findLabel,
  settingWord,
  type Quarter,
  type WorkbookSettings,
} from "../core/workbook/settings";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/workbook/snapshot";
import type { Plan } from "../core/workbook/plan";
import { applyPlan } from "../xlsx/apply";
import { m } from "./messages";
import { UsageError } from "./io";

export type Overrides = Partial<Pick<WorkbookSettings, "reportingQuarter" | "cap">>;

const FLAG: Record<keyof Overrides, string> = { reportingQuarter: "--tw", cap: "--cap" };

export function overridesFrom(options: { tw?: string | true; cap?: string | true }): Overrides {
  const out: Overrides = {};
  if (typeof options.tw === "string") out.reportingQuarter = Number(options.tw) as Quarter;
  if (options.cap === "none" || options.cap === "100" || options.cap === "120")
    out.cap = options.cap;
  return out;
}

const entries = (o: Overrides) =>
  (Object.keys(o) as (keyof Overrides)[]).map((key) => ({
    key,
    value: o[key] as WorkbookSettings[typeof key],
  }));

/** A copy of the sheet whose value grid can be changed without touching the original. */
function writableCopy(sheet: SheetSnapshot): SheetSnapshot {
  return { ...sheet, values: sheet.values.map((r) => [...r]) };
}

function putValue(sheet: SheetSnapshot, row: number, col: number, value: string): void {
  const r = row - sheet.top;
  const c = col - sheet.left;
  while (sheet.values.length <= r) sheet.values.push([]);
  const cells = sheet.values[r] as SheetSnapshot["values"][number];
  while (cells.length <= c) cells.push(null);
  cells[c] = value;
}

/**
 * The snapshot as the planners should see it with the overrides. Without an Info sheet the
 * override still reaches the evaluation (a settings sheet only in memory), unless
 * `needCells`: then every overridden setting must have its cell, or a UsageError says so.
 */
export function withOverrides(
  lang: Lang,
  book: WorkbookSnapshot,
  overrides: Overrides,
  needCells: boolean
): WorkbookSnapshot {
  const wanted = entries(overrides);
  if (wanted.length === 0) return book;
  const info = findOwnedTable(book, INFO_TABLE);
  const missing = wanted.filter((w) => {
    const row = SETTING_ROWS.find((r) => r.key === w.key);
    return (
      info === undefined || row === undefined || findLabel(info.sheet, row.label) === undefined
    );
  });
  if (needCells && missing.length > 0) {
    const first = missing[0] as (typeof missing)[number];
    const label = SETTING_ROWS.find((r) => r.key === first.key)?.label ?? first.key;
    throw new UsageError(m(lang, "settings.noCell", { label, option: FLAG[first.key] }));
  }
  if (info === undefined) {
    // Only in memory, never written: a settings sheet the readers find by its table name.
    const sheet: SheetSnapshot = {
      name: "\u0000kinerja-cli-settings",
      top: 0,
      left: 0,
      values: wanted.map((w) => [
        SETTING_ROWS.find((r) => r.key === w.key)?.label ?? w.key,
        settingWord(w.key, w.value),
      ]),
      formulas: [],
      numberFormats: [],
      merges: [],
      tables: [{ name: INFO_TABLE, address: `A1:B${wanted.length}` }],
      charts: [],
      protected: false,
    };
    return { ...book, sheets: [...book.sheets, sheet] };
  }
  const copy = writableCopy(info.sheet);
  for (const w of wanted) {
    const row = SETTING_ROWS.find((r) => r.key === w.key);
    const at = row ? findLabel(copy, row.label) : undefined;
    if (at !== undefined) putValue(copy, at.row, at.col + 1, settingWord(w.key, w.value));
  }
  return { ...book, sheets: book.sheets.map((s) => (s === info.sheet ? copy : s)) };
}

/** Write the overridden setting words into the workbook's Info cells. */
export function writeOverrides(
  wb: ExcelJS.Workbook,
  book: WorkbookSnapshot,
  overrides: Overrides
): void {
  const plan: Plan = { ops: [], summary: [] };
  for (const w of entries(overrides)) plan.ops.push(...planSetting(book, w.key, w.value).ops);
  applyPlan(wb, plan);
}

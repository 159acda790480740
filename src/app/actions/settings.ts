/** The workbook's settings as its Info sheet says, and changing one (the formulas read it there). */
import type { SuggestedQuarter } from "../../core/rules/reporting-quarter";
import { infoSheet, readSettings, type WorkbookSettings } from "../../core/workbook/settings";
import { planSetting } from "../../core/workbook/settings-plan";
import { inTableSet } from "../port";
import type { UseCase } from "../run";

export interface WorkbookStatus {
  settings: WorkbookSettings;
  hasInfo: boolean;
  activeSheet: string;
  /** The reporting quarter the workbook suggests (last quarter filled, else the date's). */
  suggested?: SuggestedQuarter;
  /**
   * The sheets whose cells the results read: those holding the RKT, IKU, Info and Anggaran
   * tables (found by their owned names). An edit elsewhere changes no result.
   */
  resultSheets: string[];
}

/**
 * The status the pane shows: the Info sheet's settings (as the sheet says them, whatever the
 * input's `autoQuarter`), and with `autoQuarter` the quarter the workbook suggests — which
 * reads the RKT tables' cells (READ_SETTINGS); READ_STATUS reads the Info sheet alone, for
 * when no suggestion is needed (staff chose the quarter, or nothing was typed since).
 */
export const READ_SETTINGS: UseCase<void, WorkbookStatus> = {
  needs: { tables: "rules" },
  needsTemplate: false,
  prepare: (book, { suggested }, input) => ({
    plan: { ops: [], summary: [] },
    result: {
      // The sheet's own words: the suggested quarter is reported apart.
      settings: readSettings(book, input.overrides).settings,
      hasInfo: infoSheet(book) !== undefined,
      activeSheet: book.activeSheet,
      resultSheets: book.sheets
        .filter((s) => s.tables.some((t) => inTableSet("template", t.name)))
        .map((s) => s.name),
      ...(suggested !== undefined && { suggested }),
    },
  }),
};

export const READ_STATUS: UseCase<void, WorkbookStatus> = {
  ...READ_SETTINGS,
  needs: { tables: "info" },
};

export type SettingChange = {
  [K in keyof WorkbookSettings]: { key: K; value: WorkbookSettings[K] };
}[keyof WorkbookSettings];

export const WRITE_SETTING: UseCase<SettingChange, void> = {
  needs: { tables: "info" },
  needsTemplate: false,
  prepare: (book, _resolved, _input, change) => ({
    plan: planSetting(book, change.key, change.value as never),
    result: undefined,
  }),
};

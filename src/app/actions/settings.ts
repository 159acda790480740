/** The workbook's settings as its Info sheet says, and changing one (the formulas read it there). */
import { infoSheet, type WorkbookSettings } from "../../core/workbook/settings";
import { planSetting } from "../../core/workbook/settings-plan";
import type { UseCase } from "../run";

export const READ_SETTINGS: UseCase<
  void,
  { settings: WorkbookSettings; hasInfo: boolean; activeSheet: string }
> = {
  needs: { tables: "info" },
  needsTemplate: false,
  prepare: (book, { settings }) => ({
    plan: { ops: [], summary: [] },
    result: { settings, hasInfo: infoSheet(book) !== undefined, activeSheet: book.activeSheet },
  }),
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

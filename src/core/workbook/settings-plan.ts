/** Changing a workbook setting: the word in its Info-sheet cell, which the formulas read. */
import { bilingual } from "../i18n";
import { cellAddress } from "./a1";
import { INFO_TABLE } from "./layout";
import { findOwnedTable } from "./ownership";
import type { Plan } from "./plan";
import { SETTING_ROWS, findLabel, settingWord, type WorkbookSettings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";

export function planSetting<K extends keyof WorkbookSettings>(
  book: WorkbookSnapshot,
  key: K,
  value: WorkbookSettings[K]
): Plan {
  const info = findOwnedTable(book, INFO_TABLE);
  const row = SETTING_ROWS.find((r) => r.key === key);
  const at = info && row ? findLabel(info.sheet, row.label) : undefined;
  if (info === undefined || row === undefined || at === undefined) return { ops: [], summary: [] };
  const word = settingWord(key, value);
  return {
    ops: [
      {
        op: "write",
        sheet: info.sheet.name,
        address: cellAddress(at.row, at.col + 1),
        values: [[word]],
      },
    ],
    summary: [bilingual("done.setting", { label: row.label, word })],
  };
}

import * as React from "react";
import { Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { twWord, type Quarter } from "../../core/rules/finding";
import { SETTING_ROWS, type WorkbookSettings } from "../../core/workbook/settings";
import { MESSAGES, type MessageKey } from "../../core/i18n";
import { useT } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** A setting's label: the Info sheet's label in Indonesian (the message `settings.<key>`). */
export const settingLabelKey = (key: keyof WorkbookSettings): MessageKey => `settings.${key}`;

export interface SettingsPanelProps {
  settings?: WorkbookSettings;
  hasInfo: boolean;
  busy: boolean;
  onChange: <K extends keyof WorkbookSettings>(key: K, value: WorkbookSettings[K]) => void;
  /**
   * The reporting quarter's automatic choice, where Excel can remember staff's own: whether
   * they chose one, and the quarter the workbook suggests.
   */
  quarter?: { chosen: boolean; suggested: Quarter };
  onFollowWorkbook?: () => void;
}

const AUTO = "auto";

/** A setting's word in the pane's language ("Tanpa batas" / "No cap"); TW I-IV stay as written. */
function valueLabel(
  key: string,
  value: string | number | undefined,
  word: string,
  tr: ReturnType<typeof useT>
): string {
  const k = `settingValue.${key}.${String(value)}`;
  return k in MESSAGES ? tr(k as MessageKey) : word;
}

/** Workbook settings (kept on the Info sheet, so colleagues get the same) and the language. */
export function SettingsPanel(props: SettingsPanelProps) {
  const tr = useT();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={tr("settings.title")}>
      {SETTING_ROWS.map((row) => {
        const words = Object.keys(row.words);
        const auto = row.key === "reportingQuarter" ? props.quarter : undefined;
        const current =
          auto !== undefined && !auto.chosen
            ? AUTO
            : props.settings === undefined
              ? undefined
              : words.find(
                  (w) => (row.words as Record<string, unknown>)[w] === props.settings?.[row.key]
                );
        return (
          <Field
            key={row.key}
            label={tr(settingLabelKey(row.key))}
            hint={auto !== undefined ? tr("settings.twAutoHint") : undefined}
          >
            <Select
              value={current ?? ""}
              disabled={!props.hasInfo || props.busy}
              onChange={(_e, data) => {
                if (data.value === AUTO) {
                  props.onFollowWorkbook?.();
                  return;
                }
                const value = (row.words as Record<string, WorkbookSettings[typeof row.key]>)[
                  data.value
                ];
                if (value !== undefined) props.onChange(row.key, value);
              }}
            >
              {current === undefined && <option value="">—</option>}
              {auto !== undefined && (
                <option value={AUTO}>
                  {tr("settings.twAuto", { tw: twWord(auto.suggested) })}
                </option>
              )}
              {words.map((w) => (
                <option key={w} value={w}>
                  {valueLabel(row.key, (row.words as Record<string, string | number>)[w], w, tr)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <Caption1>{props.hasInfo ? tr("settings.stored") : tr("settings.noInfo")}</Caption1>
    </section>
  );
}

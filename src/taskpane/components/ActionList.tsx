import * as React from "react";
import { Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ACTION_KEYS, ACTION_LABELS, type ActionImpls, type ActionKey } from "../actions";
import { useT } from "../i18n";
import type { MessageKey } from "../../core/i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  button: { justifyContent: "flex-start" },
  note: { color: tokens.colorNeutralForeground3 },
});

const WILL: Record<ActionKey, MessageKey> = {
  template: "action.will.template",
  convert: "action.will.convert",
  validate: "action.will.validate",
  capaian: "action.will.capaian",
  charts: "action.will.charts",
  export: "action.will.export",
};

export interface ActionListProps {
  actions: ActionImpls;
  running?: string;
  /** Why an action cannot run here (missing Excel, old Excel), per action. */
  unavailable?: Partial<Record<ActionKey, string>>;
  /** Extra controls shown under an action (e.g. the decree choice under Buat Template). */
  extras?: Partial<Record<ActionKey, React.ReactNode>>;
}

/**
 * One button per action with a line saying what it will change. While one runs, every
 * button is disabled and the running one shows a spinner.
 */
export function ActionList(props: ActionListProps) {
  const styles = useStyles();
  const tr = useT();
  const busy = props.running !== undefined;
  return (
    <ul className={styles.list} aria-label={tr("action.group")}>
      {ACTION_KEYS.map((key) => {
        const run = props.actions[key];
        const noteId = `action-${key}-note`;
        const why = run === undefined ? (props.unavailable?.[key] ?? tr("app.comingSoon")) : undefined;
        return (
          <li key={key} className={styles.item}>
            <Button
              className={styles.button}
              appearance={key === "template" ? "primary" : "secondary"}
              // Focusable while disabled, so keyboard and screen-reader users still hear why.
              disabledFocusable={run === undefined || busy}
              aria-describedby={noteId}
              icon={props.running === key ? <Spinner size="tiny" aria-hidden /> : undefined}
              onClick={run === undefined ? undefined : () => void run()}
            >
              {tr(ACTION_LABELS[key])}
            </Button>
            <Caption1 id={noteId} className={styles.note}>
              {why ?? tr(WILL[key])}
            </Caption1>
            {props.extras?.[key]}
          </li>
        );
      })}
    </ul>
  );
}

import * as React from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { ACTION_KEYS, ACTION_LABELS, type ActionImpls } from "../actions";
import { useT } from "../i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: { listStyleType: "none", display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  button: { flexGrow: 1, justifyContent: "flex-start" },
});

/** One button per action; a missing implementation disables it and says why in text. */
export function ActionList(props: { actions: ActionImpls }) {
  const styles = useStyles();
  const tr = useT();
  return (
    <ul className={styles.list} aria-label={tr("action.group")}>
      {ACTION_KEYS.map((key) => {
        const run = props.actions[key];
        const soonId = `action-${key}-soon`;
        return (
          <li key={key} className={styles.item}>
            <Button
              className={styles.button}
              appearance={key === "template" ? "primary" : "secondary"}
              disabled={run === undefined}
              aria-describedby={run === undefined ? soonId : undefined}
              onClick={run === undefined ? undefined : () => void run()}
            >
              {tr(ACTION_LABELS[key])}
            </Button>
            {run === undefined && (
              <Badge id={soonId} appearance="outline" color="informative">
                {tr("app.comingSoon")}
              </Badge>
            )}
          </li>
        );
      })}
    </ul>
  );
}

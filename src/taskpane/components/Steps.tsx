import * as React from "react";
import { Badge, Body1, Button, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKey } from "../../core/i18n";
import { ACTION_LABELS, type ActionImpls, type ActionKey } from "../actions";
import type { StepKey } from "../flow";
import { useT } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  step: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  title: { fontWeight: tokens.fontWeightSemibold },
  button: { justifyContent: "flex-start", maxWidth: "100%" },
  note: { color: tokens.colorNeutralForeground3 },
});

const TITLES: Record<StepKey, MessageKey> = {
  setup: "flow.step.setup",
  fill: "flow.step.fill",
  check: "flow.step.check",
  capaian: "flow.step.capaian",
  report: "flow.step.report",
};

/** One step of the flow: its number, title and whether it is next or done, then its content. */
export function Step(props: {
  step: StepKey;
  n: number;
  current: boolean;
  done: boolean;
  children?: React.ReactNode;
}) {
  const styles = useStyles();
  const tr = useT();
  return (
    <li
      className={`${styles.step} ${props.current ? styles.current : ""}`}
      aria-current={props.current ? "step" : undefined}
      aria-labelledby={`step-${props.step}`}
    >
      <h2 className={styles.head} id={`step-${props.step}`}>
        <Badge
          appearance={props.current ? "filled" : "outline"}
          color={props.done && !props.current ? "success" : "brand"}
          aria-label={tr("flow.stepNumber", { n: props.n })}
        >
          {props.n}
        </Badge>
        <Body1 className={styles.title}>{tr(TITLES[props.step])}</Body1>
        {props.current ? (
          <Caption1>({tr("flow.now")})</Caption1>
        ) : props.done ? (
          <Caption1>({tr("flow.done")})</Caption1>
        ) : null}
      </h2>
      {props.children}
    </li>
  );
}

export function StepList(props: { children: React.ReactNode }) {
  const styles = useStyles();
  const tr = useT();
  return (
    <ol className={styles.list} aria-label={tr("flow.steps")}>
      {props.children}
    </ol>
  );
}

/**
 * An action's button: primary only when it is the step to take now; disabled with its reason
 * shown (and still focusable, so keyboard and screen-reader users hear why).
 */
export function ActionButton(props: {
  action: ActionKey;
  actions: ActionImpls;
  running?: string;
  primary: boolean;
  /** Why it cannot run (no Excel, no template yet); shown under the button. */
  why?: string;
  /** What it will do, shown when it can run. */
  note?: string;
  /** A label other than the action's name (e.g. naming the active sheet). */
  label?: string;
  onRun?: () => void;
}) {
  const styles = useStyles();
  const tr = useT();
  const run = props.actions[props.action];
  const busy = props.running !== undefined;
  const noteId = `action-${props.action}-note`;
  const note = props.why ?? props.note;
  return (
    <>
      <Button
        className={styles.button}
        appearance={props.primary ? "primary" : "secondary"}
        data-primary={props.primary ? "" : undefined}
        disabledFocusable={run === undefined || busy || props.why !== undefined}
        aria-describedby={note === undefined ? undefined : noteId}
        icon={props.running === props.action ? <Spinner size="tiny" aria-hidden /> : undefined}
        onClick={run === undefined ? undefined : () => (props.onRun ?? (() => void run()))()}
      >
        {props.label ?? tr(ACTION_LABELS[props.action])}
      </Button>
      {note !== undefined && (
        <Caption1 id={noteId} className={styles.note}>
          {note}
        </Caption1>
      )}
    </>
  );
}

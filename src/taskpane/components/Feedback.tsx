import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { Bilingual } from "../../core/i18n";
import { ACTION_LABELS, type ActionKey } from "../actions";
import { useLang, useT } from "../i18n";
import type { PaneResult } from "../state";

/** Progress of the running action, announced to screen readers. */
export function Progress(props: { running?: string }) {
  const tr = useT();
  if (props.running === undefined || !(props.running in ACTION_LABELS)) return null;
  const action = tr(ACTION_LABELS[props.running as ActionKey]);
  return <Spinner size="small" label={tr("action.running", { action })} aria-live="polite" />;
}

/** A time of day as staff read it: 10.32 (id) / 10:32 (en). */
export function timeOfDay(ms: number, lang: "id" | "en"): string {
  return new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(ms));
}

export interface ResultBarProps {
  result?: PaneResult;
  /** The title when the outcome says more than "done" (the check's worst finding). */
  title?: string;
  /** The colour follows the outcome: never green beside an error. */
  intent?: "success" | "warning" | "error" | "info";
  /** What to do next, said after the lines. */
  next?: string;
  /** Lines added by the pane (where the exported file went). */
  extra?: string[];
  /** Leave out the action's own summary lines (the title already says them). */
  hideSummary?: boolean;
  at?: number;
}

/** What the last action did, and what this Excel could not do. */
export const ResultBar = React.forwardRef<HTMLDivElement, ResultBarProps>(function ResultBar(props, ref) {
  const tr = useT();
  const { lang } = useLang();
  const r = props.result;
  if (r === undefined) return null;
  const intent = props.intent ?? (r.leftOut.length > 0 ? "warning" : "success");
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      intent={intent}
      layout="multiline"
      aria-live="polite"
      data-done={tr(ACTION_LABELS[r.action])}
    >
      <MessageBarBody>
        <MessageBarTitle>{props.title ?? tr("action.done", { action: tr(ACTION_LABELS[r.action]) })}</MessageBarTitle>
        {props.at !== undefined && <div>{tr("result.at", { time: timeOfDay(props.at, lang) })}</div>}
        {props.hideSummary ? null : r.summary.length === 0 ? (
          <div>{tr("result.nothing")}</div>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
            {r.summary.map((l, i) => (
              <li key={i}>{l[lang]}</li>
            ))}
            {props.extra?.map((l, i) => <li key={`x${i}`}>{l}</li>)}
          </ul>
        )}
        {r.recognised !== undefined && r.recognised.length > 0 && (
          <details>
            <summary>{tr("result.recognised")}</summary>
            <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
              {r.recognised.map((l, i) => (
                <li key={i}>{l[lang]}</li>
              ))}
            </ul>
          </details>
        )}
        {r.leftOut.length > 0 && (
          <>
            <div>{tr("result.leftOut")}</div>
            <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
              {r.leftOut.map((l) => (
                <li key={l.id}>{l[lang]}</li>
              ))}
            </ul>
          </>
        )}
        {props.next !== undefined && <div><strong>{props.next}</strong></div>}
      </MessageBarBody>
    </MessageBar>
  );
});

/** The one place errors reach the user: what happened and what to do next. */
export const ErrorBar = React.forwardRef<HTMLDivElement, { error?: Bilingual; onDismiss: () => void }>(function ErrorBar(props, ref) {
  const tr = useT();
  const { lang } = useLang();
  if (props.error === undefined) return null;
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{tr("error.title")}</MessageBarTitle>
        {props.error[lang]}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={props.onDismiss}>
          {tr("error.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
});

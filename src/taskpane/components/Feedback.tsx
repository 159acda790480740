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

/** What the last action did, and what this Excel could not do. */
export function ResultBar(props: { result?: PaneResult }) {
  const tr = useT();
  const { lang } = useLang();
  const r = props.result;
  if (r === undefined) return null;
  return (
    <MessageBar intent={r.leftOut.length > 0 ? "warning" : "success"} layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{tr("action.done", { action: tr(ACTION_LABELS[r.action]) })}</MessageBarTitle>
        {r.summary.length === 0 ? (
          <div>{tr("result.nothing")}</div>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
            {r.summary.map((l, i) => (
              <li key={i}>{l[lang]}</li>
            ))}
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
      </MessageBarBody>
    </MessageBar>
  );
}

/** The one place errors reach the user: what happened and what to do next. */
export function ErrorBar(props: { error?: Bilingual; onDismiss: () => void }) {
  const tr = useT();
  const { lang } = useLang();
  if (props.error === undefined) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
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
}

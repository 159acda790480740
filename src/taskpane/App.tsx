import * as React from "react";
import { Body1, Caption1, MessageBar, MessageBarBody, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Decree } from "../core/decree";
import { ActionList } from "./components/ActionList";
import { LanguageSwitch } from "./components/LanguageSwitch";
import type { ActionImpls } from "./actions";
import { useT } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: "280px",
  },
});

export interface AppProps {
  decree: Decree;
  /** Whether the pane runs inside Excel (Office.onReady reported a host). */
  inExcel: boolean;
  actions: ActionImpls;
}

export function App(props: AppProps) {
  const styles = useStyles();
  const tr = useT();
  const count = props.decree.tables.reduce((n, table) => n + table.indicators.length, 0);
  return (
    <main className={styles.root}>
      <header>
        <Title3 as="h1">{tr("app.title")}</Title3>
        <Body1 as="p">{tr("app.subtitle")}</Body1>
        <Caption1 as="p">
          {tr("app.decree", { office: props.decree.office, year: props.decree.year })} ·{" "}
          {tr("app.indicatorCount", { count, tables: props.decree.tables.length })}
        </Caption1>
      </header>
      {!props.inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>{tr("app.outsideExcel")}</MessageBarBody>
        </MessageBar>
      )}
      <ActionList actions={props.actions} />
      <LanguageSwitch />
    </main>
  );
}

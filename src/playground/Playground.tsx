/**
 * The page: the task pane (about as wide as Excel's) beside the in-browser workbook. A new
 * workbook or another Office language reopens the pane, as reopening it in Excel would.
 */
import * as React from "react";
import { Caption1, Title2 } from "@fluentui/react-components";
import { LangProvider, langFromOffice } from "../taskpane/i18n";
import { Pane } from "./Pane";
import type { PlaygroundStore } from "./store";
import { usePt } from "./usePt";
import { Workbook } from "./Workbook";

function Page(props: { store: PlaygroundStore; generation: number }) {
  const pt = usePt();
  const host = React.useMemo(() => props.store.paneHost(), [props.store, props.generation]);
  return (
    <div className="pg-page">
      <aside className="pg-pane" aria-label={pt("pg.pane")} data-testid="pane">
        <Pane key={props.generation} host={host} />
      </aside>
      <div className="pg-main">
        <header className="pg-header">
          <Title2 as="h2" block>{pt("pg.title")}</Title2>
          <Caption1 as="p" block>{pt("pg.note")}</Caption1>
        </header>
        <Workbook store={props.store} />
      </div>
    </div>
  );
}

export function Playground(props: { store: PlaygroundStore }) {
  const { store } = props;
  React.useSyncExternalStore(store.subscribe, store.getRevision);
  const generation = store.generation;
  return (
    <LangProvider key={store.displayLanguage} initial={langFromOffice(store.displayLanguage)}>
      <Page store={store} generation={generation} />
    </LangProvider>
  );
}

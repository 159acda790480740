/**
 * The task pane: actions, their progress and results, findings, the capaian summary and the
 * settings. One error boundary catches bugs; Excel's refusals arrive as state from the hook.
 */
import * as React from "react";
import {
  Body1,
  Caption1,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Switch,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Decree } from "../core/decree/schema";
import { bilingual } from "../core/i18n";
import { ActionList } from "./components/ActionList";
import { CapaianSummary } from "./components/CapaianSummary";
import { DecreePicker } from "./components/DecreePicker";
import { ErrorBar, Progress, ResultBar } from "./components/Feedback";
import { FindingsPanel } from "./components/FindingsPanel";
import { SettingsPanel } from "./components/SettingsPanel";
import type { PaneHost } from "./host";
import type { ExportFormat } from "../excel/actions";
import { LangProvider, langFromOffice, useLang, useT } from "./i18n";
import { useKinerja } from "./useKinerja";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: "280px",
    maxWidth: "480px",
  },
});

export interface TaskPaneProps {
  host: PaneHost;
  decree: Decree;
}

function Pane(props: TaskPaneProps) {
  const styles = useStyles();
  const tr = useT();
  const [decree, setDecree] = React.useState(props.decree);
  const k = useKinerja(props.host, decree);
  const count = decree.tables.reduce((n, table) => n + table.indicators.length, 0);
  const busy = k.state.running !== undefined;
  const needsExcel = tr("action.needsExcel");
  const unavailable =
    props.host.kind === "none"
      ? { template: needsExcel, convert: needsExcel, validate: needsExcel, capaian: needsExcel, charts: needsExcel, export: needsExcel }
      : {};
  return (
    <main className={styles.root}>
      <header>
        <Title3 as="h1" block>{tr("app.title")}</Title3>
        <Body1 as="p" block>{tr("app.subtitle")}</Body1>
        <Caption1 as="p" block>
          {tr("app.decree", { office: decree.office, year: decree.year })} ·{" "}
          {tr("app.indicatorCount", { count, tables: decree.tables.length })}
        </Caption1>
      </header>
      {props.host.kind === "none" && (
        <MessageBar intent="info">
          <MessageBarBody>{tr("app.outsideExcel")}</MessageBarBody>
        </MessageBar>
      )}
      <ActionList
        actions={k.actions}
        running={k.state.running}
        unavailable={unavailable}
        extras={{
          template: (
            <DecreePicker
              decree={decree}
              builtIn={props.decree}
              disabled={busy || props.host.kind === "none"}
              onChange={setDecree}
            />
          ),
          export: (
            <RadioGroup
              layout="horizontal"
              aria-label={tr("export.format")}
              value={k.state.exportFormat}
              onChange={(_e, data) => k.setExportFormat(data.value as ExportFormat)}
            >
              <Radio value="pdf" label="PDF" disabled={busy} />
              <Radio value="xlsx" label="Excel" disabled={busy} />
              <Radio value="csv" label="CSV" disabled={busy} />
            </RadioGroup>
          ),
          validate: (
            <Switch
              label={tr("action.highlight")}
              checked={k.state.highlight}
              disabled={busy || props.host.kind === "none"}
              onChange={(_e, data) => k.setHighlight(data.checked)}
            />
          ),
        }}
      />
      <Progress running={k.state.running} />
      <ErrorBar error={k.state.error} onDismiss={k.dismissError} />
      <ResultBar result={k.state.result} />
      {k.state.findings !== undefined && (
        <FindingsPanel findings={k.state.findings} fixed={k.state.fixed} onGoTo={(f) => void k.goTo(f)} onFix={(f) => void k.fix(f)} onTidy={() => void k.tidy()} busy={busy} />
      )}
      {k.state.evaluations !== undefined && <CapaianSummary evaluations={k.state.evaluations} settings={k.state.settings} />}
      <Divider />
      <SettingsPanel settings={k.state.settings} hasInfo={k.state.hasInfo} busy={busy} onChange={(key, value) => void k.setSetting(key, value)} />
    </main>
  );
}

/** Catches a bug in rendering and says what to do, instead of a blank pane. */
class ErrorBoundary extends React.Component<{ children: React.ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <BugMessage detail={this.state.error.message} />;
  }
}

function BugMessage(props: { detail: string }) {
  const { lang } = useLang();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{bilingual("error.bug", { detail: props.detail })[lang]}</MessageBarBody>
    </MessageBar>
  );
}

export function TaskPane(props: TaskPaneProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <LangProvider initial={langFromOffice(props.host.displayLanguage)}>
        <ErrorBoundary>
          <Pane {...props} />
        </ErrorBoundary>
      </LangProvider>
    </FluentProvider>
  );
}

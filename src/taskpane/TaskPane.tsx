/**
 * The task pane as a guided flow that fits Excel's 320 px pane: a status line saying what the
 * workbook has, then the steps staff take (set up the template, enter realisasi, check, compute
 * capaian, charts and meeting material) with one primary button — the next step's — and each
 * action's result under its own button. Settings sit in their own closed section. One error
 * boundary catches bugs; Excel's refusals arrive as state from the hook.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
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
import type { ExportFormat } from "../excel/actions";
import type { ActionKey } from "./actions";
import { DecreePicker } from "./components/DecreePicker";
import { ErrorBar, Progress, ResultBar, timeOfDay } from "./components/Feedback";
import { CapaianSummary } from "./components/CapaianSummary";
import { FindingsPanel } from "./components/FindingsPanel";
import { GabungSection } from "./gabung/GabungPanel";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { SettingsPanel } from "./components/SettingsPanel";
import { ActionButton, Step, StepList } from "./components/Steps";
import { twWord } from "../core/rules/finding";
import {
  STEP_OF,
  countFindings,
  notYet,
  outcomeOf,
  primaryAction,
  quarterChoice,
  readiness,
  reportingQuarterOf,
  settingsUsed,
  stepOfRun,
  stepStates,
  type Readiness,
  type StepKey,
} from "./flow";
import type { PaneHost } from "./host";
import { LangProvider, langFromOffice, useLang, useT } from "./i18n";
import type { PaneState } from "./state";
import { useKinerja, type Kinerja } from "./useKinerja";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "480px",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  status: { color: tokens.colorNeutralForeground2, margin: 0 },
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface TaskPaneProps {
  host: PaneHost;
  decree: Decree;
}

/** The compact status line: template, reporting quarter, last check and last capaian, with times. */
function StatusLine(props: { state: PaneState }) {
  const tr = useT();
  const { lang } = useLang();
  const styles = useStyles();
  const s = props.state;
  const parts: string[] = [s.hasInfo ? tr("status.template") : tr("status.noTemplate")];
  const q = reportingQuarterOf(s);
  if (s.hasInfo && q !== undefined)
    parts.push(tr("status.tw", { tw: tr(`status.twWhy.${q.why}`, { tw: twWord(q.quarter) }) }));
  if (s.hasInfo) {
    if (s.findings !== undefined && s.at.validate !== undefined) {
      const c = countFindings(s.findings);
      const summary = tr("status.counts", { errors: c.error, warnings: c.warning });
      parts.push(
        tr("status.checked", { time: timeOfDay(s.at.validate, lang), summary }) +
          (s.stale.findings ? ` (${tr("status.stale")})` : "")
      );
    } else parts.push(tr("status.notChecked"));
    if (s.evaluations !== undefined && s.at.capaian !== undefined)
      parts.push(
        tr("status.capaian", { time: timeOfDay(s.at.capaian, lang) }) +
          (s.stale.evaluations ? ` (${tr("status.stale")})` : "")
      );
  }
  return (
    <Caption1 as="p" className={styles.status} role="status" aria-label={tr("status.label")}>
      {parts.join(" · ")}
    </Caption1>
  );
}

function Pane(props: TaskPaneProps) {
  const styles = useStyles();
  const tr = useT();
  const [decree, setDecree] = React.useState(props.decree);
  const k = useKinerja(props.host, decree);
  const s = k.state;
  const busy = s.running !== undefined;
  const outside = props.host.kind === "none";
  const steps = stepStates(s);
  const primary = primaryAction(s);
  const why = (action: ActionKey): string | undefined => {
    if (outside) return tr("action.needsExcel");
    const key = notYet(s, action);
    return key === undefined ? undefined : tr(key);
  };
  const [confirmExport, setConfirmExport] = React.useState(false);
  const ready = readiness(s);
  const quarter = reportingQuarterOf(s)?.quarter;

  // Results appear under the button clicked, and focus moves there.
  const resultRef = React.useRef<HTMLDivElement>(null);
  const errorRef = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (s.result !== undefined) resultRef.current?.focus();
  }, [s.result]);
  React.useEffect(() => {
    if (s.error !== undefined) errorRef.current?.focus();
  }, [s.error]);

  const lastStep = stepOfRun(s.last);
  const feedback = (at: StepKey) => {
    const o = outcomeOf(s);
    const exportLines =
      s.result?.action === "export"
        ? [
            tr("export.sheetAdded"),
            tr("export.saved", { file: s.result.summary[s.result.summary.length - 1]?.id ?? "" }),
          ]
        : undefined;
    return (
      <>
        {lastStep === at && <Progress running={s.running} />}
        {lastStep === at && <ErrorBar ref={errorRef} error={s.error} onDismiss={k.dismissError} />}
        {s.result !== undefined && STEP_OF[s.result.action] === at && (
          <ResultBar
            ref={resultRef}
            result={s.result}
            hideSummary={s.result.action === "validate"}
            title={o.title && tr(o.title.key, o.title.params)}
            intent={o.intent}
            next={o.next && tr(o.next)}
            extra={exportLines}
            at={s.at[s.result.action]}
          />
        )}
      </>
    );
  };
  const button = (
    action: ActionKey,
    extra: { note?: string; label?: string; onRun?: () => void } = {}
  ) => (
    <ActionButton
      action={action}
      actions={k.actions}
      running={s.running}
      primary={primary === action && !outside}
      why={why(action)}
      {...extra}
    />
  );

  return (
    <main className={styles.root} onFocus={k.refresh} onPointerEnter={k.refresh}>
      <header className={styles.header}>
        <Title3 as="h1" block>
          {tr("app.title")}
        </Title3>
        <LanguageSwitch />
        <StatusLine state={s} />
      </header>
      {outside && (
        <MessageBar intent="info">
          <MessageBarBody>{tr("app.outsideExcel")}</MessageBarBody>
        </MessageBar>
      )}
      {/* Errors from actions no step owns (settings) show here. */}
      {lastStep === undefined && (
        <ErrorBar ref={errorRef} error={s.error} onDismiss={k.dismissError} />
      )}
      <StepList>
        <Step step="setup" n={1} {...steps.setup}>
          {s.hasInfo ? (
            <Caption1>{tr("flow.setupDone")}</Caption1>
          ) : (
            <Caption1>{tr("flow.setup.question")}</Caption1>
          )}
          <SetupChoices
            k={k}
            decree={decree}
            builtIn={props.decree}
            setDecree={setDecree}
            button={button}
            collapsed={s.hasInfo}
            busy={busy}
            outside={outside}
          />
          {feedback("setup")}
        </Step>
        <Step step="fill" n={2} {...steps.fill}>
          <Caption1>{tr("flow.fillHint", { tw: twWord(ready.quarter) })}</Caption1>
        </Step>
        <Step step="check" n={3} {...steps.check}>
          {button("validate")}
          <Switch
            label={tr("action.highlight")}
            checked={s.highlight}
            disabled={busy || outside || !s.hasInfo}
            onChange={(_e, data) => k.setHighlight(data.checked)}
          />
          {feedback("check")}
          {s.findings !== undefined && s.stale.findings && (
            <Caption1 role="status">
              <strong>{tr(s.stale.edited === true ? "status.edited" : "check.stale")}</strong>
            </Caption1>
          )}
          {s.findings !== undefined && (
            <FindingsPanel
              findings={s.findings}
              fixed={s.fixed}
              reportingQuarter={quarter}
              indicators={s.checked}
              onGoTo={(f) => void k.goTo(f)}
              onFix={(f) => void k.fix(f)}
              onTidy={() => void k.tidy()}
              busy={busy}
            />
          )}
        </Step>
        <Step step="capaian" n={4} {...steps.capaian}>
          {button("capaian", { note: tr("action.will.capaian") })}
          {feedback("capaian")}
          {s.evaluations !== undefined && (
            <CapaianSummary
              evaluations={s.evaluations}
              {...(s.anggaran !== undefined && { anggaran: s.anggaran })}
              settings={s.evaluatedWith ?? settingsUsed(s)}
              stale={s.stale.evaluations}
            />
          )}
        </Step>
        <Step step="report" n={5} {...steps.report}>
          {s.hasInfo && <TrustPanel state={s} ready={ready} />}
          {button("charts", { note: tr("action.will.charts") })}
          <RadioGroup
            layout="horizontal"
            aria-label={tr("export.format")}
            value={s.exportFormat}
            onChange={(_e, data) => k.setExportFormat(data.value as ExportFormat)}
          >
            <Radio value="pdf" label="PDF" disabled={busy} />
            <Radio value="xlsx" label="Excel" disabled={busy} />
            <Radio value="csv" label="CSV" disabled={busy} />
          </RadioGroup>
          {button("export", {
            note: tr("action.will.export"),
            onRun: () => {
              if (ready.issues.length > 0) setConfirmExport(true);
              else void k.actions.export?.();
            },
          })}
          {confirmExport && ready.issues.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{tr("ready.confirm")}</MessageBarTitle>
                <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
                  {ready.issues.map((r) => (
                    <li key={r.key}>{tr(r.key, r.params)}</li>
                  ))}
                </ul>
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  size="small"
                  onClick={() => {
                    setConfirmExport(false);
                    void k.actions.export?.();
                  }}
                >
                  {tr("ready.exportAnyway")}
                </Button>
                <Button size="small" appearance="subtle" onClick={() => setConfirmExport(false)}>
                  {tr("ready.cancel")}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {feedback("report")}
        </Step>
      </StepList>
      <Accordion collapsible>
        <AccordionItem value="settings">
          <AccordionHeader as="h2">{tr("settings.open")}</AccordionHeader>
          <AccordionPanel>
            <SettingsPanel
              settings={s.settings}
              hasInfo={s.hasInfo}
              busy={busy}
              onChange={(key, value) => void k.setSetting(key, value)}
              quarter={quarterChoice(s)}
              onFollowWorkbook={() => void k.followWorkbookQuarter()}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <GabungSection
        host={props.host}
        decree={decree}
        disabled={busy || outside}
        layout={k.layout}
        exclusive={k.gabung}
      />
    </main>
  );
}

/**
 * Siap rapat? How many indicators are complete, computed and flagged, whether the sheet's
 * numbers were recomputed after the last change, and whether the Info sheet computes another
 * quarter than the pane reports — all from the one readiness model (`readiness` in ./flow).
 */
function TrustPanel(props: { state: PaneState; ready: Readiness }) {
  const tr = useT();
  const { lang } = useLang();
  const s = props.state;
  const t = props.ready;
  const tw = twWord(t.quarter);
  const time = s.at.capaian === undefined ? "" : timeOfDay(s.at.capaian, lang);
  const lines = [
    t.indicators === undefined
      ? tr("trust.notChecked")
      : tr("trust.complete", {
          tw,
          complete: t.complete ?? 0,
          indicators: (t.indicators ?? 0) - (t.notDue ?? 0),
        }),
    ...(t.notDue !== undefined && t.notDue > 0
      ? [tr("trust.notDue", { tw, notDue: t.notDue })]
      : []),
    t.computed === undefined
      ? tr("trust.notComputed")
      : tr("trust.computed", { computed: t.computed, indicators: t.computedOf ?? 0 }),
    ...(t.flagged === undefined
      ? []
      : [tr("trust.flagged", { flagged: t.flagged, errors: t.errors ?? 0 })]),
    tr(`trust.recomputed.${t.recomputed}`, { time }),
    ...t.issues.filter((i) => i.key === "ready.quarterDiffers").map((i) => tr(i.key, i.params)),
  ];
  return (
    <section aria-labelledby="kinerja-trust">
      <Body1 as="h3" id="kinerja-trust" style={{ fontWeight: 600, margin: 0 }}>
        {tr("ready.title")}
      </Body1>
      <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
        {lines.map((l) => (
          <li key={l}>
            <Caption1>{l}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Step 1: the table on the active sheet, or the decree; once set up, behind "set up again". */
function SetupChoices(props: {
  k: Kinerja;
  decree: Decree;
  builtIn: Decree;
  setDecree: (d: Decree) => void;
  button: (action: ActionKey, extra?: { note?: string; label?: string }) => React.ReactNode;
  collapsed: boolean;
  busy: boolean;
  outside: boolean;
}) {
  const tr = useT();
  const styles = useStyles();
  const sheet = props.k.state.activeSheet;
  const choices = (
    <div className={styles.col}>
      {props.button("convert", {
        label: sheet === undefined ? undefined : tr("flow.convertSheet", { sheet }),
        note: tr("flow.convertHint"),
      })}
      {props.button("template", {
        note: tr("flow.decreeHint", { office: props.decree.office, year: props.decree.year }),
      })}
      <DecreePicker
        decree={props.decree}
        builtIn={props.builtIn}
        disabled={props.busy || props.outside}
        onChange={props.setDecree}
      />
    </div>
  );
  if (!props.collapsed) return choices;
  return (
    <Accordion collapsible>
      <AccordionItem value="again">
        <AccordionHeader size="small">{tr("flow.setupAgain")}</AccordionHeader>
        <AccordionPanel>{choices}</AccordionPanel>
      </AccordionItem>
    </Accordion>
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

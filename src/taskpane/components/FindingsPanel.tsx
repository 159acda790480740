import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { todoOf, type MessageKey } from "../../core/i18n";
import { twWord, type Quarter, type Severity } from "../../core/rules/finding";
import type { LocatedFinding } from "../../core/workbook/validate-plan";
import type { FixApplied } from "../useKinerja";
import { groupFindings } from "../flow";
import { tidyFindings } from "../state";
import { useLang, useT } from "../i18n";
import { formatFixValue } from "../../core/i18n/format";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  group: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline" },
  sub: { marginBlockStart: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  tidy: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    marginBlock: tokens.spacingVerticalS,
  },
});

const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;
const SEVERITY_WORD: Record<Severity, MessageKey> = {
  error: "findings.one.error",
  warning: "findings.one.warning",
  info: "findings.one.info",
};

export interface FindingsPanelProps {
  findings: LocatedFinding[];
  fixed: FixApplied[];
  reportingQuarter?: Quarter;
  /** How many indicators the check read (for "1 of 35 entered"). */
  indicators?: number;
  onGoTo: (f: LocatedFinding) => void;
  onFix: (f: LocatedFinding) => void;
  /** Rapikan isian: every tidy fix at once. */
  onTidy: () => void;
  busy: boolean;
}

/**
 * What the check found, as staff read it: by indicator ("No. 3 — Persentase …"), errors first;
 * each finding says what is wrong, what to do, then links to its cell. Quarters not filled yet
 * are one progress line per quarter, not a warning per indicator.
 */
export function FindingsPanel(props: FindingsPanelProps) {
  const tr = useT();
  const { lang } = useLang();
  const styles = useStyles();
  const grouped = groupFindings(props.findings, props.reportingQuarter, props.indicators);
  const tidyCount = tidyFindings(props.findings).length;
  return (
    <section aria-label={tr("findings.title")}>
      {tidyCount > 0 && (
        <div className={styles.tidy}>
          <Button appearance="secondary" disabled={props.busy} onClick={props.onTidy}>
            {tr("findings.tidy", { count: tidyCount })}
          </Button>
          <Caption1 as="p">{tr("findings.tidyHint")}</Caption1>
        </div>
      )}
      {grouped.groups.length > 0 && (
        <ul className={styles.list}>
          {grouped.groups.map((g) => (
            <li key={g.key} className={styles.group}>
              <h3 className={styles.heading}>
                {g.no !== undefined && g.no.trim() !== ""
                  ? tr("check.indicator", { no: g.no.replace(/\.$/, ""), text: firstLine(g.text) })
                  : firstLine(g.text) || g.sheet}
              </h3>
              <ul className={styles.list}>
                {g.findings.map((f, i) => (
                  <li key={`${f.cell}-${f.code}-${i}`} className={styles.item}>
                    <div className={styles.row}>
                      <Badge
                        appearance="filled"
                        color={BADGE[f.severity]}
                        shape="rounded"
                        size="small"
                      >
                        {tr(SEVERITY_WORD[f.severity])}
                      </Badge>
                      <Body1>{f.message[lang]}</Body1>
                    </div>
                    {todoOf(f.code) !== undefined && (
                      <Caption1>
                        {tr("check.todo", { todo: tr(todoOf(f.code) as MessageKey) })}
                      </Caption1>
                    )}
                    {f.fix !== undefined && (
                      <Button size="small" onClick={() => props.onFix(f)} disabled={props.busy}>
                        {tr("findings.fix", { value: formatFixValue(f.fix, lang, f.cellFormat) })}
                      </Button>
                    )}
                    <Link as="button" onClick={() => props.onGoTo(f)} disabled={props.busy}>
                      {tr("findings.goTo", { cell: f.cell, sheet: f.sheet })}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {grouped.missing.length > 0 && (
        <>
          <Caption1 as="h3" className={styles.sub}>
            {tr("check.notes", { count: grouped.missing.length })}
          </Caption1>
          <ul className={styles.list}>
            {grouped.missing.map((m) => (
              <li key={m.quarter} className={styles.item}>
                <Caption1>
                  {tr("check.missing", {
                    tw: twWord(m.quarter),
                    missing: m.missing,
                  })}
                </Caption1>
                <Link as="button" onClick={() => props.onGoTo(m.first)} disabled={props.busy}>
                  {tr("findings.goTo", { cell: m.first.cell, sheet: m.first.sheet })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {props.fixed.length > 0 && (
        <>
          <Caption1 as="h3" className={styles.sub}>
            {tr("findings.applied")}
          </Caption1>
          <ul className={styles.list}>
            {props.fixed.map((x) => (
              <li key={`${x.sheet}!${x.cell}`} className={styles.item}>
                <Caption1>
                  {tr("findings.fixed", {
                    sheet: x.sheet,
                    cell: x.cell,
                    value: formatFixValue(x.fix, lang, x.cellFormat),
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function firstLine(text: string | undefined): string {
  const line = (text ?? "").split("\n")[0] ?? "";
  return line.length > 90 ? `${line.slice(0, 88)}…` : line;
}

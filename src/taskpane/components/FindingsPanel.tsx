import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Severity } from "../../core/rules/finding";
import type { LocatedFinding } from "../../core/workbook/validate-plan";
import type { FixApplied } from "../useKinerja";
import { tidyFindings } from "../state";
import { useLang, useT } from "../i18n";
import { formatFixValue } from "../../core/i18n/format";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  sheet: { marginBlockStart: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  tidy: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, marginBlock: tokens.spacingVerticalS },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingsPanelProps {
  findings: LocatedFinding[];
  fixed: FixApplied[];
  onGoTo: (f: LocatedFinding) => void;
  onFix: (f: LocatedFinding) => void;
  /** Rapikan isian: every tidy fix at once. */
  onTidy: () => void;
  busy: boolean;
}

/** Findings by severity, then by sheet; each names its cell, and clicking it selects the cell. */
export function FindingsPanel(props: FindingsPanelProps) {
  const tr = useT();
  const { lang } = useLang();
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => props.findings.some((f) => f.severity === s));
  const tidyCount = tidyFindings(props.findings).length;
  return (
    <section aria-label={tr("findings.title", { count: props.findings.length })}>
      <Body1 as="h2" style={{ fontWeight: 600 }}>
        {tr("findings.title", { count: props.findings.length })}
      </Body1>
      {props.findings.length === 0 && <Body1 as="p">{tr("findings.none")}</Body1>}
      {tidyCount > 0 && (
        <div className={styles.tidy}>
          <Button appearance="primary" disabled={props.busy} onClick={props.onTidy}>
            {tr("findings.tidy", { count: tidyCount })}
          </Button>
          <Caption1 as="p">{tr("findings.tidyHint")}</Caption1>
        </div>
      )}
      <Accordion multiple collapsible defaultOpenItems={present.slice(0, 1)}>
        {present.map((severity) => {
          const mine = props.findings.filter((f) => f.severity === severity);
          const sheets = [...new Set(mine.map((f) => f.sheet))];
          return (
            <AccordionItem key={severity} value={severity}>
              <AccordionHeader>
                <Badge appearance="filled" color={BADGE[severity]} shape="rounded">
                  {mine.length}
                </Badge>
                &nbsp;{tr(`findings.severity.${severity}`)}
              </AccordionHeader>
              <AccordionPanel>
                {sheets.map((sheet) => (
                  <div key={sheet}>
                    <Caption1 as="h3" className={styles.sheet}>
                      {sheet}
                    </Caption1>
                    <ul className={styles.list}>
                      {mine
                        .filter((f) => f.sheet === sheet)
                        .map((f, i) => (
                          <li key={`${f.cell}-${f.code}-${i}`} className={styles.item}>
                            <Link as="button" onClick={() => props.onGoTo(f)} disabled={props.busy}>
                              {tr("findings.goTo", { cell: f.cell })}
                            </Link>
                            <Caption1>{f.message[lang]}</Caption1>
                            {f.fix !== undefined && (
                              <Button size="small" onClick={() => props.onFix(f)} disabled={props.busy}>
                                {tr("findings.fix", { value: formatFixValue(f.fix, lang, f.cellFormat) })}
                              </Button>
                            )}
                          </li>
                        ))}
                    </ul>
                  </div>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
      {props.fixed.length > 0 && (
        <>
          <Caption1 as="h3" className={styles.sheet}>
            {tr("findings.applied")}
          </Caption1>
          <ul className={styles.list}>
            {props.fixed.map((x) => (
              <li key={`${x.sheet}!${x.cell}`} className={styles.item}>
                <Caption1>
                  {tr("findings.fixed", { sheet: x.sheet, cell: x.cell, value: formatFixValue(x.fix, lang, x.cellFormat) })}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

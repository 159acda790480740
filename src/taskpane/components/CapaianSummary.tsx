import * as React from "react";
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { explainCapaian, explainComparisons } from "../../core/rules/explain";
import { twWord, type Quarter } from "../../core/rules/finding";
import type { AnggaranResult } from "../../core/workbook/anggaran/model";
import type { SheetEvaluation } from "../../core/workbook/capaian-plan";
import { kategoriBands } from "../../core/rules/kategori";
import { bandColors } from "../../core/workbook/kategori-colors";
import type { WorkbookSettings } from "../../core/workbook/settings";
import { useLang, useT } from "../i18n";
import { figurePercent, percentUnitsText, rupiahText } from "../../core/i18n/figures";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  working: { margin: 0, paddingInlineStart: "1.2em", fontSize: tokens.fontSizeBase200 },
  pill: { borderRadius: tokens.borderRadiusMedium, padding: "0 4px", whiteSpace: "nowrap" },
});

/** A capaian in percent units as the sheet's "0.00%" shows it (103.75 -> "103,75%"). */
export function formatPercent(value: number | null, lang: "id" | "en"): string | null {
  return value === null ? null : percentUnitsText(value, lang);
}

/**
 * Capaian per sasaran and overall after Hitung Capaian, with the kategori as a coloured pill
 * that also carries its name (colour is never the only signal). Fits a 320 px pane.
 */
export function CapaianSummary(props: {
  evaluations: SheetEvaluation[];
  /** The Anggaran sheet's figures computed with these capaian. */
  anggaran?: AnggaranResult;
  settings?: WorkbookSettings;
  /** Computed before the last change: shown greyed, with what to do. */
  stale?: boolean;
}) {
  const tr = useT();
  const { lang } = useLang();
  const styles = useStyles();
  const bands = kategoriBands(props.settings?.kategori ?? "five");
  const colors = bandColors(bands);
  // The kategori the Ringkasan sheet, the recap and the PDF give the group; while some of its
  // indicators have no capaian yet it is marked provisional (graded from 1 of 4 it would mislead).
  const pill = (
    label: { key: string; label: { id: string; en: string } } | null,
    complete = true
  ) => {
    if (label === null) return null;
    const i = bands.findIndex((b) => b.key === label.key);
    const c = colors[i] ?? {
      fill: tokens.colorNeutralBackground3,
      fontColor: tokens.colorNeutralForeground1,
    };
    return (
      <span className={styles.pill} style={{ background: c.fill, color: c.fontColor }}>
        {complete ? label.label[lang] : tr("summary.provisional", { kategori: label.label[lang] })}
      </span>
    );
  };
  const first = props.evaluations[0]?.evaluation.results[0];
  // "s.d. TW I" when only TW I is filled, though the reporting quarter is TW IV: the data says.
  const reporting = props.settings?.reportingQuarter ?? 4;
  const filled = props.evaluations.flatMap((e) =>
    e.evaluation.results.flatMap((r) =>
      r.quarters.filter((q) => q.value !== null && q.quarter <= reporting).map((q) => q.quarter)
    )
  );
  const upTo = filled.length > 0 ? Math.max(...filled) : undefined;
  const cekIsian = props.evaluations.reduce(
    (n, e) => n + e.evaluation.results.filter((r) => r.cekIsian !== null).length,
    0
  );
  return (
    <section aria-label={tr("summary.title")} style={props.stale ? { opacity: 0.6 } : undefined}>
      <Body1 as="h3" style={{ fontWeight: 600 }}>
        {tr("summary.title")}
        {upTo !== undefined && ` ${tr("summary.upTo", { tw: twWord(upTo as Quarter) })}`}
      </Body1>
      {props.stale && (
        <Body1 as="p" role="status">
          <strong>{tr("summary.stale")}</strong>
        </Body1>
      )}
      {props.evaluations.map(({ sheet, evaluation, indicators }) => (
        <React.Fragment key={sheet}>
          <table className={styles.table}>
            <caption style={{ textAlign: "left", fontWeight: 600 }}>
              {tr("summary.sheet", { sheet })}
            </caption>
            <tbody>
              {evaluation.summary.sasaran.map((g) => (
                <tr key={g.sasaran}>
                  <td className={styles.cell}>
                    {g.sasaran}
                    <br />
                    <Caption1>
                      {tr("summary.coverage", { counted: g.counted, indicators: g.indicators })}
                      {" · "}
                      {tr("summary.reached", { reached: g.reached, indicators: g.indicators })}
                    </Caption1>
                  </td>
                  <td className={`${styles.cell} ${styles.num}`}>
                    {formatPercent(g.averageRounded, lang) ?? tr("summary.noValue")}
                  </td>
                  <td className={styles.cell}>{pill(g.kategori, g.counted === g.indicators)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className={styles.cell} style={{ textAlign: "left" }}>
                  {tr("summary.overall")}
                  <br />
                  <Caption1>
                    {tr("summary.counted", {
                      counted: evaluation.summary.overall.counted,
                      indicators: evaluation.summary.overall.indicators,
                      reached: evaluation.summary.overall.reached,
                    })}
                  </Caption1>
                </th>
                <td className={`${styles.cell} ${styles.num}`}>
                  <strong>
                    {formatPercent(evaluation.summary.overall.averageRounded, lang) ??
                      tr("summary.noValue")}
                  </strong>
                </td>
                <td className={styles.cell}>
                  {pill(
                    evaluation.summary.overall.kategori,
                    evaluation.summary.overall.counted === evaluation.summary.overall.indicators
                  )}
                </td>
              </tr>
            </tbody>
          </table>
          <details>
            <summary>{tr("working.show")}</summary>
            <ol className={styles.working}>
              {evaluation.results.map((r, i) => {
                const ind = indicators?.[i];
                const w = explainCapaian(r, reporting as Quarter);
                const more = explainComparisons(r, reporting as Quarter);
                return (
                  <li key={`${r.indicatorId}-${i}`}>
                    {ind !== undefined && (
                      <strong>{tr("check.indicator", { no: ind.no, text: ind.text })}</strong>
                    )}
                    {[...w.lines, ...more].map((l, j) => (
                      <div key={j}>{l[lang]}</div>
                    ))}
                  </li>
                );
              })}
            </ol>
          </details>
        </React.Fragment>
      ))}
      {props.evaluations.some(
        (e) => e.evaluation.summary.overall.counted < e.evaluation.summary.overall.indicators
      ) && (
        <Caption1 as="p">
          {tr("summary.partial", {
            counted: props.evaluations.reduce(
              (n, e) => n + e.evaluation.summary.overall.counted,
              0
            ),
            indicators: props.evaluations.reduce(
              (n, e) => n + e.evaluation.summary.overall.indicators,
              0
            ),
          })}
        </Caption1>
      )}
      {props.anggaran !== undefined && props.anggaran.rows.length > 0 && (
        <AnggaranSummary anggaran={props.anggaran} quarter={reporting} />
      )}
      {cekIsian > 0 && (
        <Body1 as="p" role="status">
          {tr("summary.cekIsian", { count: cekIsian })}
        </Body1>
      )}
      {first !== undefined && (
        <Caption1 as="p">
          {tr("summary.rule", {
            cap: first.cap.label[lang],
            gradeRule: first.gradeRule.label[lang],
          })}
        </Caption1>
      )}
    </section>
  );
}

/**
 * The Anggaran sheet beside the capaian, as its formulas compute it at the reporting quarter:
 * per program its % Serapan and Efisiensi, and the total pagu, realisasi and serapan.
 */
function AnggaranSummary(props: { anggaran: AnggaranResult; quarter: number }) {
  const tr = useT();
  const { lang } = useLang();
  const styles = useStyles();
  const { rows, total } = props.anggaran;
  const none = tr("summary.noValue");
  return (
    <table className={styles.table} style={{ marginTop: 8 }}>
      <caption style={{ textAlign: "left", fontWeight: 600 }}>
        {tr("summary.anggaran", {
          sheet: props.anggaran.sheet,
          tw: twWord(props.quarter as Quarter),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className={styles.cell} style={{ textAlign: "left" }}>
            {tr("summary.program")}
          </th>
          <th scope="col" className={`${styles.cell} ${styles.num}`}>
            {tr("summary.serapan")}
          </th>
          <th scope="col" className={`${styles.cell} ${styles.num}`}>
            {tr("summary.efisiensi")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows
          .filter((r) => r.program.trim() !== "" || r.sasaran.trim() !== "")
          .map((r) => (
            <tr key={r.row}>
              <td className={styles.cell}>{r.program.trim() || r.sasaran}</td>
              <td className={`${styles.cell} ${styles.num}`}>
                {figurePercent(r.serapan, none, lang)}
              </td>
              <td className={`${styles.cell} ${styles.num}`}>
                {figurePercent(r.efisiensi, none, lang)}
              </td>
            </tr>
          ))}
        <tr>
          <th scope="row" className={styles.cell} style={{ textAlign: "left" }}>
            {tr("summary.anggaranTotal")}
            <br />
            <Caption1>
              {tr("summary.anggaranAmounts", {
                realisasi: rupiahText(total.realisasi, lang),
                pagu: rupiahText(total.pagu, lang),
              })}
            </Caption1>
          </th>
          <td className={`${styles.cell} ${styles.num}`}>
            <strong>{figurePercent(total.serapan, none, lang)}</strong>
          </td>
          <td className={styles.cell} />
        </tr>
      </tbody>
    </table>
  );
}

/**
 * Gabungkan Buku Kerja: the user picks several offices' .xlsx files; each is read in turn (the
 * reader loads only then, in its own chunk), with its progress in a list, and the
 * consolidation's sheets — Data Gabungan, Rekap Satker, Kelengkapan, Sebaran, Peringkat and the
 * files that could not be read — are built in the open workbook through the Office.js port as
 * every other action (src/excel/gabung.ts, use case GABUNG), beside whatever the workbook
 * already has; what this Excel left out is listed with the result.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  consolidate,
  type OfficeResult,
  type RankRule,
  type Unreadable,
} from "../../core/consolidate/model";
import type { Decree } from "../../core/decree/schema";
import type { Bilingual } from "../../core/i18n";
import { runGabung } from "../../excel/gabung";
import { describeError } from "../../excel/errors";
import type { LayoutMemory } from "../../excel/read";
import type { PaneHost } from "../host";
import { useLang, useT } from "../i18n";
import type { PickedFile } from "./read-files";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingInlineStart: "1.2em", wordBreak: "break-word" },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

type FileState =
  | { state: "waiting" }
  | { state: "reading" }
  | { state: "read"; office: string }
  | { state: "failed"; reason: string };

type Phase = "idle" | "loading" | "reading" | "building";

export interface GabungPanelProps {
  host: PaneHost;
  decree: Decree;
  /** Another action is running, or there is no workbook. */
  disabled?: boolean;
  /** The pane's memory of the workbook's sheet and table names (a read in one round trip). */
  layout?: LayoutMemory;
  /**
   * Runs the consolidation under the pane's one lock (useKinerja's `gabung`): no other action
   * starts while it reads and writes. Without it, the panel runs on its own.
   */
  exclusive?: (work: () => Promise<void>) => Promise<void>;
}

interface Done {
  text: string;
  /** Features this Excel left out, one line per missing feature. */
  leftOut: Bilingual[];
}

export function GabungPanel(props: GabungPanelProps) {
  const styles = useStyles();
  const tr = useT();
  const { lang } = useLang();
  const input = React.useRef<HTMLInputElement>(null);
  const [names, setNames] = React.useState<string[]>([]);
  const [files, setFiles] = React.useState<FileState[]>([]);
  const [phase, setPhase] = React.useState<Phase>("idle");
  const [done, setDone] = React.useState<Done | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  // The ranking rule, as `kinerja gabung --rank`: stated on Rekap Satker and Peringkat.
  const [rank, setRank] = React.useState<RankRule>("average");
  const busy = phase !== "idle";

  const consolidateFiles = async (picked: PickedFile[]) => {
    setNames(picked.map((f) => f.name));
    setFiles(picked.map(() => ({ state: "waiting" })));
    setDone(undefined);
    setError(undefined);
    const mark = (i: number, s: FileState) =>
      setFiles((all) => all.map((x, k) => (k === i ? s : x)));
    try {
      setPhase("loading");
      const { readPickedFile } = await import(/* webpackChunkName: "gabung" */ "./read-files");
      setPhase("reading");
      const results: OfficeResult[] = [];
      const unreadable: Unreadable[] = [];
      for (const [i, file] of picked.entries()) {
        mark(i, { state: "reading" });
        // One file at a time: its workbook is dropped before the next is read.
        const read = await readPickedFile(lang, file, props.decree);
        if (read.ok) {
          results.push(read.result);
          mark(i, { state: "read", office: read.result.office });
        } else {
          unreadable.push({ source: file.name, reason: read.reason });
          mark(i, { state: "failed", reason: read.reason });
        }
      }
      if (results.length === 0) {
        setError(tr("gabung.noneRead"));
        return;
      }
      setPhase("building");
      const c = consolidate(results, unreadable, { rank });
      const title = `REKAP GABUNGAN CAPAIAN KINERJA — ${results.length} KANTOR`;
      const env = {
        decree: props.decree,
        supports: (v: string) => props.host.supports(v),
        ...(props.layout !== undefined && { layout: props.layout }),
      };
      const out = await props.host.run((ctx) => runGabung(ctx, env, c, title));
      setDone({
        text: tr("gabung.done", {
          offices: c.offices.length,
          indicators: c.indicators.length,
          failed: c.unreadable.length,
          sheet: out.sheet,
        }),
        leftOut: out.leftOut,
      });
    } catch (e) {
      setError(describeError(e)[lang]);
    } finally {
      setPhase("idle");
    }
  };

  const line = (s: FileState): string =>
    s.state === "waiting"
      ? tr("gabung.waiting")
      : s.state === "reading"
        ? tr("gabung.reading")
        : s.state === "read"
          ? tr("gabung.read", { office: s.office })
          : tr("gabung.failed", { reason: s.reason });

  return (
    <section className={styles.root} aria-label={tr("gabung.title")}>
      <Caption1>{tr("gabung.hint")}</Caption1>
      <RadioGroup
        aria-label={tr("gabung.rank")}
        value={rank}
        disabled={busy}
        onChange={(_, d) => setRank(d.value === "tercapai" ? "tercapai" : "average")}
      >
        <Caption1>{tr("gabung.rank")}</Caption1>
        <Radio value="average" label={tr("gabung.rankAverage")} />
        <Radio value="tercapai" label={tr("gabung.rankTercapai")} />
      </RadioGroup>
      <Button disabled={busy || props.disabled === true} onClick={() => input.current?.click()}>
        {tr("gabung.title")}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={tr("gabung.pick")}
        style={{ display: "none" }}
        onChange={(e) => {
          const picked = Array.from(e.currentTarget.files ?? []);
          // The same files can be picked again after a change in them.
          e.currentTarget.value = "";
          if (picked.length === 0) return;
          const work = () => consolidateFiles(picked);
          void (props.exclusive !== undefined ? props.exclusive(work) : work());
        }}
      />
      {phase === "loading" && <Spinner size="tiny" label={tr("gabung.loading")} />}
      {phase === "building" && <Spinner size="tiny" label={tr("gabung.building")} />}
      {files.length > 0 && (
        <ul className={styles.list} aria-label={tr("gabung.files")} aria-live="polite">
          {files.map((s, i) => (
            <li
              key={`${i}-${names[i] ?? ""}`}
              className={s.state === "failed" ? styles.failed : undefined}
            >
              {names[i]}: {line(s)}
            </li>
          ))}
        </ul>
      )}
      {done !== undefined && (
        <MessageBar
          intent={done.leftOut.length > 0 ? "warning" : "success"}
          role="status"
          layout="multiline"
        >
          <MessageBarBody>
            <div>{done.text}</div>
            {done.leftOut.length > 0 && (
              <>
                <div>{tr("result.leftOut")}</div>
                <ul className={styles.list} aria-label={tr("result.leftOut")}>
                  {done.leftOut.map((l) => (
                    <li key={l.id}>{l[lang]}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The pane's one entry point: a closed section of its own under the steps. */
export function GabungSection(props: GabungPanelProps) {
  const tr = useT();
  return (
    <Accordion collapsible>
      <AccordionItem value="gabung">
        <AccordionHeader as="h2">{tr("gabung.title")}</AccordionHeader>
        <AccordionPanel>
          <GabungPanel {...props} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

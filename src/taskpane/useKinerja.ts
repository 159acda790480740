/**
 * The pane's one hook, a thin bridge between the components and Excel: it keeps the state
 * (./state), runs one thing at a time, and runs actions as ./action-table says. Errors become
 * state, with what to do next. Components never import Excel.
 */
import * as React from "react";
import type { Decree } from "../core/decree/schema";
import { bilingual } from "../core/i18n";
import type { WorkbookSettings } from "../core/workbook/settings";
import type { LocatedFinding } from "../core/workbook/validate-plan";
import {
  applyFix,
  applyFixes,
  readWorkbookSettings,
  rememberQuarterChoice,
  selectCell,
  writeWorkbookSetting,
  type ActionEnv,
  type ExportFormat,
} from "../excel/actions";
import { describeError } from "../excel/errors";
import { createLayoutMemory, type LayoutMemory } from "../excel/read";
import { ACTION_TABLE } from "./action-table";
import { ACTION_KEYS, type ActionImpls, type ActionKey } from "./actions";
import { downloadFile } from "./download";
import { judgeChange, type KnownSheets, type Written } from "./watch";
import type { PaneHost } from "./host";
import {
  INITIAL_STATE,
  paneReducer,
  tidyFindings,
  type PaneEvent,
  type PaneState,
  type Running,
} from "./state";

export type { FixApplied, PaneState } from "./state";

export interface Kinerja {
  state: PaneState;
  /** Implementations of the actions this host can run (the others stay disabled). */
  actions: ActionImpls;
  goTo: (f: LocatedFinding) => Promise<void>;
  fix: (f: LocatedFinding) => Promise<void>;
  /** Rapikan isian: every tidy fix of the last Validasi at once. */
  tidy: () => Promise<void>;
  setSetting: <K extends keyof WorkbookSettings>(
    key: K,
    value: WorkbookSettings[K]
  ) => Promise<void>;
  /** Let the reporting quarter follow the workbook again (forget the staff's choice). */
  followWorkbookQuarter: () => Promise<void>;
  setHighlight: (on: boolean) => void;
  setExportFormat: (format: ExportFormat) => void;
  dismissError: () => void;
  /** Read the workbook's status again (the active sheet, the template) when idle. */
  refresh: () => void;
  /** Select the cell a finding or a hint points at. */
  goToCell: (sheet: string, cell: string) => Promise<void>;
  /** The workbook's sheet and table names as the actions last saw them (Gabungkan shares it). */
  layout: LayoutMemory;
  /**
   * Run Gabungkan Buku Kerja under the pane's one lock: no other action starts while it reads
   * and writes (the steps' buttons are disabled); not run when another action is on.
   */
  gabung: (work: () => Promise<void>) => Promise<void>;
}

/** How long after a run an edit reported without its source is taken for the run's own write. */
const OWN_WRITE_MS = 1500;
/** How long typing pauses before the pane reads the workbook's status again. */
const EDIT_PAUSE_MS = 400;

export function useKinerja(host: PaneHost, decree: Decree): Kinerja {
  const [state, dispatch] = React.useReducer(paneReducer, INITIAL_STATE);
  /** What the current (or last) run wrote; undefined when it wrote what the pane cannot tell. */
  const written = React.useRef<Written[] | undefined>([]);
  /** The sheets as last read: which ones the results read, by the id onChanged reports. */
  const sheets = React.useRef<KnownSheets | undefined>(undefined);
  /** Someone edited the workbook while a run was on: said once the run has finished. */
  const editedDuringRun = React.useRef(false);
  const env: ActionEnv = React.useMemo(
    // One layout memory per workbook the pane serves: actions then read in one round trip.
    () => ({
      decree,
      supports: (v) => host.supports(v),
      layout: createLayoutMemory(),
      onWrite: (sheet, address) => written.current?.push({ sheet, address }),
    }),
    [decree, host]
  );
  const busy = React.useRef(false);
  /** When the pane's last run ended: Excel reports its own writes to onChanged a moment later. */
  const settledAt = React.useRef(0);

  /** Run one thing at a time: `work` says what it learnt, as events; errors become state. */
  const guarded = React.useCallback(
    async (running: Running | undefined, work: () => Promise<PaneEvent[]>) => {
      if (busy.current) return;
      busy.current = true;
      written.current = [];
      dispatch({ type: "started", running });
      try {
        for (const event of await work()) dispatch(event);
      } catch (error) {
        dispatch({ type: "failed", error: describeError(error) });
      } finally {
        dispatch({ type: "settled" });
        busy.current = false;
        settledAt.current = Date.now();
        if (editedDuringRun.current) {
          editedDuringRun.current = false;
          dispatch({ type: "workbookEdited" });
        }
      }
    },
    []
  );

  /** `suggest`: work out the quarter the workbook suggests (reads the RKT tables' cells). */
  const readSettings = React.useCallback(
    async (suggest = true): Promise<PaneEvent> => {
      const read = await host.run((ctx) => readWorkbookSettings(ctx, env, new Date(), suggest));
      const ids = read.sheetIds;
      sheets.current = {
        ids,
        watched: new Set(read.resultSheets.flatMap((n) => (ids[n] === undefined ? [] : [ids[n]]))),
      };
      return { type: "settingsRead", ...read };
    },
    [host, env]
  );

  // The reporting quarter the actions use: the staff's choice, else the one the workbook
  // suggests when the action reads it (Hitung Capaian and Ekspor write it into the Info sheet).
  const autoQuarter = state.quarterChosen === false;

  React.useEffect(() => {
    if (host.kind === "none") return;
    void guarded("settings", async () => [await readSettings()]);
  }, [host, guarded, readSettings]);

  const { highlight, exportFormat } = state;
  const actions = React.useMemo((): ActionImpls => {
    if (host.kind === "none") return {};
    const run = (key: ActionKey) =>
      guarded(key, async () => {
        const spec = ACTION_TABLE[key];
        const r = await host.run((ctx) =>
          spec.run(ctx, { ...env, autoQuarter }, { highlight, exportFormat })
        );
        if (r.file !== undefined) downloadFile(r.file.name, r.file.bytes, r.file.mime);
        // The Info sheet alone when the action told the suggested quarter (one small read).
        const settings = spec.rereadsSettings
          ? [await readSettings(r.suggested === undefined)]
          : [];
        return [
          ...settings,
          {
            type: "finished",
            action: key,
            result: r,
            at: Date.now(),
            ...spec.adds?.(r),
            ...(r.suggested !== undefined && { suggested: r.suggested }),
          },
        ];
      });
    return Object.fromEntries(ACTION_KEYS.map((key) => [key, () => run(key)]));
  }, [host, env, guarded, readSettings, highlight, exportFormat, autoQuarter]);

  const goToCell = React.useCallback(
    (sheet: string, cell: string) =>
      guarded(undefined, async () => {
        await host.run((ctx) => selectCell(ctx, sheet, cell));
        return [];
      }),
    [host, guarded]
  );
  const goTo = React.useCallback((f: LocatedFinding) => goToCell(f.sheet, f.cell), [goToCell]);
  const gabung = React.useCallback(
    (work: () => Promise<void>) =>
      guarded("gabung", async () => {
        await work();
        return [];
      }),
    [guarded]
  );

  // Nothing stays stale: Excel (ExcelApi 1.9) tells the pane when cells change — of the sheets
  // the results read (RKT, IKU, Info, Anggaran) only; a notes sheet of the user's changes
  // nothing. The pane's own writes are told too: marked "ThisLocalAddin" from ExcelApi 1.14;
  // before that, an event while a run is on or just after it is the run's own if the run wrote
  // its cells (else someone's edit, said once the run has finished). Older Excel: results carry
  // their time, and a setting changed in the pane marks them "perlu diulang".
  React.useEffect(() => {
    if (host.kind === "none" || !host.supports("1.9")) {
      dispatch({ type: "watching", on: false });
      return;
    }
    let live = true;
    const onChanged = async (args: {
      worksheetId?: string;
      address?: string;
      triggerSource?: string;
    }): Promise<void> => {
      await Promise.resolve();
      if (!live) return;
      const verdict = judgeChange(args, {
        sheets: sheets.current,
        nearRun: busy.current || Date.now() - settledAt.current < OWN_WRITE_MS,
        written: written.current,
      });
      if (verdict !== "edit") return;
      if (busy.current) {
        editedDuringRun.current = true;
        return;
      }
      dispatch({ type: "workbookEdited" });
      // The quarter the workbook suggests may have moved with what was typed: read the status
      // again once the typing pauses (one read for a burst of edits).
      if (pendingRead !== undefined) clearTimeout(pendingRead);
      pendingRead = setTimeout(() => {
        pendingRead = undefined;
        if (live) refreshRef.current(true);
      }, EDIT_PAUSE_MS);
    };
    let pendingRead: ReturnType<typeof setTimeout> | undefined;
    host
      .run(async (ctx) => {
        // The handler lives as long as the pane's page; after unmounting it does nothing.
        ctx.workbook.worksheets.onChanged.add(onChanged);
        await ctx.sync();
      })
      .then(
        () => live && dispatch({ type: "watching", on: true }),
        () => live && dispatch({ type: "watching", on: false })
      );
    return () => {
      live = false;
      if (pendingRead !== undefined) clearTimeout(pendingRead);
    };
  }, [host]);

  const watchingRef = React.useRef(false);
  const infoQuarterRef = React.useRef<number | undefined>(undefined);
  infoQuarterRef.current = state.settings?.reportingQuarter;
  watchingRef.current = state.watching === true;
  const refreshRef = React.useRef<(afterEdit?: boolean) => void>(() => undefined);
  const lastRefresh = React.useRef(0);
  /** `afterEdit`: Excel said cells changed, so read even if the pane read a moment ago. */
  const refresh = React.useCallback(
    (afterEdit = false) => {
      if (host.kind === "none" || busy.current) return;
      if (!afterEdit && Date.now() - lastRefresh.current < 2000) return;
      lastRefresh.current = Date.now();
      // Where Excel reports edits, an edit reads the suggestion again (below): coming back to
      // the pane then reads the Info sheet alone (one small round trip), not every RKT cell.
      const suggest = afterEdit || !watchingRef.current;
      // Quietly: a failed status read leaves the pane as it was.
      readSettings(suggest).then(
        (event) => {
          if (!busy.current) dispatch(event);
        },
        () => undefined
      );
    },
    [host, readSettings]
  );
  refreshRef.current = refresh;

  const fix = React.useCallback(
    (f: LocatedFinding) =>
      guarded("fix", async () => {
        const fixValue = f.fix;
        if (fixValue === undefined) return [];
        written.current?.push({ sheet: f.sheet, address: f.cell });
        const ok = await host.run((ctx) => applyFix(ctx, f.sheet, f.cell, f.cellValue, fixValue));
        if (!ok) {
          const error = bilingual("findings.fixStale", { cell: `${f.cell} (${f.sheet})` });
          return [{ type: "failed", error }];
        }
        const fixed = { sheet: f.sheet, cell: f.cell, fix: fixValue, cellFormat: f.cellFormat };
        return [{ type: "fixApplied", fixed }];
      }),
    [host, guarded]
  );

  const findings = state.findings;
  const tidy = React.useCallback(
    () =>
      guarded("tidy", async () => {
        const wanted = tidyFindings(findings ?? []);
        for (const f of wanted) written.current?.push({ sheet: f.sheet, address: f.cell });
        const { applied, stale } = await host.run((ctx) =>
          applyFixes(
            ctx,
            wanted.map((f) => ({
              sheet: f.sheet,
              cell: f.cell,
              expected: f.cellValue,
              fix: f.fix as NonNullable<LocatedFinding["fix"]>,
            }))
          )
        );
        const format = new Map(wanted.map((f) => [`${f.sheet}!${f.cell}`, f.cellFormat]));
        const fixed = applied.map((a) => ({
          sheet: a.sheet,
          cell: a.cell,
          fix: a.fix,
          cellFormat: format.get(`${a.sheet}!${a.cell}`) ?? "General",
        }));
        const staleCells = stale.map((s) => `${s.sheet}!${s.cell}`);
        const events: PaneEvent[] = [{ type: "fixesApplied", fixed, stale: staleCells }];
        if (stale.length > 0) {
          const cells = stale.map((x) => `${x.cell} (${x.sheet})`).join(", ");
          events.push({
            type: "failed",
            error: bilingual("findings.tidyStale", { count: stale.length, cells }),
          });
        }
        return events;
      }),
    [host, guarded, findings]
  );

  const setSetting = React.useCallback(
    <K extends keyof WorkbookSettings>(key: K, value: WorkbookSettings[K]) =>
      guarded("settings", async () => {
        written.current = undefined; // the Info cell's address is the core's to know
        await host.run((ctx) => writeWorkbookSetting(ctx, env, key, value));
        return [{ type: "settingWritten" }, await readSettings()];
      }),
    [host, env, guarded, readSettings]
  );

  const followWorkbookQuarter = React.useCallback(
    () =>
      guarded("settings", async () => {
        const now = infoQuarterRef.current;
        written.current = undefined;
        await host.run((ctx) => rememberQuarterChoice(ctx, env, false, now));
        return [{ type: "settingWritten" }, await readSettings()];
      }),
    [host, env, guarded, readSettings]
  );

  return {
    state,
    actions,
    goTo,
    fix,
    tidy,
    setSetting,
    followWorkbookQuarter,
    setHighlight: (on) => dispatch({ type: "highlightSet", on }),
    setExportFormat: (format) => dispatch({ type: "exportFormatSet", format }),
    dismissError: () => dispatch({ type: "errorDismissed" }),
    refresh: () => refresh(),
    goToCell,
    layout: env.layout as LayoutMemory,
    gabung,
  };
}

/**
 * The pane's one hook: every action runs through here, one at a time, with its progress,
 * result or error kept as state for the components. Components never import Excel.
 */
import * as React from "react";
import type { Decree } from "../core/decree/schema";
import { bilingual, type Bilingual } from "../core/i18n";
import type { Evaluation } from "../core/rules/evaluate";
import type { WorkbookSettings } from "../core/workbook/settings";
import type { LocatedFinding } from "../core/workbook/validate-plan";
import {
  applyFix,
  readWorkbookSettings,
  runCapaian,
  runCharts,
  runConvert,
  runExport,
  runTemplate,
  runValidate,
  selectCell,
  writeWorkbookSetting,
  type ActionEnv,
  type ActionResult,
  type ExportFormat,
} from "../excel/actions";
import { downloadFile } from "./download";
import { describeError } from "../excel/errors";
import type { ActionKey } from "./actions";
import type { PaneHost } from "./host";

export interface FixApplied {
  sheet: string;
  cell: string;
  fix: { value: number | string; numberFormat?: string };
  cellFormat: string;
}

export interface PaneState {
  running?: ActionKey | "settings" | "fix";
  result?: { action: ActionKey; summary: string[]; leftOut: Bilingual[]; recognised?: Bilingual[] };
  error?: Bilingual;
  findings?: LocatedFinding[];
  fixed: FixApplied[];
  evaluations?: { sheet: string; evaluation: Evaluation }[];
  settings?: WorkbookSettings;
  hasInfo: boolean;
  highlight: boolean;
  exportFormat: ExportFormat;
}

export interface Kinerja {
  state: PaneState;
  /** Implementations of the actions this host can run (the others stay disabled). */
  actions: Partial<Record<ActionKey, () => Promise<void>>>;
  goTo: (f: LocatedFinding) => Promise<void>;
  fix: (f: LocatedFinding) => Promise<void>;
  setSetting: <K extends keyof WorkbookSettings>(
    key: K,
    value: WorkbookSettings[K]
  ) => Promise<void>;
  setHighlight: (on: boolean) => void;
  setExportFormat: (format: ExportFormat) => void;
  dismissError: () => void;
}

const INITIAL: PaneState = { fixed: [], hasInfo: false, highlight: false, exportFormat: "pdf" };

export function useKinerja(host: PaneHost, decree: Decree): Kinerja {
  const [state, setState] = React.useState<PaneState>(INITIAL);
  const env: ActionEnv = React.useMemo(
    () => ({ decree, supports: (v) => host.supports(v) }),
    [decree, host]
  );
  const busy = React.useRef(false);

  /** Run one thing at a time; errors become state, with what to do next. */
  const guarded = React.useCallback(
    async (running: PaneState["running"], work: () => Promise<Partial<PaneState>>) => {
      if (busy.current) return;
      busy.current = true;
      setState((s) => ({ ...s, running, error: undefined }));
      try {
        const patch = await work();
        setState((s) => ({ ...s, ...patch, running: undefined }));
      } catch (error) {
        setState((s) => ({ ...s, running: undefined, error: describeError(error) }));
      } finally {
        busy.current = false;
      }
    },
    []
  );

  const refreshSettings = React.useCallback(async (): Promise<Partial<PaneState>> => {
    const { settings, hasInfo } = await host.run((ctx) => readWorkbookSettings(ctx, env));
    return { settings, hasInfo };
  }, [host, env]);

  React.useEffect(() => {
    if (host.kind === "none") return;
    void guarded("settings", refreshSettings);
  }, [host, guarded, refreshSettings]);

  const done = (action: ActionKey, r: ActionResult): Partial<PaneState> => ({
    result: {
      action,
      summary: r.summary.map((l) => l.id),
      leftOut: r.leftOut,
      ...(r.recognised !== undefined && { recognised: r.recognised }),
    },
  });

  const highlight = state.highlight;
  const exportFormat = state.exportFormat;
  const actions = React.useMemo((): Kinerja["actions"] => {
    if (host.kind === "none") return {};
    return {
      template: () =>
        guarded("template", async () => ({
          ...done("template", await host.run((ctx) => runTemplate(ctx, env))),
          ...(await refreshSettings()),
        })),
      validate: () =>
        guarded("validate", async () => {
          const r = await host.run((ctx) => runValidate(ctx, env, highlight));
          return { ...done("validate", r), findings: r.findings ?? [], fixed: [] };
        }),
      capaian: () =>
        guarded("capaian", async () => {
          const r = await host.run((ctx) => runCapaian(ctx, env));
          return { ...done("capaian", r), evaluations: r.evaluations ?? [] };
        }),
      convert: () =>
        guarded("convert", async () => ({
          ...done("convert", await host.run((ctx) => runConvert(ctx, env))),
          ...(await refreshSettings()),
        })),
      export: () =>
        guarded("export", async () => {
          const r = await host.run((ctx) => runExport(ctx, env, exportFormat));
          downloadFile(r.file.name, r.file.bytes, r.file.mime);
          return done("export", r);
        }),
      charts: () =>
        guarded("charts", async () => done("charts", await host.run((ctx) => runCharts(ctx, env)))),
    };
  }, [host, env, guarded, refreshSettings, highlight, exportFormat]);

  const goTo = React.useCallback(
    (f: LocatedFinding) =>
      guarded(
        undefined,
        async () => (await host.run((ctx) => selectCell(ctx, f.sheet, f.cell)), {})
      ),
    [host, guarded]
  );

  const fix = React.useCallback(
    (f: LocatedFinding) =>
      guarded("fix", async () => {
        const fixValue = f.fix;
        if (fixValue === undefined) return {};
        const ok = await host.run((ctx) => applyFix(ctx, f.sheet, f.cell, f.cellValue, fixValue));
        if (!ok) return { error: bilingual("findings.fixStale", { cell: `${f.sheet}!${f.cell}` }) };
        return {
          fixed: [
            ...state.fixed,
            { sheet: f.sheet, cell: f.cell, fix: fixValue, cellFormat: f.cellFormat },
          ],
          findings: state.findings?.filter(
            (x) => !(x.sheet === f.sheet && x.cell === f.cell && x.fix !== undefined)
          ),
        };
      }),
    [host, guarded, state.fixed, state.findings]
  );

  const setSetting = React.useCallback(
    <K extends keyof WorkbookSettings>(key: K, value: WorkbookSettings[K]) =>
      guarded("settings", async () => {
        await host.run((ctx) => writeWorkbookSetting(ctx, env, key, value));
        return refreshSettings();
      }),
    [host, env, guarded, refreshSettings]
  );

  return {
    state,
    actions,
    goTo,
    fix,
    setSetting,
    setHighlight: (on) => setState((s) => ({ ...s, highlight: on })),
    setExportFormat: (format) => setState((s) => ({ ...s, exportFormat: format })),
    dismissError: () => setState((s) => ({ ...s, error: undefined })),
  };
}

/**
 * The pane's state and the events that change it: a pure reducer, no React and no Excel.
 * A run is bracketed by `started` and `settled`; between them come what it learnt
 * (`settingsRead`, `finished`, `fixApplied`) or what went wrong (`failed`). The rest are the
 * user's own choices.
 */
import type { Bilingual } from "../core/i18n";
import type { SuggestedQuarter } from "../core/rules/reporting-quarter";
import type { AnggaranResult } from "../core/workbook/anggaran/model";
import type { SheetEvaluation } from "../core/workbook/capaian-plan";
import type { WorkbookSettings } from "../core/workbook/settings";
import type { LocatedFinding } from "../core/workbook/validate-plan";

export { tidyFindings } from "../core/workbook/tidy-plan";
import type { ExportFormat } from "../export/filename";
import type { ActionKey } from "./actions";

export interface FixApplied {
  sheet: string;
  cell: string;
  fix: { value: number | string; numberFormat?: string };
  cellFormat: string;
}

/** What the last action did, every line in both languages. */
export interface PaneResult {
  action: ActionKey;
  summary: Bilingual[];
  leftOut: Bilingual[];
  recognised?: Bilingual[];
}

export type Evaluations = SheetEvaluation[];

/**
 * What is running: an action, the settings (read or written), a fix, Gabungkan Buku Kerja;
 * undefined when idle.
 */
export type Running = ActionKey | "settings" | "fix" | "tidy" | "gabung";

/** What is out of date: results from before the workbook or a setting changed. */
export interface Staleness {
  findings: boolean;
  evaluations: boolean;
  /** Excel said a cell of the workbook changed since the last check (not a setting). */
  edited?: boolean;
}

export interface PaneState {
  running?: Running;
  /** What ran last, shown or not: its result or error appears under its own step. */
  last?: Running;
  result?: PaneResult;
  error?: Bilingual;
  findings?: LocatedFinding[];
  /** How many indicators the last check read. */
  checked?: number;
  /** Whether the last check found any realisasi typed. */
  entered?: boolean;
  /**
   * Of the indicators the last check read, how many first expect a realisasi in TW I..IV (a
   * semesteran one in TW II): before that quarter, nothing is due for them.
   */
  dueFrom?: number[];
  fixed: FixApplied[];
  evaluations?: Evaluations;
  /** The Anggaran sheet's figures computed with the last capaian (none without that sheet). */
  anggaran?: AnggaranResult;
  /** The settings the last capaian was computed with: its summary is labelled by them. */
  evaluatedWith?: WorkbookSettings;
  settings?: WorkbookSettings;
  hasInfo: boolean;
  /** The sheet Excel shows, for "Gunakan tabel di lembar 'RKT 2021'". */
  activeSheet?: string;
  /** The reporting quarter the workbook suggests (last quarter filled, else the date's). */
  suggested?: SuggestedQuarter;
  /**
   * Staff chose the reporting quarter in the pane (kept in the workbook); undefined where Excel
   * cannot remember it (before ExcelApi 1.4): the Info sheet's word then holds.
   */
  quarterChosen?: boolean;
  /** Whether this Excel tells the pane when a cell changes (worksheet onChanged). */
  watching?: boolean;
  /** When each action last finished (ms since 1970), for the status line. */
  at: Partial<Record<ActionKey, number>>;
  stale: Staleness;
  highlight: boolean;
  exportFormat: ExportFormat;
}

/** An action's result as it arrives. */
export interface ArrivingResult {
  summary: readonly Bilingual[];
  leftOut: Bilingual[];
  recognised?: Bilingual[];
}

export type PaneEvent =
  /** A run begins (`running` undefined: one the pane does not show, such as going to a cell). */
  | { type: "started"; running?: Running }
  /** The run is over, whatever its outcome: the pane is free again. */
  | { type: "settled" }
  /** What went wrong, said so the user knows what to do next. */
  | { type: "failed"; error: Bilingual }
  | {
      type: "settingsRead";
      settings: WorkbookSettings;
      hasInfo: boolean;
      activeSheet?: string;
      suggested?: SuggestedQuarter;
      quarterChosen?: boolean;
      /** Whether this read worked out `suggested` (else the last one stays). */
      suggestedRead?: boolean;
    }
  /** Excel said cells changed (typed, pasted, cleared) outside the pane's own writes. */
  | { type: "workbookEdited" }
  /** Whether Excel reports edits to the pane (the pane marks results stale on its own then). */
  | { type: "watching"; on: boolean }
  /** A setting was written: what was computed with the old one is out of date. */
  | { type: "settingWritten" }
  /**
   * An action finished: its result, and what it found. Findings replace the last validation's
   * (and its fixes); evaluations replace the last capaian's.
   */
  | {
      type: "finished";
      action: ActionKey;
      result: ArrivingResult;
      findings?: LocatedFinding[];
      /** How many indicators the check read. */
      checked?: number;
      entered?: boolean;
      dueFrom?: number[];
      evaluations?: Evaluations;
      /** With evaluations: the Anggaran sheet's figures (undefined: the workbook has none). */
      anggaran?: AnggaranResult;
      /** With evaluations: the settings they were computed with. */
      evaluatedWith?: WorkbookSettings;
      /** The reporting quarter the workbook suggested as the action read it. */
      suggested?: SuggestedQuarter;
      /** When it finished (ms since 1970). */
      at?: number;
    }
  /** A finding's fix was written to its cell. */
  | { type: "fixApplied"; fixed: FixApplied }
  /**
   * Rapikan isian wrote these fixes; cells changed since validation ("Sheet!A1") were left, and
   * their fixes no longer apply.
   */
  | { type: "fixesApplied"; fixed: FixApplied[]; stale: string[] }
  | { type: "highlightSet"; on: boolean }
  | { type: "exportFormatSet"; format: ExportFormat }
  | { type: "errorDismissed" };

export const INITIAL_STATE: PaneState = {
  fixed: [],
  hasInfo: false,
  at: {},
  stale: { findings: false, evaluations: false },
  highlight: false,
  exportFormat: "pdf",
};

function paneResult(action: ActionKey, r: ArrivingResult): PaneResult {
  return {
    action,
    summary: [...r.summary],
    leftOut: r.leftOut,
    ...(r.recognised !== undefined && { recognised: r.recognised }),
  };
}

export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "started":
      return {
        ...state,
        running: event.running,
        ...(event.running !== undefined && { last: event.running }),
        error: undefined,
      };
    case "settled":
      return { ...state, running: undefined };
    case "failed":
      return { ...state, error: event.error };
    case "settingsRead":
      return {
        ...state,
        settings: event.settings,
        hasInfo: event.hasInfo,
        ...(event.activeSheet !== undefined && { activeSheet: event.activeSheet }),
        suggested: event.suggestedRead === false ? state.suggested : event.suggested,
        quarterChosen: event.quarterChosen,
      };
    case "workbookEdited":
      if (state.findings === undefined && state.evaluations === undefined) return state;
      return {
        ...state,
        stale: {
          findings: state.findings !== undefined,
          evaluations: state.evaluations !== undefined,
          edited: true,
        },
      };
    case "watching":
      return { ...state, watching: event.on };
    case "settingWritten":
      return {
        ...state,
        stale: {
          findings: state.findings !== undefined,
          evaluations: state.evaluations !== undefined,
        },
      };
    case "finished": {
      const at = { ...state.at, [event.action]: event.at ?? Date.now() };
      // A new template makes every earlier check and capaian meaningless.
      if (event.action === "template" || event.action === "convert")
        return {
          ...state,
          result: paneResult(event.action, event.result),
          findings: undefined,
          evaluations: undefined,
          anggaran: undefined,
          evaluatedWith: undefined,
          fixed: [],
          at: { [event.action]: at[event.action] },
          stale: { findings: false, evaluations: false },
        };
      const findingsNew = event.findings !== undefined;
      return {
        ...state,
        ...(event.suggested !== undefined && { suggested: event.suggested }),
        result: paneResult(event.action, event.result),
        at,
        ...(event.findings !== undefined && { findings: event.findings, fixed: [] }),
        ...(event.checked !== undefined && { checked: event.checked }),
        ...(event.entered !== undefined && { entered: event.entered }),
        ...(event.dueFrom !== undefined && { dueFrom: event.dueFrom }),
        ...(event.evaluations !== undefined && {
          evaluations: event.evaluations,
          anggaran: event.anggaran,
          evaluatedWith: event.evaluatedWith,
        }),
        stale: {
          findings: findingsNew ? false : state.stale.findings,
          evaluations: event.evaluations !== undefined ? false : state.stale.evaluations,
          ...(!findingsNew && state.stale.edited === true && { edited: true }),
        },
      };
    }
    case "fixApplied": {
      const { sheet, cell } = event.fixed;
      return {
        ...state,
        fixed: [...state.fixed, event.fixed],
        // A value changed: capaian computed before it is out of date.
        stale: { ...state.stale, evaluations: state.evaluations !== undefined },
        findings: state.findings?.filter(
          (f) => !(f.sheet === sheet && f.cell === cell && f.fix !== undefined)
        ),
      };
    }
    case "fixesApplied": {
      const done = new Set(event.fixed.map((x) => `${x.sheet}!${x.cell}`));
      const stale = new Set(event.stale);
      const withoutFix = ({ fix: _fix, ...f }: LocatedFinding): LocatedFinding => f;
      return {
        ...state,
        fixed: [...state.fixed, ...event.fixed],
        stale: {
          ...state.stale,
          evaluations: state.evaluations !== undefined && event.fixed.length > 0,
        },
        findings: state.findings
          ?.filter((f) => !(done.has(`${f.sheet}!${f.cell}`) && f.fix !== undefined))
          .map((f) =>
            stale.has(`${f.sheet}!${f.cell}`) && f.fix !== undefined ? withoutFix(f) : f
          ),
      };
    }
    case "highlightSet":
      return { ...state, highlight: event.on };
    case "exportFormatSet":
      return { ...state, exportFormat: event.format };
    case "errorDismissed":
      return { ...state, error: undefined };
  }
}

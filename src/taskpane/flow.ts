/**
 * The pane's guided flow as pure functions of its state: which step comes next, why an action
 * cannot run yet, how findings are grouped for reading, and what to check before a meeting.
 * No React and no Excel, so every rule here is tested on plain data.
 */
import type { MessageKey } from "../core/i18n";
import { twWord, type Quarter, type Severity } from "../core/rules/finding";
import type { WorkbookSettings } from "../core/workbook/settings";
import type { LocatedFinding } from "../core/workbook/validate-plan";
import type { ActionKey } from "./actions";
import type { PaneState, Running } from "./state";

/** The steps staff take, in order. */
export const STEPS = ["setup", "fill", "check", "capaian", "report"] as const;
export type StepKey = (typeof STEPS)[number];

/** Which step each action belongs to. */
export const STEP_OF: Record<ActionKey, StepKey> = {
  template: "setup",
  convert: "setup",
  validate: "check",
  capaian: "capaian",
  charts: "report",
  export: "report",
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worst severity among findings (undefined when there are none). */
export function worstSeverity(findings: readonly LocatedFinding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings)
    if (worst === undefined || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

/** Findings the pane counts as errors, warnings and notes (quarters not yet filled are progress). */
export function countFindings(findings: readonly LocatedFinding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.code !== "realisasi.missing") counts[f.severity] += 1;
  return counts;
}

/**
 * The step that comes next: set up a template; type realisasi (until a check has read some);
 * check again while errors remain or the check is out of date; compute capaian; then charts
 * and the meeting material.
 */
export function currentStep(state: PaneState): StepKey {
  if (!state.hasInfo) return "setup";
  if (state.findings === undefined) return "fill";
  if (state.stale.findings) return "check";
  if (nothingEntered(state)) return "fill";
  if (countFindings(state.findings).error > 0) return "check";
  if (state.evaluations === undefined || state.stale.evaluations) return "capaian";
  return "report";
}

/** The last check found no realisasi at all: the next step is still to type them and check. */
export function nothingEntered(state: PaneState): boolean {
  if (state.findings === undefined) return false;
  // Until a realisasi is typed no quarter is reported missing: the check says so itself.
  if (state.entered === false) return true;
  const g = groupFindings(state.findings, reportingQuarterOf(state)?.quarter, state.checked);
  return (
    g.groups.length === 0 &&
    g.missing.length > 0 &&
    g.missing.every((m) => m.missing >= m.indicators)
  );
}

/** Each step as the list shows it: the one current step, and the steps done. */
export function stepStates(state: PaneState): Record<StepKey, { current: boolean; done: boolean }> {
  const step = currentStep(state);
  const before = (key: StepKey) => STEPS.indexOf(key) < STEPS.indexOf(step);
  return {
    setup: { current: step === "setup", done: state.hasInfo },
    fill: { current: step === "fill", done: before("fill") },
    check: { current: step === "check", done: before("check") },
    capaian: { current: step === "capaian", done: before("capaian") },
    report: { current: step === "report", done: false },
  };
}

/** The action whose button is the one primary button of the pane at this step. */
export function primaryAction(state: PaneState): ActionKey {
  const step = currentStep(state);
  return step === "setup"
    ? "convert"
    : step === "capaian"
      ? "capaian"
      : step === "report"
        ? "export"
        : "validate";
}

/**
 * The step under which a run's progress and error show: an action's own step, a fix or
 * Rapikan isian under the check; settings under no step (undefined: at the top), and
 * Gabungkan Buku Kerja neither (its section says its own progress and outcome).
 */
export function stepOfRun(run: Running | undefined): StepKey | undefined {
  if (run === undefined || run === "settings" || run === "gabung") return undefined;
  if (run === "fix" || run === "tidy") return "check";
  return STEP_OF[run];
}

/** How a result is headed: its colour, title and the next thing to do, as message keys. */
export interface Outcome {
  intent?: "error" | "warning" | "info" | "success";
  title?: { key: MessageKey; params?: Record<string, number> };
  next?: MessageKey;
}

/** The heading of the last result, following what it found (never green beside an error). */
export function outcomeOf(state: PaneState): Outcome {
  const r = state.result;
  if (r === undefined) return {};
  if (r.action === "validate" && state.findings !== undefined) {
    const { error, warning } = countFindings(state.findings);
    if (error > 0)
      return {
        intent: "error",
        title: { key: "check.title.error", params: { count: error } },
        next: "flow.next.checkErrors",
      };
    if (warning > 0)
      return {
        intent: "warning",
        title: { key: "check.title.warning", params: { count: warning } },
        next: "flow.next.checkOk",
      };
    if (nothingEntered(state))
      return { intent: "info", title: { key: "check.title.empty" }, next: "flow.next.template" };
    return { intent: "success", title: { key: "check.title.ok" }, next: "flow.next.checkOk" };
  }
  if (r.action === "template" || r.action === "convert") return { next: "flow.next.template" };
  if (r.action === "capaian") return { next: "flow.next.capaian" };
  return {};
}

/** The settings the last capaian was computed with: the Info sheet's, at the pane's quarter. */
export function settingsUsed(state: PaneState): WorkbookSettings | undefined {
  const quarter = reportingQuarterOf(state)?.quarter;
  return state.settings && quarter !== undefined
    ? { ...state.settings, reportingQuarter: quarter }
    : state.settings;
}

/**
 * The reporting quarter's automatic choice for Pengaturan: whether staff chose one, and the
 * quarter the workbook suggests (undefined where Excel cannot remember a choice).
 */
export function quarterChoice(
  state: PaneState
): { chosen: boolean; suggested: Quarter } | undefined {
  return state.quarterChosen === undefined || state.suggested === undefined
    ? undefined
    : { chosen: state.quarterChosen, suggested: state.suggested.quarter };
}

/** Why an action cannot run yet in this workbook (undefined when it can). */
export function notYet(state: PaneState, action: ActionKey): MessageKey | undefined {
  if (action === "template" || action === "convert") return undefined;
  return state.hasInfo ? undefined : "flow.needsTemplate";
}

/** One indicator's findings, worst first. */
export interface IndicatorGroup {
  key: string;
  sheet: string;
  no?: string;
  text?: string;
  worst: Severity;
  findings: LocatedFinding[];
}

/** Realisasi not yet typed for one quarter, said once instead of once per indicator. */
export interface MissingQuarter {
  quarter: Quarter;
  /** Indicators without a realisasi for this quarter, and how many were checked. */
  missing: number;
  indicators: number;
  /** The first empty cell, to go to. */
  first: LocatedFinding;
}

export interface GroupedFindings {
  groups: IndicatorGroup[];
  missing: MissingQuarter[];
  counts: Record<Severity, number>;
  worst?: Severity;
}

/**
 * Findings as staff read them: by indicator ("No. 3 — Persentase …"), indicators with errors
 * first, each indicator's findings worst first; "realisasi not filled" collapsed into one line
 * per quarter up to the reporting quarter (later quarters are not due, so not shown).
 */
export function groupFindings(
  findings: readonly LocatedFinding[],
  reportingQuarter: Quarter = 4,
  indicators?: number
): GroupedFindings {
  const byIndicator = new Map<string, IndicatorGroup>();
  const missingBy = new Map<Quarter, LocatedFinding[]>();
  for (const f of findings) {
    if (f.code === "realisasi.missing") {
      if (f.quarter !== undefined && f.quarter <= reportingQuarter) {
        const list = missingBy.get(f.quarter);
        if (list === undefined) missingBy.set(f.quarter, [f]);
        else list.push(f);
      }
      continue;
    }
    const key = `${f.sheet}\u0000${f.indicatorId}`;
    const g = byIndicator.get(key);
    if (g === undefined)
      byIndicator.set(key, {
        key,
        sheet: f.sheet,
        no: f.indicatorNo,
        text: f.indicatorText,
        worst: f.severity,
        findings: [f],
      });
    else {
      g.findings.push(f);
      if (RANK[f.severity] > RANK[g.worst]) g.worst = f.severity;
    }
  }
  // Stable within a severity: the sheet's own order of indicators.
  const groups = [...byIndicator.values()]
    .map((g) => ({
      ...g,
      findings: [...g.findings].sort((a, b) => RANK[b.severity] - RANK[a.severity]),
    }))
    .sort((a, b) => RANK[b.worst] - RANK[a.worst]);
  const total = indicators ?? new Set(findings.map((f) => `${f.sheet}\u0000${f.indicatorId}`)).size;
  const missing = [...missingBy.entries()]
    .sort(([a], [b]) => a - b)
    .map(([quarter, list]) => ({
      quarter,
      missing: list.length,
      indicators: Math.max(total, list.length),
      first: list[0] as LocatedFinding,
    }));
  const counts = countFindings(findings);
  const worst = worstSeverity(groups.flatMap((g) => g.findings));
  return { groups, missing, counts, ...(worst !== undefined && { worst }) };
}

/** Why the pane uses its reporting quarter, said in the status line. */
export type QuarterWhy = "filled" | "date" | "chosen" | "sheet";

/**
 * The reporting quarter the pane works with, and why: the one staff chose (kept in the
 * workbook), else the one the workbook suggests (the last quarter with entries, else the date's);
 * where Excel cannot remember a choice, the Info sheet's word.
 */
export function reportingQuarterOf(
  state: Pick<PaneState, "settings" | "suggested" | "quarterChosen">
): { quarter: Quarter; why: QuarterWhy } | undefined {
  if (state.settings === undefined) return undefined;
  const sheet = state.settings.reportingQuarter;
  if (state.quarterChosen === true) return { quarter: sheet, why: "chosen" };
  if (state.quarterChosen === undefined || state.suggested === undefined)
    return { quarter: sheet, why: "sheet" };
  return { quarter: state.suggested.quarter, why: state.suggested.reason };
}

/** Something to settle before a review meeting, with the words that say it. */
export interface ReadinessIssue {
  key: MessageKey;
  params?: Record<string, number | string>;
}

/** Whether the sheet's numbers were computed after the last change to the workbook. */
export type Recomputed = "yes" | "stale" | "never" | "unknown";

/**
 * Siap rapat? — the one readiness model the pane renders from: the summary in counts of
 * indicators, and what stands between the workbook and a meeting (the export asks to confirm
 * those). Every line and every issue comes from the same counts.
 */
export interface Readiness {
  /** Indicators the last check read (undefined before a check). */
  indicators?: number;
  /** Indicators with every due realisasi typed up to the reporting quarter. */
  complete?: number;
  /** Indicators with no quarter due yet (a semesteran one at TW I): neither complete nor not. */
  notDue?: number;
  /** Indicators with a capaian computed (undefined before Hitung Capaian). */
  computed?: number;
  computedOf?: number;
  /** Indicators with an error or a warning, and the errors among the findings. */
  flagged?: number;
  errors?: number;
  /**
   * "yes": capaian computed after the last change the pane knows of; "stale": a change came
   * after; "never": not computed; "unknown": computed, but this Excel does not tell the pane of
   * edits, so a change typed since cannot be ruled out.
   */
  recomputed: Recomputed;
  /** The reporting quarter the pane reports (TW IV before the settings are read). */
  quarter: Quarter;
  /**
   * The Info sheet's TW Pelaporan says another quarter than the pane reports: the sheet's
   * formulas compute that quarter until Hitung Capaian writes the pane's.
   */
  sheetQuarter?: Quarter;
  /** What stands between the workbook and a meeting, in the order of the steps. */
  issues: ReadinessIssue[];
}

const key = (f: LocatedFinding) => `${f.sheet}\u0000${f.indicatorId}`;

export function readiness(state: PaneState): Readiness {
  const quarter = reportingQuarterOf(state)?.quarter ?? 4;
  const out: Readiness = { recomputed: "never", quarter, issues: [] };
  const issues = out.issues;
  if (state.findings === undefined) issues.push({ key: "ready.notChecked" });
  else {
    const missing = new Set(
      state.findings
        .filter((f) => f.code === "realisasi.missing" && (f.quarter ?? 0) <= quarter)
        .map(key)
    );
    const flagged = new Set(
      state.findings.filter((f) => f.code !== "realisasi.missing" && f.severity !== "info").map(key)
    );
    const indicators = state.checked ?? new Set(state.findings.map(key)).size;
    // Indicators whose first due quarter comes after the reporting quarter.
    const notDue = (state.dueFrom ?? []).slice(quarter).reduce((a, b) => a + b, 0);
    out.indicators = indicators;
    out.notDue = notDue;
    out.complete = state.entered === false ? 0 : Math.max(0, indicators - missing.size - notDue);
    out.flagged = flagged.size;
    out.errors = countFindings(state.findings).error;
    if (out.errors > 0) issues.push({ key: "ready.errors", params: { count: out.errors } });
    if (state.stale.findings) issues.push({ key: "ready.checkStale" });
  }
  if (state.evaluations === undefined) issues.push({ key: "ready.noCapaian" });
  else {
    const results = state.evaluations.flatMap((e) => e.evaluation.results);
    out.computed = results.filter((r) => r.capaian !== null).length;
    out.computedOf = results.length;
    out.recomputed = state.stale.evaluations
      ? "stale"
      : state.watching === true
        ? "yes"
        : "unknown";
    if (state.stale.evaluations) issues.push({ key: "ready.capaianStale" });
  }
  const sheet = state.hasInfo ? state.settings?.reportingQuarter : undefined;
  if (sheet !== undefined && sheet !== quarter) {
    out.sheetQuarter = sheet;
    issues.push({
      key: "ready.quarterDiffers",
      params: { sheet: twWord(sheet), tw: twWord(quarter) },
    });
  }
  return out;
}

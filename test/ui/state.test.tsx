/**
 * The pane's reducer on its own: plain state in, events applied, plain state out. No React,
 * no Excel (the file is .tsx only because the UI tests' runner picks up .tsx).
 */
import { DEFAULT_SETTINGS } from "../../src/core/workbook/settings";
import type { LocatedFinding } from "../../src/core/workbook/validate-plan";
import {
  INITIAL_STATE,
  paneReducer,
  type PaneEvent,
  type PaneState,
} from "../../src/taskpane/state";

const apply = (state: PaneState, ...events: PaneEvent[]) => events.reduce(paneReducer, state);

function finding(cell: string, withFix: boolean): LocatedFinding {
  return {
    code: withFix ? "realisasi.text" : "realisasi.missing",
    severity: withFix ? "info" : "warning",
    indicatorId: `rkt-kpu-${cell}`,
    field: "realisasi",
    message: { id: `temuan ${cell}`, en: `finding ${cell}` },
    ...(withFix && { fix: { value: 0.775 } }),
    sheet: "RKT KPU",
    cell,
    cellValue: withFix ? "77,5%" : null,
    cellFormat: "0.0%",
  };
}

const lines = { summary: [{ id: "RKT KPU: 6 indikator", en: "RKT KPU: 6 indicators" }], leftOut: [] };

test("the initial state: nothing run, nothing found, PDF, no highlighting", () => {
  expect(INITIAL_STATE).toEqual({
    fixed: [],
    hasInfo: false,
    at: {},
    stale: { findings: false, evaluations: false },
    highlight: false,
    exportFormat: "pdf",
  });
});

test("a run is started, then settled; starting clears the last error", () => {
  const failed = apply(INITIAL_STATE, { type: "failed", error: { id: "galat", en: "error" } });
  const started = apply(failed, { type: "started", running: "validate" });
  expect(started.running).toBe("validate");
  expect(started.error).toBeUndefined();
  expect(apply(started, { type: "settled" }).running).toBeUndefined();
  // Going to a cell runs without showing what runs, and still clears the error.
  const quiet = apply(failed, { type: "started" });
  expect(quiet.running).toBeUndefined();
  expect(quiet.error).toBeUndefined();
});

test("a failure keeps the last result and ends with the pane free", () => {
  const error = { id: "Lembar dilindungi", en: "Sheet protected" };
  const state = apply(
    INITIAL_STATE,
    { type: "started", running: "template" },
    { type: "finished", action: "template", result: lines },
    { type: "settled" },
    { type: "started", running: "capaian" },
    { type: "failed", error },
    { type: "settled" }
  );
  expect(state.error).toEqual(error);
  expect(state.running).toBeUndefined();
  expect(state.result?.action).toBe("template");
  expect(apply(state, { type: "errorDismissed" }).error).toBeUndefined();
});

test("a finished action's summary lines enter the state in both languages", () => {
  const state = apply(INITIAL_STATE, {
    type: "finished",
    action: "export",
    result: {
      summary: [
        { id: "Rekap Rapat: TW IV", en: "Rekap Rapat: TW IV" },
        { id: "Berkas: rekap.pdf", en: "File: rekap.pdf" },
      ],
      leftOut: [{ id: "tanpa grafik", en: "no charts" }],
      recognised: [{ id: "Kolom Target", en: "Target column" }],
    },
  });
  expect(state.result).toEqual({
    action: "export",
    summary: [
      { id: "Rekap Rapat: TW IV", en: "Rekap Rapat: TW IV" },
      { id: "Berkas: rekap.pdf", en: "File: rekap.pdf" },
    ],
    leftOut: [{ id: "tanpa grafik", en: "no charts" }],
    recognised: [{ id: "Kolom Target", en: "Target column" }],
  });
});

test("a result without recognised lines has none", () => {
  const state = apply(INITIAL_STATE, { type: "finished", action: "charts", result: lines });
  expect(state.result).not.toHaveProperty("recognised");
  expect(state.findings).toBeUndefined();
  expect(state.evaluations).toBeUndefined();
});

test("validation's findings replace the last ones and forget the fixes made since", () => {
  const first = [finding("I5", true), finding("J5", false)];
  const fixed = apply(
    INITIAL_STATE,
    { type: "finished", action: "validate", result: lines, findings: first },
    { type: "fixApplied", fixed: { sheet: "RKT KPU", cell: "I5", fix: { value: 0.775 }, cellFormat: "0.0%" } }
  );
  expect(fixed.fixed).toHaveLength(1);
  expect(fixed.findings?.map((f) => f.cell)).toEqual(["J5"]);
  const again = apply(fixed, { type: "finished", action: "validate", result: lines, findings: [] });
  expect(again.findings).toEqual([]);
  expect(again.fixed).toEqual([]);
});

test("a fix drops only the findings at its cell that had a fix", () => {
  const findings = [finding("I5", true), finding("I5", false), finding("I6", true)];
  const state = apply(
    { ...INITIAL_STATE, findings },
    { type: "fixApplied", fixed: { sheet: "RKT KPU", cell: "I5", fix: { value: 0.775 }, cellFormat: "0.0%" } }
  );
  expect(state.findings).toEqual([findings[1], findings[2]]);
  expect(state.fixed).toEqual([{ sheet: "RKT KPU", cell: "I5", fix: { value: 0.775 }, cellFormat: "0.0%" }]);
});

test("other actions leave findings and evaluations as they were; a new template clears them", () => {
  const before = { ...INITIAL_STATE, findings: [finding("I5", true)], evaluations: [] };
  const charts = apply(before, { type: "finished", action: "charts", result: lines });
  expect(charts.findings).toBe(before.findings);
  expect(charts.evaluations).toBe(before.evaluations);
  const capaian = apply(charts, { type: "finished", action: "capaian", result: lines, evaluations: [] });
  expect(capaian.evaluations).toEqual([]);
  expect(capaian.findings).toBe(before.findings);
  const template = apply(capaian, { type: "finished", action: "template", result: lines });
  expect(template.findings).toBeUndefined();
  expect(template.evaluations).toBeUndefined();
});

test("a fix makes the capaian out of date, not the check", () => {
  const before = { ...INITIAL_STATE, findings: [finding("I5", true)], evaluations: [] };
  const fixed = apply(before, {
    type: "fixApplied",
    fixed: { sheet: "RKT KPU", cell: "I5", fix: { value: 0.775 }, cellFormat: "0.0%" },
  });
  expect(fixed.stale).toEqual({ findings: false, evaluations: true });
});

test("the active sheet and the time an action finished enter the state", () => {
  const state = apply(
    INITIAL_STATE,
    { type: "settingsRead", settings: DEFAULT_SETTINGS, hasInfo: false, activeSheet: "RKT 2021" },
    { type: "started", running: "validate" },
    { type: "finished", action: "validate", result: lines, findings: [], checked: 16, at: 1234 }
  );
  expect(state.activeSheet).toBe("RKT 2021");
  expect(state.at).toEqual({ validate: 1234 });
  expect(state.checked).toBe(16);
  expect(state.last).toBe("validate");
});

test("settings read, and the user's own choices", () => {
  const settings = { ...DEFAULT_SETTINGS, cap: "100" as const };
  let state = apply(INITIAL_STATE, { type: "settingsRead", settings, hasInfo: true });
  expect(state.settings).toEqual(settings);
  expect(state.hasInfo).toBe(true);
  state = apply(state, { type: "highlightSet", on: true }, { type: "exportFormatSet", format: "csv" });
  expect(state.highlight).toBe(true);
  expect(state.exportFormat).toBe("csv");
});

test("the reducer never changes the state it is given", () => {
  const before = { ...INITIAL_STATE, findings: [finding("I5", true)] };
  const copy = JSON.parse(JSON.stringify(before)) as PaneState;
  apply(
    before,
    { type: "started", running: "fix" },
    { type: "fixApplied", fixed: { sheet: "RKT KPU", cell: "I5", fix: { value: 0.775 }, cellFormat: "0.0%" } },
    { type: "settled" }
  );
  expect(before).toEqual(copy);
});

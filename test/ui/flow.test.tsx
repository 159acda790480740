/**
 * The guided flow on plain state (which step is next, what cannot run yet, what stands before a
 * meeting, how findings are grouped) and, against the strict Excel double, what a new user sees.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { BLITAR_2021 } from "../../src/core/decree";
import { MESSAGES, t, type MessageKey } from "../../src/core/i18n";
import { QUARTERS, romanOf, twWord } from "../../src/core/rules/finding";
import {
  DEFAULT_SETTINGS,
  SETTING_ROWS,
  settingLabel,
  settingWord,
} from "../../src/core/workbook/settings";
import { settingLabelKey } from "../../src/taskpane/components/SettingsPanel";
import type { LocatedFinding } from "../../src/core/workbook/validate-plan";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { rktCell } from "../fixtures/rkt-columns";
import {
  currentStep,
  groupFindings,
  notYet,
  outcomeOf,
  primaryAction,
  readiness,
  stepOfRun,
  stepStates,
} from "../../src/taskpane/flow";
import type { PaneHost } from "../../src/taskpane/host";
import {
  INITIAL_STATE,
  paneReducer,
  type PaneEvent,
  type PaneState,
} from "../../src/taskpane/state";

const apply = (state: PaneState, ...events: PaneEvent[]) => events.reduce(paneReducer, state);
const lines = { summary: [], leftOut: [] };

function f(
  code: LocatedFinding["code"],
  severity: LocatedFinding["severity"],
  indicator: number,
  quarter?: 1 | 2 | 3 | 4
): LocatedFinding {
  return {
    code,
    severity,
    indicatorId: `rkt-kpu-${indicator}`,
    field: "realisasi",
    ...(quarter !== undefined && { quarter }),
    message: { id: `${code} ${indicator}`, en: `${code} ${indicator}` },
    sheet: "RKT KPU",
    cell: `I${4 + indicator}`,
    cellValue: null,
    cellFormat: "General",
    indicatorNo: `${indicator}.`,
    indicatorText: `Indikator ${indicator}`,
  };
}

const withTemplate = apply(INITIAL_STATE, {
  type: "settingsRead",
  settings: DEFAULT_SETTINGS,
  hasInfo: true,
  activeSheet: "RKT KPU",
});

describe("the next step and the one primary button", () => {
  test("without a template: set up, the table on the active sheet first; nothing else can run", () => {
    expect(currentStep(INITIAL_STATE)).toBe("setup");
    expect(primaryAction(INITIAL_STATE)).toBe("convert");
    for (const a of ["validate", "capaian", "charts", "export"] as const)
      expect(notYet(INITIAL_STATE, a)).toBe("flow.needsTemplate");
    expect(notYet(INITIAL_STATE, "template")).toBeUndefined();
  });

  test("with a template: type realisasi and check; errors keep it there; then capaian, then the meeting material", () => {
    expect(currentStep(withTemplate)).toBe("fill");
    expect(primaryAction(withTemplate)).toBe("validate");
    expect(notYet(withTemplate, "export")).toBeUndefined();
    const withError = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      findings: [f("realisasi.unparseable", "error", 1, 1)],
    });
    expect(currentStep(withError)).toBe("check");
    const clean = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      checked: 3,
      findings: [f("realisasi.missing", "warning", 2, 1)],
    });
    expect(currentStep(clean)).toBe("capaian");
    // A check that found no realisasi at all keeps the flow at typing them (then checking).
    const empty = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      checked: 2,
      findings: [f("realisasi.missing", "warning", 1, 1), f("realisasi.missing", "warning", 2, 1)],
    });
    expect(currentStep(empty)).toBe("fill");
    expect(primaryAction(empty)).toBe("validate");
    const computed = apply(clean, {
      type: "finished",
      action: "capaian",
      result: lines,
      evaluations: [],
    });
    expect(currentStep(computed)).toBe("report");
    expect(primaryAction(computed)).toBe("export");
    expect(readiness(computed).issues).toEqual([]);
  });

  test("a setting changed: the check and the capaian are out of date and the flow goes back", () => {
    const computed = apply(
      withTemplate,
      { type: "finished", action: "validate", result: lines, findings: [] },
      { type: "finished", action: "capaian", result: lines, evaluations: [] },
      { type: "settingWritten" }
    );
    expect(computed.stale).toEqual({ findings: true, evaluations: true });
    expect(currentStep(computed)).toBe("check");
    expect(readiness(computed).issues.map((r) => r.key)).toEqual([
      "ready.checkStale",
      "ready.capaianStale",
    ]);
    // Checking again and computing again makes them current.
    const again = apply(
      computed,
      { type: "finished", action: "validate", result: lines, findings: [] },
      { type: "finished", action: "capaian", result: lines, evaluations: [] }
    );
    expect(again.stale).toEqual({ findings: false, evaluations: false });
  });

  test("a new template clears the earlier check and capaian", () => {
    const s = apply(
      withTemplate,
      {
        type: "finished",
        action: "validate",
        result: lines,
        findings: [f("target.zero", "error", 1)],
      },
      { type: "finished", action: "template", result: lines }
    );
    expect(s.findings).toBeUndefined();
    expect(s.evaluations).toBeUndefined();
    expect(Object.keys(s.at)).toEqual(["template"]);
  });

  test("before a meeting: not checked, errors left, no capaian", () => {
    expect(readiness(withTemplate).issues.map((r) => r.key)).toEqual([
      "ready.notChecked",
      "ready.noCapaian",
    ]);
    const errors = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      findings: [f("target.zero", "error", 1), f("target.zero", "error", 2)],
    });
    expect(readiness(errors).issues[0]).toEqual({ key: "ready.errors", params: { count: 2 } });
  });
});

describe("one readiness model (Siap rapat?)", () => {
  const suggested = (quarter: 1 | 2 | 3 | 4): PaneEvent => ({
    type: "settingsRead",
    settings: DEFAULT_SETTINGS,
    hasInfo: true,
    suggested: { quarter, reason: "filled" },
    quarterChosen: false,
  });

  test("the Info sheet computing another quarter than the pane reports is on the list", () => {
    // The sheet says TW IV (the template's word); the entries suggest TW II.
    const s = apply(withTemplate, suggested(2));
    const r = readiness(s);
    expect(r.quarter).toBe(2);
    expect(r.sheetQuarter).toBe(4);
    expect(r.issues).toContainEqual({
      key: "ready.quarterDiffers",
      params: { sheet: "TW IV", tw: "TW II" },
    });
    // Once the sheet says the pane's quarter (Hitung Capaian wrote it), it is off the list.
    const written = apply(s, {
      type: "settingsRead",
      settings: { ...DEFAULT_SETTINGS, reportingQuarter: 2 },
      hasInfo: true,
      suggested: { quarter: 2, reason: "filled" },
      quarterChosen: false,
    });
    expect(readiness(written).issues.map((i) => i.key)).not.toContain("ready.quarterDiffers");
  });

  test("indicators with no quarter due yet are counted apart, not as complete", () => {
    // Four indicators at TW I: two quarterly, one semesteran (first due TW II), one tahunan.
    const s = apply(withTemplate, suggested(1), {
      type: "finished",
      action: "validate",
      result: lines,
      checked: 4,
      entered: true,
      dueFrom: [2, 1, 0, 1],
      findings: [f("realisasi.missing", "warning", 2, 1)],
    });
    const r = readiness(s);
    expect([r.indicators, r.complete, r.notDue]).toEqual([4, 1, 2]);
    // At TW IV every indicator has a quarter due.
    const atIv = apply(s, suggested(4));
    expect([readiness(atIv).complete, readiness(atIv).notDue]).toEqual([3, 0]);
  });

  test("the summary's errors and the list's errors are one count", () => {
    const s = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      checked: 2,
      findings: [f("target.zero", "error", 1), f("realisasi.aboveTarget", "warning", 2, 1)],
    });
    const r = readiness(s);
    expect(r.errors).toBe(1);
    expect(r.flagged).toBe(2);
    expect(r.issues[0]).toEqual({ key: "ready.errors", params: { count: r.errors } });
  });
});

describe("the flow's decisions, out of the component", () => {
  test("each step's place: one current, the ones before done", () => {
    const checked = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      checked: 1,
      findings: [],
    });
    const states = stepStates(checked);
    expect(
      Object.entries(states)
        .filter(([, v]) => v.current)
        .map(([k]) => k)
    ).toEqual(["capaian"]);
    expect(states.setup.done && states.fill.done && states.check.done).toBe(true);
    expect(states.report.done).toBe(false);
    expect(stepStates(withTemplate).fill.current).toBe(true);
  });

  test("where a run's progress shows, and how a check's result is headed", () => {
    expect(stepOfRun("fix")).toBe("check");
    expect(stepOfRun("tidy")).toBe("check");
    expect(stepOfRun("settings")).toBeUndefined();
    expect(stepOfRun("export")).toBe("report");
    const withError = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      findings: [f("target.zero", "error", 1)],
    });
    expect(outcomeOf(withError)).toEqual({
      intent: "error",
      title: { key: "check.title.error", params: { count: 1 } },
      next: "flow.next.checkErrors",
    });
    const empty = apply(withTemplate, {
      type: "finished",
      action: "validate",
      result: lines,
      entered: false,
      findings: [],
    });
    expect(outcomeOf(empty).intent).toBe("info");
  });
});

describe("one source for the quarters' and the settings' words", () => {
  test("TW I..IV: the core's word is the Info sheet's and the pane's", () => {
    for (const q of QUARTERS) {
      expect(settingWord("reportingQuarter", q)).toBe(twWord(q));
      expect(twWord(q)).toBe(`TW ${romanOf(q)}`);
    }
  });

  test("Pengaturan's labels and words read in Indonesian as the Info sheet's", () => {
    for (const row of SETTING_ROWS) {
      expect(t("id", settingLabelKey(row.key))).toBe(settingLabel(row.key));
      for (const [word, value] of Object.entries(row.words)) {
        const key = `settingValue.${row.key}.${String(value)}`;
        if (key in MESSAGES) expect(t("id", key as MessageKey)).toBe(word);
      }
    }
  });
});

describe("findings grouped for reading", () => {
  test("by indicator, errors first; quarters not filled become one line per due quarter", () => {
    const findings = [
      f("sumberData.missing", "warning", 1),
      f("realisasi.missing", "warning", 2, 1),
      f("realisasi.missing", "warning", 3, 1),
      f("realisasi.missing", "warning", 3, 2),
      f("realisasi.unparseable", "error", 3, 1),
      f("realisasi.aboveTarget", "warning", 3, 1),
    ];
    const g = groupFindings(findings, 1, 3);
    expect(g.groups.map((x) => [x.no, x.worst, x.findings.map((y) => y.severity)])).toEqual([
      ["3.", "error", ["error", "warning"]],
      ["1.", "warning", ["warning"]],
    ]);
    // TW II is after the reporting quarter (TW I): not due, not shown.
    expect(g.missing.map((m) => [m.quarter, m.missing, m.indicators])).toEqual([[1, 2, 3]]);
    expect(g.counts).toEqual({ error: 1, warning: 2, info: 0 });
    expect(g.worst).toBe("error");
  });

  test("a fresh template: nothing but quarters not filled, so no error and no warning", () => {
    const fresh = [1, 2, 3].flatMap((i) =>
      [1, 2, 3, 4].map((q) => f("realisasi.missing", "warning", i, q as 1))
    );
    const g = groupFindings(fresh, 4, 3);
    expect(g.groups).toEqual([]);
    expect(g.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(g.missing).toHaveLength(4);
    expect(g.worst).toBeUndefined();
  });
});

function paneHost(excel: ExcelHost, displayLanguage = "id-ID"): PaneHost {
  return {
    kind: "playground",
    displayLanguage,
    supports: (v) => excel.isSetSupported("ExcelApi", v),
    run: (batch) => excel.run(batch),
  };
}

jest.setTimeout(30_000);
const isDisabled = (el: HTMLElement) =>
  el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";
async function click(name: string | RegExp) {
  const b = () => screen.getByRole("button", { name });
  await waitFor(() => expect(isDisabled(b())).toBe(false));
  await act(async () => {
    fireEvent.click(b());
  });
}
const primaryName = () =>
  [...document.querySelectorAll("[data-primary]")].map((b) => b.textContent);

test("a new user: the sheet named, the rest unavailable with the reason, then one finding that names the indicator", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await screen.findByRole(
    "button",
    { name: "Gunakan tabel di lembar \u201cLembar1\u201d" },
    { timeout: 5000 }
  );
  expect(primaryName()).toEqual(["Gunakan tabel di lembar \u201cLembar1\u201d"]);
  const check = screen.getByRole("button", { name: "Periksa Isian" });
  expect(isDisabled(check)).toBe(true);
  expect(
    screen.getAllByText("Belum dapat dijalankan: siapkan templat dahulu (langkah 1).")
  ).toHaveLength(4);

  await click("Mulai dari Keputusan");
  await screen.findByText("Selesai: Mulai dari Keputusan");
  expect(primaryName()).toHaveLength(1);
  expect(screen.getByText(/Berikutnya: ketik realisasi di lembar RKT/)).toBeTruthy();
  // The primary button follows the step.
  await waitFor(() => expect(primaryName()).toEqual(["Periksa Isian"]));

  // A fresh template: no warnings until something is typed.
  await click("Periksa Isian");
  const bar = await screen.findByText("Belum ada realisasi yang diisi");
  expect(bar.closest(".fui-MessageBar")?.className).not.toMatch(/success|error|warning/i);
  expect(screen.queryByText("Peringatan")).toBeNull();
  expect(screen.queryByText("Kesalahan")).toBeNull();
  // Until something is typed no quarter counts as missing: no per-quarter line yet.
  expect(screen.queryByText(/indikator belum diisi/)).toBeNull();
  // Nothing entered yet: checking is still the next step.
  expect(primaryName()).toEqual(["Periksa Isian"]);

  // One wrong value: one indicator, named, with what to do.
  await act(async () => {
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("RKT KPU").getRange(rktCell("tw1", 5)).values = [["abc"]];
      await ctx.sync();
    });
  });
  await click("Periksa Isian");
  await screen.findByText("Pemeriksaan menemukan 1 kesalahan");
  // The title says the counts; no line counting quarters not yet filled as warnings.
  expect(screen.queryByText(/peringatan, \d+ catatan/)).toBeNull();
  const headings = screen
    .getAllByRole("heading", { level: 3 })
    .filter((h) => h.textContent?.startsWith("No."));
  expect(headings.map((h) => h.textContent)).toEqual([
    expect.stringMatching(/^No\. 1 — Persentase Keputusan KPU/),
  ]);
  const group = headings[0]!.closest("li") as HTMLElement;
  expect(within(group).getAllByText("Kesalahan")).toHaveLength(1);
  expect(
    within(group).getByText(/Yang perlu dilakukan: Ketik realisasi sebagai angka/)
  ).toBeTruthy();
  // Of the 13 indicators due every quarter (Tahunan ones are due at TW IV only), 12 are empty.
  expect(
    screen.getByText("Realisasi TW I: 12 indikator belum diisi (yang periodenya meminta TW I).")
  ).toBeTruthy();
  // The status line says what the workbook has.
  expect(screen.getByRole("status", { name: "Keadaan buku kerja" }).textContent).toMatch(
    /Templat ada · TW pelaporan: TW I — triwulan terakhir yang terisi · Diperiksa \d\d\.\d\d: 1 kesalahan, 0 peringatan/
  );
});

test("after a setting changes the capaian summary is marked out of date, and the cap word is in English in English", async () => {
  const excel = createExcelHost({ sheets: ["Lembar1"] });
  render(<TaskPane host={paneHost(excel, "en-US")} decree={BLITAR_2021} />);
  await click("Start from the decree");
  await screen.findByText("Done: Start from the decree");
  await act(async () => {
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("RKT KPU").getRange(rktCell("tw1", 5)).values = [[0.95]];
      await ctx.sync();
    });
  });
  await click("Compute capaian");
  await screen.findByText("Done: Compute capaian");
  // Only TW I is filled, though the reporting quarter is TW IV: the heading follows the data.
  expect(screen.getByRole("heading", { name: "Capaian summary up to TW I" })).toBeTruthy();
  // 1 of 16 computed: provisional. The sasaran whose indicators all count has its kategori; a
  // group with some computed shows the kategori the Ringkasan sheet gives it, marked provisional.
  expect(screen.getByText(/Provisional: 1 of 16 indicators computed/)).toBeTruthy();
  expect(screen.getAllByText("Very good")).toHaveLength(1);
  const overall = screen
    .getAllByRole("rowheader")
    .find((h) => h.textContent?.startsWith("Overall average") && h.textContent.includes("1 of 6"));
  expect(overall?.closest("tr")?.textContent).toMatch(/Very good \(provisional\)/);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
  });
  const cap = (await screen.findByLabelText("Capaian cap")) as HTMLSelectElement;
  expect([...cap.options].map((o) => o.textContent)).toEqual(["No cap", "100%", "120%"]);
  await waitFor(() => expect(cap.disabled).toBe(false));
  await act(async () => {
    fireEvent.change(cap, { target: { value: "100%" } });
  });
  await screen.findByText(/This summary was computed before the last change/);
  expect(screen.getByRole("status", { name: "Workbook status" }).textContent).toMatch(
    /Capaian computed .* \(out of date\)/
  );
});

test("Gunakan tabel on an empty sheet says the sheet is empty, not an internal error", async () => {
  const excel = createExcelHost({ sheets: ["Kosong"] });
  render(<TaskPane host={paneHost(excel)} decree={BLITAR_2021} />);
  await click("Gunakan tabel di lembar \u201cKosong\u201d");
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/Lembar “Kosong” kosong atau tidak dapat dibaca/);
  expect(alert.textContent).not.toMatch(/ItemNotFound|laporkan/);
});

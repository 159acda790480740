/**
 * How each of the pane's actions runs: the Excel batch and the options it takes from the
 * pane's state, what a success adds to the state besides its result lines, and whether the
 * action writes the Info sheet (so the settings shown must be read again: Hitung Capaian and
 * Ekspor write the suggested reporting quarter there).
 */
import {
  runCapaian,
  runCharts,
  runConvert,
  runExport,
  runTemplate,
  runValidate,
  type ActionEnv,
  type ActionResult,
  type ExportedFile,
} from "../excel/actions";
import type { ActionKey } from "./actions";
import type { PaneEvent, PaneState } from "./state";

/** The choices in the pane an action may take into account. */
export type ActionOptions = Pick<PaneState, "highlight" | "exportFormat">;

/** What a finished action adds to the state besides its result lines. */
export type ActionAdds = Pick<
  Extract<PaneEvent, { type: "finished" }>,
  "findings" | "evaluations" | "anggaran" | "evaluatedWith" | "checked" | "entered" | "dueFrom"
>;

export interface ActionSpec {
  /** One batch against the workbook. A `file` in the result is handed to the browser. */
  run: (
    context: Excel.RequestContext,
    env: ActionEnv,
    options: ActionOptions
  ) => Promise<ActionResult & { file?: ExportedFile }>;
  adds?: (result: ActionResult) => ActionAdds;
  rereadsSettings: boolean;
}

export const ACTION_TABLE: Record<ActionKey, ActionSpec> = {
  template: { run: (ctx, env) => runTemplate(ctx, env), rereadsSettings: true },
  convert: { run: (ctx, env) => runConvert(ctx, env), rereadsSettings: true },
  validate: {
    run: (ctx, env, o) => runValidate(ctx, env, o.highlight),
    adds: (r) => ({
      findings: r.findings ?? [],
      checked: r.indicators,
      ...(r.entered !== undefined && { entered: r.entered }),
      ...(r.dueFrom !== undefined && { dueFrom: r.dueFrom }),
    }),
    rereadsSettings: false,
  },
  capaian: {
    run: (ctx, env) => runCapaian(ctx, env),
    adds: (r) => ({
      evaluations: r.evaluations ?? [],
      ...(r.anggaran !== undefined && { anggaran: r.anggaran }),
      ...(r.settings !== undefined && { evaluatedWith: r.settings }),
    }),
    rereadsSettings: true,
  },
  charts: { run: (ctx, env) => runCharts(ctx, env), rereadsSettings: false },
  export: { run: (ctx, env, o) => runExport(ctx, env, o.exportFormat), rereadsSettings: true },
};

/**
 * The actions as the task pane calls them inside Excel: each is one use case of `src/app`
 * run through the Office.js port. Selecting a finding's cell and applying its fix are the
 * two small Excel-only steps besides.
 */
import {
  CAPAIAN,
  CHARTS,
  CONVERT,
  EXPORT,
  READ_SETTINGS,
  READ_STATUS,
  TEMPLATE,
  VALIDATE,
  WRITE_SETTING,
  exportFile,
  runAction,
  type ActionInput,
  type ApplyReport,
  type ExportedFile,
  type Outcome,
} from "../app";
import type { WorkbookStatus } from "../app/actions/settings";
import { KinerjaError } from "../app/errors";
import type { Decree } from "../core/decree/schema";
import type { Bilingual } from "../core/i18n";
import type { SheetEvaluation } from "../core/workbook/capaian-plan";
import type { SuggestedQuarter } from "../core/rules/reporting-quarter";
import { DEFAULT_SETTINGS, type WorkbookSettings } from "../core/workbook/settings";
import type { SheetSnapshot } from "../core/workbook/snapshot";
import type { LocatedFinding } from "../core/workbook/validate-plan";
import type { ExportFormat } from "../export/filename";
import { officePort, type OfficeEnv } from "./port";

export interface ActionEnv extends OfficeEnv {
  decree: Decree;
  /**
   * Staff have not chosen the reporting quarter: actions use the one the workbook suggests
   * today (Hitung Capaian and Ekspor write it into the Info sheet, so the sheet computes what
   * the pane reports).
   */
  autoQuarter?: boolean;
}

/**
 * The workbook's own memory (Excel's workbook settings, ExcelApi 1.4) that staff chose the
 * reporting quarter themselves: the pane's suggestion then no longer applies.
 */
export const QUARTER_CHOSEN_KEY = "Kinerja.TWPelaporanDipilih";

/**
 * The quarter the add-in last wrote into the Info sheet by itself (the suggestion). A word in
 * the Info sheet other than this one (or, never written, other than the template's TW IV) was
 * put there by staff — by hand, from the cell's list, by `kinerja capaian --tw` — and is their
 * choice: the suggestion never overwrites it.
 */
export const QUARTER_AUTO_KEY = "Kinerja.TWPelaporanOtomatis";

/** Remember the quarter an action wrote by itself (queued: it goes with the run's last sync). */
function rememberAutoQuarter(context: Excel.RequestContext, env: ActionEnv, o: Outcome<unknown>) {
  const q = o.resolved.applied.reportingQuarter;
  if (env.autoQuarter === true && q !== undefined && env.supports("1.4"))
    context.workbook.settings.add(QUARTER_AUTO_KEY, q);
}

export interface ActionResult {
  /** One line per change, in both languages. */
  summary: Bilingual[];
  /** Features left out on this Excel, with a message saying why. */
  leftOut: Bilingual[];
  findings?: LocatedFinding[];
  /** How many indicators Validasi read. */
  indicators?: number;
  /** Whether any realisasi is typed yet (Validasi). */
  entered?: boolean;
  /** Indicators whose first due quarter is TW I..IV (Validasi). */
  dueFrom?: number[];
  /** What Convert recognised and what it did not, line by line. */
  recognised?: Bilingual[];
  evaluations?: SheetEvaluation[];
  /** The reporting quarter the workbook suggested when the action read it (`autoQuarter`). */
  suggested?: SuggestedQuarter;
  /** The Anggaran sheet's figures as its formulas compute them (Hitung Capaian). */
  anggaran?: AnggaranResult | undefined;
  /** The settings Hitung Capaian computed with (the reporting quarter it used included). */
  settings?: WorkbookSettings;
  report: ApplyReport;
}

export type { ExportFormat, ExportedFile };
import type { AnggaranResult } from "../core/workbook/anggaran/model";

const today = (d: Date = new Date()) => ({ year: d.getFullYear(), month: d.getMonth() + 1 });
const input = (env: ActionEnv): ActionInput => ({
  decree: env.decree,
  ...(env.autoQuarter === true && { autoQuarter: today() }),
});
const port = (context: Excel.RequestContext, env: ActionEnv) => officePort(context, env);
const done = (o: Outcome<unknown>): ActionResult => ({
  summary: o.summary,
  leftOut: o.leftOut,
  report: o.report,
  ...(o.resolved.suggested !== undefined && { suggested: o.resolved.suggested }),
});

export async function runTemplate(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  return done(await runAction(port(context, env), TEMPLATE, input(env), undefined));
}

export async function runValidate(
  context: Excel.RequestContext,
  env: ActionEnv,
  highlight = false
): Promise<ActionResult> {
  const o = await runAction(port(context, env), VALIDATE, input(env), { highlight });
  return {
    ...done(o),
    findings: o.result.findings,
    indicators: o.result.indicators,
    entered: o.result.entered,
    dueFrom: o.result.dueFrom,
  };
}

export async function runCapaian(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  const o = await runAction(port(context, env), CAPAIAN, input(env), undefined);
  rememberAutoQuarter(context, env, o);
  return {
    ...done(o),
    evaluations: o.result.evaluations,
    anggaran: o.result.anggaran,
    settings: o.result.settings,
  };
}

/** Ubah Lembar Ini Menjadi Template, from the active sheet (which is never written). */
export async function runConvert(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  const o = await runAction(port(context, env), CONVERT, input(env), {
    sheet: (book) => {
      // An empty sheet (a null used range from ExcelApi 1.4, the blank A1 before): said as
      // such, not as a table Convert could not find.
      const sheet = book.sheets.find((s) => s.name === book.activeSheet);
      if (sheet === undefined || isBlank(sheet))
        throw new KinerjaError("error.convertEmpty", { sheet: book.activeSheet });
      return book.activeSheet;
    },
  });
  return { ...done(o), recognised: o.result.recognised };
}

/** No cell holds a value (blank text counts as none). */
function isBlank(sheet: SheetSnapshot): boolean {
  return sheet.values.every((row) =>
    row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""))
  );
}

export async function runCharts(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  return done(await runAction(port(context, env), CHARTS, input(env), undefined));
}

/** Ekspor untuk Rapat: the Rekap Rapat sheet is (re)written, then the file is made. */
export async function runExport(
  context: Excel.RequestContext,
  env: ActionEnv,
  format: ExportFormat
): Promise<ActionResult & { file: ExportedFile }> {
  const o = await runAction(port(context, env), EXPORT, input(env), { format });
  rememberAutoQuarter(context, env, o);
  const file = await exportFile(o, format);
  return {
    ...done(o),
    summary: [...o.summary, { id: file.name, en: file.name }],
    file: { name: file.name, bytes: file.bytes, mime: file.mime },
  };
}

export interface WorkbookStatusRead extends WorkbookStatus {
  /** Staff chose the reporting quarter themselves; undefined where Excel cannot remember it. */
  quarterChosen?: boolean;
  /** Whether `suggested` was worked out by this read (else the pane keeps its last one). */
  suggestedRead: boolean;
  /** Each sheet's id by name (the id Excel's onChanged reports). */
  sheetIds: Record<string, string>;
}

/**
 * The workbook's settings as its Info sheet says, whether the sheet exists, whether staff
 * chose the quarter themselves and — with `suggest`, and only when they did not — the
 * reporting quarter the workbook suggests on `today`. The Info sheet and the choice are read
 * in one round trip; the RKT tables' cells, which the suggestion needs, only when it is asked
 * for and the choice is not made.
 */
export async function readWorkbookSettings(
  context: Excel.RequestContext,
  env: ActionEnv,
  on: Date = new Date(),
  suggest = true
): Promise<WorkbookStatusRead> {
  // Queued before the read, so they travel with the read's first round trip.
  const setting = (key: string) => context.workbook.settings.getItemOrNullObject(key).load("value");
  const item = env.supports("1.4") ? setting(QUARTER_CHOSEN_KEY) : undefined;
  const auto = env.supports("1.4") ? setting(QUARTER_AUTO_KEY) : undefined;
  // No autoQuarter here: without the RKT cells a suggestion could only follow the date.
  // Each sheet's id comes with the snapshot's names, so the pane knows which sheets an
  // onChanged event is about without a round trip of its own.
  let sheetIds: Record<string, string> = {};
  const status = await runAction(
    port(context, {
      ...env,
      onSheetIds: (ids) => {
        sheetIds = ids;
      },
    }),
    READ_STATUS,
    { decree: env.decree },
    undefined,
    {
      write: false,
    }
  );
  // Chosen in the pane, or a word in the Info sheet the add-in did not put there itself.
  const written =
    auto === undefined || auto.isNullObject
      ? DEFAULT_SETTINGS.reportingQuarter
      : Number(auto.value);
  const chosen =
    item === undefined || auto === undefined || !status.result.hasInfo
      ? undefined
      : (!item.isNullObject && item.value === true) ||
        status.result.settings.reportingQuarter !== written;
  const withChoice = {
    ...(chosen !== undefined && { quarterChosen: chosen }),
    sheetIds,
  };
  if (!suggest || chosen === true || !status.result.hasInfo)
    return { ...status.result, ...withChoice, suggestedRead: !status.result.hasInfo };
  const input = { decree: env.decree, autoQuarter: today(on) };
  const o = await runAction(port(context, env), READ_SETTINGS, input, undefined, {
    write: false,
  });
  return { ...o.result, ...withChoice, suggestedRead: true };
}

/**
 * Remember (or forget, `chosen` false: follow the workbook again) that staff chose the
 * reporting quarter. Following the workbook again, the quarter the Info sheet holds now
 * (`infoQuarter`) counts as the add-in's own, so the suggestion may replace it. Nothing to
 * remember it in before ExcelApi 1.4: the Info sheet's word holds.
 */
export async function rememberQuarterChoice(
  context: Excel.RequestContext,
  env: ActionEnv,
  chosen: boolean,
  infoQuarter?: number
): Promise<void> {
  if (!env.supports("1.4")) return;
  if (chosen) context.workbook.settings.add(QUARTER_CHOSEN_KEY, true);
  else {
    if (infoQuarter !== undefined) context.workbook.settings.add(QUARTER_AUTO_KEY, infoQuarter);
    const item = context.workbook.settings.getItemOrNullObject(QUARTER_CHOSEN_KEY);
    await context.sync();
    if (item.isNullObject) return;
    item.delete();
  }
  await context.sync();
}

/** Write one setting's word into the Info sheet (the formulas read it from there). */
export async function writeWorkbookSetting<K extends keyof WorkbookSettings>(
  context: Excel.RequestContext,
  env: ActionEnv,
  key: K,
  value: WorkbookSettings[K]
): Promise<ActionResult> {
  const change = { key, value } as Parameters<typeof WRITE_SETTING.prepare>[3];
  const o = await runAction(port(context, env), WRITE_SETTING, input(env), change);
  // A reporting quarter picked in the pane is the staff's choice: the suggestion stops here.
  if (key === "reportingQuarter") await rememberQuarterChoice(context, env, true);
  return done(o);
}

/** Select a finding's cell so the user lands on it. One round trip. */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string
): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/**
 * Apply a finding's fix to its cell, only if the cell still holds what was validated
 * (`expected`): a value the user changed since is never overwritten.
 */
export async function applyFix(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
  expected: unknown,
  fix: { value: number | string; numberFormat?: string }
): Promise<boolean> {
  const { applied } = await applyFixes(context, [{ sheet, cell, expected, fix }]);
  return applied.length === 1;
}

/**
 * The cell still holds what was validated, typed by a person: a formula's result (a link to
 * another sheet) is never replaced by a constant.
 */
function unchanged(range: Excel.Range, expected: unknown): boolean {
  const formula = range.formulas[0]?.[0];
  if (typeof formula === "string" && formula.startsWith("=")) return false;
  return range.values[0]?.[0] === expected;
}

/** The format first, so a number lands as a number even in a cell formatted as text. */
function writeFix(range: Excel.Range, fix: { value: number | string; numberFormat?: string }) {
  if (fix.numberFormat !== undefined) range.numberFormat = [[fix.numberFormat]];
  range.values = [[fix.value]];
}

export interface CellFix {
  sheet: string;
  cell: string;
  /** What the cell held when validated. */
  expected: unknown;
  fix: { value: number | string; numberFormat?: string };
}

/**
 * Rapikan isian: apply many fixes in two round trips (read every cell, then write), each only
 * if its cell still holds what was validated. Returns the fixes written and those left.
 */
export async function applyFixes(
  context: Excel.RequestContext,
  fixes: readonly CellFix[]
): Promise<{ applied: CellFix[]; stale: CellFix[] }> {
  const seen = new Set<string>();
  const unique = fixes.filter((f) => {
    const key = `${f.sheet}!${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const ranges = unique.map((f) => {
    const range = context.workbook.worksheets.getItem(f.sheet).getRange(f.cell);
    range.load("values, formulas");
    return range;
  });
  await context.sync();
  const applied: CellFix[] = [];
  const stale: CellFix[] = [];
  unique.forEach((f, i) => {
    const range = ranges[i] as Excel.Range;
    if (!unchanged(range, f.expected)) {
      stale.push(f);
      return;
    }
    writeFix(range, f.fix);
    applied.push(f);
  });
  if (applied.length > 0) await context.sync();
  return { applied, stale };
}

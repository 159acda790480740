/**
 * The add-in's actions inside Excel, each read -> decide -> write: one read (two round trips),
 * the pure core, one write (one round trip, more only for requests over the size limit).
 * Checks that can fail before writing (a protected sheet, no template yet) run before
 * anything is written.
 */
import type { Decree } from "../core/decree/schema";
import { bilingual, type Bilingual, type MessageKey } from "../core/i18n";
import { planCapaian } from "../core/workbook/capaian-plan";
import { planCharts } from "../core/workbook/charts";
import { decreeFromWorkbook } from "../core/workbook/info";
import type { Quarter } from "../core/workbook/settings";
import type { ExportFormat } from "../export/filename";
import { findRktTables } from "../core/workbook/entries";
import type { Plan, PlanOp } from "../core/workbook/plan";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { planTemplate } from "../core/workbook/template";
import { validateWorkbook, type LocatedFinding } from "../core/workbook/validate-plan";
import type { Evaluation } from "../core/rules/evaluate";
import { INFO_TABLE, OWN_PREFIX, RECAP_TABLE, SUMMARY_TABLE } from "../core/workbook/layout";
import { findOwnedTable } from "../core/workbook/ownership";
import { decreeOfWorkbook, readSettings, type WorkbookSettings } from "../core/workbook/settings";
import { planSetting } from "../core/workbook/settings-plan";
import { applyPlan, type ApplyReport } from "./apply";
import { KinerjaError } from "./errors";
import { readSnapshot, type ReadOptions } from "./read";

export interface ActionEnv {
  decree: Decree;
  /** Whether the host supports ExcelApi `version` (Office.context.requirements.isSetSupported). */
  supports: (version: string) => boolean;
  /** Largest request to send in one round trip (default: well under Excel on the web's 5 MB). */
  requestBudgetBytes?: number;
}

export interface ActionResult {
  /** One line per change, in Indonesian (the workbook's language). */
  summary: string[];
  /** Features left out on this Excel, with a message saying why. */
  leftOut: Bilingual[];
  findings?: LocatedFinding[];
  /** What Convert recognised and what it did not, line by line. */
  recognised?: Bilingual[];
  evaluations?: { sheet: string; evaluation: Evaluation }[];
  report: ApplyReport;
}

function readOptions(env: ActionEnv, wants: Partial<ReadOptions>): ReadOptions {
  return {
    tableValues: () => false,
    activeSheet: false,
    canReadMerges: env.supports("1.13"),
    hasNullObjects: env.supports("1.4"),
    hasProtection: env.supports("1.2"),
    ...wants,
  };
}

/**
 * Which tables' cells each action reads: the RKT tables and the Info sheet for the rules, plus
 * the Ringkasan for charts and the meeting's Rekap for export. IKU tables and the rest are
 * read by name and address only.
 */
const named = (name: string) => (t: string) => t.toLowerCase() === name.toLowerCase();
const INFO_ONLY = named(INFO_TABLE);
const RULE_TABLES = (t: string) =>
  INFO_ONLY(t) || t.toLowerCase().startsWith(`${OWN_PREFIX}rkt_`.toLowerCase());
const CHART_TABLES = (t: string) => RULE_TABLES(t) || named(SUMMARY_TABLE)(t);
const EXPORT_TABLES = (t: string) => RULE_TABLES(t) || named(RECAP_TABLE)(t);

/** Refuse before writing when the plan touches a protected sheet. */
function assertWritable(book: WorkbookSnapshot, plan: Plan): void {
  const touched = new Set(
    plan.ops
      .filter((op): op is Exclude<PlanOp, { op: "addSheet" }> => op.op !== "addSheet")
      .map((op) => op.sheet)
  );
  const locked = book.sheets.find((s) => s.protected && touched.has(s.name));
  if (locked !== undefined) throw new KinerjaError("error.protectedSheet", { sheet: locked.name });
}

/** The message for each kind of op a host may lack. */
const LEFT_OUT: Partial<Record<PlanOp["op"], MessageKey>> = {
  validation: "leftOut.validation",
  conditionalFormat: "leftOut.conditionalFormat",
  clearConditionalFormats: "leftOut.conditionalFormat",
  freeze: "leftOut.freeze",
  pageSetup: "leftOut.pageSetup",
  columnWidths: "leftOut.columnWidths",
  merge: "leftOut.merge",
  deleteTable: "leftOut.deleteTable",
  chart: "leftOut.chart",
};

async function write(
  context: Excel.RequestContext,
  env: ActionEnv,
  book: WorkbookSnapshot,
  plan: Plan
): Promise<Omit<ActionResult, "findings" | "evaluations">> {
  assertWritable(book, plan);
  const report = await applyPlan(context, plan, env.supports, env.requestBudgetBytes);
  // One line per missing feature, said once even when several ops needed it.
  const keys = new Map<MessageKey, string>();
  for (const l of report.leftOut) keys.set(LEFT_OUT[l.op] ?? "leftOut.other", l.version);
  const leftOut = [...keys].map(([key, version]) => bilingual(key, { version }));
  return { summary: plan.summary, leftOut, report };
}

export async function runTemplate(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  const book = await readSnapshot(context, readOptions(env, {}));
  return write(context, env, book, planTemplate(env.decree, book));
}

/** The pane's decree when the workbook was made from it (its Info sheet names it), else none. */
function workbookDecree(book: WorkbookSnapshot, env: ActionEnv): Decree | undefined {
  return decreeOfWorkbook(findOwnedTable(book, INFO_TABLE)?.sheet, env.decree);
}

function assertTemplate(book: WorkbookSnapshot): void {
  if (findRktTables(book).length === 0) throw new KinerjaError("error.noTemplate");
}

export async function runValidate(
  context: Excel.RequestContext,
  env: ActionEnv,
  highlight = false
): Promise<ActionResult> {
  const book = await readSnapshot(context, readOptions(env, { tableValues: RULE_TABLES }));
  assertTemplate(book);
  const result = validateWorkbook(book, workbookDecree(book, env), highlight);
  const written = await write(context, env, book, result.plan);
  return { ...written, summary: result.plan.summary, findings: result.findings };
}

export async function runCapaian(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  const book = await readSnapshot(context, readOptions(env, { tableValues: RULE_TABLES }));
  assertTemplate(book);
  const capaian = planCapaian(book, workbookDecree(book, env));
  const written = await write(context, env, book, capaian.plan);
  return { ...written, evaluations: capaian.evaluations };
}

/**
 * Ubah Lembar Ini Menjadi Template: read the active sheet, recognise its RKT/IKU table, add the
 * template sheets with its values carried over. The active sheet is never written.
 */
export async function runConvert(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  const book = await readSnapshot(context, readOptions(env, { activeSheet: true }));
  // Loaded on first use: most sessions never convert.
  const { planConvert } = await import("../core/workbook/convert");
  const result = planConvert(book, book.activeSheet);
  if (!result.ok) {
    throw KinerjaError.of({
      id: result.problems.map((p) => p.id).join(" "),
      en: result.problems.map((p) => p.en).join(" "),
    });
  }
  const written = await write(context, env, book, result.plan);
  return { ...written, recognised: result.report.lines };
}

export async function runCharts(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<ActionResult> {
  const book = await readSnapshot(context, readOptions(env, { tableValues: CHART_TABLES }));
  assertTemplate(book);
  const charts = planCharts(book);
  return write(context, env, book, charts.plan);
}

/** Select a finding's cell so the user lands on it. Two round trips: none read, one write. */
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
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  range.load("values");
  await context.sync();
  if (range.values[0]?.[0] !== expected) return false;
  range.values = [[fix.value]];
  if (fix.numberFormat !== undefined) range.numberFormat = [[fix.numberFormat]];
  await context.sync();
  return true;
}

/** The workbook's settings as its Info sheet says, and whether the sheet exists. */
export async function readWorkbookSettings(
  context: Excel.RequestContext,
  env: ActionEnv
): Promise<{ settings: WorkbookSettings; hasInfo: boolean }> {
  const book = await readSnapshot(context, readOptions(env, { tableValues: INFO_ONLY }));
  const info = findOwnedTable(book, INFO_TABLE);
  return { settings: readSettings(info?.sheet).settings, hasInfo: info !== undefined };
}

/** Write one setting's word into the Info sheet (the formulas read it from there). */
export async function writeWorkbookSetting<K extends keyof WorkbookSettings>(
  context: Excel.RequestContext,
  env: ActionEnv,
  key: K,
  value: WorkbookSettings[K]
): Promise<ActionResult> {
  const book = await readSnapshot(context, readOptions(env, { tableValues: INFO_ONLY }));
  return write(context, env, book, planSetting(book, key, value));
}

export type { ExportFormat };

type ImageResults = Partial<Record<"indikator" | "sasaran", OfficeExtension.ClientResult<string>>>;

/** Queue Chart.getImage for the Grafik sheet's capaian charts, when Buat Grafik made them. */
function chartImages(
  context: Excel.RequestContext,
  book: WorkbookSnapshot
): ImageResults | undefined {
  const wanted = {
    indikator: "Kinerja_Capaian_Indikator",
    sasaran: "Kinerja_Capaian_Sasaran",
  } as const;
  const out: ImageResults = {};
  for (const [key, name] of Object.entries(wanted) as [keyof typeof wanted, string][]) {
    const sheet = book.sheets.find((s) => s.charts.includes(name));
    if (sheet !== undefined) {
      out[key] = context.workbook.worksheets
        .getItem(sheet.name)
        .charts.getItem(name)
        .getImage(1200, 600);
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function imageValues(images: ImageResults | undefined): { indikator?: string; sasaran?: string } {
  const out: { indikator?: string; sasaran?: string } = {};
  if (images?.indikator !== undefined) out.indikator = images.indikator.value;
  if (images?.sasaran !== undefined) out.sasaran = images.sasaran.value;
  return out;
}

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

const MIME: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
};

/**
 * Ekspor untuk Rapat: (re)write the Rekap Rapat sheet for the quarter — keeping what the
 * meeting typed — and make the file. The heavy PDF and .xlsx code loads only now.
 */
export async function runExport(
  context: Excel.RequestContext,
  env: ActionEnv,
  format: ExportFormat,
  quarter?: Quarter
): Promise<ActionResult & { file: ExportedFile }> {
  const book = await readSnapshot(context, readOptions(env, { tableValues: EXPORT_TABLES }));
  assertTemplate(book);
  const decree = decreeFromWorkbook(book, env.decree);
  const tw =
    quarter ?? readSettings(findOwnedTable(book, INFO_TABLE)?.sheet).settings.reportingQuarter;
  // The recap and the file writers (PDF, .xlsx) load only when an export runs.
  const [{ planRecap }, { buildExportInput }, { exportFileName }] = await Promise.all([
    import("../core/workbook/recap"),
    import("../export/input"),
    import("../export/filename"),
  ]);
  const recap = planRecap(book, decree, tw);
  // The PDF shows Excel's own charts when there are some (ExcelApi 1.2): their pictures are
  // asked for in the same round trip as the recap's write.
  const images = format === "pdf" && env.supports("1.2") ? chartImages(context, book) : undefined;
  const written = await write(context, env, book, recap.plan);
  if (images !== undefined && written.report.syncs === 0) await context.sync();
  const input = buildExportInput(book, decree, tw);
  const bytes =
    format === "pdf"
      ? await (await import("../export/pdf")).exportPdf(input, { images: imageValues(images) })
      : format === "xlsx"
        ? await (await import("../export/xlsx")).exportXlsx(input)
        : new TextEncoder().encode((await import("../export/csv")).exportCsv(input));
  const name = exportFileName(input.meta, format);
  return {
    ...written,
    summary: [...written.summary, name],
    file: { name, bytes, mime: MIME[format] },
  };
}

/**
 * How every action runs, whatever the host: read what it needs through the port, refuse early
 * (no template, a protected sheet, an override with no cell), work out the decree and the
 * settings once, let the core plan, apply the plan through the port, and say in both
 * languages what was done and what this host left out.
 */
import { bilingual, t, type Bilingual, type MessageKey } from "../core/i18n";
import type { Plan, PlanOp } from "../core/workbook/plan";
import { planSetting } from "../core/workbook/settings-plan";
import type { WorkbookSettings } from "../core/workbook/settings";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import {
  assertOverrideCells,
  assertWritable,
  requireTemplate,
  resolve,
  type ActionInput,
  type Resolved,
} from "./context";
import type { ApplyOptions, ApplyReport, ReadNeeds, WorkbookPort } from "./port";

export interface Prepared<R> {
  plan: Plan;
  result: R;
  /** Extra asks for the write's round trip (the PDF's chart pictures). */
  apply?: ApplyOptions;
}

/** One action: what it reads, whether it needs the template, and how it plans. */
export interface UseCase<P, R> {
  needs: ReadNeeds;
  needsTemplate: boolean;
  /**
   * Its formulas read the Info sheet's settings: overridden settings are written there with
   * the plan, so the sheet computes what the action reported.
   */
  writesSettings?: boolean;
  prepare(
    book: WorkbookSnapshot,
    resolved: Resolved,
    input: ActionInput,
    params: P
  ): Prepared<R> | Promise<Prepared<R>>;
}

export interface Outcome<R> {
  result: R;
  /** What the action decided with. */
  resolved: Resolved;
  book: WorkbookSnapshot;
  plan: Plan;
  /** What was (or, without a write, would be) changed, one line per change. */
  summary: Bilingual[];
  /** Features this host left out, one line per missing feature. */
  leftOut: Bilingual[];
  report: ApplyReport;
}

export interface RunOptions {
  /** false: plan only, nothing is applied (the command line without --out). Default true. */
  write?: boolean;
}

const NOTHING_APPLIED: ApplyReport = { applied: 0, syncs: 0, leftOut: [] };

export async function runAction<P, R>(
  port: WorkbookPort,
  useCase: UseCase<P, R>,
  input: ActionInput,
  params: P,
  options: RunOptions = {}
): Promise<Outcome<R>> {
  const write = options.write !== false;
  const book = await port.read(useCase.needs);
  if (useCase.needsTemplate) requireTemplate(book);
  const resolved = resolve(book, input);
  const prepared = await useCase.prepare(book, resolved, input, params);
  let plan = prepared.plan;
  if (useCase.writesSettings === true && Object.keys(resolved.applied).length > 0) {
    if (write) assertOverrideCells(book, resolved.applied);
    plan = withSettingWrites(book, resolved.applied, plan);
  }
  const base = { result: prepared.result, resolved, book, plan, summary: plan.summary };
  if (!write) return { ...base, leftOut: [], report: NOTHING_APPLIED };
  assertWritable(book, plan);
  const report = await port.apply(plan, prepared.apply);
  return { ...base, leftOut: leftOutLines(report), report };
}

/** The plan with the overridden settings' words written first into their Info cells. */
function withSettingWrites(
  book: WorkbookSnapshot,
  overrides: Partial<WorkbookSettings>,
  plan: Plan
): Plan {
  const ops: PlanOp[] = [];
  for (const key of Object.keys(overrides) as (keyof WorkbookSettings)[]) {
    ops.push(...planSetting(book, key, overrides[key] as never).ops);
  }
  const said = Object.keys(overrides).flatMap(
    (key) =>
      planSetting(
        book,
        key as keyof WorkbookSettings,
        overrides[key as keyof WorkbookSettings] as never
      ).summary
  );
  return { ops: [...ops, ...plan.ops], summary: [...said, ...plan.summary] };
}

/** The message for each kind of op an older Excel lacks. */
const LEFT_OUT: Partial<Record<PlanOp["op"], MessageKey>> = {
  validation: "leftOut.validation",
  conditionalFormat: "leftOut.conditionalFormat",
  clearConditionalFormats: "leftOut.conditionalFormat",
  freeze: "leftOut.freeze",
  pageSetup: "leftOut.pageSetup",
  columnWidths: "leftOut.columnWidths",
  rowHeight: "leftOut.rowHeight",
  merge: "leftOut.merge",
  addTableColumns: "leftOut.addTableColumns",
};

/**
 * The Excel versions that have an ExcelApi requirement set, as staff know them ("Excel 2019 or
 * newer"), from Microsoft's table of requirement sets: 1.1 Excel 2016, to 1.8 Excel 2019, to
 * 1.14 Excel 2021, to 1.17 Excel 2024, later ones Microsoft 365 and Excel on the web.
 */
export function excelVersionsKey(version: string): MessageKey {
  const [major = 1, minor = 0] = version.split(".").map((n) => Number(n));
  const m = major > 1 ? 99 : minor;
  if (m <= 1) return "excel.version2016";
  if (m <= 8) return "excel.version2019";
  if (m <= 14) return "excel.version2021";
  if (m <= 17) return "excel.version2024";
  return "excel.version365";
}

/** One line per missing feature, said once even when several ops needed it. */
export function leftOutLines(report: ApplyReport): Bilingual[] {
  const lines = new Map<string, Bilingual>();
  for (const l of report.leftOut) {
    if (l.requires === undefined) {
      const key: MessageKey = l.op === "chart" ? "leftOut.chartFile" : "leftOut.fileOther";
      lines.set(key, bilingual(key));
    } else {
      const key = LEFT_OUT[l.op] ?? "leftOut.other";
      const excel = bilingual(excelVersionsKey(l.requires));
      lines.set(key, {
        id: t("id", key, { excel: excel.id }),
        en: t("en", key, { excel: excel.en }),
      });
    }
  }
  return [...lines.values()];
}

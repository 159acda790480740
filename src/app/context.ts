/**
 * What every action is given (the host's decree, settings overrides) and what it works out
 * once from the workbook before planning: the decree to compare with and the settings. The
 * planners receive both explicitly; nothing below re-reads the Info sheet.
 */
import type { Decree } from "../core/decree/schema";
import { suggestReportingQuarter, type SuggestedQuarter } from "../core/rules/reporting-quarter";
import { findRktTables, readRktEntries } from "../core/workbook/entries";
import { decreeFromWorkbook } from "../core/workbook/info";
import type { Plan, PlanOp } from "../core/workbook/plan";
import {
  decreeOfWorkbook,
  infoSheet,
  readSettings,
  settingCell,
  settingLabel,
  type WorkbookSettings,
} from "../core/workbook/settings";
import type { WorkbookSnapshot } from "../core/workbook/snapshot";
import { KinerjaError } from "./errors";

export interface ActionInput {
  /** The decree the host knows: the pane's (built-in or picked), or the command line's. */
  decree: Decree;
  /**
   * The user named this decree for this workbook (`--decree`): compare with it whatever the
   * Info sheet says. Otherwise it is compared only with a workbook whose Info sheet names it.
   */
  decreeChosen?: boolean;
  /** Settings that win over the Info sheet's (the command line's --tw and --cap). */
  overrides?: Partial<WorkbookSettings>;
  /**
   * Staff have not chosen a reporting quarter (the pane knows): use the one the workbook
   * suggests on this day — the last quarter with entries, else the date's
   * (`core/rules/reporting-quarter.ts`). An override of the quarter wins over it.
   */
  autoQuarter?: Today;
}

/** A day as the quarter rule needs it (month 1–12). */
export interface Today {
  year: number;
  month: number;
}

/** What an action decides with, read once. */
export interface Resolved {
  settings: WorkbookSettings;
  /** The decree the workbook's entries are compared with, when there is one. */
  compareWith: Decree | undefined;
  /** The reporting quarter the workbook suggests, when asked for (`autoQuarter`). */
  suggested?: SuggestedQuarter;
  /**
   * Settings used over the Info sheet's words: the overrides, and the suggested quarter when
   * it differs from the sheet's (actions whose formulas read the sheet write these there).
   */
  applied: Partial<WorkbookSettings>;
}

export function resolve(book: WorkbookSnapshot, input: ActionInput): Resolved {
  const compareWith =
    input.decreeChosen === true ? input.decree : decreeOfWorkbook(book, input.decree);
  const sheet = readSettings(book).settings;
  const applied: Partial<WorkbookSettings> = { ...input.overrides };
  let suggested: SuggestedQuarter | undefined;
  if (input.autoQuarter !== undefined && infoSheet(book) !== undefined) {
    suggested = suggestReportingQuarter(
      readRktEntries(book).map((e) => e.entry),
      decreeFromWorkbook(book, input.decree).year,
      input.autoQuarter
    );
    if (applied.reportingQuarter === undefined && suggested.quarter !== sheet.reportingQuarter)
      applied.reportingQuarter = suggested.quarter;
  }
  return {
    settings: { ...sheet, ...applied },
    compareWith,
    applied,
    ...(suggested !== undefined && { suggested }),
  };
}

/** Refuse a workbook without the add-in's RKT tables. */
export function requireTemplate(book: WorkbookSnapshot): void {
  if (findRktTables(book).length === 0) throw new KinerjaError("error.noTemplate");
}

/** Refuse before writing when the plan touches a protected sheet. */
export function assertWritable(book: WorkbookSnapshot, plan: Plan): void {
  const touched = new Set(
    plan.ops
      .filter((op): op is Exclude<PlanOp, { op: "addSheet" }> => op.op !== "addSheet")
      .map((op) => op.sheet)
  );
  const locked = book.sheets.find((s) => s.protected && touched.has(s.name));
  if (locked !== undefined) throw new KinerjaError("error.protectedSheet", { sheet: locked.name });
}

/**
 * Overridden settings that are about to be written for the formulas must have their Info
 * cell: refuse otherwise (the formulas would follow the sheet's word, not the override).
 */
export function assertOverrideCells(
  book: WorkbookSnapshot,
  overrides: Partial<WorkbookSettings>
): void {
  const info = infoSheet(book);
  for (const key of Object.keys(overrides) as (keyof WorkbookSettings)[]) {
    if (settingCell(info, key) === undefined)
      throw new KinerjaError("error.settingNoCell", { label: settingLabel(key) });
  }
}

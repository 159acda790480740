/**
 * What every action is given (the host's decree, settings overrides) and what it works out
 * once from the workbook before planning: the decree to compare with and the settings. The
 * planners receive both explicitly; nothing below re-reads the Info sheet.
 */
import type { Decree } from "../core/decree/schema";
import { findRktTables } from "../core/workbook/entries";
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
}

/** What an action decides with, read once. */
export interface Resolved {
  settings: WorkbookSettings;
  /** The decree the workbook's entries are compared with, when there is one. */
  compareWith: Decree | undefined;
}

export function resolve(book: WorkbookSnapshot, input: ActionInput): Resolved {
  return {
    settings: readSettings(book, input.overrides).settings,
    compareWith: input.decreeChosen === true ? input.decree : decreeOfWorkbook(book, input.decree),
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
export function assertOverrideCells(book: WorkbookSnapshot, input: ActionInput): void {
  const info = infoSheet(book);
  for (const key of Object.keys(input.overrides ?? {}) as (keyof WorkbookSettings)[]) {
    if (settingCell(info, key) === undefined)
      throw new KinerjaError("error.settingNoCell", { label: settingLabel(key) });
  }
}

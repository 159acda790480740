/**
 * The use cases' port inside Excel (Office.js): reads in one round trip when the pane
 * remembers the workbook's names (two when not), the plan in one
 * more (several only when a request would pass the size limit), requirement sets checked
 * before any op is queued. Chart pictures the PDF asks for come in a round trip of their own.
 */
import {
  headerOnly,
  inTableSet,
  type ApplyOptions,
  type ReadNeeds,
  type WorkbookPort,
} from "../app/port";
import type { Plan } from "../core/workbook/plan";
import { applyPlan } from "./apply";
import { readSnapshot, type LayoutMemory } from "./read";

/** Every cell of a sheet (Excel's grid: 16.384 columns, 1.048.576 rows). */
const WHOLE_SHEET = "A1:XFD1048576";

export interface OfficeEnv {
  /** Whether the host supports ExcelApi `version` (Office.context.requirements.isSetSupported). */
  supports: (version: string) => boolean;
  /** Largest request to send in one round trip (default: well under Excel on the web's 5 MB). */
  requestBudgetBytes?: number;
  /**
   * The workbook's sheet and table names as the pane last saw them (kept while the pane is
   * open): with it an action reads in one round trip instead of two.
   */
  layout?: LayoutMemory;
  /** Told each range a plan writes or clears (the pane tells its own writes from edits). */
  onWrite?: (sheet: string, address: string) => void;
  /** Told each sheet's id by name at every read (loaded with the names, no round trip more). */
  onSheetIds?: (ids: Record<string, string>) => void;
}

export function officePort(context: Excel.RequestContext, env: OfficeEnv): WorkbookPort {
  return {
    read: (needs: ReadNeeds) =>
      readSnapshot(
        context,
        {
          tableValues: (table) => inTableSet(needs.tables, table),
          tableHeaderOnly: (table) => headerOnly(needs.tables, table),
          activeSheet: needs.activeSheet === true,
          canReadMerges: env.supports("1.13"),
          hasNullObjects: env.supports("1.4"),
          hasProtection: env.supports("1.2"),
          ...(needs.beside !== undefined && { beside: needs.beside }),
          ...(env.onSheetIds !== undefined && { sheetIds: env.onSheetIds }),
        },
        env.layout
      ),
    apply: async (plan: Plan, options: ApplyOptions = {}) => {
      if (env.onWrite !== undefined)
        for (const op of plan.ops)
          if (op.op === "write" || op.op === "clear" || op.op === "table")
            env.onWrite(op.sheet, op.address);
          // Ops that write cells without naming them (a table's new columns or rows, a table
          // removed with its cells on ExcelApi 1.1): the sheet's whole grid is the run's.
          else if (
            op.op === "addTableColumns" ||
            op.op === "addTableRows" ||
            op.op === "deleteTable"
          )
            env.onWrite(op.sheet, WHOLE_SHEET);
      const report = await applyPlan(context, plan, env.supports, env.requestBudgetBytes);
      if (env.layout !== undefined) remember(env.layout, plan);
      // Chart.getImage is ExcelApi 1.2; older Excel draws the PDF's charts from the data.
      const wanted = env.supports("1.2") ? (options.chartImages ?? []) : [];
      if (wanted.length === 0) return report;
      const images = await chartPictures(context, wanted);
      return {
        ...report,
        syncs: report.syncs + 1,
        ...(images !== undefined && { images }),
      };
    },
  };
}

/** The sheets and tables a written plan made or deleted, so the next read finds them warm. */
function remember(layout: LayoutMemory, plan: Plan): void {
  for (const op of plan.ops) {
    if (op.op === "addSheet" && !layout.sheets.includes(op.sheet)) layout.sheets.push(op.sheet);
    if (op.op === "table" && !layout.tables.includes(op.name)) layout.tables.push(op.name);
    if (op.op === "deleteTable") layout.tables = layout.tables.filter((t) => t !== op.name);
  }
}

/**
 * The charts' pictures, in their own round trip after the write: Excel on the web sometimes
 * refuses Chart.getImage (UnsupportedOperation, GeneralException), and the written plan must
 * not go down with it. Refused, there are no pictures and the PDF draws the charts itself.
 */
async function chartPictures(
  context: Excel.RequestContext,
  wanted: readonly { sheet: string; name: string }[]
): Promise<Record<string, string> | undefined> {
  const pictures = wanted.map((c) => ({
    name: c.name,
    image: context.workbook.worksheets.getItem(c.sheet).charts.getItem(c.name).getImage(1200, 600),
  }));
  try {
    await context.sync();
  } catch (error) {
    if (!isExcelRefusal(error)) throw error;
    return undefined;
  }
  return Object.fromEntries(pictures.map((p) => [p.name, p.image.value]));
}

/** An error Excel answered with (OfficeExtension.Error has a string code), not a bug of ours. */
const isExcelRefusal = (e: unknown): boolean =>
  typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";

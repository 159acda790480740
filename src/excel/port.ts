/**
 * The use cases' port inside Excel (Office.js): reads in two round trips, the plan in one
 * more (several only when a request would pass the size limit), requirement sets checked
 * before any op is queued. Chart pictures the PDF asks for ride in the write's round trip.
 */
import { inTableSet, type ApplyOptions, type ReadNeeds, type WorkbookPort } from "../app/port";
import type { Plan } from "../core/workbook/plan";
import { applyPlan } from "./apply";
import { readSnapshot } from "./read";

export interface OfficeEnv {
  /** Whether the host supports ExcelApi `version` (Office.context.requirements.isSetSupported). */
  supports: (version: string) => boolean;
  /** Largest request to send in one round trip (default: well under Excel on the web's 5 MB). */
  requestBudgetBytes?: number;
}

export function officePort(context: Excel.RequestContext, env: OfficeEnv): WorkbookPort {
  return {
    read: (needs: ReadNeeds) =>
      readSnapshot(context, {
        tableValues: (table) => inTableSet(needs.tables, table),
        activeSheet: needs.activeSheet === true,
        canReadMerges: env.supports("1.13"),
        hasNullObjects: env.supports("1.4"),
        hasProtection: env.supports("1.2"),
      }),
    apply: async (plan: Plan, options: ApplyOptions = {}) => {
      // Chart.getImage is ExcelApi 1.2; older Excel draws the PDF's charts from the data.
      const wanted = env.supports("1.2") ? (options.chartImages ?? []) : [];
      const pictures = new Map<string, OfficeExtension.ClientResult<string>>();
      const queuePictures =
        wanted.length === 0
          ? undefined
          : () => {
              for (const c of wanted)
                pictures.set(
                  c.name,
                  context.workbook.worksheets
                    .getItem(c.sheet)
                    .charts.getItem(c.name)
                    .getImage(1200, 600)
                );
            };
      const report = await applyPlan(
        context,
        plan,
        env.supports,
        env.requestBudgetBytes,
        queuePictures
      );
      if (pictures.size === 0) return report;
      return { ...report, images: Object.fromEntries([...pictures].map(([n, r]) => [n, r.value])) };
    },
  };
}

/** Buat Grafik: the Grafik sheet's data tables and native charts. */
import { planCharts } from "../../core/workbook/charts";
import { KinerjaError } from "../errors";
import type { UseCase } from "../run";

export const CHARTS: UseCase<void, void> = {
  needs: { tables: "charts" },
  needsTemplate: true,
  prepare: (book, { settings }) => {
    const charts = planCharts(book, settings);
    if (charts.empty) throw new KinerjaError("error.noChartData");
    return { plan: charts.plan, result: undefined };
  },
};

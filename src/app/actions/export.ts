/**
 * Ekspor untuk Rapat: the Rekap Rapat sheet for the reporting quarter (keeping what the
 * meeting typed) and the file for the meeting. Inside Excel the recap is written and the
 * PDF shows Excel's own charts, asked for in the write's round trip; the command line writes
 * only the file. The recap and the file writers load only when an export runs.
 */
import type { Decree } from "../../core/decree/schema";
import { decreeFromWorkbook } from "../../core/workbook/info";
import type { Recap } from "../../core/workbook/recap";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import type { ExportFormat } from "../../export/filename";
import type { Outcome, UseCase } from "../run";

export interface ExportParams {
  format: ExportFormat;
}

export interface ExportPrepared {
  recap: Recap;
  /** The decree as the workbook's Info sheet states it (office, number, signatories). */
  decree: Decree;
}

/** The Grafik sheet's capaian charts the PDF shows when Buat Grafik made them. */
const PDF_CHARTS = { indikator: "Kinerja_Capaian_Indikator", sasaran: "Kinerja_Capaian_Sasaran" };

function chartsOnSheets(book: WorkbookSnapshot): { sheet: string; name: string }[] {
  const out: { sheet: string; name: string }[] = [];
  for (const name of Object.values(PDF_CHARTS)) {
    const sheet = book.sheets.find((s) => s.charts.includes(name));
    if (sheet !== undefined) out.push({ sheet: sheet.name, name });
  }
  return out;
}

export const EXPORT: UseCase<ExportParams, ExportPrepared> = {
  needs: { tables: "export" },
  needsTemplate: true,
  // The recap's formulas read the Info sheet: a quarter the pane decided is written there.
  writesSettings: true,
  prepare: async (book, { settings }, input, { format }) => {
    const { planRecap } = await import("../../core/workbook/recap");
    const decree = decreeFromWorkbook(book, input.decree);
    const recap = planRecap(book, decree, settings);
    const charts = format === "pdf" ? chartsOnSheets(book) : [];
    return {
      plan: recap.plan,
      result: { recap, decree },
      ...(charts.length > 0 && { apply: { chartImages: charts } }),
    };
  },
};

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

/** The meeting's file from an export's outcome; the heavy writers load only now. */
export async function exportFile(
  outcome: Outcome<ExportPrepared>,
  format: ExportFormat
): Promise<ExportedFile & { indicators: number }> {
  const [{ buildExportInput }, { exportFileName }] = await Promise.all([
    import("../../export/input"),
    import("../../export/filename"),
  ]);
  const { recap, decree } = outcome.result;
  const input = buildExportInput(outcome.book, decree, recap);
  const images = outcome.report.images ?? {};
  const bytes =
    format === "pdf"
      ? await (
          await import("../../export/pdf")
        ).exportPdf(input, {
          images: {
            ...(images[PDF_CHARTS.indikator] !== undefined && {
              indikator: images[PDF_CHARTS.indikator],
            }),
            ...(images[PDF_CHARTS.sasaran] !== undefined && {
              sasaran: images[PDF_CHARTS.sasaran],
            }),
          },
        })
      : format === "xlsx"
        ? await (await import("../../export/xlsx")).exportXlsx(input)
        : new TextEncoder().encode((await import("../../export/csv")).exportCsv(input));
  return {
    name: exportFileName(input.meta, format),
    bytes,
    mime: MIME[format],
    indicators: input.rows.length,
  };
}

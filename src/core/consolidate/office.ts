/**
 * One office's figures for the consolidation, from its workbook's snapshot: the capaian the
 * core computes for it (as `kinerja capaian` does, to the workbook's own reporting quarter and
 * cap unless overridden), the quarters Validasi says are due and empty, and its error findings.
 * The office is named by its Info sheet's Kantor, else by the file's name.
 */
import type { Decree } from "../decree/schema";
import { planCapaian } from "../workbook/capaian-plan";
import { decreeFromWorkbook, officeStated } from "../workbook/info";
import { readSettings, type WorkbookSettings } from "../workbook/settings";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { findingCell } from "../workbook/validate-plan";
import { t, type Lang } from "../i18n";
import { findRktTables } from "../workbook/entries";
import type { OfficeIndicator, OfficeRead, OfficeResult } from "./model";

/**
 * One office read for the consolidation from its workbook (the command line's readers and the
 * pane's alike): its figures, or why it cannot be — no RKT sheet made by Kinerja.
 */
export function officeRead(
  lang: Lang,
  book: WorkbookSnapshot,
  decree: Decree,
  source: string,
  overrides: Partial<WorkbookSettings> = {}
): OfficeRead {
  if (findRktTables(book).length === 0) return { ok: false, reason: t(lang, "gabung.noTemplate") };
  return { ok: true, result: officeResult(book, decree, source, overrides) };
}

/** "laporan/KPU Kab. Blitar 2021.xlsx" -> "KPU Kab. Blitar 2021". */
export const officeOfFileName = (source: string): string =>
  source.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");

export function officeResult(
  book: WorkbookSnapshot,
  decree: Decree,
  source: string,
  overrides: Partial<WorkbookSettings> = {}
): OfficeResult {
  const { settings } = readSettings(book, overrides);
  const cp = planCapaian(book, decreeFromWorkbook(book, decree), settings);
  const indicators: OfficeIndicator[] = [];
  const seen = new Set<string>();
  for (const { sheet, evaluation } of cp.evaluations) {
    if (seen.has(sheet)) continue;
    seen.add(sheet);
    cp.entries
      .filter((e) => e.sheet === sheet)
      .forEach((e, i) => {
        const r = evaluation.results[i];
        if (r === undefined) return;
        const mine = evaluation.findings.filter((f) => f.indicatorId === r.indicatorId);
        indicators.push({
          kode: e.entry.indicator.id,
          text: e.entry.indicator.text,
          sasaran: r.sasaran,
          capaian: r.capaian,
          kategori: r.kategori?.label.id ?? null,
          missing: mine
            .filter((f) => f.code === "realisasi.missing" && f.quarter !== undefined)
            .map((f) => f.quarter as NonNullable<typeof f.quarter>),
          errors: mine
            .filter((f) => f.severity === "error")
            .map((f) => ({ ...findingCell(f, e), message: f.message.id })),
        });
      });
  }
  // The budget in total, as the Anggaran sheet's Jumlah row and `kinerja capaian --json`.
  const total = cp.anggaran?.total;
  return {
    office: officeStated(book) ?? officeOfFileName(source),
    source,
    indicators,
    ...(total !== undefined
      ? {
          anggaran: {
            pagu: total.pagu,
            realisasi: total.realisasi,
            serapan: total.serapan === null ? null : total.serapan * 100,
          },
        }
      : {}),
  };
}

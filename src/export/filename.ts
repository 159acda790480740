/**
 * File names that say what they are: "Capaian-Kinerja-KPU-Kota-Blitar-2021-TW2.pdf".
 * ASCII letters, digits and hyphens only (accents dropped, everything else a hyphen), so the
 * name survives e-mail, WhatsApp, zip files and every file system.
 */
import type { ExportMeta } from "./input";

/** "Komisi Pemilihan Umum (KPU) Kota Blitar" -> "Komisi-Pemilihan-Umum-KPU-Kota-Blitar". */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type ExportFormat = "pdf" | "csv" | "xlsx";

/**
 * @example exportFileName(meta, "pdf") // "Capaian-Kinerja-KPU-Kota-Blitar-2021-TW2.pdf"
 * @example exportFileName(meta, "csv", "Rekap-Rapat") // "Rekap-Rapat-KPU-Kota-Blitar-2021-TW2.csv"
 */
export function exportFileName(
  meta: Pick<ExportMeta, "office" | "year" | "reportingQuarter">,
  format: ExportFormat,
  what = "Capaian-Kinerja"
): string {
  const parts = [
    asciiSlug(what),
    asciiSlug(meta.office),
    String(meta.year),
    `TW${meta.reportingQuarter}`,
  ];
  return `${parts.filter((p) => p !== "").join("-")}.${format}`;
}

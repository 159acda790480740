/**
 * The recap as CSV for spreadsheets and other systems.
 *
 * Choices (docs/export.md):
 * - UTF-8 with a byte-order mark, so Excel on Windows reads "é" and "–" right.
 * - Separator ";" by default: Excel in the Indonesian locale uses the decimal comma, so its list
 *   separator is ";" and a double-clicked ";" file opens in columns. "," is an option.
 * - Figures as the report prints them ("103,75%", "2 Dokumen"): Excel id-ID reads "103,75%" as a
 *   percentage; the Kode column identifies rows for machines. Rupiah without "Rp" ("1.250.000"),
 *   which Excel id-ID reads as the number.
 * - The budget of each row's sasaran (pagu, realisasi, % serapan, efisiensi) on every row of
 *   the sasaran: each line stands alone for a machine.
 * - CRLF line ends and RFC 4180 quoting ("" inside quotes).
 * - Formula injection (OWASP "CSV Injection"): a field starting with =, +, -, @, tab or CR gets
 *   a leading ' so no spreadsheet runs it; a plain number such as -5 or -2,5% stays a number.
 */
import { LKJ_TEXT_KEYS, lkjHeaders, overallLabel, type RecapRow } from "../core/workbook/recap";
import type { SasaranBudget } from "../core/workbook/anggaran/model";
import { amountText, figurePercent } from "../core/i18n/figures";
import type { ExportInput, ExportMeta } from "./input";

/** The budget of the row's sasaran (Rekap Rapat's Serapan Anggaran per Sasaran). */
const BUDGET_HEADERS = (tw: string): string[] => [
  "Pagu Anggaran Sasaran (Rp)",
  `Realisasi Anggaran Sasaran s.d. ${tw} (Rp)`,
  "% Serapan Anggaran Sasaran",
  "Efisiensi Sasaran",
];

/** Rupiah as Excel id-ID reads a number back: "1.250.000" (decimals after a comma). */
const rupiah = (v: number | null | "cek isian"): string =>
  v === null || v === "cek isian" ? (v ?? "") : amountText(v);

const fractionText = (v: number | null | "cek isian"): string => figurePercent(v, "");

/** The four budget fields of a row: empty without an Anggaran sheet or a linked sasaran. */
const budgetTexts = (b: SasaranBudget | undefined): string[] =>
  b === undefined
    ? ["", "", "", ""]
    : [rupiah(b.pagu), rupiah(b.realisasi), fractionText(b.serapan), fractionText(b.efisiensi)];

export interface CsvOptions {
  separator?: ";" | ",";
}

export interface CsvInput {
  meta: Pick<ExportMeta, "reportingQuarterWord">;
  rows: RecapRow[];
  overall?: ExportInput["overall"];
}

const PLAIN_NUMBER = /^[-+]?\d+(?:[.,]\d+)*%?$/;

/** A field no spreadsheet will read as a formula. */
export function neutralise(field: string): string {
  if (!/^[=+\-@\t\r]/.test(field)) return field;
  if (field.startsWith("-") && PLAIN_NUMBER.test(field)) return field;
  return `'${field}`;
}

/** Neutralised, then quoted when it holds the separator, a quote, a line break or edge spaces. */
export function csvField(value: string | number, separator: string): string {
  const field = neutralise(typeof value === "number" ? String(value) : value);
  const quote =
    field.includes(separator) ||
    /["\r\n]/.test(field) ||
    field !== field.trim() ||
    field.startsWith("'");
  return quote ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Rows as CSV text, the one framing every CSV of Kinerja has (the recap's, the consolidation's):
 * the byte-order mark, each field through {@link csvField}, the separator (";" unless told),
 * CRLF after every line.
 * @example csvText([["Kode", "Capaian"], ["rkt-1", "103,75%"]]) // "\uFEFFKode;Capaian\r\nrkt-1;103,75%\r\n"
 */
export function csvText(
  rows: readonly (readonly (string | number)[])[],
  options: CsvOptions = {}
): string {
  const sep = options.separator ?? ";";
  return `\uFEFF${rows.map((r) => r.map((f) => csvField(f, sep)).join(sep)).join("\r\n")}\r\n`;
}

/**
 * @example exportCsv(input) // "\uFEFFNo;Unit;Sasaran Strategis;..."
 */
export function exportCsv(input: CsvInput, options: CsvOptions = {}): string {
  const header = [
    "No",
    "Unit",
    "Sasaran Strategis",
    "Indikator Kinerja Utama",
    "Target",
    `Realisasi s.d. ${input.meta.reportingQuarterWord}`,
    "Capaian",
    "Kategori",
    "Permasalahan",
    "Rencana Tindak Lanjut",
    "Keterangan",
    "Kode",
    "Penanggung Jawab",
    "Periode",
    ...lkjHeaders(input.meta.reportingQuarterWord),
    ...BUDGET_HEADERS(input.meta.reportingQuarterWord),
    "Perlu Diperiksa",
  ];
  const lines: (string | number)[][] = [header];
  for (const r of input.rows)
    lines.push([
      r.no,
      r.unit,
      r.sasaran,
      r.indikator,
      r.targetText,
      r.realisasiText,
      r.capaianText,
      r.kategori,
      r.permasalahan,
      r.rencanaTindakLanjut,
      r.keterangan,
      r.kode,
      r.penanggungJawab,
      r.periode,
      ...LKJ_TEXT_KEYS.map((k) => r.lkjText[k]),
      ...budgetTexts(r.budget),
      r.errors.map((e) => e.id).join(" | "),
    ]);
  const o = input.overall;
  if (o !== undefined) {
    const text = overallLabel(o);
    const { permasalahan, rencanaTindakLanjut, kode } = o.note;
    lines.push([
      "",
      "",
      "",
      text,
      "",
      "",
      o.capaianText,
      o.kategori,
      permasalahan,
      rencanaTindakLanjut,
      "",
      kode,
      ...Array<string>(2 + LKJ_TEXT_KEYS.length + 4).fill(""),
      "",
    ]);
  }
  return csvText(lines, options);
}

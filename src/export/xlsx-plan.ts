/**
 * The exported workbook as a plan (pure): the Rekap Rapat sheet and a copy of each RKT sheet,
 * VALUES ONLY. The workbook's formulas read the Info sheet and each other; copied into a file
 * without them they would break, so every cell holds what the core computed (Realisasi,
 * Capaian and Kategori to the reporting quarter) or what the RKT sheet showed. The file is a
 * snapshot for the meeting; the live workbook stays the source of truth.
 */
import { CEK_ISIAN } from "../core/workbook/formulas";
import { bilingual } from "../core/i18n";
import { HEADER_ROW, RKT_COLUMNS, CAPAIAN_FORMAT } from "../core/workbook/layout";
import { columnLetter, parseRange, rangeAddress } from "../core/workbook/a1";
import { landscapePrintOp } from "../core/workbook/owned-sheet";
import type { Plan, PlanOp, Scalar } from "../core/workbook/plan";
import {
  RECAP_SHEET,
  budgetGrid,
  budgetTitle,
  budgetTop,
  periodText,
  recapGrid,
  recapSheetOps,
  titleLines,
} from "../core/workbook/recap";
import type { CellValue, SheetSnapshot } from "../core/workbook/snapshot";
import type { ExportInput } from "./input";
import {
  ANGGARAN_COLUMNS,
  ANGGARAN_SHEET,
  RUPIAH_FORMAT,
  SERAPAN_FORMAT,
} from "../core/workbook/anggaran/layout";
import { listedPrograms } from "../core/workbook/anggaran/model";

const scalar = (v: CellValue): Scalar | null =>
  v === null ? null : typeof v === "object" ? v.error : v;

/** An RKT sheet as values, with the core's figures in Realisasi Tahun, Capaian and Kategori. */
function rktSheetOps(sheet: SheetSnapshot, input: ExportInput): PlanOp[] {
  const name = sheet.name;
  const ops: PlanOp[] = [{ op: "addSheet", sheet: name, tabColor: "#1F4E79" }];
  // The snapshot may be sparse (rows and cells left out are empty): each row is copied as far
  // as it goes, so a stray far cell costs one long row, not a grid of the used range.
  const rows = sheet.values.length;
  const cols = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows === 0 || cols === 0) return ops;
  const headerWidth = sheet.values[HEADER_ROW - sheet.top]?.length ?? 0;
  const values: (Scalar | null)[][] = [];
  const formats: string[][] = [];
  sheet.values.forEach((r, i) => {
    const width = Math.max(r.length, headerWidth);
    values[i] = Array.from({ length: width }, (_v, c) => scalar(r[c] ?? null) ?? "");
    formats[i] = Array.from({ length: width }, (_v, c) => sheet.numberFormats[i]?.[c] ?? "General");
  });
  const header = values[HEADER_ROW - sheet.top] ?? [];
  const colOf = (h: string) =>
    header.findIndex((v) => typeof v === "string" && v.trim().toLowerCase() === h.toLowerCase());
  const [real, cap, kat] = ["Realisasi Tahun", "Capaian", "Kategori"].map(colOf);
  if (real !== undefined && real >= 0)
    header[real] = `Realisasi s.d. ${input.meta.reportingQuarterWord}`;
  const fills: PlanOp[] = [];
  for (const r of input.rows.filter((x) => x.sheet === name)) {
    const line = values[r.row - sheet.top];
    if (line === undefined) continue;
    const realisasi =
      typeof r.realisasi === "number" && r.kind === "percent" ? r.realisasi / 100 : r.realisasi;
    if (real !== undefined && real >= 0)
      line[real] = r.cekIsian === "realisasi" ? CEK_ISIAN : (realisasi ?? "");
    if (cap !== undefined && cap >= 0) {
      line[cap] = r.cekIsian !== null ? CEK_ISIAN : r.capaian === null ? "" : r.capaian / 100;
      (formats[r.row - sheet.top] as string[])[cap] = CAPAIAN_FORMAT;
    }
    if (kat !== undefined && kat >= 0) line[kat] = r.kategori;
    const band = r.kategoriIndex === null ? undefined : input.bands[r.kategoriIndex];
    if (band !== undefined && cap !== undefined && cap >= 0 && kat === cap + 1)
      fills.push({
        op: "format",
        sheet: name,
        address: rangeAddress(r.row, cap, 1, 2),
        format: { fill: band.fill, fontColor: band.fontColor },
      });
  }
  // The table's body gets borders down to its last row (or the sheet's, without a table).
  const bodyEnd = sheet.tables.reduce((end, t) => {
    const box = parseRange(t.address);
    return Math.max(end, box.row + box.rows);
  }, 0);
  const bodyRows =
    (bodyEnd > 0 ? Math.min(bodyEnd, sheet.top + rows) : sheet.top + rows) - sheet.top;
  const bodyCols = Math.min(cols, Math.max(header.length, 1));
  values.forEach((line, i) => {
    if (line.length === 0) return;
    ops.push({
      op: "write",
      sheet: name,
      address: rangeAddress(sheet.top + i, sheet.left, 1, line.length),
      values: [line],
      numberFormats: [formats[i] ?? []],
    });
  });
  ops.push(
    {
      op: "format",
      sheet: name,
      address: rangeAddress(sheet.top, sheet.left, 1, 1),
      format: { bold: true, fontSize: 14, fontColor: "#1F4E79" },
    },
    {
      op: "format",
      sheet: name,
      address: rangeAddress(HEADER_ROW, sheet.left, 1, bodyCols),
      format: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", wrap: true, border: true },
    },
    {
      op: "format",
      sheet: name,
      address: rangeAddress(
        HEADER_ROW + 1,
        sheet.left,
        Math.max(1, bodyRows - HEADER_ROW - 1),
        bodyCols
      ),
      format: { vertical: "top", wrap: true, border: true },
    },
    ...fills,
    {
      op: "columnWidths",
      sheet: name,
      widths: header.map((h, c) => ({
        column: columnLetter(sheet.left + c),
        chars: RKT_COLUMNS.find((k) => typeof h === "string" && k.header === h)?.chars ?? 12,
      })),
    },
    { op: "freeze", sheet: name, rows: HEADER_ROW + 1 },
    landscapePrintOp(name, HEADER_ROW)
  );
  return ops;
}

/**
 * The budget absorption as values: one row per program the Anggaran sheet names (or holds a
 * pagu or realisasi for), the figures its formulas compute, and the total. None without one.
 */
function anggaranSheetOps(input: ExportInput): PlanOp[] {
  const a = input.anggaran;
  const rows = listedPrograms(a?.rows ?? []);
  if (a === undefined || rows.length === 0) return [];
  const sheet = ANGGARAN_SHEET;
  const tw = input.meta.reportingQuarterWord;
  // The Anggaran sheet's own headers, widths and formats (its layout), the realisasi named by
  // the quarter it runs to.
  const keys = [
    "program",
    "sasaran",
    "pagu",
    "realisasi",
    "serapan",
    "capaianSasaran",
    "efisiensi",
  ] as const;
  const columns = keys.map((k) => ANGGARAN_COLUMNS.find((c) => c.key === k)!);
  const header = columns.map((c) => c.header.replace("TW Pelaporan", tw));
  const figure = (v: number | null | "cek isian"): Scalar => (v === null ? "" : v);
  const body: Scalar[][] = rows.map((r) => [
    r.program,
    r.sasaran,
    r.pagu.reading === "value" ? r.pagu.value : r.pagu.reading === "empty" ? "" : CEK_ISIAN,
    figure(r.realisasi),
    figure(r.serapan),
    figure(r.capaianSasaran),
    figure(r.efisiensi),
  ]);
  body.push(["Jumlah", "", a.total.pagu, a.total.realisasi, figure(a.total.serapan), "", ""]);
  const first = HEADER_ROW;
  return [
    { op: "addSheet", sheet, tabColor: "#833C0B" },
    {
      op: "write",
      sheet,
      address: "A1",
      values: [
        [
          `REALISASI ANGGARAN ${input.meta.office.toUpperCase()} TAHUN ${input.meta.year} s.d. ${tw}`,
        ],
      ],
    },
    { op: "format", sheet, address: "A1", format: { bold: true, fontSize: 14 } },
    {
      op: "write",
      sheet,
      address: rangeAddress(first, 0, body.length + 1, header.length),
      values: [header, ...body],
      numberFormats: [
        header.map(() => "General"),
        ...body.map(() => [
          "General",
          "General",
          RUPIAH_FORMAT,
          RUPIAH_FORMAT,
          SERAPAN_FORMAT,
          SERAPAN_FORMAT,
          SERAPAN_FORMAT,
        ]),
      ],
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(first, 0, 1, header.length),
      format: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", wrap: true, border: true },
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(first + 1, 0, body.length, header.length),
      format: { border: true, vertical: "top", wrap: true },
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(first + body.length, 0, 1, header.length),
      format: { bold: true },
    },
    {
      op: "columnWidths",
      sheet,
      widths: columns.map((k, c) => ({ column: columnLetter(c), chars: k.chars })),
    },
    landscapePrintOp(sheet, first),
  ];
}

/** The plan for a new, empty workbook. */
export function exportWorkbookPlan(input: ExportInput): Plan {
  const { meta } = input;
  const recap = { ...input, reportingQuarter: meta.reportingQuarter };
  const title = titleLines({
    office: meta.office,
    year: meta.year,
    decreeNumber: meta.decreeNumber,
    reportingQuarter: meta.reportingQuarter,
    capWord: meta.capWord,
  });
  const grid = recapGrid(recap);
  const ops = recapSheetOps(RECAP_SHEET, title, grid, input.bands, {
    formulas: false,
    office: meta.office,
    period: periodText(meta, meta.reportingQuarter),
    // Serapan Anggaran per Sasaran as the workbook's recap shows it, in values.
    ...(input.anggaran !== undefined &&
      input.budget !== undefined && {
        budget: {
          title: budgetTitle(meta.reportingQuarter),
          grid: budgetGrid(input.budget, meta.reportingQuarter, budgetTop(grid.length)),
        },
      }),
  });
  for (const s of input.sheets) ops.push(...rktSheetOps(s, input));
  ops.push(...anggaranSheetOps(input));
  ops.push({ op: "activate", sheet: RECAP_SHEET });
  return {
    ops,
    summary: [bilingual("done.exportXlsx", { sheet: RECAP_SHEET, count: input.sheets.length })],
  };
}

/**
 * The Rekap Rapat sheet from its cells: the title block naming the decree and the reporting
 * quarter, the table (text columns kept as text), the input columns shaded, kategori colours
 * as conditional formats, and the print setup: A4 landscape, one page wide, header row
 * repeated, header/footer, "Halaman &P dari &N". On a re-run the old table and title go first.
 */
import type { Decree } from "../../decree/schema";
import { columnLetter, parseRange, rangeAddress } from "../a1";
import { COLORS, HEADER_FORMAT, HEADER_ROW } from "../layout";
import { columnWidthsOp, ownedSheetOpening } from "../owned-sheet";
import type { PlanOp } from "../plan";
import type { Quarter } from "../settings";
import { budgetTop, RECAP_BUDGET_TABLE } from "./budget";
import {
  OVERALL_KODE,
  RECAP_COLUMNS,
  RECAP_TABLE,
  recapColumn as col,
  twWord,
  type KategoriStyle,
  type RecapCell,
  type RecapColumnKey,
} from "./model";

const FIRST = HEADER_ROW + 1;
const COLS = RECAP_COLUMNS.length;

/** "Tahun 2021 · s.d. TW II", for page headers. */
export const periodText = (decree: Pick<Decree, "year">, reportingQuarter: Quarter): string =>
  `Tahun ${decree.year} · s.d. ${twWord(reportingQuarter)}`;

/** The lines above the table: what, whose, which period, which decree. */
export function titleLines(t: {
  office: string;
  year: number;
  decreeNumber: string;
  reportingQuarter: Quarter;
  capWord: string;
}): string[] {
  const word = twWord(t.reportingQuarter);
  return [
    "REKAPITULASI CAPAIAN KINERJA — RAPAT EVALUASI",
    `${t.office} · Tahun ${t.year} · Triwulan ${word.slice(3)} (realisasi s.d. ${word})`,
    `Penetapan Kinerja: Keputusan ${t.office} Nomor ${t.decreeNumber} · Batas capaian: ${t.capWord}`,
  ];
}

/** "&" is a code in Excel headers and footers; "&&" prints one. */
const hf = (s: string) => s.replace(/&/g, "&&");

/** What a re-run removes first: the old table, its title, its kategori colours, its budget. */
const clearOps = (sheet: string, old: string, oldBudget?: string): PlanOp[] => [
  { op: "deleteTable", sheet, name: RECAP_TABLE },
  { op: "clear", sheet, address: old },
  { op: "clear", sheet, address: rangeAddress(0, 0, HEADER_ROW, COLS) },
  {
    op: "clearConditionalFormats",
    sheet,
    address: rangeAddress(FIRST, col("capaian"), Math.max(1, parseRange(old).rows - 1), 2),
  },
  ...(oldBudget === undefined ? [] : clearBudgetOps(sheet, oldBudget)),
];

/** The budget block an earlier run wrote: its table and the title line above it. */
export function clearBudgetOps(sheet: string, old: string): PlanOp[] {
  const box = parseRange(old);
  return [
    { op: "deleteTable", sheet, name: RECAP_BUDGET_TABLE },
    { op: "clear", sheet, address: old },
    ...(box.row > 0
      ? [{ op: "clear", sheet, address: rangeAddress(box.row - 1, box.col) } as PlanOp]
      : []),
  ];
}

/**
 * A grid of cells as a table: the values, then (inside the workbook) the formulas where the
 * cells have them, then the table over the range — the recap and its budget block alike.
 */
function gridTableOps(
  sheet: string,
  address: string,
  grid: RecapCell[][],
  formulas: boolean,
  name: string
): PlanOp[] {
  const isFormula = (c: RecapCell) => formulas && c.formula !== undefined;
  const ops: PlanOp[] = [
    {
      op: "write",
      sheet,
      address,
      values: grid.map((r) => r.map((c) => (isFormula(c) ? null : c.value))),
    },
  ];
  if (formulas)
    ops.push({
      op: "write",
      sheet,
      address,
      formulas: grid.map((r) => r.map((c) => (isFormula(c) ? (c.formula as string) : null))),
    });
  ops.push({ op: "table", sheet, name, address, style: "TableStyleLight9" });
  return ops;
}

/**
 * Serapan Anggaran per Sasaran under the table (budget.ts): its title, then its own table —
 * text columns "@" and figures formatted before anything is written, formulas inside the
 * workbook, values in exported files.
 */
function budgetOps(
  sheet: string,
  top: number,
  block: { title: string; grid: RecapCell[][] },
  formulas: boolean
): PlanOp[] {
  const { grid } = block;
  if (grid.length < 2) return [];
  const cols = grid[0]!.length;
  const address = rangeAddress(top, 0, grid.length, cols);
  const body = rangeAddress(top + 1, 0, grid.length - 1, cols);
  const ops: PlanOp[] = [
    {
      op: "write",
      sheet,
      address: body,
      numberFormats: grid.slice(1).map((r) => r.map((c) => c.numberFormat ?? "General")),
    },
    { op: "write", sheet, address: rangeAddress(top - 1, 0), values: [[block.title]] },
    { op: "format", sheet, address: rangeAddress(top - 1, 0), format: { bold: true } },
    ...gridTableOps(sheet, address, grid, formulas, RECAP_BUDGET_TABLE),
  ];
  ops.push(
    { op: "format", sheet, address: rangeAddress(top, 0, 1, cols), format: HEADER_FORMAT },
    { op: "format", sheet, address: body, format: { vertical: "top", border: true, wrap: true } }
  );
  return ops;
}

const TEXT_COLUMNS = new Set<RecapColumnKey>([
  "unit",
  "sasaran",
  "indikator",
  "permasalahan",
  "rtl",
  "kode",
  "penanggungJawab",
  "periode",
]);

/**
 * Text the meeting typed ("=1+1", "+62 …") must stay text: text columns get the "@" format
 * before anything is written, and only real formulas go through `formulas`. A cell that gets a
 * formula is never "@": Excel keeps a formula written into a Text cell as its text.
 */
const textFormats = (sheet: string, grid: RecapCell[][], formulas: boolean): PlanOp => ({
  op: "write",
  sheet,
  address: rangeAddress(FIRST, 0, grid.length - 1, COLS),
  numberFormats: grid.slice(1).map((r) =>
    r.map((c, i) => {
      const format = c.numberFormat ?? (TEXT_COLUMNS.has(RECAP_COLUMNS[i]!.key) ? "@" : "General");
      return formulas && c.formula !== undefined && format === "@" ? "General" : format;
    })
  ),
});

/** The values (and formulas, inside the workbook) and the table over them. */
function tableOps(sheet: string, grid: RecapCell[][], formulas: boolean): PlanOp[] {
  const rows = grid.length;
  const address = rangeAddress(HEADER_ROW, 0, rows, COLS);
  const ops = gridTableOps(sheet, address, grid, formulas, RECAP_TABLE);
  ops.push(
    { op: "format", sheet, address: rangeAddress(HEADER_ROW, 0, 1, COLS), format: HEADER_FORMAT },
    {
      op: "format",
      sheet,
      address: rangeAddress(FIRST, 0, rows - 1, COLS),
      format: { vertical: "top", border: true },
    }
  );
  return ops;
}

/** Wrapped text columns, the meeting's input columns, the overall row, repeated sasaran. */
function formatOps(sheet: string, grid: RecapCell[][]): PlanOp[] {
  const rows = grid.length;
  const ops: PlanOp[] = [];
  RECAP_COLUMNS.forEach((c, i) => {
    if ("wrap" in c && c.wrap)
      ops.push({
        op: "format",
        sheet,
        address: rangeAddress(FIRST, i, rows - 1, 1),
        format: { wrap: true },
      });
  });
  ops.push({
    op: "format",
    sheet,
    address: rangeAddress(FIRST, col("permasalahan"), rows - 1, 2),
    format: { fill: COLORS.input },
  });
  const overallRow = grid.findIndex((r) => r[col("kode")]?.value === OVERALL_KODE);
  if (overallRow > 0)
    ops.push({
      op: "format",
      sheet,
      address: rangeAddress(HEADER_ROW + overallRow, 0, 1, COLS),
      format: { bold: true, topRule: true },
    });
  const sasaran = (i: number) => grid[i]?.[col("sasaran")]?.value;
  grid.forEach((_r, i) => {
    if (i > 1 && sasaran(i) === sasaran(i - 1) && sasaran(i) !== "")
      ops.push({
        op: "format",
        sheet,
        address: rangeAddress(HEADER_ROW + i, col("sasaran")),
        format: { fontColor: COLORS.groupContinuation },
      });
  });
  return ops;
}

/** Capaian and Kategori coloured by the kategori the row shows. */
function kategoriFormats(sheet: string, rows: number, bands: readonly KategoriStyle[]): PlanOp[] {
  const address = rangeAddress(FIRST, col("capaian"), rows - 1, 2);
  const k = `$${columnLetter(col("kategori"))}${FIRST + 1}`;
  return bands.map((b) => ({
    op: "conditionalFormat",
    sheet,
    address,
    formula: `=${k}="${b.label.replace(/"/g, '""')}"`,
    format: { fill: b.fill, fontColor: b.fontColor },
  }));
}

/** Widths, frozen header, print setup, and the sheet shown. */
const pageOps = (sheet: string, office: string, period: string): PlanOp[] => [
  columnWidthsOp(
    sheet,
    RECAP_COLUMNS.map((c) => c.chars)
  ),
  { op: "freeze", sheet, rows: FIRST },
  {
    op: "pageSetup",
    sheet,
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: `$${FIRST}:$${FIRST}`,
    header: `&L${hf(office)}&CRekap Rapat Evaluasi Kinerja&R${hf(period)}`,
    footer: "&LDicetak &D&RHalaman &P dari &N",
  },
  { op: "activate", sheet },
];

/**
 * The ops that write the recap sheet from its cells: formulas where a cell has one (inside the
 * workbook) or values only (exported files). `replace` is the old table's address on a re-run.
 */
export function recapSheetOps(
  sheet: string,
  title: string[],
  grid: RecapCell[][],
  bands: readonly KategoriStyle[],
  opts: {
    formulas: boolean;
    replace?: string;
    /** The budget block an earlier run wrote, to remove first. */
    replaceBudget?: string;
    office: string;
    period: string;
    /** Serapan Anggaran per Sasaran, under the table (none without an Anggaran sheet). */
    budget?: { title: string; grid: RecapCell[][] };
  }
): PlanOp[] {
  return [
    ...ownedSheetOpening({
      sheet,
      isNew: opts.replace === undefined,
      tabColor: "#7030A0",
      title,
      clear: opts.replace === undefined ? [] : clearOps(sheet, opts.replace, opts.replaceBudget),
      beforeTitle: [textFormats(sheet, grid, opts.formulas)],
      // The title names the reporting quarter: a re-run writes it again.
      again: { title: true },
    }),
    ...tableOps(sheet, grid, opts.formulas),
    ...formatOps(sheet, grid),
    ...kategoriFormats(sheet, grid.length, bands),
    ...(opts.budget === undefined
      ? []
      : budgetOps(sheet, budgetTop(grid.length), opts.budget, opts.formulas)),
    ...pageOps(sheet, opts.office, opts.period),
  ];
}

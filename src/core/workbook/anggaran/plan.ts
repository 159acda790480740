/**
 * The Anggaran sheet in a plan: made by Buat Template (a row per program the decree names,
 * else a row per sasaran of the RKT tables with the program to fill), and its formula columns
 * written again by Hitung Capaian, so that Capaian Sasaran reads the RKT tables as they are
 * then (rows added since the template included).
 */
import type { Decree } from "../../decree/schema";
import { absoluteRange } from "./refs";
import { sasaranKey } from "./model";
import { cellAddress, columnLetter, rangeAddress, sheetRef } from "../a1";
import { twNumberFormula } from "../formulas";
import type { RktTable } from "../entries";
import { columnOf, COLORS, HEADER_FORMAT, HEADER_ROW, RKT_COLUMNS } from "../layout";
import { columnWidthsOp, landscapePrintOp, ownedSheetOpening } from "../owned-sheet";
import type { PlanOp, Scalar } from "../plan";
import { toR1C1 } from "../r1c1";
import {
  capaianSasaranFormula,
  efisiensiFormula,
  realisasiAnggaranFormula,
  serapanFormula,
  type AnggaranRefs,
  type CapaianSource,
} from "./formulas";
import {
  AMOUNT_QUARTER_KEYS,
  ANGGARAN_BLANK_ROWS,
  ANGGARAN_COLUMNS,
  ANGGARAN_TABLE,
  RUPIAH_FORMAT,
  SERAPAN_FORMAT,
  type AnggaranColumnKey,
} from "./layout";

/** Where the Anggaran table sits: its sheet, header row, data rows and column per key. */
export interface AnggaranGeometry {
  sheet: string;
  headerRow: number;
  rows: number;
  columns: Partial<Record<AnggaranColumnKey, number>>;
}

/** The Sasaran Strategis and Capaian columns of RKT tables, as the formulas read them. */
export function capaianSources(
  tables: readonly {
    sheet: string;
    firstRow: number;
    rows: number;
    sasaranCol: number;
    capaianCol: number;
  }[]
): CapaianSource[] {
  return tables
    .filter((t) => t.rows > 0)
    .map((t) => ({
      sasaran: `${sheetRef(t.sheet)}!${absoluteRange(t.firstRow, t.sasaranCol, t.rows)}`,
      capaian: `${sheetRef(t.sheet)}!${absoluteRange(t.firstRow, t.capaianCol, t.rows)}`,
    }));
}

/** The capaian sources of RKT tables found in a workbook. */
export function sourcesOfTables(tables: readonly RktTable[]): CapaianSource[] {
  return capaianSources(
    tables.flatMap((t) =>
      t.columns.sasaran === undefined || t.columns.capaian === undefined
        ? []
        : [
            {
              sheet: t.sheet.name,
              firstRow: t.headerRow + 1,
              rows: t.rows,
              sasaranCol: t.columns.sasaran,
              capaianCol: t.columns.capaian,
            },
          ]
    )
  );
}

/** The RKT tables a template plan makes, as capaian sources (their layout is RKT_COLUMNS). */
export function sourcesOfNewTables(
  tables: readonly { sheet: string; rows: number }[]
): CapaianSource[] {
  return capaianSources(
    tables.map((t) => ({
      sheet: t.sheet,
      firstRow: HEADER_ROW + 1,
      rows: t.rows,
      sasaranCol: columnOf(RKT_COLUMNS, "sasaran"),
      capaianCol: columnOf(RKT_COLUMNS, "capaian"),
    }))
  );
}

/**
 * The four formula columns, one formula each in R1C1 over the data rows, and — on a sheet the
 * template makes now (`withTotal`) — the total row below the table. Nothing when a column the
 * formulas need is gone. Hitung Capaian rewrites the columns only: the cells below the table
 * are not the table's (a row typed under it, or the table grown by a row, would put a second
 * Jumlah beside the first and sum it in); the Jumlah's own SUM ranges grow with the table.
 */
export function anggaranFormulaOps(
  g: AnggaranGeometry,
  sources: readonly CapaianSource[],
  reportingQuarter: string,
  withTotal: boolean
): PlanOp[] {
  const c = g.columns;
  const need: AnggaranColumnKey[] = [
    "program",
    "sasaran",
    "pagu",
    ...AMOUNT_QUARTER_KEYS,
    "realisasi",
    "serapan",
    "capaianSasaran",
    "efisiensi",
  ];
  if (g.rows <= 0 || need.some((k) => c[k] === undefined)) return [];
  const first = g.headerRow + 1;
  const ref = (k: AnggaranColumnKey) => cellAddress(first, c[k] as number);
  const refs: AnggaranRefs = {
    program: ref("program"),
    sasaran: ref("sasaran"),
    pagu: ref("pagu"),
    quarters: AMOUNT_QUARTER_KEYS.map(ref) as unknown as AnggaranRefs["quarters"],
    realisasi: ref("realisasi"),
    serapan: ref("serapan"),
    capaianSasaran: ref("capaianSasaran"),
    reportingQuarter,
  };
  const column = (k: AnggaranColumnKey, formula: string, format: string): PlanOp[] => {
    const address = rangeAddress(first, c[k] as number, g.rows, 1);
    return [
      {
        op: "write",
        sheet: g.sheet,
        address,
        numberFormats: Array.from({ length: g.rows }, () => [format]),
      },
      { op: "write", sheet: g.sheet, address, formulaR1C1: toR1C1(formula, first, c[k] as number) },
    ];
  };
  return [
    ...column("realisasi", realisasiAnggaranFormula(refs), RUPIAH_FORMAT),
    ...column("serapan", serapanFormula(refs), SERAPAN_FORMAT),
    ...column("capaianSasaran", capaianSasaranFormula(refs, sources), SERAPAN_FORMAT),
    ...column("efisiensi", efisiensiFormula(refs), SERAPAN_FORMAT),
    ...(withTotal ? totalRowOps(g) : []),
  ];
}

/**
 * "Jumlah" one row below the table: the pagu, the quarters and the realisasi added up, and the
 * serapan. The row between stays empty — a value written right under a table makes Excel grow
 * the table into it — and the sums take it in, so a row the table grows into is counted.
 */
function totalRowOps(g: AnggaranGeometry): PlanOp[] {
  const c = g.columns;
  const first = g.headerRow + 1;
  const row = anggaranTotalRow(g);
  const label = c.program ?? 0;
  const sum = (k: AnggaranColumnKey) => {
    const col = c[k] as number;
    return `=${readableSum(rangeAddress(first, col, row - first, 1))}`;
  };
  const ops: PlanOp[] = [
    { op: "write", sheet: g.sheet, address: cellAddress(row, label), values: [["Jumlah"]] },
  ];
  for (const k of ["pagu", ...AMOUNT_QUARTER_KEYS, "realisasi"] as AnggaranColumnKey[]) {
    ops.push({
      op: "write",
      sheet: g.sheet,
      address: cellAddress(row, c[k] as number),
      formulas: [[sum(k)]],
      numberFormats: [[RUPIAH_FORMAT]],
    });
  }
  const p = cellAddress(row, c.pagu as number);
  const r = cellAddress(row, c.realisasi as number);
  ops.push({
    op: "write",
    sheet: g.sheet,
    address: cellAddress(row, c.serapan as number),
    formulas: [[`=IF(${p}>0,${r}/${p},"")`]],
    numberFormats: [[SERAPAN_FORMAT]],
  });
  const firstCol = Math.min(...Object.values(c));
  const lastCol = Math.max(...Object.values(c));
  ops.push({
    op: "format",
    sheet: g.sheet,
    address: rangeAddress(row, firstCol, 1, lastCol - firstCol + 1),
    format: { bold: true, border: true, topRule: true },
  });
  return ops;
}

/**
 * The sum of the amounts the formulas read in `range`: numbers up to 1e15 either way (the
 * rule's limit). Text, logicals and error values are left out — SUM would pass an error on, and
 * Periksa Isian reports those cells.
 */
export const readableSum = (range: string): string =>
  `SUMIFS(${range},${range},">=-1E+15",${range},"<=1E+15")`;

/** The 0-based row of the Anggaran sheet's Jumlah: one empty row below the table. */
export const anggaranTotalRow = (g: { headerRow: number; rows: number }) =>
  g.headerRow + 1 + g.rows + 1;

/**
 * An Anggaran row given by a converted table (Convert): its sasaran, program and amounts —
 * rupiah, or the text typed where it is no amount (the sheet shows "cek isian").
 */
export interface AnggaranSeedRow {
  sasaran: string;
  program: string;
  amounts: Partial<Record<"pagu" | (typeof AMOUNT_QUARTER_KEYS)[number], Scalar>>;
}

/**
 * The template's rows: the decree's programs, else the converted table's budget rows with a
 * row for each sasaran they leave out (in the RKT's order; a sasaran of the budget the RKT
 * does not name comes last), else one row per sasaran (program to fill).
 */
export function anggaranRows(
  decree: Decree,
  sasaran: readonly string[],
  seed: readonly AnggaranSeedRow[] = []
): Scalar[][] {
  const byKey = (k: AnggaranColumnKey, v: Scalar, row: Scalar[]) => {
    row[columnOf(ANGGARAN_COLUMNS, k)] = v;
  };
  const blank = () => ANGGARAN_COLUMNS.map((): Scalar => "");
  const programs = decree.programs ?? [];
  const rows: Scalar[][] =
    programs.length > 0
      ? programs.map((p) => {
          const row = blank();
          byKey("program", p.name, row);
          byKey("sasaran", p.sasaran ?? "", row);
          if (p.pagu !== undefined) byKey("pagu", p.pagu, row);
          return row;
        })
      : seededRows(sasaran, seed).map((s) => {
          const row = blank();
          byKey("sasaran", s.sasaran, row);
          if (s.program !== "") byKey("program", s.program, row);
          for (const [k, v] of Object.entries(s.amounts))
            if (v !== undefined) byKey(k as AnggaranColumnKey, v, row);
          return row;
        });
  while (rows.length < ANGGARAN_BLANK_ROWS) rows.push(blank());
  rows.forEach((row, i) => byKey("no", i + 1, row));
  // The formula columns are written by anggaranFormulaOps.
  return rows;
}

/** Each sasaran's seeded rows in the RKT's order (a bare row where it has none), then the rest. */
function seededRows(
  sasaran: readonly string[],
  seed: readonly AnggaranSeedRow[]
): AnggaranSeedRow[] {
  const key = (s: string) => sasaranKey(s);
  const out: AnggaranSeedRow[] = [];
  const used = new Set<AnggaranSeedRow>();
  for (const s of sasaran) {
    const mine = seed.filter((r) => key(r.sasaran) === key(s));
    if (mine.length === 0) out.push({ sasaran: s, program: "", amounts: {} });
    for (const r of mine) {
      out.push(r);
      used.add(r);
    }
  }
  return [...out, ...seed.filter((r) => !used.has(r))];
}

/** A new Anggaran sheet: title, table, input cells, validation, formulas, total, page setup. */
export function anggaranSheetOps(
  sheet: string,
  title: readonly string[],
  rows: Scalar[][],
  sources: readonly CapaianSource[],
  reportingQuarter: string
): PlanOp[] {
  const n = rows.length;
  const cols = ANGGARAN_COLUMNS.length;
  const first = HEADER_ROW + 1;
  const address = rangeAddress(HEADER_ROW, 0, n + 1, cols);
  const col = (k: AnggaranColumnKey) => columnOf(ANGGARAN_COLUMNS, k);
  const columns = Object.fromEntries(ANGGARAN_COLUMNS.map((c, i) => [c.key, i])) as Record<
    AnggaranColumnKey,
    number
  >;
  const amounts = rangeAddress(first, col("pagu"), n, 1 + AMOUNT_QUARTER_KEYS.length);
  const ops: PlanOp[] = [
    ...ownedSheetOpening({ sheet, isNew: true, tabColor: "#833C0B", title }),
    { op: "write", sheet, address, values: [ANGGARAN_COLUMNS.map((c) => c.header), ...rows] },
    { op: "table", sheet, name: ANGGARAN_TABLE, address, style: "TableStyleLight9" },
    { op: "format", sheet, address: rangeAddress(HEADER_ROW, 0, 1, cols), format: HEADER_FORMAT },
    {
      op: "format",
      sheet,
      address: rangeAddress(first, 0, n, cols),
      format: { vertical: "top", border: true },
    },
    columnWidthsOp(
      sheet,
      ANGGARAN_COLUMNS.map((c) => c.chars)
    ),
    { op: "freeze", sheet, rows: first },
    {
      op: "write",
      sheet,
      address: amounts,
      numberFormats: Array.from({ length: n }, () =>
        Array<string>(1 + AMOUNT_QUARTER_KEYS.length).fill(RUPIAH_FORMAT)
      ),
    },
    { op: "format", sheet, address: amounts, format: { fill: COLORS.input } },
    {
      op: "validation",
      sheet,
      address: amounts,
      rule: { type: "decimal", min: 0, max: 1e15 },
      error: "Isi jumlah rupiah berupa angka, 0 atau lebih.",
    },
    ...(["program", "sasaran", "keterangan"] as const).map((k): PlanOp => ({
      op: "format",
      sheet,
      address: rangeAddress(first, col(k), n, 1),
      format: { wrap: true },
    })),
    ...anggaranFormulaOps(
      { sheet, headerRow: HEADER_ROW, rows: n, columns },
      sources,
      reportingQuarter,
      true
    ),
    landscapePrintOp(sheet, HEADER_ROW),
  ];
  return ops;
}

/** The reporting quarter as a number from an Info cell ("TW II" -> 2), for the formulas. */
export const reportingQuarterOf = (infoSheet: string, row: number, col: number): string =>
  twNumberFormula(`${sheetRef(infoSheet)}!$${columnLetter(col)}$${row + 1}`).slice(1);

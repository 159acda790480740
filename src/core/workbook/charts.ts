/**
 * Buat Grafik: a "Grafik" sheet with three native charts, each drawn from a small data table
 * on the same sheet whose cells are formulas into the RKT sheets and the Ringkasan (so the
 * charts follow later edits): target vs realisasi of the percent indicators, capaian per
 * indicator coloured by kategori (one stacked series per band), and capaian per sasaran.
 * Running it again replaces the add-in's charts and tables on that sheet, never duplicates.
 */
import { bilingual } from "../i18n";
import { kategoriBands } from "../rules/kategori";
import { cellAddress, rangeAddress, sheetRef } from "./a1";
import { bandColors } from "./kategori-colors";
import { findRktTables, readRktEntries, type LocatedEntry } from "./entries";
import { CAPAIAN_FORMAT, CHART_SHEET, OWN_PREFIX, SUMMARY_TABLE } from "./layout";
import { findOwnedTable, freeSheetName } from "./ownership";
import { ownedSheetOpening } from "./owned-sheet";
import type { ChartSpec, Plan, PlanOp, Scalar } from "./plan";
import type { WorkbookSettings } from "./settings";
import { cellAt, type WorkbookSnapshot } from "./snapshot";
import { parseRange } from "./a1";
import { RUPIAH_FORMAT } from "./anggaran/layout";
import { findAnggaranTable } from "./anggaran/model";

export const CHART_TABLES = {
  target: `${OWN_PREFIX}Grafik_Target`,
  capaian: `${OWN_PREFIX}Grafik_Capaian`,
  sasaran: `${OWN_PREFIX}Grafik_Sasaran`,
  anggaran: `${OWN_PREFIX}Grafik_Anggaran`,
} as const;

/** Rows a chart takes at least, so small data still gets a readable chart. */
const CHART_MIN_ROWS = 16;
const FIRST_ROW = 3;

interface Block {
  table: string;
  header: string[];
  rows: Scalar[][];
  formats: (string | null)[];
  chart: Omit<ChartSpec, "source" | "from" | "to">;
  /** How many leading columns the chart draws: the label column, then one column a series. */
  chartColumns: number;
}

const ref = (e: LocatedEntry, col: number | undefined) =>
  `${sheetRef(e.sheet)}!${cellAddress(e.row, col as number)}`;
const label = (e: LocatedEntry, i: number) => `${e.sheet.replace(/^RKT\s+/i, "")} ${i + 1}`;

export interface ChartPlan {
  plan: Plan;
  /** Why there is nothing to draw, when so. */
  empty: boolean;
}

export function planCharts(book: WorkbookSnapshot, settings: WorkbookSettings): ChartPlan {
  const entries = readRktEntries(book).filter(
    (e) => e.columns.capaian !== undefined && e.columns.realisasi !== undefined
  );
  if (entries.length === 0 || findRktTables(book).length === 0)
    return { plan: { ops: [], summary: [] }, empty: true };
  const bands = kategoriBands(settings.kategori);
  const perSheet = new Map<string, number>();
  const labels = entries.map((e) => {
    const i = perSheet.get(e.sheet) ?? 0;
    perSheet.set(e.sheet, i + 1);
    return label(e, i);
  });

  const blocks: Block[] = [];
  const percent = entries
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.entry.indicator.kind === "percent");
  if (percent.length > 0) {
    blocks.push({
      table: CHART_TABLES.target,
      header: ["Indikator", "Target", "Realisasi", "Uraian"],
      rows: percent.map(({ e, i }) => [
        labels[i] as string,
        `=${ref(e, e.columns.target)}`,
        `=IF(${ref(e, e.columns.realisasi)}="",NA(),${ref(e, e.columns.realisasi)})`,
        `=${ref(e, e.columns.indikator)}`,
      ]),
      formats: [null, CAPAIAN_FORMAT, CAPAIAN_FORMAT, null],
      chart: {
        name: `${OWN_PREFIX}Target_Realisasi`,
        type: "columnClustered",
        title: "Target dan Realisasi Indikator Persen",
        seriesColors: ["#A6A6A6", "#1F4E79"],
      },
      chartColumns: 3,
    });
  }
  blocks.push({
    table: CHART_TABLES.capaian,
    header: ["Indikator", ...bands.map((b) => b.label.id), "Capaian", "Uraian"],
    rows: entries.map((e, i) => {
      const cap = ref(e, e.columns.capaian);
      const kat = ref(e, e.columns.kategori);
      return [
        labels[i] as string,
        ...bands.map((b) => `=IF(${kat}="${b.label.id}",${cap},"")`),
        `=${cap}`,
        `=${ref(e, e.columns.indikator)}`,
      ];
    }),
    formats: [null, ...bands.map(() => CAPAIAN_FORMAT), CAPAIAN_FORMAT, null],
    chart: {
      name: `${OWN_PREFIX}Capaian_Indikator`,
      type: "columnStacked",
      title: "Capaian per Indikator menurut Kategori",
      seriesColors: bandColors(bands).map((c) => c.fontColor),
    },
    chartColumns: 1 + bands.length,
  });
  const summary = findOwnedTable(book, SUMMARY_TABLE);
  if (summary !== undefined) {
    const box = parseRange(summary.address);
    const rows: Scalar[][] = [];
    for (let r = box.row + 1; r < box.row + box.rows; r++) {
      const sasaran = cellAt(summary.sheet, r, box.col + 1);
      if (typeof sasaran !== "string" || sasaran.startsWith("Rata-rata")) continue;
      const at = (c: number) => `${sheetRef(summary.sheet.name)}!${cellAddress(r, box.col + c)}`;
      rows.push([`=${at(0)}&" · "&LEFT(${at(1)},40)`, `=IF(${at(3)}="",NA(),${at(3)})`]);
    }
    if (rows.length > 0) {
      blocks.push({
        table: CHART_TABLES.sasaran,
        header: ["Sasaran", "Rata-rata Capaian"],
        rows,
        formats: [null, CAPAIAN_FORMAT],
        chart: {
          name: `${OWN_PREFIX}Capaian_Sasaran`,
          type: "barClustered",
          title: "Rata-rata Capaian per Sasaran Strategis",
          seriesColors: ["#2E75B6"],
        },
        chartColumns: 2,
      });
    }
  }
  const anggaran = anggaranBlock(book);
  if (anggaran !== undefined) blocks.push(anggaran);
  return { plan: layout(book, blocks, entries.length), empty: false };
}

/**
 * Pagu against Realisasi s.d. TW Pelaporan per program of the Anggaran sheet: the rows that
 * name a program or hold a pagu when the chart is made; the cells are formulas into the
 * Anggaran sheet (a figure it cannot read is left out of the chart, #N/A).
 */
function anggaranBlock(book: WorkbookSnapshot): Block | undefined {
  const t = findAnggaranTable(book);
  const c = t?.columns;
  if (t === undefined || c?.program === undefined || c.pagu === undefined) return undefined;
  if (c.realisasi === undefined) return undefined;
  const rows: Scalar[][] = [];
  for (let r = t.headerRow + 1; r <= t.headerRow + t.rows; r++) {
    const program = cellAt(t.sheet, r, c.program);
    const pagu = cellAt(t.sheet, r, c.pagu);
    const named = typeof program === "string" && program.trim() !== "";
    if (!named && (pagu === null || pagu === "")) continue;
    const at = (col: number) => `${sheetRef(t.sheet.name)}!${cellAddress(r, col)}`;
    const number = (col: number) => `=IF(ISNUMBER(${at(col)}),${at(col)},NA())`;
    rows.push([
      `=IF(${at(c.program)}="","Baris ${r + 1}",LEFT(${at(c.program)},40))`,
      number(c.pagu),
      number(c.realisasi),
    ]);
  }
  if (rows.length === 0) return undefined;
  return {
    table: CHART_TABLES.anggaran,
    header: ["Program", "Pagu", "Realisasi s.d. TW Pelaporan"],
    rows,
    formats: [null, RUPIAH_FORMAT, RUPIAH_FORMAT],
    chart: {
      name: `${OWN_PREFIX}Pagu_Realisasi_Anggaran`,
      type: "barClustered",
      title: "Pagu dan Realisasi Anggaran per Program",
      seriesColors: ["#A6A6A6", "#833C0B"],
    },
    chartColumns: 3,
  };
}

/** Blocks one under another at the left, each chart beside its block, nothing overlapping. */
function layout(book: WorkbookSnapshot, blocks: Block[], indicators: number): Plan {
  const ours: string[] = Object.values(CHART_TABLES);
  const existing = book.sheets.find(
    (s) =>
      s.tables.some((t) => ours.includes(t.name)) || s.charts.some((c) => c.startsWith(OWN_PREFIX))
  );
  const sheet = existing?.name ?? freeSheetName(book, CHART_SHEET);
  const clear: PlanOp[] = [];
  for (const name of existing?.charts.filter((c) => c.startsWith(OWN_PREFIX)) ?? [])
    clear.push({ op: "deleteChart", sheet, name });
  for (const t of existing?.tables.filter((x) => x.name.startsWith(OWN_PREFIX)) ?? [])
    clear.push(
      { op: "deleteTable", sheet, name: t.name },
      { op: "clear", sheet, address: t.address }
    );
  const width = Math.max(...blocks.map((b) => b.header.length));
  const ops = ownedSheetOpening({
    sheet,
    isNew: existing === undefined,
    tabColor: "#C55A11",
    title: [
      "GRAFIK CAPAIAN KINERJA",
      "Data grafik di kiri mengikuti lembar RKT dan Ringkasan Capaian.",
    ],
    widths: Array.from({ length: width }, (_v, i) => (i === 0 ? 18 : i === width - 1 ? 40 : 12)),
    clear,
    again: { widths: true },
  });
  let row = FIRST_ROW;
  const chartCol = width + 1;
  for (const b of blocks) {
    const n = b.rows.length;
    const address = rangeAddress(row, 0, n + 1, b.header.length);
    ops.push(
      { op: "write", sheet, address, formulas: [b.header, ...b.rows] },
      {
        op: "write",
        sheet,
        address: rangeAddress(row + 1, 0, n, b.header.length),
        numberFormats: Array.from({ length: n }, () => b.formats.map((f) => f ?? "General")),
      },
      { op: "table", sheet, name: b.table, address, style: "TableStyleLight1" }
    );
    const chartRows = Math.max(CHART_MIN_ROWS, Math.ceil(n * 0.9) + 4);
    ops.push({
      op: "chart",
      sheet,
      chart: {
        ...b.chart,
        source: rangeAddress(row, 0, n + 1, b.chartColumns),
        from: cellAddress(row, chartCol),
        to: cellAddress(row + chartRows - 1, chartCol + 9),
      },
    });
    row += Math.max(n + 1, chartRows) + 2;
  }
  return {
    ops,
    summary: [bilingual("done.charts", { sheet, charts: blocks.length, indicators })],
  };
}

/**
 * Hitung Capaian: Realisasi Tahun, Capaian and Kategori written as formulas into the RKT
 * tables (so they stay right when a realisasi changes), kategori colours as conditional
 * formats, and a "Ringkasan Capaian" sheet with the average per sasaran and overall.
 * The core computes the same numbers (the evaluation returned beside the plan).
 */
import { REACHED_CRITERION } from "../rules/summary";
import type { CellInput } from "../rules/cell";
import { sheetUnits } from "../rules/sheet-reading";
import type { IndicatorKind } from "../decree/schema";
import { bilingual } from "../i18n";
import type { Decree } from "../decree/schema";
import { anyTyped, evaluate, type Evaluation } from "../rules/evaluate";
import { kategoriBands, type KategoriBand } from "../rules/kategori";
import { cellAddress, columnLetter, parseRange, rangeAddress, sheetRef } from "./a1";
import { readRktEntries, findRktTables, type LocatedEntry } from "./entries";
import {
  capaianFormula,
  capaianTwFormula,
  kategoriFormula,
  perubahanFormula,
  realisasiFormula,
  targetTwFormula,
  twNumberFormula,
  type RowRefs,
} from "./formulas";
import {
  CAPAIAN_FORMAT,
  COLORS,
  HEADER_ROW,
  INFO_TABLE,
  KIND_FORMATS,
  QUARTER_KEYS,
  QUARTER_TARGET_KEYS,
  SUMMARY_SHEET,
  SUMMARY_TABLE,
} from "./layout";
import { bandColors, type BandColor } from "./kategori-colors";
import { findOwnedTable, freeSheetName } from "./ownership";
import { ownedSheetOpening } from "./owned-sheet";
import { toR1C1 } from "./r1c1";
import { anggaranFormulaOps, sourcesOfTables } from "./anggaran/plan";
import {
  capaianBySasaran,
  computeAnggaran,
  findAnggaranTable,
  type AnggaranResult,
} from "./anggaran/model";
import type { Plan, PlanOp, Scalar } from "./plan";
import { infoSheet, ruleOptions, settingCell, settingRef, type WorkbookSettings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";

/** One RKT table's evaluation, with each result's indicator as the sheet names it. */
export interface SheetEvaluation {
  sheet: string;
  evaluation: Evaluation;
  /** No. and text of each result's indicator, in the results' order. */
  indicators?: { no: string; text: string }[];
}

export interface CapaianPlan {
  plan: Plan;
  settings: WorkbookSettings;
  entries: LocatedEntry[];
  /** The core's numbers for the same entries, per RKT table. */
  evaluations: SheetEvaluation[];
  /** The Anggaran sheet as its formulas compute it; undefined without one. */
  anggaran?: AnggaranResult | undefined;
}

/**
 * References to the settings cells on the Info sheet (and the reporting quarter's number in a
 * helper cell beside its word, written by this plan), or literals when the sheet is gone.
 */
function settingRefs(
  book: WorkbookSnapshot,
  settings: WorkbookSettings
): { refs: Pick<RowRefs, "reportingQuarter" | "cap" | "gradeRule">; ops: PlanOp[] } {
  const info = infoSheet(book);
  const ref = (key: keyof WorkbookSettings): string => settingRef(book, settings, key);
  const twCell = settingCell(info, "reportingQuarter");
  const ops: PlanOp[] = [];
  let tw = String(settings.reportingQuarter);
  if (info !== undefined && twCell !== undefined) {
    // Not right beside the Info table: a value there makes Excel grow the table a column.
    const table = findOwnedTable(book, INFO_TABLE);
    const box = table === undefined ? undefined : parseRange(table.address);
    const helperCol =
      box !== undefined && twCell.col + 1 >= box.col && twCell.col + 1 <= box.col + box.cols
        ? box.col + box.cols + 1
        : twCell.col + 1;
    const helper = cellAddress(twCell.row, helperCol);
    ops.push({
      op: "write",
      sheet: info.name,
      address: helper,
      formulas: [[twNumberFormula(cellAddress(twCell.row, twCell.col))]],
      numberFormats: [['"(TW ke-"0")"']],
    });
    ops.push({
      op: "format",
      sheet: info.name,
      address: helper,
      format: { fontColor: COLORS.groupContinuation },
    });
    tw = `${sheetRef(info.name)}!$${columnLetter(helperCol)}$${twCell.row + 1}`;
  }
  return { refs: { reportingQuarter: tw, cap: ref("cap"), gradeRule: ref("gradeRule") }, ops };
}

/**
 * Realisasi Tahun shows the row's numbers in the target's units (0,85 as 85%, or 85); grades
 * and opinions in General (a formula written into a Text cell would stay text).
 */
function realisasiFormat(target: CellInput | undefined, kind: IndicatorKind): string {
  if (kind === "grade" || kind === "opinion") return "General";
  const units = sheetUnits(target, kind);
  if (units === undefined) return KIND_FORMATS[kind];
  return units === "fraction" ? KIND_FORMATS.percent : KIND_FORMATS.index;
}

/**
 * @param settings the workbook's settings as the action read them (the formulas read the Info
 *   sheet, so a caller that overrides a setting writes its word there too).
 */
export function planCapaian(
  book: WorkbookSnapshot,
  decree: Decree | undefined,
  settings: WorkbookSettings
): CapaianPlan {
  const { refs: s, ops: settingOps } = settingRefs(book, settings);
  const bands = kategoriBands(settings.kategori);
  const colors = bandColors(bands);
  const entries = readRktEntries(book, decree);
  const ops: PlanOp[] = [...settingOps];
  const evaluations: CapaianPlan["evaluations"] = [];
  const options = {
    ...ruleOptions(settings, decree),
    started: anyTyped(entries.map((e) => e.entry)),
  };

  for (const table of findRktTables(book)) {
    const mine = entries.filter((e) => e.sheet === table.sheet.name);
    const c = table.columns;
    if (
      c.realisasi === undefined ||
      c.capaian === undefined ||
      c.kategori === undefined ||
      c.target === undefined
    )
      continue;
    if (QUARTER_KEYS.some((k) => c[k] === undefined)) continue;
    // One formula per column, the same for every data row (blank rows too), written once in
    // R1C1: Excel's calculated columns, filling a table column with one row's formula, change
    // nothing, and a row the user adds to the table gets it too.
    const first = table.headerRow + 1;
    const count = table.rows;
    if (count > 0) {
      const a = (col: number | undefined) =>
        col === undefined ? undefined : cellAddress(first, col);
      const refs: RowRefs = {
        ...s,
        target: a(c.target) as string,
        quarters: QUARTER_KEYS.map((k) => a(c[k])) as RowRefs["quarters"],
        realisasi: a(c.realisasi) as string,
        capaian: a(c.capaian) as string,
        jenis: a(c.jenis),
        arah: a(c.arah),
        agregasi: a(c.agregasi),
        identity: [a(c.indikator), a(c.kode), a(c.target)],
        // Pembilang / Penyebut, where the table has both (templates before them: none).
        ...(c.pembilang !== undefined &&
          c.penyebut !== undefined && { pembilang: a(c.pembilang), penyebut: a(c.penyebut) }),
      };
      const byRow = new Map(mine.map((e) => [e.row, e]));
      const formats = Array.from({ length: count }, (_, i) => {
        const e = byRow.get(first + i);
        return [
          e === undefined
            ? KIND_FORMATS.percent
            : realisasiFormat(e.entry.target, e.entry.indicator.kind),
        ];
      });
      const column = (col: number, formula: string, numberFormats: string[][]) =>
        ops.push({
          op: "write",
          sheet: table.sheet.name,
          address: rangeAddress(first, col, count, 1),
          // The format first, then the formula: a formula typed into a Text cell stays text.
          numberFormats,
          formulaR1C1: toR1C1(formula, first, col),
        });
      column(c.realisasi, realisasiFormula(refs), formats);
      column(
        c.capaian,
        capaianFormula(refs),
        formats.map(() => [CAPAIAN_FORMAT])
      );
      column(
        c.kategori,
        kategoriFormula(refs.capaian, bands),
        formats.map(() => ["General"])
      );
      // The rencana aksi: capaian at the reporting quarter against its target, beside the
      // annual one (templates made before these columns have none: nothing is written).
      const quarterTargets = QUARTER_TARGET_KEYS.map((k) => a(c[k]));
      if (
        quarterTargets.every((x) => x !== undefined) &&
        c.targetTw !== undefined &&
        c.capaianTw !== undefined &&
        c.kategoriTw !== undefined
      ) {
        const tw: RowRefs = {
          ...refs,
          quarterTargets: quarterTargets as RowRefs["quarters"],
          targetTw: a(c.targetTw),
          capaian: a(c.capaianTw) as string,
        };
        column(c.targetTw, targetTwFormula(tw), formats);
        column(
          c.capaianTw,
          capaianTwFormula(tw),
          formats.map(() => [CAPAIAN_FORMAT])
        );
        column(
          c.kategoriTw,
          kategoriFormula(tw.capaian, bands),
          formats.map(() => ["General"])
        );
      }
      // The LKj comparisons: the change from last year, the capaian against the Renstra target.
      if (c.realisasiLalu !== undefined && c.perubahan !== undefined)
        column(c.perubahan, perubahanFormula(refs, a(c.realisasiLalu) as string), formats);
      if (c.targetRenstra !== undefined && c.capaianRenstra !== undefined)
        column(
          c.capaianRenstra,
          capaianTwFormula({
            ...refs,
            targetTw: a(c.targetRenstra),
            capaian: a(c.capaianRenstra) as string,
          }),
          formats.map(() => [CAPAIAN_FORMAT])
        );
    }
    // Kategori colours over a Capaian column and the Kategori beside it, for the year and
    // for the reporting quarter: every clear before every rule, so that a second run gives
    // the rules the same priorities as the first.
    const coloured: { address: string; kategori: number }[] = [];
    const colour = (capaian: number, kategori: number) => {
      if (mine.length === 0 || kategori !== capaian + 1) return;
      const first = (mine[0] as LocatedEntry).row;
      const rows = table.headerRow + table.rows - first + 1;
      coloured.push({ address: rangeAddress(first, capaian, rows, 2), kategori });
    };
    if (c.capaian === c.realisasi + 1) colour(c.capaian, c.kategori);
    if (c.capaianTw !== undefined && c.kategoriTw !== undefined) colour(c.capaianTw, c.kategoriTw);
    for (const { address } of coloured)
      ops.push({ op: "clearConditionalFormats", sheet: table.sheet.name, address });
    for (const { address, kategori } of coloured) {
      const k = `$${columnLetter(kategori)}${parseRange(address).row + 1}`;
      bands.forEach((b, i) =>
        ops.push({
          op: "conditionalFormat",
          sheet: table.sheet.name,
          address,
          formula: `=${k}="${b.label.id}"`,
          format: colors[i] as BandColor,
        })
      );
    }
    evaluations.push({
      sheet: table.sheet.name,
      evaluation: evaluate(
        mine.map((e) => e.entry),
        options
      ),
      indicators: mine.map((e) => ({ no: e.entry.indicator.no, text: e.entry.indicator.text })),
    });
  }
  ops.push(...summaryOps(book, entries, bands));
  // The Anggaran sheet's formulas again, over the RKT tables as they are now.
  const anggaranTable = findAnggaranTable(book);
  if (anggaranTable !== undefined)
    ops.push(
      ...anggaranFormulaOps(
        {
          sheet: anggaranTable.sheet.name,
          headerRow: anggaranTable.headerRow,
          rows: anggaranTable.rows,
          columns: anggaranTable.columns,
        },
        sourcesOfTables(findRktTables(book)),
        s.reportingQuarter,
        false
      )
    );
  const anggaran = computeAnggaran(
    book,
    settings.reportingQuarter,
    capaianBySasaran(
      book,
      evaluations.flatMap(({ sheet, evaluation }) =>
        entries
          .filter((e) => e.sheet === sheet)
          .map((e, i) => ({ sheet, row: e.row, capaian: evaluation.results[i]?.capaian ?? null }))
      )
    )
  );
  const counted = evaluations.reduce(
    (n, e) => n + e.evaluation.results.filter((r) => r.capaian !== null).length,
    0
  );
  return {
    plan: {
      ops,
      summary: [
        bilingual("done.capaian", { indicators: entries.length, counted }),
        bilingual("done.sheet", { sheet: SUMMARY_SHEET }),
      ],
    },
    settings,
    entries,
    evaluations,
    anggaran,
  };
}

/** Excel takes at most 255 arguments and 8,192 characters in a formula. */
const MAX_ARGUMENTS = 255;
const MAX_CHARS = 8192;
/** Ranges per sasaran or sheet written out one by one: well inside both limits. */
const MAX_RANGES = 30;

const average = (ranges: readonly string[]) =>
  ranges.length === 0 ? "" : `=IFERROR(AVERAGE(${ranges.join(",")}),"")`;

/** The capaian cells of entries on one sheet as ranges of consecutive rows. */
function capaianRuns(group: readonly LocatedEntry[]): string[] {
  const sorted = [...group].sort((a, b) => a.row - b.row);
  const out: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const e of [...sorted.slice(1), undefined]) {
    if (e !== undefined && prev !== undefined && e.row === prev.row + 1) {
      prev = e;
      continue;
    }
    if (start !== undefined && prev !== undefined) {
      const col = start.columns.capaian as number;
      out.push(
        `${sheetRef(start.sheet)}!${rangeAddress(start.row, col, prev.row - start.row + 1, 1)}`
      );
    }
    start = e;
    prev = e;
  }
  return out;
}

/** A sheet's capaian column from its first entry to its last, blank rows between included. */
function capaianSpan(inSheet: readonly LocatedEntry[]): string {
  const first = inSheet[0] as LocatedEntry;
  const rows = inSheet.map((e) => e.row);
  const top = Math.min(...rows);
  const span = rangeAddress(top, first.columns.capaian as number, Math.max(...rows) - top + 1, 1);
  return `${sheetRef(first.sheet)}!${span}`;
}

/**
 * A sheet's capaian cells for its "Rata-rata lembar ini" row: its runs of rows while they are
 * few, else its span (blank rows between hold no number, which AVERAGE and COUNTIF skip), so
 * the formulas stay within Excel's 255 arguments and 8,192 characters however rows are spread.
 */
function sheetCells(inSheet: readonly LocatedEntry[]): string[] {
  const runs = capaianRuns(inSheet);
  return runs.length <= MAX_RANGES ? runs : [capaianSpan(inSheet)];
}

/** The overall row's cells: every sheet's cells, or one span a sheet when they would not fit. */
function overallCells(perSheet: readonly (readonly LocatedEntry[])[]): string[] {
  const cells = perSheet.flatMap(sheetCells);
  const fits = cells.length <= MAX_ARGUMENTS && String(reachedIn(cells)).length <= MAX_CHARS;
  return fits ? cells : perSheet.map(capaianSpan);
}

/** AVERAGEIF's criteria matching a text exactly: "=" first, wildcards escaped, quotes doubled. */
const exactCriteria = (text: string) => `"=${text.replace(/[~*?]/g, "~$&").replace(/"/g, '""')}"`;

/**
 * A sasaran's capaian cells: its row ranges, or, when the group is spread over many runs (a
 * national consolidation repeats each sasaran per office), the sheet's sasaran and capaian
 * columns with the criteria for the *IF functions.
 */
function sasaranCells(
  group: readonly LocatedEntry[],
  sasaran: string,
  sheetEntries: readonly LocatedEntry[]
): { ranges: string[] } | { sasaranCol: string; capaianCol: string; criteria: string } {
  const ranges = capaianRuns(group);
  const first = sheetEntries[0];
  const sasaranCol = first?.columns.sasaran;
  if (
    ranges.length <= MAX_RANGES ||
    first === undefined ||
    sasaranCol === undefined ||
    sasaran.length > 250
  ) {
    return { ranges };
  }
  const top = Math.min(...sheetEntries.map((e) => e.row));
  const rows = Math.max(...sheetEntries.map((e) => e.row)) - top + 1;
  const ref = (col: number) => `${sheetRef(first.sheet)}!${rangeAddress(top, col, rows, 1)}`;
  return {
    sasaranCol: ref(sasaranCol),
    capaianCol: ref(first.columns.capaian as number),
    criteria: exactCriteria(sasaran),
  };
}

/** The average of a sasaran's capaian: AVERAGE over its ranges, or AVERAGEIF when spread. */
function averageOf(
  group: readonly LocatedEntry[],
  sasaran: string,
  sheetEntries: readonly LocatedEntry[]
): string {
  const c = sasaranCells(group, sasaran, sheetEntries);
  if ("ranges" in c) return average(c.ranges);
  return `=IFERROR(AVERAGEIF(${c.sasaranCol},${c.criteria},${c.capaianCol}),"")`;
}

/** The sheet's tercapai criterion: capaian (a fraction) at the rules' REACHED_AT. */
const REACHED = REACHED_CRITERION;

/** How many capaian cells reached the target (100% and above); text ("cek isian") is not. */
const reachedIn = (ranges: readonly string[]) =>
  ranges.length === 0 ? 0 : `=${ranges.map((r) => `COUNTIF(${r},"${REACHED}")`).join("+")}`;

/** A sasaran's indicators that reached the target: COUNTIF over its ranges, or COUNTIFS. */
function reachedOf(
  group: readonly LocatedEntry[],
  sasaran: string,
  sheetEntries: readonly LocatedEntry[]
): string | number {
  const c = sasaranCells(group, sasaran, sheetEntries);
  if ("ranges" in c) return reachedIn(c.ranges);
  return `=COUNTIFS(${c.sasaranCol},${c.criteria},${c.capaianCol},"${REACHED}")`;
}

/**
 * The Ringkasan sheet: per sasaran, per RKT sheet and overall averages, as AVERAGE formulas,
 * and beside each how many indicators reached their target.
 */
function summaryOps(
  book: WorkbookSnapshot,
  entries: LocatedEntry[],
  bands: readonly KategoriBand[]
): PlanOp[] {
  const header = [
    "Lembar",
    "Sasaran Strategis",
    "Jumlah Indikator",
    "Rata-rata Capaian",
    "Kategori",
    "Tercapai",
  ];
  const rows: Scalar[][] = [];
  const usable = entries.filter((e) => e.columns.capaian !== undefined);
  const sheets = [...new Set(usable.map((e) => e.sheet))];
  const perSheet: LocatedEntry[][] = [];
  for (const sheet of sheets) {
    const inSheet = usable.filter((e) => e.sheet === sheet);
    const groups = new Map<string, LocatedEntry[]>();
    for (const e of inSheet) {
      const key = e.entry.indicator.sasaran.trim();
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [e]);
      else group.push(e);
    }
    const whole = sheetCells(inSheet);
    perSheet.push(inSheet);
    for (const [sasaran, group] of groups) {
      rows.push([
        sheet,
        sasaran,
        group.length,
        averageOf(group, sasaran, inSheet),
        "",
        reachedOf(group, sasaran, inSheet),
      ]);
    }
    rows.push([
      sheet,
      "Rata-rata lembar ini",
      inSheet.length,
      average(whole),
      "",
      reachedIn(whole),
    ]);
  }
  if (usable.length > 0) {
    const sheetRanges = overallCells(perSheet);
    rows.push([
      "Semua",
      "Rata-rata keseluruhan",
      usable.length,
      average(sheetRanges),
      "",
      reachedIn(sheetRanges),
    ]);
  }
  if (rows.length === 0) return [];

  const existing = findOwnedTable(book, SUMMARY_TABLE);
  const sheet = existing?.sheet.name ?? freeSheetName(book, SUMMARY_SHEET);
  const first = HEADER_ROW + 1;
  rows.forEach((r, i) => (r[4] = kategoriFormula(cellAddress(first + i, 3), bands)));
  const address = rangeAddress(HEADER_ROW, 0, rows.length + 1, header.length);
  const ops = ownedSheetOpening({
    sheet,
    isNew: existing === undefined,
    tabColor: "#375623",
    title: [
      "RINGKASAN CAPAIAN KINERJA",
      "Rata-rata capaian per sasaran strategis dan keseluruhan.",
    ],
    widths: [18, 60, 10, 12, 16, 10],
    // An existing table is turned back into a range and made again after the write: rows
    // with different AVERAGE formulas written into a table column would be turned into one
    // calculated column by Excel.
    clear:
      existing !== undefined
        ? [
            { op: "deleteTable", sheet, name: SUMMARY_TABLE },
            { op: "clear", sheet, address: existing.address },
          ]
        : [],
  });
  ops.push({ op: "write", sheet, address, formulas: [header, ...rows] });
  ops.push({
    op: "write",
    sheet,
    address: rangeAddress(first, 3, rows.length, 1),
    numberFormats: rows.map(() => [CAPAIAN_FORMAT]),
  });
  ops.push(
    { op: "table", sheet, name: SUMMARY_TABLE, address, style: "TableStyleLight11" },
    {
      op: "format",
      sheet,
      address: rangeAddress(HEADER_ROW, 0, 1, header.length),
      format: { bold: true, fill: COLORS.header, fontColor: COLORS.headerText, wrap: true },
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(first, 1, rows.length, 1),
      format: { wrap: true, vertical: "top" },
    }
  );
  rows.forEach((r, i) => {
    if (String(r[1]).startsWith("Rata-rata"))
      ops.push({
        op: "format",
        sheet,
        address: rangeAddress(first + i, 0, 1, header.length),
        format: { bold: true },
      });
  });
  const kat = rangeAddress(first, 4, rows.length, 1);
  ops.push({ op: "clearConditionalFormats", sheet, address: kat });
  const colors = bandColors(bands);
  bands.forEach((b, i) =>
    ops.push({
      op: "conditionalFormat",
      sheet,
      address: kat,
      formula: `=$E${first + 1}="${b.label.id}"`,
      format: colors[i] as BandColor,
    })
  );
  return ops;
}

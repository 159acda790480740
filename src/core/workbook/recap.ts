/**
 * Rekap Rapat: one sheet for the review meeting (rapat evaluasi) — per indicator of every RKT
 * sheet: Target, Realisasi to the chosen quarter, Capaian and Kategori as formulas into the RKT
 * sheets (so the recap follows later edits), empty Permasalahan and Rencana Tindak Lanjut
 * columns for the meeting, an overall row, and the decree reference above the table. Printing:
 * A4 landscape, one page wide, header row repeated, header/footer, "Halaman &P dari &N".
 *
 * Running it again replaces the recap and keeps what the meeting typed, matched by Kode (not by
 * row position); notes whose Kode is gone stay as rows at the bottom, never dropped.
 * The core's numbers for the same rows come back in `rows`, for the PDF and CSV exports.
 */
import { bilingual } from "../i18n";
import type { Decree, IndicatorKind } from "../decree/schema";
import { describeTarget, type TargetValue } from "../rules/check-target";
import { evaluate } from "../rules/evaluate";
import type { IndicatorResult } from "../rules/result";
import { kategoriBands, type KategoriBand } from "../rules/kategori";
import type { EntryValue } from "../rules/parse-entry";
import { summarise } from "../rules/summary";
import { cellAddress, columnLetter, parseRange, rangeAddress, sheetRef } from "./a1";
import { bandColors } from "./kategori-colors";
import { readRktEntries, type LocatedEntry } from "./entries";
import { capaianFormula, kategoriFormula, parseRangeTarget, realisasiFormula } from "./formulas";
import {
  CAPAIAN_FORMAT,
  COLORS,
  HEADER_FORMAT,
  HEADER_ROW,
  KIND_FORMATS,
  QUARTER_KEYS,
  RECAP_TABLE,
} from "./layout";
import { findOwnedTable, freeSheetName } from "./ownership";
import { titleOps } from "./title";
import type { Plan, PlanOp, Scalar } from "./plan";
import {
  ruleOptions,
  settingRef,
  settingWord,
  type Quarter,
  type WorkbookSettings,
} from "./settings";
import { cellAt, type WorkbookSnapshot } from "./snapshot";

export const RECAP_SHEET = "Rekap Rapat";
export { RECAP_TABLE };
/** Kode of the overall row, so the meeting's notes on it survive a re-run too. */
export const OVERALL_KODE = "rata-rata";
export const TW = ["TW I", "TW II", "TW III", "TW IV"] as const;
export const twWord = (q: Quarter): string => TW[q - 1] as string;

export const RECAP_COLUMNS = [
  { key: "no", header: "No", chars: 5 },
  { key: "unit", header: "Unit", chars: 12, wrap: true },
  { key: "sasaran", header: "Sasaran Strategis", chars: 30, wrap: true },
  { key: "indikator", header: "Indikator Kinerja Utama", chars: 42, wrap: true },
  { key: "target", header: "Target", chars: 10 },
  { key: "realisasi", header: "Realisasi", chars: 12 },
  { key: "capaian", header: "Capaian", chars: 10 },
  { key: "kategori", header: "Kategori", chars: 13 },
  { key: "permasalahan", header: "Permasalahan", chars: 34, wrap: true },
  { key: "rtl", header: "Rencana Tindak Lanjut", chars: 34, wrap: true },
  { key: "keterangan", header: "Keterangan", chars: 20, wrap: true },
  { key: "kode", header: "Kode", chars: 18 },
] as const;
export type RecapColumnKey = (typeof RECAP_COLUMNS)[number]["key"];
const col = (key: RecapColumnKey) => RECAP_COLUMNS.findIndex((c) => c.key === key);

export interface KategoriStyle {
  label: string;
  fill: string;
  fontColor: string;
}

/** Capaian and kategori of a row or group; capaian in percent units (103.75), cap applied. */
export interface Achievement {
  capaian: number | null;
  /** As the PDF and CSV print it: "103,75%", or "" when it cannot be computed yet. */
  capaianText: string;
  kategori: string;
  /** Index into `bands` (0 = best), for colours. */
  kategoriIndex: number | null;
}

export interface RecapRow extends Achievement {
  no: number;
  unit: string;
  /** The RKT sheet and 0-based row the figures come from. */
  sheet: string;
  row: number;
  kode: string;
  sasaran: string;
  indikator: string;
  kind: IndicatorKind;
  /** The Satuan column ("%", "Dokumen"). */
  satuan: string;
  target: TargetValue | null;
  targetText: string;
  /** Realisasi to the chosen quarter, combined as the indicator says (display units). */
  realisasi: EntryValue | null;
  realisasiText: string;
  /** Grades and opinions: "Tercapai" / "Tidak Tercapai". */
  attainment: string;
  permasalahan: string;
  rencanaTindakLanjut: string;
  keterangan: string;
}

export interface RecapGroup extends Achievement {
  unit: string;
  sasaran: string;
  indicators: number;
  counted: number;
}

export interface MeetingNote {
  kode: string;
  permasalahan: string;
  rencanaTindakLanjut: string;
}

export interface Recap {
  plan: Plan;
  rows: RecapRow[];
  /** Average capaian per sasaran (per RKT sheet, in order). */
  sasaran: RecapGroup[];
  overall: Achievement & { indicators: number; counted: number; note: MeetingNote };
  quarter: Quarter;
  settings: WorkbookSettings;
  bands: KategoriStyle[];
  /** Notes typed on rows whose Kode no longer exists: kept at the bottom of the sheet. */
  orphans: MeetingNote[];
  sheet: string;
}

/** 103.75 -> "103,75%" (two decimals, as the sheet's 0.00% format shows it). */
export function persen(n: number): string {
  const [int, frac] = Math.abs(n).toFixed(2).split(".") as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 && Math.abs(n) >= 0.005 ? "-" : ""}${grouped},${frac}%`;
}

function valueText(v: TargetValue | EntryValue | null, kind: IndicatorKind, unit: string): string {
  if (v === null) return "";
  const s = describeTarget(v, kind).id;
  return kind === "count" && unit !== "" && typeof v !== "string" ? `${s} ${unit}` : s;
}

function achievement(capaian: number | null, bands: readonly KategoriBand[], key?: string) {
  const i = key === undefined ? -1 : bands.findIndex((b) => b.key === key);
  return {
    capaian,
    capaianText: capaian === null ? "" : persen(capaian),
    kategori: i < 0 ? "" : (bands[i] as KategoriBand).label.id,
    kategoriIndex: i < 0 ? null : i,
  };
}

const str = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

/** What the meeting typed into the existing recap, by Kode. */
export function readMeetingNotes(book: WorkbookSnapshot): Map<string, MeetingNote> {
  const notes = new Map<string, MeetingNote>();
  const table = findOwnedTable(book, RECAP_TABLE);
  if (table === undefined) return notes;
  const box = parseRange(table.address);
  const find = (header: string) => {
    for (let c = box.col; c < box.col + box.cols; c++)
      if (str(cellAt(table.sheet, box.row, c)).toLowerCase() === header.toLowerCase()) return c;
    return undefined;
  };
  const [k, p, r] = ["Kode", "Permasalahan", "Rencana Tindak Lanjut"].map(find);
  if (k === undefined) return notes;
  for (let row = box.row + 1; row < box.row + box.rows; row++) {
    const kode = str(cellAt(table.sheet, row, k));
    const at = (c: number | undefined) => (c === undefined ? "" : str(cellAt(table.sheet, row, c)));
    const note = { kode, permasalahan: at(p), rencanaTindakLanjut: at(r) };
    if (kode !== "" && (note.permasalahan !== "" || note.rencanaTindakLanjut !== ""))
      notes.set(kode, note);
  }
  return notes;
}

/** One recap cell: the formula the sheet gets (when there is one) and the value it shows. */
export interface RecapCell {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
}

/** Formulas of one indicator row, reading the RKT sheet; `local` is the recap row (0-based). */
function rowFormulas(
  e: LocatedEntry,
  local: number,
  refs: { cap: string; gradeRule: string; tw: string },
  bands: readonly KategoriBand[],
  targetCell: unknown
): Partial<Record<RecapColumnKey, string>> {
  const c = e.columns;
  const rkt = (k: keyof typeof c) =>
    c[k] === undefined ? undefined : `${sheetRef(e.sheet)}!${cellAddress(e.row, c[k] as number)}`;
  const target = rkt("target");
  const quarters = QUARTER_KEYS.map(rkt);
  if (target === undefined || quarters.some((q) => q === undefined)) return {};
  const ind = e.entry.indicator;
  const ordinal = ind.kind === "grade" || ind.kind === "opinion";
  const all = {
    ...refs,
    target,
    quarters: quarters as [string, string, string, string],
    realisasi: cellAddress(local, col("realisasi")),
    capaian: cellAddress(local, col("capaian")),
  };
  const range = parseRangeTarget(targetCell, ind.kind === "percent");
  const ket = rkt("keterangan");
  return {
    target: `=${target}`,
    realisasi: realisasiFormula(all, ind.aggregation, ordinal),
    capaian: capaianFormula(all, ind, range),
    kategori: kategoriFormula(all.capaian, bands),
    ...(ket !== undefined && { keterangan: `=IF(ISBLANK(${ket}),"",${ket})` }),
  };
}

/**
 * The recap of `book` to the settings' reporting quarter: the plan that writes the Rekap Rapat
 * sheet and the core's numbers for the same rows.
 * @example const { plan, rows } = planRecap(readWorkbook(wb), BLITAR_2021, { ...DEFAULT_SETTINGS, reportingQuarter: 2 });
 */
export function planRecap(
  book: WorkbookSnapshot,
  decree: Decree,
  settings: WorkbookSettings
): Recap {
  const quarter = settings.reportingQuarter;
  const bands = kategoriBands(settings.kategori);
  const options = ruleOptions(settings, decree);
  const entries = readRktEntries(book, decree);
  const sheets = [...new Set(entries.map((e) => e.sheet))];
  const results: IndicatorResult[] = [];
  const sasaran: RecapGroup[] = [];
  for (const sheet of sheets) {
    const mine = entries.filter((e) => e.sheet === sheet);
    const ev = evaluate(
      mine.map((e) => e.entry),
      options
    );
    results.push(...ev.results);
    for (const g of ev.summary.sasaran)
      sasaran.push({
        unit: unitOf(sheet),
        sasaran: g.sasaran,
        indicators: g.indicators,
        counted: g.counted,
        ...achievement(g.average, bands, g.kategori?.key),
      });
  }
  const total = summarise(results, options).overall;
  const notes = readMeetingNotes(book);
  const rows = entries.map((e, i) =>
    recapRow(book, e, results[i] as IndicatorResult, i, bands, notes)
  );
  const overallNote = notes.get(OVERALL_KODE) ?? {
    kode: OVERALL_KODE,
    permasalahan: "",
    rencanaTindakLanjut: "",
  };
  const used = new Set([...rows.map((r) => r.kode), OVERALL_KODE]);
  const orphans = [...notes.values()].filter((n) => !used.has(n.kode));
  const recap: Omit<Recap, "plan" | "sheet"> = {
    rows,
    sasaran,
    overall: {
      indicators: total.indicators,
      counted: total.counted,
      note: overallNote,
      ...achievement(total.average, bands, total.kategori?.key),
    },
    quarter,
    settings,
    bands: bands.map((b, i) => ({
      label: b.label.id,
      ...(bandColors(bands)[i] as { fill: string; fontColor: string }),
    })),
    orphans,
  };
  const refs = {
    cap: settingRef(book, settings, "cap"),
    gradeRule: settingRef(book, settings, "gradeRule"),
    // The recap's own quarter, as the number the Realisasi formulas compare with.
    tw: String(quarter),
  };
  const grid = recapGrid(recap, {
    entries,
    bands,
    of: (e, local) =>
      rowFormulas(
        e,
        local,
        refs,
        bands,
        cellAt(findSheetOf(book, e.sheet), e.row, e.columns.target ?? -1)
      ),
  });
  const existing = findOwnedTable(book, RECAP_TABLE);
  const sheet = existing?.sheet.name ?? freeSheetName(book, RECAP_SHEET);
  const title = titleLines({
    office: decree.office,
    year: decree.year,
    decreeNumber: decree.number,
    quarter,
    capWord: settingWord("cap", settings.cap),
  });
  const ops = recapSheetOps(sheet, title, grid, recap.bands, {
    formulas: true,
    office: decree.office,
    period: periodText(decree, quarter),
    ...(existing && { replace: existing.address }),
  });
  return {
    ...recap,
    sheet,
    plan: {
      ops,
      summary: [
        notes.size > 0
          ? bilingual("done.recapNotes", {
              sheet,
              indicators: rows.length,
              tw: twWord(quarter),
              notes: notes.size,
            })
          : bilingual("done.recap", { sheet, indicators: rows.length, tw: twWord(quarter) }),
      ],
    },
  };
}

function findSheetOf(book: WorkbookSnapshot, name: string) {
  return book.sheets.find((s) => s.name === name) ?? book.sheets[0]!;
}

export const unitOf = (sheet: string): string => sheet.replace(/^RKT\s+/i, "");

function recapRow(
  book: WorkbookSnapshot,
  e: LocatedEntry,
  r: IndicatorResult,
  i: number,
  bands: readonly KategoriBand[],
  notes: Map<string, MeetingNote>
): RecapRow {
  const sheet = findSheetOf(book, e.sheet);
  const at = (k: keyof LocatedEntry["columns"]) =>
    e.columns[k] === undefined ? "" : str(cellAt(sheet, e.row, e.columns[k] as number));
  const ind = e.entry.indicator;
  const unit = at("satuan") || (ind.target?.kind === "count" ? ind.target.unit : "");
  const kode = at("kode") || ind.id;
  const note = notes.get(kode);
  return {
    no: i + 1,
    unit: unitOf(e.sheet),
    sheet: e.sheet,
    row: e.row,
    kode,
    sasaran: ind.sasaran,
    indikator: ind.text,
    kind: ind.kind,
    satuan: unit,
    target: r.target,
    targetText: valueText(r.target, ind.kind, unit),
    realisasi: r.realisasi,
    realisasiText: valueText(r.realisasi, ind.kind, unit),
    attainment: r.attainment?.label.id ?? "",
    ...achievement(r.capaian, bands, r.kategori?.key),
    permasalahan: note?.permasalahan ?? "",
    rencanaTindakLanjut: note?.rencanaTindakLanjut ?? "",
    keterangan: at("keterangan"),
  };
}

/** "Tahun 2021 · s.d. TW II", for page headers. */
export const periodText = (decree: Decree, quarter: Quarter): string =>
  `Tahun ${decree.year} · s.d. ${twWord(quarter)}`;

/** The lines above the table: what, whose, which period, which decree. */
export function titleLines(t: {
  office: string;
  year: number;
  decreeNumber: string;
  quarter: Quarter;
  capWord: string;
}): string[] {
  const tw = twWord(t.quarter);
  return [
    "REKAPITULASI CAPAIAN KINERJA — RAPAT EVALUASI",
    `${t.office} · Tahun ${t.year} · Triwulan ${tw.slice(3)} (realisasi s.d. ${tw})`,
    `Penetapan Kinerja: Keputusan ${t.office} Nomor ${t.decreeNumber} · Batas capaian: ${t.capWord}`,
  ];
}

/** Realisasi as the sheet stores it: percents as fractions (87.5 -> 0.875). */
function sheetNumber(v: EntryValue | null, kind: IndicatorKind): Scalar {
  if (v === null) return "";
  return typeof v === "number" && kind === "percent" ? v / 100 : v;
}

/** The table's cells, header first; `formulasOf` gives an indicator row's formulas. */
export function recapGrid(
  recap: Pick<Recap, "rows" | "overall" | "quarter" | "orphans">,
  formulas?: {
    entries: readonly LocatedEntry[];
    of: (e: LocatedEntry, localRow: number) => Partial<Record<RecapColumnKey, string>>;
    bands: readonly KategoriBand[];
  }
): RecapCell[][] {
  const first = HEADER_ROW + 1;
  const header = RECAP_COLUMNS.map((c) => ({
    value: c.key === "realisasi" ? `Realisasi s.d. ${twWord(recap.quarter)}` : c.header,
  }));
  const frac = (n: number | null) => (n === null ? "" : n / 100);
  const body: RecapCell[][] = recap.rows.map((r, i) => {
    const e = formulas?.entries[i];
    const f = e && formulas ? formulas.of(e, first + i) : {};
    const kindFormat =
      r.kind === "count" && r.satuan !== ""
        ? `0 "${r.satuan.replace(/"/g, "")}"`
        : KIND_FORMATS[r.kind];
    const cells: Record<RecapColumnKey, RecapCell> = {
      no: { value: r.no },
      unit: { value: r.unit },
      sasaran: { value: r.sasaran },
      indikator: { value: r.indikator },
      target: {
        value: sheetNumber(r.target as EntryValue | null, r.kind),
        numberFormat: typeof r.target === "object" && r.target !== null ? "@" : kindFormat,
      },
      realisasi: { value: sheetNumber(r.realisasi, r.kind), numberFormat: kindFormat },
      capaian: { value: frac(r.capaian), numberFormat: CAPAIAN_FORMAT },
      kategori: { value: r.kategori },
      permasalahan: { value: r.permasalahan },
      rtl: { value: r.rencanaTindakLanjut },
      keterangan: { value: r.keterangan },
      kode: { value: r.kode },
    };
    if (typeof r.target === "object" && r.target !== null) cells.target.value = r.targetText;
    for (const [k, formula] of Object.entries(f)) cells[k as RecapColumnKey].formula = formula;
    return RECAP_COLUMNS.map((c) => cells[c.key]);
  });
  const n = recap.rows.length;
  const capCol = columnLetter(col("capaian"));
  const overall = RECAP_COLUMNS.map((c): RecapCell => {
    const o = recap.overall;
    switch (c.key) {
      case "indikator":
        return {
          value: `Rata-rata capaian keseluruhan (${o.counted} dari ${o.indicators} indikator)`,
        };
      case "capaian":
        return {
          value: frac(o.capaian),
          numberFormat: CAPAIAN_FORMAT,
          ...(n > 0 && {
            formula: `=IFERROR(AVERAGE(${capCol}${first + 1}:${capCol}${first + n}),"")`,
          }),
        };
      case "kategori":
        return {
          value: o.kategori,
          ...(formulas && {
            formula: kategoriFormula(cellAddress(first + n, col("capaian")), formulas.bands),
          }),
        };
      case "permasalahan":
        return { value: o.note.permasalahan };
      case "rtl":
        return { value: o.note.rencanaTindakLanjut };
      case "kode":
        return { value: OVERALL_KODE };
      default:
        return { value: "" };
    }
  });
  const orphans = recap.orphans.map((o) =>
    RECAP_COLUMNS.map((c): RecapCell => ({
      value:
        c.key === "indikator"
          ? "(indikator dengan kode ini tidak ada lagi di lembar RKT)"
          : c.key === "permasalahan"
            ? o.permasalahan
            : c.key === "rtl"
              ? o.rencanaTindakLanjut
              : c.key === "kode"
                ? o.kode
                : "",
    }))
  );
  return [header, ...body, overall, ...orphans];
}

/** "&" is a code in Excel headers and footers; "&&" prints one. */
const hf = (s: string) => s.replace(/&/g, "&&");

/**
 * The ops that write the recap sheet from its cells: formulas where a cell has one (inside the
 * workbook) or values only (exported files). `replace` is the old table's address on a re-run.
 */
export function recapSheetOps(
  sheet: string,
  title: string[],
  grid: RecapCell[][],
  bands: readonly KategoriStyle[],
  opts: { formulas: boolean; replace?: string; office: string; period: string }
): PlanOp[] {
  const cols = RECAP_COLUMNS.length;
  const rows = grid.length;
  const first = HEADER_ROW + 1;
  const address = rangeAddress(HEADER_ROW, 0, rows, cols);
  const ops: PlanOp[] = [];
  if (opts.replace === undefined) ops.push({ op: "addSheet", sheet, tabColor: "#7030A0" });
  else {
    ops.push(
      { op: "deleteTable", sheet, name: RECAP_TABLE },
      { op: "clear", sheet, address: opts.replace },
      { op: "clear", sheet, address: rangeAddress(0, 0, HEADER_ROW, cols) },
      {
        op: "clearConditionalFormats",
        sheet,
        address: rangeAddress(
          first,
          col("capaian"),
          Math.max(1, parseRange(opts.replace).rows - 1),
          2
        ),
      }
    );
  }
  // Text the meeting typed ("=1+1", "+62 …") must stay text: text columns get the "@" format
  // before anything is written, and only real formulas go through `formulas`.
  const isFormula = (c: RecapCell) => opts.formulas && c.formula !== undefined;
  const text = new Set<RecapColumnKey>([
    "unit",
    "sasaran",
    "indikator",
    "permasalahan",
    "rtl",
    "kode",
  ]);
  ops.push(
    {
      op: "write",
      sheet,
      address: rangeAddress(first, 0, rows - 1, cols),
      numberFormats: grid
        .slice(1)
        .map((r) =>
          r.map((c, i) => c.numberFormat ?? (text.has(RECAP_COLUMNS[i]!.key) ? "@" : "General"))
        ),
    },
    ...titleOps(sheet, title),
    {
      op: "write",
      sheet,
      address,
      values: grid.map((r) => r.map((c) => (isFormula(c) ? null : c.value))),
    }
  );
  if (opts.formulas)
    ops.push({
      op: "write",
      sheet,
      address,
      formulas: grid.map((r) => r.map((c) => (isFormula(c) ? (c.formula as string) : null))),
    });
  ops.push(
    { op: "table", sheet, name: RECAP_TABLE, address, style: "TableStyleLight9" },
    {
      op: "format",
      sheet,
      address: rangeAddress(HEADER_ROW, 0, 1, cols),
      format: HEADER_FORMAT,
    },
    {
      op: "format",
      sheet,
      address: rangeAddress(first, 0, rows - 1, cols),
      format: { vertical: "top", border: true },
    }
  );
  RECAP_COLUMNS.forEach((c, i) => {
    if ("wrap" in c && c.wrap)
      ops.push({
        op: "format",
        sheet,
        address: rangeAddress(first, i, rows - 1, 1),
        format: { wrap: true },
      });
  });
  ops.push({
    op: "format",
    sheet,
    address: rangeAddress(first, col("permasalahan"), rows - 1, 2),
    format: { fill: COLORS.input },
  });
  const overallRow = grid.findIndex((r) => r[col("kode")]?.value === OVERALL_KODE);
  if (overallRow > 0)
    ops.push({
      op: "format",
      sheet,
      address: rangeAddress(HEADER_ROW + overallRow, 0, 1, cols),
      format: { bold: true, topRule: true },
    });
  grid.forEach((r, i) => {
    if (
      i > 1 &&
      r[col("sasaran")]?.value === grid[i - 1]?.[col("sasaran")]?.value &&
      r[col("sasaran")]?.value !== ""
    )
      ops.push({
        op: "format",
        sheet,
        address: rangeAddress(HEADER_ROW + i, col("sasaran")),
        format: { fontColor: COLORS.groupContinuation },
      });
  });
  const kat = rangeAddress(first, col("capaian"), rows - 1, 2);
  const k = `$${columnLetter(col("kategori"))}${first + 1}`;
  bands.forEach((b) =>
    ops.push({
      op: "conditionalFormat",
      sheet,
      address: kat,
      formula: `=${k}="${b.label.replace(/"/g, '""')}"`,
      format: { fill: b.fill, fontColor: b.fontColor },
    })
  );
  ops.push(
    {
      op: "columnWidths",
      sheet,
      widths: RECAP_COLUMNS.map((c, i) => ({ column: columnLetter(i), chars: c.chars })),
    },
    { op: "freeze", sheet, rows: first },
    {
      op: "pageSetup",
      sheet,
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: `$${first}:$${first}`,
      header: `&L${hf(opts.office)}&CRekap Rapat Evaluasi Kinerja&R${hf(opts.period)}`,
      footer: "&LDicetak &D&RHalaman &P dari &N",
    },
    { op: "activate", sheet }
  );
  return ops;
}

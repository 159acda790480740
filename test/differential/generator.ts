/**
 * Random workbooks typed the ways staff type them, for the differential tests (the in-process
 * engine's in test/differential, LibreOffice's in test/conformance/xlsx): entries as text
 * numbers in id-ID and en-US style, percent signs, spaces, dashes, "belum", long opinion
 * names, scores, fractions, dates, Excel errors, blanks; targets as text, ranges and zero;
 * the row's words and the Info sheet's settings as people leave them. Seeded: every workbook
 * is drawn the same way on every run.
 */
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { findRktTables } from "../../src/core/workbook/entries";
import {
  AGGREGATION_WORDS,
  INFO_SHEET,
  QUARTER_KEYS,
  QUARTER_TARGET_KEYS,
} from "../../src/core/workbook/layout";
import { SETTING_ROWS, findLabel } from "../../src/core/workbook/settings";
import { planTemplate } from "../../src/core/workbook/template";
import { applyPlan } from "../../src/xlsx/apply";
import { readWorkbook } from "../../src/xlsx/read";
import { parseRange } from "../../src/core/workbook/a1";
import { findAnggaranTable } from "../../src/core/workbook/anggaran/model";
import {
  AMOUNT_QUARTER_KEYS,
  type AnggaranColumnKey,
} from "../../src/core/workbook/anggaran/layout";
import { writeGrids, type Plan } from "../../src/core/workbook/plan";
import {
  cellAt,
  emptySheet,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../src/core/workbook/snapshot";

/** A small seeded generator (mulberry32): every workbook is drawn the same way on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
  return { next, int, pick };
}
export type Random = ReturnType<typeof random>;

/** Not reported, in every way people leave a cell (and "belumx", which is a report). */
const NOT_YET: ExcelJS.CellValue[] = [
  null,
  "",
  "   ",
  "-",
  " - ",
  "–",
  "—",
  "belum",
  "Belum diisi",
  "BELUM  ada data",
  "belumx",
  "\u00a0-",
  "\t-",
];

/**
 * Cells no indicator reads: errors, dates, words. Booleans only when asked
 * ({@link DrawOptions}): Excel keeps TRUE a logical (unreadable, "cek isian", as the core
 * says), and so does the engine, but LibreOffice turns a TRUE in a number-formatted cell into
 * the number 1 (TESTING.md checks it in Excel).
 */
const JUNK: ExcelJS.CellValue[] = [
  { error: "#DIV/0!" } as ExcelJS.CellErrorValue,
  { error: "#N/A" } as ExcelJS.CellErrorValue,
  "#VALUE!",
  "sudah",
  "n/a",
  "1.000",
  new Date(Date.UTC(2021, 5, 30)),
];

/** A number as people type it: a number, or text in either locale's style. */
function typedNumber(r: Random, n: number, percent: boolean): ExcelJS.CellValue {
  const id = String(n).replace(".", ",");
  return r.pick<ExcelJS.CellValue>([
    percent ? n / 100 : n,
    percent ? n / 100 : n,
    id,
    String(n),
    `${id} %`,
    `${id}%`,
    ` ${id} `,
    `${n} (indeks)`,
  ]);
}

export interface DrawOptions {
  /** Draw TRUE and FALSE among the junk too (an engine that keeps them logicals, as Excel does). */
  booleans?: boolean;
}

const LOGICALS: ExcelJS.CellValue[] = [true, false];

function realisasi(r: Random, kind: string, options: DrawOptions): ExcelJS.CellValue {
  const roll = r.next();
  if (roll < 0.3) return r.pick(NOT_YET);
  if (roll < 0.4) return r.pick(options.booleans === true ? [...JUNK, ...LOGICALS] : JUNK);
  if (kind === "Persen" || kind === "Indeks")
    return typedNumber(r, r.int(0, 12000) / 100, kind === "Persen");
  if (kind === "Jumlah")
    return r.pick<ExcelJS.CellValue>([r.int(-1, 4), r.int(0, 3), "2 Dokumen", "1 Lap", "3"]);
  if (kind === "Nilai SAKIP")
    return r.pick<ExcelJS.CellValue>([
      ...["AA", "A", "BB", "B", "CC", "C", "D", " bb ", "b", "BB (Baik)", "E"],
      r.int(-10, 1100) / 10,
      r.int(0, 1000) / 10,
      "65,3",
      "74.05",
    ]);
  return r.pick<ExcelJS.CellValue>([
    ...["WTP", "WDP", "TW", "TMP", " wtp ", "Wajar Tanpa Pengecualian"],
    ...["Wajar Dengan Pengecualian", "WTP dengan paragraf penjelas", "WTD", 85],
  ]);
}

/** Mostly the template's own target; sometimes typed over, as text, a range or zero. */
function target(r: Random, kind: string): ExcelJS.CellValue | undefined {
  if (r.next() < 0.7) return undefined;
  const typed: Record<string, ExcelJS.CellValue[]> = {
    Persen: [0.9, 80, "80%", "80% - 90%", "80 - 90", "80 s.d. 90", 0, ""],
    Indeks: [77, 0.77, "77", "3,5", "70 - 80", "6,5 - 7,5", "0 - 0", 0],
    Jumlah: [2, "2 Dokumen", "1.000 - 2.000", "1 - 3", "80% - 90%", 0],
    "Nilai SAKIP": ["B", " bb ", 65, "Baik"],
    "Opini BPK": ["WTP", "wtp", "Wajar Tanpa Pengecualian"],
  };
  if (r.next() < 0.3 && kind !== "Nilai SAKIP" && kind !== "Opini BPK") return rangeText(r);
  return r.pick(typed[kind] ?? [null]);
}

/**
 * A range target as people type one, and near misses: bounds with a decimal comma or dot,
 * "%" beside or apart, spaces anywhere, "-", "–" or "—", either order, an empty side, a third
 * bound, a stray letter, a no-break space, long numbers.
 */
export function rangeText(r: Random): string {
  const digits = () => String(r.int(0, 10 ** r.pick([1, 2, 3, 3, 9]) - 1));
  const bound = () => {
    if (r.next() < 0.05) return "";
    let b = digits();
    if (r.next() < 0.3) b += r.pick([",", ",", "."]) + String(r.int(0, 99));
    if (r.next() < 0.05) b = r.pick([",", ""]) + b + r.pick([",", ""]);
    if (r.next() < 0.2) b = b.replace(/(\d)(\d)/, "$1 $2");
    return b + r.pick(["", "", "%", " %"]);
  };
  const dash = () => r.pick([" - ", "-", " – ", "—", " -", "- ", " s.d. ", "\u00a0- "]);
  let text = bound() + dash() + bound();
  if (r.next() < 0.05) text += dash() + bound();
  if (r.next() < 0.03) text += r.pick(["x", "%%", "e"]);
  return r.next() < 0.2 ? ` ${text} ` : text;
}

/** A quarter's target as people type one: blank, a number in the kind's units, text, a dash. */
function quarterTarget(r: Random, kind: string): ExcelJS.CellValue {
  const numbers: Record<string, ExcelJS.CellValue[]> = {
    Persen: [0.2, 0.25, 0.5, 0.8, 1, 25, 0],
    Indeks: [70, 75, 77, 0.77, 0],
    Jumlah: [0, 1, 2, 3],
    "Nilai SAKIP": ["B", 65],
    "Opini BPK": ["WTP"],
  };
  const typed = numbers[kind] ?? [1];
  return r.pick<ExcelJS.CellValue>([
    ...typed,
    ...typed,
    ...typed,
    ...typed,
    null,
    null,
    "-",
    " ",
    "25%",
    "1 Dokumen",
    { error: "#N/A" } as ExcelJS.CellErrorValue,
  ]);
}

/** Jenis, Arah and Agregasi TW as people leave them. */
const WORDS = {
  jenis: (kind: string): ExcelJS.CellValue[] => [
    ` ${kind.toLowerCase()} `,
    kind.toUpperCase(),
    null,
    "",
    "Persentase",
    "Jumlah",
    "Indeks",
  ],
  arah: ["naik", " TURUN ", null, "Menurun", "Turun"] as ExcelJS.CellValue[],
  agregasi: ["jumlah", " terakhir", null, "Rata-rata", "Kumulatif"] as ExcelJS.CellValue[],
};

/** Number formats people give cells: plain, percent, decimals. */
const FORMATS = ["General", "0%", "0.00", "0.0%", "0"];

const SETTING_WORDS: Record<string, string[]> = {
  "TW Pelaporan": ["TW I", "TW II", "TW III", "TW IV", "TW II ", " tw iii", "TW*"],
  "Batas Capaian": ["Tanpa batas", "100%", "120%", "100% "],
  "Skala Kategori": ["Lima tingkat", "Enam tingkat", "Berhasil/Tidak"],
  "Capaian Nilai & Opini": ["Tercapai/Tidak", "Peringkat"],
};

/** Where a drawn workbook's cells go: an exceljs workbook, or a snapshot. */
interface CellSink {
  set(sheet: string, row: number, col: number, value: ExcelJS.CellValue): void;
  numFmt(sheet: string, row: number, col: number, format: string): void;
}

/** Fills the template `book` (as read before any entry) with random entries and settings. */
function fill(book: WorkbookSnapshot, sink: CellSink, seed: number, options: DrawOptions): void {
  const r = random(seed);
  for (const t of findRktTables(book)) {
    const name = t.sheet.name;
    for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
      const col = (key: keyof typeof t.columns) => t.columns[key] as number;
      const set = (key: keyof typeof t.columns, v: ExcelJS.CellValue) =>
        sink.set(name, row, col(key), v);
      const kind = String(cellAt(t.sheet, row, col("jenis")));
      // Mostly the template's number formats; sometimes another one, so target and realisasi
      // disagree in units (83 in a General cell under a target of 80 %): both sides read
      // every number of the row in the target's units.
      for (const k of QUARTER_KEYS) {
        set(k, realisasi(r, kind, options));
        if (r.next() < 0.15) sink.numFmt(name, row, col(k), r.pick(FORMATS));
      }
      // Target TW I..IV (rencana aksi): often blank, mostly numbers, sometimes text or a dash.
      if (r.next() < 0.9)
        for (const k of QUARTER_TARGET_KEYS) {
          set(k, quarterTarget(r, kind));
          if (r.next() < 0.1) sink.numFmt(name, row, col(k), r.pick(FORMATS));
        }
      // The LKj columns: last year's realisasi and the Renstra target drawn as quarter
      // targets are (numbers, text, dashes, errors), Pembilang and Penyebut as counts.
      if (r.next() < 0.6) set("realisasiLalu", quarterTarget(r, kind));
      if (r.next() < 0.6) set("targetRenstra", quarterTarget(r, kind));
      if (r.next() < 0.3) {
        set("pembilang", r.pick<ExcelJS.CellValue>([0, 1, 2, 3, 7, "3", null]));
        set("penyebut", r.pick<ExcelJS.CellValue>([0, 4, 4, 8, 9, "-", null]));
      }
      const typed = target(r, kind);
      if (typed !== undefined) set("target", typed);
      if (r.next() < 0.15) sink.numFmt(name, row, col("target"), r.pick(FORMATS));
      if (kind !== "Nilai SAKIP" && kind !== "Opini BPK")
        set("agregasi", r.pick(Object.values(AGGREGATION_WORDS)));
      // The row's words as people leave them: other case, spaces, blank, or a word the
      // formulas do not know (every row of a column still holds the same formula).
      if (r.next() < 0.1) set("jenis", r.pick(WORDS.jenis(kind)));
      if (r.next() < 0.1) set("arah", r.pick(WORDS.arah));
      if (r.next() < 0.1) set("agregasi", r.pick(WORDS.agregasi));
    }
  }
  const info = book.sheets.find((x) => x.name === INFO_SHEET)!;
  for (const row of SETTING_ROWS) {
    const at = findLabel(info, row.label)!;
    sink.set(INFO_SHEET, at.row, at.col + 1, r.pick(SETTING_WORDS[row.label]!));
  }
  fillAnggaran(book, sink, seed, options);
}

/** Rupiah as staff type them: numbers, text in id-ID style, a negative or a dash. */
function amount(r: Random, options: DrawOptions): ExcelJS.CellValue {
  const roll = r.next();
  if (roll < 0.15) return r.pick(NOT_YET);
  if (roll < 0.18) return r.pick(options.booleans === true ? [...JUNK, ...LOGICALS] : JUNK);
  const n = r.int(0, 500) * 100_000;
  if (roll < 0.24) return r.pick<ExcelJS.CellValue>([`Rp ${n.toLocaleString("id-ID")}`, String(n)]);
  return roll < 0.27 ? -n : n;
}

/**
 * The Anggaran sheet's programs, pagu and quarters, drawn from a stream of their own (the RKT
 * sheets' draws for a seed stay as they were); the sasaran sometimes retyped, blank or unknown.
 */
function fillAnggaran(
  book: WorkbookSnapshot,
  sink: CellSink,
  seed: number,
  options: DrawOptions
): void {
  const t = findAnggaranTable(book);
  if (t === undefined) return;
  const r = random(seed + 7_919_000);
  const name = t.sheet.name;
  for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
    const set = (key: AnggaranColumnKey, v: ExcelJS.CellValue) =>
      sink.set(name, row, t.columns[key] as number, v);
    if (r.next() < 0.15) continue;
    if (r.next() < 0.8) set("program", `Program ${row}`);
    set("pagu", r.next() < 0.8 ? r.int(1, 600) * 1_000_000 : amount(r, options));
    for (const k of AMOUNT_QUARTER_KEYS) set(k, amount(r, options));
    const roll = r.next();
    if (roll < 0.1) set("sasaran", "");
    else if (roll < 0.2) set("sasaran", "Sasaran yang tidak ada");
    else if (roll < 0.3) {
      const s = cellAt(t.sheet, row, t.columns.sasaran as number);
      if (typeof s === "string") set("sasaran", `  ${s.toUpperCase()} `);
    }
  }
}

/** A new template workbook (exceljs) filled as seed `seed` draws it. */
export async function randomWorkbook(
  seed: number,
  options: DrawOptions = {}
): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
  const cell = (sheet: string, row: number, col: number) =>
    (wb.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(row + 1, col + 1);
  fill(
    readWorkbook(wb),
    {
      set: (sheet, row, col, v) => void (cell(sheet, row, col).value = v),
      numFmt: (sheet, row, col, f) => void (cell(sheet, row, col).numFmt = f),
    },
    seed,
    options
  );
  return wb;
}

let template: { book: WorkbookSnapshot; wb: ExcelJS.Workbook } | undefined;

/** A cell value as the file reader gives it (a date as its serial number). */
function asRead(v: ExcelJS.CellValue): CellValue {
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569;
  if (v === undefined) return null;
  return v as CellValue;
}

/**
 * The same workbook as {@link randomWorkbook} draws for `seed`, as the snapshot the file
 * reader would give — without building an exceljs workbook (the template is made once).
 */
export function randomSnapshot(seed: number, options: DrawOptions = {}): WorkbookSnapshot {
  if (template === undefined) {
    const wb = new ExcelJS.Workbook();
    applyPlan(wb, planTemplate(BLITAR_2021, readWorkbook(wb)));
    template = { book: readWorkbook(wb), wb };
  }
  const { wb } = template;
  const book = copySnapshot(template.book);
  const sheet = (name: string) => book.sheets.find((x) => x.name === name)!;
  const row = <T>(grid: T[][], r: number): T[] => (grid[r] ??= []);
  fill(
    template.book,
    {
      set: (name, r, c, v) => {
        const s = sheet(name);
        const value = asRead(v);
        row(s.values, r - s.top)[c - s.left] = value;
        row(s.formulas, r - s.top)[c - s.left] =
          typeof value === "object" && value !== null ? value.error : value;
        // An empty template cell's format, which the reader sees once the cell holds something.
        const formats = row(s.numberFormats, r - s.top);
        formats[c - s.left] ??= wb.getWorksheet(name)?.getCell(r + 1, c + 1).numFmt || "General";
      },
      numFmt: (name, r, c, f) => {
        const s = sheet(name);
        row(s.numberFormats, r - s.top)[c - s.left] = f;
      },
    },
    seed,
    options
  );
  return book;
}

/** A copy whose grids can be written without touching `book` (rows copied, holes kept). */
export function copySnapshot(book: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...book,
    sheets: book.sheets.map((s) => ({
      ...s,
      values: s.values.map((r) => r.slice()),
      formulas: s.formulas.map((r) => r.slice()),
      numberFormats: s.numberFormats.map((r) => r.slice()),
      tables: s.tables.slice(),
    })),
  };
}

/**
 * A plan's cell contents applied to a snapshot as every host applies them (`writeGrids`:
 * null leaves a cell, "" clears it, "=..." is a formula without a result yet), with its new
 * sheets, cleared ranges, number formats and tables; the rest of a plan (formats,
 * validation, charts) holds no value.
 */
export function applyToSnapshot(book: WorkbookSnapshot, plan: Plan): void {
  const sheet = (name: string): SheetSnapshot => {
    let s = book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (s === undefined) {
      s = emptySheet(name);
      book.sheets.push(s);
    }
    return s;
  };
  const put = (s: SheetSnapshot, r: number, c: number, v: CellValue, f: CellValue) => {
    (s.values[r - s.top] ??= [])[c - s.left] = v;
    (s.formulas[r - s.top] ??= [])[c - s.left] = typeof f === "object" && f !== null ? f.error : f;
  };
  for (const op of plan.ops) {
    if (op.op === "addSheet") sheet(op.sheet);
    else if (op.op === "clear") {
      const s = sheet(op.sheet);
      const rect = parseRange(op.address);
      for (let r = rect.row; r < rect.row + rect.rows; r++)
        for (let c = rect.col; c < rect.col + rect.cols; c++)
          if (s.values[r - s.top]?.[c - s.left] !== undefined) put(s, r, c, null, null);
    } else if (op.op === "table")
      sheet(op.sheet).tables.push({ name: op.name, address: op.address });
    else if (op.op === "deleteTable") {
      const s = sheet(op.sheet);
      s.tables = s.tables.filter((t) => t.name !== op.name);
    } else if (op.op === "write") {
      const s = sheet(op.sheet);
      const rect = parseRange(op.address);
      const { values, formulas } = writeGrids(op);
      // Values first, then formulas, as the exceljs adapter writes them ("=" only makes a
      // formula in `formulas`).
      for (const [grid, formula] of [
        [values, false],
        [formulas, true],
      ] as const)
        grid?.forEach((line, i) =>
          line.forEach((v, j) => {
            if (v === null || v === undefined) return;
            const r = rect.row + i;
            const c = rect.col + j;
            if (v === "") put(s, r, c, null, null);
            else if (formula && typeof v === "string" && v.startsWith("=")) put(s, r, c, null, v);
            else put(s, r, c, v, v);
          })
        );
      op.numberFormats?.forEach((line, i) =>
        line.forEach((f, j) => {
          if (f !== null && f !== undefined)
            (s.numberFormats[rect.row + i - s.top] ??= [])[rect.col + j - s.left] = f;
        })
      );
    }
  }
}

/**
 * Cells retyped after the formulas were written, without running anything again: on each RKT
 * row, now and then, a quarter's realisasi, the quarter targets, Realisasi Tahun Lalu and
 * Target Renstra; on the Anggaran sheet pagu and a quarter's amount — drawn
 * as `fill` draws them. The number of cells retyped.
 */
export function retype(book: WorkbookSnapshot, seed: number): number {
  const r = random(seed);
  let retyped = 0;
  for (const t of findRktTables(book)) {
    const s = t.sheet;
    for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
      const col = (key: keyof typeof t.columns) => t.columns[key] as number;
      const set = (key: keyof typeof t.columns, v: ExcelJS.CellValue) => {
        const value = asRead(v);
        (((s.values[row - s.top] ??= [])[col(key) - s.left] = value),
          ((s.formulas[row - s.top] ??= [])[col(key) - s.left] =
            typeof value === "object" && value !== null ? value.error : value));
        retyped++;
      };
      const kind = String(cellAt(s, row, col("jenis")));
      if (r.next() < 0.3) set(r.pick(QUARTER_KEYS), realisasi(r, kind, {}));
      if (r.next() < 0.3) for (const k of QUARTER_TARGET_KEYS) set(k, quarterTarget(r, kind));
      if (r.next() < 0.5) set("realisasiLalu", quarterTarget(r, kind));
      if (r.next() < 0.5) set("targetRenstra", quarterTarget(r, kind));
    }
  }
  // The Anggaran sheet's pagu and quarters (a program's sasaran links it to the recap when
  // the recap is made: a sasaran retyped counts from the next run).
  const a = findAnggaranTable(book);
  if (a === undefined) return retyped;
  const s = a.sheet;
  for (let row = a.headerRow + 1; row <= a.headerRow + a.rows; row++) {
    const set = (key: AnggaranColumnKey, v: ExcelJS.CellValue) => {
      const value = asRead(v);
      const c = a.columns[key] as number;
      (s.values[row - s.top] ??= [])[c - s.left] = value;
      (s.formulas[row - s.top] ??= [])[c - s.left] =
        typeof value === "object" && value !== null ? value.error : value;
      retyped++;
    };
    if (r.next() < 0.3) set("pagu", amount(r, {}));
    if (r.next() < 0.3) set(r.pick(AMOUNT_QUARTER_KEYS), amount(r, {}));
  }
  return retyped;
}

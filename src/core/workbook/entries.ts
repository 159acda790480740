/**
 * Read the RKT sheets the add-in made back into entries for the rules core, with the cell of
 * every field so findings point at cells. The sheet is the source of truth: kind, direction
 * and aggregation come from its visible columns; the decree (when the Kode matches) supplies
 * only what a sheet cannot say, such as the documents a count target lists.
 */
import type { Decree, Indicator, IndicatorKind } from "../decree/schema";
import { findIndicator, withIkuDefinition } from "../decree/query";
import type { CellInput } from "../rules/cell";
import type { IndicatorEntry, WordIssue } from "../rules/entry";
import { excelTrim } from "../rules/cell";
import { cellAddress, parseRange } from "./a1";
import {
  AGGREGATION_WORDS,
  DIRECTION_WORDS,
  FOLLOW_UP_KEYS,
  KIND_WORDS,
  OWN_PREFIX,
  PERIOD_WORDS,
  PROBLEM_KEYS,
  QUARTER_KEYS,
  QUARTER_TARGET_KEYS,
  RKT_COLUMNS,
  sheetWord,
  type RktColumnKey,
} from "./layout";
import { cellAt, formatAt, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";

export interface LocatedEntry {
  entry: IndicatorEntry;
  sheet: string;
  /** 0-based row of the indicator. */
  row: number;
  /** 0-based column of each template column found on the sheet. */
  columns: Partial<Record<RktColumnKey, number>>;
  /**
   * The row's text for the LKj, as typed (trimmed; "" where blank or the column is absent):
   * Penanggung Jawab, Permasalahan and Rencana Tindak Lanjut TW I..IV.
   */
  texts: {
    penanggungJawab: string;
    permasalahan: [string, string, string, string];
    rencanaTindakLanjut: [string, string, string, string];
  };
}

export interface RktTable {
  sheet: SheetSnapshot;
  tableName: string;
  headerRow: number;
  firstCol: number;
  rows: number;
  columns: Partial<Record<RktColumnKey, number>>;
}

/** The add-in's RKT tables: every owned table whose header has the RKT columns. */
export function findRktTables(book: WorkbookSnapshot): RktTable[] {
  const out: RktTable[] = [];
  for (const sheet of book.sheets) {
    for (const t of sheet.tables) {
      if (!t.name.toLowerCase().startsWith(`${OWN_PREFIX}rkt_`.toLowerCase())) continue;
      const box = parseRange(t.address);
      const columns: Partial<Record<RktColumnKey, number>> = {};
      for (let c = box.col; c < box.col + box.cols; c++) {
        const h = cellAt(sheet, box.row, c);
        const col = RKT_COLUMNS.find(
          (k) => typeof h === "string" && k.header.toLowerCase() === h.trim().toLowerCase()
        );
        if (col !== undefined && columns[col.key] === undefined) columns[col.key] = c;
      }
      out.push({
        sheet,
        tableName: t.name,
        headerRow: box.row,
        firstCol: box.col,
        rows: box.rows - 1,
        columns,
      });
    }
  }
  return out;
}

const text = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

function cellInput(
  sheet: SheetSnapshot,
  row: number,
  col: number | undefined
): CellInput | undefined {
  if (col === undefined) return undefined;
  return { value: cellAt(sheet, row, col), numberFormat: formatAt(sheet, row, col) };
}

const shownWord = (v: unknown): string =>
  typeof v === "string" ? v : typeof v === "object" && v !== null ? "#?" : String(v ?? "");

/**
 * The indicator a sheet row describes. Jenis, Arah and Agregasi TW are read as the sheet's
 * formulas read them (`sheetWord`): a blank cell is the default (Persen, Naik; Jumlah for
 * counts, else Terakhir), whatever the decree says (a warning says so); a word the formulas do
 * not know is "cek isian" there, and the rules say so at the cell (the decree's kind is kept
 * for the findings). Periode is read the same way (blank: Triwulanan); an unknown word is
 * read as Triwulanan, the decree's period not being assumed.
 */
function indicatorOf(
  t: RktTable,
  row: number,
  decree: Decree | undefined
): { ind: Indicator; words: WordIssue[] } {
  const at = (key: RktColumnKey) =>
    t.columns[key] === undefined ? null : cellAt(t.sheet, row, t.columns[key] as number);
  const kode = text(at("kode"));
  const fromDecree = decree && kode ? findIndicator(decree, kode) : undefined;
  const known = fromDecree && decree ? withIkuDefinition(decree, fromDecree) : undefined;
  const words: WordIssue[] = [];
  function read<T extends string>(
    field: WordIssue["field"],
    column: RktColumnKey,
    table: Record<T, string>,
    fallback: T,
    decreeKey: T | undefined
  ): T {
    const v = at(column);
    const w = sheetWord(table, v);
    if (typeof w === "object") return w.key;
    const expected = Object.values<string>(table).join(", ");
    const decreeWord = decreeKey === undefined ? undefined : table[decreeKey];
    if (w === "blank") {
      if (decreeWord !== undefined && decreeKey !== fallback)
        words.push({
          field,
          problem: "blank",
          value: table[fallback],
          expected,
          decree: decreeWord,
        });
      return fallback;
    }
    words.push({
      field,
      problem: "unknown",
      value: shownWord(v),
      expected,
      ...(decreeWord !== undefined && { decree: decreeWord }),
    });
    return decreeKey ?? fallback;
  }
  const kind = read("kind", "jenis", KIND_WORDS, "percent" as IndicatorKind, known?.kind);
  const direction = read("direction", "arah", DIRECTION_WORDS, "higher", known?.direction);
  const aggregation = read(
    "aggregation",
    "agregasi",
    AGGREGATION_WORDS,
    kind === "count" ? "sum" : "last",
    known?.aggregation
  );
  // A sheet without a Periode column (a template made before it existed) takes the decree's.
  const periodRead =
    t.columns.periode === undefined
      ? (known?.period ?? "quarterly")
      : read("period", "periode", PERIOD_WORDS, "quarterly", known?.period);
  const period = words.some((w) => w.field === "period" && w.problem === "unknown")
    ? "quarterly"
    : periodRead;
  const ind: Indicator = {
    id: kode || `${t.sheet.name}!${cellAddress(row, t.firstCol)}`,
    no: text(at("no")),
    sasaran: text(at("sasaran")) || (known?.sasaran ?? "-"),
    text: text(at("indikator")) || (known?.text ?? "-"),
    kind,
    direction,
    aggregation,
    ...(period !== "quarterly" && { period }),
  };
  if (known?.target !== undefined && known.target.kind === kind) ind.target = known.target;
  if (known?.caraPenghitungan !== undefined) ind.caraPenghitungan = known.caraPenghitungan;
  if (known?.sumberData !== undefined) ind.sumberData = known.sumberData;
  return { ind, words };
}

/** Blank to the formulas: empty, or text that TRIM leaves empty (numbers and errors are not). */
const blankCell = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === "string" && excelTrim(v) === "");

/** Every indicator row of the add-in's RKT tables, in sheet order. Blank rows are skipped. */
export function readRktEntries(book: WorkbookSnapshot, decree?: Decree): LocatedEntry[] {
  const out: LocatedEntry[] = [];
  for (const t of findRktTables(book)) {
    for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
      const blank = [t.columns.indikator, t.columns.kode, t.columns.target].every(
        (c) => c === undefined || blankCell(cellAt(t.sheet, row, c))
      );
      if (blank) continue;
      const { ind, words } = indicatorOf(t, row, decree);
      const entry: IndicatorEntry = {
        indicator: ind,
        realisasi: QUARTER_KEYS.map((k) => cellInput(t.sheet, row, t.columns[k])),
        ...(words.length > 0 && { words }),
      };
      if (QUARTER_TARGET_KEYS.every((k) => t.columns[k] !== undefined))
        entry.quarterTargets = QUARTER_TARGET_KEYS.map((k) =>
          cellInput(t.sheet, row, t.columns[k])
        );
      const target = cellInput(t.sheet, row, t.columns.target);
      if (target !== undefined) entry.target = target;
      const sumber = cellInput(t.sheet, row, t.columns.sumber);
      if (sumber !== undefined) entry.sumberData = sumber;
      if (t.columns.pembilang !== undefined && t.columns.penyebut !== undefined)
        entry.componentsToDate = {
          numerator: cellInput(t.sheet, row, t.columns.pembilang),
          denominator: cellInput(t.sheet, row, t.columns.penyebut),
        };
      const lastYear = cellInput(t.sheet, row, t.columns.realisasiLalu);
      if (lastYear !== undefined) entry.lastYear = lastYear;
      const renstra = cellInput(t.sheet, row, t.columns.targetRenstra);
      if (renstra !== undefined) entry.renstra = renstra;
      const said = (key: RktColumnKey) =>
        t.columns[key] === undefined ? "" : text(cellAt(t.sheet, row, t.columns[key] as number));
      out.push({
        entry,
        sheet: t.sheet.name,
        row,
        columns: t.columns,
        texts: {
          penanggungJawab: said("penanggungJawab"),
          permasalahan: PROBLEM_KEYS.map(said) as LocatedEntry["texts"]["permasalahan"],
          rencanaTindakLanjut: FOLLOW_UP_KEYS.map(said) as LocatedEntry["texts"]["permasalahan"],
        },
      });
    }
  }
  return out;
}

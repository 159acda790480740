/**
 * The rows of one table body: indicators, sasaran groups, continuation rows joined to the
 * indicator above, and rows left out (blank rows, repeated headers, column numbers, notes and
 * signatures that end the table).
 */
import type { CellValue } from "../snapshot";
import {
  BUDGET_QUARTER_MEANINGS,
  FOLLOW_UP_MEANINGS,
  PROBLEM_MEANINGS,
  type ColumnMeaning,
} from "./columns";
import { isColumnNumberRow, type DetectedHeader } from "./detect-header";
import { formatOf, isBlankRow, rowCells, textAt, valueAt, type Grid } from "./grid";

/** A cell the converter keeps: where it is, what it holds, how it is formatted. */
export interface SourceCell {
  row: number;
  col: number;
  value: CellValue;
  numberFormat: string;
}

/** One indicator as read from the sheet, before its kind and target are decided. */
export interface RawIndicator {
  /** The indicator's first row (0-based). */
  row: number;
  no: string;
  sasaran: string;
  text: string;
  target?: SourceCell;
  /** Realisasi TW I..IV (undefined where the column is missing or the cell empty). */
  quarters: (SourceCell | undefined)[];
  /** Target TW I..IV (undefined where the column is missing or the cell empty). */
  quarterTargets: (SourceCell | undefined)[];
  /** A single Realisasi column. */
  realisasi?: SourceCell;
  /** Last year's realisasi ("Realisasi 2021" in a 2022 table): read, not used for capaian. */
  lastYear?: SourceCell;
  satuan: string;
  cara: string;
  sumber: string;
  keterangan: string;
  /** The Periode column's text ("Tahunan"), "" without one. */
  periode: string;
  /** Penanggung Jawab, and Permasalahan / Rencana Tindak Lanjut TW I..IV ("" without). */
  penanggungJawab: string;
  permasalahan: string[];
  rencanaTindakLanjut: string[];
  /** The Renstra (medium-term) target cell. */
  targetRenstra?: SourceCell;
  /** Rows (0-based) joined to this indicator. */
  continuations: number[];
}

/**
 * One body row's budget cells (LKj Bab III.B), with the sasaran and the program they belong
 * to: the row's own, else the one above (merged or left empty under the first row).
 */
export interface BudgetCells {
  /** The row (0-based). */
  row: number;
  sasaran: string;
  /** The program as typed on this row or above it in the same sasaran; "" without one. */
  program: string;
  pagu?: SourceCell;
  /** A single Realisasi Anggaran (the year's). */
  realisasi?: SourceCell;
  /** Realisasi Anggaran TW I..IV. */
  quarters: (SourceCell | undefined)[];
}

export type IgnoreReason = "blank" | "repeatedHeader" | "columnNumbers" | "noIndicator" | "note";

export interface IgnoredRow {
  row: number;
  reason: IgnoreReason;
  /** The row's text, shortened, for the report. */
  text: string;
}

export interface TableRows {
  indicators: RawIndicator[];
  ignored: IgnoredRow[];
  /** Rows that only name a sasaran for the rows below. */
  sasaranRows: number[];
  /** The row (0-based) where notes or a signature end the table, if any. */
  endRow?: number;
  /** Rows with a program or a budget amount, in order (indicator rows and rows without one). */
  budget: BudgetCells[];
}

const MONTHS =
  "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember";

/** Texts that end a table: notes, the place-and-date line, signature lines. */
const END_MARKER = new RegExp(
  [
    "^(?:ditetapkan\\b|pada\\s+tanggal\\b|tanggal\\s*:|catatan\\b|keterangan\\s*:|ket\\s*\\.?\\s*:|notes?\\s*:|sumber\\s*(?:data)?\\s*:",
    "|mengetahui\\b|menyetujui\\b|ttd\\b|salinan\\s+sesuai\\b|nip\\b|dibuat\\s+oleh\\b|disusun\\s+oleh\\b|diperiksa\\s+oleh\\b|\\*\\s)",
    `|^[\\p{L} .'-]{2,40},\\s*\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}\\s*$`,
  ].join(""),
  "iu"
);

/** True when a line is a note, a place-and-date line or a signature line that ends a table. */
export function isEndLine(text: string): boolean {
  return END_MARKER.test(text.trim());
}

/** Signature roles: they end the table only when they look like a signature line. */
const ROLE = /^(?:ketua|sekretaris|kepala|plt\.?|plh\.?|a\.?\s?n\.?|pejabat|kasubb?ag|kabag)\b/i;

/** Words that start a new indicator rather than continue the one above. */
const NEW_INDICATOR =
  /^(?:persentase|presentase|prosentase|indeks|jumlah|nilai|rasio|tingkat|opini|tercapainya|tersusunnya|terlaksananya|tersedianya|terwujudnya|meningkatnya)\b/i;

/** A sasaran named in the Indikator column: "Sasaran 1 : ...", "Sasaran Kegiatan : ...". */
const SASARAN_LINE =
  /^sasaran(?:\s+(?:strategis|kegiatan|sub[\s-]?kegiatan|program))?(?:\s+\d{1,2})?\s*:\s*(\S[^]*)$/i;

/** Text that continues a sentence: a list item, a lower-case start. */
const CONTINUES = /^(?:\d{1,2}[.)]\s|[a-z][.)]\s|[-•·*]\s|\p{Ll})/u;

function short(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}

/** True when the row's first text ends the table. */
function endsTable(grid: Grid, row: number, at: Partial<Record<ColumnMeaning, number>>): boolean {
  const first = rowCells(grid, row)[0];
  if (first === undefined) return false;
  if (END_MARKER.test(first.text)) return true;
  if (!ROLE.test(first.text)) return false;
  const has = (m: ColumnMeaning) =>
    at[m] !== undefined && textAt(grid, row, at[m] as number) !== "";
  if (has("no") || has("target") || has("tw1") || has("realisasi")) return false;
  const t = first.text;
  return t === t.toUpperCase() || /[,:]$/.test(t) || first.col !== at.indikator;
}

function cellOf(grid: Grid, row: number, col: number | undefined): SourceCell | undefined {
  if (col === undefined) return undefined;
  const value = valueAt(grid, row, col);
  if (value === null || (typeof value === "string" && value.trim() === "")) return undefined;
  return { row, col, value, numberFormat: formatOf(grid, row, col) };
}

const join = (a: string, b: string): string => (a === "" ? b : b === "" ? a : `${a}\n${b}`);

/**
 * Read the body rows [from, to) of a table with the given header. `skip` holds rows that are
 * a repeated header. Sasaran cells merged over rows, or left empty under the first row, belong
 * to every row of the group.
 */
export function readRows(
  grid: Grid,
  header: DetectedHeader,
  from: number,
  to: number,
  skip: ReadonlySet<number>,
  defaultSasaran: string
): TableRows {
  const at = header.at;
  const text = (row: number, m: ColumnMeaning) =>
    at[m] === undefined ? "" : textAt(grid, row, at[m] as number);
  const budgetCells = (
    row: number
  ): Omit<BudgetCells, "row" | "sasaran" | "program"> | undefined => {
    const cells: Omit<BudgetCells, "row" | "sasaran" | "program"> = {
      quarters: BUDGET_QUARTER_MEANINGS.map((m) => cellOf(grid, row, at[m])),
    };
    const pagu = cellOf(grid, row, at.pagu);
    const realisasi = cellOf(grid, row, at.realisasiAnggaran);
    if (pagu !== undefined) cells.pagu = pagu;
    if (realisasi !== undefined) cells.realisasi = realisasi;
    const any =
      pagu !== undefined ||
      realisasi !== undefined ||
      cells.quarters.some((q) => q !== undefined) ||
      text(row, "program") !== "";
    return any ? cells : undefined;
  };
  const out: TableRows = { indicators: [], ignored: [], sasaranRows: [], budget: [] };
  let sasaran = "";
  let pendingNo = "";
  let program = { sasaran: "", text: "" };
  for (let row = from; row < to; row++) {
    if (skip.has(row)) {
      out.ignored.push({ row, reason: "repeatedHeader", text: "" });
      continue;
    }
    if (isBlankRow(grid, row)) {
      out.ignored.push({ row, reason: "blank", text: "" });
      continue;
    }
    if (endsTable(grid, row, at)) {
      out.endRow = row;
      for (let r = row; r < to; r++)
        if (!isBlankRow(grid, r))
          out.ignored.push({
            row: r,
            reason: "note",
            text: short(
              rowCells(grid, r)
                .map((c) => c.text)
                .join(" ")
            ),
          });
      break;
    }
    if (isColumnNumberRow(grid, row)) {
      out.ignored.push({ row, reason: "columnNumbers", text: "" });
      continue;
    }
    const no = text(row, "no");
    const sas = text(row, "sasaran");
    const ind = text(row, "indikator");
    const target = cellOf(grid, row, at.target);
    const quarters = (["tw1", "tw2", "tw3", "tw4"] as const).map((m) => cellOf(grid, row, at[m]));
    const realisasi = cellOf(grid, row, at.realisasi);
    const quarterTargets = (["ttw1", "ttw2", "ttw3", "ttw4"] as const).map((m) =>
      cellOf(grid, row, at[m])
    );
    const numbers =
      target !== undefined || realisasi !== undefined || quarters.some((q) => q !== undefined);
    const extra = {
      satuan: text(row, "satuan"),
      cara: text(row, "cara"),
      sumber: text(row, "sumber"),
      keterangan: text(row, "keterangan"),
      periode: text(row, "periode"),
      penanggungJawab: text(row, "penanggungJawab"),
      permasalahan: PROBLEM_MEANINGS.map((m) => text(row, m)),
      rencanaTindakLanjut: FOLLOW_UP_MEANINGS.map((m) => text(row, m)),
      ...(cellOf(grid, row, at.targetRenstra) !== undefined && {
        targetRenstra: cellOf(grid, row, at.targetRenstra) as SourceCell,
      }),
    };
    // "Sasaran 1 : Meningkatnya ..." written in the Indikator column, over its indicators.
    const named = SASARAN_LINE.exec(ind);
    // The row's budget, for the sasaran it belongs to (its own, else the group's).
    const budget = budgetCells(row);
    if (budget !== undefined) {
      const own =
        sas !== ""
          ? sas
          : named !== null && !numbers
            ? (named[1] ?? "").trim()
            : sasaran !== ""
              ? sasaran
              : defaultSasaran;
      if (program.sasaran !== own) program = { sasaran: own, text: "" };
      const typed = text(row, "program");
      if (typed !== "") program.text = typed;
      out.budget.push({ ...budget, row, sasaran: own, program: program.text });
    }
    if (named !== null && sas === "" && !numbers) {
      sasaran = (named[1] ?? "").trim();
      if (no !== "") pendingNo = no;
      out.sasaranRows.push(row);
      continue;
    }
    if (ind === "") {
      if (sas !== "" && !numbers) {
        sasaran = sas;
        if (no !== "") pendingNo = no;
        out.sasaranRows.push(row);
      } else if (budget === undefined) {
        out.ignored.push({
          row,
          reason: "noIndicator",
          text: short(
            rowCells(grid, row)
              .map((c) => c.text)
              .join(" ")
          ),
        });
      }
      continue;
    }
    const prev = out.indicators[out.indicators.length - 1];
    const looksNew = NEW_INDICATOR.test(ind) && !/[:,]$/.test(prev?.text.trim() ?? "");
    const continues =
      at.target !== undefined
        ? !looksNew
        : CONTINUES.test(ind) || /[:,]$/.test(prev?.text.trim() ?? "");
    if (
      prev !== undefined &&
      no === "" &&
      sas === "" &&
      !numbers &&
      extra.cara === "" &&
      extra.sumber === "" &&
      continues
    ) {
      prev.text = join(prev.text, ind);
      prev.satuan = join(prev.satuan, extra.satuan);
      prev.keterangan = join(prev.keterangan, extra.keterangan);
      if (prev.periode === "") prev.periode = extra.periode;
      prev.continuations.push(row);
      continue;
    }
    if (sas !== "") sasaran = sas;
    const raw: RawIndicator = {
      row,
      no: no !== "" ? no : pendingNo,
      sasaran: sasaran !== "" ? sasaran : defaultSasaran,
      text: ind,
      quarters,
      quarterTargets,
      ...extra,
      continuations: [],
    };
    pendingNo = "";
    if (target !== undefined) raw.target = target;
    if (realisasi !== undefined) raw.realisasi = realisasi;
    const lastYear = cellOf(grid, row, header.lastYearAt);
    if (lastYear !== undefined) raw.lastYear = lastYear;
    out.indicators.push(raw);
  }
  return out;
}

/**
 * Split a sheet into its tables: each header with the title rows above it and the body below,
 * a header repeated on a new page joined to the table above; then name each table (short
 * name, unit, id), find its year and read its rows.
 */
import type { DecreeTable } from "../../decree/schema";
import type { Bilingual } from "../../i18n/types";
import { tableNameFor } from "../layout";
import { findOwnedTable } from "../ownership";
import type { WorkbookSnapshot } from "../snapshot";
import type { TablePlan } from "./build";
import { assignColumns, sameColumns, type DetectedHeader } from "./detect-header";
import { sheetYear, tableYear, type YearSource } from "./fields";
import { addressOf, isBlankRow, mergeAnchoredAt, rowCells, rowText, type Grid } from "./grid";
import { cleanTitle, readSignature, TITLE_WORDS } from "./meta";
import { PLACEHOLDERS, say } from "./messages";
import { isEndLine, readRows, type TableRows } from "./rows";
import type { ConvertOptions } from "./types";

/** A single-text row above a header that reads as the table's title. */
function isTitleRow(grid: Grid, row: number, header: DetectedHeader): boolean {
  const cells = rowCells(grid, row);
  const only = cells[0];
  if (cells.length !== 1 || only === undefined) return false;
  if (/^[\d.,()%\s-]+$/.test(only.text) || isEndLine(only.text)) return false;
  const wide = (mergeAnchoredAt(grid, row, only.col)?.cols ?? 1) > 1;
  return only.col !== header.at.indikator || wide || TITLE_WORDS.test(only.text);
}

/** First row of the title block right above a header (the header's own row when none). */
function titleStart(grid: Grid, header: DetectedHeader, floor: number): number {
  let r = header.row - 1;
  while (r >= floor && isBlankRow(grid, r)) r--;
  let start = header.row;
  while (r >= floor && !isBlankRow(grid, r) && isTitleRow(grid, r, header) && header.row - r <= 8) {
    start = r;
    r--;
  }
  return start;
}

interface Segment {
  header: DetectedHeader;
  titleRows: number[];
  bodyEnd: number;
  skip: Set<number>;
}

/** Split the sheet into tables: a header, its title rows, its body; repeated headers join the table above. */
function segments(grid: Grid, headers: DetectedHeader[]): Segment[] {
  const out: Segment[] = [];
  headers.forEach((h) => {
    const prev = out[out.length - 1];
    const floor = prev === undefined ? grid.top : prev.header.bodyStart;
    const start = prev === undefined ? grid.top : titleStart(grid, h, floor);
    if (prev !== undefined && start === h.row && sameColumns(prev.header, h)) {
      for (let r = h.row; r < h.bodyStart; r++) prev.skip.add(r);
      return;
    }
    if (prev !== undefined) prev.bodyEnd = start;
    const titleRows: number[] = [];
    for (let r = start; r < h.row; r++) if (!isBlankRow(grid, r)) titleRows.push(r);
    out.push({ header: h, titleRows, bodyEnd: grid.bottom, skip: new Set() });
  });
  return out;
}

/**
 * A table's title from its title rows: the last line naming a table ("I. RENCANA KINERJA
 * TAHUNAN ...", "INDIKATOR KINERJA UTAMA ...") with the lines after it (at most three lines).
 */
export function titleLine(
  grid: Grid,
  rows: readonly number[]
): { row: number; text: string } | undefined {
  const lines = rows.map((row) => ({ row, text: rowText(grid, row) }));
  let from = -1;
  lines.forEach((l, i) => {
    if (TITLE_WORDS.test(l.text)) from = i;
  });
  if (from < 0) from = lines.length - 1;
  const first = lines[from];
  if (first === undefined) return undefined;
  const text = lines
    .slice(from, from + 3)
    .map((l) => l.text)
    .join(" ");
  return { row: first.row, text: text.length > 200 ? first.text.slice(0, 200) : text };
}

function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 24)
    .replace(/-+$/g, "");
  return s === "" ? "tabel" : s;
}

/** Short name and unit from the table's title, else from the sheet name. */
function naming(
  title: string | undefined,
  sheetName: string
): { shortName: string; unit: DecreeTable["unit"] } {
  for (const text of [title ?? "", sheetName]) {
    if (/sekretariat/i.test(text)) return { shortName: "Sekretariat", unit: "sekretariat" };
    if (/\bkpu\b|komisi\s+pemilihan\s+umum/i.test(text)) return { shortName: "KPU", unit: "kpu" };
  }
  const bare = sheetName.replace(/^\s*(?:rkt|iku)\b\s*/i, "").trim() || sheetName.trim() || "Tabel";
  return { shortName: bare.slice(0, 20).trim() || "Tabel", unit: "kpu" };
}

/** The A1 range of a header ("A3:K4"). */
export function headerAddress(h: DetectedHeader): string {
  return `${addressOf(h.row, h.left)}:${addressOf(h.row + h.rows - 1, h.right - 1)}`;
}

export interface SheetTables {
  /** Tables with indicators, in sheet order. */
  plans: TablePlan[];
  /** Lines about tables left out (a header with no rows). */
  lines: Bilingual[];
  /** Each table's title line (the line that names it, with the lines after it). */
  titleLines: { row: number; text: string }[];
  /** Every row above the first header. */
  preamble: { row: number; text: string }[];
  /** Rows of notes and signatures below the tables. */
  noteRows: number[];
}

interface ReadSegment {
  seg: Segment;
  line: { row: number; text: string } | undefined;
  header: DetectedHeader;
  year: YearSource | undefined;
  rows: TableRows;
}

/**
 * Read every table on the sheet. Each table's columns are read for its year: its target's
 * ("Target 2022"), else its title's, else the decree's as the sheet says it (the user's
 * option, the title lines, a year in a header, the date of signing). Ids avoid the tables the
 * workbook already has ("rkt-kpu-2" when "Kinerja_rkt_kpu" exists) and each other.
 */
export function readTables(
  grid: Grid,
  headers: DetectedHeader[],
  book: WorkbookSnapshot,
  sheetName: string,
  options: ConvertOptions = {}
): SheetTables {
  const segs = segments(grid, headers);
  const out: SheetTables = {
    plans: [],
    lines: [],
    titleLines: [],
    preamble: (segs[0]?.titleRows ?? []).map((row) => ({ row, text: rowText(grid, row) })),
    noteRows: [],
  };
  const rowsOf = (seg: Segment, h: DetectedHeader) =>
    readRows(grid, h, h.bodyStart, seg.bodyEnd, seg.skip, PLACEHOLDERS.sasaran);
  const read: ReadSegment[] = segs.map((seg) => {
    const line = titleLine(grid, seg.titleRows);
    const year = tableYear(grid, seg.header, seg.titleRows, line);
    const header =
      year === undefined || year.value === seg.header.tableYear
        ? seg.header
        : assignColumns(seg.header, year.value);
    return { seg, line, header, year, rows: rowsOf(seg, header) };
  });
  for (const r of read)
    out.noteRows.push(...r.rows.ignored.filter((i) => i.reason === "note").map((i) => i.row));
  const kept = read.filter((r) => r.rows.indicators.length > 0);
  const decreeYear = sheetYear(
    [...kept.flatMap((r) => (r.line === undefined ? [] : [r.line])), ...out.preamble],
    kept.map((r) => r.header),
    readSignature(out.noteRows.map((row) => rowText(grid, row))).date,
    options
  );
  for (const r of read) {
    if (r.year !== undefined || decreeYear === undefined) continue;
    r.year = decreeYear;
    r.header = assignColumns(r.seg.header, decreeYear.value);
    r.rows = rowsOf(r.seg, r.header);
  }
  const takenIds = new Set<string>();
  const takenNames = new Set<string>();
  for (const { seg, line, header: h, year, rows } of read) {
    if (rows.indicators.length === 0) {
      out.lines.push(say("report.emptyTable", { address: headerAddress(h) }));
      continue;
    }
    if (line !== undefined) out.titleLines.push(line);
    const named = naming(line?.text, sheetName);
    let shortName = named.shortName;
    for (let n = 2; takenNames.has(shortName.toLowerCase()); n++)
      shortName = `${named.shortName.slice(0, 17).trim()} ${n}`;
    takenNames.add(shortName.toLowerCase());
    const base = `rkt-${slug(shortName)}`;
    let tableId = base;
    for (let n = 2; takenIds.has(tableId) || findOwnedTable(book, tableNameFor(tableId)); n++)
      tableId = `${base}-${n}`;
    takenIds.add(tableId);
    out.plans.push({
      header: h,
      ...(year !== undefined ? { year } : {}),
      rows,
      titleRows: seg.titleRows,
      title: line !== undefined ? cleanTitle(line.text) : "",
      tableId,
      shortName,
      unit: named.unit,
    });
  }
  return out;
}

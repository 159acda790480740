/**
 * One recognised table becomes a decree table (RKT) with its indicators, the values carried
 * into the template (realisasi, unreadable targets, sumber data, keterangan), and its report.
 */
import type { DecreeTable, Indicator } from "../../decree/schema";
import { bilingual } from "../../i18n";
import { fill, type Bilingual } from "../../i18n/types";
import { formatIdNumber } from "../../rules/number-id";
import { columnLetter } from "../a1";
import type { RktColumnKey } from "../layout";
import type { Scalar } from "../plan";
import type { CellValue } from "../snapshot";
import { QUARTER_MEANINGS, type ColumnMeaning } from "./columns";
import type { DetectedHeader, HeaderColumn } from "./detect-header";
import type { YearSource } from "./fields";
import { addressOf } from "./grid";
import { aggregationOf, kindOf, readTargetCell } from "./kind";
import {
  KIND_SOURCE_WORDS,
  LAST_YEAR_WORDS,
  MEANING_WORDS,
  PLACEHOLDERS,
  YEAR_MEANING_WORDS,
  say,
  type ConvertMessageKey,
} from "./messages";
import type { RawIndicator, TableRows } from "./rows";
import type {
  ColumnReport,
  IgnoredReport,
  IndicatorReport,
  TableReport,
  UnreadTarget,
} from "./types";

export interface TablePlan {
  header: DetectedHeader;
  /** The table's year and where it was read; its columns are assigned for it. */
  year?: YearSource;
  rows: TableRows;
  titleRows: number[];
  title: string;
  tableId: string;
  shortName: string;
  unit: DecreeTable["unit"];
}

export interface BuiltTable {
  table: DecreeTable;
  carried: [string, Partial<Record<RktColumnKey, Scalar>>][];
  report: TableReport;
}

const COMPUTED: readonly ColumnMeaning[] = ["capaian", "kategori"];
const excelRow = (row: number): number => row + 1;

/** A cell value as the template writes it back: numbers and texts as they are, errors as their code. */
function scalar(v: CellValue): Scalar | undefined {
  if (v === null) return undefined;
  if (typeof v === "object") return v.error;
  return v;
}

/** The year a column's header names; "Tahun Lalu" is the year before the table's. */
function columnYear(c: HeaderColumn, tableYear: number | undefined): number | undefined {
  if (c.tag === undefined) return undefined;
  if ("year" in c.tag) return c.tag.year;
  return tableYear === undefined ? undefined : tableYear - 1;
}

function columnReports(h: DetectedHeader, singleRealisasi: boolean): ColumnReport[] {
  return h.columns.map((c) => {
    const year = columnYear(c, h.tableYear);
    const base = {
      column: columnLetter(c.col),
      address: addressOf(h.row, c.col),
      header: c.text,
      ...(year !== undefined ? { year } : {}),
    };
    const params = { column: base.column, header: c.text };
    if (c.quarterTarget === true)
      return {
        ...base,
        status: "quarterTarget",
        message: say("report.columnQuarterTarget", params),
      };
    if (c.meaning === undefined)
      return { ...base, status: "unknown", message: say("report.columnUnknown", params) };
    if (c.yearRole === "lastYear")
      return {
        ...base,
        meaning: c.meaning,
        status: "lastYear",
        message: bi("report.column", params, LAST_YEAR_WORDS),
      };
    if (c.yearRole === "otherYear")
      return {
        ...base,
        meaning: c.meaning,
        status: "otherYear",
        message: say("report.columnOtherYear", params),
      };
    const word = MEANING_WORDS[c.meaning];
    if (c.duplicate === true)
      return {
        ...base,
        meaning: c.meaning,
        status: "duplicate",
        message: bi("report.columnDuplicate", params, word),
      };
    const computed =
      COMPUTED.includes(c.meaning) || (c.meaning === "realisasi" && !singleRealisasi);
    const shown: Bilingual =
      c.meaning === "realisasi" && singleRealisasi ? MEANING_WORDS.tw4 : word;
    return {
      ...base,
      meaning: c.meaning,
      status: computed ? "computed" : "used",
      message: bi("report.column", params, shown),
    };
  });
}

/** A message whose {meaning} (or {kind}, {source}) parameter is itself bilingual. */
function bi(
  key: ConvertMessageKey,
  params: Record<string, string | number>,
  word: Bilingual,
  name = "meaning"
): Bilingual {
  const m = say(key, { ...params });
  return { id: fill(m.id, { [name]: word.id }), en: fill(m.en, { [name]: word.en }) };
}

/** Each language's first letter in capitals. */
const capitalised = (b: Bilingual): Bilingual => ({
  id: b.id.charAt(0).toUpperCase() + b.id.slice(1),
  en: b.en.charAt(0).toUpperCase() + b.en.slice(1),
});

/**
 * The table's year and what each year-tagged column was read as, in one line: "Kolom
 * "Realisasi 2022" dibaca sebagai realisasi tahun ini (2022); kolom "Realisasi 2021" dibaca
 * sebagai realisasi tahun lalu ...". Nothing when no column names a year.
 */
function yearLines(h: DetectedHeader, year: YearSource | undefined): Bilingual[] {
  const parts = h.columns.flatMap((c): Bilingual[] => {
    const params = { header: c.text };
    const tagged = c.tag !== undefined && "year" in c.tag ? c.tag.year : undefined;
    if (c.yearRole === "lastYear") return [say("report.year.last", params)];
    if (c.yearRole === "otherYear")
      return tagged !== undefined
        ? [say("report.year.other", { ...params, year: tagged })]
        : [say("report.year.otherLast", params)];
    const word = c.meaning === undefined ? undefined : YEAR_MEANING_WORDS[c.meaning];
    if (c.yearRole === "thisYear" && tagged !== undefined && word !== undefined)
      return [bi("report.year.this", { ...params, year: tagged }, word)];
    return [];
  });
  if (parts.length === 0) return [];
  const joined = capitalised({
    id: `${parts.map((p) => p.id).join("; ")}.`,
    en: `${parts.map((p) => p.en).join("; ")}.`,
  });
  return [
    ...(year !== undefined
      ? [bi("report.tableYear", { year: year.value }, year.where, "where")]
      : []),
    joined,
  ];
}

function sasaranGroups(raws: readonly RawIndicator[]): number {
  let groups = 0;
  raws.forEach((r, i) => {
    if (i === 0 || raws[i - 1]?.sasaran !== r.sasaran) groups++;
  });
  return groups;
}

/** Build the decree table, the carried values and the report of one recognised table. */
export function buildTable(t: TablePlan, sheetName: string): BuiltTable {
  const { header, rows } = t;
  const at = header.at;
  const hasQuarters = QUARTER_MEANINGS.some((m) => at[m] !== undefined);
  const singleRealisasi = !hasQuarters && at.realisasi !== undefined;
  const columns = columnReports(header, singleRealisasi);
  const indicators: Indicator[] = [];
  const carried: BuiltTable["carried"] = [];
  const indicatorReports: IndicatorReport[] = [];
  const unreadTargets: UnreadTarget[] = [];
  const lines: Bilingual[] = [];
  const targetLines: Bilingual[] = [];
  rows.indicators.forEach((raw, i) => {
    const id = `${t.tableId}-${i + 1}`;
    const k = kindOf(raw.text, raw.satuan, raw.target);
    const unit = k.unit ?? (raw.satuan.trim() !== "" ? raw.satuan.trim() : PLACEHOLDERS.unit);
    const reading = readTargetCell(raw.target, k.kind, raw.text, unit);
    const ind: Indicator = {
      id,
      no: raw.no,
      sasaran: raw.sasaran,
      text: raw.text,
      kind: k.kind,
      direction: "higher",
      aggregation: aggregationOf(k.kind),
    };
    const carry: Partial<Record<RktColumnKey, Scalar>> = {};
    if (reading.status === "value") {
      ind.target = reading.target;
      if (reading.fraction === true && raw.target !== undefined) {
        const v = reading.target.kind === "percent" ? reading.target.value : 0;
        targetLines.push(
          say("report.fraction", {
            cell: addressOf(raw.target.row, raw.target.col),
            value: String(raw.target.value),
            percent: typeof v === "number" ? formatIdNumber(v, 6) : "",
          })
        );
      }
    } else if (reading.status === "unreadable" && raw.target !== undefined) {
      const cell = addressOf(raw.target.row, raw.target.col);
      const message = bi(
        "report.unreadTarget",
        { cell, text: reading.text },
        bilingual(`kind.${k.kind}`),
        "kind"
      );
      unreadTargets.push({ indicatorId: id, cell, text: reading.text, message });
      targetLines.push(message);
      const v = scalar(raw.target.value);
      if (v !== undefined) carry.target = v;
    } else if (at.target !== undefined) {
      targetLines.push(say("report.noTarget", { row: excelRow(raw.row), id }));
    }
    if (raw.cara !== "") ind.caraPenghitungan = raw.cara;
    if (raw.sumber !== "") {
      ind.sumberData = raw.sumber;
      carry.sumber = raw.sumber;
    }
    if (raw.keterangan !== "") carry.keterangan = raw.keterangan;
    if (raw.continuations.length > 0)
      ind.notes = [
        fill(PLACEHOLDERS.continuationNote, {
          rows: raw.continuations.map(excelRow).join(", "),
          sheet: sheetName,
        }),
      ];
    QUARTER_MEANINGS.forEach((key, q) => {
      const v = scalar(raw.quarters[q]?.value ?? null);
      if (v !== undefined) carry[key] = v;
    });
    if (singleRealisasi && raw.realisasi !== undefined) {
      const v = scalar(raw.realisasi.value);
      if (v !== undefined) carry.tw4 = v;
    }
    if (Object.keys(carry).length > 0) carried.push([id, carry]);
    indicators.push(ind);
    const lastYear = scalar(raw.lastYear?.value ?? null);
    indicatorReports.push({
      id,
      row: excelRow(raw.row),
      kind: k.kind,
      kindFrom: k.from,
      ...(lastYear !== undefined ? { lastYear } : {}),
    });
    if (k.from !== "target" && reading.status !== "unreadable")
      lines.push(kindGuessed(excelRow(raw.row), id, k.kind, k.from));
  });

  const continuations = rows.indicators.flatMap((raw, i) =>
    raw.continuations.map((row) => ({
      row: excelRow(row),
      into: excelRow(raw.row),
      indicatorId: `${t.tableId}-${i + 1}`,
    }))
  );
  const skipped =
    header.numberRow === undefined
      ? rows.ignored
      : [{ row: header.numberRow, reason: "columnNumbers" as const, text: "" }, ...rows.ignored];
  const ignored: IgnoredReport[] = skipped.map((r) => ({
    row: excelRow(r.row),
    reason: r.reason,
    text: r.text,
    message: say(`report.ignored.${r.reason}`, { row: excelRow(r.row), text: r.text }),
  }));
  const groups = sasaranGroups(rows.indicators);
  const headerRows = Array.from({ length: header.rows }, (_, i) => excelRow(header.row + i));
  const headerAddress = `${addressOf(header.row, header.left)}:${addressOf(header.row + header.rows - 1, header.right - 1)}`;
  const understood = (c: ColumnReport) =>
    c.status === "used" || c.status === "computed" || c.status === "lastYear";
  const used = columns.filter(understood);
  const unrecognised = columns.filter((c) => !understood(c));
  const report: TableReport = {
    tableId: t.tableId,
    title: t.title,
    shortName: t.shortName,
    titleRows: t.titleRows.map(excelRow),
    header: { rows: headerRows, address: headerAddress },
    ...(header.tableYear !== undefined ? { year: header.tableYear } : {}),
    columns: used,
    unrecognised,
    indicators: indicatorReports,
    sasaranGroups: groups,
    continuations,
    sasaranRows: rows.sasaranRows.map(excelRow),
    ignored,
    unreadTargets,
    lines: [
      ...(t.titleRows.length > 0
        ? [say("report.titleRows", { rows: rowList(t.titleRows.map(excelRow)) })]
        : []),
      ...columns.map((c) => c.message),
      ...yearLines(header, t.year),
      ...(singleRealisasi
        ? [say("report.singleRealisasi", { column: columnLetter(at.realisasi ?? 0) })]
        : []),
      ...(at.target === undefined ? [say("report.noTargetColumn")] : []),
      say("report.counts", { indicators: indicators.length, groups }),
      ...continuations.map((c) =>
        say("report.continuation", { row: c.row, into: c.into, id: c.indicatorId })
      ),
      ...rows.sasaranRows.map((r) => say("report.sasaranRow", { row: excelRow(r) })),
      ...ignoredLines(ignored),
      ...targetLines,
      ...lines,
    ],
  };
  const table: DecreeTable = {
    id: t.tableId,
    kind: "rkt",
    unit: t.unit,
    lampiran: "I",
    title: t.title,
    shortName: t.shortName,
    indicators,
  };
  return { table, carried, report };
}

/** "3, 5, 6, 7" -> "3, 5–7". */
export function rowList(rows: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === (rows[j] ?? 0) + 1) j++;
    parts.push(
      j > i + 1 ? `${rows[i]}–${rows[j]}` : j === i + 1 ? `${rows[i]}, ${rows[j]}` : `${rows[i]}`
    );
    i = j + 1;
  }
  return parts.join(", ");
}

/** Blank rows in one line, notes below the table in one line, every other ignored row in its own. */
function ignoredLines(ignored: readonly IgnoredReport[]): Bilingual[] {
  const rows = (reason: IgnoredReport["reason"]) => ignored.filter((r) => r.reason === reason);
  const blank = rows("blank").map((r) => r.row);
  const notes = rows("note");
  return [
    ...(blank.length > 0 ? [say("report.ignored.blank", { row: rowList(blank) })] : []),
    ...ignored.filter((r) => r.reason !== "blank" && r.reason !== "note").map((r) => r.message),
    ...(notes.length > 0
      ? [
          say("report.ignored.note", {
            row: rowList(notes.map((n) => n.row)),
            text: notes[0]?.text ?? "",
          }),
        ]
      : []),
  ];
}

function kindGuessed(
  row: number,
  id: string,
  kind: Indicator["kind"],
  from: "satuan" | "text" | "default"
): Bilingual {
  const k = bilingual(`kind.${kind}`);
  const s = KIND_SOURCE_WORDS[from];
  const m = say("report.kindGuessed", { row, id });
  return {
    id: fill(m.id, { kind: k.id, source: s.id }),
    en: fill(m.en, { kind: k.en, source: s.en }),
  };
}

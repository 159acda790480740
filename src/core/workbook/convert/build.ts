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
import type { DetectedHeader } from "./detect-header";
import { addressOf } from "./grid";
import { aggregationOf, kindOf, readTargetCell } from "./kind";
import {
  KIND_SOURCE_WORDS,
  MEANING_WORDS,
  PLACEHOLDERS,
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

function columnReports(h: DetectedHeader, singleRealisasi: boolean): ColumnReport[] {
  return h.columns.map((c) => {
    const base = { column: columnLetter(c.col), address: addressOf(h.row, c.col), header: c.text };
    const params = { column: base.column, header: c.text };
    if (c.quarterTarget === true)
      return {
        ...base,
        status: "quarterTarget",
        message: say("report.columnQuarterTarget", params),
      };
    if (c.meaning === undefined)
      return { ...base, status: "unknown", message: say("report.columnUnknown", params) };
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
    indicatorReports.push({ id, row: excelRow(raw.row), kind: k.kind, kindFrom: k.from });
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
  const used = columns.filter((c) => c.status === "used" || c.status === "computed");
  const unrecognised = columns.filter((c) => !(c.status === "used" || c.status === "computed"));
  const report: TableReport = {
    tableId: t.tableId,
    title: t.title,
    shortName: t.shortName,
    titleRows: t.titleRows.map(excelRow),
    header: { rows: headerRows, address: headerAddress },
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

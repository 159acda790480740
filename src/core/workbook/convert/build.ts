/**
 * One recognised table becomes a decree table (RKT) with its indicators, the values carried
 * into the template (realisasi, unreadable targets, sumber data, keterangan), and its report.
 */
import type { DecreeTable, Indicator, Target } from "../../decree/schema";
import { bilingual } from "../../i18n";
import { fill, type Bilingual } from "../../i18n/types";
import { formatEnNumber, formatIdNumber } from "../../rules/number-id";
import { columnLetter } from "../a1";
import {
  DIRECTION_WORDS,
  FOLLOW_UP_KEYS,
  KIND_WORDS,
  PROBLEM_KEYS,
  type RktColumnKey,
} from "../layout";
import type { Scalar } from "../plan";
import { satuanOf, targetCell } from "../template";
import type { CellValue } from "../snapshot";
import { buildBudget, type BudgetRow } from "./budget";
import {
  BUDGET_QUARTER_MEANINGS,
  QUARTER_MEANINGS,
  QUARTER_TARGET_MEANINGS,
  type ColumnMeaning,
} from "./columns";
import type { DetectedHeader, HeaderColumn } from "./detect-header";
import type { YearSource } from "./fields";
import { addressOf } from "./grid";
import { aggregationOf, directionOf, inferKind, periodOf, readTargetCell } from "./kind";
import {
  BUDGET_TOTAL_WORDS,
  DIRECTION_SOURCE_WORDS,
  EVIDENCE_WORDS,
  LAST_YEAR_WORDS,
  MEANING_WORDS,
  PLACEHOLDERS,
  YEAR_MEANING_WORDS,
  CONVERT_MESSAGES,
  say,
  type ConvertMessageKey,
} from "./messages";
import type { RawIndicator, SourceCell, TableRows } from "./rows";
import type {
  ColumnReport,
  IgnoredReport,
  IndicatorReport,
  TableReport,
  UnreadTarget,
  ValueReport,
} from "./types";
import {
  percentScale,
  plainNumber,
  readCell,
  writtenValue,
  type PercentScale,
  type ReadAs,
} from "./units";

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
  /** The table's budget for the Anggaran sheet, per sasaran and program. */
  budget: BudgetRow[];
  report: TableReport;
}

const COMPUTED: readonly ColumnMeaning[] = ["capaian", "kategori", "serapan"];
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
  const budgetQuarters = BUDGET_QUARTER_MEANINGS.some((m) => h.at[m] !== undefined);
  const amounts = budgetQuarters || h.at.pagu !== undefined || h.at.realisasiAnggaran !== undefined;
  return h.columns.map((c) => {
    const year = columnYear(c, h.tableYear);
    const base = {
      column: columnLetter(c.col),
      address: addressOf(h.row, c.col),
      header: c.text,
      ...(year !== undefined ? { year } : {}),
    };
    const params = { column: base.column, header: c.text };
    if (c.meaning === undefined || (c.meaning === "program" && !amounts))
      return {
        ...base,
        status: "unknown",
        message: say(
          isBudgetHeader(c.text) ? "report.columnBudget" : "report.columnUnknown",
          params
        ),
      };
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
    // Beside Realisasi Anggaran TW I..IV, a single one is their total: recomputed by the sheet.
    const budgetTotal = c.meaning === "realisasiAnggaran" && budgetQuarters;
    const computed =
      COMPUTED.includes(c.meaning) ||
      (c.meaning === "realisasi" && !singleRealisasi) ||
      budgetTotal;
    const shown: Bilingual =
      c.meaning === "realisasi" && singleRealisasi
        ? MEANING_WORDS.tw4
        : budgetTotal
          ? BUDGET_TOTAL_WORDS
          : word;
    return {
      ...base,
      meaning: c.meaning,
      status: computed ? "computed" : "used",
      message: bi("report.column", params, shown),
    };
  });
}

/**
 * A budget column of an LKj-style table ("Pagu Anggaran", "Realisasi Anggaran", "Anggaran
 * (Rp)", "Program/Kegiatan"): the Anggaran sheet holds these, per program, not per indicator.
 */
export function isBudgetHeader(header: string): boolean {
  const h = header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return (
    /\b(?:pagu|anggaran|serapan|dipa)\b/.test(h) ||
    /^(?:program|kegiatan|program kegiatan)$/.test(h)
  );
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
  const columnText = (col: number | undefined): string =>
    col === undefined ? "" : (header.columns.find((c) => c.col === col)?.text ?? "");
  const headerCell = (col: number | undefined) =>
    col === undefined ? [] : [{ text: columnText(col), cell: addressOf(header.row, col) }];
  const saysPercent = (col: number | undefined) => PERCENT_HEADER.test(columnText(col));
  const valueColumn = (key: ValueKey): number | undefined =>
    key === "lastYear" ? header.lastYearAt : singleRealisasi ? at.realisasi : at[key];
  const valueHeaders = [
    ...QUARTER_MEANINGS.flatMap((m) => headerCell(at[m])),
    ...(singleRealisasi ? headerCell(at.realisasi) : []),
  ];
  // First the kinds, from each indicator's whole row; then the units, from the whole table.
  const prepared = rows.indicators.map((raw) => {
    const values = valueCells(raw, singleRealisasi);
    const guess = inferKind({
      text: raw.text,
      satuan: raw.satuan,
      ...(raw.target !== undefined ? { target: located(raw.target) } : {}),
      values: values.map((v) => located(v.cell)),
      headers: [...headerCell(at.target), ...valueHeaders],
    });
    return { raw, values, guess };
  });
  const percentRows = prepared.filter((p) => p.guess.kind === "percent");
  const targetScale: PercentScale =
    saysPercent(at.target) || percentRows.some((p) => plainNumber(p.raw.target) > 1)
      ? "points"
      : "fraction";
  const valueFallback: PercentScale = percentRows.some((p) =>
    p.values.some((v) => !saysPercent(valueColumn(v.key)) && plainNumber(v.cell) > 1.5)
  )
    ? "points"
    : "fraction";
  prepared.forEach(({ raw, values, guess: k }, i) => {
    const id = `${t.tableId}-${i + 1}`;
    const unit = k.unit ?? (raw.satuan.trim() !== "" ? raw.satuan.trim() : PLACEHOLDERS.unit);
    const reading = readTargetCell(
      raw.target,
      k.kind,
      raw.text,
      unit,
      k.kind === "percent" ? targetScale : undefined
    );
    const dir = directionOf(raw.text, raw.cara);
    const ind: Indicator = {
      id,
      no: raw.no,
      sasaran: raw.sasaran,
      text: raw.text,
      kind: k.kind,
      direction: dir.direction,
      aggregation: aggregationOf(k.kind),
    };
    const period = periodOf(raw.periode, k.kind, raw.text);
    if (period !== "quarterly") ind.period = period;
    const carry: Partial<Record<RktColumnKey, Scalar>> = {};
    const valueReports: ValueReport[] = [];
    if (reading.status === "value") {
      ind.target = reading.target;
      if (raw.target !== undefined) {
        const typed = scalar(raw.target.value) ?? "";
        const tv = reading.target.value;
        valueReports.push({
          column: "target",
          cell: addressOf(raw.target.row, raw.target.col),
          typed,
          written: targetCell(reading.target),
          ...(typeof tv === "number" ? { read: tv } : {}),
          as: targetAs(raw.target, reading.target.kind, reading.fraction === true),
        });
      }
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
    // The LKj's words, kept in their columns: Satuan, Penanggung Jawab, Permasalahan and
    // Rencana Tindak Lanjut per quarter.
    const satuan = raw.satuan.trim();
    if (satuan !== "") {
      ind.satuan = satuan;
      carry.satuan = satuan;
    }
    if (raw.penanggungJawab !== "") {
      ind.penanggungJawab = raw.penanggungJawab;
      carry.penanggungJawab = raw.penanggungJawab;
    }
    raw.permasalahan.forEach((t, q) => {
      if (t !== "") carry[PROBLEM_KEYS[q] as RktColumnKey] = t;
    });
    raw.rencanaTindakLanjut.forEach((t, q) => {
      if (t !== "") carry[FOLLOW_UP_KEYS[q] as RktColumnKey] = t;
    });
    if (raw.continuations.length > 0)
      ind.notes = [
        fill(PLACEHOLDERS.continuationNote, {
          rows: raw.continuations.map(excelRow).join(", "),
          sheet: sheetName,
        }),
      ];
    // The realisasi in the target's units: one scale for the indicator's plain numbers.
    const target = ind.target;
    const targetFraction =
      target?.kind === "percent" && typeof target.value === "number"
        ? target.value / 100
        : undefined;
    const plain = values
      .filter((v) => !saysPercent(valueColumn(v.key)))
      .map((v) => plainNumber(v.cell))
      .filter((n) => Number.isFinite(n));
    const scale = percentScale(plain, targetFraction, valueFallback);
    let lastYearValue: number | undefined;
    for (const v of values) {
      const typed = scalar(v.cell.value);
      if (typed === undefined) continue;
      const w = writtenValue(
        typed,
        readCell(v.cell),
        k.kind,
        saysPercent(valueColumn(v.key)) ? "points" : scale
      );
      if (v.key !== "lastYear") carry[v.key] = w.value;
      else {
        // Last year's realisasi goes to Realisasi Tahun Lalu, in the target's units.
        carry.realisasiLalu = w.value;
        if (w.read !== undefined) lastYearValue = w.read;
      }
      valueReports.push({
        column: v.key,
        cell: addressOf(v.cell.row, v.cell.col),
        typed,
        written: w.value,
        ...(w.read !== undefined ? { read: w.read } : {}),
        as: w.as,
      });
    }
    // Target TW I..IV (rencana aksi) in the target's units, as the realisasi.
    const quarterTargets = raw.quarterTargets.flatMap((cell, q) =>
      cell === undefined ? [] : [{ key: QUARTER_TARGET_MEANINGS[q] as QuarterTargetKey, cell }]
    );
    const plainTargets = quarterTargets
      .filter((v) => !saysPercent(at[v.key]))
      .map((v) => plainNumber(v.cell))
      .filter((n) => Number.isFinite(n));
    const quarterScale = percentScale(plainTargets, targetFraction, targetScale);
    for (const v of quarterTargets) {
      const typed = scalar(v.cell.value);
      if (typed === undefined) continue;
      const w = writtenValue(
        typed,
        readCell(v.cell),
        k.kind,
        saysPercent(at[v.key]) ? "points" : quarterScale
      );
      carry[v.key] = w.value;
    }
    // Target Renstra (jangka menengah) in the target's units, as the quarter targets.
    if (raw.targetRenstra !== undefined) {
      const typed = scalar(raw.targetRenstra.value);
      if (typed !== undefined) {
        const plainRenstra = [plainNumber(raw.targetRenstra)].filter((n) => Number.isFinite(n));
        const w = writtenValue(
          typed,
          readCell(raw.targetRenstra),
          k.kind,
          saysPercent(at.targetRenstra)
            ? "points"
            : percentScale(plainRenstra, targetFraction, targetScale)
        );
        carry.targetRenstra = w.value;
      }
    }
    if (Object.keys(carry).length > 0) carried.push([id, carry]);
    indicators.push(ind);
    const lastYear = scalar(raw.lastYear?.value ?? null);
    const report: IndicatorReport = {
      id,
      row: excelRow(raw.row),
      kind: k.kind,
      kindFrom: k.from,
      kindEvidence: k.evidence,
      ...(k.cell !== undefined ? { kindCell: k.cell } : {}),
      unit: satuanOf(ind),
      direction: dir.direction,
      directionFrom: dir.from,
      values: valueReports,
      ...(lastYear !== undefined ? { lastYear } : {}),
      ...(lastYearValue !== undefined ? { lastYearValue } : {}),
    };
    indicatorReports.push(report);
    lines.push(...indicatorLines(report));
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
  const budget = buildBudget(header, rows.budget);
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
    budget: budget.reports,
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
      ...budget.lines,
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
  return { table, carried, budget: budget.rows, report };
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

/** The value columns an indicator's realisasi may come from. */
type ValueKey = "tw1" | "tw2" | "tw3" | "tw4" | "lastYear";
type QuarterTargetKey = (typeof QUARTER_TARGET_MEANINGS)[number];

/** A header that says its numbers are percents: "Target (%)", "Realisasi Persen". */
const PERCENT_HEADER = /%|\bpersen\b/i;

/** An indicator's filled realisasi cells: the quarters, or the single column as TW IV, and last year's. */
function valueCells(
  raw: RawIndicator,
  singleRealisasi: boolean
): { key: ValueKey; cell: SourceCell }[] {
  const out: { key: ValueKey; cell: SourceCell }[] = [];
  QUARTER_MEANINGS.forEach((key, q) => {
    const c = raw.quarters[q];
    if (c !== undefined) out.push({ key, cell: c });
  });
  if (singleRealisasi && raw.realisasi !== undefined) out.push({ key: "tw4", cell: raw.realisasi });
  if (raw.lastYear !== undefined) out.push({ key: "lastYear", cell: raw.lastYear });
  return out;
}

/** A source cell with its address, for the kind's report. */
const located = (c: SourceCell) => ({ ...c, address: addressOf(c.row, c.col) });

/** How a target cell was read. */
function targetAs(cell: SourceCell, kind: Target["kind"], fraction: boolean): ReadAs {
  const r = readCell(cell);
  if (r.type === "code") return "code";
  if (r.type !== "number") return "number";
  if (r.percent === "sign") return "percentSign";
  if (r.percent === "format") return "percentFormat";
  if (r.unit !== undefined) return "unit";
  if (kind === "percent") return fraction ? "fraction" : "points";
  return "number";
}

/** Where the kind was read, in words: "the % sign in the target D5". */
function evidenceWords(r: IndicatorReport): Bilingual {
  if (r.kindFrom === "target" || r.kindFrom === "realisasi") {
    const e = r.kindEvidence;
    const key =
      e === "percentSign" || e === "percentFormat" || e === "unit" || e === "code" ? e : "code";
    return EVIDENCE_WORDS[r.kindFrom][key];
  }
  return EVIDENCE_WORDS[r.kindFrom];
}

/** A value as a person reads it in one language: "80 %", "2", "WTP", "\"2 Lap\"". */
function shown(v: Scalar, lang: "id" | "en", percent = false): string {
  if (typeof v === "number") {
    const n = lang === "id" ? formatIdNumber(v, 6) : formatEnNumber(v, 6);
    return percent ? `${n} %` : n;
  }
  const text = typeof v === "string" && v.length > 40 ? `${v.slice(0, 37)}...` : v;
  return JSON.stringify(text);
}

/** The report's lines for one indicator: what it was read as, and the values it wrote. */
function indicatorLines(r: IndicatorReport): Bilingual[] {
  const params = { row: r.row, id: r.id, unit: r.unit, cell: r.kindCell ?? "" };
  const source = evidenceWords(r);
  const ds = DIRECTION_SOURCE_WORDS[r.directionFrom];
  // One pass per language, so that nothing typed in a cell is read as a placeholder.
  const m = CONVERT_MESSAGES["report.indicator"];
  const line = (lang: "id" | "en") =>
    fill(m[lang], {
      ...params,
      kind: KIND_WORDS[r.kind],
      direction: DIRECTION_WORDS[r.direction],
      source: fill(source[lang], params),
      how: ds[lang],
    });
  const lines: Bilingual[] = [{ id: line("id"), en: line("en") }];
  const percent = r.kind === "percent";
  const changed = r.values.filter(
    (v) =>
      v.as !== "asTyped" && v.as !== "blank" && v.written !== undefined && v.written !== v.typed
  );
  if (changed.length > 0) {
    const list = (lang: "id" | "en") =>
      changed
        .map((v) => {
          const out =
            v.read !== undefined && percent
              ? shown(v.read, lang, true)
              : shown(v.written ?? "", lang);
          return `${v.cell} ${shown(v.typed, lang)} → ${out}`;
        })
        .join("; ");
    const c = CONVERT_MESSAGES["report.values"];
    lines.push({
      id: fill(c.id, { ...params, changes: list("id") }),
      en: fill(c.en, { ...params, changes: list("en") }),
    });
  }
  const unread = r.values.filter((v) => v.as === "asTyped" && v.column !== "target");
  if (unread.length > 0) {
    const cells = unread.map((v) => `${v.cell} ${shown(v.typed, "id")}`).join(", ");
    lines.push(say("report.valuesAsTyped", { ...params, cells, kind: KIND_WORDS[r.kind] }));
  }
  return lines;
}

/**
 * Validasi: the rules core over the RKT sheets; every finding points at its sheet and cell.
 * Highlighting (optional) colours the cells with findings and never changes a value; running
 * it again first resets the colours of the cells the add-in colours.
 */
import { bilingual } from "../i18n";
import type { Decree } from "../decree/schema";
import { anyTyped, evaluateEntry } from "../rules/evaluate";
import type { Finding } from "../rules/finding";
import { cellAddress, rangeAddress } from "./a1";
import { EXPECTED_QUARTERS } from "../rules/words";
import { findRktTables, readRktEntries, type LocatedEntry } from "./entries";
import { COLORS, QUARTER_KEYS, type RktColumnKey } from "./layout";
import type { Plan, PlanOp } from "./plan";
import { checkAnggaran } from "./anggaran/check";
import { AMOUNT_QUARTER_KEYS } from "./anggaran/layout";
import { findAnggaranTable } from "./anggaran/model";
import { excelTrim } from "../rules/cell";
import { ruleOptions, type WorkbookSettings } from "./settings";
import { cellAt, findSheet, formatAt, type CellValue, type WorkbookSnapshot } from "./snapshot";

export interface LocatedFinding extends Finding {
  sheet: string;
  /** A1 cell without the sheet, e.g. "I7". */
  cell: string;
  /** What the cell held when validated; a fix is applied only while it still holds this. */
  cellValue: CellValue;
  /** The cell's number format, to show a fix as the cell will show it. */
  cellFormat: string;
  /** The indicator as the sheet names it: its No. and its text, for "No. 3 — Persentase …". */
  indicatorNo?: string;
  indicatorText?: string;
}

export interface ValidationResult {
  findings: LocatedFinding[];
  settings: WorkbookSettings;
  /** How many indicators were checked. */
  indicators: number;
  /** Whether any realisasi is typed yet (until then no quarter is reported missing). */
  entered: boolean;
  /**
   * How many indicators first expect a realisasi in each quarter (a semesteran one in TW II, a
   * tahunan one in TW IV): before that quarter is reported, such an indicator has nothing due.
   */
  dueFrom: number[];
  /** Colours for the cells with findings (empty unless highlighting was asked for). */
  plan: Plan;
}

const HIGHLIGHT = { error: "#F8D7DA", warning: "#FFF3CD", info: "#DDEBF7" } as const;

function columnFor(f: Finding): RktColumnKey {
  switch (f.field) {
    case "target":
      return "target";
    case "realisasi":
    case "numerator":
    case "denominator":
      return f.quarter !== undefined ? (QUARTER_KEYS[f.quarter - 1] as RktColumnKey) : "realisasi";
    case "sumberData":
      return "sumber";
    case "aggregation":
      return "agregasi";
    case "kind":
      return "jenis";
    case "direction":
      return "arah";
    case "period":
      return "periode";
    default:
      return "indikator";
  }
}

/** The cell a finding is shown at: its own column in the indicator's row, else the indicator's. */
export function findingCell(f: Finding, at: LocatedEntry): { sheet: string; cell: string } {
  const col = at.columns[columnFor(f)] ?? at.columns.indikator ?? 0;
  return { sheet: at.sheet, cell: cellAddress(at.row, col) };
}

function locate(f: Finding, at: LocatedEntry, book: WorkbookSnapshot): LocatedFinding {
  const own = at.columns[columnFor(f)];
  const col = own ?? at.columns.indikator ?? 0;
  // Without its own column the finding is shown at the indicator, and its fix is dropped: a
  // fix is only ever written into the cell it is about.
  if (own === undefined && f.fix !== undefined) {
    const { fix: _fix, ...rest } = f;
    f = rest;
  }
  const sheet = findSheet(book, at.sheet);
  const cellValue = sheet === undefined ? null : cellAt(sheet, at.row, col);
  const cellFormat = sheet === undefined ? "General" : formatAt(sheet, at.row, col);
  const { no, text } = at.entry.indicator;
  return {
    ...f,
    sheet: at.sheet,
    cell: cellAddress(at.row, col),
    cellValue,
    cellFormat,
    indicatorNo: no,
    indicatorText: text,
  };
}

function dueFrom(entries: readonly LocatedEntry[]): number[] {
  const counts = [0, 0, 0, 0];
  for (const e of entries) {
    const first = EXPECTED_QUARTERS[e.entry.indicator.period ?? "quarterly"][0] ?? 1;
    counts[first - 1] = (counts[first - 1] ?? 0) + 1;
  }
  return counts;
}

export function validateWorkbook(
  book: WorkbookSnapshot,
  decree: Decree | undefined,
  settings: WorkbookSettings,
  highlight = false
): ValidationResult {
  const entries = readRktEntries(book, decree);
  const entered = anyTyped(entries.map((e) => e.entry));
  const options = { ...ruleOptions(settings, decree), started: entered };
  // Entry by entry, so a finding lands on its own row even when two rows share a Kode.
  const located: LocatedFinding[] = [];
  for (const e of entries) {
    const found: Finding[] = [];
    evaluateEntry(e.entry, options, found);
    for (const f of found) located.push(locate(f, e, book));
  }
  // The Anggaran sheet, against the sasaran the RKT sheets name.
  const sasaran = new Set<string>();
  for (const t of findRktTables(book)) {
    const col = t.columns.sasaran;
    if (col === undefined) continue;
    for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
      const v = cellAt(t.sheet, row, col);
      if (typeof v === "string") sasaran.add(excelTrim(v).toLowerCase());
    }
  }
  located.push(...checkAnggaran(book, sasaran));
  const ops: PlanOp[] = [];
  if (highlight) {
    for (const t of findRktTables(book)) {
      const inputs = (["target", ...QUARTER_KEYS, "sumber"] as RktColumnKey[]).filter(
        (k) => t.columns[k] !== undefined
      );
      for (const k of inputs) {
        const quarter = QUARTER_KEYS.includes(k as (typeof QUARTER_KEYS)[number]);
        const format = quarter ? { fill: COLORS.input } : { clearFill: true };
        ops.push({
          op: "format",
          sheet: t.sheet.name,
          address: rangeAddress(t.headerRow + 1, t.columns[k] as number, t.rows, 1),
          format,
        });
      }
    }
    const anggaran = findAnggaranTable(book);
    if (anggaran !== undefined && anggaran.rows > 0)
      for (const k of ["pagu", ...AMOUNT_QUARTER_KEYS, "sasaran"] as const) {
        const col = anggaran.columns[k];
        if (col === undefined) continue;
        ops.push({
          op: "format",
          sheet: anggaran.sheet.name,
          address: rangeAddress(anggaran.headerRow + 1, col, anggaran.rows, 1),
          format: k === "sasaran" ? { clearFill: true } : { fill: COLORS.input },
        });
      }
    const worst = new Map<string, LocatedFinding>();
    const rank = { error: 3, warning: 2, info: 1 };
    for (const f of located) {
      const key = `${f.sheet}!${f.cell}`;
      const prev = worst.get(key);
      if (prev === undefined || rank[f.severity] > rank[prev.severity]) worst.set(key, f);
    }
    for (const f of worst.values())
      ops.push({
        op: "format",
        sheet: f.sheet,
        address: f.cell,
        format: { fill: HIGHLIGHT[f.severity] },
      });
  }
  const count = (s: Finding["severity"]) => located.filter((f) => f.severity === s).length;
  return {
    findings: located,
    settings,
    indicators: entries.length,
    entered,
    dueFrom: dueFrom(entries),
    plan: {
      ops,
      summary: [
        bilingual("done.findings", {
          errors: count("error"),
          warnings: count("warning"),
          infos: count("info"),
        }),
      ],
    },
  };
}

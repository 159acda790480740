/**
 * The budget of an LKj-style table (LKj Bab III.B) for the Anggaran sheet: the pagu and the
 * realisasi anggaran typed beside the indicators, gathered per sasaran and program.
 *
 * The rule: every row's amounts belong to the sasaran of the row (its own, or the group's when
 * the Sasaran cell is merged or left empty) and to the program typed on it or above it in the
 * same sasaran ("" without a Program column). One Anggaran row per sasaran and program. Within
 * one, an amount equal to one already taken from the same column is the same amount repeated
 * on each indicator row (a merged cell typed out) and is counted once; different amounts are
 * added (each indicator's own kegiatan). A merged cell holds its value in its first row only,
 * so it is counted once as it is. A single Realisasi Anggaran column (not per quarter) is the
 * year's and goes to TW IV, as a single Realisasi column does for the indicators.
 */
import { round2 } from "../../rules/capaian";
import { fill, type Bilingual } from "../../i18n/types";
import { excelTrim } from "../../rules/cell";
import { formatEnNumber, formatIdNumber } from "../../rules/number-id";
import { columnLetter } from "../a1";
import { tidyAmount } from "../anggaran/model";
import type { AnggaranSeedRow } from "../anggaran/plan";
import type { Scalar } from "../plan";
import { amountScale, BUDGET_QUARTER_MEANINGS } from "./columns";
import type { DetectedHeader } from "./detect-header";
import { addressOf } from "./grid";
import { CONVERT_MESSAGES, say } from "./messages";
import type { BudgetCells, SourceCell } from "./rows";

/** The Anggaran sheet's amount columns a table's budget goes to. */
export type BudgetColumn = "pagu" | "atw1" | "atw2" | "atw3" | "atw4";
const AMOUNT_COLUMNS: readonly BudgetColumn[] = ["pagu", ...BUDGET_QUARTER_MEANINGS];

/** One Anggaran row a converted table gives: its sasaran, program and amounts. */
export type BudgetRow = AnggaranSeedRow;

/**
 * How a budget cell was read: a number; text read as rupiah ("Rp 1.234.567,00"); a number in
 * thousands or millions of rupiah (scaled by the header); no amount (written as typed); the
 * same amount repeated (counted once).
 */
export type AmountAs = "number" | "text" | "scaled" | "unreadable" | "repeat";

export interface BudgetAmountReport {
  column: BudgetColumn;
  /** The source cell ("F7"). */
  cell: string;
  typed: Scalar;
  /** The rupiah read, when it is a number. */
  read?: number;
  as: AmountAs;
}

/** One Anggaran row and where each of its amounts came from. */
export interface BudgetReport {
  sasaran: string;
  program: string;
  /** The rows (1-based) that hold its budget. */
  rows: number[];
  amounts: BudgetAmountReport[];
  /** What the Anggaran sheet's cells get. */
  written: Partial<Record<BudgetColumn, Scalar>>;
}

export interface BuiltBudget {
  rows: BudgetRow[];
  reports: BudgetReport[];
  lines: Bilingual[];
}

type Reading =
  | { kind: "blank" }
  | { kind: "number"; value: number; as: "number" | "text" | "scaled" }
  | { kind: "unreadable"; typed: Scalar };

/** A budget cell as rupiah: a number, text in the form staff write rupiah, or none. */
export function readBudgetCell(cell: SourceCell, scale: number): Reading {
  const v = cell.value;
  if (v === null) return { kind: "blank" };
  if (typeof v === "number")
    return { kind: "number", value: round2(v * scale), as: scale === 1 ? "number" : "scaled" };
  if (typeof v === "boolean") return { kind: "unreadable", typed: v };
  if (typeof v === "object") return { kind: "unreadable", typed: v.error };
  const t = excelTrim(v);
  // Nothing reported yet, as the sheet reads "-" and "belum".
  if (t === "" || /^(?:-+|belum.*)$/i.test(t)) return { kind: "blank" };
  const n = tidyAmount(t);
  return n === undefined
    ? { kind: "unreadable", typed: v }
    : { kind: "number", value: round2(n * scale), as: "text" };
}

const typedOf = (v: SourceCell["value"]): Scalar =>
  v === null ? "" : typeof v === "object" ? v.error : v;

const key = (text: string) => excelTrim(text).toLowerCase();

interface Group {
  sasaran: string;
  program: string;
  rows: number[];
  amounts: BudgetAmountReport[];
  /** Per column: the numbers taken, and the first text that is no amount. */
  taken: Map<BudgetColumn, { numbers: number[]; unreadable?: Scalar }>;
}

/** The budget of one table, per sasaran and program, with the report of every cell. */
export function buildBudget(header: DetectedHeader, cells: readonly BudgetCells[]): BuiltBudget {
  const at = header.at;
  const quarters = BUDGET_QUARTER_MEANINGS.some((m) => at[m] !== undefined);
  const single = !quarters && at.realisasiAnggaran !== undefined;
  const colOf = (c: BudgetColumn): number | undefined =>
    c === "atw4" && single ? at.realisasiAnggaran : at[c];
  const textOf = (col: number | undefined) =>
    col === undefined ? "" : (header.columns.find((h) => h.col === col)?.text ?? "");
  const scaleOf = new Map(AMOUNT_COLUMNS.map((c) => [c, amountScale(textOf(colOf(c)))]));
  const groups = new Map<string, Group>();
  const lines: Bilingual[] = [];
  for (const b of cells) {
    const source: Partial<Record<BudgetColumn, SourceCell>> = {};
    if (b.pagu !== undefined) source.pagu = b.pagu;
    BUDGET_QUARTER_MEANINGS.forEach((m, q) => {
      const c = b.quarters[q];
      if (c !== undefined) source[m] = c;
    });
    if (single && b.realisasi !== undefined) source.atw4 = b.realisasi;
    const id = `${key(b.sasaran)}\n${key(b.program)}`;
    let g = groups.get(id);
    const repeats: string[] = [];
    const firsts: string[] = [];
    for (const column of AMOUNT_COLUMNS) {
      const cell = source[column];
      if (cell === undefined) continue;
      const r = readBudgetCell(cell, scaleOf.get(column) ?? 1);
      if (r.kind === "blank") continue;
      g ??= { sasaran: b.sasaran, program: b.program, rows: [], amounts: [], taken: new Map() };
      const address = addressOf(cell.row, cell.col);
      const typed = typedOf(cell.value);
      const slot = g.taken.get(column) ?? { numbers: [] };
      g.taken.set(column, slot);
      if (r.kind === "unreadable") {
        slot.unreadable ??= r.typed;
        g.amounts.push({ column, cell: address, typed, as: "unreadable" });
        lines.push(
          say("report.budget.unreadable", {
            cell: address,
            text: String(r.typed),
            column: COLUMN_WORDS[column].id,
          })
        );
        continue;
      }
      const earlier = g.amounts.find(
        (a) => a.column === column && a.as !== "repeat" && a.read === r.value
      );
      if (earlier !== undefined) {
        g.amounts.push({ column, cell: address, typed, read: r.value, as: "repeat" });
        repeats.push(address);
        if (!firsts.includes(earlier.cell)) firsts.push(earlier.cell);
        continue;
      }
      slot.numbers.push(r.value);
      g.amounts.push({ column, cell: address, typed, read: r.value, as: r.as });
    }
    if (g === undefined) continue;
    groups.set(id, g);
    if (!g.rows.includes(b.row + 1)) g.rows.push(b.row + 1);
    if (repeats.length > 0)
      lines.push(
        say("report.budget.repeat", {
          row: b.row + 1,
          cells: repeats.join(", "),
          first: firsts.join(", "),
        })
      );
  }
  const rows: BudgetRow[] = [];
  const reports: BudgetReport[] = [];
  const rowLines: Bilingual[] = [];
  for (const g of groups.values()) {
    const amounts: BudgetRow["amounts"] = {};
    for (const [column, slot] of g.taken) {
      if (slot.unreadable !== undefined) amounts[column] = slot.unreadable;
      else if (slot.numbers.length > 0)
        amounts[column] = round2(slot.numbers.reduce((s, n) => s + n, 0));
    }
    rows.push({ sasaran: g.sasaran, program: g.program, amounts });
    const report: BudgetReport = {
      sasaran: g.sasaran,
      program: g.program,
      rows: g.rows,
      amounts: g.amounts,
      written: amounts,
    };
    reports.push(report);
    rowLines.push(budgetLine(report));
  }
  const headerLines: Bilingual[] = [];
  for (const column of AMOUNT_COLUMNS) {
    const col = colOf(column);
    const scale = scaleOf.get(column) ?? 1;
    if (col === undefined || scale === 1) continue;
    headerLines.push(
      say("report.budget.scale", {
        column: columnLetter(col),
        header: textOf(col),
        unit: scale === 1e3 ? "ribu" : scale === 1e6 ? "juta" : "miliar",
        factor: formatIdNumber(scale),
      })
    );
  }
  if (single && at.realisasiAnggaran !== undefined)
    headerLines.push(say("report.budget.single", { column: columnLetter(at.realisasiAnggaran) }));
  return { rows, reports, lines: [...headerLines, ...rowLines, ...lines] };
}

const COLUMN_WORDS: Record<BudgetColumn, Bilingual> = {
  pagu: { id: "Pagu Anggaran", en: "Pagu Anggaran" },
  atw1: { id: "Realisasi Anggaran TW I", en: "Realisasi Anggaran TW I" },
  atw2: { id: "Realisasi Anggaran TW II", en: "Realisasi Anggaran TW II" },
  atw3: { id: "Realisasi Anggaran TW III", en: "Realisasi Anggaran TW III" },
  atw4: { id: "Realisasi Anggaran TW IV", en: "Realisasi Anggaran TW IV" },
};

/** "Pagu Anggaran 300.000.000 (F5 + F7); Realisasi Anggaran TW IV 140.000.000 (G5 "Rp 140.000.000,00")". */
function budgetLine(r: BudgetReport): Bilingual {
  const parts = (lang: "id" | "en") =>
    AMOUNT_COLUMNS.flatMap((column) => {
      const w = r.written[column];
      if (w === undefined) return [];
      const used = r.amounts.filter((a) => a.column === column && a.as !== "repeat");
      const shown =
        typeof w === "number"
          ? lang === "id"
            ? formatIdNumber(w)
            : formatEnNumber(w)
          : JSON.stringify(w);
      const from = used
        .map((a) =>
          a.as === "text" || a.as === "scaled" ? `${a.cell} ${JSON.stringify(a.typed)}` : a.cell
        )
        .join(" + ");
      return [`${COLUMN_WORDS[column][lang]} ${shown} (${from})`];
    }).join("; ");
  const program = (lang: "id" | "en") =>
    r.program === ""
      ? ""
      : lang === "id"
        ? `, program "${r.program}"`
        : `, programme "${r.program}"`;
  // One pass per language, so that nothing typed in a cell is read as a placeholder.
  const m = CONVERT_MESSAGES["report.budget.row"];
  const line = (lang: "id" | "en") =>
    fill(m[lang], { sasaran: r.sasaran, program: program(lang), parts: parts(lang) });
  return { id: line("id"), en: line("en") };
}

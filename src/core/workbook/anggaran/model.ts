/**
 * The Anggaran sheet read back and computed by the core: the twin of `formulas.ts`, so the
 * sheet, `kinerja capaian --json`, the pane and the exports give the same % serapan and
 * efisiensi. Amounts are rupiah; serapan, capaian and efisiensi are fractions here (0,85),
 * as on the sheet.
 */
import { excelTrim, type CellInput } from "../../rules/cell";
import { sheetReading } from "../../rules/sheet-reading";
import { parseIdNumber } from "../../rules/number-id";
import type { Quarter } from "../../rules/finding";
import { parseRange } from "../a1";
import { findRktTables } from "../entries";
import { findOwnedTable } from "../ownership";
import {
  cellAt,
  formatAt,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../snapshot";
import {
  AMOUNT_QUARTER_KEYS,
  ANGGARAN_COLUMNS,
  ANGGARAN_TABLE,
  type AnggaranColumnKey,
} from "./layout";

/** The Anggaran table as found: its sheet, rows and the column of each header. */
export interface AnggaranTable {
  sheet: SheetSnapshot;
  headerRow: number;
  rows: number;
  columns: Partial<Record<AnggaranColumnKey, number>>;
}

export function findAnggaranTable(book: WorkbookSnapshot): AnggaranTable | undefined {
  const t = findOwnedTable(book, ANGGARAN_TABLE);
  if (t === undefined) return undefined;
  const box = parseRange(t.address);
  const columns: Partial<Record<AnggaranColumnKey, number>> = {};
  for (let c = box.col; c < box.col + box.cols; c++) {
    const h = cellAt(t.sheet, box.row, c);
    const col = ANGGARAN_COLUMNS.find(
      (k) => typeof h === "string" && k.header.toLowerCase() === h.trim().toLowerCase()
    );
    if (col !== undefined && columns[col.key] === undefined) columns[col.key] = c;
  }
  return { sheet: t.sheet, headerRow: box.row, rows: box.rows - 1, columns };
}

/** One amount cell as the formulas read it. */
export type Amount =
  | { reading: "empty" }
  | { reading: "value"; value: number }
  | { reading: "unreadable"; raw: CellValue };

export function readAmount(cell: CellInput | undefined): Amount {
  const r = sheetReading(cell, "count");
  if (r === "empty") return { reading: "empty" };
  if (r === "value") return { reading: "value", value: cell?.value as number };
  return { reading: "unreadable", raw: cell?.value ?? null };
}

/**
 * An amount typed as text in the form staff write rupiah ("Rp 1.250.000", "1.250.000,-",
 * "Rp1,5 juta" is not one): its number, or undefined. A dot before exactly three digits groups
 * thousands here — rupiah amounts carry no thousandths — where the realisasi reader would call
 * "1.000" ambiguous.
 */
export function tidyAmount(raw: unknown): number | undefined {
  if (typeof raw !== "string") return undefined;
  let s = raw.trim().replace(/^rp\.?\s*/i, "");
  s = s.replace(/,-$|\.-$|,00$/, "").trim();
  if (s === "" || s.length > 40) return undefined;
  const n = parseIdNumber(s);
  if (n.status === "number") return n.value;
  if (n.status === "ambiguous") return Math.max(...n.readings);
  return undefined;
}

/** One program row, read and computed. */
export interface AnggaranRow {
  /** 0-based row on the sheet. */
  row: number;
  no: string;
  program: string;
  sasaran: string;
  /** The Sasaran cell as the formulas compare it (TRIM, lower case); "" unless it holds text. */
  sasaranKey: string;
  pagu: Amount;
  quarters: [Amount, Amount, Amount, Amount];
  /** Realisasi s.d. TW pelaporan in rupiah; null when blank; "cek isian" when unreadable. */
  realisasi: number | null | "cek isian";
  /** Fractions; null where the sheet shows blank. */
  serapan: number | null | "cek isian";
  capaianSasaran: number | null | "cek isian";
  efisiensi: number | null | "cek isian";
}

export interface AnggaranResult {
  sheet: string;
  columns: Partial<Record<AnggaranColumnKey, number>>;
  rows: AnggaranRow[];
  /** Totals over the rows with a number: pagu, realisasi s.d. TW pelaporan, and their ratio. */
  total: { pagu: number; realisasi: number; serapan: number | null };
}

const CEK = "cek isian" as const;

const textOf = (v: CellValue): string =>
  v === null
    ? ""
    : typeof v === "string"
      ? v
      : typeof v === "number"
        ? String(v)
        : typeof v === "boolean"
          ? v
            ? "TRUE"
            : "FALSE"
          : "";

const fold = (v: CellValue) => excelTrim(textOf(v)).toLowerCase();

/** A sasaran as the Anggaran formulas compare it (TRIM, any case). */
export const sasaranKey = (text: string): string => fold(text);

const blank = (v: CellValue) => v === null || (typeof v === "string" && excelTrim(v) === "");

/**
 * Efisiensi as the sheet's `efisiensiFormula` computes it (PMK 214/PMK.02/2017): 1 − serapan ÷
 * capaian, for a program row and for a sasaran's programs together (the same capaian for each,
 * so Σ(pagu × capaian − realisasi) ÷ Σ(pagu × capaian) is the same expression of their serapan).
 */
export function efisiensiOf(
  capaian: number | null | "cek isian",
  serapan: number | null | "cek isian"
): number | null | "cek isian" {
  if (capaian === CEK || serapan === CEK) return CEK;
  return typeof capaian === "number" && typeof serapan === "number" && capaian > 0
    ? 1 - serapan / capaian
    : null;
}

/**
 * The RKT capaian (fractions) keyed by the Sasaran cell of their rows, as the Anggaran
 * sheet's formulas match them: the cell as typed (a blank Sasaran matches no program, even
 * where the rules name the row's sasaran from the decree). `rows` are the computed rows with
 * their place (Hitung Capaian's results, the export's recap rows): one reading for both.
 */
export function capaianBySasaran(
  book: WorkbookSnapshot,
  rows: readonly { sheet: string; row: number; capaian: number | null }[]
): { sasaran: string; capaian: number }[] {
  const keys = rktSasaranKeys(book, rows);
  const out: { sasaran: string; capaian: number }[] = [];
  rows.forEach((r, i) => {
    const key = keys[i];
    if (r.capaian !== null && key !== undefined)
      out.push({ sasaran: key, capaian: r.capaian / 100 });
  });
  return out;
}

/**
 * The Sasaran cell of each RKT row as the Anggaran formulas compare it (TRIM, lower case);
 * undefined where the row's table has no Sasaran column.
 */
export function rktSasaranKeys(
  book: WorkbookSnapshot,
  rows: readonly { sheet: string; row: number }[]
): (string | undefined)[] {
  const tables = new Map(findRktTables(book).map((t) => [t.sheet.name, t]));
  return rows.map((r) => {
    const t = tables.get(r.sheet);
    const col = t?.columns.sasaran;
    return t === undefined || col === undefined ? undefined : fold(cellAt(t.sheet, r.row, col));
  });
}

/**
 * One sasaran's budget: the Anggaran rows whose Sasaran Strategis is `key` (TRIM, any case),
 * added up — the figures Rekap Rapat, the CSV and the PDF show per sasaran, the recap's
 * formulas over the same rows (recap/budget.ts) computing them in the workbook.
 * - pagu: the rows' pagu added up; "cek isian" when one cannot be read; null when none typed;
 * - realisasi: their Realisasi s.d. TW Pelaporan added up; "cek isian" when a row shows it;
 * - serapan: realisasi over pagu (a fraction) when the pagu is above 0;
 * - capaianSasaran: the rows' Capaian Sasaran (the same on each: the first row's);
 * - efisiensi: 1 − serapan ÷ capaian sasaran ({@link efisiensiOf}), as each Anggaran row's.
 */
export interface SasaranBudget {
  key: string;
  /** The Anggaran rows linked to the sasaran, in sheet order (0-based sheet rows). */
  rows: AnggaranRow[];
  pagu: number | null | "cek isian";
  realisasi: number | null | "cek isian";
  serapan: number | null | "cek isian";
  capaianSasaran: number | null | "cek isian";
  efisiensi: number | null | "cek isian";
}

/** The rows that hold a program, a pagu or a realisasi: what the exports list (blank rows left out). */
export function listedPrograms<R extends Pick<AnggaranRow, "program" | "pagu" | "realisasi">>(
  rows: readonly R[]
): R[] {
  return rows.filter((r) => r.program !== "" || r.pagu.reading !== "empty" || r.realisasi !== null);
}

export function budgetOfSasaran(a: AnggaranResult, key: string): SasaranBudget {
  const rows = key === "" ? [] : a.rows.filter((r) => r.sasaranKey === key);
  const pagus = rows.map((r) => r.pagu);
  const pagu = pagus.some((p) => p.reading === "unreadable")
    ? CEK
    : pagus.some((p) => p.reading === "value")
      ? pagus.reduce((s, p) => (p.reading === "value" ? s + p.value : s), 0)
      : null;
  const spent = rows.map((r) => r.realisasi);
  const realisasi = spent.includes(CEK)
    ? CEK
    : spent.some((x) => typeof x === "number")
      ? spent.reduce<number>((s, x) => (typeof x === "number" ? s + x : s), 0)
      : null;
  const serapan =
    pagu === CEK || realisasi === CEK
      ? CEK
      : typeof pagu === "number" && pagu > 0 && typeof realisasi === "number"
        ? realisasi / pagu
        : null;
  const capaianSasaran = rows[0]?.capaianSasaran ?? null;
  const efisiensi = efisiensiOf(capaianSasaran, serapan);
  return { key, rows, pagu, realisasi, serapan, capaianSasaran, efisiensi };
}

/**
 * The Anggaran sheet's rows and what its formulas compute, at `reportingQuarter`, with the RKT
 * capaian per sasaran ({@link capaianBySasaran}). Undefined when the workbook has no Anggaran
 * table.
 */
export function computeAnggaran(
  book: WorkbookSnapshot,
  reportingQuarter: Quarter,
  capaian: readonly { sasaran: string; capaian: number }[]
): AnggaranResult | undefined {
  const t = findAnggaranTable(book);
  if (t === undefined) return undefined;
  const c = t.columns;
  const at = (row: number, key: AnggaranColumnKey): CellValue =>
    c[key] === undefined ? null : cellAt(t.sheet, row, c[key] as number);
  const input = (row: number, key: AnggaranColumnKey): CellInput | undefined =>
    c[key] === undefined
      ? undefined
      : { value: at(row, key), numberFormat: formatAt(t.sheet, row, c[key] as number) };
  const rows: AnggaranRow[] = [];
  for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
    const pagu = readAmount(input(row, "pagu"));
    const quarters = AMOUNT_QUARTER_KEYS.map((k) =>
      readAmount(input(row, k))
    ) as AnggaranRow["quarters"];
    const programCell = at(row, "program");
    const sasaranCell = at(row, "sasaran");
    const guard =
      blank(programCell) &&
      blank(at(row, "pagu")) &&
      AMOUNT_QUARTER_KEYS.every((k) => blank(at(row, k)));
    let realisasi: AnggaranRow["realisasi"] = null;
    let serapan: AnggaranRow["serapan"] = null;
    if (!guard) {
      const due = quarters.slice(0, reportingQuarter);
      realisasi = due.some((q) => q.reading === "unreadable")
        ? CEK
        : due.reduce((s, q) => (q.reading === "value" ? s + q.value : s), 0);
      serapan =
        realisasi === CEK || pagu.reading === "unreadable"
          ? CEK
          : pagu.reading === "value" && pagu.value > 0
            ? realisasi / pagu.value
            : null;
    }
    let capaianSasaran: AnggaranRow["capaianSasaran"] = null;
    if (typeof sasaranCell === "string") {
      const key = fold(sasaranCell);
      if (key !== "") {
        const hits = capaian.filter((x) => x.sasaran === key);
        capaianSasaran =
          hits.length === 0 ? null : hits.reduce((s, x) => s + x.capaian, 0) / hits.length;
      }
    } else if (sasaranCell !== null) capaianSasaran = CEK;
    const efisiensi = efisiensiOf(capaianSasaran, serapan);
    rows.push({
      row,
      no: textOf(at(row, "no")),
      program: textOf(programCell).trim(),
      sasaran: textOf(sasaranCell).trim(),
      sasaranKey: typeof sasaranCell === "string" ? fold(sasaranCell) : "",
      pagu,
      quarters,
      realisasi,
      serapan,
      capaianSasaran,
      efisiensi,
    });
  }
  const paguTotal = rows.reduce((s, r) => (r.pagu.reading === "value" ? s + r.pagu.value : s), 0);
  const realTotal = rows.reduce(
    (s, r) => (typeof r.realisasi === "number" ? s + r.realisasi : s),
    0
  );
  return {
    sheet: t.sheet.name,
    columns: c,
    rows,
    total: {
      pagu: paguTotal,
      realisasi: realTotal,
      serapan: paguTotal > 0 ? realTotal / paguTotal : null,
    },
  };
}

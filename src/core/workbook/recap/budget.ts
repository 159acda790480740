/**
 * Serapan Anggaran per Sasaran: a block under the Rekap Rapat table — per sasaran of the recap,
 * its programs on the Anggaran sheet, Capaian Sasaran, Pagu, Realisasi Anggaran s.d. TW
 * Pelaporan, % Serapan and Efisiensi. A block of its own, not columns on the indicator rows:
 * the figures belong to a sasaran, not to one of its indicators, and the meeting sorts and
 * filters the recap's table, which would carry a sasaran's budget off with whichever row held
 * it. The core's figures are `budgetOfSasaran`'s (anggaran/model.ts); inside the workbook each
 * cell is a formula over the same Anggaran cells. No Anggaran table: no block.
 */
import { cellAddress, sheetRef } from "../a1";
import { CEK_ISIAN, unreadable } from "../formulas";
import { efisiensiFormula, type AnggaranRefs } from "../anggaran/formulas";
import { RUPIAH_FORMAT, SERAPAN_FORMAT, type AnggaranColumnKey } from "../anggaran/layout";
import {
  budgetOfSasaran,
  rktSasaranKeys,
  type AnggaranResult,
  type SasaranBudget,
} from "../anggaran/model";
import { HEADER_ROW, OWN_PREFIX } from "../layout";
import type { Scalar } from "../plan";
import type { Quarter } from "../settings";
import type { WorkbookSnapshot } from "../snapshot";
import { twWord, type RecapCell, type RecapRow } from "./model";

export const RECAP_BUDGET_TABLE = `${OWN_PREFIX}RekapAnggaran`;

export const BUDGET_COLUMNS = [
  { key: "no", header: "No" },
  { key: "unit", header: "Unit" },
  { key: "sasaran", header: "Sasaran Strategis" },
  { key: "program", header: "Program / Kegiatan" },
  { key: "capaianSasaran", header: "Capaian Sasaran" },
  { key: "pagu", header: "Pagu Anggaran (Rp)" },
  { key: "realisasi", header: "Realisasi Anggaran s.d. TW Pelaporan (Rp)" },
  { key: "serapan", header: "% Serapan" },
  { key: "efisiensi", header: "Efisiensi" },
] as const;
export type BudgetColumnKey = (typeof BUDGET_COLUMNS)[number]["key"];
const col = (k: BudgetColumnKey) => BUDGET_COLUMNS.findIndex((c) => c.key === k);

/** One sasaran of the recap with its budget: its name as the recap shows it and its units. */
export interface RecapBudget extends SasaranBudget {
  sasaran: string;
  units: string[];
}

/**
 * The recap's sasaran in order (by their RKT Sasaran cells, as the Anggaran sheet links
 * them), each with its budget. Empty without an Anggaran table.
 */
export function recapBudget(
  book: WorkbookSnapshot,
  rows: readonly RecapRow[],
  anggaran: AnggaranResult | undefined
): RecapBudget[] {
  if (anggaran === undefined) return [];
  const keys = rktSasaranKeys(book, rows);
  const out = new Map<string, RecapBudget>();
  rows.forEach((r, i) => {
    const key = keys[i];
    if (key === undefined || key === "") return;
    const known = out.get(key);
    if (known === undefined)
      out.set(key, { ...budgetOfSasaran(anggaran, key), sasaran: r.sasaran, units: [r.unit] });
    else if (!known.units.includes(r.unit)) known.units.push(r.unit);
  });
  return [...out.values()];
}

/** The block's title line, one row above its table. */
export const budgetTitle = (q: Quarter): string =>
  `Serapan Anggaran per Sasaran (lembar Anggaran, realisasi s.d. ${twWord(q)})`;

/** The 0-based row of the block's header under a recap table of `rows` rows (header included). */
export const budgetTop = (rows: number): number => HEADER_ROW + rows + 2;

/** Excel's functions take at most 255 arguments: long lists go in nested groups. */
function grouped(fn: "OR" | "SUM", terms: readonly string[]): string {
  if (terms.length <= 200) return `${fn}(${terms.join(",")})`;
  const groups: string[] = [];
  for (let i = 0; i < terms.length; i += 200) groups.push(grouped(fn, terms.slice(i, i + 200)));
  return grouped(fn, groups);
}

/** Excel's limit on a formula's length. */
const FORMULA_MAX = 8192;

/** Where the block's formulas read the Anggaran sheet. */
export interface BudgetSource {
  sheet: string;
  columns: Partial<Record<AnggaranColumnKey, number>>;
}

/** One sasaran's formulas; `row` is its 0-based sheet row in the recap. */
function rowFormulas(
  b: RecapBudget,
  row: number,
  source: BudgetSource
): Partial<Record<BudgetColumnKey, string>> {
  if (b.rows.length === 0) return {};
  const c = source.columns;
  const at = (k: AnggaranColumnKey) =>
    c[k] === undefined
      ? undefined
      : b.rows.map((r) => `${sheetRef(source.sheet)}!${cellAddress(r.row, c[k] as number)}`);
  const pagu = at("pagu");
  const real = at("realisasi");
  const cap = at("capaianSasaran");
  const here = (k: BudgetColumnKey) => cellAddress(row, col(k));
  const out: Partial<Record<BudgetColumnKey, string>> = {};
  if (pagu !== undefined)
    out.pagu = `=IF(${grouped(
      "OR",
      pagu.map((p) => unreadable(p, "count"))
    )},"${CEK_ISIAN}",IF(${grouped(
      "OR",
      pagu.map((p) => `ISNUMBER(${p})`)
    )},${grouped("SUM", pagu)},""))`;
  if (real !== undefined)
    out.realisasi = `=IF(${grouped(
      "OR",
      real.map((r) => `${r}="${CEK_ISIAN}"`)
    )},"${CEK_ISIAN}",IF(${grouped(
      "OR",
      real.map((r) => `ISNUMBER(${r})`)
    )},${grouped("SUM", real)},""))`;
  if (out.pagu !== undefined && out.realisasi !== undefined) {
    const p = here("pagu");
    const r = here("realisasi");
    out.serapan = `=IF(OR(${p}="${CEK_ISIAN}",${r}="${CEK_ISIAN}"),"${CEK_ISIAN}",IF(AND(ISNUMBER(${p}),ISNUMBER(${r})),IF(${p}>0,${r}/${p},""),""))`;
  }
  if (cap !== undefined) out.capaianSasaran = `=IF(ISBLANK(${cap[0]}),"",${cap[0]})`;
  if (out.serapan !== undefined && out.capaianSasaran !== undefined)
    out.efisiensi = efisiensiFormula({
      capaianSasaran: here("capaianSasaran"),
      serapan: here("serapan"),
    } as AnggaranRefs);
  // A sasaran linked to more programs than a formula can name keeps the core's value.
  for (const [k, f] of Object.entries(out))
    if (f.length > FORMULA_MAX) delete out[k as BudgetColumnKey];
  return out;
}

const figure = (v: number | null | "cek isian"): Scalar => (v === null ? "" : v);

/**
 * The block's cells, header first: the core's values and — given where the Anggaran table is
 * (inside the workbook) — the formulas that compute them there. `top` is the header's row.
 */
export function budgetGrid(
  budget: readonly RecapBudget[],
  reportingQuarter: Quarter,
  top: number,
  source?: BudgetSource
): RecapCell[][] {
  const header = BUDGET_COLUMNS.map((c) => ({
    value: c.header.replace("TW Pelaporan", twWord(reportingQuarter)),
  }));
  const body = budget.map((b, i): RecapCell[] => {
    const programs = b.rows.map((r) => r.program).filter((p) => p !== "");
    const values: Record<BudgetColumnKey, RecapCell> = {
      no: { value: i + 1 },
      unit: { value: b.units.join(", "), numberFormat: "@" },
      sasaran: { value: b.sasaran, numberFormat: "@" },
      program: {
        value:
          b.rows.length === 0
            ? "(belum ada program untuk sasaran ini di lembar Anggaran)"
            : programs.length === 0
              ? "(nama program belum diisi)"
              : programs.join("; "),
        numberFormat: "@",
      },
      capaianSasaran: { value: figure(b.capaianSasaran), numberFormat: SERAPAN_FORMAT },
      pagu: { value: figure(b.pagu), numberFormat: RUPIAH_FORMAT },
      realisasi: { value: figure(b.realisasi), numberFormat: RUPIAH_FORMAT },
      serapan: { value: figure(b.serapan), numberFormat: SERAPAN_FORMAT },
      efisiensi: { value: figure(b.efisiensi), numberFormat: SERAPAN_FORMAT },
    };
    if (source !== undefined)
      for (const [k, f] of Object.entries(rowFormulas(b, top + 1 + i, source)))
        values[k as BudgetColumnKey].formula = f;
    return BUDGET_COLUMNS.map((c) => values[c.key]);
  });
  return [header, ...body];
}

/**
 * The Anggaran sheet's formulas: the spreadsheet twin of `model.ts`, one formula per column
 * (the same in R1C1 on every row, so Excel's calculated columns change nothing).
 *
 * An amount cell is read by the rule the realisasi cells follow (src/core/rules/sheet-reading.ts,
 * as a count): a number is an amount; empty, "-" or "belum" is not reported; anything else
 * filled ("Rp 1.250.000" typed as text, an Excel error) is unreadable, and the sheet shows
 * "cek isian" where it would use it. Periksa Isian offers the amount's tidy form.
 */
import { CEK_ISIAN, unreadable } from "../formulas";

/** Where one Anggaran row's formulas read (A1, relative) and the reporting quarter (absolute). */
export interface AnggaranRefs {
  program: string;
  sasaran: string;
  pagu: string;
  quarters: readonly [string, string, string, string];
  realisasi: string;
  serapan: string;
  capaianSasaran: string;
  /** The reporting quarter as a number 1-4 (an expression over the Info sheet's cell). */
  reportingQuarter: string;
}

/** An RKT table's Sasaran Strategis and Capaian cells, as absolute ranges with their sheet. */
export interface CapaianSource {
  sasaran: string;
  capaian: string;
}

/** TRUE when the cell is blank to the rules: empty, or text that TRIM leaves empty. */
const isBlank = (x: string) => `IF(ISTEXT(${x}),TRIM(${x})="",ISBLANK(${x}))`;

const amountUnreadable = (q: string) => unreadable(q, "count");

/** No result on a row with no program, no pagu and no realisasi. */
function guarded(refs: AnggaranRefs, body: string): string {
  const cells = [refs.program, refs.pagu, ...refs.quarters];
  return `=IF(AND(${cells.map(isBlank).join(",")}),"",${body})`;
}

const due = (tw: string, i: number, test: string) =>
  i === 0 ? test : `AND(${tw}>=${i + 1},${test})`;

/**
 * Realisasi Anggaran s.d. TW Pelaporan: the quarters' amounts up to the reporting quarter
 * added up (blank ones count nothing); "cek isian" when a due quarter cannot be read.
 */
export function realisasiAnggaranFormula(refs: AnggaranRefs): string {
  const tw = refs.reportingQuarter;
  const q = refs.quarters;
  const bad = q.map((c, i) => due(tw, i, amountUnreadable(c))).join(",");
  const total = q.map((c, i) => `IF(${due(tw, i, `ISNUMBER(${c})`)},${c},0)`).join("+");
  return guarded(refs, `IF(OR(${bad}),"${CEK_ISIAN}",${total})`);
}

/**
 * % Serapan: Realisasi s.d. TW Pelaporan over the pagu, as a fraction (0,85 shows 85,00%).
 * Blank without a pagu above 0; "cek isian" when the realisasi or the pagu cannot be read.
 */
export function serapanFormula(refs: AnggaranRefs): string {
  const p = refs.pagu;
  const r = refs.realisasi;
  return guarded(
    refs,
    `IF(${r}="${CEK_ISIAN}","${CEK_ISIAN}",IF(${amountUnreadable(p)},"${CEK_ISIAN}",IF(AND(ISNUMBER(${p}),${p}>0),${r}/${p},"")))`
  );
}

/**
 * Capaian Sasaran: the average of the numeric Capaian cells of the RKT rows whose Sasaran
 * Strategis is this row's (TRIM, any case: Excel's "="), over every RKT table. Blank when
 * the row names no sasaran or no such row has a capaian; "cek isian" when the Sasaran cell
 * holds something other than text.
 */
export function capaianSasaranFormula(
  refs: AnggaranRefs,
  sources: readonly CapaianSource[]
): string {
  const s = refs.sasaran;
  if (sources.length === 0) return `=""`;
  const match = (src: CapaianSource) => `--(TRIM(${src.sasaran})=TRIM(${s}))`;
  const count = sources
    .map((src) => `SUMPRODUCT(${match(src)},--ISNUMBER(${src.capaian}))`)
    .join("+");
  const sum = sources
    .map((src) => `SUMPRODUCT(${match(src)},--ISNUMBER(${src.capaian}),${src.capaian})`)
    .join("+");
  return `=IF(ISTEXT(${s}),IF(TRIM(${s})="","",IF((${count})=0,"",(${sum})/(${count}))),IF(ISBLANK(${s}),"","${CEK_ISIAN}"))`;
}

/**
 * Efisiensi as PMK 214/PMK.02/2017 measures it for an output: (pagu × capaian − realisasi) ÷
 * (pagu × capaian), which per program is 1 − % Serapan ÷ Capaian Sasaran (0,31 shows 31,00%):
 * above 0 the programs spent less than the capaian they bought was budgeted at, below 0 more.
 * Blank unless both are numbers and the capaian is above 0; "cek isian" where either shows it.
 */
export function efisiensiFormula(refs: AnggaranRefs): string {
  const c = refs.capaianSasaran;
  const a = refs.serapan;
  const cek = `OR(${c}="${CEK_ISIAN}",${a}="${CEK_ISIAN}")`;
  return `=IF(${cek},"${CEK_ISIAN}",IF(AND(ISNUMBER(${c}),ISNUMBER(${a})),IF(${c}>0,1-${a}/${c},""),""))`;
}

/**
 * Periksa Isian on the Anggaran sheet: each finding at its cell, in the words of the glossary.
 * - an amount typed as text the formulas do not read: its tidy form as a fix (Rapikan isian),
 *   or, when it is no amount at all, an error;
 * - a negative pagu or realisasi;
 * - TW I–IV adding up to more than the pagu;
 * - realisasi typed without a pagu (no % serapan);
 * - a sasaran no RKT sheet names (no Capaian Sasaran).
 */
import type { Finding } from "../../rules/finding";
import { finding } from "../../rules/finding";
import { amountText } from "../../i18n/figures";
import { excelTrim } from "../../rules/cell";
import { cellAddress } from "../a1";
import { cellAt, formatAt, type WorkbookSnapshot } from "../snapshot";
import type { LocatedFinding } from "../validate-plan";
import { AMOUNT_QUARTER_KEYS, RUPIAH_FORMAT, type AnggaranColumnKey } from "./layout";
import { findAnggaranTable, readAmount, tidyAmount, type Amount } from "./model";

/** Rupiah as a finding shows it: "Rp 1.250.000" (id) / "Rp 1,250,000" (en). */
const rupiah = (n: number) => ({
  id: `Rp ${amountText(n, "id")}`,
  en: `Rp ${amountText(n, "en")}`,
});

const shown = (v: unknown): string =>
  typeof v === "object" && v !== null && "error" in v ? String(v.error) : String(v);

/**
 * The Anggaran sheet's findings, given the sasaran of the RKT sheets as the formulas compare
 * them (TRIM, lower case).
 */
export function checkAnggaran(
  book: WorkbookSnapshot,
  rktSasaran: ReadonlySet<string>
): LocatedFinding[] {
  const t = findAnggaranTable(book);
  if (t === undefined) return [];
  const out: LocatedFinding[] = [];
  const c = t.columns;
  for (let row = t.headerRow + 1; row <= t.headerRow + t.rows; row++) {
    const programCell = c.program === undefined ? null : cellAt(t.sheet, row, c.program);
    const program = typeof programCell === "string" ? excelTrim(programCell) : "";
    const noCell = c.no === undefined ? null : cellAt(t.sheet, row, c.no);
    const id = `anggaran-${row + 1}`;
    const at = (f: Finding, key: AnggaranColumnKey): void => {
      const col = c[key];
      if (col === undefined) return;
      out.push({
        ...f,
        sheet: t.sheet.name,
        cell: cellAddress(row, col),
        cellValue: cellAt(t.sheet, row, col),
        cellFormat: formatAt(t.sheet, row, col),
        indicatorNo: noCell === null ? "" : String(noCell),
        indicatorText: program === "" ? `Program baris ${row + 1}` : program,
      });
    };
    const read = (key: AnggaranColumnKey): Amount => {
      const col = c[key];
      if (col === undefined) return { reading: "empty" };
      return readAmount({
        value: cellAt(t.sheet, row, col),
        numberFormat: formatAt(t.sheet, row, col),
      });
    };
    const field = (key: AnggaranColumnKey) => (key === "pagu" ? "pagu" : "realisasiAnggaran");
    const amounts = (["pagu", ...AMOUNT_QUARTER_KEYS] as AnggaranColumnKey[]).map((key) => {
      const a = read(key);
      if (a.reading === "unreadable") {
        const n = tidyAmount(a.raw);
        at(
          n === undefined
            ? finding("anggaran.unreadable", id, field(key), { value: shown(a.raw) })
            : finding("anggaran.notCounted", id, field(key), {
                value: shown(a.raw),
                fix: { value: n, numberFormat: RUPIAH_FORMAT },
              }),
          key
        );
      } else if (a.reading === "value" && a.value < 0)
        at(finding("anggaran.negative", id, field(key), { value: rupiah(a.value) }), key);
      return a;
    });
    const [pagu, ...quarters] = amounts as [Amount, ...Amount[]];
    const spent = quarters.reduce((s, q) => (q.reading === "value" ? s + q.value : s), 0);
    const typed = quarters.some((q) => q.reading !== "empty");
    if (pagu.reading === "value" && pagu.value >= 0 && spent > pagu.value)
      at(
        finding("anggaran.overPagu", id, "realisasiAnggaran", {
          value: rupiah(spent),
          expected: rupiah(pagu.value),
        }),
        "pagu"
      );
    if (pagu.reading === "empty" && typed) at(finding("anggaran.noPagu", id, "pagu"), "pagu");
    const sasaranCell = c.sasaran === undefined ? null : cellAt(t.sheet, row, c.sasaran);
    if (typeof sasaranCell === "string") {
      const key = excelTrim(sasaranCell).toLowerCase();
      if (key !== "" && !rktSasaran.has(key))
        at(
          finding("anggaran.unknownSasaran", id, "sasaran", { value: excelTrim(sasaranCell) }),
          "sasaran"
        );
    }
  }
  return out;
}

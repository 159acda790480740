/**
 * What the meeting typed into the recap (Permasalahan, Rencana Tindak Lanjut), read back by
 * Kode so a re-run keeps it whatever the rows' order; notes whose Kode is gone are kept too.
 */
import { parseRange } from "../a1";
import { findOwnedTable } from "../ownership";
import { cellAt, formulaAt, type WorkbookSnapshot } from "../snapshot";

/** A formula cell: "=…" that is not the cell's own text (text typed as "=1+1 rapat" is the meeting's). */
const isFormula = (f: unknown, v: unknown): boolean =>
  typeof f === "string" && f.startsWith("=") && f !== v;
import { OVERALL_KODE, RECAP_TABLE, type MeetingNote } from "./model";

/** A cell as trimmed text; numbers as written, anything else "". */
export const cellText = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

/** What the meeting typed into the existing recap, by Kode. */
export function readMeetingNotes(book: WorkbookSnapshot): Map<string, MeetingNote> {
  const notes = new Map<string, MeetingNote>();
  const table = findOwnedTable(book, RECAP_TABLE);
  if (table === undefined) return notes;
  const box = parseRange(table.address);
  const find = (header: string) => {
    for (let c = box.col; c < box.col + box.cols; c++)
      if (cellText(cellAt(table.sheet, box.row, c)).toLowerCase() === header.toLowerCase())
        return c;
    return undefined;
  };
  const [k, p, r] = ["Kode", "Permasalahan", "Rencana Tindak Lanjut"].map(find);
  if (k === undefined) return notes;
  for (let row = box.row + 1; row < box.row + box.rows; row++) {
    const kode = cellText(cellAt(table.sheet, row, k));
    // A formula there is the RKT sheet's words (the recap wrote it), not the meeting's.
    const at = (c: number | undefined) =>
      c === undefined || isFormula(formulaAt(table.sheet, row, c), cellAt(table.sheet, row, c))
        ? ""
        : cellText(cellAt(table.sheet, row, c));
    const note = { kode, permasalahan: at(p), rencanaTindakLanjut: at(r) };
    if (kode !== "" && (note.permasalahan !== "" || note.rencanaTindakLanjut !== ""))
      notes.set(kode, note);
  }
  return notes;
}

/**
 * The notes without what the recap's own formulas showed: Excel gives the add-in a cell's
 * value, not its formula (the table is read without formulas, which keeps a large recap's
 * read small), so a Permasalahan or Rencana Tindak Lanjut that is one of its RKT row's
 * quarter texts is taken for the RKT sheet's words, and the formula is written again — the
 * meeting's own words are kept. The file reader sees formulas and drops them before this.
 */
export function withoutSheetWords(
  notes: ReadonlyMap<string, MeetingNote>,
  texts: ReadonlyMap<
    string,
    { permasalahan: readonly string[]; rencanaTindakLanjut: readonly string[] }
  >
): Map<string, MeetingNote> {
  const out = new Map<string, MeetingNote>();
  for (const [kode, note] of notes) {
    const t = texts.get(kode);
    const own = (typed: string, words: readonly string[] | undefined) =>
      words?.some((w) => w.trim() !== "" && w.trim() === typed) === true ? "" : typed;
    const kept = {
      kode,
      permasalahan: own(note.permasalahan, t?.permasalahan),
      rencanaTindakLanjut: own(note.rencanaTindakLanjut, t?.rencanaTindakLanjut),
    };
    if (kept.permasalahan !== "" || kept.rencanaTindakLanjut !== "") out.set(kode, kept);
  }
  return out;
}

/** The note on the overall row, or an empty one. */
export const overallNote = (notes: ReadonlyMap<string, MeetingNote>): MeetingNote =>
  notes.get(OVERALL_KODE) ?? { kode: OVERALL_KODE, permasalahan: "", rencanaTindakLanjut: "" };

/** Notes whose Kode is neither an indicator's nor the overall row's. */
export function orphanNotes(
  notes: ReadonlyMap<string, MeetingNote>,
  kodes: readonly string[]
): MeetingNote[] {
  const used = new Set([...kodes, OVERALL_KODE]);
  return [...notes.values()].filter((n) => !used.has(n.kode));
}

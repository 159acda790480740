/**
 * The decree's metadata as the workbook's Info sheet states it: the sheet is the source of
 * truth (a converted workbook, or one whose office name was corrected by hand), the decree the
 * pane knows only fills what the sheet does not say.
 */
import type { Decree } from "../decree/schema";
import { INFO_TABLE } from "./layout";
import { findOwnedTable } from "./ownership";
import { SETTING_ROWS, findLabel } from "./settings";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";

const BULAN = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];

/** "4 Maret 2021" -> "2021-03-04"; undefined when it is not such a date. */
export function isoFromTanggal(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\s*$/.exec(text);
  if (m === null) return undefined;
  const month = BULAN.indexOf((m[2] as string).toLowerCase());
  if (month < 0) return undefined;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${m[3]}-${pad(month + 1)}-${pad(Number(m[1]))}`;
}

function valueOf(info: SheetSnapshot, label: string): string | undefined {
  const at = findLabel(info, label);
  if (at === undefined) return undefined;
  const v = cellAt(info, at.row, at.col + 1);
  const s = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
  return s === "" ? undefined : s;
}

/** The rows between "Tanggal" and the first setting: the signatories (role, name). */
function signatories(info: SheetSnapshot): Decree["signatories"] | undefined {
  const tanggal = findLabel(info, "Tanggal");
  const firstSetting = SETTING_ROWS.map((r) => findLabel(info, r.label)?.row).find(
    (r) => r !== undefined
  );
  if (tanggal === undefined || firstSetting === undefined) return undefined;
  const out: Decree["signatories"] = [];
  for (let row = tanggal.row + 1; row < firstSetting; row++) {
    const role = cellAt(info, row, tanggal.col);
    const name = cellAt(info, row, tanggal.col + 1);
    if (typeof role === "string" && typeof name === "string" && role.trim() && name.trim()) {
      out.push({ role: role.trim(), name: name.trim() });
    }
  }
  return out.length > 0 ? out : undefined;
}

/**
 * The decree as the workbook states it. Its indicator tables are `fallback`'s only when the
 * Info sheet names the same decree number: a converted workbook or one made from another decree
 * reuses ids such as "rkt-kpu-1", and must not borrow `fallback`'s targets through them.
 */
export function decreeFromWorkbook(book: WorkbookSnapshot, fallback: Decree): Decree {
  const info = findOwnedTable(book, INFO_TABLE)?.sheet;
  if (info === undefined) return { ...fallback, tables: [] };
  const year = Number(valueOf(info, "Tahun"));
  const tanggal = valueOf(info, "Tanggal");
  const number = valueOf(info, "Nomor Keputusan") ?? fallback.number;
  return {
    ...fallback,
    tables: number === fallback.number ? fallback.tables : [],
    office: valueOf(info, "Kantor") ?? fallback.office,
    year: Number.isInteger(year) && year > 1999 ? year : fallback.year,
    number,
    title: valueOf(info, "Tentang") ?? fallback.title,
    place: valueOf(info, "Ditetapkan di") ?? fallback.place,
    date: (tanggal && isoFromTanggal(tanggal)) ?? fallback.date,
    signatories: signatories(info) ?? fallback.signatories,
  };
}

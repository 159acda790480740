/**
 * The decree's metadata as the workbook's Info sheet states it: the sheet is the source of
 * truth (a converted workbook, or one whose office name was corrected by hand), the decree the
 * pane knows only fills what the sheet does not say.
 */
import { MONTHS } from "../i18n/dates";
import type { Certifier, Decree } from "../decree/schema";
import { INFO_TABLE } from "./layout";
import { findOwnedTable } from "./ownership";
import { SETTING_ROWS, findLabel } from "./settings";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "./snapshot";

const BULAN = MONTHS.id.map((b) => b.toLowerCase());

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

/** The certification's words, as the decree prints them above the certifier. */
const SALINAN = "Salinan sesuai dengan aslinya";
const SALINAN_ROW =
  /^salinan\s+sesuai\s+(?:dengan\s+)?aslinya\b[\s:,;.(\u2013\u2014-]*(.*?)[\s,.)]*$/i;

/**
 * The Info sheet's label of the certifier's row: the certification and his role.
 * @example certifiedLabel("Sekretaris") // "Salinan sesuai dengan aslinya (Sekretaris)"
 */
export function certifiedLabel(role: string): string {
  return `${SALINAN} (${role})`;
}

type Person = Decree["signatories"][number];

/**
 * The rows between "Tanggal" and the first setting: the signers (role, name) and, on a row
 * labelled "Salinan sesuai dengan aslinya (role)", the copy's certifier. A certifier row
 * without a role takes `fallback`'s certifier's role when the name is his; otherwise it is not
 * read (a certifier without a role says too little to print or compare).
 */
function signatureRows(
  info: SheetSnapshot,
  fallback: Decree
): { signers: Person[]; certifier?: Certifier } {
  const tanggal = findLabel(info, "Tanggal");
  const firstSetting = SETTING_ROWS.map((r) => findLabel(info, r.label)?.row).find(
    (r) => r !== undefined
  );
  const out: { signers: Person[]; certifier?: Certifier } = { signers: [] };
  if (tanggal === undefined || firstSetting === undefined) return out;
  for (let row = tanggal.row + 1; row < firstSetting; row++) {
    const label = cellAt(info, row, tanggal.col);
    const value = cellAt(info, row, tanggal.col + 1);
    if (typeof label !== "string" || typeof value !== "string") continue;
    const [role, name] = [label.trim(), value.trim()];
    if (role === "" || name === "") continue;
    const salinan = SALINAN_ROW.exec(role);
    if (salinan === null) {
      out.signers.push({ role, name });
      continue;
    }
    const known = fallback.certifiedBy;
    const certifierRole =
      (salinan[1] ?? "").trim() ||
      (known !== undefined && known.name.toLowerCase() === name.toLowerCase() ? known.role : "");
    if (certifierRole !== "") out.certifier ??= { role: certifierRole, name };
  }
  return out;
}

/**
 * Signers and certifier as the Info sheet states them, `fallback`'s where it states none.
 * Workbooks made before the certifier had a row of his own list him as the last signer; when
 * such a sheet lists exactly `fallback`'s signers and then its certifier, it is read as
 * `fallback` says: the certifier is not made a signer again.
 */
function signatures(
  info: SheetSnapshot,
  fallback: Decree
): Pick<Decree, "signatories" | "certifiedBy"> {
  const { signers, certifier } = signatureRows(info, fallback);
  const known = fallback.certifiedBy;
  const same = (a: Person[], b: Person[]) =>
    a.length === b.length && a.every((p, i) => p.role === b[i]?.role && p.name === b[i]?.name);
  if (
    certifier === undefined &&
    known !== undefined &&
    same(signers, [...fallback.signatories, { role: known.role, name: known.name }])
  )
    return { signatories: fallback.signatories, certifiedBy: known };
  if (signers.length === 0)
    return { signatories: fallback.signatories, certifiedBy: certifier ?? known };
  return { signatories: signers, certifiedBy: certifier };
}

/** The office the Info sheet names (Kantor), when it names one. */
export function officeStated(book: WorkbookSnapshot): string | undefined {
  const info = findOwnedTable(book, INFO_TABLE)?.sheet;
  const office = info === undefined ? undefined : valueOf(info, "Kantor")?.trim();
  return office === "" ? undefined : office;
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
    // Both keys always: a sheet that names its signers and no certifier has none.
    ...signatures(info, fallback),
    tables: number === fallback.number ? fallback.tables : [],
    office: valueOf(info, "Kantor") ?? fallback.office,
    year: Number.isInteger(year) && year > 1999 ? year : fallback.year,
    number,
    title: valueOf(info, "Tentang") ?? fallback.title,
    place: valueOf(info, "Ditetapkan di") ?? fallback.place,
    date: (tanggal && isoFromTanggal(tanggal)) ?? fallback.date,
  };
}

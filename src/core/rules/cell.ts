/**
 * One spreadsheet cell as both adapters deliver it: Office.js returns error values as strings
 * ("#N/A"), exceljs as `{ error: "#N/A" }`. Nothing here trusts the shape: a cell may hold
 * anything, and every function answers rather than throws.
 */

/** A cell's value and its number format ("General", "0.0%", ...). */
export interface CellInput {
  value: number | string | boolean | null | { error: string };
  numberFormat?: string;
}

/** Error values Excel shows in a cell. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/**
 * The Excel error a cell holds, or undefined.
 * @example excelError({ value: "#DIV/0!" }) // "#DIV/0!"
 * @example excelError({ value: { error: "#N/A" } }) // "#N/A"
 */
export function excelError(cell: CellInput | undefined): string | undefined {
  const v: unknown = cell?.value;
  if (typeof v === "string") {
    if (v.length > 16 || v.length === 0) return undefined;
    // Fast path: a first character that is printable ASCII but not "#" (nor a space, which
    // trimming would remove) cannot start an error value.
    const c0 = v.charCodeAt(0);
    if (c0 !== 35 && c0 > 32 && c0 < 127) return undefined;
    const s = v.trim();
    return EXCEL_ERRORS.has(s) ? s : undefined;
  }
  if (typeof v === "object" && v !== null) {
    const e: unknown = (v as { error?: unknown }).error;
    // Unknown error texts are shown as Excel names them, never echoed as arbitrary text.
    if (typeof e !== "string") return "#VALUE!";
    const code = e.trim();
    return EXCEL_ERRORS.has(code) || /^#[A-Za-z0-9_/]{1,16}[!?]?$/.test(code) ? code : "#VALUE!";
  }
  return undefined;
}

/** Excel's TRIM: leading and trailing spaces removed, inner runs of spaces made one. */
export function excelTrim(text: string): string {
  if (text.indexOf(" ") < 0) return text;
  return text.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
}

/**
 * True when a text says "not reported yet" to the formulas: after TRIM it is empty, "-", "–",
 * "—", "belum", or starts with "belum " (any case).
 */
export function notReportedText(text: string): boolean {
  const t = excelTrim(text);
  if (t === "") return true;
  const c0 = t.charCodeAt(0);
  // Fast path: only "-", "–", "—" and "belum…" match.
  if (c0 !== 45 && c0 !== 0x2013 && c0 !== 0x2014 && c0 !== 98 && c0 !== 66) return false;
  if (t === "-" || t === "–" || t === "—") return true;
  const lower = t.toLowerCase();
  return lower === "belum" || lower.startsWith("belum ");
}

/**
 * True when the cell says "not reported yet": empty, or a text that {@link notReportedText}
 * reads so — never zero.
 * @example notReported({ value: " belum " }) // true
 * @example notReported({ value: 0 }) // false
 */
export function notReported(cell: CellInput | undefined): boolean {
  if (cell === undefined || cell === null) return true;
  const v: unknown = cell.value;
  if (v === null || v === undefined) return true;
  return typeof v === "string" && notReportedText(v);
}

/**
 * True when a number format shows a date or time (d, m, y, h or s outside quotes, escapes and
 * brackets, as "dd/mm/yyyy", "d mmmm yyyy", "[$-421]dd mmm yy", "h:mm"): Excel turned what was
 * typed ("30/6", "1-2") into a date, stored as a serial number the formulas count as a number.
 * @example isDateFormat("dd/mm/yyyy") // true
 * @example isDateFormat('0 "Dokumen"') // false
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string" || format === "" || format.toLowerCase() === "general")
    return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare);
}

/**
 * True when a number format shows the value as a percentage (a `%` outside quotes and escapes),
 * so the cell holds a fraction: 0.775 shows as 77,5%. `0.0"%"` shows a literal sign only.
 * @example isPercentFormat("0.0%") // true
 * @example isPercentFormat('0.0"%"') // false
 */
export function isPercentFormat(format: unknown): boolean {
  if (typeof format !== "string" || format.indexOf("%") < 0) return false;
  // Nothing to strip (no quotes, escapes or brackets): the "%" stands.
  if (format.indexOf('"') < 0 && format.indexOf("\\") < 0 && format.indexOf("[") < 0) return true;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  return bare.indexOf("%") >= 0;
}

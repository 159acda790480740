/**
 * How a cell looks in an Indonesian (id-ID) Excel, roughly: decimal comma, "." between
 * thousands only when the format asks, percent formats multiply by 100. And the reverse: what
 * Excel makes of text a person types into a cell. Pure functions, no DOM.
 */
export type CellValue = string | number | boolean;

const GENERAL = new Set(["", "General", "@"]);

/**
 * A number with `decimals` places, decimal comma, optional "." thousands grouping. Rounded on
 * its 15-digit decimal form first, as Excel shows it (1,03125 as a percent is 103,13%, not the
 * 103,12% that the binary 103.12499999999999 would give).
 */
function fixed(n: number, decimals: number, group: boolean): string {
  const [int = "0", frac] = Number(Math.abs(n).toPrecision(15)).toFixed(decimals).split(".");
  const grouped = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : int;
  const sign = n < 0 && Number(Math.abs(n).toFixed(decimals)) !== 0 ? "-" : "";
  return sign + grouped + (frac !== undefined ? `,${frac}` : "");
}

/** Excel's General: up to 11 significant digits, no grouping. */
function general(n: number): string {
  return String(Number(n.toPrecision(11))).replace(".", ",");
}

/** The text a cell shows for `value` under `numberFormat` (en-US format codes, as the API stores them). */
export function displayValue(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "BENAR" : "SALAH";
  if (typeof value === "string") return value;
  const section = numberFormat.split(";")[0] ?? "";
  if (GENERAL.has(section)) return general(value);
  // Dates, times, fractions, scientific: not imitated.
  const code = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/[dmyhsE?/]/i.test(code) || !/[0#]/.test(code)) return general(value);
  const percent = code.includes("%");
  const decimals = (/\.([0#]+)/.exec(code)?.[1] ?? "").length;
  const group = /[0#],[0#]/.test(code);
  const number = fixed(percent ? value * 100 : value, decimals, group);
  const [prefix = "", suffix = ""] = section
    .replace(/\[[^\]]*\]/g, "")
    .split(/[#0][#0.,]*%?/)
    .map((part) =>
      part
        .replace(/"([^"]*)"/g, "$1")
        .replace(/\\(.)/g, "$1")
        .replace(/[_*]./g, "")
    );
  const sign = percent && !suffix.includes("%") ? "%" : "";
  return `${prefix}${number}${sign}${suffix}`;
}

const NUMBER_ID = /^[-+]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;

/**
 * What an id-ID Excel stores for typed text: "83%" -> 0.83 (and a percent format when the
 * cell had none), "0,83" -> 0.83, "1.234,5" -> 1234.5, "BENAR" -> true, "=..." a formula,
 * anything else the text itself.
 */
export function parseTyped(text: string): { value: CellValue; percentFormat: boolean } {
  // A leading apostrophe means "keep as text", as in Excel; the apostrophe itself is not stored.
  if (text.startsWith("'")) return { value: text.slice(1), percentFormat: false };
  const s = text.trim();
  if (s.startsWith("=")) return { value: s, percentFormat: false };
  const upper = s.toUpperCase();
  if (upper === "BENAR" || upper === "SALAH")
    return { value: upper === "BENAR", percentFormat: false };
  const percent = s.endsWith("%");
  const body = (percent ? s.slice(0, -1) : s).trim();
  if (body !== "" && NUMBER_ID.test(body)) {
    const n = Number(body.replace(/\./g, "").replace(",", "."));
    return { value: percent ? n / 100 : n, percentFormat: percent };
  }
  return { value: text, percentFormat: false };
}

/** What Excel's formula bar shows for a cell (id-ID): the formula, or the value as one would type it. */
export function editText(
  value: CellValue,
  formula: CellValue | undefined,
  numberFormat: string
): string {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  if (typeof value === "number" && numberFormat.replace(/"[^"]*"/g, "").includes("%"))
    return `${general(value * 100)}%`;
  return typeof value === "number" ? general(value) : displayValue(value, "General");
}

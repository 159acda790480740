/**
 * Strings written through Range.values (or .formulas) are read as if a person typed them,
 * unless the cell's number format is Text ("@"). The forms the double converts:
 * - a leading apostrophe: text without it ("'00123" -> "00123");
 * - numbers: sign, digits with "," thousands groups, "." decimals, exponent, spaces around,
 *   leading zeros dropped ("00123" -> 123, " 1,234.5 " -> 1234.5);
 * - percentages ("50%" -> 0.5, format "0%");
 * - TRUE / FALSE (and the Indonesian BENAR / SALAH), any case -> a boolean;
 * - dates: "1-2", "1/2" (day and month of the current year as en-US reads m/d: 2 January),
 *   "2021-03-04", "3/4/2021", "4-Mar-2021", "4 Maret 2021", "Mar 4" with English or
 *   Indonesian month names -> the date's serial number, format "m/d/yyyy";
 * - times "10:30" / "10:30:15" -> the fraction of a day, format "h:mm".
 * Not modelled: currency symbols, fractions ("1 1/2"), locale decimal commas, error literals.
 */

export interface Typed {
  value: string | number | boolean;
  /** The number format Excel gives the cell when it was General. */
  format?: string;
}

const MONTHS: Record<string, number> = {};
[
  ["jan", "january", "januari"],
  ["feb", "february", "februari", "peb", "pebruari"],
  ["mar", "march", "maret"],
  ["apr", "april"],
  ["may", "mei"],
  ["jun", "june", "juni"],
  ["jul", "july", "juli"],
  ["aug", "august", "agu", "agt", "agustus"],
  ["sep", "sept", "september"],
  ["oct", "october", "okt", "oktober"],
  ["nov", "november", "nop", "nopember"],
  ["dec", "december", "des", "desember"],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

/** Excel's serial number of a date (1900 system), or undefined when the date does not exist. */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return undefined;
  const t = Date.UTC(year, month - 1, day);
  if (new Date(t).getUTCDate() !== day) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const YEAR = new Date().getFullYear();
const fullYear = (y: string | undefined): number =>
  y === undefined ? YEAR : y.length <= 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y);

function date(text: string): number | undefined {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(text);
  if (m) return serial(fullYear(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-\s/]+([A-Za-z]+)\.?(?:[-\s/,]+(\d{2}|\d{4}))?$/.exec(text);
  if (m && MONTHS[(m[2] as string).toLowerCase()] !== undefined)
    return serial(fullYear(m[3]), MONTHS[(m[2] as string).toLowerCase()] as number, Number(m[1]));
  m = /^([A-Za-z]+)\.?[-\s]+(\d{1,2})(?:[-\s,]+(\d{4}))?$/.exec(text);
  if (m && MONTHS[(m[1] as string).toLowerCase()] !== undefined)
    return serial(fullYear(m[3]), MONTHS[(m[1] as string).toLowerCase()] as number, Number(m[2]));
  return undefined;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** What Excel makes of `text` typed into a General cell (text stays text when nothing fits). */
export function typedValue(text: string): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  const t = text.trim();
  if (/^(true|benar)$/i.test(t)) return { value: true };
  if (/^(false|salah)$/i.test(t)) return { value: false };
  if (!/\d/.test(t)) return { value: text };
  if (NUMBER.test(t) && /\d/.test(t)) return { value: Number(t.replace(/,/g, "")) };
  const pct = /^(.*\d)\s*%$/.exec(t);
  if (pct && NUMBER.test(pct[1] as string))
    return { value: Number((pct[1] as string).replace(/,/g, "")) / 100, format: "0%" };
  const d = date(t);
  if (d !== undefined) return { value: d, format: "m/d/yyyy" };
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60 && Number(time[3] ?? 0) < 60)
    return {
      value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86_400,
      format: "h:mm",
    };
  return { value: text };
}

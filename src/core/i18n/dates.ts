/**
 * Dates as staff write them: "4 Maret 2021" (and "4 March 2021"), without Intl, so every
 * browser and Node prints the same. One list of month names for the Info sheet, Convert's
 * report and the PDF.
 */
import type { Bilingual } from "./types";

export const MONTHS = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;

/**
 * "2021-03-04" -> { id: "4 Maret 2021", en: "4 March 2021" }; undefined when it is not such a date.
 * @example writtenDate("2021-07-15")?.id // "15 Juli 2021"
 */
export function writtenDate(iso: string): Bilingual | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m === null ? -1 : Number(m[2]) - 1;
  if (m === null || month < 0 || month > 11) return undefined;
  const day = Number(m[3]);
  return { id: `${day} ${MONTHS.id[month]} ${m[1]}`, en: `${day} ${MONTHS.en[month]} ${m[1]}` };
}

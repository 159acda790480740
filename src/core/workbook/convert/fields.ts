/**
 * The decree's own fields for a converted sheet: year, office, number, subject, place, date,
 * signatories, and the official who certified the copy (he goes to the Info sheet's
 * "Salinan sesuai dengan aslinya" row; the report's signatories are the signers only). The
 * user's options come first, then the title rows, the header ("Target 2021"), the signature
 * block; what the sheet does not say gets a visible placeholder, and the report says which is
 * which.
 */
import { writtenDate } from "../../i18n/dates";
import type { Decree } from "../../decree/schema";
import { fill, type Bilingual } from "../../i18n/types";
import type { DetectedHeader } from "./detect-header";
import { addressOf, rowText, type Grid } from "./grid";
import { FIELD_WORDS, PLACEHOLDERS, WHERE_WORDS, say } from "./messages";
import { numberIn, officeIn, readSignature, subjectIn, yearIn } from "./meta";
import type { SheetTables } from "./tables";
import type { ConvertOptions, ConvertReport, FieldReport } from "./types";

type Fields = Pick<
  Decree,
  "office" | "year" | "number" | "title" | "place" | "date" | "signatories" | "certifiedBy"
>;

const at = (words: Bilingual, params: Record<string, string | number>): Bilingual => ({
  id: fill(words.id, params),
  en: fill(words.en, params),
});

/** A date as staff write it: "2021-03-04" -> "4 Maret 2021" / "4 March 2021"; other text as it is. */
function shownValue(value: string | number): Bilingual {
  const date =
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? writtenDate(value) : undefined;
  return date ?? { id: String(value), en: String(value) };
}

function field(
  what: keyof typeof FIELD_WORDS,
  value: string | number,
  where?: Bilingual
): FieldReport {
  const w = FIELD_WORDS[what];
  const key = where === undefined ? "report.missing" : "report.found";
  const shown = shownValue(value);
  return {
    value,
    found: where !== undefined,
    message: {
      id: fill(say(key, { value: shown.id }).id, { what: w.id, where: where?.id ?? "" }),
      en: fill(say(key, { value: shown.en }).en, { what: w.en, where: where?.en ?? "" }),
    },
  };
}

/** A year and where it was read. */
export interface YearSource {
  value: number;
  where: Bilingual;
}

/** The first value a reader finds in the lines, with its row (1-based). */
function firstIn<T>(
  lines: readonly { row: number; text: string }[],
  read: (s: string) => T | undefined
): { value: T; row: number } | undefined {
  for (const l of lines) {
    const value = read(l.text);
    if (value !== undefined) return { value, row: l.row + 1 };
  }
  return undefined;
}

/**
 * The decree's year as the sheet says it, and where: the user's option, the title lines, a
 * year written in a header, the date of signing; undefined when none says it.
 */
export function sheetYear(
  titles: readonly { row: number; text: string }[],
  headers: readonly DetectedHeader[],
  signatureDate: string | undefined,
  options: ConvertOptions
): YearSource | undefined {
  if (options.year !== undefined) return { value: options.year, where: WHERE_WORDS.option };
  const title = firstIn(titles, yearIn);
  if (title !== undefined)
    return { value: title.value, where: at(WHERE_WORDS.title, { row: title.row }) };
  const header = headers.find((h) => h.year !== undefined);
  if (header?.year !== undefined)
    return {
      value: header.year,
      where: at(WHERE_WORDS.header, { cell: addressOf(header.row, header.yearCol ?? header.left) }),
    };
  if (signatureDate !== undefined)
    return { value: Number(signatureDate.slice(0, 4)), where: WHERE_WORDS.date };
  return undefined;
}

/**
 * A table's own year: the one year its target columns name ("Target 2022"), else the year in
 * its title rows (the rows of the line naming the table first, then the rows nearest the
 * header).
 */
export function tableYear(
  grid: Grid,
  header: DetectedHeader,
  titleRows: readonly number[],
  line: { row: number; text: string } | undefined
): YearSource | undefined {
  if (header.targetYear !== undefined)
    return {
      value: header.targetYear,
      where: at(WHERE_WORDS.header, { cell: addressOf(header.row, header.yearCol ?? header.left) }),
    };
  const from = line === undefined ? -1 : titleRows.indexOf(line.row);
  const named = from < 0 ? [] : titleRows.slice(from, from + 3);
  const order = [...named, ...[...titleRows].reverse().filter((r) => !named.includes(r))];
  const title = firstIn(
    order.map((row) => ({ row, text: rowText(grid, row) })),
    yearIn
  );
  return title === undefined
    ? undefined
    : { value: title.value, where: at(WHERE_WORDS.title, { row: title.row }) };
}

/**
 * Read the decree fields around the tables; fill the titles of tables that have none.
 * `today` is the fallback year when nothing names one.
 */
export function decreeFields(
  grid: Grid,
  t: SheetTables,
  options: ConvertOptions,
  today: number
): { fields: Fields; report: ConvertReport["fields"] } {
  const titles = [...t.titleLines, ...t.preamble];
  const signature = readSignature(t.noteRows.map((r) => rowText(grid, r)));
  const fromTitle = <T>(read: (s: string) => T | undefined) => firstIn(titles, read);
  const found = sheetYear(
    titles,
    t.plans.map((p) => p.header),
    signature.date,
    options
  );
  const year = found?.value ?? today;
  const yearWhere = found?.where;
  const signWhere = at(WHERE_WORDS.signature, { row: (t.noteRows[0] ?? 0) + 1 });
  const titleOffice = fromTitle(officeIn);
  const signOffice = signature.signatories
    .map((s) => officeIn(s.role))
    .find((o) => o !== undefined);
  const given = options.office?.trim() ?? "";
  const office = given || titleOffice?.value || signOffice || PLACEHOLDERS.office;
  const officeWhere =
    given !== ""
      ? WHERE_WORDS.option
      : titleOffice !== undefined
        ? at(WHERE_WORDS.title, { row: titleOffice.row })
        : signOffice !== undefined
          ? signWhere
          : undefined;
  const number = fromTitle(numberIn);
  const firstTitle = t.plans.find((p) => p.title !== "")?.title;
  for (const p of t.plans)
    if (p.title === "") p.title = fill(PLACEHOLDERS.tableTitle, { name: p.shortName, year });
  const signatories =
    signature.signatories.length > 0
      ? signature.signatories
      : [{ role: PLACEHOLDERS.role, name: PLACEHOLDERS.name }];
  const fields: Fields = {
    office,
    year,
    number: number?.value ?? PLACEHOLDERS.number,
    title:
      subjectIn(t.preamble.map((l) => l.text)) ??
      firstTitle ??
      fill(PLACEHOLDERS.decreeTitle, { office, year }),
    place: signature.place ?? PLACEHOLDERS.place,
    date: signature.date ?? `${year}-01-01`,
    signatories,
    ...(signature.certifiedBy !== undefined ? { certifiedBy: signature.certifiedBy } : {}),
  };
  const report: ConvertReport["fields"] = {
    year: field("year", year, yearWhere),
    office: field("office", office, officeWhere),
    number: field(
      "number",
      fields.number,
      number !== undefined ? at(WHERE_WORDS.title, { row: number.row }) : undefined
    ),
    place: field("place", fields.place, signature.place !== undefined ? signWhere : undefined),
    date: field("date", fields.date, signature.date !== undefined ? signWhere : undefined),
    signatories: field(
      "signatories",
      signatories.map((s) => `${s.role}: ${s.name}`).join("; "),
      signature.signatories.length > 0 ? signWhere : undefined
    ),
  };
  return { fields, report };
}

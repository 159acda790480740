/**
 * Custom checks put a message key of src/core/i18n/decree.ts into `params.key`; parse.ts
 * turns every issue into a message in both languages.
 *
 * The decree (Penetapan Kinerja) as data, and the schema every decree passes through —
 * the built-in one and any decree a user imports from a file.
 *
 * Units: numeric targets are in display units (100 means 100%, 77 is an index value of 77,
 * 2 is "2 Dokumen"). Grades and opinions are their codes ("B", "WTP").
 */
import * as z from "zod";

import { GRADES, KINDS, OPINIONS } from "./scales";

export { GRADES, KINDS, OPINIONS };

/** Excel keeps at most 32,767 characters in a cell. */
export const CELL_TEXT_MAX = 32_767;

const text = z.string().trim().min(1).max(CELL_TEXT_MAX);

/**
 * An id: lower-case letters, digits and hyphens. A table's id becomes an Excel table name
 * ("Kinerja_<id>"), which may not pass 255 characters.
 */
const id = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(100);

/**
 * Text that becomes part of a sheet name ("RKT <shortName>"): what Excel refuses in a sheet
 * name (`: \ / ? * [ ]`, a quote at either end, control characters) is refused here, where
 * the decree is read, not when the template is written.
 */
const sheetNamePart = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .refine(
    (s) =>
      !/[:\\/?*[\]]/.test(s) &&
      ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) &&
      !s.startsWith("'") &&
      !s.endsWith("'"),
    { params: { key: "decree.sheetName" } }
  );

/** A numeric target: one value, or a range whose bounds are both inclusive. */
const numericValue = z.union(
  [
    z.number().finite(),
    z
      .object({ min: z.number().finite(), max: z.number().finite() })
      .refine((r) => r.min <= r.max, { params: { key: "decree.rangeOrder" }, path: ["max"] }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union" ? { message: "decree.numericTarget" } : undefined,
  }
);

export const TargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("percent"), value: numericValue, text }),
  z.object({ kind: z.literal("index"), value: numericValue, text }),
  z.object({
    kind: z.literal("count"),
    value: numericValue,
    unit: text,
    /** The documents the decree lists for a count target ("1. Renja ... 2. ..."). */
    items: z.array(text).optional(),
    text,
  }),
  z.object({ kind: z.literal("grade"), value: z.enum(GRADES), text }),
  z.object({ kind: z.literal("opinion"), value: z.enum(OPINIONS), text }),
]);

/** realisasi = numerator / denominator x 100, when the decree divides two counts. */
export const ComponentsSchema = z.object({ numerator: text, denominator: text });

export const IndicatorSchema = z.object({
  /** Stable id, unique in the decree, e.g. "rkt-sekretariat-8". */
  id,
  /** The row number as the decree writes it ("1", "1.", or "" for a continued sasaran). */
  no: z.string().max(CELL_TEXT_MAX),
  sasaran: text,
  /** The decree's own wording, typos included; rows the PDF split are joined with "\n". */
  text,
  kind: z.enum(KINDS),
  direction: z.enum(["higher", "lower"]),
  /** How TW I-IV combine into the year: last known value, sum, or cumulative entries. */
  aggregation: z.enum(["last", "sum", "cumulative"]),
  /**
   * How often it is reported: every quarter (the default), each half year (TW II, TW IV) or
   * once a year (TW IV). Decides which quarters are expected (src/core/rules/words.ts).
   */
  period: z.enum(["quarterly", "semiannual", "annual"]).optional(),
  target: TargetSchema.optional(),
  caraPenghitungan: text.optional(),
  sumberData: text.optional(),
  components: ComponentsSchema.optional(),
  /** The unit answerable for the indicator ("Subbag Program dan Data"), kept as written. */
  penanggungJawab: text.optional(),
  /** The unit the indicator is measured in, as the IKU writes it ("%", "Dokumen", "Indeks"). */
  satuan: text.optional(),
  /** Penjelasan / alasan: why the indicator was chosen, or how it is read (IKU). */
  penjelasan: text.optional(),
  /** Last year's realisasi, in display units like the target (85 means 85%). */
  realisasiTahunLalu: z.number().finite().optional(),
  /** The medium-term (Renstra) target for the indicator, in display units like the target. */
  targetRenstra: z.number().finite().optional(),
  /** RKT rows: the id of the IKU row that defines the indicator. */
  iku: z.string().max(100).optional(),
  /** What the data does that the printed decree does not say (a split row, a join). */
  notes: z.array(text).optional(),
});

export const TableSchema = z.object({
  id,
  kind: z.enum(["rkt", "iku"]),
  /** Which part of the office the table is for. */
  unit: z.enum(["sekretariat", "kpu"]),
  lampiran: z.enum(["I", "II"]),
  title: text,
  /** Short name for sheet names ("RKT <shortName>"); defaults from `unit`. */
  shortName: sheetNamePart.optional(),
  indicators: z.array(IndicatorSchema).min(1),
});

const person = z.object({ role: text, name: text });

/**
 * Who certified the copy the data was taken from ("Salinan sesuai dengan aslinya", with the
 * official's role and name). The certifier vouches that the copy matches the original; he did
 * not sign the decree and is not one of `signatories`.
 */
export const CertifierSchema = z.object(
  { role: text, name: text },
  {
    error: (issue) =>
      issue.code === "invalid_type" ? { message: "decree.certifiedBy" } : undefined,
  }
);

/**
 * A program or kegiatan of the office's budget (DIPA), for the Anggaran sheet and the PK's
 * program block: its name, the sasaran it serves (the RKT's Sasaran Strategis as written) and
 * its pagu in rupiah. Optional: the KPU Kota Blitar 2021 decree names none.
 */
export const ProgramSchema = z.object({
  name: text,
  sasaran: text.optional(),
  pagu: z.number().finite().min(0).optional(),
});

/** One party of the Perjanjian Kinerja: the role as printed, the name where known. */
const party = z.object({ role: text, name: text.optional() });

/**
 * The Perjanjian Kinerja (PermenPANRB 53/2014) the decree's targets are the attachment of:
 * the first party who promises the targets, the second party (his superior) who receives
 * them, and the RKT tables (ids) it covers. Optional: without it the PK sheet takes the
 * decree's first signer as the second party and leaves the first party's name to fill.
 */
export const PerjanjianSchema = z.object({
  firstParty: party,
  secondParty: party,
  tables: z.array(id).optional(),
});

export const DecreeSchema = z
  .object({
    schemaVersion: z.literal(1),
    office: text,
    year: z.number().int().min(2000).max(2100),
    number: text,
    title: text,
    place: text,
    /** ISO date, yyyy-mm-dd. */
    date: z.iso.date(),
    /** Who signed the decree ("ttd."), the head of the office first. */
    signatories: z.array(person).min(1),
    certifiedBy: CertifierSchema.optional(),
    /**
     * The units that answer for indicators (Penanggung Jawab), offered as a list in the RKT
     * sheets' Penanggung Jawab column; without it the column is typed freely.
     */
    units: z.array(text).max(50).optional(),
    tables: z.array(TableSchema).min(1),
    /** The budget's programs/kegiatan (Anggaran sheet, PK program block). */
    programs: z.array(ProgramSchema).optional(),
    /** Who promises the targets to whom (PK sheet). */
    perjanjian: PerjanjianSchema.optional(),
  })
  .superRefine((decree, ctx) => {
    const ids = new Set<string>();
    decree.tables.forEach((table, t) =>
      table.indicators.forEach((ind, i) => {
        if (ids.has(ind.id)) {
          ctx.addIssue({
            code: "custom",
            params: { key: "decree.duplicateId", value: ind.id },
            path: ["tables", t, "indicators", i, "id"],
          });
        }
        ids.add(ind.id);
        if (ind.target && ind.target.kind !== ind.kind) {
          ctx.addIssue({
            code: "custom",
            params: { key: "decree.kindMismatch", value: ind.target.kind, expected: ind.kind },
            path: ["tables", t, "indicators", i, "target", "kind"],
          });
        }
      })
    );
    decree.tables.forEach((table, t) =>
      table.indicators.forEach((ind, i) => {
        if (ind.iku !== undefined && !ids.has(ind.iku)) {
          ctx.addIssue({
            code: "custom",
            params: { key: "decree.unknownIku", value: ind.iku },
            path: ["tables", t, "indicators", i, "iku"],
          });
        }
      })
    );
  });

export type { Grade, IndicatorKind, Opinion } from "./scales";
export type Target = z.infer<typeof TargetSchema>;
export type NumericTargetValue = number | { min: number; max: number };
export type Components = z.infer<typeof ComponentsSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type DecreeTable = z.infer<typeof TableSchema>;
export type Certifier = z.infer<typeof CertifierSchema>;
export type Decree = z.infer<typeof DecreeSchema>;
export type Program = z.infer<typeof ProgramSchema>;
export type Perjanjian = z.infer<typeof PerjanjianSchema>;

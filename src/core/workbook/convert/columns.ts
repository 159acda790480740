/**
 * What a column header means. Headers are compared in any case, without punctuation, with the
 * spelling variants of decrees and offices (No / No. / Nomor, Indikator Kinerja Utama / IKU,
 * Target 2021, Realisasi TW I / Triwulan I / Q1 / TW 1, Cara Penghitungan / Rumus, Ket ...).
 * The vocabulary is data: one pattern per meaning, tried in order. A header may name a year
 * ("Realisasi 2021", "TW I 2022", "Realisasi Tahun Lalu"): {@link yearTagOf} reads it, and the
 * table decides what the column is for (detect-header.ts, `assignColumns`).
 */

/** A column the converter understands. */
export type ColumnMeaning =
  | "no"
  | "sasaran"
  | "indikator"
  | "target"
  | "satuan"
  | "tw1"
  | "tw2"
  | "tw3"
  | "tw4"
  | "realisasi"
  | "capaian"
  | "kategori"
  | "cara"
  | "sumber"
  | "keterangan"
  | "periode"
  | "ttw1"
  | "ttw2"
  | "ttw3"
  | "ttw4"
  | "penanggungJawab"
  | "targetRenstra"
  | "masalah1"
  | "masalah2"
  | "masalah3"
  | "masalah4"
  | "rtl1"
  | "rtl2"
  | "rtl3"
  | "rtl4"
  | BudgetMeaning;

/**
 * The budget columns of an LKj-style table (LKj Bab III.B): the program, its pagu, the
 * realisasi anggaran for the year or per quarter, and the % serapan (recomputed). Their cells go
 * to the Anggaran sheet, per sasaran and program, not to the RKT sheet.
 */
export type BudgetMeaning =
  "program" | "pagu" | "realisasiAnggaran" | "atw1" | "atw2" | "atw3" | "atw4" | "serapan";

/** Realisasi Anggaran TW I..IV. */
export const BUDGET_QUARTER_MEANINGS = ["atw1", "atw2", "atw3", "atw4"] as const;

export const QUARTER_MEANINGS = ["tw1", "tw2", "tw3", "tw4"] as const;
/** Target TW I..IV (rencana aksi). */
export const QUARTER_TARGET_MEANINGS = ["ttw1", "ttw2", "ttw3", "ttw4"] as const;
/** Permasalahan and Rencana Tindak Lanjut TW I..IV; a column without a quarter is TW IV's. */
export const PROBLEM_MEANINGS = ["masalah1", "masalah2", "masalah3", "masalah4"] as const;
export const FOLLOW_UP_MEANINGS = ["rtl1", "rtl2", "rtl3", "rtl4"] as const;

/**
 * A header as compared: lower case, accents and punctuation dropped ("%" kept), single spaces.
 * @example headerKey("  No. ") // "no"
 * @example headerKey("Capaian (%)") // "capaian %"
 */
export function headerKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .replace(/\s*%\s*/g, " % ")
    .trim()
    .replace(/\s+/g, " ");
}

const YEAR = "(?: (?:tahun |ta )?(?:20\\d\\d))?";
/** "Tahun Lalu", "Tahun Sebelumnya", "TA Lalu", "Th. Lalu" as compared by {@link headerKey}. */
const LAST_YEAR = "(?:tahun|thn|th|ta) (?:lalu|sebelumnya)";
const PCT = "(?: %)?";
/** " TW II", " Triwulan 2" after a Permasalahan or Rencana Tindak Lanjut header (optional). */
const QUARTER_TAIL = "(?: (?:tw|triwulan|trw|q) ?(?:ke )?(?:i|ii|iii|iv|1|2|3|4))?";

/** Header patterns, tried in order against {@link headerKey}. */
const VOCABULARY: readonly [ColumnMeaning, RegExp][] = [
  ["no", /^(?:no|nomor|nmr|no urut|nomor urut)$/],
  ["sasaran", /^sasaran(?: strategis| program| kegiatan| kinerja| strategik)?$/],
  [
    "indikator",
    /^(?:indikator(?: kinerja)?(?: utama)?(?: iku)?|iku|ik|indikator sasaran(?: strategis)?|indikator kinerja (?:sasaran|program|kegiatan)(?: strategis)?|uraian indikator(?: kinerja)?)$/,
  ],
  ["target", new RegExp(`^target(?: kinerja)?(?: tahunan)?${YEAR}${PCT}$`)],
  ["satuan", /^(?:satuan|satuan ukur|satuan indikator)$/],
  [
    "realisasi",
    new RegExp(
      `^realisasi(?: kinerja)?(?: tahunan| kumulatif| akhir)?(?:${YEAR}| ${LAST_YEAR})${PCT}$`
    ),
  ],
  ["capaian", new RegExp(`^(?:capaian(?: kinerja)?|persentase capaian|%)${YEAR}${PCT}$`)],
  ["kategori", /^(?:kategori|predikat|kriteria)(?: capaian)?$/],
  [
    "cara",
    /^(?:cara (?:penghitungan|perhitungan|menghitung|pengukuran)|rumus(?: penghitungan| perhitungan)?|formula(?:si)?(?: penghitungan| perhitungan)?|metode (?:penghitungan|perhitungan))$/,
  ],
  ["sumber", /^sumber(?: data)?(?: bukti)?(?: dukung)?$/],
  ["keterangan", /^(?:keterangan|ket)$/],
  [
    "penanggungJawab",
    /^(?:(?:unit |sub bagian |subbag )?penanggung ?jawab(?: kegiatan| indikator| kinerja)?|pj|pic)$/,
  ],
  [
    "targetRenstra",
    new RegExp(
      `^target (?:akhir )?(?:renstra|jangka menengah|rpjmd?|akhir periode renstra)${YEAR}${PCT}$`
    ),
  ],
  [
    "masalah4",
    new RegExp(
      `^(?:permasalahan|masalah|kendala|hambatan)(?: (?:dan|&) (?:kendala|hambatan))?${QUARTER_TAIL}$`
    ),
  ],
  [
    "rtl4",
    new RegExp(
      `^(?:rencana tindak lanjut|tindak lanjut|rtl|upaya(?: perbaikan)?|solusi)${QUARTER_TAIL}$`
    ),
  ],
  [
    "periode",
    /^(?:periode|periode (?:pelaporan|pengukuran|pengumpulan data)|frekuensi(?: pelaporan| pengukuran)?)$/,
  ],
];

const ROMAN: Record<string, 1 | 2 | 3 | 4> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

/** Words after an amount's header: "(Rp)", "(Rp 000)", "(dalam ribuan rupiah)", "2022". */
const AMOUNT_TAIL =
  "(?: (?:dalam|ta|tahun|rp|rupiah|ribuan|ribu|jutaan|juta|miliar|milyar|000|20\\d\\d))*";
const BUDGET_QUARTER = "(?:tw|triwulan|trw|q) ?(?:ke )?(i|ii|iii|iv|1|2|3|4)";

/** Budget headers, tried after {@link VOCABULARY} ("Sasaran Program" stays a sasaran). */
const BUDGET_VOCABULARY: readonly [BudgetMeaning, RegExp][] = [
  [
    "program",
    /^(?:nama )?(?:program|kegiatan|sub ?kegiatan)(?: (?:dan )?(?:program|kegiatan|sub ?kegiatan))*$/,
  ],
  [
    "pagu",
    new RegExp(
      `^(?:pagu(?: anggaran)?(?: dipa)?|anggaran(?: pagu)?|alokasi(?: anggaran| dana)?|dipa|jumlah anggaran|pagu (?:awal|akhir|definitif|revisi))${AMOUNT_TAIL}$`
    ),
  ],
  [
    "realisasiAnggaran",
    new RegExp(
      `^(?:realisasi (?:anggaran|keuangan|belanja|dana)(?: s d (?:tw|triwulan) (?:iv|4))?|anggaran terealisasi)${AMOUNT_TAIL}$`
    ),
  ],
  [
    "serapan",
    /^(?:(?:% |persentase |tingkat |capaian )?(?:serapan|penyerapan)(?: anggaran| dana| keuangan)?|% (?:realisasi )?(?:anggaran|keuangan)|(?:persentase|capaian) realisasi (?:anggaran|keuangan))(?: %)?$/,
  ],
];

/** "Realisasi Anggaran TW II (Rp)" -> atw2. */
const BUDGET_QUARTER_HEADER = new RegExp(
  `^realisasi (?:anggaran|keuangan|belanja|dana) ${BUDGET_QUARTER}${AMOUNT_TAIL}$`
);

/** A parent header over budget columns: "ANGGARAN", "PAGU DAN REALISASI ANGGARAN", "KEUANGAN". */
const BUDGET_PARENT = /\b(?:anggaran|keuangan|pagu|dipa)\b/;

/**
 * The budget meaning of a header (one row, or its own text under a parent), or undefined.
 * @example budgetMeaningOf("Pagu Anggaran (Rp)") // "pagu"
 * @example budgetMeaningOf("Realisasi Anggaran TW II") // "atw2"
 * @example budgetMeaningOf("Realisasi", "ANGGARAN") // "realisasiAnggaran"
 */
export function budgetMeaningOf(own: string, parent = ""): BudgetMeaning | undefined {
  const key = headerKey(own);
  if (key === "" || key.length > 60) return undefined;
  const q = BUDGET_QUARTER_HEADER.exec(key);
  if (q !== null) return BUDGET_QUARTER_MEANINGS[(ROMAN[q[1] ?? ""] ?? 4) - 1];
  const parentKey = headerKey(parent);
  // "REALISASI" over "Kinerja | Anggaran": the realisasi of the budget.
  if (/^realisasi\b/.test(parentKey) && /^(?:anggaran|keuangan)$/.test(key))
    return "realisasiAnggaran";
  const found = BUDGET_VOCABULARY.find(([, p]) => p.test(key))?.[0];
  if (found !== undefined) return found;
  if (!BUDGET_PARENT.test(parentKey)) return undefined;
  // Under "ANGGARAN": Pagu | Realisasi | % (or TW I..IV under "REALISASI ANGGARAN").
  const quarter = quarterOf(own);
  if (quarter !== undefined)
    return quarter.of === "target" ? undefined : BUDGET_QUARTER_MEANINGS[quarter.quarter - 1];
  if (new RegExp(`^(?:pagu|alokasi|target|rencana|anggaran)${AMOUNT_TAIL}$`).test(key))
    return "pagu";
  if (new RegExp(`^realisasi${AMOUNT_TAIL}$`).test(key)) return "realisasiAnggaran";
  if (/^(?:%|persentase|serapan|capaian|% serapan|% realisasi)(?: %)?$/.test(key)) return "serapan";
  return undefined;
}

/**
 * How many rupiah one unit of a budget header's numbers is: "(Rp 000)" and "(dalam ribuan
 * rupiah)" 1.000, "(juta rupiah)" 1.000.000; else 1.
 * @example amountScale("Pagu (Rp 000)") // 1000
 */
export function amountScale(header: string): number {
  const key = headerKey(header);
  if (/\b(?:miliar|milyar)\b/.test(key)) return 1e9;
  if (/\b(?:jutaan|juta)\b/.test(key)) return 1e6;
  if (/\b(?:ribuan|ribu)\b|\brp 000\b/.test(key)) return 1e3;
  return 1;
}

/** A quarter header: which quarter, what it is a quarter of, and whether it was a bare "I". */
export interface QuarterHeader {
  quarter: 1 | 2 | 3 | 4;
  /** The word before the quarter ("realisasi", "target", "capaian"), if any. */
  of?: "realisasi" | "target" | "capaian";
  /** "I".."IV" or "1".."4" alone: a quarter only under a Realisasi/Triwulan parent. */
  bare: boolean;
}

const QUARTER = new RegExp(
  `^(?:(realisasi|target|capaian)(?: kinerja)? )?(?:(tw|triwulan|trw|tri wulan|q|kuartal|quarter) ?(?:ke )?)?(i|ii|iii|iv|1|2|3|4)(?:${YEAR}| ${LAST_YEAR})${PCT}$`
);

/**
 * The quarter a header names, or undefined.
 * @example quarterOf("TW I") // { quarter: 1, bare: false }
 * @example quarterOf("Realisasi Triwulan IV") // { quarter: 4, of: "realisasi", bare: false }
 * @example quarterOf("Q3") // { quarter: 3, bare: false }
 */
export function quarterOf(text: string): QuarterHeader | undefined {
  const m = QUARTER.exec(headerKey(text));
  if (m === null) return undefined;
  const quarter = ROMAN[m[3] ?? ""];
  if (quarter === undefined) return undefined;
  const bare = m[2] === undefined;
  // "Realisasi 1" or a lone "1" is too weak on its own; the caller decides with the parent.
  const of = m[1] as QuarterHeader["of"];
  return of === undefined ? { quarter, bare } : { quarter, of, bare };
}

/**
 * The meaning of a single header text (no quarter), or undefined.
 * @example meaningOf("INDIKATOR KINERJA UTAMA") // "indikator"
 * @example meaningOf("Target 2021") // "target"
 * @example meaningOf("Ket.") // "keterangan"
 */
export function meaningOf(text: string): ColumnMeaning | undefined {
  const key = headerKey(text);
  if (key === "" || key.length > 60) return undefined;
  for (const [meaning, pattern] of VOCABULARY) {
    if (!pattern.test(key)) continue;
    if (meaning === "masalah4" || meaning === "rtl4") return quarterTextMeaning(meaning, key);
    return meaning;
  }
  return budgetMeaningOf(text);
}

/** "Permasalahan TW II" -> "masalah2"; without a quarter, TW IV's (an LKj table is the year's). */
function quarterTextMeaning(meaning: "masalah4" | "rtl4", key: string): ColumnMeaning {
  const m = / (?:tw|triwulan|trw|q) ?(?:ke )?(i|ii|iii|iv|1|2|3|4)$/.exec(key);
  const q = m === null ? 4 : (ROMAN[m[1] ?? ""] ?? 4);
  return (meaning === "masalah4" ? PROBLEM_MEANINGS : FOLLOW_UP_MEANINGS)[q - 1] as ColumnMeaning;
}

/** The year a header names ("Target 2021" -> 2021), or undefined. */
export function headerYear(text: string): number | undefined {
  const m = /\b(20\d\d)\b/.exec(text);
  return m === null ? undefined : Number(m[1]);
}

/** A header's year tag: a year it names ("Realisasi 2021"), or last year in words ("Realisasi Tahun Lalu"). */
export type YearTag = { year: number } | { lastYear: true };

/**
 * The year a header names, as a year or as last year in words; undefined when it names none.
 * @example yearTagOf("REALISASI 2022 / TW I") // { year: 2022 }
 * @example yearTagOf("Realisasi Tahun Sebelumnya") // { lastYear: true }
 */
export function yearTagOf(text: string): YearTag | undefined {
  const year = headerYear(text);
  if (year !== undefined) return { year };
  return new RegExp(`\\b${LAST_YEAR}\\b`).test(headerKey(text)) ? { lastYear: true } : undefined;
}

/** Words that make a parent header a group of realisasi quarters. */
export const REALISASI_PARENT = /^(?:realisasi|triwulan|tw|capaian|target)\b/;

/**
 * The meaning of a column given its own header and the header of the group above it (a merged
 * parent such as "REALISASI" over "TW I".."TW IV"). Quarterly targets are the rencana aksi
 * ("ttw1".."ttw4"), quarterly capaian is computed ("capaian").
 */
export function columnMeaning(own: string, parent: string): { meaning?: ColumnMeaning } {
  // A header merged down over both rows ("Realisasi TW I" beside "REALISASI" over "I".."IV").
  if (own.trim() === "" && parent.trim() !== "") return columnMeaning(parent, "");
  const parentKey = headerKey(parent);
  // Under a budget parent ("ANGGARAN" over "Pagu | Realisasi | %", "REALISASI ANGGARAN" over
  // "TW I".."TW IV") the columns are the budget's, never the indicator's realisasi.
  const budget = budgetMeaningOf(own, parent);
  if (budget !== undefined) return { meaning: budget };
  const q = quarterOf(own);
  if (q !== undefined) {
    const of =
      q.of ?? (/^(?:realisasi|target|capaian)\b/.exec(parentKey)?.[0] as QuarterHeader["of"]);
    if (q.bare && of === undefined && !REALISASI_PARENT.test(parentKey)) return {};
    if (of === "target")
      return { meaning: QUARTER_TARGET_MEANINGS[q.quarter - 1] as ColumnMeaning };
    if (of === "capaian") return { meaning: "capaian" };
    return { meaning: QUARTER_MEANINGS[q.quarter - 1] as ColumnMeaning };
  }
  const ownMeaning = meaningOf(own);
  if (ownMeaning !== undefined) return { meaning: ownMeaning };
  // A year alone under its group ("REALISASI" over "2021", "2022" or "Tahun Lalu").
  if (own === "" || new RegExp(`^(?:(?:tahun |ta )?20\\d\\d|${LAST_YEAR})$`).test(headerKey(own))) {
    const p = meaningOf(parent);
    if (p !== undefined) return { meaning: p };
  }
  return {};
}

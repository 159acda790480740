/**
 * Every text Convert shows or writes: report lines and problems in Indonesian and English,
 * and the Indonesian placeholders it writes into a decree when the sheet does not say.
 */
import { bilingual, type Bilingual, type Params } from "../../i18n";
import { CONVERT_MESSAGES } from "../../i18n/convert";

export { CONVERT_MESSAGES };
import type { ColumnMeaning } from "./columns";

export type ConvertMessageKey = keyof typeof CONVERT_MESSAGES;

/** A Convert message in both languages, its parameters filled in. */
export function say(key: ConvertMessageKey, params?: Params): Bilingual {
  return bilingual(key, params);
}

/** What each column means, as the report says it. */
export const MEANING_WORDS: Record<ColumnMeaning, Bilingual> = {
  no: { id: "nomor", en: "number" },
  sasaran: { id: "sasaran strategis", en: "strategic objective (sasaran)" },
  indikator: { id: "indikator kinerja", en: "performance indicator" },
  target: { id: "target", en: "target" },
  satuan: { id: "satuan (menentukan jenis indikator)", en: "unit (decides the indicator's kind)" },
  tw1: { id: "realisasi TW I", en: "realisasi Q1" },
  tw2: { id: "realisasi TW II", en: "realisasi Q2" },
  tw3: { id: "realisasi TW III", en: "realisasi Q3" },
  tw4: { id: "realisasi TW IV", en: "realisasi Q4" },
  realisasi: { id: "realisasi tahunan", en: "yearly realisasi" },
  capaian: {
    id: "capaian (dihitung ulang oleh Hitung Capaian)",
    en: "capaian (recomputed by Hitung Capaian)",
  },
  kategori: {
    id: "kategori (dihitung ulang oleh Hitung Capaian)",
    en: "kategori (recomputed by Hitung Capaian)",
  },
  cara: {
    id: "cara penghitungan (disimpan di keputusan)",
    en: "calculation method (kept in the decree)",
  },
  sumber: { id: "sumber data", en: "data source" },
  keterangan: { id: "keterangan", en: "remarks" },
  ttw1: { id: "target TW I (rencana aksi)", en: "target Q1 (action plan)" },
  ttw2: { id: "target TW II (rencana aksi)", en: "target Q2 (action plan)" },
  ttw3: { id: "target TW III (rencana aksi)", en: "target Q3 (action plan)" },
  ttw4: { id: "target TW IV (rencana aksi)", en: "target Q4 (action plan)" },
  periode: {
    id: "periode pelaporan (triwulan yang diharapkan)",
    en: "reporting period (the quarters expected)",
  },
  penanggungJawab: { id: "penanggung jawab", en: "responsible unit" },
  targetRenstra: {
    id: "target Renstra (target jangka menengah)",
    en: "Renstra target (medium-term target)",
  },
  masalah1: { id: "permasalahan TW I", en: "problems Q1" },
  masalah2: { id: "permasalahan TW II", en: "problems Q2" },
  masalah3: { id: "permasalahan TW III", en: "problems Q3" },
  masalah4: { id: "permasalahan TW IV", en: "problems Q4" },
  rtl1: { id: "rencana tindak lanjut TW I", en: "follow-up plan Q1" },
  rtl2: { id: "rencana tindak lanjut TW II", en: "follow-up plan Q2" },
  rtl3: { id: "rencana tindak lanjut TW III", en: "follow-up plan Q3" },
  rtl4: { id: "rencana tindak lanjut TW IV", en: "follow-up plan Q4" },
  program: {
    id: "program/kegiatan (dibawa ke lembar Anggaran)",
    en: "programme/activity (carried to the Anggaran sheet)",
  },
  pagu: {
    id: "pagu anggaran (dibawa ke lembar Anggaran)",
    en: "budget ceiling, pagu (carried to the Anggaran sheet)",
  },
  realisasiAnggaran: {
    id: "realisasi anggaran setahun (dibawa ke Realisasi Anggaran TW IV lembar Anggaran)",
    en: "the year's budget realisasi (carried to Realisasi Anggaran TW IV of the Anggaran sheet)",
  },
  atw1: {
    id: "realisasi anggaran TW I (dibawa ke lembar Anggaran)",
    en: "budget realisasi Q1 (carried to the Anggaran sheet)",
  },
  atw2: {
    id: "realisasi anggaran TW II (dibawa ke lembar Anggaran)",
    en: "budget realisasi Q2 (carried to the Anggaran sheet)",
  },
  atw3: {
    id: "realisasi anggaran TW III (dibawa ke lembar Anggaran)",
    en: "budget realisasi Q3 (carried to the Anggaran sheet)",
  },
  atw4: {
    id: "realisasi anggaran TW IV (dibawa ke lembar Anggaran)",
    en: "budget realisasi Q4 (carried to the Anggaran sheet)",
  },
  serapan: {
    id: "% serapan (dihitung ulang di lembar Anggaran)",
    en: "% absorption (recomputed on the Anggaran sheet)",
  },
};

/** A single Realisasi Anggaran beside quarterly ones: a total, recomputed by the sheet. */
export const BUDGET_TOTAL_WORDS: Bilingual = {
  id: "realisasi anggaran kumulatif (dihitung ulang dari TW I–IV di lembar Anggaran)",
  en: "cumulative budget realisasi (recomputed from Q1–Q4 on the Anggaran sheet)",
};

/** Last year's realisasi, as the report says it. */
export const LAST_YEAR_WORDS: Bilingual = {
  id: "realisasi tahun lalu (ditulis ke kolom Realisasi Tahun Lalu, tidak dipakai untuk capaian)",
  en: "last year's realisasi (written to the Realisasi Tahun Lalu column, not used for capaian)",
};

/** What a year-tagged column is read as, in the report's line about years. */
export const YEAR_MEANING_WORDS: Partial<Record<ColumnMeaning, Bilingual>> = {
  target: { id: "target", en: "target" },
  realisasi: { id: "realisasi", en: "realisasi" },
  tw1: MEANING_WORDS.tw1,
  tw2: MEANING_WORDS.tw2,
  tw3: MEANING_WORDS.tw3,
  tw4: MEANING_WORDS.tw4,
  capaian: { id: "capaian", en: "capaian" },
};

/** Where a decree field came from, as the report says it. */
export const WHERE_WORDS = {
  option: { id: "pilihan pengguna", en: "the user's choice" },
  title: { id: "baris judul {row}", en: "title row {row}" },
  header: { id: "judul kolom {cell}", en: "the header {cell}" },
  signature: { id: "baris tanda tangan {row}", en: "signature row {row}" },
  date: { id: "tanggal penetapan", en: "the date of the decree" },
} satisfies Record<string, Bilingual>;

/** Names of decree fields in the report. */
export const FIELD_WORDS = {
  year: { id: "Tahun", en: "Year" },
  office: { id: "Nama kantor", en: "Office name" },
  number: { id: "Nomor keputusan", en: "Decree number" },
  place: { id: "Tempat penetapan", en: "Place of signing" },
  date: { id: "Tanggal penetapan", en: "Date of signing" },
  signatories: { id: "Penanda tangan", en: "Signatories" },
} satisfies Record<string, Bilingual>;

/** Where an indicator's kind was read, as the report says it; {cell} and {unit} are filled in. */
export const EVIDENCE_WORDS = {
  target: {
    percentSign: { id: "tanda % di target {cell}", en: "the % sign in the target {cell}" },
    percentFormat: {
      id: "format persen target {cell}",
      en: "the percent format of the target {cell}",
    },
    unit: { id: 'satuan "{unit}" di target {cell}', en: 'the unit "{unit}" in the target {cell}' },
    code: { id: "kode di target {cell}", en: "the code in the target {cell}" },
  },
  realisasi: {
    percentSign: { id: "tanda % di realisasi {cell}", en: "the % sign in the realisasi {cell}" },
    percentFormat: {
      id: "format persen realisasi {cell}",
      en: "the percent format of the realisasi {cell}",
    },
    unit: {
      id: 'satuan "{unit}" di realisasi {cell}',
      en: 'the unit "{unit}" in the realisasi {cell}',
    },
    code: { id: "kode di realisasi {cell}", en: "the code in the realisasi {cell}" },
  },
  satuan: { id: "kolom Satuan", en: "the Satuan column" },
  header: { id: "judul kolom {cell}", en: "the header {cell}" },
  text: { id: "teks indikator", en: "the indicator's text" },
  default: {
    id: "tidak ada petunjuk persen atau satuan: angka biasa",
    en: "no percent or unit anywhere: a plain number",
  },
} satisfies Record<string, Bilingual | Record<string, Bilingual>>;

/** How the direction was decided. */
export const DIRECTION_SOURCE_WORDS = {
  text: { id: 'teks menyebut "semakin kecil semakin baik"', en: "the text says smaller is better" },
  default: { id: "bawaan", en: "the default" },
} satisfies Record<string, Bilingual>;

/**
 * Indonesian placeholders written into the decree when the sheet does not say. They are data
 * (they land on the Info Kinerja sheet), and say plainly that they are to be filled in.
 */
export const PLACEHOLDERS = {
  office: "(nama kantor belum diisi)",
  number: "(nomor keputusan belum diisi)",
  place: "(tempat belum diisi)",
  role: "Penanggung Jawab",
  name: "(nama belum diisi)",
  sasaran: "(sasaran belum diisi)",
  unit: "Unit",
  tableTitle: "Rencana Kinerja Tahunan {name} Tahun {year}",
  decreeTitle: "Rencana Kinerja Tahunan {office} Tahun {year}",
  continuationNote: "Baris lanjutan {rows} di lembar {sheet} digabung ke indikator ini.",
  fromSheet: "Diubah dari lembar {sheet}, baris {row}.",
} as const;

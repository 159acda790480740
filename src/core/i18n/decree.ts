import type { Bilingual } from "./types";

/** Messages about decree files (the built-in decree and imported ones). */
export const DECREE_MESSAGES = {
  "decree.json": {
    id: "Berkas keputusan bukan JSON yang sah: {detail}",
    en: "The decree file is not valid JSON: {detail}",
  },
  "decree.tooLarge": {
    id: "Berkas keputusan terlalu besar ({size} KB; paling besar {limit} KB).",
    en: "The decree file is too large ({size} KB; at most {limit} KB).",
  },
  "decree.tooManyItems": {
    id: "Berkas keputusan berisi lebih dari {limit} butir daftar. Sebuah keputusan memuat beberapa ratus indikator, konsolidasi nasional beberapa ribu.",
    en: "The decree file holds more than {limit} list items. A decree has a few hundred indicators, a national consolidation a few thousand.",
  },
  "decree.moreProblems": {
    id: "… dan {count} masalah lain (perbaiki yang di atas dulu).",
    en: "… and {count} more problems (fix the ones above first).",
  },
  "decree.unreadable": {
    id: "Berkas keputusan tidak dapat diperiksa ({detail}).",
    en: "The decree file cannot be checked ({detail}).",
  },
  "decree.sheetName": {
    id: "tidak dapat menjadi bagian nama lembar Excel: tanpa : \\ / ? * [ ], tanpa ' di awal atau akhir, tanpa karakter kendali",
    en: "cannot be part of an Excel sheet name: no : \\ / ? * [ ], no ' at the start or end, no control characters",
  },
  "decree.notWorkbook": {
    id: "Berkas \u201c{file}\u201d bukan buku kerja Excel (.xlsx) yang dapat dibaca. Simpan tabel RKT/IKU sebagai Buku Kerja Excel (.xlsx), lalu pilih lagi.",
    en: "The file \u201c{file}\u201d is not an Excel workbook (.xlsx) that can be read. Save the RKT/IKU table as an Excel Workbook (.xlsx) and choose it again.",
  },
  "decree.noTableInFile": {
    id: "Tidak ada tabel RKT/IKU yang dikenali di berkas \u201c{file}\u201d.",
    en: "No RKT/IKU table was recognised in the file \u201c{file}\u201d.",
  },
  "decree.fixHint": {
    id: "Perbaiki berkas di tempat yang disebut, lalu pilih lagi; atau pilih buku kerja Excel (.xlsx) berisi tabel RKT/IKU.",
    en: "Fix the file where each line says, then choose it again; or choose an Excel workbook (.xlsx) holding the RKT/IKU table.",
  },
  "decree.fromSheet": {
    id: "Keputusan dibaca dari lembar \u201c{sheet}\u201d di berkas \u201c{file}\u201d.",
    en: "Decree read from the sheet \u201c{sheet}\u201d in the file \u201c{file}\u201d.",
  },
  "decree.field": { id: "{where}: {problem}", en: "{where}: {problem}" },
  "decree.duplicateId": { id: 'id "{value}" dipakai dua kali', en: 'id "{value}" is used twice' },
  "decree.kindMismatch": {
    id: 'jenis target "{value}" berbeda dengan jenis indikator "{expected}"',
    en: 'target kind "{value}" differs from the indicator\'s kind "{expected}"',
  },
  "decree.unknownIku": {
    id: 'IKU "{value}" tidak ada dalam keputusan',
    en: 'IKU "{value}" is not in the decree',
  },
  "decree.numericTarget": {
    id: 'harus berupa angka (mis. 100) atau rentang { "min": 80, "max": 90 }',
    en: 'must be a number (e.g. 100) or a range { "min": 80, "max": 90 }',
  },
  "decree.rangeOrder": {
    id: "batas bawah lebih besar dari batas atas",
    en: "the lower bound is above the upper bound",
  },
  "decree.certifiedBy": {
    id: 'harus berupa { "role": "Sekretaris", "name": "..." }: satu pejabat yang mengesahkan salinan ("Salinan sesuai dengan aslinya"), bukan penanda tangan keputusan (mereka di "signatories")',
    en: 'must be { "role": "Sekretaris", "name": "..." }: the one official who certified the copy ("Salinan sesuai dengan aslinya"), not a signer of the decree (those are in "signatories")',
  },
  "decree.where.root": { id: "Keputusan", en: "Decree" },
  "decree.where.table": { id: "Tabel {n} ({name})", en: "Table {n} ({name})" },
  "decree.where.indicator": { id: "indikator {n} ({name})", en: "indicator {n} ({name})" },
} satisfies Record<string, Bilingual>;

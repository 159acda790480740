import type { Bilingual } from "./types";

/**
 * What to do about a finding, one short instruction per finding code (`todo.<code>`), shown
 * under the finding's message — for the codes whose message says only what is wrong. A message
 * that already says what to do ("… Ubah menjadi 80%", "Pilih salah satu: …") travels alone (to
 * the command line, the Rekap Rapat and the consolidation too): those codes are listed in
 * `MESSAGE_SAYS_WHAT_TO_DO`, and have no todo, so no instruction is written twice. Every code is
 * in exactly one of the two (a test checks it).
 */
export const TODO_MESSAGES = {
  "todo.target.missing": {
    id: "Isi target sesuai keputusan.",
    en: "Enter the target as the decree sets it.",
  },
  "todo.target.unparseable": {
    id: "Ketik target sebagai angka, misalnya 80% atau 12.",
    en: "Type the target as a number, e.g. 80% or 12.",
  },
  "todo.target.wrongKind": {
    id: "Ketik target sesuai Jenis indikator, atau pilih Jenis yang benar.",
    en: "Type the target to match the indicator's Jenis, or choose the right Jenis.",
  },
  "todo.target.notOnScale": {
    id: "Pilih target dari skala yang disebut.",
    en: "Choose the target from the scale named.",
  },
  "todo.target.zero": { id: "Isi target yang bukan 0.", en: "Enter a target other than 0." },
  "todo.target.differsFromDecree": {
    id: "Samakan target dengan keputusan, atau biarkan jika memang sudah direvisi.",
    en: "Match the target to the decree, or leave it if it was revised.",
  },
  "todo.realisasi.unparseable": {
    id: "Ketik realisasi sebagai angka, misalnya 85% atau 12.",
    en: "Type the realisasi as a number, e.g. 85% or 12.",
  },
  "todo.realisasi.wrongKind": {
    id: "Ketik realisasi sesuai Jenis indikator, atau pilih Jenis yang benar.",
    en: "Type the realisasi to match the indicator's Jenis, or choose the right Jenis.",
  },
  "todo.realisasi.notOnScale": {
    id: "Pilih realisasi dari skala yang disebut.",
    en: "Choose the realisasi from the scale named.",
  },
  "todo.realisasi.percentBelowZero": {
    id: "Periksa angkanya; persentase tidak kurang dari 0%.",
    en: "Check the number; a percentage is not below 0%.",
  },
  "todo.realisasi.percentAbove100": {
    id: "Periksa angkanya; persentase ini tidak lebih dari 100%.",
    en: "Check the number; this percentage is not above 100%.",
  },
  "todo.realisasi.negativeCount": {
    id: "Ketik jumlah 0 atau lebih.",
    en: "Type a count of 0 or more.",
  },
  "todo.realisasi.notWholeNumber": { id: "Ketik bilangan bulat.", en: "Type a whole number." },
  "todo.realisasi.countAboveItems": {
    id: "Periksa jumlahnya terhadap daftar dokumen dalam keputusan.",
    en: "Check the count against the documents the decree lists.",
  },
  "todo.realisasi.afterReportingQuarter": {
    id: "Ubah TW pelaporan di Pengaturan, atau kosongkan sel itu.",
    en: "Change the reporting quarter in Settings, or clear that cell.",
  },
  "todo.realisasi.missing": {
    id: "Isi realisasi triwulan ini.",
    en: "Enter this quarter's realisasi.",
  },
  "todo.realisasi.cumulativeFalls": {
    id: "Periksa angka triwulan ini; nilai kumulatif tidak turun.",
    en: "Check this quarter's number; a cumulative value does not fall.",
  },
  "todo.realisasi.gradeFromScore": {
    id: "Tidak perlu tindakan jika predikat itu benar.",
    en: "Nothing to do if that grade is right.",
  },
  "todo.realisasi.looksLikeFraction": {
    id: "Ketik nilainya dalam satuan target.",
    en: "Type the value in the target's units.",
  },
  "todo.components.unparseable": {
    id: "Ketik pembilang dan penyebut sebagai angka.",
    en: "Type the numerator and denominator as numbers.",
  },
  "todo.components.zeroDenominator": {
    id: "Isi penyebut yang bukan 0.",
    en: "Enter a denominator other than 0.",
  },
  "todo.components.plainTarget": {
    id: "Tulis target sebagai persen ({value}%).",
    en: "Write the target as a percentage ({value}%).",
  },
  "todo.components.incomplete": {
    id: "Isi pembilang dan penyebut keduanya.",
    en: "Fill in both numerator and denominator.",
  },
  "todo.components.mismatch": {
    id: "Samakan realisasi dengan hasil pembilang/penyebut, atau kosongkan realisasi.",
    en: "Match the realisasi to numerator/denominator, or clear the realisasi.",
  },
  "todo.sumberData.missing": {
    id: "Tulis bukti dukung di kolom Sumber Data.",
    en: "Write the evidence in the Sumber Data column.",
  },
  "todo.consistency.rktWithoutIku": {
    id: "Tambahkan indikator ini ke lembar IKU jika memang IKU.",
    en: "Add the indicator to the IKU sheet if it is an IKU.",
  },
  "todo.consistency.ikuWithoutRkt": {
    id: "Tambahkan targetnya ke lembar RKT.",
    en: "Add its target to the RKT sheet.",
  },
  "todo.consistency.noCaraPenghitungan": {
    id: "Tulis cara penghitungan di lembar IKU jika berbeda dari rumus baku.",
    en: "Write the cara penghitungan on the IKU sheet if it differs from the default.",
  },
  "todo.consistency.duplicateIndicator": {
    id: "Hapus baris ganda atau bedakan teks indikatornya.",
    en: "Delete the duplicate row or make the indicator texts differ.",
  },
  "todo.anggaran.negative": {
    id: "Ketik jumlah rupiah 0 atau lebih.",
    en: "Type an amount of 0 or more.",
  },
  "todo.anggaran.unreadable": {
    id: "Ketik jumlah rupiah sebagai angka, misalnya 1250000.",
    en: "Type the amount as a number, e.g. 1250000.",
  },
  "todo.anggaran.overPagu": {
    id: "Periksa realisasi per triwulan dan pagu terhadap laporan keuangan.",
    en: "Check the quarterly realisasi and the pagu against the financial report.",
  },
  "todo.anggaran.noPagu": {
    id: "Ketik pagu program ini.",
    en: "Type this program's pagu.",
  },
  "todo.anggaran.unknownSasaran": {
    id: "Salin teks sasaran dari kolom Sasaran Strategis lembar RKT.",
    en: "Copy the sasaran's text from the Sasaran Strategis column of an RKT sheet.",
  },
} satisfies Record<string, Bilingual>;

/** Finding codes whose `finding.<code>` message itself says what to do (no `todo.<code>`). */
export const MESSAGE_SAYS_WHAT_TO_DO: ReadonlySet<string> = new Set([
  "target.ambiguous",
  "target.excelError",
  "target.text",
  "target.notCounted",
  "realisasi.ambiguous",
  "realisasi.excelError",
  "realisasi.aboveTarget",
  "realisasi.text",
  "realisasi.notCounted",
  "realisasi.looksCumulative",
  "realisasi.looksLikeDate",
  "realisasi.mixedUnits",
  "kind.percentValues",
  "kind.numberValues",
  "indicator.unknownWord",
  "indicator.blankWord",
  "indicator.unknownPeriod",
  "indicator.blankPeriod",
  "anggaran.notCounted",
]);

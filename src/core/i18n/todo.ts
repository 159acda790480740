import type { Bilingual } from "./types";

/**
 * What to do about each finding, one short instruction per finding code (`todo.<code>`), shown
 * under the finding's message. Every code has one (a test checks it).
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
  "todo.target.ambiguous": {
    id: "Ketik ulang target dengan koma desimal, misalnya 1,5.",
    en: "Retype the target with a decimal comma, e.g. 1,5.",
  },
  "todo.target.excelError": {
    id: "Perbaiki rumus di sel itu atau ketik targetnya langsung.",
    en: "Fix the formula in that cell or type the target directly.",
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
  "todo.target.text": {
    id: "Tekan Perbaiki atau Rapikan isian.",
    en: "Press Fix or Tidy entries.",
  },
  "todo.target.notCounted": {
    id: "Tekan Perbaiki atau Rapikan isian.",
    en: "Press Fix or Tidy entries.",
  },
  "todo.realisasi.unparseable": {
    id: "Ketik realisasi sebagai angka, misalnya 85% atau 12.",
    en: "Type the realisasi as a number, e.g. 85% or 12.",
  },
  "todo.realisasi.ambiguous": {
    id: "Ketik ulang realisasi dengan koma desimal, misalnya 1,5.",
    en: "Retype the realisasi with a decimal comma, e.g. 1,5.",
  },
  "todo.realisasi.excelError": {
    id: "Perbaiki rumus di sel itu atau ketik realisasinya langsung.",
    en: "Fix the formula in that cell or type the realisasi directly.",
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
  "todo.realisasi.aboveTarget": {
    id: "Biarkan jika target memang terlampaui; jika tidak, perbaiki angkanya.",
    en: "Leave it if the target was exceeded; otherwise correct the number.",
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
  "todo.realisasi.text": {
    id: "Tekan Perbaiki atau Rapikan isian.",
    en: "Press Fix or Tidy entries.",
  },
  "todo.realisasi.notCounted": {
    id: "Tekan Perbaiki atau Rapikan isian.",
    en: "Press Fix or Tidy entries.",
  },
  "todo.realisasi.gradeFromScore": {
    id: "Tidak perlu tindakan jika predikat itu benar.",
    en: "Nothing to do if that grade is right.",
  },
  "todo.realisasi.looksLikeFraction": {
    id: "Ketik nilainya dalam satuan target.",
    en: "Type the value in the target's units.",
  },
  "todo.realisasi.looksLikeDate": {
    id: "Ubah format sel menjadi Angka atau Persen, lalu ketik ulang.",
    en: "Set the cell's format to Number or Percentage, then retype.",
  },
  "todo.realisasi.mixedUnits": {
    id: "Tekan Perbaiki atau Rapikan isian.",
    en: "Press Fix or Tidy entries.",
  },
  "todo.realisasi.looksCumulative": {
    id: "Jika angkanya s.d. triwulan, pilih Kumulatif di kolom Agregasi TW.",
    en: "If the numbers are to date, choose Kumulatif in the Agregasi TW column.",
  },
  "todo.indicator.unknownWord": {
    id: "Pilih kata dari daftar di sel itu.",
    en: "Choose a word from the cell's list.",
  },
  "todo.indicator.blankWord": {
    id: "Isi sel itu jika keputusan yang benar.",
    en: "Fill that cell if the decree is right.",
  },
  "todo.indicator.unknownPeriod": {
    id: "Pilih Triwulanan, Semesteran atau Tahunan dari daftar di sel itu.",
    en: "Choose Triwulanan, Semesteran or Tahunan from the list in that cell.",
  },
  "todo.indicator.blankPeriod": {
    id: "Isi sel itu dengan periode dari keputusan jika keputusan yang benar.",
    en: "Fill that cell with the decree's period if the decree is right.",
  },
  "todo.kind.percentValues": {
    id: "Pilih Jenis yang sesuai di kolom Jenis.",
    en: "Choose the matching Jenis in the Jenis column.",
  },
  "todo.kind.numberValues": {
    id: "Pilih Jenis yang sesuai di kolom Jenis.",
    en: "Choose the matching Jenis in the Jenis column.",
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
  "todo.anggaran.notCounted": {
    id: "Tekan Perbaiki atau Rapikan isian.",
    en: "Press Fix or Tidy entries.",
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

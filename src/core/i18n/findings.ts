import type { Bilingual } from "./types";

/**
 * Messages of the rules core (src/core/rules): one `finding.<code>` per finding code, and the
 * labels results carry (kategori bands, tercapai, cap, grade rule). Parameters: {value} what
 * the cell holds, {quarter} "TW II" (both languages), {expected}, {detail}, {readings}, {fix}.
 */
export const FINDING_MESSAGES = {
  "finding.target.missing": { id: "Target belum diisi.", en: "The target is missing." },
  "finding.target.unparseable": {
    id: 'Target "{value}" tidak dapat dibaca.',
    en: 'The target "{value}" cannot be read.',
  },
  "finding.target.ambiguous": {
    id: 'Target "{value}" bermakna ganda ({readings}); tulis dengan jelas, misalnya dengan koma desimal.',
    en: 'The target "{value}" is ambiguous ({readings}); write it unambiguously, e.g. with a decimal comma.',
  },
  "finding.target.excelError": {
    id: "Sel target berisi kode kesalahan Excel {value}. Perbaiki rumus atau ketik targetnya.",
    en: "The target cell holds the Excel error {value}. Fix the formula or type the target.",
  },
  "finding.target.wrongKind": {
    id: 'Target "{value}" bukan {expected}.',
    en: 'The target "{value}" is not {expected}.',
  },
  "finding.target.notOnScale": {
    id: 'Target "{value}" tidak ada pada skala {expected}.',
    en: 'The target "{value}" is not on the {expected} scale.',
  },
  "finding.target.zero": {
    id: "Target 0: capaian tidak dapat dihitung.",
    en: "The target is 0: capaian cannot be computed.",
  },
  "finding.target.differsFromDecree": {
    id: "Target {value} berbeda dengan target dalam keputusan ({expected}).",
    en: "The target {value} differs from the decree's target ({expected}).",
  },
  "finding.target.text": {
    id: 'Target diketik sebagai teks "{value}"; ubah menjadi angka {fix}.',
    en: 'The target was typed as text "{value}"; turn it into the number {fix}.',
  },
  "finding.target.notCounted": {
    id: 'Target "{value}" tidak dibaca rumus lembar, jadi Capaian menunjukkan "cek isian" dan tidak dihitung di mana pun. Ubah menjadi {fix}.',
    en: 'The target "{value}" is not read by the sheet\'s formulas, so Capaian shows "cek isian" and is counted nowhere. Turn it into {fix}.',
  },
  "finding.realisasi.unparseable": {
    id: 'Realisasi {quarter} "{value}" tidak dapat dibaca.',
    en: 'Realisasi {quarter} "{value}" cannot be read.',
  },
  "finding.realisasi.ambiguous": {
    id: 'Realisasi {quarter} "{value}" bermakna ganda ({readings}); tulis dengan jelas, misalnya dengan koma desimal.',
    en: 'Realisasi {quarter} "{value}" is ambiguous ({readings}); write it unambiguously, e.g. with a decimal comma.',
  },
  "finding.realisasi.excelError": {
    id: "Sel realisasi {quarter} berisi kode kesalahan Excel {value}. Perbaiki rumus atau ketik nilainya.",
    en: "The realisasi cell {quarter} holds the Excel error {value}. Fix the formula or type the value.",
  },
  "finding.realisasi.wrongKind": {
    id: 'Realisasi {quarter} "{value}" bukan {expected}.',
    en: 'Realisasi {quarter} "{value}" is not {expected}.',
  },
  "finding.realisasi.notOnScale": {
    id: 'Realisasi {quarter} "{value}" tidak ada pada skala {expected}.',
    en: 'Realisasi {quarter} "{value}" is not on the {expected} scale.',
  },
  "finding.realisasi.percentBelowZero": {
    id: "Realisasi {quarter} {value}% di bawah 0%.",
    en: "Realisasi {quarter} {value}% is below 0%.",
  },
  "finding.realisasi.percentAbove100": {
    id: "Realisasi {quarter} {value}% di atas 100%.",
    en: "Realisasi {quarter} {value}% is above 100%.",
  },
  "finding.realisasi.aboveTarget": {
    id: "Realisasi {quarter} {value}% di atas 100%. Cara penghitungannya membagi dengan target, jadi ini berarti target terlampaui; periksa jika tidak dimaksudkan.",
    en: "Realisasi {quarter} {value}% is above 100%. Its cara penghitungan divides by the target, so this means the target was exceeded; check it if not meant.",
  },
  "finding.realisasi.negativeCount": {
    id: "Realisasi {quarter} {value} negatif; jumlah tidak dapat negatif.",
    en: "Realisasi {quarter} {value} is negative; a count cannot be.",
  },
  "finding.realisasi.notWholeNumber": {
    id: "Realisasi {quarter} {value} bukan bilangan bulat.",
    en: "Realisasi {quarter} {value} is not a whole number.",
  },
  "finding.realisasi.countAboveItems": {
    id: "Realisasi {value} melebihi jumlah dokumen yang disebut dalam keputusan ({expected}).",
    en: "Realisasi {value} exceeds the number of documents the decree lists ({expected}).",
  },
  "finding.realisasi.afterReportingQuarter": {
    id: "Realisasi {quarter} diisi padahal periode laporan baru sampai {expected}; nilai ini tidak dihitung.",
    en: "Realisasi {quarter} is filled in although reporting only runs to {expected}; the value is not counted.",
  },
  "finding.realisasi.missing": {
    id: "Realisasi {quarter} belum diisi.",
    en: "Realisasi {quarter} is not reported yet.",
  },
  "finding.realisasi.cumulativeFalls": {
    id: "Realisasi kumulatif turun dari {expected} menjadi {value} pada {quarter}.",
    en: "The cumulative realisasi falls from {expected} to {value} in {quarter}.",
  },
  "finding.realisasi.text": {
    id: 'Realisasi {quarter} diketik sebagai teks "{value}"; ubah menjadi {fix}.',
    en: 'Realisasi {quarter} was typed as text "{value}"; turn it into {fix}.',
  },
  "finding.realisasi.notCounted": {
    id: 'Realisasi {quarter} "{value}" tidak dibaca rumus lembar, jadi Realisasi Tahun dan Capaian menunjukkan "cek isian" dan tidak dihitung di mana pun. Ubah menjadi {fix}.',
    en: 'Realisasi {quarter} "{value}" is not read by the sheet\'s formulas, so Realisasi Tahun and Capaian show "cek isian" and it is counted nowhere. Turn it into {fix}.',
  },
  "finding.realisasi.looksCumulative": {
    id: "Realisasi per triwulan ({value}) tampak diketik kumulatif (s.d. triwulan), tetapi dijumlahkan menjadi {expected}. Jika angkanya s.d. triwulan, ubah Agregasi TW menjadi Kumulatif.",
    en: "The quarterly realisasi ({value}) look typed cumulatively (to date), yet they are added up to {expected}. If they are to-date figures, set Agregasi TW to Kumulatif.",
  },
  "finding.realisasi.looksLikeDate": {
    id: "Realisasi {quarter} berformat tanggal: Excel mengubah isian menjadi tanggal, dan rumus menghitungnya sebagai angka {value}. Ubah format sel menjadi Angka atau Persen, lalu ketik ulang nilainya.",
    en: "Realisasi {quarter} is formatted as a date: Excel turned the entry into a date, and the formulas count it as the number {value}. Set the cell's format to Number or Percentage and type the value again.",
  },
  "finding.realisasi.mixedUnits": {
    id: "Realisasi {quarter} tertulis {value}, sedangkan target ditulis dengan satuan lain (persen vs angka biasa). Rumus membagi angka apa adanya, jadi capaian meleset 100 kali lipat. Maksudnya {expected}? Ubah menjadi {fix}.",
    en: "Realisasi {quarter} reads {value}, while the target is written in other units (percent vs plain number). The formulas divide the numbers as they are, so the capaian is off a hundredfold. Did you mean {expected}? Turn it into {fix}.",
  },
  "finding.kind.percentValues": {
    id: 'Jenis "Persen", tetapi semua angkanya ({value}) di atas 1,5 tanpa format persen. Jika ini nilai atau jumlah, pilih Jenis "{fix}"; jika persen, biarkan (target dan realisasi dibaca dalam satuan yang sama) atau tulis dengan format persen (85% disimpan 0,85).',
    en: 'Jenis "Persen", but all its numbers ({value}) are above 1.5 with no percent format. If they are a score or a count, choose Jenis "{fix}"; if percents, leave them (target and realisasi are read in the same units) or type them with a percent format (85% stored as 0.85).',
  },
  "finding.kind.numberValues": {
    id: 'Jenis "{detail}", tetapi semua angkanya ({value}) persen (format persen atau tanda %). Jika ini persen, pilih Jenis "{fix}"; jika bukan, tulis angkanya tanpa %.',
    en: 'Jenis "{detail}", but all its numbers ({value}) are percents (a percent format or a % sign). If they are percents, choose Jenis "{fix}"; if not, type the numbers without %.',
  },
  "finding.indicator.unknownWord": {
    id: 'Isian "{value}" tidak dikenal rumus lembar, jadi Realisasi Tahun atau Capaian menunjukkan "cek isian". Pilih salah satu: {expected}.',
    en: 'The entry "{value}" is not known to the sheet\'s formulas, so Realisasi Tahun or Capaian show "cek isian". Choose one of: {expected}.',
  },
  "finding.indicator.blankWord": {
    id: "Sel ini kosong, jadi rumus membacanya sebagai {value}, sedangkan keputusan menyebut {fix}. Isi sel ini jika yang dimaksud {fix}.",
    en: "This cell is blank, so the formulas read it as {value}, while the decree says {fix}. Fill it in if {fix} is meant.",
  },
  "finding.indicator.unknownPeriod": {
    id: 'Periode "{value}" tidak dikenal, jadi dibaca sebagai Triwulanan (realisasi diharapkan setiap triwulan). Pilih salah satu: {expected}.',
    en: 'The period "{value}" is not known, so it is read as Triwulanan (a realisasi is expected every quarter). Choose one of: {expected}.',
  },
  "finding.indicator.blankPeriod": {
    id: "Periode kosong, jadi dibaca sebagai {value} (realisasi diharapkan setiap triwulan), sedangkan keputusan menyebut {fix}. Isi sel ini jika yang dimaksud {fix}.",
    en: "The period is blank, so it is read as {value} (a realisasi is expected every quarter), while the decree says {fix}. Fill it in if {fix} is meant.",
  },
  "finding.realisasi.gradeFromScore": {
    id: "Nilai {value} pada {quarter} dibaca sebagai predikat {expected}.",
    en: "The score {value} in {quarter} is read as grade {expected}.",
  },
  "finding.realisasi.looksLikeFraction": {
    id: "Realisasi {quarter} {value} tampak seperti pecahan (0–1) padahal targetnya di atas 1; maksudnya {expected}?",
    en: "Realisasi {quarter} {value} looks like a fraction (0–1) while the target is above 1; did you mean {expected}?",
  },
  "finding.components.unparseable": {
    id: 'Komponen {detail} {quarter} "{value}" tidak dapat dibaca.',
    en: 'Component {detail} {quarter} "{value}" cannot be read.',
  },
  "finding.components.zeroDenominator": {
    id: "Penyebut {quarter} bernilai 0: realisasi tidak dapat dihitung.",
    en: "The denominator {quarter} is 0: realisasi cannot be computed.",
  },
  "finding.components.plainTarget": {
    id: "Realisasi dari pembilang ÷ penyebut adalah persen, tetapi target {value} ditulis sebagai angka biasa: capaian membandingkan, misalnya, 75% dengan {value}, bukan dengan {value}%.",
    en: "The realisasi from numerator ÷ denominator is a percentage, but the target {value} is written as a plain number: the capaian compares, for example, 75% with {value}, not with {value}%.",
  },
  "finding.components.incomplete": {
    id: "Hanya satu komponen (pembilang/penyebut) {quarter} yang diisi.",
    en: "Only one component (numerator/denominator) {quarter} is filled in.",
  },
  "finding.components.mismatch": {
    id: "Realisasi {quarter} {value} berbeda dengan hasil pembilang/penyebut ({expected}); hasil komponen yang dipakai.",
    en: "Realisasi {quarter} {value} differs from numerator/denominator ({expected}); the components' result is used.",
  },
  "finding.sumberData.missing": {
    id: "Realisasi diisi tanpa bukti dukung (kolom Sumber Data).",
    en: "Realisasi is filled in without evidence (the Sumber Data column).",
  },
  "finding.consistency.rktWithoutIku": {
    id: "Indikator RKT ini tidak memiliki definisi IKU.",
    en: "This RKT indicator has no IKU definition.",
  },
  "finding.consistency.ikuWithoutRkt": {
    id: "Indikator IKU ini tidak memiliki target dalam RKT.",
    en: "This IKU indicator has no target in the RKT.",
  },
  "finding.consistency.noCaraPenghitungan": {
    id: "Cara penghitungan kosong; rumus baku realisasi / target × 100% dipakai.",
    en: "Cara penghitungan is empty; the default formula realisasi / target × 100% is used.",
  },
  "finding.consistency.duplicateIndicator": {
    id: "Indikator ini sama dengan {expected} dalam tabel yang sama.",
    en: "This indicator duplicates {expected} in the same table.",
  },
  "finding.anggaran.negative": {
    id: "Jumlah rupiah {value} negatif; pagu dan realisasi anggaran tidak dapat negatif.",
    en: "The amount {value} is negative; a pagu or realisasi anggaran cannot be.",
  },
  "finding.anggaran.unreadable": {
    id: 'Isian "{value}" bukan jumlah rupiah, jadi lembar menunjukkan "cek isian".',
    en: 'The entry "{value}" is no rupiah amount, so the sheet shows "cek isian".',
  },
  "finding.anggaran.notCounted": {
    id: 'Jumlah rupiah "{value}" diketik sebagai teks dan tidak dibaca rumus lembar, jadi Realisasi Anggaran dan % Serapan menunjukkan "cek isian". Ubah menjadi {fix}.',
    en: 'The amount "{value}" was typed as text and is not read by the sheet\'s formulas, so Realisasi Anggaran and % Serapan show "cek isian". Turn it into {fix}.',
  },
  "finding.anggaran.overPagu": {
    id: "Realisasi anggaran TW I–IV berjumlah {value}, melebihi pagu {expected}.",
    en: "The realisasi anggaran of TW I–IV adds up to {value}, above the pagu of {expected}.",
  },
  "finding.anggaran.noPagu": {
    id: "Realisasi anggaran sudah diisi tetapi pagu belum, jadi % serapan tidak dapat dihitung.",
    en: "Realisasi anggaran is typed but the pagu is not, so % serapan cannot be computed.",
  },
  "finding.anggaran.unknownSasaran": {
    id: 'Sasaran "{value}" tidak ada di lembar RKT, jadi Capaian Sasaran dan Efisiensi kosong.',
    en: 'The sasaran "{value}" is on no RKT sheet, so Capaian Sasaran and Efisiensi stay blank.',
  },

  "kind.percent": { id: "persentase", en: "a percentage" },
  "kind.index": { id: "nilai indeks", en: "an index value" },
  "kind.count": { id: "jumlah", en: "a count" },
  "kind.grade": { id: "predikat SAKIP (AA–D)", en: "a SAKIP grade (AA–D)" },
  "kind.opinion": { id: "opini BPK (WTP/WDP/TW/TMP)", en: "a BPK opinion (WTP/WDP/TW/TMP)" },
  "component.numerator": { id: "pembilang", en: "numerator" },
  "component.denominator": { id: "penyebut", en: "denominator" },

  "kategori.five.sangatBaik": { id: "Sangat Baik", en: "Very good" },
  "kategori.five.baik": { id: "Baik", en: "Good" },
  "kategori.five.cukup": { id: "Cukup", en: "Fair" },
  "kategori.five.kurang": { id: "Kurang", en: "Poor" },
  "kategori.five.sangatKurang": { id: "Sangat Kurang", en: "Very poor" },
  "kategori.six.memuaskan": { id: "Memuaskan", en: "Excellent" },
  "kategori.six.sangatBaik": { id: "Sangat Baik", en: "Very good" },
  "kategori.six.baik": { id: "Baik", en: "Good" },
  "kategori.six.cukup": { id: "Cukup", en: "Fair" },
  "kategori.six.sedang": { id: "Sedang", en: "Moderate" },
  "kategori.six.kurang": { id: "Kurang", en: "Poor" },
  "kategori.binary.berhasil": { id: "Berhasil", en: "Achieved" },
  "kategori.binary.tidakBerhasil": { id: "Tidak Berhasil", en: "Not achieved" },
  "attainment.tercapai": { id: "Tercapai", en: "Reached" },
  "attainment.tidakTercapai": { id: "Tidak Tercapai", en: "Not reached" },
  "cap.none": { id: "tanpa batas atas", en: "uncapped" },
  "cap.100": { id: "dibatasi 100%", en: "capped at 100%" },
  "cap.120": { id: "dibatasi 120%", en: "capped at 120%" },
  "gradeRule.binary": { id: "tercapai = 100%, tidak = 0%", en: "reached = 100%, not = 0%" },
  "gradeRule.rank": {
    id: "peringkat realisasi / peringkat target × 100%",
    en: "rank of realisasi / rank of target × 100%",
  },
} satisfies Record<string, Bilingual>;

import type { Bilingual } from "./types";

/** Convert's report lines and problems (src/core/workbook/convert). */
export const CONVERT_MESSAGES = {
  // Why no template can be made.
  "convert.noSheet": {
    id: 'Lembar "{sheet}" tidak ada di buku kerja ini.',
    en: 'There is no sheet "{sheet}" in this workbook.',
  },
  "convert.ownedSheet": {
    id: 'Lembar "{sheet}" sudah berupa templat Kinerja; tidak perlu diubah lagi.',
    en: 'The sheet "{sheet}" is already a Kinerja template; there is nothing to convert.',
  },
  "convert.noHeader": {
    id: 'Tidak ada tabel RKT/IKU yang dikenali di lembar "{sheet}": tidak ada baris judul kolom yang memuat "Indikator" bersama kolom lain seperti "No", "Sasaran" atau "Target".',
    en: 'No RKT/IKU table was recognised on the sheet "{sheet}": no header row names an "Indikator" column together with another column such as "No", "Sasaran" or "Target".',
  },
  "convert.nearMiss": {
    id: 'Baris {row} memuat judul {found}, tetapi tidak ada kolom Indikator (mis. "Indikator Kinerja Utama" atau "IKU").',
    en: 'Row {row} has the headers {found}, but no Indikator column (e.g. "Indikator Kinerja Utama" or "IKU").',
  },
  "convert.shape": {
    id: 'Susun tabelnya begini: satu baris judul kolom "No | Sasaran Strategis | Indikator Kinerja Utama | Target" (boleh ditambah Satuan, Realisasi TW I–IV, Capaian, Cara Penghitungan, Sumber Data, Keterangan; judul boleh dua baris, mis. "REALISASI" di atas "TW I".."TW IV"), lalu satu indikator per baris di bawahnya. Judul laporan di atas tabel dan tanda tangan di bawahnya boleh tetap ada.',
    en: 'Lay the table out like this: one header row "No | Sasaran Strategis | Indikator Kinerja Utama | Target" (Satuan, Realisasi TW I–IV, Capaian, Cara Penghitungan, Sumber Data and Keterangan may be added; the header may take two rows, e.g. "REALISASI" above "TW I".."TW IV"), then one indicator per row below it. A report title above the table and signatures below it may stay.',
  },
  "convert.noRows": {
    id: "Judul kolom ditemukan di {address}, tetapi tidak ada baris indikator di bawahnya.",
    en: "A header was found at {address}, but no indicator rows follow it.",
  },
  "convert.invalidDecree": {
    id: "Keputusan yang dibentuk dari lembar ini tidak dapat digunakan: {detail}",
    en: "The decree built from this sheet is not valid: {detail}",
  },
  // What was recognised.
  "report.table": {
    id: 'Tabel {n} "{title}": judul kolom di {address} ({rows} baris), menjadi lembar "RKT {shortName}".',
    en: 'Table {n} "{title}": header at {address} ({rows} row(s)), becomes the sheet "RKT {shortName}".',
  },
  "report.titleRows": {
    id: "Baris judul di atas tabel ({rows}) dilewati.",
    en: "Title rows above the table ({rows}) skipped.",
  },
  "report.column": {
    id: '{column}: "{header}" → {meaning}',
    en: '{column}: "{header}" → {meaning}',
  },
  "report.columnUnknown": {
    id: '{column}: "{header}" tidak dikenali; isinya tidak dibawa.',
    en: '{column}: "{header}" not understood; its cells are not carried.',
  },
  "report.columnBudget": {
    id: '{column}: "{header}" adalah kolom anggaran; isinya tidak dibawa ke lembar RKT. Ketik program, pagu dan realisasi anggaran di lembar Anggaran.',
    en: '{column}: "{header}" is a budget column; its cells are not carried to the RKT sheet. Type the programs, pagu and realisasi anggaran on the Anggaran sheet.',
  },
  "report.columnDuplicate": {
    id: '{column}: "{header}" mengulang kolom {meaning}; hanya kolom pertama yang dipakai.',
    en: '{column}: "{header}" repeats the {meaning} column; only the first one is used.',
  },
  "report.columnOtherYear": {
    id: '{column}: "{header}" bukan kolom tahun tabel ini; isinya diabaikan.',
    en: '{column}: "{header}" is not for this table\'s year; its cells are ignored.',
  },
  "report.tableYear": {
    id: "Tahun tabel: {year} (dari {where}).",
    en: "The table's year: {year} (from {where}).",
  },
  "report.year.this": {
    id: 'kolom "{header}" dibaca sebagai {meaning} tahun ini ({year})',
    en: 'column "{header}" read as this year\'s {meaning} ({year})',
  },
  "report.year.last": {
    id: 'kolom "{header}" dibaca sebagai realisasi tahun lalu (ditulis ke kolom Realisasi Tahun Lalu, tidak dipakai untuk capaian)',
    en: 'column "{header}" read as last year\'s realisasi (written to the Realisasi Tahun Lalu column, not used for capaian)',
  },
  "report.year.other": {
    id: 'kolom "{header}" diabaikan (tahun {year}, bukan tahun tabel)',
    en: 'column "{header}" ignored ({year}, not the table\'s year)',
  },
  "report.year.otherLast": {
    id: 'kolom "{header}" diabaikan (tahun lalu; dari tahun lalu hanya realisasi tahunan yang dibaca)',
    en: 'column "{header}" ignored (last year; of last year only the yearly realisasi is read)',
  },
  "report.counts": {
    id: "{indicators} indikator dalam {groups} sasaran.",
    en: "{indicators} indicator(s) in {groups} sasaran group(s).",
  },
  "report.continuation": {
    id: "Baris {row} adalah lanjutan indikator baris {into}; teksnya digabung.",
    en: "Row {row} continues the indicator in row {into}; its text was joined.",
  },
  "report.sasaranRow": {
    id: "Baris {row} hanya memuat sasaran; sasaran itu berlaku untuk baris di bawahnya.",
    en: "Row {row} only names a sasaran; it applies to the rows below.",
  },
  "report.ignored.blank": { id: "Baris kosong dilewati: {row}.", en: "Blank rows skipped: {row}." },
  "report.ignored.repeatedHeader": {
    id: "Baris {row} mengulang judul kolom, dilewati.",
    en: "Row {row} repeats the header, skipped.",
  },
  "report.ignored.columnNumbers": {
    id: "Baris {row} berisi nomor kolom, dilewati.",
    en: "Row {row} holds column numbers, skipped.",
  },
  "report.ignored.noIndicator": {
    id: 'Baris {row} tidak memiliki teks indikator, dilewati: "{text}".',
    en: 'Row {row} has no indicator text, skipped: "{text}".',
  },
  "report.ignored.note": {
    id: 'Baris {row} (catatan atau tanda tangan di bawah tabel, mulai "{text}") dilewati; tabel berakhir di sana.',
    en: 'Rows {row} (notes or signatures below the table, from "{text}") skipped; the table ends there.',
  },
  "report.unreadTarget": {
    id: 'Target di {cell} ("{text}") tidak terbaca sebagai {kind}; nilainya dibawa apa adanya ke kolom Target dan keputusan tidak memuat target untuk indikator ini.',
    en: 'The target in {cell} ("{text}") cannot be read as {kind}; it is carried as it is into the Target column and the decree holds no target for this indicator.',
  },
  "report.noTarget": {
    id: "Indikator baris {row} tidak memiliki target; isi di templat.",
    en: "The indicator in row {row} has no target; fill it in on the template.",
  },
  "report.noTargetColumn": {
    id: "Tidak ada kolom Target: target dikosongkan; isi di templat.",
    en: "There is no Target column: targets are left empty; fill them in on the template.",
  },
  "report.fraction": {
    id: "Target di {cell} ({value}) dibaca sebagai pecahan persen: {percent}%.",
    en: "The target in {cell} ({value}) was read as a fraction: {percent}%.",
  },
  "report.indicator": {
    id: 'Baris {row}: Jenis "{kind}" (dari {source}), Satuan "{unit}", Arah "{direction}" ({how}). Jika salah, pilih yang benar di kolom Jenis/Satuan/Arah templat.',
    en: 'Row {row}: Jenis "{kind}" (from {source}), Satuan "{unit}", Arah "{direction}" ({how}). If wrong, pick the right one in the template\'s Jenis/Satuan/Arah columns.',
  },
  "report.values": {
    id: "Baris {row}: target dan realisasi ditulis dalam satuan yang sama: {changes}.",
    en: "Row {row}: target and realisasi written in the same units: {changes}.",
  },
  "report.valuesAsTyped": {
    id: 'Baris {row}: {cells} tidak terbaca sebagai "{kind}"; dibawa apa adanya dan Hitung Capaian menandainya "cek isian".',
    en: 'Row {row}: {cells} cannot be read as "{kind}"; carried as typed, and Hitung Capaian marks it "cek isian".',
  },
  "report.budget.row": {
    id: 'Lembar Anggaran, baris sasaran "{sasaran}"{program}: {parts}.',
    en: 'Anggaran sheet, the row of sasaran "{sasaran}"{program}: {parts}.',
  },
  "report.budget.repeat": {
    id: "Baris {row}: jumlah anggaran ({cells}) sama dengan {first} pada sasaran dan program yang sama; dihitung sekali.",
    en: "Row {row}: the budget amounts ({cells}) repeat {first} of the same sasaran and programme; counted once.",
  },
  "report.budget.unreadable": {
    id: '{cell} "{text}" bukan jumlah rupiah yang dapat dibaca; ditulis apa adanya ke lembar Anggaran ({column}), di sana tampil "cek isian" dan Periksa Isian menandainya. Ketik angkanya.',
    en: '{cell} "{text}" is not an amount of rupiah that can be read; it is written as typed to the Anggaran sheet ({column}), which shows "cek isian" there, and Periksa Isian marks it. Type the number.',
  },
  "report.budget.scale": {
    id: 'Kolom {column} "{header}": angkanya dalam satuan {unit} rupiah, dikali {factor} di lembar Anggaran.',
    en: 'Column {column} "{header}": its numbers are in {unit} rupiah, multiplied by {factor} on the Anggaran sheet.',
  },
  "report.budget.single": {
    id: "Kolom Realisasi Anggaran tunggal ({column}) dibawa ke Realisasi Anggaran TW IV lembar Anggaran sebagai realisasi setahun (seperti kolom Realisasi tunggal ke Realisasi TW IV).",
    en: "The single Realisasi Anggaran column ({column}) is carried into Realisasi Anggaran TW IV of the Anggaran sheet as the year's realisasi (as a single Realisasi column goes to Realisasi TW IV).",
  },
  "report.budget.sheetKept": {
    id: "Buku kerja ini sudah memiliki lembar Anggaran ({sheet}); lembar itu tidak diubah, jadi anggaran tabel ini tidak dibawa. Salin pagu dan realisasinya ke sana.",
    en: "This workbook already has an Anggaran sheet ({sheet}); it is left as it is, so this table's budget is not carried. Copy the pagu and realisasi there.",
  },
  "report.singleRealisasi": {
    id: "Kolom Realisasi tunggal ({column}) dibawa ke Realisasi TW IV sebagai nilai tahunan.",
    en: "The single Realisasi column ({column}) is carried into Realisasi TW IV as the year's value.",
  },
  "report.emptyTable": {
    id: "Judul kolom di {address} tidak diikuti baris indikator; tabel itu dilewati.",
    en: "The header at {address} has no indicator rows below it; that table is skipped.",
  },
  "report.found": {
    id: '{what} "{value}" diambil dari {where}.',
    en: '{what} "{value}" taken from {where}.',
  },
  "report.missing": {
    id: '{what} tidak ditemukan di lembar; ditulis "{value}". Perbaiki di lembar Info Kinerja.',
    en: '{what} not found on the sheet; "{value}" was written. Correct it on the Info Kinerja sheet.',
  },
  "report.sourceKept": {
    id: 'Lembar "{sheet}" tidak diubah.',
    en: 'The sheet "{sheet}" is left unchanged.',
  },
  "report.infoKept": {
    id: "Buku kerja ini sudah memiliki lembar Info Kinerja; lembar itu tidak diubah.",
    en: "This workbook already has an Info Kinerja sheet; it is left unchanged.",
  },
} satisfies Record<string, Bilingual>;

/**
 * Messages of the `kinerja` command, Indonesian first and English too. Messages the add-in
 * shares (no template yet, charts left out, findings) come from the core's one table
 * (src/core/i18n); these are the command line's own.
 */
import { fill, type Bilingual, type Lang, type Params } from "../core/i18n/types";

export const CLI_MESSAGES = {
  "usage.unknownCommand": {
    id: 'Perintah "{command}" tidak dikenal. Perintah yang ada: {allowed}.',
    en: 'Unknown command "{command}". Commands: {allowed}.',
  },
  "usage.noCommand": {
    id: "Sebutkan perintahnya: {allowed}. Lihat kinerja --help.",
    en: "Name a command: {allowed}. See kinerja --help.",
  },
  "usage.unknownOption": {
    id: 'Opsi "{option}" tidak dikenal untuk perintah {command}. Lihat kinerja {command} --help.',
    en: 'Unknown option "{option}" for the {command} command. See kinerja {command} --help.',
  },
  "usage.missingValue": {
    id: "Opsi {option} perlu nilai.",
    en: "The option {option} needs a value.",
  },
  "usage.badValue": {
    id: 'Nilai "{value}" tidak berlaku untuk {option}. Nilai yang boleh: {allowed}.',
    en: 'The value "{value}" is not allowed for {option}. Allowed values: {allowed}.',
  },
  "usage.flagTakesNoValue": {
    id: "Opsi {option} tidak menggunakan nilai.",
    en: "The option {option} takes no value.",
  },
  "usage.repeated": {
    id: "Opsi {option} disebut lebih dari sekali.",
    en: "The option {option} is given more than once.",
  },
  "usage.needInput": {
    id: "Sebutkan berkas .xlsx masukan: kinerja {command} MASUKAN.xlsx …",
    en: "Name the input .xlsx file: kinerja {command} IN.xlsx …",
  },
  "usage.tooManyArgs": {
    id: 'Argumen "{arg}" tidak diharapkan. Lihat kinerja {command} --help.',
    en: 'Unexpected argument "{arg}". See kinerja {command} --help.',
  },
  "usage.needOut": {
    id: "Sebutkan berkas keluaran: --out KELUARAN.xlsx",
    en: "Name the output file: --out OUT.xlsx",
  },
  "io.notXlsx": {
    id: 'Berkas "{path}" bukan berkas .xlsx. Simpan dulu sebagai Buku Kerja Excel (.xlsx).',
    en: 'The file "{path}" is not an .xlsx file. Save it as an Excel Workbook (.xlsx) first.',
  },
  "io.outNotXlsx": {
    id: 'Berkas keluaran "{path}" harus berakhiran .xlsx.',
    en: 'The output file "{path}" must end in .xlsx.',
  },
  "io.missing": {
    id: 'Berkas "{path}" tidak ditemukan.',
    en: 'The file "{path}" was not found.',
  },
  "io.notFile": {
    id: '"{path}" bukan berkas.',
    en: '"{path}" is not a file.',
  },
  "io.unreadable": {
    id: 'Berkas "{path}" tidak dapat dibaca sebagai buku kerja .xlsx ({detail}).',
    en: 'The file "{path}" cannot be read as an .xlsx workbook ({detail}).',
  },
  "io.encrypted": {
    id: 'Buku kerja "{path}" dilindungi kata sandi; buka di Excel dan simpan tanpa kata sandi (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi, kosongkan kata sandinya), lalu jalankan lagi.',
    en: 'The workbook "{path}" is protected by a password; open it in Excel and save it without one (File > Info > Protect Workbook > Encrypt with Password, clear the password), then run again.',
  },
  "io.legacyXls": {
    id: 'Berkas "{path}" adalah buku kerja Excel 97-2003 (.xls) dengan nama .xlsx. Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx).',
    en: 'The file "{path}" is an Excel 97-2003 workbook (.xls) named .xlsx. Open it in Excel and save it as an Excel Workbook (.xlsx).',
  },
  "io.tooLarge": {
    id: 'Berkas "{path}" terlalu besar untuk dibaca: isinya lebih dari {limit} MB setelah dibuka dari zip. Hapus lembar atau gambar yang tidak dipakai, atau pindahkan data ke buku kerja lain.',
    en: 'The file "{path}" is too large to read: its contents come to more than {limit} MB once unzipped. Remove sheets or pictures you do not use, or move data to another workbook.',
  },
  "io.tooManyCells": {
    id: 'Berkas "{path}" berisi lebih dari {limit} sel. Hapus baris dan kolom kosong yang berformat atau nilai yang tersasar jauh di bawah/kanan tabel (Ctrl+End menunjukkan sel terakhir), lalu simpan lagi.',
    en: 'The file "{path}" holds more than {limit} cells. Delete formatted empty rows and columns or stray values far below or right of the table (Ctrl+End shows the last cell), then save again.',
  },
  "io.tooManyRows": {
    id: 'Berkas "{path}" berisi lebih dari {limit} baris di semua lembar. Hapus baris kosong yang berformat atau nilai yang tersasar jauh di bawah tabel (Ctrl+End menunjukkan sel terakhir), lalu simpan lagi.',
    en: 'The file "{path}" holds more than {limit} rows over all sheets. Delete formatted empty rows or stray values far below the table (Ctrl+End shows the last cell), then save again.',
  },
  "io.outDirMissing": {
    id: 'Folder untuk berkas keluaran "{path}" tidak ada.',
    en: 'The folder for the output file "{path}" does not exist.',
  },
  "io.writeFailed": {
    id: 'Berkas "{path}" tidak dapat ditulis ({detail}). Berkas lama (jika ada) tidak berubah.',
    en: 'The file "{path}" could not be written ({detail}). Any existing file is unchanged.',
  },
  "io.readOnly": {
    id: 'Berkas "{path}" hanya-baca; tidak ditimpa. Hapus tanda hanya-baca atau pilih berkas keluaran lain.',
    en: 'The file "{path}" is read-only; it was not overwritten. Clear its read-only mark or choose another output file.',
  },
  "io.partUnwritable": {
    id: 'Bagian "{part}" buku kerja ini tidak dapat diubah oleh Kinerja ({detail}); tidak ada yang ditulis. Buka dan simpan ulang berkas di Excel, lalu coba lagi.',
    en: 'Kinerja cannot change the part "{part}" of this workbook ({detail}); nothing was written. Open and save the file again in Excel, then retry.',
  },
  "io.written": { id: "Ditulis: {path}", en: "Written: {path}" },
  "decree.fileUnreadable": {
    id: 'Berkas keputusan "{path}" tidak dapat dibaca ({detail}).',
    en: 'The decree file "{path}" cannot be read ({detail}).',
  },
  "decree.invalid": {
    id: 'Berkas keputusan "{path}" tidak dapat digunakan:',
    en: 'The decree file "{path}" is not valid:',
  },
  "sheet.notFound": {
    id: 'Lembar "{sheet}" tidak ada. Lembar yang ada: {sheets}.',
    en: 'There is no sheet "{sheet}". Sheets: {sheets}.',
  },
  "sheet.noneWithTable": {
    id: "Tidak ada lembar berisi tabel untuk diubah. Sebutkan lembarnya dengan --sheet NAMA.",
    en: "No sheet holds a table to convert. Name the sheet with --sheet NAME.",
  },
  "convert.refused": {
    id: 'Lembar "{sheet}" tidak dapat diubah menjadi templat:',
    en: 'The sheet "{sheet}" cannot be turned into the template:',
  },
  "convert.done": {
    id: 'Lembar "{sheet}" diubah menjadi templat.',
    en: 'The sheet "{sheet}" was turned into the template.',
  },
  "settings.used": {
    id: "Pengaturan: {tw}, batas capaian {cap}.",
    en: "Settings: {tw}, capaian cap {cap}.",
  },
  "validate.summary": {
    id: "{errors} kesalahan, {warnings} peringatan, {infos} info pada {indicators} indikator.",
    en: "{errors} errors, {warnings} warnings, {infos} info on {indicators} indicators.",
  },
  "validate.clean": {
    id: "Tidak ada kesalahan atau peringatan.",
    en: "No errors or warnings.",
  },
  "capaian.summary": {
    id: "{indicators} indikator, {counted} dengan capaian. Rata-rata capaian: {average}.",
    en: "{indicators} indicators, {counted} with a capaian. Average capaian: {average}.",
  },
  "capaian.sheet": {
    id: "Lembar {sheet}: {indicators} indikator, rata-rata {average} ({kategori}).",
    en: "Sheet {sheet}: {indicators} indicators, average {average} ({kategori}).",
  },
  "capaian.kategori": { id: "Kategori: {list}.", en: "Kategori: {list}." },
  "gabung.exists": {
    id: 'Berkas "{path}" untuk --{option} sudah ada. kinerja gabung menulis berkas baru dan tidak menimpa berkas; pilih nama lain untuk --{option}.',
    en: 'The file "{path}" for --{option} already exists. kinerja gabung writes new files and does not overwrite any; choose another name for --{option}.',
  },
  "gabung.none": {
    id: "Tidak ada berkas .xlsx pada masukan yang diberikan.",
    en: "No .xlsx files among the inputs given.",
  },
  "gabung.reading": {
    id: "Membaca {i} dari {n}: {path}",
    en: "Reading {i} of {n}: {path}",
  },
  "gabung.outExtension": {
    id: 'Berkas "{path}" untuk --{option} harus berakhiran .{option}.',
    en: 'The file "{path}" for --{option} must end in .{option}.',
  },
  "gabung.workerStopped": {
    id: "pembacaan berkas ini terhenti ({detail}); berkas lain tetap dibaca",
    en: "reading this file stopped ({detail}); the other files are still read",
  },
  "capaian.errors": {
    id: "{count} indikator (bertanda !) memiliki isian yang salah tetapi tetap dihitung apa adanya, di lembar dan di sini (misalnya tanggal di kolom realisasi). Periksa dengan: kinerja validate",
    en: "{count} indicators (marked !) have an entry in error that still counts as it stands, on the sheet and here (for example a date in a realisasi column). Check with: kinerja validate",
  },
  "capaian.many": {
    id: "Daftar per indikator tidak ditampilkan untuk {count} indikator; gunakan --json.",
    en: "The per-indicator list is not shown for {count} indicators; use --json.",
  },
  "capaian.notWritten": {
    id: "Tidak ada berkas ditulis (tanpa --out).",
    en: "No file written (no --out).",
  },
  "tidy.summary": {
    id: "{count} sel dirapikan ke bentuk yang dibaca rumus lembar.",
    en: "{count} cells tidied into the form the sheet's formulas read.",
  },
  "tidy.nothing": {
    id: "Tidak ada isian yang perlu dirapikan; tidak ada yang ditulis.",
    en: "No entry needs tidying; nothing was written.",
  },
  "charts.written": {
    id: "Lembar Grafik ditulis (tabel data dan grafik): {summary}.",
    en: "Grafik sheet written (data tables and charts): {summary}.",
  },
  "template.done": {
    id: "Templat: {summary}.",
    en: "Template: {summary}.",
  },
  "template.unchanged": {
    id: "Templat sudah ada di berkas ini; tidak ada yang berubah.",
    en: "The template is already in this file; nothing changed.",
  },
  "export.needFormat": {
    id: "Sebutkan formatnya: --format pdf|xlsx|csv",
    en: "Name the format: --format pdf|xlsx|csv",
  },
  "export.outExtension": {
    id: 'Berkas keluaran "{path}" harus berakhiran .{format} untuk --format {format}.',
    en: 'The output file "{path}" must end in .{format} for --format {format}.',
  },
  "export.outIsInput": {
    id: 'Ekspor tidak menimpa buku kerja masukan "{path}". Pilih berkas keluaran lain.',
    en: 'Export does not overwrite the input workbook "{path}". Choose another output file.',
  },
  "export.done": {
    id: "Ekspor {format} s.d. {tw}: {indicators} indikator.",
    en: "{format} export to {tw}: {indicators} indicators.",
  },
  none: { id: "tidak ada", en: "none" },
} satisfies Record<string, Bilingual>;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

export function m(lang: Lang, key: CliMessageKey, params?: Params): string {
  return fill(CLI_MESSAGES[key][lang], params);
}

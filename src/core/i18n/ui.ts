import type { Bilingual } from "./types";

/** Strings of the task pane. */
export const UI_MESSAGES = {
  "app.title": { id: "Kinerja", en: "Kinerja" },
  "app.subtitle": {
    id: "Laporan kinerja RKT/IKU: realisasi, capaian, dan grafik langsung di Excel.",
    en: "RKT/IKU performance reporting: realisasi, capaian and charts right in Excel.",
  },
  "app.decree": { id: "Keputusan: {office} Tahun {year}", en: "Decree: {office}, {year}" },
  "app.indicatorCount": {
    id: "{count} indikator dalam {tables} tabel",
    en: "{count} indicators in {tables} tables",
  },
  "app.language": { id: "Bahasa", en: "Language" },
  "app.outsideExcel": {
    id: "Panel ini berjalan di luar Excel. Muat add-in ke Excel untuk memakai tombol-tombolnya.",
    en: "This pane is running outside Excel. Sideload the add-in into Excel to use its buttons.",
  },
  "app.comingSoon": { id: "Segera hadir", en: "Coming soon" },
  "action.template": { id: "Buat Template", en: "Create template" },
  "action.convert": {
    id: "Ubah Lembar Ini Menjadi Template",
    en: "Turn this sheet into the template",
  },
  "action.validate": { id: "Validasi", en: "Validate" },
  "action.capaian": { id: "Hitung Capaian", en: "Compute capaian" },
  "action.charts": { id: "Buat Grafik", en: "Create charts" },
  "action.export": { id: "Ekspor untuk Rapat", en: "Export for review meeting" },
  "action.group": { id: "Tindakan", en: "Actions" },
  "error.accessDenied": {
    id: "Excel menolak menulis: lembar atau buku kerja dilindungi. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.",
    en: "Excel refused to write: the sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet) and try again.",
  },
  "error.protectedSheet": {
    id: 'Lembar "{sheet}" dilindungi, jadi tidak ada yang ditulis. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu coba lagi.',
    en: 'Sheet "{sheet}" is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  "error.cellEditMode": {
    id: "Excel sedang menyunting sebuah sel. Tekan Enter atau Esc untuk selesai menyunting, lalu coba lagi.",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  "error.nameClash": {
    id: "Nama lembar atau tabel sudah dipakai. Ganti nama lembar/tabel Anda yang bernama sama, lalu coba lagi.",
    en: "A sheet or table name is already taken. Rename your sheet/table of the same name and try again.",
  },
  "error.tooLarge": {
    id: "Data terlalu besar untuk satu permintaan ke Excel. Coba lagi; bila tetap gagal, pakai Excel desktop atau perintah kinerja.",
    en: "The data is too large for one request to Excel. Try again; if it still fails, use desktop Excel or the kinerja command.",
  },
  "error.mergedConflict": {
    id: "Tabel tidak dapat dibuat di atas sel yang digabung. Pisahkan sel gabungan di area itu, lalu coba lagi.",
    en: "A table cannot be created over merged cells. Unmerge the cells in that area and try again.",
  },
  "error.apiNotFound": {
    id: "Versi Excel ini tidak mendukung fitur yang diminta. Perbarui Office atau pakai Excel di web.",
    en: "This Excel version does not support the requested feature. Update Office or use Excel on the web.",
  },
  "error.noTemplate": {
    id: 'Belum ada lembar RKT buatan Kinerja di buku kerja ini. Jalankan "Buat Template" atau "Ubah Lembar Ini Menjadi Template" dahulu.',
    en: 'This workbook has no RKT sheet made by Kinerja yet. Run "Create template" or "Turn this sheet into the template" first.',
  },
  "error.unexpected": {
    id: "Terjadi kesalahan yang tidak terduga ({detail}). Tidak ada data Anda yang dihapus; simpan buku kerja dan laporkan pesan ini.",
    en: "Something unexpected went wrong ({detail}). None of your data was deleted; save the workbook and report this message.",
  },
  "leftOut.validation": {
    id: "Aturan validasi data dilewati: perlu ExcelApi {version} (Excel 2019 atau lebih baru).",
    en: "Data-validation rules skipped: they need ExcelApi {version} (Excel 2019 or newer).",
  },
  "leftOut.conditionalFormat": {
    id: "Warna kategori (format bersyarat) dilewati: perlu ExcelApi {version}.",
    en: "Kategori colours (conditional formats) skipped: they need ExcelApi {version}.",
  },
  "leftOut.freeze": {
    id: "Bekukan baris judul dilewati: perlu ExcelApi {version}.",
    en: "Freezing the header row skipped: needs ExcelApi {version}.",
  },
  "leftOut.pageSetup": {
    id: "Pengaturan cetak (A4 lanskap) dilewati: perlu ExcelApi {version} (Excel 2021 atau Microsoft 365).",
    en: "Print setup (A4 landscape) skipped: needs ExcelApi {version} (Excel 2021 or Microsoft 365).",
  },
  "leftOut.columnWidths": {
    id: "Lebar kolom tidak diatur: perlu ExcelApi {version}. Atur lebar kolom secara manual bila perlu.",
    en: "Column widths not set: needs ExcelApi {version}. Adjust them by hand if needed.",
  },
  "leftOut.merge": {
    id: "Penggabungan sel dilewati: perlu ExcelApi {version}.",
    en: "Merging cells skipped: needs ExcelApi {version}.",
  },
  "leftOut.chart": {
    id: "Grafik tidak dibuat: berkas .xlsx dari perintah kinerja tidak dapat memuat grafik. Jalankan Buat Grafik di Excel.",
    en: "Charts not created: .xlsx files written by the kinerja command cannot hold charts. Run Create charts in Excel.",
  },
} satisfies Record<string, Bilingual>;

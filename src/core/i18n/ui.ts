import type { Bilingual } from "./types";

/** Strings of the task pane. */
export const UI_MESSAGES = {
  "app.title": { id: "Kinerja", en: "Kinerja" },
  "app.language": { id: "Bahasa", en: "Language" },
  "app.outsideExcel": {
    id: "Panel ini berjalan di luar Excel. Muat add-in ke Excel untuk menggunakan tombol-tombolnya.",
    en: "This pane is running outside Excel. Sideload the add-in into Excel to use its buttons.",
  },
  "action.template": { id: "Mulai dari Keputusan", en: "Start from the decree" },
  "action.convert": {
    id: "Gunakan Tabel di Lembar Ini",
    en: "Use the table on this sheet",
  },
  "action.validate": { id: "Periksa Isian", en: "Check entries" },
  "action.capaian": { id: "Hitung Capaian", en: "Compute capaian" },
  "action.charts": { id: "Buat Grafik", en: "Create charts" },
  "action.export": { id: "Ekspor Bahan Rapat", en: "Export meeting material" },
  "action.running": { id: "Sedang berjalan: {action}…", en: "Running: {action}…" },
  "action.done": { id: "Selesai: {action}", en: "Done: {action}" },
  "action.will.capaian": {
    id: "Menulis rumus Realisasi Tahun, Capaian dan Kategori di lembar RKT, dan lembar Ringkasan Capaian.",
    en: "Writes Realisasi, Capaian and Kategori formulas on the RKT sheets, and a Ringkasan Capaian sheet.",
  },
  "action.will.charts": {
    id: "Membuat atau mengganti lembar Grafik dengan tiga grafik.",
    en: "Creates or replaces the Grafik sheet with three charts.",
  },
  "action.will.export": {
    id: "Menyiapkan bahan rapat evaluasi.",
    en: "Prepares the review-meeting material.",
  },
  "action.highlight": { id: "Warnai sel yang bermasalah", en: "Colour the cells with problems" },
  "action.needsExcel": {
    id: "Buka panel ini di Excel untuk menggunakan tombol ini.",
    en: "Open this pane in Excel to use this button.",
  },
  "result.recognised": {
    id: "Yang dikenali dari lembar Anda",
    en: "What was recognised on your sheet",
  },
  "export.format": { id: "Format ekspor", en: "Export format" },
  "result.leftOut": { id: "Dilewati di Excel ini:", en: "Left out on this Excel:" },
  "result.nothing": {
    id: "Tidak ada yang perlu diubah: semuanya sudah ada.",
    en: "Nothing to change: everything is already there.",
  },
  "error.title": { id: "Tindakan tidak selesai", en: "The action did not finish" },
  "error.dismiss": { id: "Tutup", en: "Dismiss" },
  "error.bug": {
    id: "Panel mengalami kesalahan ({detail}). Muat ulang panel (tutup lalu buka lagi); data Anda aman.",
    en: "The pane hit an error ({detail}). Reload the pane (close and reopen it); your data is safe.",
  },
  "decree.builtIn": { id: "Bawaan: {office} {year}", en: "Built-in: {office} {year}" },
  "decree.file": { id: "Dari berkas…", en: "From a file…" },
  "decree.fileHint": {
    id: "Berkas Excel (.xlsx) berisi tabel RKT/IKU, atau berkas keputusan .json.",
    en: "An Excel file (.xlsx) holding the RKT/IKU table, or a .json decree file.",
  },
  "decree.loaded": {
    id: "Dimuat dari berkas: {office} {year}",
    en: "Loaded from file: {office} {year}",
  },
  "decree.useBuiltIn": { id: "Gunakan bawaan", en: "Use built-in" },
  "decree.problems": { id: "Berkas keputusan ditolak:", en: "The decree file was refused:" },
  "settings.title": { id: "Pengaturan buku kerja", en: "Workbook settings" },
  // Pengaturan's labels: in Indonesian the Info sheet's own labels (SETTING_ROWS), word for word.
  "settings.reportingQuarter": { id: "TW Pelaporan", en: "Reporting quarter" },
  "settings.cap": { id: "Batas Capaian", en: "Capaian cap" },
  "settings.kategori": { id: "Skala Kategori", en: "Kategori scale" },
  "settings.gradeRule": { id: "Capaian Nilai & Opini", en: "Grade & opinion capaian" },
  "settings.noInfo": {
    id: "Pengaturan disimpan di lembar Info Kinerja; buat templat dahulu.",
    en: "Settings are kept on the Info Kinerja sheet; create the template first.",
  },
  "settings.stored": {
    id: "Disimpan di lembar Info Kinerja.",
    en: "Stored on the Info Kinerja sheet.",
  },
  "findings.title": { id: "Hasil pemeriksaan", en: "Check results" },
  "findings.one.error": { id: "Kesalahan", en: "Error" },
  "findings.one.warning": { id: "Peringatan", en: "Warning" },
  "findings.one.info": { id: "Catatan", en: "Note" },
  "findings.goTo": { id: "Ke sel {cell} ({sheet})", en: "Go to cell {cell} ({sheet})" },
  "findings.fix": { id: "Perbaiki menjadi {value}", en: "Fix to {value}" },
  "findings.fixed": {
    id: "Diperbaiki: sel {cell} di lembar {sheet} menjadi {value}",
    en: "Fixed: cell {cell} on sheet {sheet} to {value}",
  },
  "findings.fixStale": {
    id: "Sel {cell} sudah berubah sejak diperiksa; tidak diubah. Jalankan Periksa Isian lagi.",
    en: "Cell {cell} changed since the check; left as it is. Run Check entries again.",
  },
  "findings.tidy": {
    id: "Rapikan isian ({count} sel)",
    en: "Tidy entries ({count} cells)",
  },
  "findings.tidyHint": {
    id: 'Mengubah teks seperti "74,05", "87,5 %" atau "Wajar Tanpa Pengecualian" menjadi angka dan kode yang dibaca rumus; hanya sel yang belum berubah sejak diperiksa.',
    en: 'Turns text such as "74,05", "87,5 %" or "Wajar Tanpa Pengecualian" into the numbers and codes the formulas read; only cells unchanged since the check.',
  },
  "findings.tidyStale": {
    id: "{count} sel sudah berubah sejak diperiksa dan tidak diubah: {cells}. Jalankan Periksa Isian lagi.",
    en: "{count} cells changed since the check and were left as they are: {cells}. Run Check entries again.",
  },
  "findings.applied": { id: "Perbaikan yang diterapkan", en: "Fixes applied" },
  "summary.title": { id: "Ringkasan capaian", en: "Capaian summary" },
  "summary.overall": { id: "Rata-rata keseluruhan", en: "Overall average" },
  "summary.sheet": { id: "Lembar {sheet}", en: "Sheet {sheet}" },
  "summary.noValue": { id: "belum ada", en: "none yet" },
  "summary.cekIsian": {
    id: '{count} indikator belum dihitung karena isiannya tidak terbaca rumus lembar ("cek isian"). Jalankan Periksa Isian untuk melihat sel dan perbaikannya.',
    en: '{count} indicators are not computed because a cell is not read by the sheet\'s formulas ("cek isian"). Run Check entries to see the cells and their fixes.',
  },
  "summary.counted": {
    id: "{counted} dari {indicators} indikator dihitung; {reached} tercapai",
    en: "{counted} of {indicators} indicators computed; {reached} reached",
  },
  "summary.reached": {
    id: "{reached} dari {indicators} tercapai",
    en: "{reached} of {indicators} reached",
  },
  "summary.rule": {
    id: "Capaian {cap}; nilai & opini: {gradeRule}.",
    en: "Capaian {cap}; grades & opinions: {gradeRule}.",
  },
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
    id: "Data terlalu besar untuk satu permintaan ke Excel. Coba lagi; jika tetap gagal, gunakan Excel desktop atau perintah kinerja.",
    en: "The data is too large for one request to Excel. Try again; if it still fails, use desktop Excel or the kinerja command.",
  },
  "error.mergedConflict": {
    id: "Tabel tidak dapat dibuat di atas sel yang digabung. Pisahkan sel gabungan di area itu, lalu coba lagi.",
    en: "A table cannot be created over merged cells. Unmerge the cells in that area and try again.",
  },
  "error.apiNotFound": {
    id: "Versi Excel ini tidak mendukung fitur yang diminta. Perbarui Office atau gunakan Excel di web.",
    en: "This Excel version does not support the requested feature. Update Office or use Excel on the web.",
  },
  "error.noTemplate": {
    id: 'Belum ada lembar RKT buatan Kinerja di buku kerja ini. Jalankan "Mulai dari Keputusan" atau "Gunakan Tabel di Lembar Ini" dahulu.',
    en: 'This workbook has no RKT sheet made by Kinerja yet. Run "Start from the decree" or "Use the table on this sheet" first.',
  },
  "error.noChartData": {
    id: "Tidak ada indikator untuk digrafikkan: isi tabel RKT, jalankan Hitung Capaian, lalu coba lagi.",
    en: "There are no indicators to chart: fill the RKT table, run Compute capaian, then try again.",
  },
  "error.settingNoCell": {
    id: 'Buku kerja ini tidak memiliki sel "{label}" di lembar Info Kinerja, jadi pengaturan itu tidak dapat ditulis untuk rumusnya. Buat templat (Mulai dari Keputusan atau kinerja template) atau tambahkan lembar Info Kinerja.',
    en: 'This workbook has no "{label}" cell on the Info sheet, so that setting cannot be written for its formulas. Make the template (Start from the decree or kinerja template) or add the Info sheet.',
  },
  "error.unexpected": {
    id: "Terjadi kesalahan yang tidak terduga ({detail}). Tidak ada data Anda yang dihapus; simpan buku kerja dan laporkan pesan ini.",
    en: "Something unexpected went wrong ({detail}). None of your data was deleted; save the workbook and report this message.",
  },
  "done.sheet": { id: "{sheet}", en: "{sheet}" },
  "done.sheetIndicators": { id: "{sheet}: {count} indikator", en: "{sheet}: {count} indicators" },
  "done.upgraded": {
    id: "{sheet}: kolom baru ditambahkan ({columns}); isian Anda tetap di barisnya",
    en: "{sheet}: new columns added ({columns}); your entries stay in their rows",
  },
  "done.upgradeBlocked": {
    id: "{sheet}: kolom baru tidak ditambahkan karena sel {cells} sudah berisi; kosongkan sel itu lalu jalankan lagi",
    en: "{sheet}: no new columns added because cells {cells} are not empty; clear them and run again",
  },
  "done.upgradeNeedsFile": {
    id: "{sheet} dibuat dengan tata letak lama; tata letak baru ditambahkan oleh kinerja template --out pada berkasnya",
    en: "{sheet} has an earlier layout; kinerja template --out on the file adds the new layout",
  },
  "done.layoutStamp": {
    id: "Versi tata letak {version} dicatat di lembar Info Kinerja",
    en: "Layout version {version} noted on the Info Kinerja sheet",
  },
  "done.findings": {
    id: "{errors} kesalahan, {warnings} peringatan, {infos} catatan",
    en: "{errors} errors, {warnings} warnings, {infos} notes",
  },
  "done.capaian": {
    id: "Capaian: {indicators} indikator ({counted} sudah dapat dihitung)",
    en: "Capaian: {indicators} indicators ({counted} can be computed so far)",
  },
  "done.charts": {
    id: "{sheet}: {charts} grafik, {indicators} indikator",
    en: "{sheet}: {charts} charts, {indicators} indicators",
  },
  "done.recap": {
    id: "{sheet}: {indicators} indikator s.d. {tw}",
    en: "{sheet}: {indicators} indicators up to {tw}",
  },
  "done.recapNotes": {
    id: "{sheet}: {indicators} indikator s.d. {tw}, {notes} catatan rapat dipertahankan",
    en: "{sheet}: {indicators} indicators up to {tw}, {notes} meeting notes kept",
  },
  "done.exportXlsx": {
    id: "{sheet} + {count} lembar RKT (nilai saja)",
    en: "{sheet} + {count} RKT sheets (values only)",
  },
  "done.tidy": { id: "{count} sel dirapikan", en: "{count} cells tidied" },
  "done.setting": { id: "{label}: {word}", en: "{label}: {word}" },
  "leftOut.validation": {
    id: "Aturan validasi data (daftar pilihan) dilewati: perlu {excel}.",
    en: "Data-validation rules (drop-down lists) skipped: they need {excel}.",
  },
  "leftOut.conditionalFormat": {
    id: "Warna kategori dilewati: perlu {excel}.",
    en: "Kategori colours skipped: they need {excel}.",
  },
  "leftOut.freeze": {
    id: "Baris judul tidak dibekukan: perlu {excel}.",
    en: "The header row is not frozen: needs {excel}.",
  },
  "leftOut.pageSetup": {
    id: "Pengaturan cetak (A4 lanskap) dilewati: perlu {excel}.",
    en: "Print setup (A4 landscape) skipped: needs {excel}.",
  },
  "leftOut.columnWidths": {
    id: "Lebar kolom tidak diatur: perlu {excel}. Atur lebar kolom secara manual jika perlu.",
    en: "Column widths not set: needs {excel}. Adjust them by hand if needed.",
  },
  "leftOut.rowHeight": {
    id: "Tinggi baris tidak diatur: perlu {excel}. Atur tinggi baris secara manual jika teks terpotong.",
    en: "Row heights not set: needs {excel}. Adjust them by hand if text is cut off.",
  },
  "leftOut.merge": {
    id: "Penggabungan sel dilewati: perlu {excel}.",
    en: "Merging cells skipped: needs {excel}.",
  },
  "leftOut.addTableColumns": {
    id: "Kolom baru templat lama tidak ditambahkan: perlu {excel}. Simpan buku kerja lalu jalankan kinerja template --out pada berkasnya, atau buka di Excel yang lebih baru.",
    en: "The new columns of an earlier template were not added: they need {excel}. Save the workbook and run kinerja template --out on the file, or open it in a newer Excel.",
  },
  "leftOut.other": {
    id: "Sebagian fitur dilewati: perlu {excel}.",
    en: "Some features skipped: they need {excel}.",
  },
  "excel.version2016": { id: "Excel 2016 atau yang lebih baru", en: "Excel 2016 or newer" },
  "excel.version2019": { id: "Excel 2019 atau yang lebih baru", en: "Excel 2019 or newer" },
  "excel.version2021": { id: "Excel 2021 atau Microsoft 365", en: "Excel 2021 or Microsoft 365" },
  "excel.version2024": { id: "Excel 2024 atau Microsoft 365", en: "Excel 2024 or Microsoft 365" },
  "excel.version365": {
    id: "Microsoft 365 atau Excel di web",
    en: "Microsoft 365 or Excel on the web",
  },
  "leftOut.fileOther": {
    id: "Sebagian fitur tidak dapat ditulis ke berkas .xlsx oleh perintah kinerja; jalankan tindakan yang sama di Excel.",
    en: "Some features cannot be written to an .xlsx file by the kinerja command; run the same action in Excel.",
  },
  "leftOut.chartFile": {
    id: "Grafik tidak dibuat: perintah kinerja tidak menggambar grafik ke berkas .xlsx (grafik yang sudah ada tetap). Jalankan Buat Grafik di Excel.",
    en: "Charts not created: the kinerja command does not draw charts into .xlsx files (charts already there stay). Run Create charts in Excel.",
  },
} satisfies Record<string, Bilingual>;

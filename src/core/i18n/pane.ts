import type { Bilingual } from "./types";

/** The task pane's guided flow: its steps, status line, results and the check before a meeting. */
export const PANE_MESSAGES = {
  "flow.steps": { id: "Langkah kerja", en: "Steps" },
  "flow.step.setup": { id: "Siapkan templat", en: "Set up the template" },
  "flow.step.fill": { id: "Isi realisasi", en: "Enter realisasi" },
  "flow.step.check": { id: "Periksa isian", en: "Check the entries" },
  "flow.step.capaian": { id: "Hitung capaian", en: "Compute capaian" },
  "flow.step.report": { id: "Grafik dan bahan rapat", en: "Charts and meeting material" },
  "flow.stepNumber": { id: "Langkah {n}", en: "Step {n}" },
  "flow.now": { id: "langkah berikutnya", en: "next step" },
  "flow.done": { id: "selesai", en: "done" },
  "flow.setup.question": {
    id: "Dari mana Anda mulai? Dengan tabel RKT/IKU yang sudah ada, atau dari keputusan penetapan kinerja.",
    en: "Where do you start? From an RKT/IKU table you already have, or from the performance decree.",
  },
  "flow.convertSheet": {
    id: "Gunakan tabel di lembar \u201c{sheet}\u201d",
    en: "Use the table on sheet \u201c{sheet}\u201d",
  },
  "flow.convertHint": {
    id: "Buka lembar berisi tabel Anda, lalu tekan tombol ini. Lembar Anda tidak diubah; lembar templat ditambahkan.",
    en: "Open the sheet holding your table, then press this button. Your sheet is not changed; template sheets are added.",
  },
  "flow.decreeHint": {
    id: "Membuat lembar Info Kinerja, RKT dan IKU dari keputusan {office} {year}; lembar Anda tidak diubah.",
    en: "Creates the Info Kinerja, RKT and IKU sheets from the {office} {year} decree; your sheets are not changed.",
  },
  "flow.otherDecree": { id: "Keputusan lain", en: "Another decree" },
  "flow.setupDone": {
    id: "Templat sudah ada di buku kerja ini.",
    en: "This workbook already has the template.",
  },
  "flow.setupAgain": { id: "Siapkan ulang templat", en: "Set up the template again" },
  "flow.fillHint": {
    id: "Ketik realisasi tiap indikator di lembar RKT, kolom Realisasi TW I\u2013IV (di sebelah kanan Target), sampai {tw}. Lalu periksa isian.",
    en: "Type each indicator's realisasi on the RKT sheets, columns Realisasi TW I\u2013IV (right of Target), up to {tw}. Then check the entries.",
  },
  "flow.needsTemplate": {
    id: "Belum dapat dijalankan: siapkan templat dahulu (langkah 1).",
    en: "Not available yet: set up the template first (step 1).",
  },
  "flow.next.template": {
    id: "Berikutnya: ketik realisasi di lembar RKT, lalu tekan Periksa Isian.",
    en: "Next: type the realisasi on the RKT sheets, then press Check entries.",
  },
  "flow.next.checkErrors": {
    id: "Berikutnya: perbaiki kesalahan di bawah, lalu tekan Periksa Isian lagi.",
    en: "Next: fix the errors below, then press Check entries again.",
  },
  "flow.next.checkOk": {
    id: "Berikutnya: tekan Hitung Capaian.",
    en: "Next: press Compute capaian.",
  },
  "flow.next.capaian": {
    id: "Berikutnya: buat grafik atau ekspor bahan rapat.",
    en: "Next: create the charts or export the meeting material.",
  },
  "flow.goFirst": { id: "Ke sel {cell} untuk mulai mengisi", en: "Go to cell {cell} to start" },

  "status.label": { id: "Keadaan buku kerja", en: "Workbook status" },
  "status.noTemplate": { id: "Belum ada templat", en: "No template yet" },
  "status.template": { id: "Templat ada", en: "Template present" },
  "status.tw": { id: "TW pelaporan: {tw}", en: "Reporting quarter: {tw}" },
  "status.checked": { id: "Diperiksa {time}: {summary}", en: "Checked {time}: {summary}" },
  "status.notChecked": { id: "Belum diperiksa", en: "Not checked yet" },
  "status.capaian": { id: "Capaian dihitung {time}", en: "Capaian computed {time}" },
  "status.stale": { id: "perlu diulang", en: "out of date" },
  "status.twWhy.filled": {
    id: "{tw} \u2014 triwulan terakhir yang terisi",
    en: "{tw} \u2014 the last quarter with entries",
  },
  "status.twWhy.date": {
    id: "{tw} \u2014 menurut tanggal hari ini (triwulan yang baru berakhir)",
    en: "{tw} \u2014 by today's date (the quarter just ended)",
  },
  "status.twWhy.chosen": {
    id: "{tw} \u2014 dipilih di Pengaturan",
    en: "{tw} \u2014 chosen in Settings",
  },
  "status.twWhy.sheet": {
    id: "{tw} \u2014 menurut lembar Info Kinerja",
    en: "{tw} \u2014 as the Info Kinerja sheet says",
  },
  "status.edited": {
    id: "Isian berubah sejak pemeriksaan terakhir \u2014 Periksa Isian lagi",
    en: "The entries changed since the last check \u2014 Check entries again",
  },
  "settings.twAuto": {
    id: "Otomatis: {tw}",
    en: "Automatic: {tw}",
  },
  "settings.twAutoHint": {
    id: "Otomatis: triwulan terakhir yang terisi; jika belum ada isian, triwulan yang baru berakhir menurut tanggal. Pilihan Anda disimpan di buku kerja ini.",
    en: "Automatic: the last quarter with entries; with no entries yet, the quarter just ended by the date. Your choice is kept in this workbook.",
  },
  "status.counts": {
    id: "{errors} kesalahan, {warnings} peringatan",
    en: "{errors} errors, {warnings} warnings",
  },

  "check.title.error": {
    id: "Pemeriksaan menemukan {count} kesalahan",
    en: "The check found {count} errors",
  },
  "check.title.warning": {
    id: "Tidak ada kesalahan; {count} peringatan",
    en: "No errors; {count} warnings",
  },
  "check.title.ok": { id: "Isian sesuai aturan", en: "The entries follow the rules" },
  "check.title.empty": { id: "Belum ada realisasi yang diisi", en: "No realisasi entered yet" },
  "check.stale": {
    id: "Hasil ini dari sebelum perubahan terakhir; periksa lagi.",
    en: "These results are from before the last change; check again.",
  },
  "check.indicator": { id: "No. {no} \u2014 {text}", en: "No. {no} \u2014 {text}" },
  "check.todo": { id: "Yang perlu dilakukan: {todo}", en: "What to do: {todo}" },
  "check.where": { id: "Sel {cell} di lembar {sheet}", en: "Cell {cell} on sheet {sheet}" },
  "check.missing": {
    id: "Realisasi {tw}: {missing} indikator belum diisi (yang periodenya meminta {tw}).",
    en: "Realisasi {tw}: {missing} indicators not entered yet (those whose period asks for {tw}).",
  },
  "check.notes": { id: "Catatan ({count})", en: "Notes ({count})" },

  "summary.partial": {
    id: "Sementara: {counted} dari {indicators} indikator sudah dihitung; kategori tetap sementara sampai semua terhitung.",
    en: "Provisional: {counted} of {indicators} indicators computed; a kategori stays provisional until all are computed.",
  },
  "summary.provisional": { id: "{kategori} (sementara)", en: "{kategori} (provisional)" },
  "summary.coverage": {
    id: "{counted}/{indicators} indikator",
    en: "{counted}/{indicators} indicators",
  },
  "summary.stale": {
    id: "Ringkasan ini dihitung sebelum perubahan terakhir (pengaturan atau isian). Tekan Hitung Capaian lagi.",
    en: "This summary was computed before the last change (a setting or an entry). Press Compute capaian again.",
  },
  "summary.upTo": { id: "s.d. {tw}", en: "up to {tw}" },
  "summary.anggaran": {
    id: "Anggaran ({sheet}) s.d. {tw}",
    en: "Budget ({sheet}) up to {tw}",
  },
  "summary.program": { id: "Program / Sasaran", en: "Programme / Sasaran" },
  "summary.serapan": { id: "% Serapan", en: "% Absorbed" },
  "summary.efisiensi": { id: "Efisiensi", en: "Efficiency" },
  "summary.anggaranTotal": { id: "Jumlah", en: "Total" },
  "summary.anggaranAmounts": {
    id: "realisasi {realisasi} dari pagu {pagu}",
    en: "realisasi {realisasi} of pagu {pagu}",
  },

  "ready.title": { id: "Siap rapat?", en: "Ready for the meeting?" },
  "ready.ok": {
    id: "Isian sudah diperiksa tanpa kesalahan dan capaian dihitung setelah perubahan terakhir.",
    en: "The entries were checked without errors and capaian was computed after the last change.",
  },
  "ready.notChecked": { id: "Isian belum diperiksa.", en: "The entries have not been checked." },
  "ready.errors": {
    id: "Masih ada {count} kesalahan pada isian.",
    en: "{count} errors remain in the entries.",
  },
  "ready.checkStale": {
    id: "Pemeriksaan terakhir dari sebelum perubahan terakhir.",
    en: "The last check is from before the last change.",
  },
  "ready.noCapaian": { id: "Capaian belum dihitung.", en: "Capaian has not been computed." },
  "ready.capaianStale": {
    id: "Capaian dihitung sebelum perubahan terakhir.",
    en: "Capaian was computed before the last change.",
  },
  "ready.quarterDiffers": {
    id: "Lembar Info Kinerja menulis TW Pelaporan {sheet}, panel melaporkan {tw}: rumus lembar menghitung {sheet} sampai Hitung Capaian dijalankan.",
    en: "The Info Kinerja sheet's TW Pelaporan says {sheet}, the pane reports {tw}: the sheet's formulas compute {sheet} until Compute capaian runs.",
  },
  "ready.confirm": { id: "Belum siap rapat", en: "Not ready for the meeting yet" },
  "trust.notDue": {
    id: "Belum ada triwulan yang wajib diisi s.d. {tw}: {notDue} indikator (semesteran atau tahunan)",
    en: "No quarter due yet up to {tw}: {notDue} indicators (half-yearly or yearly)",
  },
  "trust.complete": {
    id: "Lengkap s.d. {tw}: {complete} dari {indicators} indikator",
    en: "Complete up to {tw}: {complete} of {indicators} indicators",
  },
  "trust.notChecked": {
    id: "Kelengkapan: belum diperiksa (tekan Periksa Isian)",
    en: "Completeness: not checked yet (press Check entries)",
  },
  "trust.computed": {
    id: "Capaian terhitung: {computed} dari {indicators} indikator",
    en: "Capaian computed: {computed} of {indicators} indicators",
  },
  "trust.notComputed": {
    id: "Capaian: belum dihitung (tekan Hitung Capaian)",
    en: "Capaian: not computed yet (press Compute capaian)",
  },
  "trust.flagged": {
    id: "Perlu perhatian: {flagged} indikator ({errors} kesalahan)",
    en: "Need attention: {flagged} indicators ({errors} errors)",
  },
  "trust.recomputed.yes": {
    id: "Angka di lembar dihitung ulang setelah perubahan terakhir (pukul {time}).",
    en: "The sheet's numbers were recomputed after the last change (at {time}).",
  },
  "trust.recomputed.stale": {
    id: "Angka di lembar dihitung sebelum perubahan terakhir: tekan Hitung Capaian lagi.",
    en: "The sheet's numbers were computed before the last change: press Compute capaian again.",
  },
  "trust.recomputed.never": {
    id: "Angka capaian belum dihitung di buku kerja ini sejak panel dibuka.",
    en: "Capaian has not been computed in this workbook since the pane opened.",
  },
  "trust.recomputed.unknown": {
    id: "Capaian dihitung pukul {time}. Excel ini tidak memberi tahu perubahan isian; jika ada yang diubah sesudahnya, tekan Hitung Capaian lagi.",
    en: "Capaian was computed at {time}. This Excel does not report edits; if anything changed since, press Compute capaian again.",
  },
  "ready.exportAnyway": { id: "Tetap ekspor", en: "Export anyway" },
  "ready.cancel": { id: "Batal", en: "Cancel" },
  "export.saved": {
    id: "Berkas {file} diunduh: lihat folder Unduhan (Downloads) atau bilah unduhan peramban/Excel.",
    en: "The file {file} was downloaded: see the Downloads folder or the browser's/Excel's download bar.",
  },
  "export.sheetAdded": {
    id: "Lembar \u201cRekap Rapat\u201d ditambahkan atau diperbarui di buku kerja ini.",
    en: "The \u201cRekap Rapat\u201d sheet was added or updated in this workbook.",
  },

  "working.show": {
    id: "Lihat cara menghitung tiap indikator",
    en: "Show how each indicator is computed",
  },
  "working.tail": { id: ", {tw}, aturan {rule}", en: ", {tw}, rule {rule}" },
  "working.sum": { id: "Realisasi s.d. {tw} = ", en: "Realisasi up to {tw} = " },
  "working.lower": {
    id: "Arah {word}: makin kecil realisasi, makin tinggi capaian.",
    en: "Arah {word}: the lower the realisasi, the higher the capaian.",
  },
  "working.inRange": {
    id: "{realisasi} berada dalam rentang target {min}\u2013{max}: capaian 100%",
    en: "{realisasi} lies within the target range {min}\u2013{max}: capaian 100%",
  },
  "working.rangeUpper": {
    id: "Target rentang {min}\u2013{max}: realisasi di atasnya dibandingkan dengan batas atas.",
    en: "Target range {min}\u2013{max}: a realisasi above it is compared with the upper bound.",
  },
  "working.rangeLower": {
    id: "Target rentang {min}\u2013{max}: realisasi di bawahnya dibandingkan dengan batas bawah.",
    en: "Target range {min}\u2013{max}: a realisasi below it is compared with the lower bound.",
  },
  "working.reached": {
    id: "{realisasi} setara atau di atas target {target}: tercapai = 100%",
    en: "{realisasi} is at or above the target {target}: reached = 100%",
  },
  "working.notReached": {
    id: "{realisasi} di bawah target {target}: tidak tercapai = 0%",
    en: "{realisasi} is below the target {target}: not reached = 0%",
  },
  "working.rank": {
    id: "peringkat {realisasi} ({rankR}) \u00f7 peringkat {target} ({rankT}) \u00d7 100 = ",
    en: "rank of {realisasi} ({rankR}) \u00f7 rank of {target} ({rankT}) \u00d7 100 = ",
  },
  "working.cap": {
    id: "Batas capaian {cap}%: {from}% menjadi {to}%.",
    en: "Capaian cap {cap}%: {from}% becomes {to}%.",
  },
  "working.noRealisasi": {
    id: "Belum ada realisasi s.d. {tw}: capaian belum dihitung.",
    en: "No realisasi up to {tw} yet: capaian not computed.",
  },
  "working.noTarget": {
    id: "Target kosong, nol atau tidak sejenis dengan realisasi: capaian tidak dapat dihitung.",
    en: "The target is empty, zero or not of the realisasi's kind: capaian cannot be computed.",
  },
  "working.cekIsian": {
    id: "Ada isian yang tidak dapat dibaca rumus lembar (lembar menampilkan \u201ccek isian\u201d): capaian tidak dihitung.",
    en: "An entry the sheet's formulas cannot read (the sheet shows \u201ccek isian\u201d): capaian not computed.",
  },
  "working.tw": {
    id: "Rencana aksi s.d. {tw}: target {target}, capaian {capaian}%{kategori}.",
    en: "Rencana aksi up to {tw}: target {target}, capaian {capaian}%{kategori}.",
  },
  "working.twCek": {
    id: "Rencana aksi s.d. {tw}: lembar menampilkan \u201ccek isian\u201d.",
    en: "Rencana aksi up to {tw}: the sheet shows \u201ccek isian\u201d.",
  },
  "working.lastYear": {
    id: "Dibanding tahun lalu ({last}): perubahan {change}.",
    en: "Against last year ({last}): change {change}.",
  },
  "working.renstra": {
    id: "Terhadap Target Renstra {target}: capaian {capaian}%.",
    en: "Against the Renstra target {target}: capaian {capaian}%.",
  },
  "working.lkjCek": {
    id: "{what}: lembar menampilkan \u201ccek isian\u201d.",
    en: "{what}: the sheet shows \u201ccek isian\u201d.",
  },
  "result.at": { id: "pukul {time}", en: "at {time}" },
  "settings.open": { id: "Pengaturan", en: "Settings" },
  "settingValue.cap.none": { id: "Tanpa batas", en: "No cap" },
  "settingValue.cap.100": { id: "100%", en: "100%" },
  "settingValue.cap.120": { id: "120%", en: "120%" },
  "settingValue.kategori.five": { id: "Lima tingkat", en: "Five levels" },
  "settingValue.kategori.six": { id: "Enam tingkat", en: "Six levels" },
  "settingValue.kategori.binary": { id: "Berhasil/Tidak", en: "Achieved/Not" },
  "settingValue.gradeRule.binary": { id: "Tercapai/Tidak", en: "Reached/Not" },
  "settingValue.gradeRule.rank": { id: "Peringkat", en: "Rank" },
  "error.convertEmpty": {
    id: "Lembar \u201c{sheet}\u201d kosong atau tidak dapat dibaca. Buka lembar yang berisi tabel RKT/IKU Anda, lalu tekan lagi; atau pilih Mulai dari Keputusan.",
    en: "Sheet \u201c{sheet}\u201d is empty or cannot be read. Open the sheet holding your RKT/IKU table and press again; or choose Start from the decree.",
  },
} satisfies Record<string, Bilingual>;

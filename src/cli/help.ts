/** Help texts of the `kinerja` command, Indonesian and English. */
import type { Lang } from "../core/i18n/types";
import type { Command } from "./args";

const GENERAL: Record<Lang, string> = {
  id: `kinerja — laporan kinerja RKT/IKU pada berkas .xlsx (inti yang sama dengan add-in Excel)

Pemakaian:
  kinerja template [--decree KEPUTUSAN.json] --out BERKAS.xlsx
  kinerja convert MASUKAN.xlsx --out KELUARAN.xlsx [--sheet NAMA] [--json]
  kinerja validate MASUKAN.xlsx [--tw 1-4] [--cap none|100|120] [--json]
  kinerja tidy MASUKAN.xlsx --out KELUARAN.xlsx [--json]
  kinerja capaian MASUKAN.xlsx [--out KELUARAN.xlsx] [--tw 1-4] [--cap none|100|120] [--json]
  kinerja charts MASUKAN.xlsx --out KELUARAN.xlsx
  kinerja export MASUKAN.xlsx --format pdf|xlsx|csv [--out BERKAS] [--tw 1-4]
  kinerja gabung BERKAS_ATAU_FOLDER... --out REKAP.xlsx [--pdf REKAP.pdf] [--csv REKAP.csv] [--json]

Opsi umum:
  --lang id|en   bahasa pesan (bawaan: id)
  --help, -h     bantuan; kinerja PERINTAH --help untuk satu perintah
  --version, -V  versi

Kode keluar: 0 selesai; 1 validate menemukan galat; 2 pemakaian salah atau berkas tidak terbaca.
Berkas keluaran ditulis utuh atau tidak sama sekali.
`,
  en: `kinerja — RKT/IKU performance reporting on .xlsx files (the same core as the Excel add-in)

Usage:
  kinerja template [--decree DECREE.json] --out FILE.xlsx
  kinerja convert IN.xlsx --out OUT.xlsx [--sheet NAME] [--json]
  kinerja validate IN.xlsx [--tw 1-4] [--cap none|100|120] [--json]
  kinerja tidy IN.xlsx --out OUT.xlsx [--json]
  kinerja capaian IN.xlsx [--out OUT.xlsx] [--tw 1-4] [--cap none|100|120] [--json]
  kinerja charts IN.xlsx --out OUT.xlsx
  kinerja export IN.xlsx --format pdf|xlsx|csv [--out FILE] [--tw 1-4]
  kinerja gabung FILE_OR_FOLDER... --out REKAP.xlsx [--pdf REKAP.pdf] [--csv REKAP.csv] [--json]

Common options:
  --lang id|en   language of messages (default: id)
  --help, -h     help; kinerja COMMAND --help for one command
  --version, -V  version

Exit codes: 0 done; 1 validate found errors; 2 bad usage or unreadable input.
Output files are written whole or not at all.
`,
};

const COMMAND_HELP: Record<Command, Record<Lang, string>> = {
  template: {
    id: `kinerja template [--decree KEPUTUSAN.json] --out BERKAS.xlsx

Membuat template dari keputusan (bawaan: KPU Kota Blitar 2021): lembar Info, RKT dan IKU.
Bila BERKAS.xlsx sudah ada, template ditambahkan ke dalamnya seperti Buat Template di Excel:
lembar buatan Kinerja yang sudah ada dibiarkan, lembar Anda tidak disentuh.

  --decree BERKAS.json  keputusan lain (diperiksa dulu; kesalahan dijelaskan per isian)
  --out BERKAS.xlsx     berkas yang ditulis
`,
    en: `kinerja template [--decree DECREE.json] --out FILE.xlsx

Makes the template of a decree (default: KPU Kota Blitar 2021): Info, RKT and IKU sheets.
When FILE.xlsx exists the template is added to it as Create template does in Excel: the
add-in's sheets already there are kept, your own sheets are not touched.

  --decree FILE.json  another decree (checked first; every bad field is explained)
  --out FILE.xlsx     the file written
`,
  },
  convert: {
    id: `kinerja convert MASUKAN.xlsx --out KELUARAN.xlsx [--sheet NAMA] [--json]

Mengubah lembar laporan yang sudah ada menjadi template Kinerja (isian dibawa serta).
Target dan realisasi setiap indikator ditulis dalam satuan yang sama (persen sebagai pecahan
berformat persen, "2 Lap" sebagai 2); setiap tebakan jenis, satuan dan arah dilaporkan.

  --sheet NAMA       lembar yang diubah (bawaan: lembar pertama yang berisi tabel)
  --out BERKAS.xlsx  berkas yang ditulis (boleh sama dengan masukan)
  --json             laporan sebagai satu objek JSON di stdout: {"sheet":…,"tables":[…]}
`,
    en: `kinerja convert IN.xlsx --out OUT.xlsx [--sheet NAME] [--json]

Turns an existing report sheet into the Kinerja template (what was typed is carried over).
Each indicator's target and realisasi are written in the same units (percents as fractions in
percent-formatted cells, "2 Lap" as 2); every guess of kind, unit and direction is reported.

  --sheet NAME     the sheet to convert (default: the first sheet that holds a table)
  --out FILE.xlsx  the file written (may be the input itself)
  --json           the report as one JSON object on stdout: {"sheet":…,"tables":[…]}
`,
  },
  validate: {
    id: `kinerja validate MASUKAN.xlsx [--tw 1-4] [--cap none|100|120] [--decree KEPUTUSAN.json] [--json]

Memeriksa lembar RKT; setiap temuan menunjuk lembar dan selnya. Tidak ada yang ditulis.
Kode keluar 1 bila ada temuan bertingkat galat.

  --tw 1-4            TW pelaporan (menggantikan pengaturan di lembar Info)
  --cap none|100|120  batas capaian (menggantikan pengaturan di lembar Info)
  --decree BERKAS     keputusan pembanding (bawaan: KPU Kota Blitar 2021)
  --json              satu objek JSON di stdout: {"findings":[…]}
`,
    en: `kinerja validate IN.xlsx [--tw 1-4] [--cap none|100|120] [--decree DECREE.json] [--json]

Checks the RKT sheets; every finding names its sheet and cell. Nothing is written.
Exit code 1 when a finding has error severity.

  --tw 1-4            reporting quarter (overrides the Info sheet's setting)
  --cap none|100|120  capaian cap (overrides the Info sheet's setting)
  --decree FILE       decree to compare with (default: KPU Kota Blitar 2021)
  --json              one JSON object on stdout: {"findings":[…]}
`,
  },
  tidy: {
    id: `kinerja tidy MASUKAN.xlsx --out KELUARAN.xlsx [--decree KEPUTUSAN.json] [--json]

Rapikan isian: isian yang tidak dibaca rumus lembar tetapi jelas maksudnya ("74,05", "87,5 %",
"Wajar Tanpa Pengecualian") ditulis dalam bentuk yang dibaca rumus (74,05; 87,5%; WTP).
Setiap perubahan dicantumkan; isian yang tidak jelas tetap menjadi temuan Validasi.

  --out BERKAS.xlsx  berkas yang ditulis (boleh berkas masukan itu sendiri)
  --decree BERKAS    keputusan pembanding (bawaan: KPU Kota Blitar 2021)
  --json             satu objek JSON di stdout: {"changes":[…]}
`,
    en: `kinerja tidy IN.xlsx --out OUT.xlsx [--decree DECREE.json] [--json]

Tidy entries: entries the sheet's formulas do not read but whose meaning is clear ("74,05",
"87,5 %", "Wajar Tanpa Pengecualian") are written in the form they read (74.05; 87.5%; WTP).
Every change is listed; entries that are not clear stay Validasi findings.

  --out FILE.xlsx  the file written (may be the input itself)
  --decree FILE    decree to compare with (default: KPU Kota Blitar 2021)
  --json           one JSON object on stdout: {"changes":[…]}
`,
  },
  capaian: {
    id: `kinerja capaian MASUKAN.xlsx [--out KELUARAN.xlsx] [--tw 1-4] [--cap none|100|120] [--decree KEPUTUSAN.json] [--json]

Menghitung capaian. Dengan --out, rumus Realisasi Tahun, Capaian dan Kategori serta lembar
Ringkasan Capaian ditulis; --tw/--cap juga ditulis ke sel pengaturan di lembar Info agar rumus
mengikutinya. Tanpa --out tidak ada yang ditulis.

  --out BERKAS.xlsx   berkas yang ditulis (boleh sama dengan masukan)
  --tw 1-4            TW pelaporan
  --cap none|100|120  batas capaian
  --json              satu objek JSON di stdout: {"indicators":[…]}
`,
    en: `kinerja capaian IN.xlsx [--out OUT.xlsx] [--tw 1-4] [--cap none|100|120] [--decree DECREE.json] [--json]

Computes capaian. With --out, the Realisasi Tahun, Capaian and Kategori formulas and the
Ringkasan Capaian sheet are written; --tw/--cap are also written into the Info sheet's setting
cells so the formulas follow. Without --out nothing is written.

  --out FILE.xlsx     the file written (may be the input itself)
  --tw 1-4            reporting quarter
  --cap none|100|120  capaian cap
  --json              one JSON object on stdout: {"indicators":[…]}
`,
  },
  gabung: {
    id: `kinerja gabung BERKAS_ATAU_FOLDER... --out REKAP.xlsx [--tw 1-4] [--cap none|100|120]
               [--rank rata-rata|tercapai] [--decree KEPUTUSAN.json] [--pdf REKAP.pdf]
               [--csv REKAP.csv] [--json]

Menggabungkan buku kerja banyak kantor (berkas .xlsx, atau folder berisi berkas .xlsx) menjadi
satu buku kerja baru: Data Gabungan, Rekap Satker (capaian setiap kantor per indikator sebagai
rumus, rata-rata, jumlah tercapai, peringkat), Kelengkapan (triwulan belum diisi, isian salah),
Sebaran (minimum, median, maksimum, jumlah kantor per kategori, dengan grafik), Peringkat
(urutan kantor, aturannya tertulis) dan Berkas Gagal. Indikator dicocokkan menurut kode, lalu
menurut teksnya. Berkas dibaca bersamaan oleh sebanyak inti prosesor, satu buku kerja per inti;
berkas yang tidak terbaca dicatat beserta alasannya, yang lain tetap digabung. --pdf: peringkat,
kelengkapan dan grafik sebaran untuk rapat evaluasi; --csv: Rekap Satker. Berkas keluaran tidak
boleh sudah ada.
`,
    en: `kinerja gabung FILE_OR_FOLDER... --out REKAP.xlsx [--tw 1-4] [--cap none|100|120]
               [--rank rata-rata|tercapai] [--decree DECREE.json] [--pdf REKAP.pdf]
               [--csv REKAP.csv] [--json]

Consolidates many offices' workbooks (.xlsx files, or folders of them) into one new workbook:
Data Gabungan, Rekap Satker (each office's capaian per indicator as formulas, average, tercapai
count, rank), Kelengkapan (quarters not yet filled, entries in error), Sebaran (minimum, median,
maximum, offices per kategori, with a chart), Peringkat (the offices in order, the rule stated)
and Berkas Gagal. Indicators are matched by code, then by their text. Files are read by as many
threads as the processor has cores, one workbook each; a file that cannot be read is listed with
the reason and the rest still consolidate. --pdf: the ranking, the completeness and the spread
charts for a review meeting; --csv: Rekap Satker. The output files must not exist yet.
`,
  },
  charts: {
    id: `kinerja charts MASUKAN.xlsx --out KELUARAN.xlsx

Menulis lembar Grafik: tabel datanya (rumus yang mengikuti lembar RKT dan Ringkasan) dan tiga
grafik di sampingnya, seperti Buat Grafik di Excel. Grafik buatan Anda sendiri tetap ada;
grafik Kinerja dari jalankan sebelumnya diganti.
`,
    en: `kinerja charts IN.xlsx --out OUT.xlsx

Writes the Grafik sheet: its data tables (formulas that follow the RKT and Ringkasan sheets)
and three charts beside them, as Create charts does in Excel. Charts you made yourself stay;
Kinerja's charts from an earlier run are replaced.
`,
  },
  export: {
    id: `kinerja export MASUKAN.xlsx --format pdf|xlsx|csv [--out BERKAS] [--tw 1-4] [--decree KEPUTUSAN.json] [--json]

Ekspor untuk Rapat: rekap capaian per indikator (seperti lembar Rekap Rapat) sebagai PDF
(judul, tabel rekap, legenda kategori, tanda tangan, grafik), .xlsx (lembar Rekap Rapat dan
salinan lembar RKT, nilai saja) atau CSV (UTF-8 dengan BOM, pemisah ";"). Kantor, tahun,
nomor keputusan dan penanda tangan diambil dari lembar Info. MASUKAN.xlsx tidak diubah.
Jalur berkas yang ditulis dicetak di stdout.

  --format pdf|xlsx|csv  format berkas (wajib)
  --out BERKAS           berkas yang ditulis, berakhiran .pdf/.xlsx/.csv sesuai format (bawaan:
                         nama baku di folder kerja, mis.
                         Capaian-Kinerja-KPU-Kota-Blitar-2021-TW2.pdf)
  --tw 1-4               realisasi s.d. triwulan ini (bawaan: TW Pelaporan di lembar Info)
  --decree BERKAS.json   keputusan untuk data yang tidak disebut lembar Info
                         (bawaan: KPU Kota Blitar 2021)
  --json                 satu objek JSON di stdout: {"file":…,"format":…,"tw":…,"indicators":…}
`,
    en: `kinerja export IN.xlsx --format pdf|xlsx|csv [--out FILE] [--tw 1-4] [--decree DECREE.json] [--json]

Export for the review meeting: the capaian recap per indicator (as on the Rekap Rapat sheet) as
a PDF (title, recap table, kategori legend, signatures, charts), an .xlsx (the Rekap Rapat sheet
and copies of the RKT sheets, values only) or a CSV (UTF-8 with BOM, ";" separator). Office,
year, decree number and signatories come from the Info sheet. IN.xlsx is not changed. The
path of the written file is printed on stdout.

  --format pdf|xlsx|csv  file format (required)
  --out FILE             the file written, ending in .pdf/.xlsx/.csv as the format (default:
                         the standard name in the working folder, e.g.
                         Capaian-Kinerja-KPU-Kota-Blitar-2021-TW2.pdf)
  --tw 1-4               realisasi up to this quarter (default: the Info sheet's TW Pelaporan)
  --decree FILE.json     decree for what the Info sheet does not say
                         (default: KPU Kota Blitar 2021)
  --json                 one JSON object on stdout: {"file":…,"format":…,"tw":…,"indicators":…}
`,
  },
};

export function helpText(lang: Lang, command?: Command): string {
  return command === undefined ? GENERAL[lang] : COMMAND_HELP[command][lang];
}

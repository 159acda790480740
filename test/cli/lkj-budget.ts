/**
 * An office's LKj table with budget columns, as offices type it: a program's pagu and
 * realisasi repeated on each indicator row of its sasaran, then merged cells with the amounts
 * as text. Shared by the convert and gabung tests.
 */
import ExcelJS from "exceljs";

/** The LKj table of an office: two sasaran, the budget typed as offices type it. */
export async function writeLkj(path: string, office: string, pagu2: ExcelJS.CellValue) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("LKj");
  ws.addRow([`LAPORAN KINERJA ${office} TAHUN 2022`]);
  ws.addRow([]);
  ws.addRow([
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "Program/Kegiatan",
    "Pagu Anggaran (Rp)",
    "Realisasi Anggaran (Rp)",
  ]);
  // Sasaran 1: the program's pagu and realisasi typed on each of its indicator rows.
  const program = "Program Penyelenggaraan Pemilu";
  ws.addRow([
    1,
    "Meningkatnya kualitas layanan",
    "Persentase layanan tepat waktu",
    "80%",
    "84%",
    program,
    200_000_000,
    150_000_000,
  ]);
  ws.addRow([
    2,
    null,
    "Persentase keputusan dipublikasikan",
    "90%",
    "90%",
    program,
    200_000_000,
    150_000_000,
  ]);
  // Sasaran 2: merged sasaran and budget cells, the amounts as text.
  ws.addRow([
    3,
    "Terwujudnya tata kelola",
    "Persentase laporan tepat waktu",
    "100%",
    "95%",
    "Program Dukungan Manajemen",
    pagu2,
    "Rp 45.500.000,00",
  ]);
  ws.addRow([4, null, "Persentase arsip tertata", "80%", "88%", null, null, null]);
  ws.mergeCells("B4:B5");
  ws.mergeCells("B6:B7");
  ws.mergeCells("F6:F7");
  ws.mergeCells("G6:G7");
  ws.mergeCells("H6:H7");
  await wb.xlsx.writeFile(path);
}

/**
 * The PDF's LKj pages (PermenPANRB 53/2014, Bab III): A. per sasaran its indicators' target,
 * realisasi, capaian and kategori, with the budget of the programs linked to the sasaran on the
 * Anggaran sheet; B. the budget per program — pagu, realisasi s.d. TW pelaporan, % serapan and
 * efisiensi — with the total. The figures are the ones the sheet's formulas compute (the core's
 * `computeAnggaran`).
 */
import type { jsPDF } from "jspdf";
import type { autoTable as AutoTable, RowInput } from "jspdf-autotable";
import { listedPrograms, sasaranKey, type SasaranBudget } from "../core/workbook/anggaran/model";
import type { ExportInput } from "./input";
import { gridTable, PDF_BAND_FILL, PDF_HEADER, PDF_MARGIN, tableEndY } from "./pdf-style";
import { pdfText } from "./pdf-text";
import { figurePercent, rupiahText, type Figure } from "../core/i18n/figures";

const MARGIN = PDF_MARGIN;
const HEADER = PDF_HEADER;

/** A fraction as the sheet's "0.00%" shows it ("60,00%"); "cek isian" as it is, blanks "-". */
const percentText = (v: Figure): string => figurePercent(v, "-");

const amountText = (v: Figure): string =>
  v === null ? "-" : v === "cek isian" ? v : rupiahText(v);

const STYLES = gridTable(7.5, 1.2);

/**
 * A sasaran's budget line: its programs and their pagu, realisasi and serapan added up — the
 * core's `budgetOfSasaran`, as Rekap Rapat's block and the CSV show them.
 */
function budgetLine(b: SasaranBudget | undefined): string {
  const programs = listedPrograms(b?.rows ?? []);
  if (b === undefined || programs.length === 0)
    return "Anggaran: belum ada program di lembar Anggaran.";
  const names = programs.map((r) => r.program || "(program belum diisi)").join("; ");
  // Which program the sheet cannot read, where a sum shows "cek isian".
  const unread = programs.filter(
    (r) => r.pagu.reading === "unreadable" || r.realisasi === "cek isian"
  );
  const cek =
    unread.length === 0
      ? ""
      : ` (tidak terbaca di lembar Anggaran: ${unread.map((r) => r.program || "(program belum diisi)").join("; ")})`;
  return `Anggaran (${names}): pagu ${amountText(b.pagu)}, realisasi ${amountText(b.realisasi)}, serapan ${percentText(b.serapan)}${cek}`;
}

export function lkjPages(doc: jsPDF, autoTable: typeof AutoTable, input: ExportInput): void {
  const { meta } = input;
  const w = doc.internal.pageSize.getWidth();
  doc.addPage();
  doc.setFont("helvetica", "bold").setFontSize(11).setTextColor(HEADER);
  doc.text("BAB III AKUNTABILITAS KINERJA", w / 2, 16, { align: "center" });
  doc.setFontSize(9).setTextColor("#000000");
  doc.text(
    pdfText(
      `A. Capaian Kinerja per Sasaran — ${meta.office} Tahun ${meta.year}, s.d. ${meta.reportingQuarterWord}`
    ),
    MARGIN,
    24
  );
  const body: RowInput[] = [];
  const seen = new Set<string>();
  for (const r of input.rows) {
    const key = `${r.unit}|${sasaranKey(r.sasaran)}`;
    if (!seen.has(key)) {
      seen.add(key);
      body.push([
        {
          content: pdfText(`${r.sasaran}\n${budgetLine(r.budget)}`),
          colSpan: 5,
          styles: { fillColor: PDF_BAND_FILL, fontStyle: "bold", textColor: HEADER },
        },
      ]);
    }
    body.push([
      pdfText(r.indikator),
      pdfText(r.targetText),
      pdfText(r.realisasiText),
      pdfText(r.capaianText === "" ? "-" : r.capaianText),
      pdfText(r.kategori === "" ? "-" : r.kategori),
    ]);
  }
  autoTable(doc, {
    ...STYLES,
    startY: 28,
    head: [
      [
        "Indikator Kinerja",
        "Target",
        `Realisasi s.d. ${meta.reportingQuarterWord}`,
        "Capaian",
        "Kategori",
      ],
    ],
    body,
    columnStyles: {
      1: { cellWidth: 24 },
      2: { cellWidth: 30 },
      3: { cellWidth: 22 },
      4: { cellWidth: 26 },
    },
  });
  const a = input.anggaran;
  const programs = listedPrograms(a?.rows ?? []);
  let y = tableEndY(doc, 28) + 8;
  if (y + 30 > doc.internal.pageSize.getHeight() - 14) {
    doc.addPage();
    y = 18;
  }
  doc.setFont("helvetica", "bold").setFontSize(9).setTextColor("#000000");
  doc.text("B. Realisasi Anggaran", MARGIN, y);
  if (a === undefined || programs.length === 0) {
    doc.setFont("helvetica", "normal");
    doc.text("Belum ada program di lembar Anggaran.", MARGIN, y + 6);
    return;
  }
  autoTable(doc, {
    ...STYLES,
    startY: y + 3,
    head: [
      [
        "Program / Kegiatan",
        "Sasaran Strategis",
        "Pagu",
        `Realisasi s.d. ${meta.reportingQuarterWord}`,
        "% Serapan",
        "Efisiensi",
      ],
    ],
    body: [
      ...programs.map((r) => [
        pdfText(r.program === "" ? "(program belum diisi)" : r.program),
        pdfText(r.sasaran),
        r.pagu.reading === "value"
          ? rupiahText(r.pagu.value)
          : r.pagu.reading === "empty"
            ? "-"
            : "cek isian",
        amountText(r.realisasi),
        percentText(r.serapan),
        percentText(r.efisiensi),
      ]),
      [
        { content: "Jumlah", colSpan: 2, styles: { fontStyle: "bold" } },
        { content: rupiahText(a.total.pagu), styles: { fontStyle: "bold" } },
        { content: rupiahText(a.total.realisasi), styles: { fontStyle: "bold" } },
        { content: percentText(a.total.serapan), styles: { fontStyle: "bold" } },
        "",
      ],
    ],
    columnStyles: {
      2: { cellWidth: 30, halign: "right" },
      3: { cellWidth: 32, halign: "right" },
      4: { cellWidth: 20, halign: "right" },
      5: { cellWidth: 20, halign: "right" },
    },
  });
  doc.setFont("helvetica", "italic").setFontSize(6.5);
  const endY = tableEndY(doc, y);
  doc.text(
    "Efisiensi = 1 \u2212 % serapan \u00f7 capaian sasaran, yaitu (pagu \u00d7 capaian \u2212 realisasi) \u00f7 (pagu \u00d7 capaian) (PMK 214/PMK.02/2017); di atas 0: realisasi anggaran lebih kecil daripada nilai capaian yang dihasilkan.",
    MARGIN,
    Math.min(endY + 5, doc.internal.pageSize.getHeight() - 16)
  );
}

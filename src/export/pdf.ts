/**
 * The review-meeting report as PDF (A4 landscape): title block with the decree reference, the
 * recap table (kategori coloured and named), the kategori legend, the signature block in the
 * decree's style, and a Lampiran page with the charts. All text is real text.
 * jsPDF and jspdf-autotable are loaded when the export runs, so the task pane's first load
 * stays small; both work in Node and in browsers.
 */
import type { jsPDF } from "jspdf";
import type { CellDef, RowInput } from "jspdf-autotable";
import { LKJ_TEXT_KEYS, lkjHeaders, overallLabel, type RecapRow } from "../core/workbook/recap";
import { romanOf } from "../core/rules/finding";
import type { ExportInput } from "./input";
import { drawImage, drawIndicatorChart, drawSasaranChart, legend } from "./pdf-charts";
import { pdfText, tanggal, today } from "./pdf-text";
import { lkjPages } from "./pdf-lkj";
import {
  gridTable,
  PDF_BAND_FILL,
  PDF_HEADER,
  PDF_MARGIN,
  tableEndY,
  pageFooter,
} from "./pdf-style";

export interface PdfOptions {
  /** Date above the signatures (yyyy-mm-dd); today when absent. */
  date?: string;
  /** PNG images (base64, data: prefix optional) to print instead of the drawn charts. */
  images?: { indikator?: string; sasaran?: string };
  /** Leave the chart page out. */
  charts?: boolean;
}

const MARGIN = PDF_MARGIN;
const HEADER = PDF_HEADER;
const UNIT_FILL = PDF_BAND_FILL;
const TOTAL_FILL = "#F2F2F2";

/**
 * Where, when and by whom the decree was signed, for the report's citation of it:
 * "ditetapkan di Blitar pada tanggal 4 Maret 2021 oleh Ketua Komisi Pemilihan Umum Kota Blitar,
 * Choirul Umam". Only the signers: the official who certified a copy did not sign it.
 */
function decreeSigning(meta: ExportInput["meta"]): string {
  const by = meta.signatories.map((p) => `${p.role}, ${p.name}`).join(" dan ");
  const at = `ditetapkan di ${meta.place} pada tanggal ${tanggal(meta.decreeDate)}`;
  return by === "" ? at : `${at} oleh ${by}`;
}

function titleBlock(doc: jsPDF, input: ExportInput): number {
  const { meta } = input;
  const w = doc.internal.pageSize.getWidth();
  const mid = w / 2;
  doc.setTextColor("#000000").setFont("helvetica", "bold");
  doc.setFontSize(14).text("LAPORAN CAPAIAN KINERJA", mid, 15, { align: "center" });
  doc.setFontSize(12).text(pdfText(meta.office.toUpperCase()), mid, 21, { align: "center" });
  const numeral = romanOf(meta.reportingQuarter);
  doc
    .setFontSize(11)
    .text(`TAHUN ${meta.year} - TRIWULAN ${numeral}`, mid, 27, { align: "center" });
  doc.setFont("helvetica", "normal").setFontSize(8.5);
  const ref = `Berdasarkan Keputusan ${meta.office} Nomor ${meta.decreeNumber} tentang ${meta.decreeTitle}, ${decreeSigning(meta)}`;
  const lines = doc.splitTextToSize(pdfText(ref), w - 2 * MARGIN - 40) as string[];
  doc.text(lines, mid, 32, { align: "center" });
  let y = 32 + lines.length * 3.6;
  doc
    .setDrawColor("#000000")
    .setLineWidth(0.7)
    .line(MARGIN, y, w - MARGIN, y);
  doc.setLineWidth(0.2).line(MARGIN, y + 1, w - MARGIN, y + 1);
  y += 5;
  doc.setFont("helvetica", "italic").setFontSize(7.5).setTextColor("#404040");
  // The rules that produced every figure, and where they are changed.
  const rules =
    `Bahan rapat evaluasi kinerja. Realisasi s.d. ${meta.reportingQuarterWord} dibandingkan dengan target tahunan; ` +
    `batas capaian: ${meta.capWord}; skala kategori: ${meta.kategoriWord}; capaian nilai & opini: ${meta.gradeRuleWord}; ` +
    "rata-rata atas indikator yang capaiannya dapat dihitung (pilihan ini diubah di lembar Info Kinerja).";
  const note = doc.splitTextToSize(pdfText(rules), w - 2 * MARGIN) as string[];
  doc.text(note, MARGIN, y);
  return y + 2.5 + (note.length - 1) * 3;
}

/**
 * Below the table: the rows marked "(!)" and what is wrong with them (Validasi's words), so a
 * figure that counts an entry in error is never printed without saying so.
 */
function checksNote(doc: jsPDF, rows: readonly RecapRow[], y: number, h: number): number {
  const lines = rows.flatMap((r) => r.errors.map((e) => `No ${r.no} (${r.sheet}): ${e.id}`));
  if (lines.length === 0) return y;
  const w = doc.internal.pageSize.getWidth();
  const text = doc.splitTextToSize(
    pdfText(`(!) Isian yang perlu diperiksa (dihitung apa adanya): ${lines.join("; ")}.`),
    w - 2 * MARGIN
  ) as string[];
  if (y + text.length * 3 > h - 14) {
    doc.addPage();
    y = 18;
  }
  doc.setFont("helvetica", "italic").setFontSize(7).setTextColor("#9C0006");
  doc.text(text, MARGIN, y);
  return y + text.length * 3 + 3;
}

const colored = (content: string, b: { fill: string; fontColor: string } | undefined): CellDef =>
  b === undefined
    ? { content }
    : { content, styles: { fillColor: b.fill, textColor: b.fontColor, fontStyle: "bold" } };

/**
 * One table per RKT sheet (its name in a band above the repeated header, so a page never ends
 * on a lone band), the sasaran merged over its indicators, the overall row in the last table.
 */
function sections(input: ExportInput, withKet: boolean): { sheet: string; body: RowInput[] }[] {
  const out: { sheet: string; body: RowInput[] }[] = [];
  const rows = input.rows;
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (prev === undefined || prev.sheet !== r.sheet) out.push({ sheet: r.sheet, body: [] });
    const body = (out[out.length - 1] as { body: RowInput[] }).body;
    const sameSasaran = (x: RecapRow | undefined) =>
      x?.sheet === r.sheet && x.sasaran === r.sasaran;
    let span = 1;
    while (sameSasaran(rows[i + span])) span++;
    const band = r.kategoriIndex === null ? undefined : input.bands[r.kategoriIndex];
    const real = r.attainment ? `${r.realisasiText} (${r.attainment})` : r.realisasiText;
    body.push([
      { content: String(r.no), styles: { halign: "center" } },
      ...(sameSasaran(prev) ? [] : [{ content: pdfText(r.sasaran), rowSpan: span }]),
      pdfText(r.indikator),
      { content: pdfText(r.targetText), styles: { halign: "center" } },
      { content: pdfText(real || "-"), styles: { halign: "center" } },
      {
        ...colored(`${r.capaianText || "-"}${r.errors.length > 0 ? " (!)" : ""}`, band),
        styles: { ...colored("", band).styles, halign: "right" },
      },
      colored(pdfText(r.kategori || "belum ada data"), band),
      pdfText(r.permasalahan),
      pdfText(r.rencanaTindakLanjut),
      ...(withKet ? [pdfText(r.keterangan)] : []),
    ]);
  });
  const o = input.overall;
  const band = o.kategoriIndex === null ? undefined : input.bands[o.kategoriIndex];
  if (out.length === 0) out.push({ sheet: "", body: [] });
  (out[out.length - 1] as { body: RowInput[] }).body.push([
    {
      content: overallLabel(o),
      colSpan: 5,
      styles: { fontStyle: "bold", fillColor: TOTAL_FILL, halign: "right" },
    },
    {
      ...colored(o.capaianText || "-", band),
      styles: { ...colored("", band).styles, halign: "right" },
    },
    colored(pdfText(o.kategori || "-"), band),
    { content: pdfText(o.note.permasalahan), styles: { fillColor: TOTAL_FILL } },
    { content: pdfText(o.note.rencanaTindakLanjut), styles: { fillColor: TOTAL_FILL } },
    ...(withKet ? [{ content: "", styles: { fillColor: TOTAL_FILL } }] : []),
  ]);
  return out;
}

/**
 * "Blitar, 15 Juli 2021" and the decree's first signer at the right (the head of the office, who
 * answers for the office's performance), other signers at the left.
 *
 * The official who certified the decree's copy ("Salinan sesuai dengan aslinya") is not
 * printed. A certification belongs under a copy of the document it certifies; this report is
 * not a copy of the decree, and an Indonesian government report's signature block holds only
 * the officials who sign that report. Printing the certifier here would present him as a signer
 * of the decree or as vouching for figures he never saw; the citation in the title block names
 * who signed the decree.
 */
function signatures(doc: jsPDF, input: ExportInput, y: number, date: string): void {
  const w = doc.internal.pageSize.getWidth();
  const [head, ...others] = input.meta.signatories;
  const colW = 82;
  const block = (x: number, lines: string[], name: string, top: number) => {
    doc.setFont("helvetica", "normal").setFontSize(9.5).setTextColor("#000000");
    const wrapped = lines.flatMap((l) => doc.splitTextToSize(pdfText(l), colW) as string[]);
    doc.text(wrapped, x + colW / 2, top, { align: "center" });
    const nameY = top + wrapped.length * 4.2 + 20;
    const n = pdfText(name.toUpperCase());
    doc.setFont("helvetica", "bold").text(n, x + colW / 2, nameY, { align: "center" });
    doc.setDrawColor("#000000");
    const nw = doc.getTextWidth(n);
    doc
      .setLineWidth(0.3)
      .line(x + colW / 2 - nw / 2, nameY + 0.8, x + colW / 2 + nw / 2, nameY + 0.8);
  };
  const rightX = w - MARGIN - colW;
  if (head !== undefined)
    block(
      rightX,
      [`${input.meta.place}, ${tanggal(date)}`, `${head.role.toUpperCase()},`],
      head.name,
      y
    );
  others.forEach((p, i) => block(MARGIN + 10 + i * (colW + 10), ["", `${p.role},`], p.name, y));
}

function chartsPage(doc: jsPDF, input: ExportInput, options: PdfOptions): void {
  doc.addPage();
  const w = doc.internal.pageSize.getWidth();
  doc.setFont("helvetica", "bold").setFontSize(12).setTextColor("#000000");
  doc.text("LAMPIRAN: GRAFIK CAPAIAN KINERJA", w / 2, 15, { align: "center" });
  doc.setFont("helvetica", "normal").setFontSize(8.5);
  doc.text(
    pdfText(
      `${input.meta.office} - Tahun ${input.meta.year} - realisasi s.d. ${input.meta.reportingQuarterWord}`
    ),
    w / 2,
    20,
    {
      align: "center",
    }
  );
  const top = { x: MARGIN, y: 25, w: w - 2 * MARGIN, h: 80 };
  const bottom = { x: MARGIN, y: 110, w: w - 2 * MARGIN, h: 78 };
  const h1 = `Capaian per Indikator s.d. ${input.meta.reportingQuarterWord}`;
  const h2 = `Rata-rata Capaian per Sasaran Strategis s.d. ${input.meta.reportingQuarterWord}`;
  if (options.images?.indikator) drawImage(doc, top, options.images.indikator, h1);
  else drawIndicatorChart(doc, top, input.rows, input.bands, h1);
  if (options.images?.sasaran) drawImage(doc, bottom, options.images.sasaran, h2);
  else drawSasaranChart(doc, bottom, input.sasaran, input.bands, h2);
}

/**
 * The report as PDF bytes.
 * @example const bytes = await exportPdf(buildExportInput(book, BLITAR_2021, 2), { date: "2021-07-15" });
 */
export async function exportPdf(input: ExportInput, options: PdfOptions = {}): Promise<Uint8Array> {
  const { jsPDF } = await import("jspdf");
  const { autoTable } = await import("jspdf-autotable");
  const doc = new jsPDF({ orientation: "landscape", unit: "mm", format: "a4", compress: true });
  const { meta } = input;
  doc.setProperties({
    title: `Laporan Capaian Kinerja ${meta.office} Tahun ${meta.year} ${meta.reportingQuarterWord}`,
    subject: `Keputusan ${meta.office} Nomor ${meta.decreeNumber}`,
    creator: "Kinerja",
  });
  const startY = titleBlock(doc, input);
  const withKet = input.rows.some((r) => r.keterangan !== "");
  const head = [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja Utama",
    "Target",
    `Realisasi s.d. ${meta.reportingQuarterWord}`,
    "Capaian",
    "Kategori",
    "Permasalahan",
    "Rencana Tindak Lanjut",
    ...(withKet ? ["Keterangan"] : []),
  ];
  const notes = withKet ? 32 : 41;
  // Indikator (null) takes what the others leave of the page width.
  const widths = [8, 40, null, 16, 21, 17, 21, notes, notes, ...(withKet ? [18] : [])];
  const lastY = () => tableEndY(doc, startY);
  for (const [i, section] of sections(input, withKet).entries()) {
    const band = {
      content: pdfText(section.sheet),
      colSpan: head.length,
      styles: { fillColor: UNIT_FILL, fontStyle: "bold", textColor: HEADER, halign: "left" },
    } as const;
    autoTable(doc, {
      startY: i === 0 ? startY : lastY() + 4,
      head: section.sheet === "" ? [head] : [[band], head],
      body: section.body,
      ...gridTable(7.2, 1.1),
      columnStyles: Object.fromEntries(
        widths.map((cellWidth, c) => [c, cellWidth === null ? {} : { cellWidth }])
      ),
    });
  }
  // The LKj comparisons (Bab III): who answers for each indicator, its period, the rencana
  // aksi to the reporting quarter, last year and the Renstra target — where any is there.
  const lkj = input.rows.filter(
    (r) =>
      r.penanggungJawab !== "" ||
      Object.values(r.lkjText).some((t) => t !== "") ||
      r.periode !== "Triwulanan"
  );
  if (lkj.length > 0) {
    const tw = meta.reportingQuarterWord;
    autoTable(doc, {
      startY: lastY() + 6,
      head: [
        [
          {
            content: "Perbandingan Kinerja",
            colSpan: 11,
            styles: { fillColor: UNIT_FILL, fontStyle: "bold", textColor: HEADER, halign: "left" },
          },
        ],
        [
          "No",
          "Indikator Kinerja Utama",
          "Penanggung Jawab",
          "Periode",
          ...lkjHeaders(tw),
          "Unit",
        ].map(pdfText),
      ],
      body: lkj.map((r) => [
        String(r.no),
        pdfText(r.indikator),
        pdfText(r.penanggungJawab),
        pdfText(r.periode),
        ...LKJ_TEXT_KEYS.map((k) => pdfText(r.lkjText[k])),
        pdfText(r.unit),
      ]),
      ...gridTable(7.2, 1.1),
      columnStyles: Object.fromEntries(
        [8, null, 30, 18, 20, 20, 20, 20, 20, 22, 20].map((cellWidth, c) => [
          c,
          cellWidth === null ? {} : { cellWidth },
        ])
      ),
    });
  }
  const h = doc.internal.pageSize.getHeight();
  let y = checksNote(doc, input.rows, lastY() + 5, h);
  if (y + 52 > h - 14) {
    doc.addPage();
    y = 18;
  }
  doc.setFont("helvetica", "bold").setFontSize(7).setTextColor("#000000");
  doc.text("Kategori capaian:", MARGIN, y);
  legend(doc, MARGIN + 24, y, input.bands);
  signatures(doc, input, y + 9, options.date ?? today());
  lkjPages(doc, autoTable, input);
  if (options.charts !== false) chartsPage(doc, input, options);
  pageFooter(
    doc,
    pdfText(
      `Laporan Capaian Kinerja ${meta.office} Tahun ${meta.year} s.d. ${meta.reportingQuarterWord}`
    )
  );
  return new Uint8Array(doc.output("arraybuffer"));
}

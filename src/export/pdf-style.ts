/**
 * The look every Kinerja PDF shares (the meeting report, its LKj pages, the consolidation):
 * the page margin, the heading blue, the band fill, and one grid-table style for
 * jspdf-autotable, so that the three documents cannot drift apart.
 */
import type { jsPDF } from "jspdf";

/** Left and right page margin, in mm. */
export const PDF_MARGIN = 14;
/** Headings, table heads and lines. */
export const PDF_HEADER = "#1F4E79";
/** A band row above a table (a sheet's or a sasaran's name). */
export const PDF_BAND_FILL = "#DDEBF7";

/**
 * The foot of every page: the document's name at the left, "Halaman i dari n" at the right,
 * a thin rule above them. `label` is printed as it is (pass it through `pdfText`).
 */
export function pageFooter(doc: jsPDF, label: string): void {
  const n = doc.getNumberOfPages();
  const w = doc.internal.pageSize.getWidth();
  const h = doc.internal.pageSize.getHeight();
  for (let i = 1; i <= n; i++) {
    doc.setPage(i);
    doc.setFont("helvetica", "normal").setFontSize(7).setTextColor("#595959");
    doc.text(label, PDF_MARGIN, h - 7);
    doc.text(`Halaman ${i} dari ${n}`, w - PDF_MARGIN, h - 7, { align: "right" });
    doc
      .setDrawColor("#BFBFBF")
      .setLineWidth(0.2)
      .line(PDF_MARGIN, h - 9.5, w - PDF_MARGIN, h - 9.5);
  }
}

/** Where the last table jspdf-autotable drew ends on its page, in mm; `fallback` before any. */
export function tableEndY(doc: object, fallback: number): number {
  return (doc as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY ?? fallback;
}

/** jspdf-autotable options of a grid table with text of `fontSize` points. */
export function gridTable(fontSize: number, cellPadding: number) {
  return {
    theme: "grid",
    margin: { left: PDF_MARGIN, right: PDF_MARGIN, top: 14, bottom: 14 },
    styles: {
      font: "helvetica",
      fontSize,
      cellPadding,
      valign: "top",
      lineColor: "#A6A6A6",
      lineWidth: 0.15,
      textColor: "#000000",
    },
    headStyles: {
      fillColor: PDF_HEADER,
      textColor: "#FFFFFF",
      fontStyle: "bold",
      halign: "center",
      valign: "middle",
    },
    rowPageBreak: "avoid",
  } as const;
}

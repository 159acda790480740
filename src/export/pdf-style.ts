/**
 * The look every Kinerja PDF shares (the meeting report, its LKj pages, the consolidation):
 * the page margin, the heading blue, the band fill, and one grid-table style for
 * jspdf-autotable, so that the three documents cannot drift apart.
 */

/** Left and right page margin, in mm. */
export const PDF_MARGIN = 14;
/** Headings, table heads and lines. */
export const PDF_HEADER = "#1F4E79";
/** A band row above a table (a sheet's or a sasaran's name). */
export const PDF_BAND_FILL = "#DDEBF7";

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

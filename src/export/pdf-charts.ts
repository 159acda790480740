/**
 * The PDF's charts, drawn as vector shapes from the same numbers as the table (bars coloured by
 * kategori, a dashed 100% line, labels as real text), or PNG images passed in instead (inside
 * Excel the task pane gives `chart.getImage()`).
 */
import type { jsPDF } from "jspdf";
import type { RecapGroup, RecapRow } from "../core/workbook/recap";
import type { ExportInput } from "./input";
import { pdfText } from "./pdf-text";

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

type Band = ExportInput["bands"][number];
const AXIS = "#595959";
const GRID = "#D9D9D9";
const TARGET_LINE = "#C00000";
const NO_BAND = { fill: "#FFFFFF", fontColor: "#7F7F7F" };

/** A scale from 0 that shows 100% and the largest capaian (up to 200%; taller bars are cut). */
function scale(values: (number | null)[]): { max: number; step: number } {
  const top = Math.max(100, ...values.map((v) => v ?? 0));
  const max = Math.min(200, Math.ceil((top + 5) / 20) * 20);
  return { max, step: max > 140 ? 40 : 20 };
}

function title(doc: jsPDF, box: Box, text: string): void {
  doc.setFont("helvetica", "bold").setFontSize(10).setTextColor("#1F4E79");
  doc.text(pdfText(text), box.x, box.y + 4);
}

/** Coloured boxes with each kategori's name and range, on one line from (x, y). */
export function legend(doc: jsPDF, x: number, y: number, bands: readonly Band[]): number {
  doc.setFont("helvetica", "normal").setFontSize(7).setTextColor("#000000");
  let at = x;
  for (const b of bands) {
    doc.setFillColor(b.fill).setDrawColor(b.fontColor).setLineWidth(0.2);
    doc.rect(at, y - 2.6, 4, 3, "FD");
    const label = pdfText(`${b.label} (${b.range})`);
    doc.text(label, at + 5, y);
    at += 5 + doc.getTextWidth(label) + 5;
  }
  return at;
}

const bandOf = (bands: readonly Band[], i: number | null) =>
  i === null ? NO_BAND : (bands[i] ?? NO_BAND);

/** Capaian per indicator: one column each, numbered as in the table, coloured by kategori. */
export function drawIndicatorChart(
  doc: jsPDF,
  box: Box,
  rows: readonly RecapRow[],
  bands: readonly Band[],
  heading: string
): void {
  title(doc, box, heading);
  const plot = { x: box.x + 12, y: box.y + 9, w: box.w - 14, h: box.h - 24 };
  const { max, step } = scale(rows.map((r) => r.capaian));
  const yOf = (v: number) => plot.y + plot.h - (Math.min(v, max) / max) * plot.h;
  doc.setFont("helvetica", "normal").setFontSize(6.5).setTextColor(AXIS);
  for (let v = 0; v <= max; v += step) {
    doc
      .setDrawColor(GRID)
      .setLineWidth(0.15)
      .line(plot.x, yOf(v), plot.x + plot.w, yOf(v));
    doc.text(`${v}%`, plot.x - 1.5, yOf(v) + 1, { align: "right" });
  }
  targetLine(doc, plot.x, yOf(100), plot.x + plot.w, yOf(100));
  doc.setFontSize(6).setTextColor(TARGET_LINE);
  doc.text("Target 100%", plot.x + plot.w, yOf(100) - 0.8, { align: "right" });
  const slot = plot.w / Math.max(1, rows.length);
  const bar = Math.min(12, slot * 0.62);
  const valueSize = slot < 10 ? 4.5 : 5.5;
  rows.forEach((r, i) => {
    const cx = plot.x + slot * (i + 0.5);
    const b = bandOf(bands, r.kategoriIndex);
    if (r.capaian !== null && r.capaian > 0) {
      const top = yOf(r.capaian);
      doc.setFillColor(b.fill).setDrawColor(b.fontColor).setLineWidth(0.25);
      doc.rect(cx - bar / 2, top, bar, plot.y + plot.h - top, "FD");
    }
    doc.setFontSize(valueSize).setTextColor(r.capaian === null ? AXIS : b.fontColor);
    const label = r.capaian === null ? r.capaianText || "belum" : r.capaianText;
    doc.text(label, cx, yOf(r.capaian ?? 0) - 1, { align: "center" });
    doc.setFontSize(6.5).setTextColor(AXIS);
    doc.text(String(r.no), cx, plot.y + plot.h + 3.5, { align: "center" });
  });
  doc.setDrawColor(AXIS).setLineWidth(0.3);
  doc.line(plot.x, plot.y + plot.h, plot.x + plot.w, plot.y + plot.h);
  doc.setFontSize(6.5).setTextColor(AXIS);
  doc.text("Nomor indikator (lihat tabel)", plot.x, plot.y + plot.h + 7.5);
  legend(doc, plot.x, box.y + box.h - 1.5, bands);
}

function targetLine(doc: jsPDF, x1: number, y1: number, x2: number, y2: number): void {
  doc.setDrawColor(TARGET_LINE).setLineWidth(0.35).setLineDashPattern([1.5, 1], 0);
  doc.line(x1, y1, x2, y2);
  doc.setLineDashPattern([], 0);
}

/**
 * One line of text cut to `width` with "..." when longer: the longest start of the text that
 * fits with "..." (at least one character). A longer start is never narrower, so the cut is
 * found by halving: about log2(length) measurements, not one per character.
 */
export function fit(doc: jsPDF, text: string, width: number): string {
  const t = pdfText(text);
  if (doc.getTextWidth(t) <= width) return t;
  const fits = (n: number) => doc.getTextWidth(`${t.slice(0, n)}...`) <= width;
  // Invariant: `lo` fits (or is 1), every n above `hi` does not.
  let lo = 1;
  let hi = t.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return `${t.slice(0, lo).trimEnd()}...`;
}

/** Average capaian per sasaran: horizontal bars, the sasaran named at the left. */
export function drawSasaranChart(
  doc: jsPDF,
  box: Box,
  groups: readonly RecapGroup[],
  bands: readonly Band[],
  heading: string
): void {
  title(doc, box, heading);
  const labelW = Math.min(110, box.w * 0.42);
  const plot = { x: box.x + labelW + 2, y: box.y + 8, w: box.w - labelW - 18, h: box.h - 14 };
  const { max, step } = scale(groups.map((g) => g.capaian));
  const xOf = (v: number) => plot.x + (Math.min(v, max) / max) * plot.w;
  doc.setFont("helvetica", "normal").setFontSize(6.5).setTextColor(AXIS);
  for (let v = 0; v <= max; v += step) {
    doc
      .setDrawColor(GRID)
      .setLineWidth(0.15)
      .line(xOf(v), plot.y, xOf(v), plot.y + plot.h);
    doc.text(`${v}%`, xOf(v), plot.y + plot.h + 3.5, { align: "center" });
  }
  targetLine(doc, xOf(100), plot.y, xOf(100), plot.y + plot.h);
  const slot = plot.h / Math.max(1, groups.length);
  const bar = Math.min(6, slot * 0.68);
  const size = Math.max(5, Math.min(7, slot * 2));
  groups.forEach((g, i) => {
    const cy = plot.y + slot * (i + 0.5);
    const b = bandOf(bands, g.kategoriIndex);
    doc.setFontSize(size).setTextColor("#000000");
    doc.text(fit(doc, `${g.unit}: ${g.sasaran}`, labelW - 2), box.x, cy + size * 0.13);
    if (g.capaian !== null && g.capaian > 0) {
      doc.setFillColor(b.fill).setDrawColor(b.fontColor).setLineWidth(0.25);
      doc.rect(plot.x, cy - bar / 2, xOf(g.capaian) - plot.x, bar, "FD");
    }
    doc.setTextColor(g.capaian === null ? AXIS : b.fontColor);
    const label = g.capaian === null ? "belum" : `${g.capaianText} ${g.kategori}`;
    doc.text(pdfText(label), xOf(g.capaian ?? 0) + 1.2, cy + size * 0.13);
  });
  targetLine(doc, xOf(100), plot.y, xOf(100), plot.y + plot.h);
  doc
    .setDrawColor(AXIS)
    .setLineWidth(0.3)
    .line(plot.x, plot.y, plot.x, plot.y + plot.h);
}

/** Width and height of a PNG from its header, to keep the image's proportions. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes[1] !== 0x50 || bytes[2] !== 0x4e || bytes[3] !== 0x47)
    return undefined;
  const u32 = (o: number) =>
    (((bytes[o] ?? 0) << 24) |
      ((bytes[o + 1] ?? 0) << 16) |
      ((bytes[o + 2] ?? 0) << 8) |
      (bytes[o + 3] ?? 0)) >>>
    0;
  return { width: u32(16), height: u32(20) };
}

function base64Bytes(b64: string, count: number): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of b64.slice(0, Math.ceil((count * 4) / 3) + 4)) {
    const v = alphabet.indexOf(ch);
    if (v < 0) break;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** A PNG (base64, with or without a data: prefix) fitted into the box under a heading. */
export function drawImage(doc: jsPDF, box: Box, png: string, heading: string): void {
  title(doc, box, heading);
  const data = png.replace(/^data:image\/png;base64,/, "").replace(/\s/g, "");
  const area = { x: box.x, y: box.y + 7, w: box.w, h: box.h - 7 };
  const size = pngSize(base64Bytes(data, 24));
  const ratio = size && size.height > 0 ? size.width / size.height : area.w / area.h;
  const w = Math.min(area.w, area.h * ratio);
  const h = w / ratio;
  doc.addImage(data, "PNG", area.x + (area.w - w) / 2, area.y, w, h);
}

/**
 * The consolidation (`kinerja gabung`) for a provincial review meeting: a PDF (A4 landscape)
 * with the ranking under its stated rule, the completeness (who is late, which entries are in
 * error, which files could not be read) and the spread per indicator as charts — offices per
 * kategori as stacked bars, minimum–median–maximum as ranges — and a CSV of Rekap Satker.
 * The same figures as the consolidation workbook (src/core/consolidate); jsPDF is loaded when
 * the export runs, as for the single office's report (src/export/pdf.ts).
 */
import type { jsPDF } from "jspdf";
import {
  kategoriLabels,
  reportedFigures,
  type Consolidation,
  type OfficeBudget,
} from "../core/consolidate/model";
import { BUDGET_HEADERS, RULE_WORDS, TIE_WORDS } from "../core/consolidate/plan";
import { QUARTERS, twWord } from "../core/rules/finding";
import { KATEGORI_PRESETS } from "../core/rules/kategori";
import { gridTable, pageFooter, PDF_HEADER, PDF_MARGIN } from "./pdf-style";
import { bandColors, type BandColor } from "../core/workbook/kategori-colors";
import { csvText, type CsvOptions } from "./csv";
import { pdfText, tanggal, today } from "./pdf-text";
import { amountText, percentUnitsText, rupiahText } from "../core/i18n/figures";

const MARGIN = PDF_MARGIN;
const HEADER = PDF_HEADER;
const AXIS = "#595959";
const GRID = "#D9D9D9";
const NONE: BandColor = { fill: "#D9D9D9", fontColor: "#404040" };

/** A figure in percent units as the sheet's "0.00%" shows it ("103,75%"), or "-". */
const pct = (n: number | null | undefined): string =>
  typeof n === "number" ? percentUnitsText(n) : "-";

/** Rupiah as Indonesian figures for the CSV ("260.000.000", "1.234.567,5"): every digit --json gives. */
const rupiah = (n: number): string => amountText(n);

/**
 * An office's budget as three printed figures — pagu, realisasi s.d. TW pelaporan, % serapan —
 * from its reported figures (the ones --json gives); `none` where there is no figure. `printed`
 * (the PDF): rupiah as Rekap Satker's "#,##0" shows them ("Rp 1.234.568").
 */
function budgetTexts(a: OfficeBudget | null, none: string, printed = false): string[] {
  if (a === null) return [none, none, none];
  const money = printed ? rupiahText : rupiah;
  return [money(a.pagu), money(a.realisasi), a.serapan === null ? none : pct(a.serapan)];
}

/** A kategori label's colour on every scale Kinerja knows (the first scale that names it). */
function colorOf(label: string): BandColor {
  for (const bands of Object.values(KATEGORI_PRESETS)) {
    const i = bands.findIndex((b) => b.label.id === label);
    if (i >= 0) return bandColors(bands)[i] ?? NONE;
  }
  return NONE;
}

export interface ConsolidationPdfOptions {
  /** The title above every part ("REKAP GABUNGAN CAPAIAN KINERJA — 552 KANTOR"). */
  title: string;
  /** The date printed under the title (yyyy-mm-dd); today when absent. */
  date?: string;
}

function heading(doc: jsPDF, title: string, part: string, date: string): number {
  const w = doc.internal.pageSize.getWidth();
  doc.setTextColor("#000000").setFont("helvetica", "bold").setFontSize(13);
  doc.text(pdfText(title), w / 2, 15, { align: "center" });
  doc.setFontSize(11).text(pdfText(part), w / 2, 21, { align: "center" });
  doc.setFont("helvetica", "normal").setFontSize(8).setTextColor(AXIS);
  doc.text(pdfText(`Bahan rapat evaluasi kinerja, ${tanggal(date)}`), w / 2, 26, {
    align: "center",
  });
  doc
    .setDrawColor("#000000")
    .setLineWidth(0.5)
    .line(MARGIN, 28.5, w - MARGIN, 28.5);
  return 33;
}

/** Counts in a box: offices, complete, late, with entries in error, files not read. */
function figures(doc: jsPDF, y: number, items: [string, number][]): number {
  const w = doc.internal.pageSize.getWidth();
  const cell = (w - 2 * MARGIN) / items.length;
  items.forEach(([label, n], i) => {
    const x = MARGIN + i * cell;
    doc
      .setDrawColor(GRID)
      .setLineWidth(0.2)
      .rect(x + 1, y, cell - 2, 16);
    doc.setFont("helvetica", "bold").setFontSize(14).setTextColor(HEADER);
    doc.text(String(n), x + cell / 2, y + 8, { align: "center" });
    doc.setFont("helvetica", "normal").setFontSize(7.5).setTextColor("#000000");
    doc.text(pdfText(label), x + cell / 2, y + 13, { align: "center" });
  });
  return y + 20;
}

/** Horizontal bars with a value at the end: one per label, scaled to the largest. */
function barChart(
  doc: jsPDF,
  box: { x: number; y: number; w: number; h: number },
  title: string,
  bars: [string, number][],
  color: string
): void {
  doc.setFont("helvetica", "bold").setFontSize(9.5).setTextColor(HEADER);
  doc.text(pdfText(title), box.x, box.y + 4);
  const top = box.y + 8;
  const labelW = 40;
  const rowH = Math.min(9, (box.h - 10) / Math.max(bars.length, 1));
  const max = Math.max(1, ...bars.map(([, n]) => n));
  const room = box.w - labelW - 16;
  bars.forEach(([label, n], i) => {
    const y = top + i * rowH;
    doc.setFont("helvetica", "normal").setFontSize(7.5).setTextColor("#000000");
    doc.text(pdfText(label), box.x + labelW - 2, y + rowH * 0.65, { align: "right" });
    const len = (n / max) * room;
    if (len > 0)
      doc.setFillColor(color).rect(box.x + labelW, y + rowH * 0.15, len, rowH * 0.7, "F");
    doc.text(String(n), box.x + labelW + len + 1.5, y + rowH * 0.65);
  });
  doc
    .setDrawColor(AXIS)
    .setLineWidth(0.2)
    .line(box.x + labelW, top, box.x + labelW, top + bars.length * rowH);
}

/** Per indicator: offices per kategori, stacked, coloured as on the sheets; a legend below. */
function kategoriChart(
  doc: jsPDF,
  box: { x: number; y: number; w: number; h: number },
  c: Consolidation
): void {
  doc.setFont("helvetica", "bold").setFontSize(9.5).setTextColor(HEADER);
  doc.text("Jumlah Kantor per Kategori Capaian, per Indikator", box.x, box.y + 4);
  const labels = kategoriLabels(c.spread);
  const top = box.y + 8;
  const labelW = 42;
  const rowH = Math.min(8, (box.h - 18) / Math.max(c.indicators.length, 1));
  const most = Math.max(1, ...c.spread.map((s) => s.byKategori.reduce((t, [, n]) => t + n, 0)));
  const room = box.w - labelW - 14;
  c.spread.forEach((s, i) => {
    const y = top + i * rowH;
    doc.setFont("helvetica", "normal").setFontSize(6.5).setTextColor("#000000");
    doc.text(
      pdfText((c.indicators[i]?.key ?? "").slice(0, 26)),
      box.x + labelW - 2,
      y + rowH * 0.65,
      {
        align: "right",
      }
    );
    let x = box.x + labelW;
    for (const label of labels) {
      const n = s.byKategori.find(([k]) => k === label)?.[1] ?? 0;
      const len = (n / most) * room;
      if (len > 0) {
        doc.setFillColor(colorOf(label).fill).setDrawColor(colorOf(label).fontColor);
        doc.setLineWidth(0.1).rect(x, y + rowH * 0.15, len, rowH * 0.7, "FD");
      }
      x += len;
    }
    doc.text(String(s.counted), x + 1.5, y + rowH * 0.65);
  });
  let lx = box.x + labelW;
  const ly = top + c.spread.length * rowH + 5;
  doc.setFontSize(7);
  for (const label of labels) {
    const color = colorOf(label);
    doc
      .setFillColor(color.fill)
      .setDrawColor(color.fontColor)
      .rect(lx, ly - 2.6, 4, 3, "FD");
    doc.setTextColor("#000000").text(pdfText(label), lx + 5, ly);
    lx += 10 + doc.getTextWidth(pdfText(label));
  }
}

/** Per indicator: a line from minimum to maximum capaian, the median marked, 100% dashed. */
function rangeChart(
  doc: jsPDF,
  box: { x: number; y: number; w: number; h: number },
  c: Consolidation
): void {
  doc.setFont("helvetica", "bold").setFontSize(9.5).setTextColor(HEADER);
  doc.text("Sebaran Capaian per Indikator: Minimum, Median, Maksimum", box.x, box.y + 4);
  const top = box.y + 8;
  const labelW = 42;
  const rowH = Math.min(8, (box.h - 14) / Math.max(c.indicators.length, 1));
  const high = Math.max(100, ...c.spread.map((s) => s.max ?? 0));
  const max = Math.min(200, Math.ceil((high + 5) / 20) * 20);
  const room = box.w - labelW - 36;
  const xOf = (v: number) => box.x + labelW + (Math.min(v, max) / max) * room;
  const bottom = top + c.spread.length * rowH;
  doc.setFont("helvetica", "normal").setFontSize(6.5).setTextColor(AXIS);
  for (let v = 0; v <= max; v += max > 140 ? 40 : 20) {
    doc.setDrawColor(GRID).setLineWidth(0.1).line(xOf(v), top, xOf(v), bottom);
    doc.text(`${v}%`, xOf(v), bottom + 3.5, { align: "center" });
  }
  doc.setDrawColor("#C00000").setLineWidth(0.3).setLineDashPattern([1, 1], 0);
  doc.line(xOf(100), top, xOf(100), bottom);
  doc.setLineDashPattern([], 0);
  c.spread.forEach((s, i) => {
    const y = top + i * rowH + rowH / 2;
    doc.setFont("helvetica", "normal").setFontSize(6.5).setTextColor("#000000");
    doc.text(pdfText((c.indicators[i]?.key ?? "").slice(0, 26)), box.x + labelW - 2, y + 1, {
      align: "right",
    });
    if (s.min === null || s.max === null || s.median === null) {
      doc.setTextColor(AXIS).text("belum ada capaian", box.x + labelW + 1, y + 1);
      return;
    }
    doc.setDrawColor(HEADER).setLineWidth(0.8).line(xOf(s.min), y, xOf(s.max), y);
    doc.setFillColor("#C00000").circle(xOf(s.median), y, 1, "F");
    doc.setTextColor("#000000");
    doc.text(
      pdfText(`${pct(s.min)} | ${pct(s.median)} | ${pct(s.max)}`),
      box.x + labelW + room + 2,
      y + 1
    );
  });
}

/**
 * The consolidation as PDF bytes: Peringkat, Kelengkapan, Sebaran.
 * @example await exportConsolidationPdf(consolidate(results, unreadable, { rank: "average" }), { title: "REKAP GABUNGAN" })
 */
export async function exportConsolidationPdf(
  c: Consolidation,
  options: ConsolidationPdfOptions
): Promise<Uint8Array> {
  const { jsPDF } = await import("jspdf");
  const { autoTable } = await import("jspdf-autotable");
  const doc = new jsPDF({ orientation: "landscape", unit: "mm", format: "a4", compress: true });
  doc.setProperties({ title: pdfText(options.title), creator: "Kinerja" });
  const date = options.date ?? today();
  const w = doc.internal.pageSize.getWidth();
  const table = gridTable(7.5, 1.1);

  // Peringkat: the rule first, then every office in rank order.
  let y = heading(doc, options.title, "PERINGKAT KANTOR", date);
  doc.setFont("helvetica", "italic").setFontSize(8).setTextColor("#404040");
  const rule = doc.splitTextToSize(
    pdfText(`Aturan: ${RULE_WORDS[c.rule]}. ${TIE_WORDS} Tercapai: capaian 100% atau lebih.`),
    w - 2 * MARGIN
  ) as string[];
  doc.text(rule, MARGIN, y);
  y += rule.length * 3.5 + 1;
  const ranked = [...c.offices].sort((a, b) => a.rank - b.rank);
  // The budget columns when any office's Anggaran sheet holds an amount.
  const budget = c.offices.some(
    (o) => o.anggaran !== null && (o.anggaran.pagu !== 0 || o.anggaran.realisasi !== 0)
  );
  autoTable(doc, {
    ...table,
    startY: y,
    head: [
      [
        "Peringkat",
        "Kantor",
        "Rata-rata Capaian",
        "Tercapai",
        "Dihitung",
        "Belum Diisi",
        "Kesalahan",
        ...(budget ? BUDGET_HEADERS : []),
      ],
    ],
    body: ranked.map((o) => {
      const figures = reportedFigures(o);
      return [
        String(o.rank),
        pdfText(o.office),
        pct(figures.average),
        String(o.tercapai),
        String(o.counted),
        String(o.late.length),
        String(o.errors.length),
        ...(budget ? budgetTexts(figures.anggaran, "-", true) : []),
      ];
    }),
    columnStyles: {
      0: { halign: "center", cellWidth: 20 },
      2: { halign: "right" },
      3: { halign: "center" },
      4: { halign: "center" },
      5: { halign: "center" },
      6: { halign: "center" },
      7: { halign: "right" },
      8: { halign: "right" },
      9: { halign: "right" },
    },
    rowPageBreak: "avoid",
  });

  // Kelengkapan: counts, late quarters by quarter, then the offices that need a reminder.
  doc.addPage();
  y = heading(doc, options.title, "KELENGKAPAN LAPORAN", date);
  const late = c.offices.filter((o) => o.late.length > 0);
  const flagged = c.offices.filter((o) => o.errors.length > 0);
  y = figures(doc, y, [
    ["Kantor digabungkan", c.offices.length],
    ["Lengkap", c.offices.length - late.length],
    ["Ada triwulan belum diisi", late.length],
    ["Ada isian yang salah", flagged.length],
    ["Berkas gagal dibaca", c.unreadable.length],
  ]);
  const byQuarter: [string, number][] = QUARTERS.map((q) => [
    twWord(q),
    c.offices.filter((o) => o.missing.some((m) => m.quarter === q)).length,
  ]);
  barChart(
    doc,
    { x: MARGIN, y, w: (w - 2 * MARGIN) / 2, h: 45 },
    "Kantor dengan Triwulan Belum Diisi",
    byQuarter,
    "#C55A11"
  );
  barChart(
    doc,
    { x: w / 2, y, w: (w - 2 * MARGIN) / 2, h: 45 },
    "Kantor menurut Kelengkapan",
    [
      ["Lengkap", c.offices.length - late.length],
      ["Belum lengkap", late.length],
      ["Isian salah", flagged.length],
    ],
    HEADER
  );
  y += 50;
  const needs = c.offices.filter(
    (o) => o.late.length > 0 || o.errors.length > 0 || o.ownOnly.length > 0
  );
  if (needs.length > 0 || c.unreadable.length > 0)
    autoTable(doc, {
      ...table,
      startY: y,
      head: [
        ["Kantor / Berkas", "Triwulan Belum Diisi", "Isian yang Salah", "Indikator Tidak Bersama"],
      ],
      body: [
        ...needs.map((o) => [
          pdfText(o.office),
          pdfText(o.late.join("; ") || "-"),
          // Each entry in error at its sheet and cell, as Perlu Diperiksa lists it.
          pdfText(
            o.findings.map((f) => `${f.kode} (${f.sheet}!${f.cell}): ${f.message}`).join("; ") ||
              "-"
          ),
          pdfText(o.ownOnly.join("; ") || "-"),
        ]),
        ...c.unreadable.map((u) => [
          { content: pdfText(u.source.replace(/^.*[\\/]/, "")), styles: { textColor: "#9C0006" } },
          {
            content: pdfText(`Gagal dibaca: ${u.reason}`),
            colSpan: 3,
            styles: { textColor: "#9C0006" },
          },
        ]),
      ],
      columnStyles: { 0: { cellWidth: 50 }, 3: { cellWidth: 45 } },
    });

  // Sebaran: the charts, then the figures behind them.
  doc.addPage();
  y = heading(doc, options.title, "SEBARAN CAPAIAN ANTARKANTOR", date);
  const h = doc.internal.pageSize.getHeight();
  const half = (w - 2 * MARGIN) / 2;
  kategoriChart(doc, { x: MARGIN, y, w: half - 3, h: h - y - 16 }, c);
  rangeChart(doc, { x: MARGIN + half + 3, y, w: half - 3, h: h - y - 16 }, c);
  doc.addPage();
  y = heading(doc, options.title, "SEBARAN CAPAIAN ANTARKANTOR", date);
  autoTable(doc, {
    ...table,
    startY: y,
    head: [["Kode", "Indikator", "Kantor Dihitung", "Minimum", "Median", "Maksimum"]],
    body: c.indicators.map((m, i) => {
      const s = c.spread[i];
      return [
        pdfText(m.key),
        pdfText(m.text),
        String(s?.counted ?? 0),
        pct(s?.min),
        pct(s?.median),
        pct(s?.max),
      ];
    }),
    columnStyles: {
      0: { cellWidth: 34 },
      2: { halign: "center" },
      3: { halign: "right" },
      4: { halign: "right" },
      5: { halign: "right" },
    },
  });
  pageFooter(doc, pdfText(options.title));
  return new Uint8Array(doc.output("arraybuffer"));
}

/**
 * Rekap Satker as CSV, framed as the single office's CSV (`csvText`: UTF-8 with a BOM, ";"
 * between fields unless told ",", CRLF, formula injection neutralised; figures as printed):
 * one row per office in rank order, its average, tercapai count and capaian per indicator
 * ("belum ada data" where it cannot be computed, "" where the office does not have the
 * indicator), then as Rekap Satker its budget in total: pagu, realisasi s.d. TW pelaporan
 * (rupiah) and % serapan ("" without an Anggaran sheet, and % serapan "" without a pagu).
 * The figures are the ones --json gives.
 */
export function exportConsolidationCsv(c: Consolidation, options: CsvOptions = {}): string {
  const header = [
    "Peringkat",
    "Kantor",
    "Berkas",
    "Rata-rata",
    "Tercapai",
    "Dihitung",
    ...c.indicators.map((m) => m.key),
    ...BUDGET_HEADERS,
  ];
  // "-" would be neutralised into "'-": a capaian that cannot be computed says so in words.
  const figure = (v: number | null) => (v === null ? "belum ada data" : pct(v));
  const rows = [...c.offices]
    .sort((a, b) => a.rank - b.rank)
    .map((o) => {
      const figures = reportedFigures(o);
      return [
        o.rank,
        o.office,
        o.source.replace(/^.*[\\/]/, ""),
        figure(figures.average),
        o.tercapai,
        o.counted,
        ...figures.capaian.map((v) => (v === undefined ? "" : figure(v))),
        ...budgetTexts(figures.anggaran, ""),
      ];
    });
  return csvText([header, ...rows], options);
}

/**
 * The kategori colours: one palette for every place a kategori is shown in colour (the RKT
 * sheets' and the Ringkasan's conditional formats, the Grafik's series, the Rekap Rapat and
 * its exports, the task pane's pills), so a band looks the same wherever it appears.
 */
import type { KategoriBand } from "../rules/kategori";

export interface BandColor {
  fill: string;
  fontColor: string;
}

/** Band colours from best (green) to worst (red), picked evenly for the bands a scale has. */
const PALETTE: readonly BandColor[] = [
  { fill: "#C6EFCE", fontColor: "#006100" },
  { fill: "#E2EFDA", fontColor: "#375623" },
  { fill: "#FFEB9C", fontColor: "#7F6000" },
  { fill: "#FCE4D6", fontColor: "#833C0B" },
  { fill: "#F8CBAD", fontColor: "#843C0C" },
  { fill: "#FFC7CE", fontColor: "#9C0006" },
];

export function bandColors(bands: readonly KategoriBand[]): BandColor[] {
  const n = bands.length;
  return bands.map(
    (_b, i) => PALETTE[n === 1 ? 0 : Math.round((i * (PALETTE.length - 1)) / (n - 1))] as BandColor
  );
}

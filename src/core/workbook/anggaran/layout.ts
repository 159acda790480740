/**
 * The Anggaran sheet's shape (LKj Bab III.B, Realisasi Anggaran): one row per program or
 * kegiatan, linked to the sasaran it serves, with its pagu, the realisasi per quarter and the
 * formula columns — Realisasi s.d. TW Pelaporan, % Serapan, Capaian Sasaran and Efisiensi.
 * Readers find columns by header, as for the RKT sheets.
 */
import { OWN_PREFIX, type Column } from "../layout";

export const ANGGARAN_SHEET = "Anggaran";
export const ANGGARAN_TABLE = `${OWN_PREFIX}Anggaran`;

/** Empty program rows a template gets when the decree names no programs. */
export const ANGGARAN_BLANK_ROWS = 10;

export const ANGGARAN_COLUMNS = [
  { key: "no", header: "No", chars: 5 },
  { key: "program", header: "Program / Kegiatan", chars: 40, wrap: true },
  { key: "sasaran", header: "Sasaran Strategis", chars: 34, wrap: true },
  { key: "pagu", header: "Pagu Anggaran (Rp)", chars: 17 },
  { key: "atw1", header: "Realisasi Anggaran TW I (Rp)", chars: 16 },
  { key: "atw2", header: "Realisasi Anggaran TW II (Rp)", chars: 16 },
  { key: "atw3", header: "Realisasi Anggaran TW III (Rp)", chars: 16 },
  { key: "atw4", header: "Realisasi Anggaran TW IV (Rp)", chars: 16 },
  { key: "realisasi", header: "Realisasi Anggaran s.d. TW Pelaporan (Rp)", chars: 17 },
  { key: "serapan", header: "% Serapan", chars: 10 },
  { key: "capaianSasaran", header: "Capaian Sasaran", chars: 10 },
  { key: "efisiensi", header: "Efisiensi", chars: 10 },
  { key: "keterangan", header: "Keterangan", chars: 24, wrap: true },
] as const satisfies readonly Column[];

export type AnggaranColumnKey = (typeof ANGGARAN_COLUMNS)[number]["key"];
export const AMOUNT_QUARTER_KEYS = [
  "atw1",
  "atw2",
  "atw3",
  "atw4",
] as const satisfies readonly AnggaranColumnKey[];

/** Rupiah without decimals, thousands grouped ("1.250.000" in id-ID). */
export const RUPIAH_FORMAT = "#,##0";
export const SERAPAN_FORMAT = "0.00%";

/**
 * Kategori: the band a capaian falls in. Bands are data; presets follow the sources in
 * docs/rules.md, and users may pass their own.
 *
 * Boundaries for non-integer capaian: sources print integer intervals ("91-100", "76-90"), which
 * leave gaps (90,5 is in neither). A band here starts just above the previous band's upper
 * integer: "76-90" means 75 < c <= 90. The capaian is classified after rounding to two
 * decimals (the figure the user sees), so 90,004 (shown 90,00) is Baik and 90,5 is Sangat Baik.
 */
import { bilingual, type Bilingual, type MessageKey } from "../i18n";
import { round2 } from "./capaian";

/** A band: capaian > min (or >= min when inclusive); min null is the catch-all bottom band. */
export interface KategoriBand {
  key: string;
  min: number | null;
  inclusive?: boolean;
  label: Bilingual;
}

export type KategoriPreset = "five" | "six" | "binary";
export type KategoriOption = KategoriPreset | { bands: KategoriBand[] };

const band = (key: MessageKey, min: number | null, inclusive = false): KategoriBand => ({
  key: key.slice(key.lastIndexOf(".") + 1),
  min,
  inclusive,
  label: bilingual(key),
});

/** Presets, best band first. */
export const KATEGORI_PRESETS: Record<KategoriPreset, readonly KategoriBand[]> = {
  // Permendagri 86/2017 intervals (Inspektorat Kab. Sampang LKjIP 2019); above 100 is Sangat Baik.
  five: [
    band("kategori.five.sangatBaik", 90),
    band("kategori.five.baik", 75),
    band("kategori.five.cukup", 65),
    band("kategori.five.kurang", 50),
    band("kategori.five.sangatKurang", null),
  ],
  // Six bands after LKjIP Kab. Maluku Tengah 2021 (>85 Memuaskan ... 0-30 Kurang); the inner
  // boundaries (70, 55, 50) are our reconstruction: see docs/rules.md.
  six: [
    band("kategori.six.memuaskan", 85),
    band("kategori.six.sangatBaik", 70),
    band("kategori.six.baik", 55),
    band("kategori.six.cukup", 50),
    band("kategori.six.sedang", 30),
    band("kategori.six.kurang", null),
  ],
  // Berhasil / Tidak Berhasil (KPU Prov. Kaltim LKj 2020): reached when capaian >= 100.
  binary: [
    band("kategori.binary.berhasil", 100, true),
    band("kategori.binary.tidakBerhasil", null),
  ],
};

/** The bands of an option, best first. */
export function kategoriBands(option: KategoriOption): readonly KategoriBand[] {
  return typeof option === "string" ? KATEGORI_PRESETS[option] : option.bands;
}

/**
 * The band of a capaian (classified at two decimals), or undefined if custom bands leave a gap.
 * @example kategoriOf(90.5, "five")?.key // "sangatBaik"
 * @example kategoriOf(90, "five")?.key   // "baik"
 * @example kategoriOf(112.5, "five")?.key // "sangatBaik"
 */
export function kategoriOf(
  capaian: number,
  option: KategoriOption = "five"
): KategoriBand | undefined {
  const c = round2(capaian);
  for (const b of kategoriBands(option)) {
    if (b.min === null || c > b.min || (b.inclusive === true && c === b.min)) return b;
  }
  return undefined;
}

/**
 * Matching decree text tolerantly: case, punctuation, spacing, accents and the decree's own
 * spelling variants (Persentase/Presentase/Prosentase, akuntabel/akuntable,
 * Akuntansi/Akutansi, and a few typos of the 2021 Blitar decree) do not make two texts differ.
 */

/** Spelling variants and typos seen in decrees, each mapped to one spelling. */
const VARIANTS: readonly [RegExp, string][] = [
  [/\b(?:presentase|prosentase|persentasi|prosentasi)\b/g, "persentase"],
  [/\bakuntable\b/g, "akuntabel"],
  [/\bakutansi\b/g, "akuntansi"],
  [/\byn?g\b/g, "yang"],
  [/\bdgn\b/g, "dengan"],
  [/\btindakanjutt?\b/g, "tindak lanjut"],
  [/\btindaklanjut\b/g, "tindak lanjut"],
  [/\btujungan\b/g, "tunjangan"],
  [/\bsitem\b/g, "sistem"],
];

/**
 * One canonical form for comparing indicator texts.
 * @example normaliseText("Presentase  Laporan (LKj) yang akuntable") // "persentase laporan lkj yang akuntabel"
 * @example normaliseText("Standar Akutansi") === normaliseText("standar akuntansi") // true
 */
export function normaliseText(text: string): string {
  let s = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  for (const [pattern, replacement] of VARIANTS) s = s.replace(pattern, replacement);
  return s;
}

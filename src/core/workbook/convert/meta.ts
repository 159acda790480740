/**
 * What the lines around a table say about the decree: the year and the office in the title
 * rows ("RENCANA KINERJA TAHUNAN (RKT) SEKRETARIAT KPU KOTA BLITAR TAHUN 2021"), the decree
 * number ("NOMOR 11/PR.03.1-Kpt/..."), its subject (the lines after "TENTANG"), and the
 * signature block below ("Ditetapkan di Blitar", "Pada tanggal 4 Maret 2021", "KETUA ...",
 * "CHOIRUL UMAM"). Every reader answers undefined when the lines do not say.
 */

/** Words kept in capitals when a title in capitals is written in title case. */
const ACRONYMS = new Set([
  "KPU",
  "RKT",
  "IKU",
  "RI",
  "BPK",
  "BPKP",
  "APIP",
  "SPIP",
  "SAKIP",
  "LKJ",
  "LKJIP",
  "PK",
  "DPRD",
  "KIP",
  "ASN",
  "BMN",
  "LPPA",
  "SILOG",
  "SIRUP",
  "NIP",
  "DKI",
  "UPT",
  "OPD",
  "SKPD",
  "TA",
  "PPID",
  "DIY",
  "NTB",
  "NTT",
  "II",
  "III",
  "IV",
  "VI",
  "VII",
  "VIII",
  "IX",
  "XI",
  "XII",
]);
const PARTICLES = new Set([
  "dan",
  "yang",
  "atau",
  "di",
  "ke",
  "dari",
  "pada",
  "untuk",
  "dengan",
  "atas",
  "serta",
  "dalam",
  "oleh",
]);

/**
 * A text typed in capitals, in title case; other texts come back as they are.
 * @example titleCase("KETUA KOMISI PEMILIHAN UMUM KOTA BLITAR") // "Ketua Komisi Pemilihan Umum Kota Blitar"
 * @example titleCase("RENCANA KINERJA TAHUNAN (RKT) KPU") // "Rencana Kinerja Tahunan (RKT) KPU"
 */
export function titleCase(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t !== t.toUpperCase() || !/[A-Z]/.test(t)) return t;
  return t
    .split(" ")
    .map((word, i) =>
      word
        .split(/([/-])/)
        .map((part) => {
          const letters = part.replace(/[^A-Z]/g, "");
          if (part.startsWith("(") || ACRONYMS.has(letters)) return part;
          const lower = part.toLowerCase();
          if (i > 0 && PARTICLES.has(lower)) return lower;
          return lower.replace(/\p{Ll}/u, (c) => c.toUpperCase());
        })
        .join("")
    )
    .join(" ");
}

/** Words that make a line a table title. */
export const TITLE_WORDS =
  /(?:rencana\s+kinerja|indikator\s+kinerja|perjanjian\s+kinerja|penetapan\s+kinerja|pengukuran\s+kinerja|target\s+kinerja|\brkt\b|\biku\b|\blampiran\b)/i;

/**
 * The year a line names: "TAHUN 2021" first, then "TA 2021", then any year 2000-2100.
 * @example yearIn("RKT KPU KOTA BLITAR TAHUN 2021") // 2021
 */
export function yearIn(line: string): number | undefined {
  const m =
    /\btahun(?:\s+anggaran)?\s+(20\d\d|2100)\b/i.exec(line) ??
    /\bt\.?\s?a\.?\s+(20\d\d|2100)\b/i.exec(line) ??
    /(?:^|[^\d])(20\d\d|2100)(?!\d)/.exec(line);
  return m === null ? undefined : Number(m[1]);
}

/** "TAHUN", "TA", "T.A." before a year. */
const YEAR_WORD = "(?:tahun(?:\\s+anggaran)?|t\\.?\\s?a\\.?)(?=\\s+\\d{4}|\\s*$)";
const REGION = "(?:provinsi|prov\\.?|kabupaten|kab\\.?|kota)";
const KPU_OFFICE = new RegExp(
  `\\b(?:kpu|komisi\\s+pemilihan\\s+umum)\\s+(${REGION}\\s+[\\p{L}][\\p{L}.'-]*(?:\\s+(?!${YEAR_WORD})[\\p{L}][\\p{L}.'-]*){0,3}?)(?=\\s+${YEAR_WORD}|\\s*[,.(]|\\s*$)`,
  "iu"
);
const TITLE_PREFIX =
  /^(?:[IVX]+\.|\d+\.|[A-Z]\.)?\s*(?:rencana\s+kinerja\s+tahunan|indikator\s+kinerja\s+utama|perjanjian\s+kinerja|penetapan\s+kinerja|pengukuran\s+kinerja|target\s+kinerja)\s*(?:\((?:rkt|iku|pk)\)|rkt|iku)?\s*/i;

/**
 * The office a line names: "KPU Kota Blitar" for any "KPU"/"Komisi Pemilihan Umum" with a
 * region; else, in a table title, the words between the title and "TAHUN yyyy".
 * @example officeIn("I. RENCANA KINERJA TAHUNAN (RKT) SEKRETARIAT KPU KOTA BLITAR TAHUN 2021") // "KPU Kota Blitar"
 */
export function officeIn(line: string): string | undefined {
  const m = KPU_OFFICE.exec(line);
  if (m !== null) {
    const region = titleCase((m[1] ?? "").toUpperCase())
      .replace(/^Kab\.?\s/i, "Kabupaten ")
      .replace(/^Prov\.?\s/i, "Provinsi ");
    return `KPU ${region}`;
  }
  if (!TITLE_PREFIX.test(line)) return undefined;
  const rest = line
    .replace(TITLE_PREFIX, "")
    .replace(/\s*\b(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?)\s+\d{4}.*$/i, "")
    .replace(/^sekretariat\s+/i, "")
    .trim();
  return rest.length >= 3 && rest.length <= 80 && /\p{L}/u.test(rest) ? titleCase(rest) : undefined;
}

/** A table title without its list number ("I. ", "2. "), in title case when typed in capitals. */
export function cleanTitle(line: string): string {
  return titleCase(line.replace(/^\s*(?:[IVX]+|\d+|[A-Z])\.\s+/, ""));
}

/** The decree number in a "NOMOR : 11/PR.03.1-Kpt/..." line. */
export function numberIn(line: string): string | undefined {
  const m = /^\s*nomor\s*:?\s*(\S.{0,80})$/i.exec(line);
  const n = m?.[1]?.trim();
  return n !== undefined && /\d/.test(n) && /[/.-]/.test(n) ? n.replace(/\*/g, "") : undefined;
}

/** The subject after a "TENTANG" line: the following lines up to a blank or a table title. */
export function subjectIn(lines: readonly (string | undefined)[]): string | undefined {
  const at = lines.findIndex((l) => l !== undefined && /^\s*tentang\s*:?\s*$/i.test(l));
  if (at < 0) return undefined;
  const parts: string[] = [];
  for (let i = at + 1; i < lines.length && parts.length < 4; i++) {
    const l = lines[i];
    if (l === undefined || l.trim() === "" || /^\s*(?:[IVX]+|\d+)\.\s/.test(l)) break;
    if (/rencana\s+kinerja|indikator\s+kinerja\s+utama/i.test(l)) break;
    parts.push(l.trim());
  }
  return parts.length > 0 ? titleCase(parts.join(" ")) : undefined;
}

const MONTH_NUMBER: Record<string, number> = {
  januari: 1,
  februari: 2,
  pebruari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  september: 9,
  oktober: 10,
  nopember: 11,
  november: 11,
  desember: 12,
};

/** A date written "4 Maret 2021" as ISO "2021-03-04", or undefined (also for 31 Februari). */
export function dateIn(line: string): string | undefined {
  const m = /\b(\d{1,2})\s+(\p{L}+)\s+(20\d\d)\b/u.exec(line);
  if (m === null) return undefined;
  const day = Number(m[1]);
  const month = MONTH_NUMBER[(m[2] ?? "").toLowerCase()];
  const year = Number(m[3]);
  if (month === undefined) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface Signature {
  place?: string;
  date?: string;
  /** Who signed ("ttd."). */
  signatories: { role: string; name: string }[];
  /** The official under "Salinan sesuai dengan aslinya": he certified the copy, not a signer. */
  certifiedBy?: { role: string; name: string };
}

/** The line that opens a copy's certification. */
const SALINAN = /^salinan\s+sesuai\b/i;

const ROLE_START =
  /^(?:ketua|sekretaris|kepala|plt\.?|plh\.?|pejabat|kasubb?ag|kabag|a\.?\s?n\.?)\b/i;
const NOT_A_NAME = /^(?:ttd\.?|cap|\(?\s*ttd|nip\b|salinan|\*|-+$)/i;

/**
 * Place, date and signatories in the lines below a table. The first official after
 * "Salinan sesuai dengan aslinya" certified the copy: he is `certifiedBy`, not a signatory.
 * @example readSignature(["Ditetapkan di Blitar", "Pada tanggal 4 Maret 2021", "KETUA KPU", "KOTA BLITAR,", "ttd.", "CHOIRUL UMAM"])
 * // { place: "Blitar", date: "2021-03-04", signatories: [{ role: "Ketua KPU Kota Blitar", name: "Choirul Umam" }] }
 */
export function readSignature(lines: readonly string[]): Signature {
  const out: Signature = { signatories: [] };
  let certifying = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (SALINAN.test(line)) {
      certifying = out.certifiedBy === undefined;
      continue;
    }
    const place = /^ditetapkan\s+di\s*:?\s*(.+)$/i.exec(line);
    if (place !== null && out.place === undefined) {
      out.place = titleCase((place[1] ?? "").replace(/[,.]$/, ""));
      continue;
    }
    const placeDate = /^([\p{L} .'-]{2,40}),\s*(\d{1,2}\s+\p{L}+\s+\d{4})\s*$/u.exec(line);
    if (placeDate !== null && dateIn(placeDate[2] ?? "") !== undefined) {
      out.place ??= titleCase((placeDate[1] ?? "").trim());
      out.date ??= dateIn(placeDate[2] ?? "");
      continue;
    }
    if (/tanggal/i.test(line) && dateIn(line) !== undefined) {
      out.date ??= dateIn(line);
      continue;
    }
    if (!ROLE_START.test(line)) continue;
    const role = [line];
    let j = i + 1;
    if (!line.endsWith(",")) {
      let k = j;
      while (k < lines.length && k < i + 3 && !(lines[k] ?? "").trim().endsWith(",")) k++;
      if (k < lines.length && k < i + 3) {
        for (; j <= k; j++) role.push((lines[j] ?? "").trim());
      }
    }
    while (
      j < lines.length &&
      (NOT_A_NAME.test((lines[j] ?? "").trim()) || (lines[j] ?? "").trim() === "")
    )
      j++;
    const name = (lines[j] ?? "").replace(/^[^\p{L}]+/u, "").trim();
    if (name !== "" && !ROLE_START.test(name) && name.length <= 80) {
      const person = {
        role: titleCase(role.join(" ").replace(/,\s*$/, "")),
        name: titleCase(name),
      };
      if (certifying) out.certifiedBy = person;
      else out.signatories.push(person);
      certifying = false;
      i = j;
    }
  }
  return out;
}

/**
 * Text for jsPDF's built-in fonts, which encode WinAnsi (Latin-1 plus a few typographic
 * characters): anything else would print as garbage, so it is replaced by a close ASCII form.
 */
import { writtenDate } from "../core/i18n/dates";

const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACE: Record<string, string> = {
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "→": "->",
  "←": "<-",
  "\u2009": " ",
  "\u202f": " ",
  "\u200b": "",
  "−": "-",
  "★": "*",
};

/** @example pdfText("≥ 90%") // ">= 90%" */
export function pdfText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 256 || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else
      out +=
        REPLACE[ch] ??
        (ch
          .normalize("NFKD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/[^\x20-\xff]/g, "?") ||
          "?");
  }
  return out;
}

/** "2021-07-15" -> "15 Juli 2021" (without Intl, so every browser prints the same). */
export function tanggal(iso: string): string {
  return writtenDate(iso)?.id ?? iso;
}

/** Today as yyyy-mm-dd in local time. */
export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Reading a PDF back in the tests, with nothing outside npm: PDF.js (pdfjs-dist) run by
 * `read-pdf.mjs` in a child Node process (it ships only ES modules, which jest's CommonJS
 * runtime cannot load). What it gives is what poppler gave before: the text of each page in
 * reading order (the same text as `pdftotext -raw`, checked in
 * test/conformance/export/pdf-reader.test.ts), and the images drawn on each page with their
 * pixel size (what `pdfimages -list` lists).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PdfImage {
  width: number;
  height: number;
}

export interface PdfPage {
  /** The page's text, lines separated by "\n". */
  text: string;
  /** Every image drawn on the page (an image's alpha channel is part of it, not another). */
  images: PdfImage[];
  /** The page's size in points. */
  width: number;
  height: number;
}

export interface PdfContents {
  pages: PdfPage[];
  /** Every page's text, whitespace runs squashed to one space (as the tests compare it). */
  text: string;
  /** Every image drawn, page by page. */
  images: PdfImage[];
}

const SCRIPT = join(__dirname, "read-pdf.mjs");

/** Whitespace runs as one space, trimmed. */
export const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/**
 * Reads `pdf` (a file path or the bytes). With `png`, also draws that page into a PNG file at
 * `scale` (1 = 72 dpi), for a person to look at.
 */
export function readPdf(
  pdf: string | Uint8Array,
  png?: { page: number; out: string; scale: number }
): PdfContents {
  let dir: string | undefined;
  let file: string;
  if (typeof pdf === "string") file = pdf;
  else {
    dir = mkdtempSync(join(tmpdir(), "kinerja-pdf-"));
    file = join(dir, "read.pdf");
    writeFileSync(file, pdf);
  }
  try {
    const args = [SCRIPT, file];
    if (png) args.push("--png", String(png.page), "--out", png.out, "--scale", String(png.scale));
    const out = execFileSync(process.execPath, args, {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const { pages } = JSON.parse(out) as { pages: PdfPage[] };
    return {
      pages,
      text: squash(pages.map((p) => p.text).join("\n")),
      images: pages.flatMap((p) => p.images),
    };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

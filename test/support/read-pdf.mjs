// Reads a PDF with pdfjs-dist (Mozilla's PDF.js) and prints what the tests check, as JSON.
// Run by test/support/pdf.ts in a child process: pdfjs-dist ships only ES modules, which jest's
// CommonJS runtime cannot load. Usage: node read-pdf.mjs FILE.pdf [--png PAGE OUT.png --scale S]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

// The 14 standard fonts (Helvetica, ...) are not embedded by jsPDF: PDF.js draws them with the
// font files it ships.
const FONTS =
  join(
    dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")),
    "standard_fonts"
  ) + "/";

const [file, ...rest] = process.argv.slice(2);
const opt = (name) => {
  const i = rest.indexOf(name);
  return i < 0 ? undefined : rest[i + 1];
};

/** A page's text in reading order, as pdftotext -raw gives it. PDF.js has already joined the
 * pieces of a line (a space where there is a gap) and marks where a line ends. */
const pageText = (items) =>
  items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : "")).join("");

const data = new Uint8Array(readFileSync(file));
const doc = await getDocument({
  data,
  verbosity: 0,
  isEvalSupported: false,
  standardFontDataUrl: FONTS,
}).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const { items } = await page.getTextContent();
  const ops = await page.getOperatorList();
  const images = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject) {
      const [id, width, height] = ops.argsArray[i];
      images.push(
        typeof id === "string" ? { width, height } : { width: id.width, height: id.height }
      );
    }
  });
  const { width, height } = page.getViewport({ scale: 1 });
  pages.push({ text: pageText(items), images, width, height });
}

const pngPage = opt("--png");
if (pngPage !== undefined) {
  const out = opt("--out");
  const scale = Number(opt("--scale") ?? "1");
  const page = await doc.getPage(Number(pngPage));
  const viewport = page.getViewport({ scale });
  const canvasFactory = doc.canvasFactory;
  const { canvas } = canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas, viewport }).promise;
  writeFileSync(out, canvas.toBuffer("image/png"));
}
await doc.destroy();
process.stdout.write(JSON.stringify({ pages }));

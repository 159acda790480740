/**
 * The PDF reader the export tests rely on: a PDF made here with jsPDF, whose text, lines and
 * images are known, read back as made.
 */
import { jsPDF } from "jspdf";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPdf } from "./pdf";

jest.setTimeout(30_000);

const ICON = readFileSync(join(__dirname, "..", "..", "assets", "icon-80.png")); // 80×80 RGBA

function made(): Uint8Array {
  const doc = new jsPDF({ orientation: "portrait", unit: "mm", format: "a5" });
  doc.setFont("helvetica", "normal").setFontSize(12);
  doc.text("Laporan Capaian", 10, 20);
  // One word written in two pieces side by side, then a cell further along the same line.
  doc.text("Kin", 10, 30);
  doc.text("erja", 10 + doc.getTextWidth("Kin"), 30);
  doc.text("83,00%", 60, 30);
  doc.text("Baris ketiga", 10, 40);
  doc.addPage();
  doc.text("Halaman 2", 10, 20);
  const b64 = ICON.toString("base64");
  doc.addImage(`data:image/png;base64,${b64}`, "PNG", 10, 30, 20, 20);
  doc.addImage(`data:image/png;base64,${b64}`, "PNG", 40, 30, 30, 30);
  return new Uint8Array(doc.output("arraybuffer"));
}

test("text by page and line, pieces of one word joined, a gap as a space", () => {
  const pdf = readPdf(made());
  expect(pdf.pages.map((p) => p.text.split("\n").filter((l) => l !== ""))).toEqual([
    ["Laporan Capaian", "Kinerja 83,00%", "Baris ketiga"],
    ["Halaman 2"],
  ]);
  expect(pdf.text).toBe("Laporan Capaian Kinerja 83,00% Baris ketiga Halaman 2");
  // A5 in points.
  expect(pdf.pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([
    [420, 595],
    [420, 595],
  ]);
});

test("every image drawn, with its pixel size; its alpha channel is not another image", () => {
  const pdf = readPdf(made());
  expect(pdf.pages.map((p) => p.images)).toEqual([
    [],
    [
      { width: 80, height: 80 },
      { width: 80, height: 80 },
    ],
  ]);
  expect(pdf.images).toHaveLength(2);
});

test("a page drawn into a PNG at the asked scale", () => {
  const out = join(mkdtempSync(join(tmpdir(), "kinerja-pdf-")), "page.png");
  readPdf(made(), { page: 2, out, scale: 0.5 });
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([210, 298]);
});

test("what is not a PDF is an error, not an empty reading", () => {
  expect(() => readPdf(new TextEncoder().encode("not a pdf at all"))).toThrow(/Invalid PDF|PDF/);
});

/**
 * The tests read PDFs back with PDF.js (test/support/pdf.ts); here poppler checks that reader on
 * the report itself: the same text as `pdftotext -raw`, the same images as `pdfimages -list`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BLITAR_2021 } from "../../../src/core/decree";
import { exportPdf } from "../../../src/export/pdf";
import { readWorkbook } from "../../../src/xlsx/read";
import { exportInputAt, filledWorkbook } from "../../export/fixture";
import { readPdf, squash, type PdfImage } from "../../support/pdf";

jest.setTimeout(60_000);

const ICON = readFileSync(join(__dirname, "..", "..", "..", "assets", "logo-filled.png"));

function poppler(file: string): { text: string; images: PdfImage[] } {
  const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], {
    encoding: "utf8",
  });
  // `pdfimages -list`: two header lines, then page, num, type, width, height, ... per image;
  // an "smask" row is an image's alpha channel.
  const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" })
    .trim()
    .split("\n")
    .slice(2)
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => cells[2] === "image")
    .map((cells) => ({ width: Number(cells[3]), height: Number(cells[4]) }));
  return { text: squash(text), images };
}

test.each([
  ["drawn charts", false],
  ["chart pictures from Excel", true],
])("the report with %s: PDF.js reads what poppler reads", async (_name, withImages) => {
  const input = exportInputAt(readWorkbook(await filledWorkbook()), BLITAR_2021, 2);
  const b64 = ICON.toString("base64");
  const bytes = await exportPdf(input, {
    date: "2021-07-15",
    images: withImages ? { indikator: `data:image/png;base64,${b64}`, sasaran: b64 } : undefined,
  });
  const file = join(mkdtempSync(join(tmpdir(), "kinerja-pdf-")), "report.pdf");
  writeFileSync(file, bytes);
  const ours = readPdf(file);
  const theirs = poppler(file);
  expect(theirs.text).toContain("LAPORAN CAPAIAN KINERJA");
  expect(ours.text).toBe(theirs.text);
  expect(ours.images).toEqual(theirs.images);
  expect(ours.images).toHaveLength(withImages ? 2 : 0);
});

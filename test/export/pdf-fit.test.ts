/**
 * The PDF charts' one-line labels: cut to a width with "...", the same cut as trimming one
 * character at a time, in a number of measurements that grows with the log of the length
 * (a 32,767-character cell used to take one measurement of the whole text per character).
 */
import { jsPDF } from "jspdf";
import { fit } from "../../src/export/pdf-charts";
import { pdfText } from "../../src/export/pdf-text";

function newDoc(): jsPDF {
  const doc = new jsPDF({ orientation: "landscape", unit: "mm", format: "a4" });
  doc.setFont("helvetica", "normal").setFontSize(6.5);
  return doc;
}

/** The cut as it was made before: drop the last character until the rest fits with "...". */
function fitOneByOne(doc: jsPDF, text: string, width: number): string {
  const t = pdfText(text);
  if (doc.getTextWidth(t) <= width) return t;
  let n = t.length;
  while (n > 1 && doc.getTextWidth(`${t.slice(0, n)}...`) > width) n--;
  return `${t.slice(0, n).trimEnd()}...`;
}

const TEXTS = [
  "KPU Kota Blitar: Meningkatnya kualitas penyelenggaraan Pemilu dan Pemilihan",
  "Terwujudnya tata kelola organisasi yang efektif, efisien dan akuntabel",
  "Persentase partisipasi pemilih ≥ 77,5% (Pemilihan Walikota)",
  "WWWWWWWWWW iiiiiiiiii MMMMMM ..... llll",
  "A",
  "",
  "Sasaran   dengan   spasi   ganda   di   tengah",
  "Índice de satisfacción — ‘kutipan’ “ganda” €100",
];

test("the cut is the one trimming one character at a time gives, at every width", () => {
  const doc = newDoc();
  let compared = 0;
  for (const text of TEXTS)
    for (let width = 0; width <= 90; width += 1.5) {
      expect(fit(doc, text, width)).toBe(fitOneByOne(doc, text, width));
      compared++;
    }
  expect(compared).toBe(TEXTS.length * 61);
  // The widths cover both sides: some texts are cut, some fit whole.
  expect(fit(doc, TEXTS[0]!, 20)).toMatch(/\.\.\.$/);
  expect(fit(doc, TEXTS[0]!, 500)).toBe(TEXTS[0]);
});

test("a 32,767-character label is cut in a few dozen measurements", () => {
  const doc = newDoc();
  const text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. "
    .repeat(600)
    .slice(0, 32_767);
  let measured = 0;
  const width = doc.getTextWidth.bind(doc);
  doc.getTextWidth = (t: string) => {
    measured++;
    return width(t);
  };
  const cut = fit(doc, text, 60);
  expect(cut.endsWith("...")).toBe(true);
  expect(width(cut)).toBeLessThanOrEqual(60);
  // One whole-text measurement, then about log2(32,767) = 15 halvings.
  expect(measured).toBeLessThanOrEqual(20);
  expect(cut).toBe(fitOneByOne(newDoc(), text.slice(0, 200), 60));
});

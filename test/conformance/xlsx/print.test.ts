/**
 * The Perjanjian Kinerja and Anggaran sheets as offices print them: `kinerja template` writes
 * the workbook, LibreOffice prints it to PDF, and poppler reads the pages back — A4, one page
 * wide (the table's every column on the page), the PK's text, parties and signatures present,
 * and the certifier of the decree's copy nowhere on the PK.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { run, tempDir } from "../../cli/helpers";
import { convertWith } from "./libreoffice";

let pages: { text: string; width: number; height: number }[] = [];

beforeAll(async () => {
  const dir = tempDir();
  expect((await run(dir, "template", "--out", "template.xlsx")).code).toBe(0);
  const out = convertWith("pdf", [join(dir, "template.xlsx")]);
  const pdf = join(out, readdirSync(out).find((f) => f.endsWith(".pdf")) as string);
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[2]),
    height: Number(m[3]),
  }));
  pages = sizes.map((s, i) => ({
    ...s,
    text: execFileSync(
      "pdftotext",
      ["-layout", "-enc", "UTF-8", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"],
      { encoding: "utf8" }
    ),
  }));
}, 180_000);

const A4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 1;

test("the PK prints on A4 portrait, one page wide, with its parties and signatures", () => {
  const pk = pages.filter((p) => p.text.includes("PERJANJIAN KINERJA TAHUN 2021"));
  expect(pk.length).toBeGreaterThanOrEqual(1);
  expect(pk.length).toBeLessThanOrEqual(2);
  for (const p of pk) {
    expect(near(p.width, A4.short)).toBe(true);
    expect(near(p.height, A4.long)).toBe(true);
  }
  const text = pk.map((p) => p.text).join("\n");
  // Every column of the table on the page: its header on one line, the last column's target.
  expect(text).toMatch(/No\s+Sasaran Strategis\s+Indikator Kinerja\s+Target/);
  expect(text).toMatch(/Persentase perwujudan Laporan Keuangan Sesuai\s+100%/);
  expect(text).toContain("2 Dokumen");
  for (const s of [
    "kami yang bertanda tangan di bawah ini",
    "selanjutnya disebut pihak pertama",
    "Sekretaris KPU Kota Blitar",
    "Ketua Komisi Pemilihan Umum Kota Blitar",
    "Blitar, 4 Maret 2021",
    "PIHAK KEDUA,",
    "PIHAK PERTAMA,",
    "Choirul Umam",
    "Anggaran (Rp)",
    "Jumlah",
  ])
    expect(text).toContain(s);
  expect(text).not.toContain("Edi Winarno");
  // The signatures come last: after the program block's total.
  expect(text.lastIndexOf("Choirul Umam")).toBeGreaterThan(text.lastIndexOf("Jumlah"));
});

test("the Anggaran sheet prints on A4 landscape with every column on the page", () => {
  const page = pages.find((p) => p.text.includes("REALISASI ANGGARAN KPU KOTA BLITAR"));
  expect(page).toBeDefined();
  expect(near(page!.width, A4.long)).toBe(true);
  expect(near(page!.height, A4.short)).toBe(true);
  for (const s of ["Pagu Anggaran", "Serapan", "Efisiensi", "Keterangan", "Jumlah"])
    expect(page!.text).toContain(s);
});

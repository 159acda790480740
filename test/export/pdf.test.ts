/**
 * The PDF report: its text read back with PDF.js (real text, not pictures of text): every
 * indicator, every figure as printed, the decree reference with its signer, and the signature;
 * the first page saved as PNG under test-output/export/ for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BLITAR_2021 } from "../../src/core/decree";
import type { ExportInput } from "../../src/export/input";
import { exportPdf } from "../../src/export/pdf";
import { exportFileName } from "../../src/export/filename";
import { readWorkbook } from "../../src/xlsx/read";
import { readPdf, squash } from "../support/pdf";
import { exportInputAt, filledWorkbook } from "./fixture";

// Each PDF is read back by a child process (about a second, more on a busy machine).
jest.setTimeout(30_000);

const OUT = join(__dirname, "..", "..", "test-output", "export");
const FIRST_PAGE = join(OUT, "first-page-1.png");

let input: ExportInput;
beforeAll(async () => {
  input = exportInputAt(readWorkbook(await filledWorkbook()), BLITAR_2021, 2);
  input.rows[0]!.permasalahan = "Aplikasi SAIBA sempat terganggu";
  input.rows[0]!.rencanaTindakLanjut = "Koordinasi dengan KPPN Blitar";
  mkdirSync(OUT, { recursive: true });
});

test("every indicator, figure and the decree reference are text in the PDF", async () => {
  const bytes = await exportPdf(input, { date: "2021-07-15" });
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  const path = join(OUT, exportFileName(input.meta, "pdf"));
  writeFileSync(path, bytes);
  // The first page drawn at 60 dpi (pdftoppm's -r 60), for a person to look at.
  const { text, images } = readPdf(path, { page: 1, out: FIRST_PAGE, scale: 60 / 72 });
  for (const r of input.rows) {
    expect([r.kode, text.includes(squash(r.indikator).slice(0, 30))]).toEqual([r.kode, true]);
    expect([r.kode, r.capaianText, text.includes(r.capaianText)]).toEqual([
      r.kode,
      r.capaianText,
      true,
    ]);
    expect(text).toContain(r.kategori);
  }
  expect(input.rows.map((r) => r.capaianText)).toContain("103,75%");
  expect(text).toContain(input.overall.capaianText);
  for (const s of input.sasaran) expect(text).toContain(s.capaianText);
  expect(text).toContain("LAPORAN CAPAIAN KINERJA");
  expect(text).toContain("TAHUN 2021 - TRIWULAN II");
  // The rules behind every average, and the count of indicators that reached their target.
  expect(text).toContain("capaian nilai & opini: Tercapai/Tidak");
  expect(text).toMatch(/\d+ dari 16 tercapai/);
  expect(text).toContain(squash(`Nomor ${BLITAR_2021.number}`));
  expect(text).toContain("Blitar, 15 Juli 2021");
  expect(text).toContain("CHOIRUL UMAM");
  // The decree was signed by the Ketua alone; the Sekretaris only certified its copy
  // ("Salinan sesuai dengan aslinya"). He used to be printed as a second signer, which the
  // decree does not say: the report names the decree's signer in its citation and prints no
  // certification of a copy it is not.
  expect(text).not.toMatch(/edi winarno/i);
  expect(text).toContain(
    "ditetapkan di Blitar pada tanggal 4 Maret 2021 oleh Ketua Komisi Pemilihan Umum Kota Blitar, Choirul Umam"
  );
  expect(text).toContain("Aplikasi SAIBA sempat terganggu");
  for (const b of input.bands) expect(text).toContain(b.label);
  expect(text).toMatch(/Halaman 1 dari \d/);
  expect(text).toContain("Nomor indikator (lihat tabel)"); // the drawn chart's axis label
  // Drawn charts, not pictures of them.
  expect(images).toEqual([]);
});

test("chart images from Excel replace the drawn charts", async () => {
  const png = readFileSync(FIRST_PAGE);
  const b64 = png.toString("base64");
  const bytes = await exportPdf(input, {
    date: "2021-07-15",
    images: { indikator: `data:image/png;base64,${b64}`, sasaran: b64 },
  });
  const path = join(OUT, "with-images.pdf");
  writeFileSync(path, bytes);
  const { text, images } = readPdf(path);
  expect(text).not.toContain("Nomor indikator (lihat tabel)");
  expect(text).toContain("Capaian per Indikator s.d. TW II");
  // Both pictures, each at the PNG's own pixel size (read from its IHDR chunk).
  const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  expect(images).toEqual([size, size]);
});

test("an entry in error that still counts is marked (!) and named below the table", async () => {
  const marked: ExportInput = {
    ...input,
    rows: input.rows.map((r, i) =>
      i === 2
        ? { ...r, errors: [{ id: "Realisasi TW I tampak seperti tanggal", en: "x" }] }
        : { ...r, errors: [] }
    ),
  };
  const path = join(OUT, "marked.pdf");
  writeFileSync(path, await exportPdf(marked, { date: "2021-07-15", charts: false }));
  const { text } = readPdf(path);
  const row = marked.rows[2]!;
  expect(text).toContain(`${row.capaianText} (!)`);
  expect(text.match(/\(!\)/g)?.length).toBe(2); // the row's mark and the note's
  expect(text).toContain(`No ${row.no} (${row.sheet}): Realisasi TW I tampak seperti tanggal`);
  const plain = join(OUT, "plain.pdf");
  writeFileSync(
    plain,
    await exportPdf(
      { ...input, rows: input.rows.map((r) => ({ ...r, errors: [] })) },
      { date: "2021-07-15", charts: false }
    )
  );
  expect(readPdf(plain).text).not.toContain("(!)");
});

/**
 * Property: planConvert never throws, whatever a small sheet holds (strings, numbers, nulls,
 * booleans, error values, merges good and bad, offsets); when it converts, the decree passes
 * the schema and the plan leaves the source sheet alone.
 */
import fc from "fast-check";
import { parseDecree } from "../../../src/core/decree";
import { planConvert } from "../../../src/core/workbook/convert";
import type {
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../../src/core/workbook/snapshot";

const RUNS = { numRuns: 400 };

const words = fc.constantFrom(
  "No",
  "No.",
  "NOMOR",
  "Sasaran",
  "SASARAN STRATEGIS",
  "Indikator",
  "INDIKATOR KINERJA UTAMA",
  "IKU",
  "Target",
  "Target 2021",
  "Satuan",
  "REALISASI",
  "TW I",
  "TW II",
  "TW III",
  "TW IV",
  "Triwulan I",
  "Q4",
  "I",
  "IV",
  "Capaian",
  "Cara Penghitungan",
  "Sumber Data",
  "Ket",
  "100%",
  "77%",
  "2 Dokumen",
  "B",
  "BB",
  "WTP",
  "naik",
  "-",
  "belum",
  "1.000",
  "80 - 90%",
  "Persentase layanan",
  "Indeks Kepuasan",
  "2. lanjutan",
  "a. Renja",
  "Catatan: x",
  "Ditetapkan di Blitar",
  "Pada tanggal 31 Februari 2021",
  "KETUA KPU KOTA X,",
  "ttd.",
  "NAMA",
  "I. RENCANA KINERJA TAHUNAN (RKT) KPU KOTA BLITAR TAHUN 2021",
  "TENTANG",
  "NOMOR 1/2/2021",
  "(1)",
  "(2)",
  "(3)",
  "",
  "   ",
  "{meaning}",
  "#N/A",
  "Sekretariat",
  "TAHUN 1999",
  "TAHUN 2101",
  "Program/Kegiatan",
  "Pagu Anggaran (Rp 000)",
  "ANGGARAN",
  "Pagu",
  "Realisasi Anggaran",
  "Realisasi Anggaran TW II",
  "% Serapan",
  "Rp 1.234.567,00",
  "Rp 1,5 M"
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 200 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>(
      { error: "#N/A" },
      { error: "#DIV/0!" },
      { error: "weird" }
    ),
  }
);

const address = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }));
const merge = fc.oneof(
  fc
    .tuple(address, address)
    .map(
      ([[r1, c1], [r2, c2]]) =>
        `${String.fromCharCode(65 + c1)}${r1 + 1}:${String.fromCharCode(65 + c2)}${r2 + 1}`
    ),
  fc.constantFrom("A0:B2", "ZZ", "", "A1", "XFD1048576:A1", "B3:A1", "$A$1:$B$2", "Sheet1!A1:A3")
);

const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
    merges: fc.array(merge, { maxLength: 5 }),
    top: fc.integer({ min: 0, max: 4 }),
    left: fc.integer({ min: 0, max: 3 }),
    header: fc.boolean(),
    formats: fc.array(
      fc.array(fc.constantFrom("General", "0%", "0.00%", '0 "Dokumen"', "@"), { maxLength: 8 }),
      { maxLength: 12 }
    ),
  })
  .map(({ rows, merges, top, left, header, formats }) => ({
    name: "Data",
    top,
    left,
    values: header ? [["No", "Sasaran", "Indikator", "Target", "TW I", "TW IV"], ...rows] : rows,
    formulas: [],
    numberFormats: header ? [[], ...formats] : formats,
    merges,
    tables: [],
    charts: [],
    protected: false,
  }));

describe("planConvert on random sheets", () => {
  it("never throws; a conversion passes the schema and leaves the source sheet alone", () => {
    let converted = 0;
    fc.assert(
      fc.property(
        sheet,
        fc.option(fc.integer({ min: 1990, max: 2110 }), { nil: undefined }),
        (s, year) => {
          const book: WorkbookSnapshot = { sheets: [s], activeSheet: s.name };
          const result = planConvert(book, s.name, year === undefined ? {} : { year });
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            // Only a year the user gave out of range may make the decree invalid.
            if (result.reason === "invalidDecree")
              expect(year === undefined || year < 2000 || year > 2100).toBe(true);
            return;
          }
          converted++;
          expect(parseDecree(result.decree).ok).toBe(true);
          expect(result.plan.ops.every((op) => op.sheet !== s.name)).toBe(true);
          for (const line of result.report.lines)
            expect(typeof line.id === "string" && typeof line.en === "string").toBe(true);
        }
      ),
      RUNS
    );
    expect(converted).toBeGreaterThan(20);
  });
});

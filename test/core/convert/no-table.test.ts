/**
 * Sheets Convert cannot turn into a template answer ok: false with a message in both
 * languages saying why and how the sheet should look.
 */
import { planConvert } from "../../../src/core/workbook/convert";
import { emptySheet, type WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { snapshotOf, workbookOf, type SheetSpec } from "./fixtures/sheet";

const CASES: {
  name: string;
  spec?: SheetSpec;
  sheet?: string;
  reason: string;
  mentions: RegExp[];
}[] = [
  {
    name: "a letter without a table",
    spec: {
      name: "Surat",
      rows: [
        ["Daftar hadir rapat pleno"],
        ["Nama", "Jabatan", "Tanda tangan"],
        ["Choirul Umam", "Ketua"],
        ["Edi Winarno", "Sekretaris"],
      ],
    },
    reason: "noHeader",
    mentions: [/"Surat"/, /Indikator/],
  },
  {
    name: "a table without an Indikator column",
    spec: {
      name: "Anggaran",
      rows: [
        ["No", "Sasaran", "Target", "Realisasi"],
        [1, "Belanja pegawai", 100, 90],
      ],
    },
    reason: "noHeader",
    mentions: [/Baris 1|Row 1/, /"Target" \(C1\)/],
  },
  {
    name: "a header with nothing below it",
    spec: {
      name: "Kosong",
      rows: [["No", "Indikator Kinerja", "Target"], [], ["Catatan: belum diisi"]],
    },
    reason: "noRows",
    mentions: [/A1:C1/],
  },
  {
    name: "an empty sheet",
    spec: { name: "Blank", rows: [] },
    reason: "noHeader",
    mentions: [/"Blank"/],
  },
  {
    name: "a sheet that does not exist",
    sheet: "Tidak Ada",
    reason: "noSheet",
    mentions: [/"Tidak Ada"/],
  },
];

describe.each(CASES)("Convert refuses $name", ({ spec, sheet, reason, mentions }) => {
  const book: WorkbookSnapshot = spec
    ? snapshotOf(workbookOf(spec))
    : { sheets: [emptySheet("Sheet1")], activeSheet: "Sheet1" };
  const result = planConvert(book, sheet ?? spec?.name ?? "");

  it(`with reason ${reason}`, () => {
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it("explains in Indonesian and English", () => {
    if (result.ok) throw new Error("converted");
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.id.length).toBeGreaterThan(10);
      expect(p.en.length).toBeGreaterThan(10);
      expect(p.id).not.toBe(p.en);
    }
    const all = result.problems.map((p) => `${p.id}\n${p.en}`).join("\n");
    for (const m of mentions) expect(all).toMatch(m);
    if (reason !== "noSheet")
      expect(all).toMatch(/Sasaran Strategis \| Indikator Kinerja Utama \| Target/);
  });
});

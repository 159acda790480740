/**
 * The Anggaran sheet: what the template makes (rows linked to the decree's sasaran, formulas
 * one per column), what Periksa Isian finds there (each finding at its cell, in both
 * languages), and Rapikan isian turning an amount typed as text into a number.
 */
import { BLITAR_2021 } from "../../../src/core/decree";
import type { Decree } from "../../../src/core/decree/schema";
import { cellAddress } from "../../../src/core/workbook/a1";
import {
  ANGGARAN_COLUMNS,
  ANGGARAN_TABLE,
  type AnggaranColumnKey,
} from "../../../src/core/workbook/anggaran/layout";
import { tidyAmount } from "../../../src/core/workbook/anggaran/model";
import { columnOf, HEADER_ROW } from "../../../src/core/workbook/layout";
import { readSettings } from "../../../src/core/workbook/settings";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { planTemplate } from "../../../src/core/workbook/template";
import { planTidy } from "../../../src/core/workbook/tidy-plan";
import { validateWorkbook } from "../../../src/core/workbook/validate-plan";
import { applyToSnapshot } from "../../differential/generator";

const col = (k: AnggaranColumnKey) => columnOf(ANGGARAN_COLUMNS, k);
/** 0-based sheet row of the i-th program row. */
const rowOf = (i: number) => HEADER_ROW + 1 + i;

function template(decree: Decree = BLITAR_2021): WorkbookSnapshot {
  const book: WorkbookSnapshot = { sheets: [], activeSheet: "" };
  applyToSnapshot(book, planTemplate(decree, book));
  return book;
}

function set(book: WorkbookSnapshot, i: number, k: AnggaranColumnKey, v: string | number) {
  const s = book.sheets.find((x) => x.name === "Anggaran")!;
  (s.values[rowOf(i)] ??= [])[col(k)] = v;
  (s.formulas[rowOf(i)] ??= [])[col(k)] = v;
}

const anggaranFindings = (book: WorkbookSnapshot) =>
  validateWorkbook(book, BLITAR_2021, readSettings(book).settings).findings.filter(
    (f) => f.sheet === "Anggaran"
  );

describe("the template's Anggaran sheet", () => {
  const book = template();
  const sheet = book.sheets.find((s) => s.name === "Anggaran")!;

  test("is an owned table with a row per sasaran of the RKT tables (the decree names no programs)", () => {
    expect(sheet.tables.map((t) => t.name)).toEqual([ANGGARAN_TABLE]);
    const sasaran = [...Array(13).keys()].map((i) => sheet.values[rowOf(i)]?.[col("sasaran")]);
    expect(sasaran[0]).toBe("Mewujudkan Laporan Sistem Akuntansi dan Pelaporan Keuangan Pemilu");
    expect(sasaran[10]).toBe("Terwujudnya kebijakan bidang Politik yang kuat");
    expect(sasaran[12]).toBe(
      "Terwujudnya Sumber Daya Manusia dan Lembaga KPU Kota Blitar yang Berkualitas"
    );
    // Jumlah one row below the table (a value right under a table makes Excel grow it).
    expect(sheet.values[rowOf(13)]?.[col("program")]).toBeUndefined();
    expect(sheet.values[rowOf(14)]?.[col("program")]).toBe("Jumlah");
  });

  test("holds one formula per formula column (the same in R1C1 on every row)", () => {
    for (const k of ["realisasi", "serapan", "capaianSasaran", "efisiensi"] as const) {
      const first = sheet.formulas[rowOf(0)]?.[col(k)];
      const last = sheet.formulas[rowOf(12)]?.[col(k)];
      expect(typeof first === "string" && first.startsWith("=")).toBe(true);
      expect(String(last).replace(/\d+/g, "n")).toBe(String(first).replace(/\d+/g, "n"));
    }
    // Capaian Sasaran reads both RKT sheets' Sasaran and Capaian columns.
    expect(sheet.formulas[rowOf(0)]?.[col("capaianSasaran")]).toMatch(/'RKT Sekretariat'!/);
    expect(sheet.formulas[rowOf(0)]?.[col("capaianSasaran")]).toMatch(/'RKT KPU'!/);
  });

  test("takes the decree's programs with their sasaran and pagu when it names them", () => {
    const withPrograms: Decree = {
      ...BLITAR_2021,
      programs: [
        {
          name: "Program Dukungan Manajemen",
          sasaran: "Terwujudnya kebijakan bidang Politik yang kuat",
          pagu: 1_500_000,
        },
      ],
    };
    const s = template(withPrograms).sheets.find((x) => x.name === "Anggaran")!;
    expect(s.values[rowOf(0)]?.slice(0, 4)).toEqual([
      1,
      "Program Dukungan Manajemen",
      "Terwujudnya kebijakan bidang Politik yang kuat",
      1_500_000,
    ]);
  });

  test("a fresh template has no findings on it", () => {
    expect(anggaranFindings(template())).toEqual([]);
  });
});

describe("Periksa Isian on the Anggaran sheet", () => {
  test("each problem at its cell, bilingual", () => {
    const book = template();
    set(book, 0, "pagu", 100_000_000);
    set(book, 0, "atw1", 80_000_000);
    set(book, 0, "atw2", 30_000_000); // 110 million over a pagu of 100 million
    set(book, 1, "atw1", -5_000_000); // negative, and no pagu
    set(book, 2, "pagu", "Rp 2.500.000"); // text the formulas do not read
    set(book, 3, "atw3", "sudah"); // no amount at all
    set(book, 4, "sasaran", "Sasaran lain");
    const found = anggaranFindings(book).map((f) => [f.code, f.cell, f.severity]);
    expect(found).toEqual([
      ["anggaran.overPagu", cellAddress(rowOf(0), col("pagu")), "error"],
      ["anggaran.negative", cellAddress(rowOf(1), col("atw1")), "error"],
      ["anggaran.noPagu", cellAddress(rowOf(1), col("pagu")), "warning"],
      ["anggaran.notCounted", cellAddress(rowOf(2), col("pagu")), "warning"],
      ["anggaran.unreadable", cellAddress(rowOf(3), col("atw3")), "error"],
      ["anggaran.noPagu", cellAddress(rowOf(3), col("pagu")), "warning"],
      ["anggaran.unknownSasaran", cellAddress(rowOf(4), col("sasaran")), "warning"],
    ]);
    const over = anggaranFindings(book)[0]!;
    expect(over.message.id).toBe(
      "Realisasi anggaran TW I–IV berjumlah Rp 110.000.000, melebihi pagu Rp 100.000.000."
    );
    expect(over.message.en).toContain("Rp 110,000,000");
  });

  test("Rapikan isian turns an amount typed as text into the number", () => {
    const book = template();
    set(book, 2, "pagu", "Rp 2.500.000");
    const { plan } = planTidy(book, anggaranFindings(book));
    expect(plan.ops).toEqual([
      {
        op: "write",
        sheet: "Anggaran",
        address: cellAddress(rowOf(2), col("pagu")),
        values: [[2_500_000]],
        numberFormats: [["#,##0"]],
      },
    ]);
  });
});

test.each([
  ["Rp 1.250.000", 1_250_000],
  ["Rp. 1.250.000,-", 1_250_000],
  ["1.000", 1000],
  ["1250000", 1_250_000],
  ["Rp 2.500.000,00", 2_500_000],
  ["sudah", undefined],
  ["1,5 juta", undefined],
])("tidyAmount(%j) = %j", (text, want) => {
  expect(tidyAmount(text)).toBe(want);
});

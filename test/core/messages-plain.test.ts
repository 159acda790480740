/** Messages speak to staff: a fix as the cell shows it, Excel versions by name, TW in both languages. */
import { excelVersionsKey, leftOutLines } from "../../src/app/run";
import { finding } from "../../src/core/rules/finding";

test("a fix with a percent format reads as a percent, never a fraction with its format code", () => {
  const f = finding(
    "realisasi.text",
    "rkt-kpu-1",
    "realisasi",
    { value: "80 %", fix: { value: 0.8, numberFormat: "0%" } },
    1
  );
  expect(f.message.id).toContain("ubah menjadi 80%.");
  expect(f.message.en).toContain("turn it into 80%.");
  expect(f.message.id).not.toMatch(/0,8|\(0%\)/);
  // The quarter is TW I in English too, as the workbook writes it.
  expect(f.message.en).toMatch(/^Realisasi TW I /);
});

test.each([
  ["1.1", "excel.version2016"],
  ["1.2", "excel.version2019"],
  ["1.8", "excel.version2019"],
  ["1.9", "excel.version2021"],
  ["1.14", "excel.version2021"],
  ["1.17", "excel.version2024"],
  ["1.18", "excel.version365"],
])("ExcelApi %s is named %s", (version, key) => {
  expect(excelVersionsKey(version)).toBe(key);
});

test("what was left out names the Excel versions that have it", () => {
  const lines = leftOutLines({
    applied: 0,
    syncs: 1,
    leftOut: [
      { op: "validation", count: 3, requires: "1.8" },
      { op: "pageSetup", count: 1, requires: "1.9" },
    ],
  });
  expect(lines.map((l) => l.id)).toEqual([
    "Aturan validasi data (daftar pilihan) dilewati: perlu Excel 2019 atau yang lebih baru.",
    "Pengaturan cetak (A4 lanskap) dilewati: perlu Excel 2021 atau Microsoft 365.",
  ]);
  expect(lines.map((l) => l.en).join(" ")).not.toMatch(/ExcelApi/);
});

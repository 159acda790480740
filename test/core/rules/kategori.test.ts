import { kategoriOf, type KategoriBand } from "../../../src/core/rules";

describe("kategori: five bands (Permendagri 86/2017; Inspektorat Kab. Sampang LKjIP 2019)", () => {
  // The source's integer intervals, as printed: 91-100, 76-90, 66-75, 51-65, <=50.
  const printed: [number, number, string][] = [
    [91, 100, "sangatBaik"],
    [76, 90, "baik"],
    [66, 75, "cukup"],
    [51, 65, "kurang"],
    [0, 50, "sangatKurang"],
  ];
  test.each(printed)("every integer %d..%d is %s", (from, to, key) => {
    for (let c = from; c <= to; c++) expect(kategoriOf(c, "five")?.key).toBe(key);
  });

  test.each([
    [112.5, "sangatBaik"], // above 100 is Sangat Baik
    [90.5, "sangatBaik"], // between the printed intervals: above 90
    [90.01, "sangatBaik"],
    [90.004, "baik"], // shown as 90,00: classified as shown
    [75.5, "baik"],
    [65.5, "cukup"],
    [50.5, "kurang"],
    [50.004, "sangatKurang"],
    [-10, "sangatKurang"],
  ])("%d is %s", (c, key) => {
    expect(kategoriOf(c, "five")?.key).toBe(key);
  });

  test("labels come in both languages", () => {
    expect(kategoriOf(95, "five")?.label).toEqual({ id: "Sangat Baik", en: "Very good" });
  });
});

describe("kategori: six bands and Berhasil / Tidak Berhasil", () => {
  test.each([
    [86, "memuaskan"],
    [85, "sangatBaik"],
    [70.5, "sangatBaik"],
    [70, "baik"],
    [55, "cukup"],
    [50.5, "cukup"],
    [50, "sedang"],
    [30.5, "sedang"],
    [30, "kurang"],
    [0, "kurang"],
  ])("six: %d is %s (Maluku Tengah 2021: >85 Memuaskan ... 0-30 Kurang)", (c, key) => {
    expect(kategoriOf(c, "six")?.key).toBe(key);
  });

  test.each([
    [100, "berhasil"],
    [120, "berhasil"],
    [99.99, "tidakBerhasil"],
    [99.995, "berhasil"],
    [0, "tidakBerhasil"],
  ])("binary: %d is %s", (c, key) => {
    expect(kategoriOf(c, "binary")?.key).toBe(key);
  });
});

describe("custom bands", () => {
  const bands: KategoriBand[] = [
    { key: "hijau", min: 100, inclusive: true, label: { id: "Hijau", en: "Green" } },
    { key: "kuning", min: 80, inclusive: true, label: { id: "Kuning", en: "Yellow" } },
    { key: "merah", min: null, label: { id: "Merah", en: "Red" } },
  ];
  test.each([
    [100, "hijau"],
    [99.99, "kuning"],
    [80, "kuning"],
    [79.99, "merah"],
  ])("%d is %s", (c, key) => {
    expect(kategoriOf(c, { bands })?.key).toBe(key);
  });
  test("bands that leave a gap give no kategori", () => {
    expect(kategoriOf(10, { bands: bands.slice(0, 2) })).toBeUndefined();
  });
});

import { BLITAR_2021, type Decree } from "../../../src/core/decree";
import { checkDecree, decreeTargets, normaliseText } from "../../../src/core/rules";

const ids = (decree: Decree, code: string) =>
  checkDecree(decree)
    .filter((f) => f.code === code)
    .map((f) => f.indicatorId);

describe("normaliseText tolerates the decree's spelling", () => {
  test.each([
    ["Persentase", "Presentase"],
    ["Persentase", "Prosentase"],
    ["yang akuntabel", "yang akuntable"],
    ["Standar Akuntansi Pemerintah", "Standar Akutansi Pemerintah"],
    ["Renja (rencana Kinerja) Tahun 2022", "Renja(rencana Kinerja Tahun 2022"],
    ["Jumlah SK yang ditetapkan", "Jumlah SK yg ditetapkan"],
    ["PERSENTASE  keputusan\nKPU", "persentase keputusan kpu"],
  ])("%p ~ %p", (a, b) => {
    expect(normaliseText(a)).toBe(normaliseText(b));
  });

  test.each([
    ["Persentase Keputusan", "Persentase Informasi"],
    ["Opini BPK", "Akuntabilitas Kinerja"],
  ])("%p differs from %p", (a, b) => {
    expect(normaliseText(a)).not.toBe(normaliseText(b));
  });
});

describe("checkDecree on Keputusan KPU Kota Blitar 11/2021", () => {
  test("IKU Sekretariat 11-13 have no RKT target (RKT has 10 rows, IKU 13)", () => {
    expect(ids(BLITAR_2021, "consistency.ikuWithoutRkt")).toEqual([
      "iku-sekretariat-11",
      "iku-sekretariat-12",
      "iku-sekretariat-13",
    ]);
    expect(ids(BLITAR_2021, "consistency.rktWithoutIku")).toEqual([]);
  });

  test("IKU rows with an empty cara penghitungan: info, the default formula is used", () => {
    const found = checkDecree(BLITAR_2021).filter(
      (f) => f.code === "consistency.noCaraPenghitungan"
    );
    expect(found.map((f) => f.indicatorId).sort()).toEqual([
      "iku-kpu-3",
      "iku-sekretariat-1",
      "iku-sekretariat-3",
      "iku-sekretariat-6",
    ]);
    expect(found.every((f) => f.severity === "info" && f.field === "caraPenghitungan")).toBe(true);
    expect(found[0]?.message.id).toMatch(/realisasi \/ target × 100%/);
  });

  test("no duplicates in the built-in decree", () => {
    expect(ids(BLITAR_2021, "consistency.duplicateIndicator")).toEqual([]);
  });

  test("without iku links, RKT rows still find their IKU by tolerant text (Akutansi, Presentase, Tujungan, ...)", () => {
    const unlinked: Decree = {
      ...BLITAR_2021,
      tables: BLITAR_2021.tables.map((t) => ({
        ...t,
        indicators: t.indicators.map(({ iku: _iku, ...rest }) => rest),
      })),
    };
    expect(ids(unlinked, "consistency.rktWithoutIku")).toEqual([]);
    expect(ids(unlinked, "consistency.ikuWithoutRkt")).toEqual([
      "iku-sekretariat-11",
      "iku-sekretariat-12",
      "iku-sekretariat-13",
    ]);
  });

  test("an RKT row whose text matches no IKU row is reported", () => {
    const decree: Decree = {
      ...BLITAR_2021,
      tables: BLITAR_2021.tables.map((t) =>
        t.id !== "rkt-kpu"
          ? t
          : {
              ...t,
              indicators: [
                ...t.indicators,
                { ...t.indicators[0]!, id: "rkt-kpu-9", iku: undefined, text: "Indikator baru" },
              ],
            }
      ),
    };
    expect(ids(decree, "consistency.rktWithoutIku")).toEqual(["rkt-kpu-9"]);
  });

  test("duplicates: same normalised text in one table, spelling variants included", () => {
    const decree: Decree = {
      ...BLITAR_2021,
      tables: BLITAR_2021.tables.map((t) =>
        t.id !== "iku-sekretariat"
          ? t
          : {
              ...t,
              indicators: [
                ...t.indicators,
                {
                  ...t.indicators[0]!,
                  id: "iku-sekretariat-14",
                  text: "Presentase perwujudan laporan keuangan sesuai dengan standar akuntansi pemerintah.",
                },
              ],
            }
      ),
    };
    const dup = checkDecree(decree).filter((f) => f.code === "consistency.duplicateIndicator");
    expect(dup.map((f) => f.indicatorId)).toEqual(["iku-sekretariat-14"]);
    // Named by its No., never by the internal id.
    expect(dup[0]?.message.en).toMatch(/duplicates No\. \d+ in the same table/);
    expect(dup[0]?.message.en).not.toContain("iku-sekretariat");
  });

  test("decreeTargets gives IKU rows the target of their RKT row", () => {
    const lookup = decreeTargets(BLITAR_2021);
    expect(lookup("rkt-kpu-1")?.value).toBe(80);
    expect(lookup("iku-kpu-1")?.value).toBe(80);
    expect(lookup("iku-sekretariat-11")).toBeUndefined();
  });
});

/** Convert through the Office.js adapter: the active sheet is read, never written. */
import { KinerjaError } from "../../src/app/errors";
import { createExcelHost } from "../../src/excel-double";
import { readSnapshot } from "../../src/excel/read";
import { BLITAR_2021 } from "../../src/core/decree";
import { runConvert, type ActionEnv } from "../../src/excel/actions";
import { rktIndex } from "../fixtures/rkt-columns";

test("Convert reads the active sheet's table and adds template sheets beside it", async () => {
  const host = createExcelHost({ sheets: ["Data RKT"] });
  host.setSheet(
    "Data RKT",
    [
      ["RENCANA KINERJA TAHUNAN (RKT) KPU KOTA CONTOH TAHUN 2024"],
      [null],
      ["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Target", "Realisasi TW I"],
      [
        "1",
        "Terwujudnya kebijakan bidang Politik yang kuat",
        "Persentase Keputusan yang berpedoman",
        "80%",
        "70%",
      ],
      [
        "2",
        "Terwujudnya Sistem Informasi Partai Politik",
        "Persentase Informasi Partai Politik mutakhir",
        "30%",
        null,
      ],
    ],
    { merges: ["A1:E1"] }
  );
  const before = host.dumpSheet("Data RKT");
  const env: ActionEnv = {
    decree: BLITAR_2021,
    supports: (v) => host.isSetSupported("ExcelApi", v),
  };
  const result = await host.run((ctx) => runConvert(ctx, env));
  expect(host.syncCount).toBe(3);
  expect(result.recognised?.length).toBeGreaterThan(0);
  const rkt = host.sheetNames.find((n) => n.startsWith("RKT"));
  expect(rkt).toBeDefined();
  const values = host.dumpSheet(rkt as string).values;
  expect(values[4]?.[2]).toBe("Persentase Keputusan yang berpedoman");
  // "70%" typed as text is written as the fraction 0,7, in the units of the target 80 % (0,8).
  expect(values[4]?.[3]).toBe(0.8);
  expect(values[4]?.[rktIndex("tw1")]).toBe(0.7);
  expect(host.dumpSheet("Data RKT")).toEqual(before);
});

test.each(["1.1", "1.3", "1.4", "1.12", "1.13", "1.20"])(
  "ExcelApi %s: an empty active sheet is said to be empty, through the read with no refused request",
  async (apiVersion) => {
    const host = createExcelHost({ apiVersion, sheets: ["Kosong"] });
    const env: ActionEnv = {
      decree: BLITAR_2021,
      supports: (v) => host.isSetSupported("ExcelApi", v),
    };
    const refusal = await host.run((ctx) => runConvert(ctx, env)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(KinerjaError);
    expect((refusal as KinerjaError).message).toBe("error.convertEmpty");
    expect((refusal as KinerjaError).text.id).toMatch(/Lembar “Kosong” kosong/);
    // Excel refused no request on the way (no ItemNotFound caught and retried).
    expect(host.syncs.filter((s) => s.errorCode !== undefined)).toEqual([]);
    expect(host.sheetNames).toEqual(["Kosong"]);
  }
);

test("ExcelApi 1.13: merged areas of a used range are still read with its cells", async () => {
  const host = createExcelHost({ apiVersion: "1.13", sheets: ["Data"] });
  host.setSheet(
    "Data",
    [
      ["Judul", null],
      ["a", "b"],
    ],
    { merges: ["A1:B1"] }
  );
  const book = await host.run((ctx) =>
    readSnapshot(ctx, {
      tableValues: () => false,
      activeSheet: true,
      canReadMerges: true,
      hasNullObjects: true,
      hasProtection: true,
    })
  );
  expect(book.sheets.find((s) => s.name === "Data")?.merges).toEqual(["A1:B1"]);
  expect(host.syncCount).toBe(2);
});

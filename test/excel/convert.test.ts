/** Convert through the Office.js adapter: the active sheet is read, never written. */
import { createExcelHost } from "../../src/excel-double";
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

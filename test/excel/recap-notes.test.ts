/**
 * Rekap Rapat inside Excel: the add-in reads the recap's values, not its formulas, so the
 * Permasalahan and Rencana Tindak Lanjut its formulas show from the RKT sheet must not be taken
 * for what the meeting typed when Ekspor runs again. Excel computes between runs: the engine
 * recalculates the double's workbook (as the playground does).
 */
import { BLITAR_2021 } from "../../src/core/decree";
import { RECAP_COLUMNS } from "../../src/core/workbook/recap/model";
import { createExcelHost, type ExcelHost } from "../../src/excel-double";
import { runExport, runTemplate, type ActionEnv } from "../../src/excel/actions";
import { recalculate } from "../../src/playground/recalc";
import { rktCell } from "../fixtures/rkt-columns";

const env = (host: ExcelHost): ActionEnv => ({
  decree: BLITAR_2021,
  supports: (v) => host.isSetSupported("ExcelApi", v),
});

async function type(host: ExcelHost, sheet: string, address: string, values: unknown[][]) {
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await ctx.sync();
  });
  await recalculate(host);
}

const col = (key: string) => RECAP_COLUMNS.findIndex((c) => c.key === key);

/** The recap's Permasalahan cell (formula or value) of the row whose Kode is `kode`. */
function recapCell(host: ExcelHost, kode: string, key: string) {
  const sheet = host.dumpSheet("Rekap Rapat");
  const row = sheet.values.findIndex((r) => r[col("kode")] === kode);
  return { formula: sheet.formulas[row]?.[col(key)], value: sheet.values[row]?.[col(key)], row };
}

test.each(["1.1", "1.20"])(
  "ExcelApi %s: Ekspor again keeps the RKT sheet's Permasalahan live and the meeting's own words as typed",
  async (api) => {
    const host = createExcelHost({ apiVersion: api, sheets: ["Lembar1"] });
    await host.run((ctx) => runTemplate(ctx, env(host)));
    // The template's TW Pelaporan is TW IV: the recap shows the RKT's Permasalahan TW IV.
    await type(host, "RKT KPU", rktCell("masalah4", 5), [["Anggaran terlambat cair"]]);
    await host.run((ctx) => runExport(ctx, env(host), "xlsx"));
    await recalculate(host);
    const first = recapCell(host, "rkt-kpu-1", "permasalahan");
    expect(first.formula).toMatch(/^=IF\(ISBLANK\(/);
    expect(first.value).toBe("Anggaran terlambat cair");
    // The meeting types its own words on another row of the recap.
    const other = recapCell(host, "rkt-kpu-2", "permasalahan");
    await type(
      host,
      "Rekap Rapat",
      `${String.fromCharCode(65 + col("permasalahan"))}${other.row + 1}`,
      [["Dibahas dalam rapat TW IV"]]
    );
    await host.run((ctx) => runExport(ctx, env(host), "xlsx"));
    await recalculate(host);
    // The RKT's words stay a formula: staff change them on the RKT sheet and the recap follows.
    expect(recapCell(host, "rkt-kpu-1", "permasalahan").formula).toBe(first.formula);
    await type(host, "RKT KPU", rktCell("masalah4", 5), [["Sudah diatasi"]]);
    expect(recapCell(host, "rkt-kpu-1", "permasalahan").value).toBe("Sudah diatasi");
    // The meeting's words stay as typed.
    expect(recapCell(host, "rkt-kpu-2", "permasalahan")).toMatchObject({
      formula: "Dibahas dalam rapat TW IV",
      value: "Dibahas dalam rapat TW IV",
    });
  }
);

/**
 * Mulai dari Keputusan inside Excel on a workbook made by an earlier layout (the strict double
 * holding the fixtures): the read brings the cells beside each RKT/IKU table that the new
 * columns would take, and the same planner as the command line's grows each table in place —
 * every user cell where it was, the new columns with their headers, formats and lists, the
 * table's own style and totals row kept, twice the same as once.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { BLITAR_2021 } from "../../src/core/decree";
import { columnLetter, parseRange } from "../../src/core/workbook/a1";
import {
  COLORS,
  LAYOUT_VERSION,
  LAYOUT_VERSION_LABEL,
  RKT_COLUMNS,
  IKU_COLUMNS,
} from "../../src/core/workbook/layout";
import type { ExcelHost } from "../../src/excel-double";
import { runTemplate, type ActionEnv } from "../../src/excel/actions";
import { hostFromWorkbook } from "../support/double-from-file";

const FIXTURES = path.join(__dirname, "../fixtures/previous-template");

async function load(name: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(FIXTURES, name)) as unknown as ArrayBuffer);
  return wb;
}

const env = (host: ExcelHost): ActionEnv => ({
  decree: BLITAR_2021,
  supports: (v) => host.isSetSupported("ExcelApi", v),
});

/** Types a distinct value into every data cell of every table (numbers in number columns). */
function typeEverywhere(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const headers = new Map<number, string>();
    ws.getRow(4).eachCell((cell, col) => headers.set(col, String(cell.value)));
    const kodeCol = [...headers].find(([, h]) => h === "Kode")?.[0];
    if (kodeCol === undefined) continue;
    for (let r = 5; r <= ws.rowCount; r++) {
      if (typeof ws.getCell(r, kodeCol).value !== "string") continue;
      for (const [col, header] of headers) {
        if (["Kode", "Target", "Jenis"].includes(header)) continue;
        ws.getCell(r, col).value = /^(Realisasi TW|Target TW)/.test(header)
          ? r * 100 + col
          : `isian ${r}-${col}`;
      }
    }
  }
}

/** Every non-empty cell of every sheet the workbook had, by sheet and address. */
function cellsOf(host: ExcelHost, sheets: readonly string[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const name of sheets) {
    const dump = host.dumpSheet(name);
    dump.formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") out.set(`${name}!${columnLetter(c)}${r + 1}`, v);
      })
    );
  }
  return out;
}

const table = (host: ExcelHost, sheet: string) => host.dumpSheet(sheet).tables[0]!;
const headerRow = (host: ExcelHost, sheet: string) => {
  const t = table(host, sheet);
  const box = parseRange(t.address);
  return host.dumpSheet(sheet).values[box.row]!.slice(box.col, box.col + box.cols);
};

describe.each(["blitar-2021-e0b4b28.xlsx", "blitar-2021-e41cf87.xlsx"])("%s", (fixture) => {
  test("Mulai dari Keputusan upgrades it in place: user cells kept, new columns with headers, formats and lists, the table's style kept", async () => {
    const wb = await load(fixture);
    typeEverywhere(wb);
    const host = await hostFromWorkbook(wb);
    const sheets = host.sheetNames;
    // The user's own table style on one RKT table.
    await host.run(async (ctx) => {
      ctx.workbook.tables.getItem("Kinerja_rkt_kpu").style = "TableStyleMedium4";
      await ctx.sync();
    });
    const before = cellsOf(host, sheets);
    const widthBefore = parseRange(table(host, "RKT KPU").address).cols;
    const result = await host.run((ctx) => runTemplate(ctx, env(host)));
    expect(result.leftOut).toEqual([]);
    // Every cell the workbook held is where it was, with what it held.
    const after = cellsOf(host, sheets);
    const moved = [...before].filter(([k, v]) => after.get(k) !== v).map(([k]) => k);
    expect(moved).toEqual([]);
    // Every RKT and IKU table has every column of the layout, grown in place.
    for (const sheet of ["RKT KPU", "RKT Sekretariat"])
      expect(headerRow(host, sheet)).toEqual(
        expect.arrayContaining(RKT_COLUMNS.map((c) => c.header))
      );
    for (const sheet of ["IKU KPU", "IKU Sekretariat"])
      expect(headerRow(host, sheet)).toEqual(
        expect.arrayContaining(IKU_COLUMNS.map((c) => c.header))
      );
    const rkt = table(host, "RKT KPU");
    expect(rkt.name).toBe("Kinerja_rkt_kpu");
    expect(rkt.style).toBe("TableStyleMedium4");
    const box = parseRange(rkt.address);
    expect(box.cols).toBeGreaterThan(widthBefore);
    // The new columns' formats and lists: Realisasi Tahun Lalu in the row's units (percent
    // rows as 0.00%), Penanggung Jawab in the input colour, the Periode list.
    const header = headerRow(host, "RKT KPU");
    const col = (h: string) => box.col + header.indexOf(h);
    const dump = host.dumpSheet("RKT KPU");
    const first = box.row + 1;
    expect(dump.numberFormats[first]?.[col("Realisasi Tahun Lalu")]).toBe("0.00%");
    expect(
      host.formatAt("RKT KPU", `${columnLetter(col("Penanggung Jawab"))}${first + 1}`)
    ).toMatchObject({ "fill.color": COLORS.input });
    if (fixture.includes("e0b4b28"))
      expect(dump.dataValidations.map((v) => v.address)).toContain(
        `${columnLetter(col("Periode"))}${first + 1}:${columnLetter(col("Periode"))}${box.row + box.rows}`
      );
    // The Info table grew by the stamp's row.
    const info = host.dumpSheet("Info Kinerja");
    const flat = info.values.flat();
    expect(flat[flat.indexOf(LAYOUT_VERSION_LABEL) + 1]).toBe(LAYOUT_VERSION);
    // Twice equals once.
    const once = host.dumpWorkbook();
    await host.run((ctx) => runTemplate(ctx, env(host)));
    expect(host.dumpWorkbook()).toEqual(once);
  });
});

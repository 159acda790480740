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

const E41 = "blitar-2021-e41cf87.xlsx";

test("a table with something beside it is left alone, its sheet named in the summary", async () => {
  const host = await hostFromWorkbook(await load(E41));
  const box = parseRange(table(host, "RKT KPU").address);
  // Two columns right of the table (the column right beside it would join the table).
  const beside = `${columnLetter(box.col + box.cols + 1)}${box.row + 3}`;
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("RKT KPU").getRange(beside).values = [["catatan saya"]];
    await ctx.sync();
  });
  const before = host.dumpSheet("RKT KPU");
  const result = await host.run((ctx) => runTemplate(ctx, env(host)));
  expect(host.dumpSheet("RKT KPU")).toEqual(before);
  expect(result.summary.map((s) => s.id).join("\n")).toMatch(
    /RKT KPU: kolom baru tidak ditambahkan karena sel .* sudah berisi/
  );
  // The other tables are upgraded.
  expect(headerRow(host, "RKT Sekretariat")).toContain("Penanggung Jawab");
});

test("a table's totals row stays its totals row: nothing is written into it", async () => {
  const host = await hostFromWorkbook(await load(E41));
  await host.run(async (ctx) => {
    ctx.workbook.tables.getItem("Kinerja_rkt_kpu").showTotals = true;
    await ctx.sync();
  });
  const before = parseRange(table(host, "RKT KPU").address);
  await host.run((ctx) => runTemplate(ctx, env(host)));
  const t = table(host, "RKT KPU");
  expect(t.showTotals).toBe(true);
  const box = parseRange(t.address);
  expect(box.rows).toBe(before.rows);
  const last = box.row + box.rows - 1;
  const dump = host.dumpSheet("RKT KPU");
  const newCells = dump.values[last]!.slice(before.col + before.cols, box.col + box.cols);
  expect(newCells.every((v) => v === "")).toBe(true);
  expect(dump.numberFormats[last]!.slice(before.col + before.cols, box.col + box.cols)).toEqual(
    newCells.map(() => "General")
  );
  // The data rows above it got the new formats.
  const header = headerRow(host, "RKT KPU");
  expect(dump.numberFormats[box.row + 1]?.[box.col + header.indexOf("Realisasi Tahun Lalu")]).toBe(
    "0.00%"
  );
});

test("on an Excel whose tables cannot grow (ExcelApi 1.3) nothing is written beside them, and the pane says why", async () => {
  const host = await hostFromWorkbook(await load(E41), "1.3");
  const sheets = ["RKT KPU", "RKT Sekretariat", "IKU KPU", "IKU Sekretariat"];
  const before = sheets.map((s) => host.dumpSheet(s));
  const result = await host.run((ctx) => runTemplate(ctx, env(host)));
  expect(sheets.map((s) => host.dumpSheet(s))).toEqual(before);
  expect(result.leftOut.map((l) => l.id).join("\n")).toMatch(
    /Kolom baru templat lama tidak ditambahkan: perlu Excel 2019/
  );
});

test("the read asks for the cells beside the tables only, in one round trip", async () => {
  const host = await hostFromWorkbook(await load(E41));
  const from = host.syncs.length;
  await host.run((ctx) => runTemplate(ctx, env(host)));
  const syncs = host.syncs.slice(from);
  // Names; the tables' cells; the cells beside them; the write.
  expect(syncs).toHaveLength(4);
  const beside = syncs[2]!;
  // Four RKT/IKU tables to the right and their own rows (only their headers were read so far:
  // each row's Kode, Jenis and Target say what the new columns hold), the Info table's next row.
  expect(beside.operations).toEqual(Array(9).fill("Range.load"));
  expect(beside.requestBytes).toBeLessThan(4000);
  // An up-to-date template asks nothing more: names, tables, and nothing to write.
  const again = host.syncs.length;
  await host.run((ctx) => runTemplate(ctx, env(host)));
  expect(host.syncs.length - again).toBe(2);
});

/**
 * The Perjanjian Kinerja sheet: the parties as the decree gives them (its signer, never the
 * certifier of the copy), the RKT table of the first party, the program block as formulas over
 * the Anggaran sheet, and a print setup for A4.
 */
import { BLITAR_2021 } from "../../../src/core/decree";
import type { Decree } from "../../../src/core/decree/schema";
import { DecreeSchema } from "../../../src/core/decree/schema";
import { lines, linesIn, pkParties, PK_TABLE } from "../../../src/core/workbook/pk";
import type { PlanOp } from "../../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { planTemplate } from "../../../src/core/workbook/template";
import { applyToSnapshot } from "../../differential/generator";

function template(decree: Decree = BLITAR_2021) {
  const book: WorkbookSnapshot = { sheets: [], activeSheet: "" };
  const plan = planTemplate(decree, book);
  applyToSnapshot(book, plan);
  return { book, plan, sheet: book.sheets.find((s) => s.name === "Perjanjian Kinerja")! };
}

const text = (sheet: { values: unknown[][] }) =>
  sheet.values.flatMap((r) => (r ?? []).filter((v) => typeof v === "string")) as string[];

describe("the parties", () => {
  test("the decree's signer is the second party; the certifier of the copy is no party", () => {
    const p = pkParties(BLITAR_2021);
    expect(p.second).toEqual({
      role: "Ketua Komisi Pemilihan Umum Kota Blitar",
      name: "Choirul Umam",
    });
    expect(p.first).toEqual({ role: "Sekretaris KPU Kota Blitar" });
    expect(p.tables.map((t) => t.id)).toEqual(["rkt-sekretariat"]);
    const { sheet } = template();
    expect(text(sheet)).toContain("Choirul Umam");
    expect(text(sheet).join(" ")).not.toContain("Edi Winarno");
  });

  test("a decree's perjanjian names both parties and the tables", () => {
    const decree = DecreeSchema.parse({
      ...BLITAR_2021,
      perjanjian: {
        firstParty: { role: "Ketua KPU Kota Blitar", name: "Choirul Umam" },
        secondParty: { role: "Ketua KPU Provinsi Jawa Timur", name: "Nama Ketua" },
        tables: ["rkt-kpu"],
      },
    });
    const p = pkParties(decree);
    expect(p.first.name).toBe("Choirul Umam");
    expect(p.tables.map((t) => t.id)).toEqual(["rkt-kpu"]);
    const { book } = template(decree);
    const pk = book.sheets.find((s) => s.tables.some((t) => t.name === PK_TABLE))!;
    expect(text(pk)).toContain("Opini BPK Atas Laporan Keuangan");
    expect(text(pk)).toContain("Nama Ketua");
  });
});

describe("the sheet", () => {
  const { plan, sheet } = template();
  const ops = plan.ops.filter((o) => "sheet" in o && o.sheet === "Perjanjian Kinerja");

  test("holds the Sekretariat's ten indicators with their targets in its own table", () => {
    const t = sheet.tables.find((x) => x.name === PK_TABLE)!;
    expect(t).toBeDefined();
    const rows = text(sheet);
    expect(rows).toContain("2 Dokumen");
    expect(rows).toContain("Sasaran Strategis");
  });

  test("reads programs and pagu from the Anggaran sheet by formulas, with a total", () => {
    const formulas = sheet.formulas
      .flat()
      .filter((f) => typeof f === "string" && f.startsWith("="));
    expect(formulas).toContain('=IF(Anggaran!B5="","",Anggaran!B5)');
    expect(formulas.some((f) => String(f).startsWith("=SUMIFS("))).toBe(true);
  });

  test("prints on A4 portrait, one page wide, within its print area, title repeated", () => {
    const setup = ops.find((o): o is Extract<PlanOp, { op: "pageSetup" }> => o.op === "pageSetup")!;
    expect(setup).toMatchObject({
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: "$1:$2",
    });
    expect(setup.printArea).toMatch(/^A1:D\d+$/);
    expect(setup.margins).toBeDefined();
  });

  test("the first party's name is a cell to fill, and the signature reads it", () => {
    const sign = sheet.formulas.flat().find((f) => typeof f === "string" && f.includes("(....."));
    expect(sign).toMatch(/^=IF\(C\d+="","\(\.+\)",C\d+\)$/);
  });
});

test("running text is cut at spaces into lines that fit", () => {
  expect(lines("aa bb cc dd", 5)).toEqual(["aa bb", "cc dd"]);
  expect(linesIn("x".repeat(40), 34)).toBe(2);
  expect(linesIn("a\nb", 34)).toBe(2);
});

test("an Anggaran table whose columns staff rearranged is read by its headers when the PK sheet is made again", () => {
  const { book } = template();
  const anggaran = book.sheets.find((s) => s.name === "Anggaran")!;
  const row = anggaran.values.findIndex((r) => r?.includes("Pagu Anggaran (Rp)"));
  const pagu = anggaran.values[row]!.indexOf("Pagu Anggaran (Rp)");
  const sasaran = anggaran.values[row]!.indexOf("Sasaran Strategis");
  expect(pagu).toBeGreaterThan(0);
  expect(sasaran).toBeGreaterThan(0);
  // Staff swap the Pagu and Sasaran Strategis columns (cells and all), then delete the PK sheet.
  for (const grid of [anggaran.values, anggaran.formulas, anggaran.numberFormats] as unknown[][][])
    for (const r of grid) {
      if (r === undefined) continue;
      const a = r[pagu];
      r[pagu] = r[sasaran];
      r[sasaran] = a;
    }
  book.sheets = book.sheets.filter((s) => s.name !== "Perjanjian Kinerja");
  applyToSnapshot(book, planTemplate(BLITAR_2021, book));
  const pk = book.sheets.find((s) => s.tables.some((t) => t.name === PK_TABLE))!;
  const letter = (c: number) => String.fromCharCode(65 + anggaran.left + c);
  const first = anggaran.top + row + 2; // the first program row, 1-based
  const formulas = pk.formulas.flat().filter((f): f is string => typeof f === "string");
  // The Anggaran (Rp) cell of the first program reads the Pagu column where it now is (the
  // Sasaran Strategis column's old place), and the sasaran where it now is.
  const paguAt = `Anggaran!${letter(sasaran)}${first}`;
  expect(formulas).toContain(`=IF(${paguAt}="","",${paguAt})`);
  expect(formulas.some((f) => f.includes(`Anggaran!${letter(pagu)}${first}="",""`))).toBe(true);
});

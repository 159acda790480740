/**
 * Many offices' workbooks for the consolidation's tests and bench (`kinerja gabung`): each one
 * made through the real template planner and the package writer, 13 RKT indicators, realisasi
 * typed the ways staff type them (numbers, "85,5%", " 92 ", "bb", "wtp"), with a reporting
 * quarter and a cap on its Info sheet. Some offices are late (a due quarter left empty), some
 * have a flagged entry (a date typed as a realisasi), some follow a different decree (a few
 * indicators shared by code, two by text under other codes, the rest their own), and a few
 * files cannot be read (a truncated zip, not a zip, an encrypted-looking file, an empty file).
 * Seeded: the same count draws the same files on every run.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BLITAR_2021 } from "../../src/core/decree";
import type { Decree, Indicator } from "../../src/core/decree/schema";
import { findRktTables } from "../../src/core/workbook/entries";
import { INFO_SHEET, QUARTER_KEYS } from "../../src/core/workbook/layout";
import type { PlanOp, Scalar } from "../../src/core/workbook/plan";
import { cellAt, type WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { findLabel } from "../../src/core/workbook/settings";
import { planTemplate } from "../../src/core/workbook/template";
import { columnLetter } from "../../src/core/workbook/a1";
import { XlsxFile } from "../../src/xlsx/file";
import { readWorkbook } from "../../src/xlsx/read";
import { random, type Random } from "../differential/generator";

const tableOf = (id: string) => BLITAR_2021.tables.find((t) => t.id === id)!;
const sekretariat = tableOf("rkt-sekretariat");
const kpu = tableOf("rkt-kpu");

/** The decree most offices follow: 7 + 6 RKT indicators of the Blitar decree. */
export const MAIN_DECREE: Decree = {
  ...BLITAR_2021,
  tables: [
    { ...sekretariat, indicators: sekretariat.indicators.slice(0, 7) },
    { ...kpu, indicators: kpu.indicators.slice(0, 6) },
  ],
};

const own = (i: number): Indicator => ({
  ...(sekretariat.indicators[0] as Indicator),
  id: `rkt-lain-${i}`,
  no: String(i),
  iku: undefined,
  text: `Persentase layanan daerah nomor ${i} yang diselesaikan tepat waktu`,
});

/**
 * Another decree: sekretariat 1-4 shared by code, KPU 1-2 shared by text under other codes,
 * seven indicators of its own (listed, never dropped).
 */
export const OTHER_DECREE: Decree = {
  ...BLITAR_2021,
  number: "7/PR.03.1-Kpt/3500/KPU-Kab/III/2021",
  tables: [
    {
      ...sekretariat,
      indicators: [...sekretariat.indicators.slice(0, 4), own(1), own(2), own(3)],
    },
    {
      ...kpu,
      indicators: [
        { ...(kpu.indicators[0] as Indicator), id: "ik-kab-1" },
        { ...(kpu.indicators[1] as Indicator), id: "ik-kab-2" },
        own(4),
        own(5),
        own(6),
        own(7),
      ],
    },
  ],
};

export type OfficeKind = "plain" | "late" | "flagged" | "other";
export type BrokenKind = "truncated" | "notZip" | "encrypted" | "empty";

export interface GeneratedOffice {
  file: string;
  office: string;
  kinds: OfficeKind[];
}

export interface GeneratedSet {
  offices: GeneratedOffice[];
  broken: { file: string; kind: BrokenKind }[];
}

interface Template {
  bytes: Uint8Array;
  book: WorkbookSnapshot;
}

async function template(decree: Decree): Promise<Template> {
  const file = XlsxFile.blank();
  file.apply(planTemplate(decree, readWorkbook(new ExcelJS.Workbook())));
  const bytes = file.bytes();
  return { bytes, book: readWorkbook(await (await XlsxFile.load(bytes)).workbook()) };
}

const cell = (sheet: string, row: number, col: number, value: Scalar, format?: string): PlanOp => ({
  op: "write",
  sheet,
  address: `${columnLetter(col)}${row + 1}`,
  values: [[value]],
  ...(format === undefined ? {} : { numberFormats: [[format]] }),
});

/** A realisasi for a kind as staff type one. */
function typed(r: Random, kind: string): { value: Scalar; format?: string } {
  if (kind === "Persen") {
    const n = r.int(4000, 10000) / 100;
    // Mostly a number in a percent cell; now and then text the sheet cannot read ("cek isian").
    if (r.next() < 0.9) return { value: n / 100, format: r.pick(["0.00%", "0%", "0.0%"]) };
    const id = String(n).replace(".", ",");
    return r.pick<{ value: Scalar }>([
      { value: `${id}%` },
      { value: ` ${id} ` },
      { value: String(n) },
    ]);
  }
  if (kind === "Indeks")
    return r.next() < 0.9 ? { value: r.int(600, 950) / 10 } : { value: "77,5" };
  if (kind === "Jumlah") return { value: r.int(0, 3) };
  if (kind === "Nilai SAKIP") return { value: r.pick(["BB", "A", " bb ", "B", "CC"]) };
  return { value: r.pick(["WTP", "wtp", "WDP", " WTP "]) };
}

/** One office's cells: Kantor, reporting quarter, cap and realisasi. */
function officeOps(t: Template, office: string, kinds: OfficeKind[], r: Random): PlanOp[] {
  const ops: PlanOp[] = [];
  const info = t.book.sheets.find((s) => s.name === INFO_SHEET)!;
  const at = (label: string) => findLabel(info, label)!;
  const kantor = at("Kantor");
  ops.push(cell(info.name, kantor.row, kantor.col + 1, office));
  const tw = r.int(2, 4);
  const twAt = at("TW Pelaporan");
  ops.push(cell(info.name, twAt.row, twAt.col + 1, ["", "TW I", "TW II", "TW III", "TW IV"][tw]!));
  const capAt = at("Batas Capaian");
  ops.push(cell(info.name, capAt.row, capAt.col + 1, r.pick(["Tanpa batas", "100%", "120%"])));
  const late = kinds.includes("late");
  let flag = kinds.includes("flagged");
  for (const table of findRktTables(t.book)) {
    const sheet = table.sheet.name;
    for (let row = table.headerRow + 1; row <= table.headerRow + table.rows; row++) {
      const kind = String(cellAt(table.sheet, row, table.columns.jenis as number));
      QUARTER_KEYS.forEach((key, q) => {
        if (q + 1 > tw) return;
        // Late: the last due quarter of most indicators is still empty.
        if (late && q + 1 === tw && r.next() < 0.8) return;
        const col = table.columns[key] as number;
        if (flag && q === 0) {
          // A date typed as a realisasi: counted as it stands, flagged as an error.
          ops.push(cell(sheet, row, col, 44377, "d mmmm yyyy"));
          flag = false;
          return;
        }
        const v = typed(r, kind);
        ops.push(cell(sheet, row, col, v.value, v.format));
      });
    }
  }
  return ops;
}

const ENCRYPTED = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
  Buffer.from("EncryptedPackage", "utf16le"),
  Buffer.alloc(512),
]);

/**
 * Write `count` files into `dir`: `count - 4` offices and four unreadable files (fewer when
 * count is small, never fewer than one office). About one office in 20 follows the other
 * decree, one in five is late, one in seven has a flagged entry.
 */
export async function writeOffices(dir: string, count: number, seed = 15): Promise<GeneratedSet> {
  const r = random(seed);
  const main = await template(MAIN_DECREE);
  const other = await template(OTHER_DECREE);
  const brokenKinds: BrokenKind[] = ["truncated", "notZip", "encrypted", "empty"];
  const brokenCount = Math.min(brokenKinds.length, Math.max(0, count - 3));
  const n = count - brokenCount;
  const set: GeneratedSet = { offices: [], broken: [] };
  for (let i = 0; i < n; i++) {
    const kinds: OfficeKind[] = [];
    if (
      i % 20 === 3 ||
      (n >= 3 && i === n - 1 && !set.offices.some((o) => o.kinds.includes("other")))
    )
      kinds.push("other");
    if (i % 5 === 1) kinds.push("late");
    if (i % 7 === 2) kinds.push("flagged");
    if (kinds.length === 0) kinds.push("plain");
    const office = `KPU Kabupaten ${String(i + 1).padStart(3, "0")}`;
    const t = kinds.includes("other") ? other : main;
    const file = XlsxFile.of(t.bytes, new ExcelJS.Workbook());
    file.apply({ ops: officeOps(t, office, kinds, r), summary: [] });
    const name = `kantor-${String(i + 1).padStart(4, "0")}.xlsx`;
    writeFileSync(join(dir, name), file.bytes());
    set.offices.push({ file: name, office, kinds });
  }
  for (const kind of brokenKinds.slice(0, brokenCount)) {
    const name = `rusak-${kind}.xlsx`;
    const bytes =
      kind === "truncated"
        ? main.bytes.slice(0, Math.floor(main.bytes.length / 2))
        : kind === "notZip"
          ? Buffer.from("Laporan kinerja dikirim lewat surel.\n")
          : kind === "encrypted"
            ? ENCRYPTED
            : new Uint8Array(0);
    writeFileSync(join(dir, name), bytes);
    set.broken.push({ file: name, kind });
  }
  return set;
}

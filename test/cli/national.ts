/**
 * A national consolidation as one workbook: 552 offices x 13 indicators = 7,176 rows in one
 * RKT table, every quarter's realisasi filled, made with the same template planner and .xlsx
 * adapter the command uses. Deterministic (seeded), so figures compare run to run.
 *
 * Each office's indicators are the Kota Blitar decree's (7 of the Sekretariat's, all 6 of the
 * KPU's: percent, index, count, grade and opinion), with ids made unique per office (the
 * decree schema wants unique ids); sasaran are shared across offices, as a national table has
 * them.
 */
import ExcelJS from "exceljs";
import { BLITAR_2021, parseDecree, type Decree, type Indicator } from "../../src/core/decree";
import type { Scalar } from "../../src/core/workbook/plan";
import type { Carried } from "../../src/core/workbook/template";
import { planTemplate } from "../../src/core/workbook/template";
import type { RktColumnKey } from "../../src/core/workbook/layout";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { applyPlan } from "../../src/xlsx/apply";

export const NATIONAL_OFFICES = 552;
const PICK = [
  "rkt-sekretariat-1",
  "rkt-sekretariat-2",
  "rkt-sekretariat-3",
  "rkt-sekretariat-4",
  "rkt-sekretariat-5",
  "rkt-sekretariat-6",
  "rkt-sekretariat-8",
  "rkt-kpu-1",
  "rkt-kpu-2",
  "rkt-kpu-3",
  "rkt-kpu-4",
  "rkt-kpu-5",
  "rkt-kpu-6",
];
export const INDICATORS_PER_OFFICE = PICK.length;

/** mulberry32: a small seeded generator, so the workbook is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function baseIndicators(): Indicator[] {
  const all = BLITAR_2021.tables.flatMap((t) => t.indicators);
  return PICK.map((id) => {
    const ind = all.find((i) => i.id === id);
    if (ind === undefined) throw new Error(`No indicator ${id} in the built-in decree`);
    return ind;
  });
}

/** The realisasi a person in an office would type for TW I-IV (percent cells hold fractions). */
function quarters(ind: Indicator, next: () => number): Scalar[] {
  const t = ind.target;
  switch (ind.kind) {
    case "percent": {
      const target = t?.kind === "percent" && typeof t.value === "number" ? t.value : 100;
      return [0, 1, 2, 3].map(() => Math.min(1, Math.round(target * (0.7 + next() * 0.4)) / 100));
    }
    case "index":
      return [0, 1, 2, 3].map(() => Math.round(77 * (0.8 + next() * 0.4) * 100) / 100);
    case "count":
      return [0, 1, 0, next() < 0.8 ? 1 : 0];
    case "grade":
      return ["C", "CC", "B", next() < 0.5 ? "B" : "BB"];
    case "opinion":
      return ["WTP", "WTP", "WTP", next() < 0.9 ? "WTP" : "WDP"];
  }
}

/** The decree of the national table and the values every row carries into the template. */
export function nationalDecree(
  offices = NATIONAL_OFFICES,
  seed = 2021
): {
  decree: Decree;
  carried: Carried;
} {
  const next = random(seed);
  const base = baseIndicators();
  const indicators: Indicator[] = [];
  const carried = new Map<string, Partial<Record<RktColumnKey, Scalar>>>();
  for (let o = 1; o <= offices; o++) {
    base.forEach((ind, i) => {
      const id = `o${o}-${ind.id}`;
      const { iku: _iku, notes: _notes, ...rest } = ind;
      indicators.push({ ...rest, id, no: `${o}.${i + 1}` });
      const [tw1, tw2, tw3, tw4] = quarters(ind, next) as [Scalar, Scalar, Scalar, Scalar];
      carried.set(id, {
        tw1,
        tw2,
        tw3,
        tw4,
        sumber: `Laporan Satker ${o}`,
        keterangan: `Satker ${o}`,
      });
    });
  }
  const parsed = parseDecree({
    ...BLITAR_2021,
    office: "KPU Republik Indonesia",
    title: "Konsolidasi Penetapan Kinerja Nasional",
    tables: [
      {
        id: "rkt-nasional",
        kind: "rkt",
        unit: "kpu",
        lampiran: "I",
        title: "Rencana Kinerja Tahunan (RKT) Konsolidasi Nasional",
        shortName: "Nasional",
        indicators,
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join("\n"));
  return { decree: parsed.decree, carried };
}

/** The national workbook: Info and one RKT sheet with offices x 13 filled indicator rows. */
export function buildNationalWorkbook(offices = NATIONAL_OFFICES): {
  workbook: ExcelJS.Workbook;
  rows: number;
} {
  const { decree, carried } = nationalDecree(offices);
  const empty: WorkbookSnapshot = { sheets: [], activeSheet: "" };
  const workbook = new ExcelJS.Workbook();
  applyPlan(workbook, planTemplate(decree, empty, carried));
  return { workbook, rows: offices * INDICATORS_PER_OFFICE };
}

/** Build and save the national workbook to `path`; the number of indicator rows. */
export async function writeNationalWorkbook(
  path: string,
  offices = NATIONAL_OFFICES
): Promise<number> {
  const { workbook, rows } = buildNationalWorkbook(offices);
  await workbook.xlsx.writeFile(path);
  return rows;
}

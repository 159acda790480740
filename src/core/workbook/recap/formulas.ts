/**
 * The recap's formulas inside the workbook: Target, Realisasi, Capaian, Kategori and
 * Keterangan of each row read its RKT sheet (so the recap follows later edits), with the cap
 * and grade rule from the Info sheet and the recap's own reporting quarter as a number.
 */
import type { KategoriBand } from "../../rules/kategori";
import { cellAddress, sheetRef } from "../a1";
import type { LocatedEntry } from "../entries";
import {
  CEK_ISIAN,
  capaianFormulaFor,
  kategoriFormula,
  perubahanFormulaFor,
  realisasiFormulaFor,
  targetTwFormulaFor,
  typedNumberFormula,
  type RowRefs,
} from "../formulas";
import { FOLLOW_UP_KEYS, PROBLEM_KEYS, QUARTER_KEYS, QUARTER_TARGET_KEYS } from "../layout";
import { componentsToDate } from "../../rules/lkj";
import { rangeTargetOfText } from "../../rules/sheet-reading";
import { wordStop } from "../../rules/evaluate";
import { settingRef } from "../settings";
import { cellAt, type WorkbookSnapshot } from "../snapshot";
import { recapGrid } from "./grid";
import { recapColumn, type Recap, type RecapCell, type RecapColumnKey } from "./model";
import { findSheetOf } from "./rows";

/** The settings the formulas read; `reportingQuarter` is a number or a reference. */
type Refs = Pick<RowRefs, "cap" | "gradeRule" | "reportingQuarter">;

/** Formulas of one indicator row, reading the RKT sheet; `local` is the recap row (0-based). */
function rowFormulas(
  e: LocatedEntry,
  local: number,
  refs: Refs,
  bands: readonly KategoriBand[],
  targetValue: unknown
): Partial<Record<RecapColumnKey, string>> {
  const c = e.columns;
  const rkt = (k: keyof typeof c) =>
    c[k] === undefined ? undefined : `${sheetRef(e.sheet)}!${cellAddress(e.row, c[k] as number)}`;
  const target = rkt("target");
  const quarters = QUARTER_KEYS.map(rkt);
  if (target === undefined || quarters.some((q) => q === undefined)) return {};
  const all: RowRefs = {
    ...refs,
    target,
    quarters: quarters as [string, string, string, string],
    realisasi: cellAddress(local, recapColumn("realisasi")),
    capaian: cellAddress(local, recapColumn("capaian")),
  };
  const ind = e.entry.indicator;
  // A Jenis, Arah or Agregasi TW word the sheet's formulas do not know: "cek isian", as the rules say.
  const stop = wordStop(e.entry);
  // Pembilang / Penyebut of a Persen row give the year's realisasi, as on the RKT sheet
  // (src/core/rules/lkj.ts): they stand before what the quarters or an Agregasi TW word say.
  const kindUnknown = (e.entry.words ?? []).some(
    (w) => w.field === "kind" && w.problem === "unknown"
  );
  const ratio = kindUnknown ? undefined : componentsToDate(e.entry);
  const p = rkt("pembilang");
  const d = rkt("penyebut");
  const directionUnknown = (e.entry.words ?? []).some(
    (w) => w.field === "direction" && w.problem === "unknown"
  );
  const stopsYear = ratio === undefined ? stop === "realisasi" : ratio === "zero";
  const stopsCapaian = ratio === undefined ? stop !== null : stopsYear || directionUnknown;
  const cekIsian = `="${CEK_ISIAN}"`;
  const quartersYear =
    stop === "realisasi" ? cekIsian : realisasiFormulaFor(all, ind.aggregation, ind.kind);
  const year =
    ratio !== undefined && p !== undefined && d !== undefined
      ? `=IF(AND(ISNUMBER(${p}),ISNUMBER(${d})),IF(${d}=0,"${CEK_ISIAN}",${p}/${d}),${quartersYear.slice(1)})`
      : quartersYear;
  // A range target read as the rules read it, fixed into the row's formula.
  const range = rangeTargetOfText(targetValue, ind.kind);
  const ket = rkt("keterangan");
  // The RKT sheet's Permasalahan and Rencana Tindak Lanjut of the recap's quarter, where the
  // meeting typed nothing on the recap (its own words stay: `rowCells` keeps them as values).
  const q = Number(refs.reportingQuarter) - 1;
  const problem = rkt(PROBLEM_KEYS[q] ?? "masalah4");
  const followUp = rkt(FOLLOW_UP_KEYS[q] ?? "rtl4");
  const text = (ref: string) => `=IF(ISBLANK(${ref}),"",${ref})`;
  const pj = rkt("penanggungJawab");
  return {
    target: `=${target}`,
    realisasi: stopsYear ? cekIsian : year,
    capaian: stopsCapaian ? cekIsian : capaianFormulaFor(all, ind, range),
    kategori: kategoriFormula(all.capaian, bands),
    ...(ket !== undefined && { keterangan: text(ket) }),
    ...(problem !== undefined && { permasalahan: text(problem) }),
    ...(followUp !== undefined && { rtl: text(followUp) }),
    ...(pj !== undefined && { penanggungJawab: text(pj) }),
    ...lkjFormulas(e, all, local, rkt),
  };
}

/**
 * The LKj columns of one indicator row, as the RKT sheet's formulas compute them (the rules'
 * `atReportingQuarter` and `lkjComparisons`): the RKT cells read live, the row's words fixed
 * when the recap is made (as its Realisasi and Capaian): an unknown Jenis or Agregasi TW or
 * Arah gives "cek isian" where the RKT sheet shows it; grades and opinions compare nothing.
 */
function lkjFormulas(
  e: LocatedEntry,
  all: RowRefs,
  local: number,
  rkt: (k: keyof LocatedEntry["columns"]) => string | undefined
): Partial<Record<RecapColumnKey, string>> {
  const ind = e.entry.indicator;
  const cekIsian = `="${CEK_ISIAN}"`;
  const unknown = (field: string) =>
    (e.entry.words ?? []).some((w) => w.field === field && w.problem === "unknown");
  const kindUnknown = unknown("kind");
  const ordinal = ind.kind === "grade" || ind.kind === "opinion";
  const stop = wordStop(e.entry);
  const out: Partial<Record<RecapColumnKey, string>> = {};
  const lastYear = rkt("realisasiLalu");
  const renstra = rkt("targetRenstra");
  if (lastYear !== undefined) out.realisasiLalu = typedNumberFormula(lastYear);
  if (renstra !== undefined) out.targetRenstra = typedNumberFormula(renstra);
  // Target and Capaian s.d. TW Pelaporan, where the RKT table has the quarter targets.
  const targets = QUARTER_TARGET_KEYS.map(rkt);
  if (targets.every((t) => t !== undefined)) {
    const quarter = Number(all.reportingQuarter) as 1 | 2 | 3 | 4;
    if (stop === "realisasi") {
      out.targetTw = cekIsian;
      out.capaianTw = cekIsian;
    } else if (!ordinal) {
      out.targetTw = targetTwFormulaFor(
        targets as [string, string, string, string],
        quarter,
        ind.aggregation
      );
      out.capaianTw =
        stop === "target"
          ? cekIsian
          : capaianFormulaFor(
              { ...all, target: cellAddress(local, recapColumn("targetTw")) },
              { kind: ind.kind, direction: ind.direction }
            );
    }
  }
  // Perubahan and Capaian terhadap Target Renstra (nothing when the RKT table has neither).
  if (lastYear === undefined && renstra === undefined) return out;
  if (kindUnknown) return { ...out, perubahan: cekIsian, capaianRenstra: cekIsian };
  if (ordinal) return out;
  if (lastYear !== undefined) out.perubahan = perubahanFormulaFor(all.realisasi, lastYear);
  if (renstra !== undefined)
    out.capaianRenstra = unknown("direction")
      ? cekIsian
      : capaianFormulaFor(
          { ...all, target: renstra },
          { kind: ind.kind, direction: ind.direction }
        );
  return out;
}

/** The recap's cells with the formulas the workbook's copy gets, row by row as `entries`. */
export function formulaGrid(
  book: WorkbookSnapshot,
  recap: Pick<Recap, "rows" | "overall" | "reportingQuarter" | "orphans" | "settings">,
  entries: readonly LocatedEntry[],
  bands: readonly KategoriBand[]
): RecapCell[][] {
  const refs: Refs = {
    cap: settingRef(book, recap.settings, "cap"),
    gradeRule: settingRef(book, recap.settings, "gradeRule"),
    // The recap's own quarter, as the number the Realisasi formulas compare with.
    reportingQuarter: String(recap.reportingQuarter),
  };
  return recapGrid(recap, {
    entries,
    bands,
    of: (e, local) =>
      rowFormulas(
        e,
        local,
        refs,
        bands,
        cellAt(findSheetOf(book, e.sheet), e.row, e.columns.target ?? -1)
      ),
  });
}

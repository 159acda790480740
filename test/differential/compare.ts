/**
 * The sheet after recalculation against the rules core, cell by cell: every Realisasi Tahun,
 * Capaian and Kategori of the RKT sheets, their Target, Capaian and Kategori s.d. TW Pelaporan
 * (the rencana aksi), Perubahan dari Tahun Lalu and Capaian terhadap Target Renstra, and the
 * Ringkasan averages. "cek isian" on the sheet
 * must be the core's `cekIsian`, and a blank the core's null.
 */
import type { CapaianPlan } from "../../src/core/workbook/capaian-plan";
import { CEK_ISIAN } from "../../src/core/workbook/formulas";
import { sheetUnits } from "../../src/core/rules/sheet-reading";
import type { CellValue, WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import type { LocatedEntry } from "../../src/core/workbook/entries";
import { HEADER_ROW } from "../../src/core/workbook/layout";
import {
  BUDGET_COLUMNS,
  budgetTop,
  recapColumn,
  type Recap,
  type RecapColumnKey,
} from "../../src/core/workbook/recap";

const blank = (v: unknown) => (v === undefined || v === "" ? null : v);

/** One line per cell that differs, "where: sheet X, core Y" (empty when they all agree). */
export function differences(
  book: WorkbookSnapshot,
  capaian: Pick<CapaianPlan, "entries" | "evaluations" | "anggaran">,
  label: string
): {
  mismatches: string[];
  compared: number;
  comparedTw: number;
  comparedLkj: number;
  averaged: number;
  budgeted: number;
} {
  const mismatches: string[] = [];
  let compared = 0;
  let comparedTw = 0;
  let comparedLkj = 0;
  let averaged = 0;
  // Equal to nine significant digits (a date typed as realisasi gives capaian in the millions).
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  const near = (a: unknown, b: number) => typeof a === "number" && close(a, b);
  for (const { sheet, evaluation } of capaian.evaluations) {
    const snap = book.sheets.find((x) => x.name === sheet);
    if (snap === undefined) throw new Error(`${label}: no sheet ${sheet}`);
    const located = capaian.entries.filter((e) => e.sheet === sheet);
    located.forEach((e, j) => {
      const r = evaluation.results[j]!;
      const at = (col: number | undefined) => blank(snap.values[e.row]?.[col as number] ?? null);
      const typed = [e.entry.target, ...e.entry.realisasi].map((c) => c?.value ?? null);
      const where = `${label} ${sheet}!${e.row + 1} ${r.indicatorId} ${JSON.stringify(typed)}`;
      const differ = (what: string, got: unknown, want: unknown) =>
        mismatches.push(
          `${where} ${what}: sheet ${JSON.stringify(got)}, core ${JSON.stringify(want)}`
        );
      const cap = at(e.columns.capaian);
      if (r.cekIsian !== null) {
        if (cap !== CEK_ISIAN) differ("capaian", cap, CEK_ISIAN);
      } else if (r.capaian === null) {
        if (cap !== null) differ("capaian", cap, null);
      } else if (!(typeof cap === "number" && near(cap * 100, r.capaian)))
        differ("capaian", cap, r.capaian);
      const kat = at(e.columns.kategori);
      if (kat !== (r.kategori?.label.id ?? null))
        differ("kategori", kat, r.kategori?.label.id ?? null);
      const real = at(e.columns.realisasi);
      if (r.cekIsian === "realisasi") {
        if (real !== CEK_ISIAN) differ("realisasi", real, CEK_ISIAN);
      } else if (r.realisasi === null) {
        if (real !== null) differ("realisasi", real, null);
      } else if (typeof r.realisasi === "number") {
        // The sheet holds the row's numbers in its target's units (0,85 or 85 for 85 %).
        const scale = sheetUnits(e.entry.target, r.kind) === "fraction" ? 100 : 1;
        if (!(typeof real === "number" && near(real * scale, r.realisasi)))
          differ("realisasi", real, r.realisasi);
      } else if (real !== r.realisasi) differ("realisasi", real, r.realisasi);
      // The rencana aksi at the reporting quarter, where the sheet has its columns.
      if (e.columns.targetTw !== undefined) {
        const scale = sheetUnits(e.entry.target, r.kind) === "fraction" ? 100 : 1;
        const tt = at(e.columns.targetTw);
        if (r.cekIsianTw === "target") {
          if (tt !== CEK_ISIAN) differ("targetTw", tt, CEK_ISIAN);
        } else if (r.targetTw === null) {
          if (tt !== null) differ("targetTw", tt, null);
        } else if (!(typeof tt === "number" && near(tt * scale, r.targetTw)))
          differ("targetTw", tt, r.targetTw);
        const ct = at(e.columns.capaianTw);
        if (r.cekIsianTw !== null) {
          if (ct !== CEK_ISIAN) differ("capaianTw", ct, CEK_ISIAN);
        } else if (r.capaianTw === null) {
          if (ct !== null) differ("capaianTw", ct, null);
        } else if (!(typeof ct === "number" && near(ct * 100, r.capaianTw)))
          differ("capaianTw", ct, r.capaianTw);
        const kt = at(e.columns.kategoriTw);
        if (kt !== (r.kategoriTw?.label.id ?? null))
          differ("kategoriTw", kt, r.kategoriTw?.label.id ?? null);
        comparedTw++;
      }
      // The LKj comparisons: Perubahan dari Tahun Lalu (the row's units) and Capaian
      // terhadap Target Renstra.
      if (e.columns.perubahan !== undefined) {
        const scale = sheetUnits(e.entry.target, r.kind) === "fraction" ? 100 : 1;
        const pr = at(e.columns.perubahan);
        if (r.cekIsianLkj.perubahan) {
          if (pr !== CEK_ISIAN) differ("perubahan", pr, CEK_ISIAN);
        } else if (r.perubahan === null) {
          if (pr !== null) differ("perubahan", pr, null);
        } else if (!(typeof pr === "number" && near(pr * scale, r.perubahan)))
          differ("perubahan", pr, r.perubahan);
        const cr = at(e.columns.capaianRenstra);
        if (r.cekIsianLkj.capaianRenstra) {
          if (cr !== CEK_ISIAN) differ("capaianRenstra", cr, CEK_ISIAN);
        } else if (r.capaianRenstra === null) {
          if (cr !== null) differ("capaianRenstra", cr, null);
        } else if (!(typeof cr === "number" && near(cr * 100, r.capaianRenstra)))
          differ("capaianRenstra", cr, r.capaianRenstra);
        comparedLkj++;
      }
      compared++;
    });
    // The Ringkasan sheet's AVERAGE formulas against the core's per-sasaran and sheet averages.
    const ringkasan = book.sheets.find((x) => x.name === "Ringkasan Capaian");
    if (ringkasan === undefined) throw new Error(`${label}: no Ringkasan`);
    // The snapshot is sparse: rows with nothing in them are holes, which find visits.
    const rowOf = (sasaran: string) =>
      ringkasan.values.find(
        (row: CellValue[] | undefined) => row?.[0] === sheet && row[1] === sasaran
      );
    const average = (sasaran: string) => {
      const v = rowOf(sasaran)?.[3];
      return typeof v === "number" ? v * 100 : null;
    };
    const { summary } = evaluation;
    const groups = [
      ...summary.sasaran.map((g) => ({
        name: g.sasaran,
        average: g.average,
        reached: g.reached,
        kategori: g.kategori,
      })),
      {
        name: "Rata-rata lembar ini",
        average: summary.overall.average,
        reached: summary.overall.reached,
        kategori: summary.overall.kategori,
      },
    ];
    for (const g of groups) {
      const reached = rowOf(g.name)?.[5];
      if (reached !== g.reached)
        mismatches.push(
          `${label} Ringkasan ${sheet} / ${g.name} tercapai: sheet ${reached}, core ${g.reached}`
        );
      const got = average(g.name);
      const ok = g.average === null ? got === null : got !== null && close(got, g.average);
      if (!ok)
        mismatches.push(`${label} Ringkasan ${sheet} / ${g.name}: sheet ${got}, core ${g.average}`);
      // The kategori the pane, the PDF and the recap give the group is the sheet's.
      const kat = blank(rowOf(g.name)?.[4] ?? null);
      if (kat !== (g.kategori?.label.id ?? null))
        mismatches.push(
          `${label} Ringkasan ${sheet} / ${g.name} kategori: sheet ${String(kat)}, core ${g.kategori?.label.id ?? null}`
        );
      averaged++;
    }
  }
  // The Anggaran sheet: Realisasi s.d. TW, % Serapan, Capaian Sasaran, Efisiensi, Jumlah.
  let budgeted = 0;
  const a = capaian.anggaran;
  if (a !== undefined) {
    const snap = book.sheets.find((x) => x.name === a.sheet);
    if (snap === undefined) throw new Error(`${label}: no sheet ${a.sheet}`);
    const at = (row: number, col: number | undefined) =>
      blank(snap.values[row - snap.top]?.[(col as number) - snap.left] ?? null);
    const check = (row: number, what: string, got: unknown, want: number | null | string) => {
      const ok =
        typeof want === "number" ? near(got, want) : want === null ? got === null : got === want;
      if (!ok)
        mismatches.push(
          `${label} ${a.sheet}!${row + 1} ${what}: sheet ${JSON.stringify(got)}, core ${JSON.stringify(want)}`
        );
    };
    for (const r of a.rows) {
      check(r.row, "realisasi", at(r.row, a.columns.realisasi), r.realisasi);
      check(r.row, "serapan", at(r.row, a.columns.serapan), r.serapan);
      check(r.row, "capaianSasaran", at(r.row, a.columns.capaianSasaran), r.capaianSasaran);
      check(r.row, "efisiensi", at(r.row, a.columns.efisiensi), r.efisiensi);
      budgeted++;
    }
    const total = (a.rows[a.rows.length - 1]?.row ?? 0) + 2;
    check(total, "Jumlah pagu", at(total, a.columns.pagu), a.total.pagu);
    check(total, "Jumlah realisasi", at(total, a.columns.realisasi), a.total.realisasi);
    check(total, "Jumlah serapan", at(total, a.columns.serapan), a.total.serapan);
  }
  return { mismatches, compared, comparedTw, comparedLkj, averaged, budgeted };
}

/**
 * The Rekap Rapat sheet after recalculation against the recap's rows (the core's figures the
 * CSV, PDF and .xlsx export print): per indicator its Realisasi, Capaian and Kategori and the
 * LKj columns — Target and Capaian s.d. TW Pelaporan, Realisasi Tahun Lalu, Perubahan, Target
 * Renstra, Capaian terhadap Target Renstra. Numbers in the RKT sheet's units (`entries`, in
 * the recap's row order, give each row's target); "cek isian" and blanks as the core says.
 */
export function recapDifferences(
  book: WorkbookSnapshot,
  recap: Pick<Recap, "sheet" | "rows">,
  entries: readonly LocatedEntry[],
  label: string
): { mismatches: string[]; compared: number; numbers: number } {
  const mismatches: string[] = [];
  let numbers = 0;
  const snap = book.sheets.find((x) => x.name === recap.sheet);
  if (snap === undefined) throw new Error(`${label}: no sheet ${recap.sheet}`);
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  recap.rows.forEach((r, i) => {
    const e = entries[i]!;
    const row = HEADER_ROW + 1 + i;
    const at = (k: RecapColumnKey) =>
      blank(snap.values[row - snap.top]?.[recapColumn(k) - snap.left] ?? null);
    const scale = sheetUnits(e.entry.target, r.kind) === "fraction" ? 100 : 1;
    const check = (k: RecapColumnKey, cek: boolean, want: unknown, unit: number) => {
      const got = at(k);
      const ok = cek
        ? got === CEK_ISIAN
        : want === null
          ? got === null
          : typeof want === "number"
            ? typeof got === "number" && close(got * unit, want)
            : got === want;
      if (typeof want === "number" && !cek) numbers++;
      if (!ok)
        mismatches.push(
          `${label} ${recap.sheet}!${row + 1} ${r.kode} ${k}: sheet ${JSON.stringify(got)}, core ${JSON.stringify(cek ? CEK_ISIAN : want)}`
        );
    };
    check("realisasi", r.cekIsian === "realisasi", r.realisasi, scale);
    check("capaian", r.cekIsian !== null, r.capaian, 100);
    check("kategori", false, r.kategori === "" ? null : r.kategori, 1);
    check("targetTw", r.cekIsianTw === "target", r.targetTw, scale);
    check("capaianTw", r.cekIsianTw !== null, r.capaianTw, 100);
    check("realisasiLalu", false, r.realisasiTahunLalu, scale);
    check("perubahan", r.cekIsianLkj.perubahan, r.perubahan, scale);
    check("targetRenstra", false, r.targetRenstra, scale);
    check("capaianRenstra", r.cekIsianLkj.capaianRenstra, r.capaianRenstra, 100);
  });
  return { mismatches, compared: recap.rows.length, numbers };
}

/**
 * The recap's Serapan Anggaran per Sasaran block after recalculation against the recap's
 * `budget` (the core's `budgetOfSasaran`, which the CSV and PDF print): Capaian Sasaran, Pagu,
 * Realisasi s.d. TW, % Serapan, Efisiensi per sasaran.
 */
export function budgetDifferences(
  book: WorkbookSnapshot,
  recap: Pick<Recap, "sheet" | "rows" | "orphans" | "budget">,
  label: string
): { mismatches: string[]; compared: number; numbers: number } {
  const mismatches: string[] = [];
  let numbers = 0;
  const snap = book.sheets.find((x) => x.name === recap.sheet);
  if (snap === undefined) throw new Error(`${label}: no sheet ${recap.sheet}`);
  const top = budgetTop(recap.rows.length + 2 + recap.orphans.length);
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  const keys = ["capaianSasaran", "pagu", "realisasi", "serapan", "efisiensi"] as const;
  recap.budget.forEach((b, i) => {
    const row = top + 1 + i;
    const line = snap.values[row - snap.top] ?? [];
    if (line[BUDGET_COLUMNS.findIndex((c) => c.key === "sasaran") - snap.left] !== b.sasaran)
      mismatches.push(`${label} ${recap.sheet}!${row + 1}: not the row of ${b.sasaran}`);
    for (const k of keys) {
      const got = blank(line[BUDGET_COLUMNS.findIndex((c) => c.key === k) - snap.left] ?? null);
      const want = b[k];
      const ok =
        typeof want === "number"
          ? typeof got === "number" && close(got, want)
          : want === null
            ? got === null
            : got === want;
      if (typeof want === "number") numbers++;
      if (!ok)
        mismatches.push(
          `${label} ${recap.sheet}!${row + 1} ${b.sasaran} ${k}: sheet ${JSON.stringify(got)}, core ${JSON.stringify(want)}`
        );
    }
  });
  return { mismatches, compared: recap.budget.length, numbers };
}

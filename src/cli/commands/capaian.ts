/**
 * kinerja capaian IN.xlsx [--out OUT.xlsx] [--tw 1-4] [--cap none|100|120] [--decree FILE.json] [--json]
 * Hitung Capaian: with --out, the workbook gets the Realisasi Tahun / Capaian / Kategori
 * formulas and the Ringkasan Capaian sheet (and the overridden settings in its Info cells, so
 * the formulas follow). Without --out nothing is written. The figures printed are the core's.
 */
import { CAPAIAN, runAction } from "../../app";
import type { Lang } from "../../core/i18n/types";
import type { CapaianPlan } from "../../core/workbook/capaian-plan";
import { CEK_ISIAN } from "../../core/workbook/formulas";
import { listedPrograms } from "../../core/workbook/anggaran/model";
import { round2 } from "../../core/rules/capaian";
import { settingWord } from "../../core/workbook/settings";
import type { TargetValue } from "../../core/rules/check-target";
import type { EntryValue } from "../../core/rules/parse-entry";
import { packagePort } from "../../xlsx/port";
import { percentUnitsText } from "../../core/i18n/figures";
import { actionInput, formatNumber, type Ctx } from "../context";
import { checkOutPath, readXlsx, writeXlsxAtomic } from "../io";
import { m } from "../messages";

type Computed = Omit<CapaianPlan, "plan">;

/** One indicator in --json: numbers in display units, grades and opinions as codes. */
export interface IndicatorJson {
  sheet: string;
  /** 1-based row of the indicator in the (output) workbook. */
  row: number;
  indikator: string;
  target: number | string | { min: number; max: number } | null;
  realisasi: number | string | null;
  /** Percent, two decimals, cap applied; null when it cannot be computed. */
  capaian: number | null;
  /** The kategori as the workbook writes it (Indonesian label), or null. */
  kategori: string | null;
  /** A filled cell the sheet cannot read ("cek isian" on the sheet): which one, else null. */
  cekIsian: "realisasi" | "target" | null;
  /**
   * Codes of the indicator's error findings (as `kinerja validate` reports them) — entries that
   * still count as they stand on the sheet and here, e.g. a date in a quarter
   * ("realisasi.looksLikeDate"). Empty when none.
   */
  errors: string[];
  /** Periode: which quarters are expected ("quarterly", "semiannual", "annual"). */
  period: "quarterly" | "semiannual" | "annual";
  /**
   * The rencana aksi at the reporting quarter: the target up to it (display units), the
   * capaian against it (percent, two decimals) and its kategori; null where the sheet has no
   * quarter target. `cekIsianTw`: where "cek isian" shows ("target" or "capaian"), else null.
   */
  targetTw: number | null;
  capaianTw: number | null;
  kategoriTw: string | null;
  cekIsianTw: "target" | "capaian" | null;
  /** Penanggung Jawab as typed on the sheet; null where blank or the sheet has no such column. */
  penanggungJawab: string | null;
  /**
   * Realisasi Tahun Lalu and Target Renstra (display units, like `target`), the change of the
   * year's realisasi from last year's (`perubahan`, in the indicator's units) and the capaian
   * against the Renstra target (percent, two decimals); null where absent. `cekIsianLkj`
   * names those the sheet shows as "cek isian".
   */
  realisasiTahunLalu: number | null;
  targetRenstra: number | null;
  perubahan: number | null;
  capaianRenstra: number | null;
  cekIsianLkj: ("perubahan" | "capaianRenstra")[];
}

/**
 * One program of the Anggaran sheet in --json: rupiah, and percents with two decimals as the
 * sheet shows them (serapan 85.5 means 85,50%); null where the sheet is blank, "cek isian"
 * where it shows that.
 */
export interface AnggaranJson {
  sheet: string;
  /** 1-based row in the (output) workbook. */
  row: number;
  program: string;
  sasaran: string;
  pagu: number | null;
  /** Realisasi s.d. TW pelaporan. */
  realisasi: number | null | "cek isian";
  serapan: number | null | "cek isian";
  /** The average capaian of the sasaran's indicators (percent). */
  capaianSasaran: number | null | "cek isian";
  /** 1 − % serapan ÷ capaian sasaran (PMK 214/PMK.02/2017), as a percent. */
  efisiensi: number | null | "cek isian";
}

const percent2 = (v: number | null | "cek isian"): number | null | "cek isian" =>
  typeof v === "number" ? round2(v * 100) : v;

/** The Anggaran rows that hold a program, a pagu or a realisasi (blank rows left out). */
export function anggaranOf(cp: Computed): AnggaranJson[] {
  const a = cp.anggaran;
  if (a === undefined) return [];
  return listedPrograms(a.rows).map((r) => ({
    sheet: a.sheet,
    row: r.row + 1,
    program: r.program,
    sasaran: r.sasaran,
    pagu: r.pagu.reading === "value" ? r.pagu.value : null,
    realisasi: r.realisasi,
    serapan: percent2(r.serapan),
    capaianSasaran: percent2(r.capaianSasaran),
    efisiensi: percent2(r.efisiensi),
  }));
}

/** Where each computed result sits: the planner evaluates per RKT table, entries per sheet. */
export function indicatorsOf(cp: Computed): IndicatorJson[] {
  const out: IndicatorJson[] = [];
  const seen = new Set<string>();
  for (const { sheet, evaluation } of cp.evaluations) {
    if (seen.has(sheet)) continue;
    seen.add(sheet);
    const mine = cp.entries.filter((e) => e.sheet === sheet);
    const errors = new Map<string, string[]>();
    for (const f of evaluation.findings) {
      if (f.severity !== "error") continue;
      const codes = errors.get(f.indicatorId) ?? [];
      if (!codes.includes(f.code)) codes.push(f.code);
      errors.set(f.indicatorId, codes);
    }
    mine.forEach((e, i) => {
      const r = evaluation.results[i];
      if (r === undefined) return;
      out.push({
        sheet,
        row: e.row + 1,
        indikator: e.entry.indicator.text,
        target: targetJson(r.target),
        realisasi: valueJson(r.realisasi),
        capaian: r.capaianRounded,
        kategori: r.kategori?.label.id ?? null,
        cekIsian: r.cekIsian,
        errors: errors.get(r.indicatorId) ?? [],
        period: e.entry.indicator.period ?? "quarterly",
        targetTw: r.targetTw,
        capaianTw: r.capaianTwRounded,
        kategoriTw: r.kategoriTw?.label.id ?? null,
        cekIsianTw: r.cekIsianTw,
        penanggungJawab: e.texts.penanggungJawab === "" ? null : e.texts.penanggungJawab,
        realisasiTahunLalu: r.realisasiTahunLalu,
        targetRenstra: r.targetRenstra,
        perubahan: r.perubahan,
        capaianRenstra: r.capaianRenstraRounded,
        cekIsianLkj: (["perubahan", "capaianRenstra"] as const).filter((k) => r.cekIsianLkj[k]),
      });
    });
  }
  return out;
}

function targetJson(t: TargetValue | null): IndicatorJson["target"] {
  if (t === null) return null;
  return typeof t === "object" ? { min: t.min, max: t.max } : t;
}

const valueJson = (v: EntryValue | null): number | string | null => v;

const shown = (lang: Lang, v: IndicatorJson["target"]): string =>
  v === null
    ? "-"
    : typeof v === "number"
      ? formatNumber(lang, v)
      : typeof v === "string"
        ? v
        : `${formatNumber(lang, v.min)}–${formatNumber(lang, v.max)}`;

/** Above this many indicators the text summary leaves out the per-indicator list. */
const LIST_LIMIT = 100;

function summaryText(lang: Lang, cp: Computed, indicators: IndicatorJson[]): string[] {
  const pct = (n: number | null) => (n === null ? "-" : percentUnitsText(n, lang));
  const lines = [
    m(lang, "settings.used", {
      tw: settingWord("reportingQuarter", cp.settings.reportingQuarter),
      cap: settingWord("cap", cp.settings.cap),
    }),
  ];
  const counted = indicators.filter((i) => i.capaian !== null);
  // The average of the unrounded capaian, as the Ringkasan sheet's AVERAGE computes it (the
  // rounded figures per indicator are for display only).
  const exact = cp.evaluations.flatMap((e) =>
    e.evaluation.results.flatMap((r) => (r.capaian === null ? [] : [r.capaian]))
  );
  const avg = exact.length === 0 ? null : exact.reduce((s, c) => s + c, 0) / exact.length;
  for (const { sheet, evaluation } of cp.evaluations) {
    const o = evaluation.summary.overall;
    lines.push(
      m(lang, "capaian.sheet", {
        sheet,
        indicators: o.indicators,
        average: pct(o.averageRounded),
        kategori: o.kategori?.label[lang] ?? "-",
      })
    );
  }
  if (indicators.length <= LIST_LIMIT) {
    const width = Math.max(0, ...indicators.map((i) => `${i.sheet}!${i.row}`.length));
    for (const i of indicators) {
      const text = i.indikator.replace(/\s+/g, " ");
      const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
      lines.push(
        `${i.errors.length > 0 ? "!" : " "} ${`${i.sheet}!${i.row}`.padEnd(width)}  ${short.padEnd(60)}  ${shown(lang, i.target).padStart(8)}  ${(i.cekIsian === "realisasi" ? CEK_ISIAN : shown(lang, i.realisasi)).padStart(8)}  ${(i.cekIsian !== null ? CEK_ISIAN : pct(i.capaian)).padStart(9)}  ${i.kategori ?? "-"}`
      );
    }
  } else lines.push(m(lang, "capaian.many", { count: indicators.length }));
  const byKategori = new Map<string, number>();
  for (const i of counted)
    byKategori.set(i.kategori ?? "-", (byKategori.get(i.kategori ?? "-") ?? 0) + 1);
  lines.push(
    m(lang, "capaian.kategori", {
      list:
        byKategori.size === 0
          ? m(lang, "none")
          : [...byKategori].map(([k, n]) => `${k} ${n}`).join(", "),
    })
  );
  const flagged = indicators.filter((i) => i.errors.length > 0).length;
  if (flagged > 0) lines.push(m(lang, "capaian.errors", { count: flagged }));
  lines.push(
    m(lang, "capaian.summary", {
      indicators: indicators.length,
      counted: counted.length,
      average: avg === null ? "-" : percentUnitsText(avg, lang),
    })
  );
  return lines;
}

export async function capaianCommand(ctx: Ctx): Promise<number> {
  const { lang, io, args } = ctx;
  const out = typeof args.options.out === "string" ? ctx.path(args.options.out) : undefined;
  if (out !== undefined) await checkOutPath(lang, out);
  const wb = await readXlsx(lang, ctx.path(args.input as string));
  // With --out the formulas are written, and --tw / --cap with them into the Info cells.
  const { result: cp } = await runAction(
    packagePort(wb),
    CAPAIAN,
    await actionInput(ctx),
    undefined,
    {
      write: out !== undefined,
    }
  );
  if (out !== undefined) await writeXlsxAtomic(lang, wb, out);
  const indicators = indicatorsOf(cp);
  if (args.options.json === true)
    io.stdout(`${JSON.stringify({ indicators, anggaran: anggaranOf(cp) })}\n`);
  else io.stdout(`${summaryText(lang, cp, indicators).join("\n")}\n`);
  io.stderr(
    `${out !== undefined ? m(lang, "io.written", { path: out }) : m(lang, "capaian.notWritten")}\n`
  );
  return 0;
}

/**
 * The recap's figures as the core computes them: each RKT sheet evaluated on its own (its
 * sasaran averages), the overall average over all indicators, and one row per indicator with
 * the texts the PDF and CSV print. The sheet gets formulas for the same cells (formulas.ts).
 */
import { sheetUnits } from "../../rules/sheet-reading";
import { CEK_ISIAN } from "../formulas";
import type { Bilingual } from "../../i18n";
import type { IndicatorKind } from "../../decree/schema";
import { describeTarget, type TargetValue } from "../../rules/check-target";
import type { RuleOptions } from "../../rules/entry";
import { anyTyped, evaluate } from "../../rules/evaluate";
import type { KategoriBand } from "../../rules/kategori";
import type { EntryValue } from "../../rules/parse-entry";
import type { IndicatorResult } from "../../rules/result";
import { summarise, type Average } from "../../rules/summary";
import type { LocatedEntry } from "../entries";
import { cellAt, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import type { Achievement, MeetingNote, RecapGroup, RecapRow } from "./model";
import { cellText } from "./notes";
import { PERIOD_WORDS } from "../../rules/words";
import { percentUnitsText } from "../../i18n/figures";

/** 103.75 -> "103,75%" (two decimals, as the sheet's 0.00% format shows it). */
const persen = (n: number): string => percentUnitsText(n, "id");

/** "RKT Sekretariat" -> "Sekretariat". */
export const unitOf = (sheet: string): string => sheet.replace(/^RKT\s+/i, "");

export function findSheetOf(book: WorkbookSnapshot, name: string): SheetSnapshot {
  return book.sheets.find((s) => s.name === name) ?? book.sheets[0]!;
}

function valueText(v: TargetValue | EntryValue | null, kind: IndicatorKind, unit: string): string {
  if (v === null) return "";
  const s = describeTarget(v, kind).id;
  return kind === "count" && unit !== "" && typeof v !== "string" ? `${s} ${unit}` : s;
}

/** A number in the indicator's units as printed ("" when null); percents with "%". */
function figure(v: number | null, kind: IndicatorKind, unit: string): string {
  if (v === null) return "";
  return kind === "percent" ? persen(v) : valueText(v, kind, unit);
}

/** The LKj figures' texts: "cek isian" where the sheet shows it. */
function lkjText(r: IndicatorResult, kind: IndicatorKind, unit: string): RecapRow["lkjText"] {
  const cek = (flag: boolean, text: string) => (flag ? CEK_ISIAN : text);
  return {
    targetTw: cek(r.cekIsianTw === "target", figure(r.targetTw, kind, unit)),
    capaianTw: cek(
      r.cekIsianTw !== null,
      r.capaianTwRounded === null ? "" : persen(r.capaianTwRounded)
    ),
    realisasiLalu: figure(r.realisasiTahunLalu, kind, unit),
    perubahan: cek(r.cekIsianLkj.perubahan, figure(r.perubahan, kind, unit)),
    targetRenstra: figure(r.targetRenstra, kind, unit),
    capaianRenstra: cek(
      r.cekIsianLkj.capaianRenstra,
      r.capaianRenstraRounded === null ? "" : persen(r.capaianRenstraRounded)
    ),
  };
}

/** A capaian with its text and the band of kategori `key` (none when the key is absent). */
export function achievement(
  capaian: number | null,
  bands: readonly KategoriBand[],
  key?: string
): Achievement {
  const i = key === undefined ? -1 : bands.findIndex((b) => b.key === key);
  return {
    capaian,
    capaianText: capaian === null ? "" : persen(capaian),
    kategori: i < 0 ? "" : (bands[i] as KategoriBand).label.id,
    kategoriIndex: i < 0 ? null : i,
  };
}

/**
 * Each RKT sheet evaluated on its own, in order: the results (one per entry, in the entries'
 * order) with each entry's error findings (entries that count as they stand but are wrong, a
 * date in a quarter), the sasaran averages per sheet, and the overall average.
 */
export function evaluateSheets(
  entries: readonly LocatedEntry[],
  bands: readonly KategoriBand[],
  options: RuleOptions
): { results: IndicatorResult[]; errors: Bilingual[][]; sasaran: RecapGroup[]; total: Average } {
  const sheets = [...new Set(entries.map((e) => e.sheet))];
  const whole = { ...options, started: options.started ?? anyTyped(entries.map((e) => e.entry)) };
  const results: IndicatorResult[] = [];
  const errors: Bilingual[][] = [];
  const sasaran: RecapGroup[] = [];
  for (const sheet of sheets) {
    const mine = entries.filter((e) => e.sheet === sheet);
    const ev = evaluate(
      mine.map((e) => e.entry),
      whole
    );
    results.push(...ev.results);
    for (const r of ev.results)
      errors.push(
        ev.findings
          .filter((f) => f.severity === "error" && f.indicatorId === r.indicatorId)
          .map((f) => f.message)
      );
    for (const g of ev.summary.sasaran)
      sasaran.push({
        unit: unitOf(sheet),
        sasaran: g.sasaran,
        indicators: g.indicators,
        counted: g.counted,
        reached: g.reached,
        ...achievement(g.average, bands, g.kategori?.key),
      });
  }
  return { results, errors, sasaran, total: summarise(results, options).overall };
}

/** The Kode a recap row carries: the RKT row's Kode cell, else the indicator's id. */
export function rowKode(book: WorkbookSnapshot, e: LocatedEntry): string {
  const col = e.columns.kode;
  const typed = col === undefined ? "" : cellText(cellAt(findSheetOf(book, e.sheet), e.row, col));
  return typed || e.entry.indicator.id;
}

/** The i-th indicator's row: the core's result, what the RKT sheet shows, the meeting's note. */
export function recapRow(
  book: WorkbookSnapshot,
  e: LocatedEntry,
  r: IndicatorResult,
  i: number,
  bands: readonly KategoriBand[],
  notes: ReadonlyMap<string, MeetingNote>,
  errors: readonly Bilingual[] = [],
  quarter: 1 | 2 | 3 | 4 = 4
): RecapRow {
  const sheet = findSheetOf(book, e.sheet);
  const at = (k: keyof LocatedEntry["columns"]) =>
    e.columns[k] === undefined ? "" : cellText(cellAt(sheet, e.row, e.columns[k] as number));
  const ind = e.entry.indicator;
  const unit = at("satuan") || (ind.target?.kind === "count" ? ind.target.unit : "");
  const kode = rowKode(book, e);
  const note = notes.get(kode);
  return {
    no: i + 1,
    unit: unitOf(e.sheet),
    sheet: e.sheet,
    row: e.row,
    kode,
    sasaran: ind.sasaran,
    indikator: ind.text,
    kind: ind.kind,
    units: sheetUnits(e.entry.target, ind.kind),
    satuan: unit,
    target: r.target,
    targetText: valueText(r.target, ind.kind, unit),
    realisasi: r.realisasi,
    realisasiText: r.cekIsian === "realisasi" ? CEK_ISIAN : valueText(r.realisasi, ind.kind, unit),
    attainment: r.attainment?.label.id ?? "",
    cekIsian: r.cekIsian,
    ...achievement(r.capaian, bands, r.kategori?.key),
    ...(r.cekIsian !== null && { capaianText: CEK_ISIAN }),
    permasalahan: note?.permasalahan || (e.texts.permasalahan[quarter - 1] ?? ""),
    rencanaTindakLanjut:
      note?.rencanaTindakLanjut || (e.texts.rencanaTindakLanjut[quarter - 1] ?? ""),
    meetingNote: {
      permasalahan: (note?.permasalahan ?? "") !== "",
      rencanaTindakLanjut: (note?.rencanaTindakLanjut ?? "") !== "",
    },
    penanggungJawab: e.texts.penanggungJawab,
    realisasiTahunLalu: r.realisasiTahunLalu,
    targetRenstra: r.targetRenstra,
    perubahan: r.perubahan,
    capaianRenstra: r.capaianRenstra,
    targetTw: r.targetTw,
    capaianTw: r.capaianTw,
    periode: PERIOD_WORDS[ind.period ?? "quarterly"],
    cekIsianTw: r.cekIsianTw,
    cekIsianLkj: r.cekIsianLkj,
    lkjText: lkjText(r, ind.kind, unit),
    keterangan: at("keterangan"),
    errors: [...errors],
  };
}

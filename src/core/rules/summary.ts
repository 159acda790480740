/**
 * Averages of capaian per sasaran and overall, as LKj tables show them. Only indicators with a
 * capaian count; the averages use each indicator's capaian after the cap (the cap is stated).
 * The overall average is over indicators (not over sasaran averages); both are given.
 */
import type { Bilingual } from "../i18n";
import { round2, type Cap } from "./capaian";
import type { RuleOptions } from "./entry";
import { kategoriOf } from "./kategori";
import type { IndicatorResult } from "./result";

/**
 * Tercapai: capaian that shows as 100,00% or more. Computed in other units on the sheet
 * (1 - 2e-16 there can be 100 here), so both sides compare with the two-decimal boundary.
 */
export const REACHED_AT = 99.995;

/** The sheets' COUNTIF criterion for tercapai: what shows as 100,00% (a fraction there). */
export const REACHED_CRITERION = `>=${REACHED_AT / 100}`;

export interface Average {
  /** Indicators in the group, and how many have a capaian. */
  indicators: number;
  counted: number;
  /** How many reached their target (capaian at least 100%): "x dari y indikator tercapai". */
  reached: number;
  average: number | null;
  averageRounded: number | null;
  kategori: { key: string; label: Bilingual } | null;
}

export interface SasaranSummary extends Average {
  sasaran: string;
  indicatorIds: string[];
}

export interface Summary {
  sasaran: SasaranSummary[];
  overall: Average & { averageOfSasaran: number | null };
  cap: Cap;
}

function average(results: readonly IndicatorResult[], options: RuleOptions): Average {
  let sum = 0;
  let counted = 0;
  let reached = 0;
  for (const r of results) {
    if (r.capaian !== null) {
      sum += r.capaian;
      counted++;
      if (r.capaian >= REACHED_AT) reached++;
    }
  }
  const avg = counted === 0 ? null : sum / counted;
  const band = avg === null ? undefined : kategoriOf(avg, options.kategori);
  return {
    indicators: results.length,
    counted,
    reached,
    average: avg,
    averageRounded: avg === null ? null : round2(avg),
    kategori: band ? { key: band.key, label: band.label } : null,
  };
}

/**
 * Per-sasaran averages (sasaran in order of first appearance) and the overall average.
 * @example summarise(evaluate(entries).results, DEFAULT_OPTIONS).overall.averageRounded
 */
export function summarise(results: readonly IndicatorResult[], options: RuleOptions): Summary {
  const groups = new Map<string, IndicatorResult[]>();
  for (const r of results) {
    const key = r.sasaran.trim();
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const sasaran: SasaranSummary[] = [];
  for (const [name, rs] of groups) {
    const ids: string[] = new Array<string>(rs.length);
    for (let i = 0; i < rs.length; i++) ids[i] = rs[i]!.indicatorId;
    const a = average(rs, options);
    // The fields in the order the spread of `average` gave them.
    sasaran.push({
      sasaran: name,
      indicatorIds: ids,
      indicators: a.indicators,
      counted: a.counted,
      reached: a.reached,
      average: a.average,
      averageRounded: a.averageRounded,
      kategori: a.kategori,
    });
  }
  const withAvg = sasaran.filter((s) => s.average !== null);
  const averageOfSasaran =
    withAvg.length === 0
      ? null
      : withAvg.reduce((a, s) => a + (s.average ?? 0), 0) / withAvg.length;
  return { sasaran, overall: { ...average(results, options), averageOfSasaran }, cap: options.cap };
}

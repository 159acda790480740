/**
 * An indicator's capaian in words ("83 ÷ 80 × 100 = 103,75%, TW I, aturan Terakhir"), in both
 * languages. It works the number out again from the result's own inputs with the same
 * functions the evaluation uses (capaian.ts), and returns that number beside the words: a test
 * holds it equal to the computed capaian for random entries, so the words cannot drift from
 * the figure.
 */
import { bilingual, t, type Bilingual, type Lang, type MessageKey } from "../i18n";
import {
  applyCap,
  capaianGrade,
  capaianNumeric,
  capaianOpinion,
  comparedBound,
  round2,
} from "./capaian";
import { twWord, type Quarter } from "./finding";
import { formatEnNumber, formatIdNumber } from "./number-id";
import type { IndicatorResult } from "./result";
import { AGGREGATION_WORDS, DIRECTION_WORDS } from "./words";
import { gradeRank, isGrade, isOpinion, OPINION_RANK } from "./scales";
import type { EntryValue } from "./parse-entry";

export interface Working {
  /** The capaian as the words work it out (two decimals, cap applied); null when none. */
  capaian: number | null;
  /** The working, one line per step (the main line first). */
  lines: Bilingual[];
}

/** A number as each language writes it (up to four decimals for inputs). */
function num(n: number, decimals = 4): Bilingual {
  return { id: formatIdNumber(n, decimals), en: formatEnNumber(n, decimals) };
}

const value = (v: EntryValue): Bilingual => (typeof v === "number" ? num(v) : { id: v, en: v });

/** A message whose parameters may differ per language (numbers: 103,75 / 103.75). */
function msg(key: MessageKey, params: Record<string, string | number | Bilingual>): Bilingual {
  const pick = (lang: Lang) =>
    Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, typeof v === "object" ? v[lang] : v])
    );
  return { id: t("id", key, pick("id")), en: t("en", key, pick("en")) };
}

/** Join parts per language. */
function join(parts: readonly (string | Bilingual)[]): Bilingual {
  const pick = (lang: Lang) => parts.map((p) => (typeof p === "string" ? p : p[lang])).join("");
  return { id: pick("id"), en: pick("en") };
}

/** The last quarter up to the reporting one whose realisasi was read. */
function lastQuarter(r: IndicatorResult, reporting: Quarter): Quarter | undefined {
  let last: Quarter | undefined;
  for (const q of r.quarters) if (q.status === "value" && q.quarter <= reporting) last = q.quarter;
  return last;
}

/**
 * The working of one indicator's capaian, as the evaluation computed it.
 * @example explainCapaian(result, 1).lines[0].id // "83 ÷ 80 × 100 = 103,75%, TW I, aturan Terakhir"
 */
export function explainCapaian(r: IndicatorResult, reporting: Quarter): Working {
  // Pembilang ÷ Penyebut give the year to date without any quarter typed: up to the reporting one.
  const q = lastQuarter(r, reporting) ?? (r.realisasi !== null ? reporting : undefined);
  const rule = AGGREGATION_WORDS[r.aggregation];
  if (r.cekIsian !== null) return { capaian: null, lines: [bilingual("working.cekIsian")] };
  if (r.realisasi === null || q === undefined)
    return { capaian: null, lines: [bilingual("working.noRealisasi", { tw: twWord(reporting) })] };
  if (r.target === null) return { capaian: null, lines: [bilingual("working.noTarget")] };

  const real = r.realisasi;
  const target = r.target;
  let uncapped: number | undefined;
  let step: Bilingual | undefined;
  const lines: Bilingual[] = [];
  if (typeof real === "number" && typeof target !== "string") {
    uncapped = capaianNumeric(real, target, r.direction);
    const bound = comparedBound(real, target);
    if (uncapped !== undefined) {
      const shown = num(round2(uncapped), 2);
      if (bound === undefined && typeof target === "object")
        step = msg("working.inRange", {
          realisasi: value(real),
          min: num(target.min),
          max: num(target.max),
        });
      else if (bound !== undefined) {
        const t = num(bound);
        step =
          r.direction === "higher"
            ? join([value(real), " ÷ ", t, " × 100 = ", shown, "%"])
            : join(["(2 × ", t, " − ", value(real), ") ÷ ", t, " × 100 = ", shown, "%"]);
        if (typeof target === "object")
          lines.push(
            msg(bound === target.max ? "working.rangeUpper" : "working.rangeLower", {
              min: num(target.min),
              max: num(target.max),
            })
          );
      }
      if (r.direction === "lower")
        lines.push(bilingual("working.lower", { word: DIRECTION_WORDS.lower }));
    }
  } else if (isGrade(real) && isGrade(target)) {
    uncapped = capaianGrade(real, target, r.gradeRule.key);
    step = ordinalStep(real, target, gradeRank(real), gradeRank(target), r, uncapped);
  } else if (isOpinion(real) && isOpinion(target)) {
    uncapped = capaianOpinion(real, target, r.gradeRule.key);
    step = ordinalStep(real, target, OPINION_RANK[real], OPINION_RANK[target], r, uncapped);
  }
  if (uncapped === undefined || step === undefined)
    return { capaian: null, lines: [bilingual("working.noTarget")] };

  const capped = applyCap(uncapped, r.cap.key);
  const main = join([step, bilingual("working.tail", { tw: twWord(q), rule })]);
  if (r.aggregation === "sum") {
    const parts = r.quarters.filter((x) => x.status === "value" && x.quarter <= reporting);
    if (parts.length > 1 && parts.every((x) => typeof x.value === "number"))
      lines.unshift(
        join([
          bilingual("working.sum", { tw: twWord(q) }),
          ...parts.flatMap((x, i) => [i === 0 ? "" : " + ", num(x.value as number)]),
          " = ",
          value(real),
        ])
      );
  }
  if (capped !== uncapped)
    lines.push(
      msg("working.cap", {
        cap: r.cap.key,
        from: num(round2(uncapped), 2),
        to: num(round2(capped), 2),
      })
    );
  return { capaian: round2(capped), lines: [main, ...lines] };
}

function ordinalStep(
  real: string,
  target: string,
  rankR: number,
  rankT: number,
  r: IndicatorResult,
  capaian: number
): Bilingual {
  if (r.gradeRule.key === "rank")
    return join([
      bilingual("working.rank", { realisasi: real, rankR, target, rankT }),
      num(round2(capaian), 2),
      "%",
    ]);
  return bilingual(capaian >= 100 ? "working.reached" : "working.notReached", {
    realisasi: real,
    target,
  });
}

/**
 * The indicator's other figures the RKT sheet shows beside its capaian, in words: the rencana
 * aksi at the reporting quarter (Target / Capaian / Kategori s.d. TW Pelaporan) and the LKj
 * comparisons (Perubahan dari Tahun Lalu, Capaian terhadap Target Renstra). Each line is there
 * only where the sheet shows a figure or "cek isian"; the numbers are the result's own, rounded
 * as the sheet displays them.
 */
export function explainComparisons(r: IndicatorResult, reporting: Quarter): Bilingual[] {
  const lines: Bilingual[] = [];
  const pct = r.kind === "percent";
  const amount = (n: number): Bilingual => {
    const b = num(n, 2);
    return pct ? { id: `${b.id}%`, en: `${b.en}%` } : b;
  };
  if (r.cekIsianTw !== null) lines.push(bilingual("working.twCek", { tw: twWord(reporting) }));
  else if (r.targetTw !== null && r.capaianTwRounded !== null) {
    const kategori = r.kategoriTw;
    lines.push(
      msg("working.tw", {
        tw: twWord(reporting),
        target: amount(r.targetTw),
        capaian: num(r.capaianTwRounded, 2),
        kategori:
          kategori === null ? "" : { id: ` (${kategori.label.id})`, en: ` (${kategori.label.en})` },
      })
    );
  }
  if (r.cekIsianLkj.perubahan)
    lines.push(msg("working.lkjCek", { what: "Perubahan dari Tahun Lalu" }));
  else if (r.perubahan !== null && r.realisasiTahunLalu !== null) {
    const change = num(Math.abs(r.perubahan), 2);
    const sign = r.perubahan > 0 ? "+" : r.perubahan < 0 ? "\u2212" : "";
    const unit = pct ? { id: " poin persen", en: " percentage points" } : { id: "", en: "" };
    lines.push(
      msg("working.lastYear", {
        last: amount(r.realisasiTahunLalu),
        change: {
          id: `${sign}${change.id}${unit.id}`,
          en: `${sign}${change.en}${unit.en}`,
        },
      })
    );
  }
  if (r.cekIsianLkj.capaianRenstra)
    lines.push(msg("working.lkjCek", { what: "Capaian terhadap Target Renstra" }));
  else if (r.capaianRenstraRounded !== null && r.targetRenstra !== null)
    lines.push(
      msg("working.renstra", {
        target: amount(r.targetRenstra),
        capaian: num(r.capaianRenstraRounded, 2),
      })
    );
  return lines;
}

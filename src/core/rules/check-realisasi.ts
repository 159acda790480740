/**
 * Read realisasi TW I..IV (and components) for one indicator and check each quarter: unreadable
 * entries, values outside the kind's range, quarters after the reporting quarter, missing
 * quarters up to it, cumulative values that fall.
 */
import type { Indicator } from "../decree/schema";
import type { Aggregation } from "./aggregate";
import { isDateFormat, isPercentFormat, type CellInput } from "./cell";
import { describeTarget, kindLabel } from "./check-target";
import { bilingual } from "../i18n";
import {
  finding,
  sharedLabel,
  QUARTERS,
  twWord,
  type Finding,
  type FindingCode,
  type Quarter,
} from "./finding";
import {
  parseEntry,
  type EntryValue,
  type Fix,
  type ParsedEntry,
  type ParseProblem,
} from "./parse-entry";
import { formatIdNumber } from "./number-id";
import { sheetReading, sheetUnits } from "./sheet-reading";
import type { IndicatorEntry } from "./entry";
import { round2 } from "./capaian";
import { EXPECTED_QUARTERS } from "./words";

export type QuarterStatus = "value" | "empty" | "invalid" | "notDue";

export interface QuarterReading {
  quarter: Quarter;
  status: QuarterStatus;
  value: EntryValue | undefined;
  /** Components of the quarter, when realisasi came from numerator / denominator. */
  numerator?: number;
  denominator?: number;
}

const REALISASI_CODE: Record<ParseProblem, FindingCode> = {
  unparseable: "realisasi.unparseable",
  ambiguous: "realisasi.ambiguous",
  excelError: "realisasi.excelError",
  wrongKind: "realisasi.wrongKind",
  notOnScale: "realisasi.notOnScale",
};

function shown(cell: CellInput | undefined): string {
  const v: unknown = cell?.value;
  if (typeof v === "string") return v.length > 40 ? `${v.slice(0, 37)}...` : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}

function reportInvalid(
  p: ParsedEntry & { status: "invalid" },
  ind: Indicator,
  q: Quarter,
  out: Finding[]
): void {
  out.push(
    finding(
      REALISASI_CODE[p.problem],
      ind.id,
      "realisasi",
      {
        value: p.detail,
        expected: kindLabel(ind.kind),
        ...(p.readings ? { readings: p.readings } : {}),
      },
      q
    )
  );
}

function checkValue(
  p: ParsedEntry & { status: "value" },
  cell: CellInput | undefined,
  ind: Indicator,
  q: Quarter,
  targetMax: number | undefined,
  out: Finding[]
): void {
  const v = p.value;
  const id = ind.id;
  if (p.fromText && p.fix !== undefined)
    out.push(finding("realisasi.text", id, "realisasi", { value: shown(cell), fix: p.fix }, q));
  if (p.score !== undefined)
    out.push(
      finding(
        "realisasi.gradeFromScore",
        id,
        "realisasi",
        { value: p.score, expected: String(v) },
        q
      )
    );
  if (typeof v !== "number") return;
  // A date counts as its serial number on the sheet and here (one truth); say so at the cell.
  if (!p.fromText && isDateFormat(cell?.numberFormat)) {
    out.push(finding("realisasi.looksLikeDate", id, "realisasi", { value: v }, q));
    return;
  }
  // 0,78 typed for a target of 77 (or 78%): a fraction where the target is a whole number.
  const fraction = !p.fromText && v > 0 && v <= 1 && targetMax !== undefined && targetMax > 1;
  if (ind.kind === "percent") {
    if (v < 0) out.push(finding("realisasi.percentBelowZero", id, "realisasi", { value: v }, q));
    else if (v > 100)
      out.push(
        finding(
          dividesByTarget(ind) ? "realisasi.aboveTarget" : "realisasi.percentAbove100",
          id,
          "realisasi",
          { value: v },
          q
        )
      );
    else if (fraction && !isPercentFormat(cell?.numberFormat)) looksLikeFraction(v, ind, q, out);
  } else if (ind.kind === "index") {
    if (fraction) looksLikeFraction(v, ind, q, out);
  } else if (ind.kind === "count") {
    if (v < 0) out.push(finding("realisasi.negativeCount", id, "realisasi", { value: v }, q));
    else if (!Number.isInteger(v))
      out.push(finding("realisasi.notWholeNumber", id, "realisasi", { value: v }, q));
  }
}

/**
 * A number whose format disagrees with the row's units (an 85 in a General cell under a
 * target of 80% held as 0,8): the value as the formulas count it (in the rules' units), how
 * it reads, what it was meant as, and the fix that writes it in the target's units.
 */
function mixedUnits(
  cell: CellInput | undefined,
  units: "fraction" | "plain" | undefined
): { value: number; shown: string; expected: string; fix: Fix } | undefined {
  const raw: unknown = cell?.value;
  if (units === undefined || typeof raw !== "number" || !Number.isFinite(raw)) return undefined;
  if (isPercentFormat(cell?.numberFormat) === (units === "fraction")) return undefined;
  if (units === "fraction") {
    // 85 under 80%: counted as 8.500 %; meant 85 %, written 0,85 as a percent.
    const meant = Number((raw / 100).toPrecision(15));
    return {
      value: Number((raw * 100).toPrecision(15)),
      shown: formatIdNumber(raw, 4),
      expected: `${formatIdNumber(raw, 4)}%`,
      fix: { value: meant, numberFormat: Number.isInteger(raw) ? "0%" : "0.0#%" },
    };
  }
  // 0,85 shown as 85% under a target of 80: counted as 0,85; meant 85, written as a number.
  const meant = Number((raw * 100).toPrecision(15));
  return {
    value: raw,
    shown: `${formatIdNumber(meant, 4)}%`,
    expected: formatIdNumber(meant, 4),
    fix: { value: meant, numberFormat: "General" },
  };
}

function looksLikeFraction(v: number, ind: Indicator, q: Quarter, out: Finding[]): void {
  const expected = describeTarget(Number((v * 100).toPrecision(15)), ind.kind);
  out.push(finding("realisasi.looksLikeFraction", ind.id, "realisasi", { value: v, expected }, q));
}

/**
 * The decree computes this percent as something divided by the target ("… dibagi target x
 * 100%"): above 100% means the target was exceeded, not a typing error.
 */
export function dividesByTarget(ind: Pick<Indicator, "caraPenghitungan">): boolean {
  return /(?:dibagi(?:\s+dengan)?|\/)\s*target/i.test(ind.caraPenghitungan ?? "");
}

/**
 * Quarters typed to date ("s.d. TW": 0, 1, 1, 2 for a target of 2) under a "sum" indicator:
 * never falling, the last within the target, the sum beyond it. Said at the Agregasi cell,
 * with Kumulatif as the fix.
 */
function looksCumulative(
  readings: readonly QuarterReading[],
  ind: Indicator,
  targetMax: number | undefined,
  out: Finding[]
): void {
  const values = readings
    .filter((r) => r.status === "value" && typeof r.value === "number")
    .map((r) => r.value as number);
  if (values.length < 2 || targetMax === undefined || targetMax <= 0) return;
  const rising = values.every((x, i) => i === 0 || x >= (values[i - 1] as number));
  const sum = values.reduce((a, b) => a + b, 0);
  const last = values[values.length - 1] as number;
  if (!rising || last > targetMax || sum <= targetMax || last <= 0) return;
  out.push(
    finding("realisasi.looksCumulative", ind.id, "aggregation", {
      value: values.map((x) => String(x).replace(".", ",")).join("; "),
      expected: sum,
      fix: { value: "Kumulatif" },
    })
  );
}

const COMPONENT_LABELS = {
  numerator: sharedLabel(bilingual("component.numerator")),
  denominator: sharedLabel(bilingual("component.denominator")),
} as const;

/** A component cell as a count: a number, or undefined (with a finding when unreadable). */
function component(
  cell: CellInput | undefined,
  which: "numerator" | "denominator",
  ind: Indicator,
  q: Quarter,
  out: Finding[]
): number | "empty" | "invalid" {
  const p = parseEntry(cell, "count");
  if (p.status === "empty") return "empty";
  if (p.status === "invalid" || typeof p.value !== "number") {
    out.push(
      finding(
        "components.unparseable",
        ind.id,
        which,
        { value: shown(cell), detail: COMPONENT_LABELS[which] },
        q
      )
    );
    return "invalid";
  }
  return p.value;
}

/**
 * The quarters as read, with findings. Quarters after `reportingQuarter` are "notDue" and not
 * counted; a filled one is an error. An empty quarter the indicator's period expects is
 * missing once the workbook is `started`.
 */
export function readQuarters(
  entry: IndicatorEntry,
  reportingQuarter: Quarter,
  aggregation: Aggregation,
  targetMax: number | undefined,
  out: Finding[],
  started = true
): QuarterReading[] {
  const ind = entry.indicator;
  const units = sheetUnits(entry.target, ind.kind);
  // Only the quarters the indicator's Periode expects are missing when empty, and none
  // before anything is typed anywhere.
  const expected = started ? EXPECTED_QUARTERS[ind.period ?? "quarterly"] : [];
  const readings: QuarterReading[] = [];
  let previous: number | undefined;
  for (const q of QUARTERS) {
    const cell = entry.realisasi[q - 1];
    const p = parseEntry(cell, ind.kind);
    const comps = entry.components;
    if (q > reportingQuarter) {
      const filled =
        p.status !== "empty" ||
        (comps !== undefined &&
          (parseEntry(comps.numerator[q - 1], "count").status !== "empty" ||
            parseEntry(comps.denominator[q - 1], "count").status !== "empty"));
      if (filled)
        out.push(
          finding(
            "realisasi.afterReportingQuarter",
            ind.id,
            "realisasi",
            { expected: twWord(reportingQuarter) },
            q
          )
        );
      readings.push({ quarter: q, status: "notDue", value: undefined });
      continue;
    }
    let reading: QuarterReading = {
      quarter: q,
      status: p.status,
      value: p.status === "value" ? p.value : undefined,
    };
    const mixed = p.status === "value" ? mixedUnits(cell, units) : undefined;
    if (p.status === "invalid") reportInvalid(p, ind, q, out);
    else if (mixed !== undefined) {
      // The formulas divide the raw numbers: the cell counts in the target's units.
      out.push(
        finding(
          "realisasi.mixedUnits",
          ind.id,
          "realisasi",
          { value: mixed.shown, expected: mixed.expected, fix: mixed.fix },
          q
        )
      );
      reading = { quarter: q, status: "value", value: mixed.value };
    } else if (p.status === "value" && sheetReading(cell, ind.kind) === "unreadable") {
      // The rules can read it, the sheet's formulas cannot: counted nowhere until tidied.
      out.push(
        finding("realisasi.notCounted", ind.id, "realisasi", { value: shown(cell), fix: p.fix }, q)
      );
      reading = { quarter: q, status: "invalid", value: undefined };
    } else if (p.status === "value") checkValue(p, cell, ind, q, targetMax, out);
    if (comps !== undefined)
      reading = withComponents(reading, comps.numerator[q - 1], comps.denominator[q - 1], ind, out);
    if (reading.status === "empty" && expected.includes(q))
      out.push(finding("realisasi.missing", ind.id, "realisasi", {}, q));
    if (aggregation === "cumulative" && typeof reading.value === "number") {
      if (previous !== undefined && reading.value < previous) {
        out.push(
          finding(
            "realisasi.cumulativeFalls",
            ind.id,
            "realisasi",
            { value: reading.value, expected: previous },
            q
          )
        );
      }
      previous = reading.value;
    }
    readings.push(reading);
  }
  if (aggregation === "sum" && !readings.some((r) => r.status === "invalid"))
    looksCumulative(readings, ind, targetMax, out);
  return readings;
}

function withComponents(
  reading: QuarterReading,
  numCell: CellInput | undefined,
  denCell: CellInput | undefined,
  ind: Indicator,
  out: Finding[]
): QuarterReading {
  const q = reading.quarter;
  const num = component(numCell, "numerator", ind, q, out);
  const den = component(denCell, "denominator", ind, q, out);
  if (num === "empty" && den === "empty") return reading;
  if (num === "invalid" || den === "invalid") return reading;
  if (num === "empty" || den === "empty") {
    out.push(
      finding("components.incomplete", ind.id, num === "empty" ? "numerator" : "denominator", {}, q)
    );
    return reading;
  }
  if (den === 0) {
    out.push(finding("components.zeroDenominator", ind.id, "denominator", {}, q));
    return reading;
  }
  const computed = (num / den) * 100;
  if (typeof reading.value === "number" && round2(reading.value) !== round2(computed)) {
    out.push(
      finding(
        "components.mismatch",
        ind.id,
        "realisasi",
        { value: reading.value, expected: computed },
        q
      )
    );
  }
  return { quarter: q, status: "value", value: computed, numerator: num, denominator: den };
}

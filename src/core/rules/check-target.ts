/** Read and check a target: missing, unreadable, of the wrong kind, zero, or off the decree. */
import { bilingual, type Bilingual } from "../i18n";
import type { Grade, Indicator, NumericTargetValue, Opinion, Target } from "../decree/schema";
import { isPercentFormat } from "./cell";
import { finding, sharedLabel, type Finding, type FindingCode } from "./finding";
import { formatEnNumber, formatIdNumber } from "./number-id";
import { over100, parseTarget, type Fix, type ParseProblem } from "./parse-entry";
import type { IndicatorEntry } from "./entry";
import { rangeTargetOfText, sheetReading } from "./sheet-reading";

export type TargetValue = NumericTargetValue | Grade | Opinion;

const TARGET_CODE: Record<ParseProblem, FindingCode> = {
  unparseable: "target.unparseable",
  ambiguous: "target.ambiguous",
  excelError: "target.excelError",
  wrongKind: "target.wrongKind",
  notOnScale: "target.notOnScale",
};

/** The kinds' names, built once and shared (frozen: messages are cached by them). */
const KIND_LABELS: Record<Indicator["kind"], Bilingual> = {
  percent: sharedLabel(bilingual("kind.percent")),
  index: sharedLabel(bilingual("kind.index")),
  count: sharedLabel(bilingual("kind.count")),
  grade: sharedLabel(bilingual("kind.grade")),
  opinion: sharedLabel(bilingual("kind.opinion")),
};

export const kindLabel = (kind: Indicator["kind"]): Bilingual => KIND_LABELS[kind];

/** A target for messages, in both languages: "80%", "80–90%", "2 Dokumen", "B". */
export function describeTarget(
  value: TargetValue,
  kind: Indicator["kind"]
): { id: string; en: string } {
  if (typeof value === "string") return { id: value, en: value };
  const unit = kind === "percent" ? "%" : "";
  const show = (f: (n: number) => string) =>
    typeof value === "number" ? `${f(value)}${unit}` : `${f(value.min)}–${f(value.max)}${unit}`;
  return { id: show((n) => formatIdNumber(n, 4)), en: show((n) => formatEnNumber(n, 4)) };
}

export function sameTarget(a: TargetValue, b: TargetValue): boolean {
  const eq = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (typeof a === "number" || typeof b === "number")
    return typeof a === "number" && typeof b === "number" && eq(a, b);
  return eq(a.min, b.min) && eq(a.max, b.max);
}

function fixFrom(target: Target, percentCell: boolean): Fix {
  const v = target.value;
  if (typeof v === "string") return { value: v };
  if (typeof v !== "number") return { value: target.text };
  if (target.kind === "percent")
    return percentCell ? { value: over100(v) } : { value: over100(v), numberFormat: "0%" };
  return { value: v };
}

/**
 * The target to compute with (undefined when there is none usable) and the findings about it.
 * @example readTarget({ indicator, target: { value: "80%" }, realisasi: [] }, undefined, out)
 */
export function readTarget(
  entry: IndicatorEntry,
  decree: Target | undefined,
  out: Finding[]
): TargetValue | undefined {
  const ind = entry.indicator;
  const id = ind.id;
  if (entry.target === undefined) {
    const own = ind.target;
    if (own === undefined) {
      out.push(finding("target.missing", id, "target"));
      return undefined;
    }
    if (own.kind !== ind.kind) {
      out.push(
        finding("target.wrongKind", id, "target", {
          value: own.text,
          expected: kindLabel(ind.kind),
        })
      );
      return undefined;
    }
    return checkValue(own.value, entry, decree, out);
  }
  const parsed = parseTarget(entry.target, ind.kind);
  if (parsed.status === "empty") {
    const fixable = decree !== undefined && decree.kind === ind.kind;
    out.push(
      finding(
        "target.missing",
        id,
        "target",
        fixable ? { fix: fixFrom(decree, isPercentFormat(entry.target.numberFormat)) } : {}
      )
    );
    return undefined;
  }
  if (parsed.status === "invalid") {
    out.push(
      finding(TARGET_CODE[parsed.problem], id, "target", {
        value: parsed.detail,
        expected: kindLabel(ind.kind),
        ...(parsed.readings ? { readings: parsed.readings } : {}),
      })
    );
    return undefined;
  }
  if (targetUnreadable(entry)) {
    // The rules can read it, the sheet's formulas cannot: no capaian anywhere until tidied.
    out.push(
      finding("target.notCounted", id, "target", {
        value: String(entry.target.value),
        fix: parsed.fix ?? rangeFix(parsed.value, ind.kind),
      })
    );
    return undefined;
  }
  if (parsed.fromText && parsed.fix !== undefined) {
    out.push(
      finding("target.text", id, "target", { value: String(entry.target.value), fix: parsed.fix })
    );
  }
  return checkValue(parsed.value, entry, decree, out);
}

/** The target cell is filled but the sheet's formulas cannot read it (Capaian: "cek isian"). */
export function targetUnreadable(entry: IndicatorEntry): boolean {
  if (entry.target === undefined) return false;
  const kind = entry.indicator.kind;
  const range = (text: string) => rangeTargetOfText(text, kind) !== undefined;
  return sheetReading(entry.target, entry.indicator.kind, range) === "unreadable";
}

/** A range as the sheet's formulas read it: "80% - 90%", "7 - 8". */
function rangeFix(value: TargetValue, kind: Indicator["kind"]): Fix | undefined {
  if (typeof value !== "object") return undefined;
  const unit = kind === "percent" ? "%" : "";
  const n = (x: number) => `${String(x).replace(".", ",")}${unit}`;
  const text = `${n(value.min)} - ${n(value.max)}`;
  // Only a form the formulas read is a fix (not "1e-7", not more than 16 digits).
  return rangeTargetOfText(text, kind) === undefined ? undefined : { value: text };
}

function checkValue(
  value: TargetValue,
  entry: IndicatorEntry,
  decree: Target | undefined,
  out: Finding[]
): TargetValue | undefined {
  const ind = entry.indicator;
  if (decree !== undefined && decree.kind === ind.kind && !sameTarget(value, decree.value)) {
    out.push(
      finding("target.differsFromDecree", ind.id, "target", {
        value: describeTarget(value, ind.kind),
        expected: describeTarget(decree.value, ind.kind),
      })
    );
  }
  const tiny = (n: number) => Math.abs(n) < 1e-12;
  if (
    (typeof value === "number" && tiny(value)) ||
    (typeof value === "object" && tiny(value.max))
  ) {
    out.push(finding("target.zero", ind.id, "target"));
    return undefined;
  }
  return value;
}

/**
 * Excel reads a string written through Range.values or Range.formulas as if a person typed
 * it: "4 Maret 2021" becomes a date, "00123" or "1" a number, "1-2" a date, "(5)" -5, "TRUE"
 * a boolean. Text that must stay text gets the Text format ("@") in the same write op; the
 * Office.js adapter sets an op's number formats before its values, so the string lands as
 * typed text. exceljs writes strings as strings and needs none of this.
 */
import type { Plan, PlanOp } from "./plan";

const MONTH =
  "jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|nop|dec|des|peb|januari|februari|pebruari|maret|april|juni|juli|agustus|september|oktober|nopember|november|desember|january|february|march|june|july|august|october|december";

/**
 * Whether Excel (any locale) might store `text` as something other than that text: anything
 * that starts like a number, sign, formula, date or time, a month name with a number, a
 * currency amount, TRUE/FALSE. Generous on purpose: Text on a string that would have stayed
 * text changes nothing.
 */
export function mayBeRetyped(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@'(]/.test(t) || /^[\d.,]/.test(t)) return true;
  if (/^(true|false|benar|salah)$/i.test(t)) return true;
  if (/^(rp\.?|\$|€|£|¥)\s*[\d.,]/i.test(t)) return true;
  return new RegExp(`^(${MONTH})\\.?[\\s\\-/,]*\\d`, "i").test(t);
}

/** A write op with "@" set on every constant string Excel might retype (unless it sets a format). */
function keepOpText(op: PlanOp): PlanOp {
  if (op.op !== "write" || (op.values === undefined && op.formulas === undefined)) return op;
  const grid = op.values ?? op.formulas ?? [];
  let formats: (string | null)[][] | undefined;
  grid.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== "string" || v.startsWith("=") || !mayBeRetyped(v)) return;
      const given = op.numberFormats?.[r]?.[c];
      if (given !== undefined && given !== null) return;
      formats ??= grid.map((cells, i) => cells.map((_, j) => op.numberFormats?.[i]?.[j] ?? null));
      (formats[r] as (string | null)[])[c] = "@";
    })
  );
  return formats === undefined ? op : { ...op, numberFormats: formats };
}

/** The plan with the Text format on every constant string Excel might read as something else. */
export function keepText(plan: Plan): Plan {
  return { ...plan, ops: plan.ops.map(keepOpText) };
}

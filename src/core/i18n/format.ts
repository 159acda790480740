/**
 * Numbers as the pane and the command line show them: the language's decimal mark, percents
 * as percents.
 */
import { isPercentFormat } from "../rules/cell";
import type { Lang } from "./types";

export function formatNumber(value: number, lang: Lang, digits = 4): string {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", {
    maximumFractionDigits: digits,
  }).format(value);
}

/** A fix's value as the cell will show it: 0.775 with "0.0%" -> "77,5%" (id) / "77.5%" (en). */
export function formatFixValue(
  fix: { value: number | string; numberFormat?: string },
  lang: Lang,
  cellFormat?: string
): string {
  if (typeof fix.value !== "number") return fix.value;
  if (isPercentFormat(fix.numberFormat ?? cellFormat))
    return `${formatNumber(fix.value * 100, lang)}%`;
  return formatNumber(fix.value, lang);
}

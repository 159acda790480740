/** Read-only questions asked of a decree. */
import type { Decree, DecreeTable, Indicator } from "./schema";

export function allIndicators(decree: Decree): Indicator[] {
  return decree.tables.flatMap((table) => table.indicators);
}

/** Indicators by id, built once per decree object (decrees are not mutated once parsed). */
const byIdCache = new WeakMap<Decree, Map<string, Indicator>>();

export function findIndicator(decree: Decree, id: string): Indicator | undefined {
  let index = byIdCache.get(decree);
  if (index === undefined) {
    index = new Map(allIndicators(decree).map((ind) => [ind.id, ind]));
    byIdCache.set(decree, index);
  }
  return index.get(id);
}

/**
 * An RKT indicator completed with its IKU definition: cara penghitungan, sumber data,
 * components, satuan, penjelasan and penanggung jawab come from the IKU row when the RKT row
 * has none. Other rows come back as they are.
 */
export function withIkuDefinition(decree: Decree, indicator: Indicator): Indicator {
  const iku = indicator.iku === undefined ? undefined : findIndicator(decree, indicator.iku);
  if (iku === undefined) return indicator;
  return {
    ...indicator,
    caraPenghitungan: indicator.caraPenghitungan ?? iku.caraPenghitungan,
    sumberData: indicator.sumberData ?? iku.sumberData,
    components: indicator.components ?? iku.components,
    ...optional("satuan", indicator.satuan ?? iku.satuan),
    ...optional("penjelasan", indicator.penjelasan ?? iku.penjelasan),
    ...optional("penanggungJawab", indicator.penanggungJawab ?? iku.penanggungJawab),
  };
}

/** The tables whose indicators carry targets and are reported on (the RKT tables). */
export function reportingTables(decree: Decree): DecreeTable[] {
  return decree.tables.filter((table) => table.kind === "rkt");
}

/** Indicators grouped by sasaran in the decree's order; one group per run of equal sasaran. */
export function groupBySasaran(
  indicators: readonly Indicator[]
): { sasaran: string; indicators: Indicator[] }[] {
  const groups: { sasaran: string; indicators: Indicator[] }[] = [];
  for (const ind of indicators) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.sasaran === ind.sasaran) last.indicators.push(ind);
    else groups.push({ sasaran: ind.sasaran, indicators: [ind] });
  }
  return groups;
}

/** `{ [key]: value }`, or nothing when the value is undefined (exactOptionalPropertyTypes). */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

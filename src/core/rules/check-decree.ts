/**
 * Decree consistency: RKT rows without an IKU definition and IKU rows without an RKT target
 * (the Blitar 2021 Sekretariat tables have 10 vs 13 rows), IKU rows without cara penghitungan
 * (the default formula is used, and said), and duplicate indicators in one table.
 */
import type { Decree, Indicator } from "../decree/schema";
import { finding, type Finding } from "./finding";
import { normaliseText } from "./text";

/**
 * The consistency findings of a decree. An RKT row is linked to its IKU by `iku`, or else by
 * normalised text in an IKU table of the same unit.
 * @example checkDecree(BLITAR_2021).filter((f) => f.code === "consistency.ikuWithoutRkt").length // 3
 */
export function checkDecree(decree: Decree): Finding[] {
  const out: Finding[] = [];
  const rkt = decree.tables.filter((t) => t.kind === "rkt");
  const iku = decree.tables.filter((t) => t.kind === "iku");
  const ikuById = new Map<string, Indicator>();
  const ikuByText = new Map<string, Indicator>(); // key: unit + normalised text
  for (const table of iku) {
    for (const ind of table.indicators) {
      ikuById.set(ind.id, ind);
      ikuByText.set(`${table.unit}|${normaliseText(ind.text)}`, ind);
    }
  }
  const linked = new Set<string>();
  for (const table of rkt) {
    for (const ind of table.indicators) {
      const def =
        (ind.iku !== undefined ? ikuById.get(ind.iku) : undefined) ??
        ikuByText.get(`${table.unit}|${normaliseText(ind.text)}`);
      if (def === undefined) out.push(finding("consistency.rktWithoutIku", ind.id, "indicator"));
      else linked.add(def.id);
    }
  }
  for (const table of iku) {
    for (const ind of table.indicators) {
      if (!linked.has(ind.id)) out.push(finding("consistency.ikuWithoutRkt", ind.id, "indicator"));
      if (ind.caraPenghitungan === undefined || ind.caraPenghitungan.trim() === "") {
        out.push(finding("consistency.noCaraPenghitungan", ind.id, "caraPenghitungan"));
      }
    }
  }
  for (const table of decree.tables) {
    const seen = new Map<string, string>();
    for (const ind of table.indicators) {
      const key = normaliseText(ind.text);
      const first = seen.get(key);
      if (first !== undefined)
        out.push(
          finding("consistency.duplicateIndicator", ind.id, "indicator", { expected: first })
        );
      // Named as staff see it (its No., or its text), never by the internal id.
      else
        seen.set(key, ind.no.trim() !== "" ? `No. ${ind.no.trim().replace(/\.$/, "")}` : ind.text);
    }
  }
  return out;
}

/**
 * A lookup of the decree's targets by indicator id, for `RuleOptions.decreeTarget`. An IKU row
 * without a target of its own takes the target of the RKT row that points at it.
 */
export function decreeTargets(decree: Decree): (indicatorId: string) => Indicator["target"] {
  const map = new Map<string, NonNullable<Indicator["target"]>>();
  for (const table of decree.tables) {
    for (const ind of table.indicators) {
      if (ind.target === undefined) continue;
      map.set(ind.id, ind.target);
      if (ind.iku !== undefined && !map.has(ind.iku)) map.set(ind.iku, ind.target);
    }
  }
  return (id) => map.get(id);
}

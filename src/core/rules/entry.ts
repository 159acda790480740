/** What the rules read for one indicator, and the options they follow. */
import type { Indicator, Target } from "../decree/schema";
import type { Aggregation } from "./aggregate";
import type { CellInput } from "./cell";
import type { Cap, GradeRule } from "./capaian";
import type { Quarter } from "./finding";
import type { KategoriOption } from "./kategori";

/** One indicator with what staff typed: target, realisasi TW I..IV, components, evidence. */
export interface IndicatorEntry {
  indicator: Indicator;
  /** The target cell; when absent the indicator's own target (from the decree) is used. */
  target?: CellInput;
  /**
   * Target TW I..IV (rencana aksi), when the sheet has them: the capaian at the reporting
   * quarter is measured against the target up to it (`quarter-target.ts`).
   */
  quarterTargets?: readonly (CellInput | undefined)[];
  /** Realisasi TW I..IV; a missing element is an empty cell. */
  realisasi: readonly (CellInput | undefined)[];
  /** Numerator and denominator per quarter, when realisasi = numerator / denominator x 100. */
  components?: {
    numerator: readonly (CellInput | undefined)[];
    denominator: readonly (CellInput | undefined)[];
  };
  /**
   * Pembilang and Penyebut up to the reporting quarter (the template's one pair of columns):
   * for a Persen row with both numbers the year's realisasi is their ratio, in the sheet's
   * units (`lkj.ts`).
   */
  componentsToDate?: { numerator: CellInput | undefined; denominator: CellInput | undefined };
  /** Realisasi Tahun Lalu and Target Renstra, in the sheet's units like the target. */
  lastYear?: CellInput;
  renstra?: CellInput;
  /** Sumber data / bukti dukung for the realisasi. */
  sumberData?: CellInput;
  /**
   * Jenis, Arah, Agregasi TW or Periode cells read otherwise than intended: a word the sheet
   * does not know ("unknown": the formulas show "cek isian"; an unknown Periode is read as
   * Triwulanan), or a blank cell read as the default while the decree says another word
   * ("blank").
   */
  words?: readonly WordIssue[];
}

export interface WordIssue {
  field: "kind" | "direction" | "aggregation" | "period";
  problem: "unknown" | "blank";
  /** What the cell holds, as shown. */
  value: string;
  /** The words the cell may hold. */
  expected: string;
  /** The decree's word for this indicator, when it has one. */
  decree?: string;
}

export interface RuleOptions {
  /** Quarters after this one must be empty; quarters up to it should be filled. */
  reportingQuarter: Quarter;
  cap: Cap;
  kategori: KategoriOption;
  gradeRule: GradeRule;
  /**
   * Whether anything is typed in the workbook's realisasi yet (`anyTyped`): until then no
   * quarter is missing. `evaluate` decides it from its own entries when not given; callers that
   * evaluate a workbook in parts give it for the whole workbook.
   */
  started?: boolean;
  /** Per-indicator override of how quarters combine (indicator id -> aggregation). */
  aggregation?: Readonly<Record<string, Aggregation>>;
  /**
   * The decree's target for an indicator, for the "differs from the decree" rule. Without it
   * the indicator's own `target` is the decree's.
   */
  decreeTarget?: (indicatorId: string) => Target | undefined;
}

export const DEFAULT_OPTIONS = {
  reportingQuarter: 4,
  cap: "none",
  kategori: "five",
  gradeRule: "binary",
} as const satisfies RuleOptions;

/**
 * The rules core: reading entries as staff type them, validation findings, capaian, kategori
 * and averages. Pure TypeScript: imports nothing from node:*, react or Office.
 * Every rule, formula and scale is documented in docs/rules.md.
 */
export { type CellInput, EXCEL_ERRORS, excelError, isPercentFormat, notReported } from "./cell";
export { type NumberReading, parseIdNumber, formatIdNumber, formatEnNumber } from "./number-id";
export {
  type EntryValue,
  type Fix,
  type ParsedEntry,
  type ParsedTarget,
  type ParseProblem,
  parseEntry,
  parseTarget,
  times100,
  over100,
} from "./parse-entry";
export {
  GRADE_BANDS,
  OPINION_RANK,
  gradeOfScore,
  gradeOfText,
  gradeRank,
  opinionOfText,
  isGrade,
  isOpinion,
} from "./scales";
export { type Aggregation, aggregate } from "./aggregate";
export {
  type Cap,
  type GradeRule,
  type Direction,
  applyCap,
  capaianGrade,
  capaianNumeric,
  capaianOpinion,
  comparedBound,
  round2,
} from "./capaian";
export {
  type KategoriBand,
  type KategoriOption,
  type KategoriPreset,
  KATEGORI_PRESETS,
  kategoriBands,
  kategoriOf,
} from "./kategori";
export {
  type Finding,
  type FindingCode,
  type FindingField,
  type FindingParams,
  type Quarter,
  type Severity,
  FINDING_CODES,
  FINDING_SEVERITY,
  QUARTERS,
  finding,
} from "./finding";
export { type IndicatorEntry, type RuleOptions, DEFAULT_OPTIONS } from "./entry";
export { type TargetValue, describeTarget, readTarget, sameTarget } from "./check-target";
export { type QuarterReading, type QuarterStatus, readQuarters } from "./check-realisasi";
export { type Evaluation, anyTyped, evaluate, evaluateEntry } from "./evaluate";
export { type Formula, type IndicatorResult, type Labelled, type QuarterResult } from "./result";
export { type Average, type SasaranSummary, type Summary, summarise } from "./summary";
export { normaliseText } from "./text";
export { checkDecree, decreeTargets } from "./check-decree";

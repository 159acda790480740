/**
 * The decree's closed vocabularies, apart from the schema so that code needing only these
 * (the template, the formulas, the rules) does not pull the schema library into the task pane.
 */
export const GRADES = ["AA", "A", "BB", "B", "CC", "C", "D"] as const;
export const OPINIONS = ["WTP", "WDP", "TW", "TMP"] as const;
export const KINDS = ["percent", "index", "count", "grade", "opinion"] as const;

export type Grade = (typeof GRADES)[number];
export type Opinion = (typeof OPINIONS)[number];
export type IndicatorKind = (typeof KINDS)[number];

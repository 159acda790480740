/**
 * Requirement sets. Versions come from the `[Api set: ExcelApi x.y]` remarks in @types/office-js
 * (the Excel JS API reference). When a set is off, the operation fails at sync with "ApiNotFound",
 * the code the Excel error table documents for "an API ... may be available in a newer version".
 */
export const EXCEL_API = {
  charts: "1.1",
  tables: "1.1",
  worksheetPosition: "1.1",
  protection: "1.2",
  setVisibility: "1.2",
  mergeCells: "1.2",
  columnWidthRowHeight: "1.2",
  autofit: "1.2",
  getResizedRange: "1.2",
  formulasR1C1: "1.2",
  tableShowBandedRows: "1.3",
  /** TableColumnCollection.add at the end (index null or -1) and with a name. */
  tableColumnAppend: "1.4",
  /** TableRowCollection.add of more than one row. */
  tableRowsAtOnce: "1.4",
  settings: "1.4",
  getItemOrNullObject: "1.4",
  getUsedRangeOrNullObject: "1.4",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  tabColor: "1.7",
  getRangeByIndexes: "1.7",
  chartSeriesSetValues: "1.7",
  chartSeriesAdd: "1.7",
  dataValidation: "1.8",
  showGridlines: "1.8",
  pageLayout: "1.9",
  worksheetsOnChanged: "1.9",
  triggerSource: "1.14",
  rangeAreas: "1.9",
  getMergedAreasOrNullObject: "1.13",
} as const;

/** The newest ExcelApi version the double knows about; default for a host. */
export const LATEST_EXCEL_API = "1.20";

/** Compares "1.10" and "1.9" numerically: negative if a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface RequirementOptions {
  /** Highest supported ExcelApi version, e.g. "1.7". */
  apiVersion?: string;
  /** Other sets (name -> highest version), e.g. { ExcelApiOnline: "1.1" }. */
  otherSets?: Record<string, string>;
}

export type IsSetSupported = (name: string, minVersion?: string | number) => boolean;

export function makeIsSetSupported(options: RequirementOptions): IsSetSupported {
  const sets = new Map<string, string>();
  sets.set("excelapi", options.apiVersion ?? LATEST_EXCEL_API);
  for (const [name, version] of Object.entries(options.otherSets ?? {}))
    sets.set(name.toLowerCase(), version);
  return (name, minVersion) => {
    const supported = sets.get(name.toLowerCase());
    if (supported === undefined) return false;
    if (minVersion === undefined) return true;
    return compareVersions(String(minVersion), supported) <= 0;
  };
}

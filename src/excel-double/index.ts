/**
 * Strict in-memory double of the Excel JavaScript API (Office.js) used by Kinerja's tests and playground.
 * Pure TypeScript: no Node APIs. See README.md for what it mimics and what it does not.
 */
export { createExcelHost, ExcelHost, DEFAULT_PAYLOAD_LIMIT_BYTES } from "./host";
export type { HostOptions, SetSheetOptions, OfficeLike } from "./host";
export { RequestContextDouble } from "./context";
export type { SyncRecord } from "./context";
export { ExcelDoubleError, excelError, isExcelDoubleError } from "./errors";
export type { ExcelErrorCode, DebugInfo } from "./errors";
export { EXCEL_API, LATEST_EXCEL_API, compareVersions } from "./requirements";
export { TABLE_CONFLICT_CODE } from "./table";
export type { DoubleSheetDump, DoubleWorkbookDump } from "./dump";
export type { CellValue } from "./state";

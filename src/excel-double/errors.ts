/**
 * Errors shaped like `OfficeExtension.Error` (name "RichApi.Error", `code`, `message`, `debugInfo`).
 * Codes and messages follow the "Error handling with the Excel JavaScript API" table
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling) and `Excel.ErrorCodes`.
 */
export type ExcelErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "UnsupportedOperation";

const MESSAGES: Record<ExcelErrorCode, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  PropertyNotLoaded:
    'The property has not been loaded. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  UnsupportedOperation: "The operation being attempted is not supported.",
};

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** The double's equivalent of `OfficeExtension.Error`. */
export class ExcelDoubleError extends Error {
  readonly code: ExcelErrorCode;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: ExcelErrorCode, errorLocation?: string, detail?: string) {
    const message = detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function excelError(
  code: ExcelErrorCode,
  errorLocation?: string,
  detail?: string
): ExcelDoubleError {
  return new ExcelDoubleError(code, errorLocation, detail);
}

export function isExcelDoubleError(e: unknown): e is ExcelDoubleError {
  return e instanceof ExcelDoubleError;
}

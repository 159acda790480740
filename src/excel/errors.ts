/**
 * Excel's refusals as messages a person can act on. Every error reaching the task pane passes
 * through here once; nothing in the Excel layer catches and logs.
 */
import { KinerjaError } from "../app/errors";
import { bilingual, type Bilingual, type MessageKey } from "../core/i18n";

export { KinerjaError };

const BY_CODE: Record<string, MessageKey> = {
  AccessDenied: "error.accessDenied",
  InvalidOperationInCellEditMode: "error.cellEditMode",
  ItemAlreadyExists: "error.nameClash",
  RequestPayloadSizeLimitExceeded: "error.tooLarge",
  ResponsePayloadSizeLimitExceeded: "error.tooLarge",
  MergedRangeConflict: "error.mergedConflict",
  ApiNotFound: "error.apiNotFound",
};

/** What to tell the user about an error from an action. */
export function describeError(error: unknown): Bilingual {
  if (error instanceof KinerjaError) return error.text;
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string" && BY_CODE[code] !== undefined) return bilingual(BY_CODE[code]);
  const detail = error instanceof Error ? error.message : String(error);
  return bilingual("error.unexpected", {
    detail: typeof code === "string" ? `${code}: ${detail}` : detail,
  });
}

/**
 * What the task pane needs from its host: real Excel (Office.js) or the playground's
 * in-browser workbook. The pane's actions run batches through `run`, exactly as Excel.run.
 */
export interface PaneHost {
  /** "excel" inside Excel, "playground" in the browser playground, "none" outside both. */
  kind: "excel" | "playground" | "none";
  /** Office's display language tag ("id-ID", "en-US"), when known. */
  displayLanguage?: string;
  /** Whether the host supports ExcelApi `version`. */
  supports(version: string): boolean;
  /** Run a batch against the workbook (Excel.run inside Excel). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Office.js as a PaneHost. */
export function officeHost(displayLanguage: string | undefined): PaneHost {
  return {
    kind: "excel",
    displayLanguage,
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    run: (batch) => Excel.run(batch),
  };
}

/** Outside Excel and the playground: nothing to run against. */
export const NO_HOST: PaneHost = {
  kind: "none",
  supports: () => false,
  run: () => Promise.reject(new Error("No workbook: the pane is not running inside Excel.")),
};

/**
 * The playground's workbook: one strict Excel double at a time, and a revision number that
 * changes after every batch (the pane's and the page's own), so the grid re-reads the double's
 * dumps. After every batch the workbook is recalculated (recalc.ts), as Excel recalculates.
 */
import { createExcelHost, type ExcelHost } from "../excel-double";
import type { PaneHost } from "../taskpane/host";
import { recalculate } from "./recalc";
import { loadSample } from "./sample";

export const API_VERSIONS = ["1.1", "1.7", "1.9", "1.20"] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];
export type BookSource = "blank" | "sample";

export const BLANK_SHEET = "Lembar1";

export class PlaygroundStore {
  host: ExcelHost;
  version: ApiVersion = "1.20";
  source: BookSource = "blank";
  /** Changes after every batch and every new workbook. */
  revision = 0;
  /** Changes with every new workbook or Office language: the pane is opened afresh. */
  generation = 0;
  /** Office's display language as the pane is told it ("id-ID" / "en-US"). */
  displayLanguage = "id-ID";
  /** The last error Excel (the double) raised for a batch, shown above the grid. */
  lastError: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor() {
    this.host = createExcelHost({ apiVersion: this.version, sheets: [BLANK_SHEET] });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getRevision = (): number => this.revision;

  private changed(): void {
    this.revision += 1;
    for (const l of this.listeners) l();
  }

  /** A fresh workbook: blank (one empty sheet) or the sample, at `version`. */
  async reset(source: BookSource, version: ApiVersion = this.version): Promise<void> {
    this.version = version;
    this.source = source;
    this.lastError = undefined;
    this.host = createExcelHost({ apiVersion: version, sheets: [BLANK_SHEET] });
    if (source === "sample") await loadSample(this.host);
    await this.recalculate();
    this.generation += 1;
    this.changed();
  }

  /** Pretend Office runs in another display language; the pane reopens to pick it up. */
  setDisplayLanguage(tag: string): void {
    this.displayLanguage = tag;
    this.generation += 1;
    this.changed();
  }

  /**
   * Run a batch against the current workbook, recalculate, and re-render afterwards, failed or
   * not (what a failed batch wrote before its error stays, as in Excel).
   */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>, byHand = false): Promise<T> {
    try {
      // What the page does by hand reaches the pane's onChanged handler as a person's edit.
      const result = await (byHand ? this.host.runAsUser(batch) : this.host.run(batch));
      this.lastError = undefined;
      return result;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      await this.recalculate();
      this.changed();
    }
  }

  /** Every formula's result, computed by the engine; a failure is shown above the grid. */
  private async recalculate(): Promise<void> {
    try {
      await recalculate(this.host);
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
    }
  }

  /** The pane's view of the workbook: kind "playground", batches through the double. */
  paneHost(): PaneHost {
    return {
      kind: "playground",
      displayLanguage: this.displayLanguage,
      supports: (version) => this.host.isSetSupported("ExcelApi", version),
      run: (batch) => this.run(batch),
    };
  }
}

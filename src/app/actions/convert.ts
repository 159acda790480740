/**
 * Ubah Lembar Ini Menjadi Template: recognise the RKT/IKU table on one of the user's sheets
 * and add the template sheets with its values carried over. That sheet is never written.
 */
import type { Bilingual } from "../../core/i18n";
import type { ConvertReport } from "../../core/workbook/convert/types";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { KinerjaError } from "../errors";
import type { UseCase } from "../run";

export interface ConvertParams {
  /** Which sheet to read: the active one in Excel, --sheet or the first table on the command line. */
  sheet: (book: WorkbookSnapshot) => string;
}

/** The sheet holds no table Convert recognises: why, and how it should look. */
export class ConvertRefused extends KinerjaError {
  constructor(
    readonly sheet: string,
    readonly problems: Bilingual[]
  ) {
    super(
      "error.unexpected",
      {},
      {
        id: problems.map((p) => p.id).join(" "),
        en: problems.map((p) => p.en).join(" "),
      }
    );
  }
}

export interface ConvertOutcome {
  sheet: string;
  /** What was recognised, line by line (the pane's list). */
  recognised: Bilingual[];
  /** Every inference as data: columns, and per indicator its kind, unit, direction and values. */
  report: ConvertReport;
}

export const CONVERT: UseCase<ConvertParams, ConvertOutcome> = {
  needs: { tables: "none", activeSheet: true },
  needsTemplate: false,
  prepare: async (book, _resolved, _input, params) => {
    // Loaded on first use: most sessions never convert.
    const { planConvert } = await import("../../core/workbook/convert");
    const sheet = params.sheet(book);
    const result = planConvert(book, sheet);
    if (!result.ok) throw new ConvertRefused(sheet, result.problems);
    return {
      plan: result.plan,
      result: { sheet, recognised: result.report.lines, report: result.report },
    };
  },
};

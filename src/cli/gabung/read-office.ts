/**
 * One office's workbook for `kinerja gabung`: read, checked for the template, reduced to the
 * office's figures (a few hundred bytes), or the reason it cannot be. The workbook itself is
 * dropped as soon as the figures are made, so a reader holds one workbook at a time.
 */
import type { Lang } from "../../core/i18n/types";
import type { Decree } from "../../core/decree/schema";
import type { OfficeRead } from "../../core/consolidate/model";
import { officeRead } from "../../core/consolidate/office";
import type { WorkbookSettings } from "../../core/workbook/settings";
import { readWorkbook } from "../../xlsx/read";
import { readXlsx } from "../io";

export type { OfficeRead };

export async function readOffice(
  lang: Lang,
  path: string,
  decree: Decree,
  overrides: Partial<WorkbookSettings>
): Promise<OfficeRead> {
  try {
    const file = await readXlsx(lang, path);
    return officeRead(lang, readWorkbook(await file.workbook()), decree, path, overrides);
  } catch (error) {
    // One bad file never stops the others; its reason is listed in the workbook.
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

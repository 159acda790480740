/**
 * kinerja convert IN.xlsx --out OUT.xlsx [--sheet NAME]
 * "Ubah Lembar Ini Menjadi Template" on a file: the convert planner reads the sheet, and its
 * plan (the template with the sheet's values carried over) is applied to the workbook.
 */
import { planConvert } from "../../core/workbook/convert";
import { isOwnedSheet } from "../../core/workbook/ownership";
import { findSheet, type SheetSnapshot, type WorkbookSnapshot } from "../../core/workbook/snapshot";
import { applyPlan } from "../../xlsx/apply";
import { readWorkbook } from "../../xlsx/read";
import { outPath, type Ctx } from "../context";
import { UsageError, checkOutPath, readXlsx, writeXlsxAtomic } from "../io";
import { m } from "../messages";

const filledCells = (row: readonly unknown[]) => row.filter((v) => v !== null && v !== "").length;

/** A sheet that looks like a table: an Excel table, or a header and a data row. */
function hasTable(sheet: SheetSnapshot): boolean {
  if (sheet.tables.length > 0) return true;
  return sheet.values.filter((r) => filledCells(r) >= 2).length >= 2;
}

/** The sheet to convert: --sheet, else the first of the user's sheets that holds a table. */
export function pickSheet(ctx: Ctx, book: WorkbookSnapshot): string {
  const named = ctx.args.options.sheet;
  if (typeof named === "string") {
    const sheet = findSheet(book, named);
    if (sheet === undefined)
      throw new UsageError(
        m(ctx.lang, "sheet.notFound", {
          sheet: named,
          sheets: book.sheets.map((s) => `"${s.name}"`).join(", "),
        })
      );
    return sheet.name;
  }
  const mine = book.sheets.filter((s) => !isOwnedSheet(s));
  const sheet = mine.find((s) => s.tables.length > 0) ?? mine.find(hasTable);
  if (sheet === undefined) throw new UsageError(m(ctx.lang, "sheet.noneWithTable"));
  return sheet.name;
}

export async function convertCommand(ctx: Ctx): Promise<number> {
  const { lang } = ctx;
  const out = outPath(ctx);
  await checkOutPath(lang, out);
  const wb = await readXlsx(lang, ctx.path(ctx.args.input as string));
  const book = readWorkbook(wb);
  const sheet = pickSheet(ctx, book);
  const result = planConvert(book, sheet);
  if (!result.ok)
    throw new UsageError(
      m(lang, "convert.refused", { sheet }),
      result.problems.map((p) => `  - ${p[lang]}`)
    );
  applyPlan(wb, result.plan);
  await writeXlsxAtomic(lang, wb, out);
  const lines = [
    m(lang, "convert.done", { sheet }),
    ...result.report.lines.map((l) => l[lang]),
    ...result.plan.summary,
    m(lang, "io.written", { path: out }),
  ];
  ctx.io.stderr(`${lines.join("\n")}\n`);
  return 0;
}

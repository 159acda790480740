/**
 * kinerja convert IN.xlsx --out OUT.xlsx [--sheet NAME]
 * "Ubah Lembar Ini Menjadi Template" on a file: the convert planner reads the sheet, and its
 * plan (the template with the sheet's values carried over) is applied to the workbook.
 */
import { CONVERT, runAction } from "../../app";
import { isOwnedSheet } from "../../core/workbook/ownership";
import { findSheet, type SheetSnapshot, type WorkbookSnapshot } from "../../core/workbook/snapshot";
import { packagePort } from "../../xlsx/port";
import { actionInput, outPath, type Ctx } from "../context";
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
  const outcome = await runAction(packagePort(wb), CONVERT, await actionInput(ctx), {
    sheet: (book) => pickSheet(ctx, book),
  });
  await writeXlsxAtomic(lang, wb, out);
  const { sheet, recognised } = outcome.result;
  const lines = [
    m(lang, "convert.done", { sheet }),
    ...recognised.map((l) => l[lang]),
    ...outcome.summary.map((l) => l[lang]),
    m(lang, "io.written", { path: out }),
  ];
  ctx.io.stderr(`${lines.join("\n")}\n`);
  return 0;
}

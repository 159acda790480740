/**
 * kinerja convert IN.xlsx --out OUT.xlsx [--sheet NAME] [--json]
 * "Ubah Lembar Ini Menjadi Template" on a file: the convert planner reads the sheet, and its
 * plan (the template with the sheet's values carried over) is applied to the workbook. With
 * --json the report goes to stdout as one object: per table its columns and, per indicator,
 * the kind, unit and direction read and where, and every value typed and written.
 */
import { CONVERT, runAction } from "../../app";
import type { Bilingual, Lang } from "../../core/i18n";
import type { ConvertReport } from "../../core/workbook/convert/types";
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
  const { sheet, recognised, report } = outcome.result;
  if (ctx.args.options.json === true)
    ctx.io.stdout(`${JSON.stringify(convertJson(report, lang))}\n`);
  const lines = [
    m(lang, "convert.done", { sheet }),
    ...(ctx.args.options.json === true ? [] : recognised.map((l) => l[lang])),
    ...outcome.summary.map((l) => l[lang]),
    m(lang, "io.written", { path: out }),
  ];
  ctx.io.stderr(`${lines.join("\n")}\n`);
  return 0;
}

/** The report as plain JSON: messages in the chosen language, everything else as data. */
export function convertJson(report: ConvertReport, lang: Lang): unknown {
  const text = (b: Bilingual) => b[lang];
  return {
    sheet: report.sheet,
    tables: report.tables.map((t) => ({
      tableId: t.tableId,
      title: t.title,
      header: t.header,
      ...(t.year !== undefined ? { year: t.year } : {}),
      columns: t.columns.map((c) => ({ ...c, message: text(c.message) })),
      unrecognised: t.unrecognised.map((c) => ({ ...c, message: text(c.message) })),
      indicators: t.indicators,
      unreadTargets: t.unreadTargets.map((u) => ({ ...u, message: text(u.message) })),
      ignored: t.ignored.map((r) => ({ ...r, message: text(r.message) })),
    })),
    fields: Object.fromEntries(
      Object.entries(report.fields).map(([k, f]) => [k, { ...f, message: text(f.message) }])
    ),
    lines: report.lines.map(text),
  };
}

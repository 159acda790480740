/**
 * kinerja tidy IN.xlsx --out OUT.xlsx [--decree FILE.json] [--json]
 * Rapikan isian on a file: every entry the sheet's formulas cannot read but whose meaning is
 * clear ("74,05", "87,5 %", "Wajar Tanpa Pengecualian") is written in the form they read. Each
 * change is listed (stdout); entries that are not clear stay for Validasi.
 */
import { TIDY, runAction } from "../../app";
import { formatFixValue } from "../../core/i18n/format";
import { packagePort } from "../../xlsx/port";
import { actionInput, outPath, type Ctx } from "../context";
import { checkOutPath, readXlsx, writeXlsxAtomic } from "../io";
import { m } from "../messages";

export interface TidyJson {
  sheet: string;
  cell: string;
  /** What the cell held. */
  before: unknown;
  /** What it holds now, and its number format when that changed. */
  after: number | string;
  numberFormat?: string;
}

export async function tidyCommand(ctx: Ctx): Promise<number> {
  const { lang, io } = ctx;
  const out = outPath(ctx);
  await checkOutPath(lang, out);
  const wb = await readXlsx(lang, ctx.path(ctx.args.input as string));
  const outcome = await runAction(packagePort(wb), TIDY, await actionInput(ctx), undefined);
  const changes: TidyJson[] = outcome.result.tidied.map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    before: f.cellValue,
    after: (f.fix as NonNullable<typeof f.fix>).value,
    ...(f.fix?.numberFormat !== undefined && { numberFormat: f.fix.numberFormat }),
  }));
  if (changes.length > 0) await writeXlsxAtomic(lang, wb, out);
  if (ctx.args.options.json === true) io.stdout(`${JSON.stringify({ changes })}\n`);
  else {
    const lines = outcome.result.tidied.map((f) => {
      const fix = f.fix as NonNullable<typeof f.fix>;
      const shown = formatFixValue(fix, lang, f.cellFormat);
      return `${f.sheet}!${f.cell}  ${JSON.stringify(f.cellValue)} → ${shown}`;
    });
    io.stdout(`${[...lines, m(lang, "tidy.summary", { count: changes.length })].join("\n")}\n`);
  }
  io.stderr(
    `${changes.length > 0 ? m(lang, "io.written", { path: out }) : m(lang, "tidy.nothing")}\n`
  );
  return 0;
}

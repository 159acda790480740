/**
 * Convert ("Ubah Lembar Ini Menjadi Template"): recognise the RKT/IKU table a user already has
 * on a sheet and plan the template for it, carrying the user's realisasi, sumber data and
 * keterangan into the new sheets. The source sheet is only read: the plan never touches it.
 *
 * Steps: find header rows (detect-header.ts), split the sheet into tables with their title
 * rows and read each body (tables.ts, rows.ts), read year/office/number/signatures around the
 * tables (fields.ts, meta.ts), build decree tables and carried values (build.ts, kind.ts),
 * check the decree with parseDecree, and hand it to planTemplate.
 */
import { parseDecree } from "../../decree/parse";
import type { Decree } from "../../decree/schema";
import { fill, type Bilingual } from "../../i18n/types";
import { INFO_TABLE, type RktColumnKey } from "../layout";
import { findOwnedTable, isOwnedSheet } from "../ownership";
import type { Scalar } from "../plan";
import { findSheet, type WorkbookSnapshot } from "../snapshot";
import { ANGGARAN_TABLE } from "../anggaran/layout";
import { planTemplate } from "../template";
import { buildTable } from "./build";
import { findHeaders, headerWordsIn } from "./detect-header";
import { decreeFields } from "./fields";
import { addressOf, gridOf, type Grid } from "./grid";
import { CONVERT_MESSAGES, say } from "./messages";
import { headerAddress, readTables } from "./tables";
import type { ConvertFailure, ConvertOptions, ConvertReport, ConvertResult } from "./types";

export type * from "./types";
export { CONVERT_MESSAGES } from "./messages";

const fail = (reason: ConvertFailure, problems: Bilingual[]): ConvertResult => ({
  ok: false,
  reason,
  problems,
});

/**
 * Plan the template for the RKT/IKU table(s) on `sheetName`: one RKT table per table found
 * (a sheet may hold several, each under its own title). Never throws for any workbook
 * content; a sheet without a recognisable table gives `{ ok: false, problems }` saying why and
 * how the sheet should look. `options` win over what the sheet says.
 * @example
 * const result = planConvert(readWorkbook(wb), "RKT 2021", { year: 2021 });
 * if (result.ok) applyPlan(wb, result.plan); else show(result.problems);
 */
export function planConvert(
  book: WorkbookSnapshot,
  sheetName: string,
  options: ConvertOptions = {}
): ConvertResult {
  const sheet = findSheet(book, sheetName);
  if (sheet === undefined) return fail("noSheet", [say("convert.noSheet", { sheet: sheetName })]);
  if (isOwnedSheet(sheet))
    return fail("ownedSheet", [say("convert.ownedSheet", { sheet: sheet.name })]);
  const grid = gridOf(sheet);
  const headers = findHeaders(grid);
  const first = headers[0];
  if (first === undefined) return fail("noHeader", noHeaderProblems(grid, sheet.name));
  const tables = readTables(grid, headers, book, sheet.name, options);
  if (tables.plans.length === 0)
    return fail("noRows", [
      say("convert.noRows", { address: headerAddress(first) }),
      say("convert.shape"),
    ]);

  const { fields, report: fieldReport } = decreeFields(
    grid,
    tables,
    options,
    new Date().getFullYear()
  );
  const built = tables.plans.map((p) => buildTable(p, sheet.name));
  const draft: Decree = { schemaVersion: 1, ...fields, tables: built.map((b) => b.table) };
  const parsed = parseDecree(draft);
  if (!parsed.ok) {
    const m = CONVERT_MESSAGES["convert.invalidDecree"];
    return fail(
      "invalidDecree",
      parsed.problems.map((p) => ({
        id: fill(m.id, { detail: p.message.id }),
        en: fill(m.en, { detail: p.message.en }),
      }))
    );
  }
  const carried = new Map<string, Partial<Record<RktColumnKey, Scalar>>>(
    built.flatMap((b) => b.carried)
  );
  const budget = built.flatMap((b) => b.budget);
  const plan = planTemplate(parsed.decree, book, carried, budget);
  const anggaran = findOwnedTable(book, ANGGARAN_TABLE);
  const reports = built.map((b) => b.report);
  const report: ConvertReport = {
    sheet: sheet.name,
    tables: reports,
    fields: fieldReport,
    lines: [
      ...reports.flatMap((t, i) => [
        say("report.table", {
          n: i + 1,
          title: t.title,
          address: t.header.address,
          rows: t.header.rows.length,
          shortName: t.shortName,
        }),
        ...t.lines,
      ]),
      ...tables.lines,
      ...Object.values(fieldReport).map((f) => f.message),
      say("report.sourceKept", { sheet: sheet.name }),
      ...(findOwnedTable(book, INFO_TABLE) !== undefined ? [say("report.infoKept")] : []),
      ...(anggaran !== undefined && budget.length > 0
        ? [say("report.budget.sheetKept", { sheet: anggaran.sheet.name })]
        : []),
    ],
  };
  return { ok: true, plan, decree: parsed.decree, carried, budget, report };
}

/** Why no table was found, with the nearest miss and the shape a sheet should have. */
function noHeaderProblems(grid: Grid, sheet: string): Bilingual[] {
  const problems = [say("convert.noHeader", { sheet })];
  let best: { row: number; words: string[] } | undefined;
  for (let r = grid.top; r < grid.bottom && r < grid.top + 200; r++) {
    const words = headerWordsIn(grid, r);
    if (words.length >= 2 && (best === undefined || words.length > best.words.length))
      best = { row: r, words: words.map((w) => `"${w.text}" (${addressOf(r, w.col)})`) };
  }
  if (best !== undefined)
    problems.push(say("convert.nearMiss", { row: best.row + 1, found: best.words.join(", ") }));
  problems.push(say("convert.shape"));
  return problems;
}

/**
 * The sheets of a workbook that hold a table Convert recognises (not the add-in's own sheets).
 * @example convertibleSheets(book) // ["RKT 2021"]
 */
export function convertibleSheets(book: WorkbookSnapshot): string[] {
  return book.sheets
    .filter((s) => !isOwnedSheet(s) && findHeaders(gridOf(s)).length > 0)
    .map((s) => s.name);
}

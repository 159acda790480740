/** What every command gets, and the steps several share (decree file, template check). */
import { promises as fs } from "node:fs";
import { BLITAR_2021, parseDecreeJson, type Decree } from "../core/decree";
import { t, type Lang } from "../core/i18n";
import { findRktTables } from "../core/workbook/entries";
import { INFO_TABLE } from "../core/workbook/layout";
import { findOwnedTable } from "../core/workbook/ownership";
import { findLabel } from "../core/workbook/settings";
import { cellAt, type WorkbookSnapshot } from "../core/workbook/snapshot";
import type { ParsedArgs } from "./args";
import { UsageError, resolvePath, type CliIo } from "./io";
import { m } from "./messages";

export interface Ctx {
  lang: Lang;
  io: CliIo;
  args: ParsedArgs;
  /** A path given on the command line, made absolute. */
  path: (p: string) => string;
}

/** The --out file, required. */
export function outPath(ctx: Ctx): string {
  const out = ctx.args.options.out;
  if (typeof out !== "string") throw new UsageError(m(ctx.lang, "usage.needOut"));
  return ctx.path(out);
}

/** The decree of --decree FILE.json, or the built-in one. */
export async function loadDecree(ctx: Ctx): Promise<Decree> {
  const file = ctx.args.options.decree;
  if (typeof file !== "string") return BLITAR_2021;
  const path = resolvePath(ctx.io, file);
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(m(ctx.lang, "decree.fileUnreadable", { path: file, detail }));
  }
  const result = parseDecreeJson(text);
  if (result.ok) return result.decree;
  throw new UsageError(
    m(ctx.lang, "decree.invalid", { path: file }),
    result.problems.map((p) => `  - ${p.message[ctx.lang]}`)
  );
}

/**
 * The decree a workbook is checked against: --decree when given; else the built-in decree
 * only when the workbook's Info sheet names its number (a workbook made from another decree,
 * or converted from a sheet, reuses ids such as "rkt-kpu-1" and would be compared with the
 * wrong targets); else none.
 */
export async function decreeFor(ctx: Ctx, book: WorkbookSnapshot): Promise<Decree | undefined> {
  if (typeof ctx.args.options.decree === "string") return loadDecree(ctx);
  const info = findOwnedTable(book, INFO_TABLE);
  const at = info && findLabel(info.sheet, "Nomor Keputusan");
  const number = info && at ? cellAt(info.sheet, at.row, at.col + 1) : null;
  return typeof number === "string" && number.trim() === BLITAR_2021.number
    ? BLITAR_2021
    : undefined;
}

/** Refuse a workbook without the add-in's RKT tables, as the add-in does. */
export function requireTemplate(ctx: Ctx, book: WorkbookSnapshot): void {
  if (findRktTables(book).length === 0) throw new UsageError(t(ctx.lang, "error.noTemplate"));
}

/** A number as the language writes it: 87,5 / 87.5 (at most two decimals). */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", {
    maximumFractionDigits: 2,
  }).format(n);
}

/** What every command gets, and what several share: the decree file, the use cases' input. */
import { promises as fs } from "node:fs";
import {
  BLITAR_2021,
  DECREE_FILE_LIMIT_BYTES,
  parseDecreeJson,
  type Decree,
  type DecreeResult,
} from "../core/decree";
import { bilingual } from "../core/i18n";
import type { ActionInput } from "../app";
import type { Lang } from "../core/i18n";
import type { Quarter, WorkbookSettings } from "../core/workbook/settings";
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
  let result: DecreeResult;
  try {
    // The size first: a 400 MB file is refused without reading it.
    const size = (await fs.stat(path)).size;
    result =
      size > DECREE_FILE_LIMIT_BYTES
        ? {
            ok: false,
            problems: [
              {
                path: "",
                message: bilingual("decree.tooLarge", {
                  size: Math.ceil(size / 1024),
                  limit: DECREE_FILE_LIMIT_BYTES / 1024,
                }),
              },
            ],
          }
        : parseDecreeJson(await fs.readFile(path, "utf8"));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(m(ctx.lang, "decree.fileUnreadable", { path: file, detail }));
  }
  if (result.ok) return result.decree;
  throw new UsageError(
    m(ctx.lang, "decree.invalid", { path: file }),
    result.problems.map((p) => `  - ${p.message[ctx.lang]}`)
  );
}

/**
 * What the use cases are given on the command line: the decree of --decree (compared with the
 * workbook whatever its Info sheet says) or the built-in one (compared only with a workbook
 * whose Info sheet names it), and --tw / --cap as overrides of the workbook's settings.
 */
export async function actionInput(ctx: Ctx): Promise<ActionInput> {
  const chosen = typeof ctx.args.options.decree === "string";
  return {
    decree: chosen ? await loadDecree(ctx) : BLITAR_2021,
    decreeChosen: chosen,
    overrides: overridesFrom(ctx.args.options),
  };
}

/** --tw and --cap as settings (args.ts has checked their words). */
export function overridesFrom(options: {
  tw?: string | true;
  cap?: string | true;
}): Partial<WorkbookSettings> {
  const out: Partial<WorkbookSettings> = {};
  if (typeof options.tw === "string") out.reportingQuarter = Number(options.tw) as Quarter;
  if (options.cap === "none" || options.cap === "100" || options.cap === "120")
    out.cap = options.cap;
  return out;
}

/** A number as the language writes it: 87,5 / 87.5 (at most two decimals). */
export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", {
    maximumFractionDigits: 2,
  }).format(n);
}

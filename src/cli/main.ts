/**
 * The `kinerja` command: parse, run one command, answer with an exit code. Every message goes
 * through `io` (stderr for messages, stdout for results), so tests run it in-process.
 *
 * Exit codes: 0 done (validate: no error-severity finding); 1 validate found errors; 2 bad
 * usage, unreadable input or an output that could not be written (nothing is written then).
 */
import { KinerjaError } from "../app/errors";
import { t } from "../core/i18n";
import pkg from "../../package.json";
import { COMMANDS, parseArgs, type Command } from "./args";
import type { Ctx } from "./context";
import { helpText } from "./help";
import type { CliIo } from "./io";
import { m } from "./messages";
import { PartError } from "../xlsx/package/xml";

export type { CliIo } from "./io";

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * Each command's module, loaded only when that command runs: `kinerja --help` reads no
 * workbook library, no PDF library and no decree schema.
 */
const RUN: Record<Command, () => Promise<(ctx: Ctx) => Promise<number>>> = {
  template: async () => (await import("./commands/template")).templateCommand,
  convert: async () => (await import("./commands/convert")).convertCommand,
  validate: async () => (await import("./commands/validate")).validateCommand,
  tidy: async () => (await import("./commands/tidy")).tidyCommand,
  capaian: async () => (await import("./commands/capaian")).capaianCommand,
  charts: async () => (await import("./commands/charts")).chartsCommand,
  export: async () => (await import("./commands/export")).exportCommand,
  gabung: async () => (await import("./commands/gabung")).gabungCommand,
};

/**
 * Run the command line `argv` (without "node" and the script).
 * @example await main(["validate", "laporan.xlsx", "--json"], { stdout: s => process.stdout.write(s), stderr: s => process.stderr.write(s) })
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${m(parsed.lang, parsed.problem.key, parsed.problem.params)}\n`);
    return EXIT.usage;
  }
  const { args } = parsed;
  const lang = args.lang;
  if (args.options.version === true) {
    io.stdout(`${pkg.version}\n`);
    return EXIT.ok;
  }
  if (args.options.help === true) {
    io.stdout(helpText(lang, args.command));
    return EXIT.ok;
  }
  if (args.command === undefined) {
    io.stderr(`${m(lang, "usage.noCommand", { allowed: COMMANDS.join(", ") })}\n\n`);
    io.stderr(helpText(lang));
    return EXIT.usage;
  }
  const { UsageError, resolvePath } = await import("./io");
  const ctx: Ctx = { lang, io, args, path: (p) => resolvePath(io, p) };
  try {
    const run = await RUN[args.command]();
    return await run(ctx);
  } catch (error) {
    const { ConvertRefused } = await import("../app/actions/convert");
    if (error instanceof UsageError) {
      io.stderr([error.message, ...error.details].join("\n") + "\n");
      return EXIT.usage;
    }
    if (error instanceof ConvertRefused) {
      const problems = error.problems.map((p) => `  - ${p[lang]}`);
      io.stderr(
        [m(lang, "convert.refused", { sheet: error.sheet }), ...problems].join("\n") + "\n"
      );
      return EXIT.usage;
    }
    // A part of the package the writer cannot patch (nothing was written).
    if (error instanceof PartError) {
      io.stderr(`${m(lang, "io.partUnwritable", { part: error.part, detail: error.detail })}\n`);
      return EXIT.usage;
    }
    // A refusal before anything was written (no template, a protected sheet, ...).
    if (error instanceof KinerjaError) {
      io.stderr(`${error.text[lang]}\n`);
      return EXIT.usage;
    }
    // A bug, not bad input: say so plainly; nothing was written (writes are atomic).
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`${t(lang, "error.unexpected", { detail: firstLine(detail) })}\n`);
    if (process.env.KINERJA_DEBUG) io.stderr(`${detail}\n`);
    return EXIT.usage;
  }
}

const firstLine = (s: string) => s.split("\n")[0] ?? s;

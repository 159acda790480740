/**
 * The command line, parsed by hand: `kinerja <command> [positionals] [--option value]`.
 * Options take "--name value" or "--name=value". Bad usage is a value (a message key and its
 * parameters), never an exception, so main can answer in the chosen language with exit 2.
 */
import type { Lang } from "../core/i18n/types";
import type { CliMessageKey } from "./messages";

export const COMMANDS = [
  "template",
  "convert",
  "validate",
  "tidy",
  "capaian",
  "charts",
  "export",
  "gabung",
] as const;
export type Command = (typeof COMMANDS)[number];

export type OptionName =
  | "out"
  | "sheet"
  | "decree"
  | "tw"
  | "cap"
  | "format"
  | "rank"
  | "pdf"
  | "csv"
  | "json"
  | "lang"
  | "help"
  | "version";

interface OptionSpec {
  /** A flag (no value) or an option with a value; `allowed` lists the only values taken. */
  flag: boolean;
  allowed?: readonly string[];
}

export const OPTIONS: Record<OptionName, OptionSpec> = {
  out: { flag: false },
  sheet: { flag: false },
  decree: { flag: false },
  tw: { flag: false, allowed: ["1", "2", "3", "4"] },
  cap: { flag: false, allowed: ["none", "100", "120"] },
  format: { flag: false, allowed: ["pdf", "xlsx", "csv"] },
  rank: { flag: false, allowed: ["rata-rata", "tercapai"] },
  pdf: { flag: false },
  csv: { flag: false },
  json: { flag: true },
  lang: { flag: false, allowed: ["id", "en"] },
  help: { flag: true },
  version: { flag: true },
};

const GLOBAL: readonly OptionName[] = ["lang", "help", "version"];

/** What each command takes besides the global options, and how many input files ("many": one or more). */
export const COMMAND_OPTIONS: Record<
  Command,
  { inputs: 0 | 1 | "many"; options: readonly OptionName[] }
> = {
  template: { inputs: 0, options: ["decree", "out"] },
  convert: { inputs: 1, options: ["out", "sheet", "json"] },
  validate: { inputs: 1, options: ["tw", "cap", "json", "decree"] },
  tidy: { inputs: 1, options: ["out", "json", "decree"] },
  capaian: { inputs: 1, options: ["out", "tw", "cap", "json", "decree"] },
  charts: { inputs: 1, options: ["out"] },
  export: { inputs: 1, options: ["format", "out", "tw", "decree", "json"] },
  gabung: {
    inputs: "many",
    options: ["out", "tw", "cap", "rank", "decree", "pdf", "csv", "json"],
  },
};

const SHORT: Record<string, OptionName> = { "-h": "help", "-V": "version", "-o": "out" };

export interface ParsedArgs {
  command?: Command;
  input?: string;
  /** Every input of a command that takes many (gabung). */
  inputs?: string[];
  options: Partial<Record<OptionName, string | true>>;
  lang: Lang;
}

export interface UsageProblem {
  key: CliMessageKey;
  params: Record<string, string>;
}

export type ParseResult =
  { ok: true; args: ParsedArgs } | { ok: false; problem: UsageProblem; lang: Lang };

/** The --lang value wherever it is, so even a usage error is in the chosen language. */
export function findLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const v = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (v === "id" || v === "en") return v;
  }
  return "id";
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const lang = findLang(argv);
  const fail = (key: CliMessageKey, params: Record<string, string> = {}): ParseResult => ({
    ok: false,
    problem: { key, params },
    lang,
  });
  const options: ParsedArgs["options"] = {};
  const positionals: string[] = [];
  let command: Command | undefined;
  let onlyPositionals = false;

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (onlyPositionals || !a.startsWith("-") || a === "-") {
      if (command === undefined && positionals.length === 0) {
        if (!(COMMANDS as readonly string[]).includes(a))
          return fail("usage.unknownCommand", { command: a, allowed: COMMANDS.join(", ") });
        command = a as Command;
      } else positionals.push(a);
      continue;
    }
    if (a === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = a.indexOf("=");
    const raw = a.startsWith("--") ? (eq > 0 ? a.slice(2, eq) : a.slice(2)) : a;
    const name: OptionName | undefined = a.startsWith("--")
      ? (Object.keys(OPTIONS) as OptionName[]).find((o) => o === raw)
      : SHORT[a];
    const shown = a.startsWith("--") ? `--${raw}` : a;
    const allowedHere =
      name !== undefined &&
      (GLOBAL.includes(name) ||
        command === undefined ||
        COMMAND_OPTIONS[command].options.includes(name));
    if (name === undefined || !allowedHere)
      return fail("usage.unknownOption", { option: shown, command: command ?? "kinerja" });
    if (options[name] !== undefined && name !== "help")
      return fail("usage.repeated", { option: `--${name}` });
    const spec = OPTIONS[name];
    if (spec.flag) {
      if (eq > 0 && a.startsWith("--"))
        return fail("usage.flagTakesNoValue", { option: `--${name}` });
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0 && a.startsWith("--")) value = a.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value.length > 2))
        return fail("usage.missingValue", { option: `--${name}` });
      i++;
    }
    if (value === "") return fail("usage.missingValue", { option: `--${name}` });
    if (spec.allowed !== undefined && !spec.allowed.includes(value))
      return fail("usage.badValue", {
        option: `--${name}`,
        value,
        allowed: spec.allowed.join(", "),
      });
    options[name] = value;
  }

  // Options given before the command are checked again now the command is known.
  if (command !== undefined) {
    for (const name of Object.keys(options) as OptionName[]) {
      if (!GLOBAL.includes(name) && !COMMAND_OPTIONS[command].options.includes(name))
        return fail("usage.unknownOption", { option: `--${name}`, command });
    }
  }
  const args: ParsedArgs = { options, lang };
  if (command !== undefined) args.command = command;
  if (command === undefined || options.help === true || options.version === true) {
    return { ok: true, args };
  }
  const spec = COMMAND_OPTIONS[command];
  if (spec.inputs === "many") {
    if (positionals.length === 0) return fail("usage.needInput", { command });
    args.inputs = positionals;
    args.input = positionals[0] as string;
    return { ok: true, args };
  }
  if (positionals.length > spec.inputs)
    return fail("usage.tooManyArgs", { arg: positionals[spec.inputs] as string, command });
  if (spec.inputs === 1) {
    const input = positionals[0];
    if (input === undefined) return fail("usage.needInput", { command });
    args.input = input;
  }
  return { ok: true, args };
}

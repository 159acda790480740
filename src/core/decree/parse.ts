/**
 * Check any decree (built-in or imported) against the schema and explain every bad field in
 * Indonesian and English. Bad input is a value here, never an exception.
 */
import * as z from "zod";
import id from "zod/v4/locales/id.cjs";
import en from "zod/v4/locales/en.cjs";
import { MESSAGES, bilingual, t, type Bilingual, type Lang, type MessageKey } from "../i18n";
import { DecreeSchema, type Decree } from "./schema";

/** Decree files above this size are refused before parsing. */
export const DECREE_FILE_LIMIT_BYTES = 1024 * 1024;

export interface DecreeProblem {
  /** The field, e.g. "tables.0.indicators.3.target.value". */
  path: string;
  message: Bilingual;
}

export type DecreeResult = { ok: true; decree: Decree } | { ok: false; problems: DecreeProblem[] };

const LOCALES = { id: id(), en: en() } as const;

type Issue = z.core.$ZodIssue;

function where(lang: Lang, input: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  const [tables, t0, indicators, i0] = path;
  const table =
    tables === "tables" && typeof t0 === "number" ? pick(input, ["tables", t0]) : undefined;
  if (table !== undefined)
    parts.push(t(lang, "decree.where.table", { n: Number(t0) + 1, name: nameOf(table) }));
  const ind =
    table !== undefined && indicators === "indicators" && typeof i0 === "number"
      ? pick(table, ["indicators", i0])
      : undefined;
  if (ind !== undefined)
    parts.push(t(lang, "decree.where.indicator", { n: Number(i0) + 1, name: nameOf(ind) }));
  const rest = path.slice(ind !== undefined ? 4 : table !== undefined ? 2 : 0).map(String);
  if (parts.length === 0) parts.push(t(lang, "decree.where.root"));
  if (rest.length > 0) parts.push(rest.join("."));
  return parts.join(" › ");
}

function pick(value: unknown, keys: readonly PropertyKey[]): unknown {
  let v: unknown = value;
  for (const k of keys) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function nameOf(value: unknown): string {
  const idValue = pick(value, ["id"]);
  return typeof idValue === "string" ? idValue : "?";
}

function problemText(lang: Lang, issue: Issue): string {
  if (issue.code === "custom" && typeof issue.params?.key === "string") {
    const params = issue.params as Record<string, string>;
    return t(lang, issue.params.key as MessageKey, params);
  }
  // Schema-level messages given as a key of the message table (see schema.ts).
  if (issue.message in MESSAGES) return t(lang, issue.message as MessageKey);
  const localised = LOCALES[lang].localeError(
    issue as Parameters<(typeof LOCALES)["id"]["localeError"]>[0]
  );
  return typeof localised === "string" ? localised : (localised?.message ?? issue.message);
}

/** Check a decree object; on failure, one problem per bad field. */
export function parseDecree(input: unknown): DecreeResult {
  const result = DecreeSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, decree: result.data };
  const problems = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: {
      id: t("id", "decree.field", {
        where: where("id", input, issue.path),
        problem: problemText("id", issue),
      }),
      en: t("en", "decree.field", {
        where: where("en", input, issue.path),
        problem: problemText("en", issue),
      }),
    },
  }));
  return { ok: false, problems };
}

/** Check a decree file's text: its size, its JSON, then its fields. */
export function parseDecreeJson(text: string): DecreeResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > DECREE_FILE_LIMIT_BYTES) {
    const size = Math.ceil(bytes / 1024);
    return {
      ok: false,
      problems: [
        {
          path: "",
          message: bilingual("decree.tooLarge", { size, limit: DECREE_FILE_LIMIT_BYTES / 1024 }),
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "", message: bilingual("decree.json", { detail }) }] };
  }
  return parseDecree(json);
}

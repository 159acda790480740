/**
 * Check any decree (built-in or imported) against the schema and explain every bad field in
 * Indonesian and English. Bad input is a value here, never an exception.
 */
import * as z from "zod";
import id from "zod/v4/locales/id.cjs";
import en from "zod/v4/locales/en.cjs";
import { MESSAGES, bilingual, t, type Bilingual, type Lang, type MessageKey } from "../i18n";
import { DecreeSchema, IndicatorSchema, type Decree } from "./schema";

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
    parts.push(t(lang, "decree.where.table", { n: Number(t0) + 1, name: tableName(table) }));
  const ind =
    table !== undefined && indicators === "indicators" && typeof i0 === "number"
      ? pick(table, ["indicators", i0])
      : undefined;
  if (ind !== undefined)
    parts.push(t(lang, "decree.where.indicator", { n: Number(i0) + 1, name: indicatorName(ind) }));
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

/** A table as staff know it: its title (not its internal id). */
function tableName(value: unknown): string {
  const title = pick(value, ["title"]);
  return typeof title === "string" && title.trim() !== "" ? short(title) : "?";
}

/** An indicator as staff know it: its No. and the start of its text (not its internal id). */
function indicatorName(value: unknown): string {
  const no = pick(value, ["no"]);
  const text = pick(value, ["text"]);
  const parts = [
    typeof no === "string" && no.trim() !== "" ? `No. ${no.trim()}` : "",
    typeof text === "string" ? short(text) : "",
  ].filter((x) => x !== "");
  return parts.length > 0 ? parts.join(" \u2014 ") : "?";
}

const short = (text: string): string => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 40 ? `${one.slice(0, 39)}\u2026` : one;
};

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

/** Problems listed at most; the rest are counted in one more line. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * List items (array elements, at any depth) a decree may hold. An office's decree has a few
 * hundred indicators, a national consolidation (552 offices) about 8,300 items; more is refused by its count before
 * the schema sees it (a 1 MB file can hold 500,000 one-character items).
 */
export const MAX_DECREE_ITEMS = 20_000;

/** Array elements in a JSON value, counting nested ones; stops early past `limit`. */
function countItems(value: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && count <= limit) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      count += v.length;
      if (count <= limit) for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === "object") {
      for (const x of Object.values(v as Record<string, unknown>)) stack.push(x);
    }
  }
  return count;
}

const problem = (message: Bilingual): DecreeProblem => ({ path: "", message });

/** Check a decree object; on failure, one problem per bad field (the first 50, then a count). */
export function parseDecree(input: unknown): DecreeResult {
  try {
    return checkDecree(input);
  } catch (error) {
    // A bug or a limit of the checker: still a problem to show, never an exception.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(bilingual("decree.unreadable", { detail }))] };
  }
}

function checkDecree(input: unknown): DecreeResult {
  if (countItems(input, MAX_DECREE_ITEMS) > MAX_DECREE_ITEMS)
    return {
      ok: false,
      problems: [problem(bilingual("decree.tooManyItems", { limit: MAX_DECREE_ITEMS }))],
    };
  let issues: readonly Issue[];
  try {
    const result = DecreeSchema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, decree: result.data };
    issues = result.error.issues;
  } catch (error) {
    // zod gathers every problem of a list in one call, which overflows the stack past about
    // 100,000 problems: then the indicators are checked one by one, the first 50 kept.
    if (!(error instanceof RangeError)) throw error;
    return listed(input, indicatorIssues(input));
  }
  return listed(input, { first: issues.slice(0, MAX_LISTED_PROBLEMS), total: issues.length });
}

/** The problems of every indicator, checked one at a time: the first 50 and how many in all. */
function indicatorIssues(input: unknown): { first: Issue[]; total: number } {
  const first: Issue[] = [];
  let total = 0;
  const tables = pick(input, ["tables"]);
  (Array.isArray(tables) ? tables : []).forEach((table: unknown, ti) => {
    const indicators = pick(table, ["indicators"]);
    (Array.isArray(indicators) ? indicators : []).forEach((ind: unknown, ii) => {
      const r = IndicatorSchema.safeParse(ind, { reportInput: true });
      if (r.success) return;
      for (const issue of r.error.issues) {
        total++;
        if (first.length < MAX_LISTED_PROBLEMS)
          first.push({ ...issue, path: ["tables", ti, "indicators", ii, ...issue.path] });
      }
    });
  });
  if (total === 0) throw new RangeError("too many problems to list");
  return { first, total };
}

function listed(input: unknown, found: { first: readonly Issue[]; total: number }): DecreeResult {
  const problems: DecreeProblem[] = found.first.map((issue) => ({
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
  if (found.total > found.first.length)
    problems.push(
      problem(bilingual("decree.moreProblems", { count: found.total - found.first.length }))
    );
  return { ok: false, problems };
}

/**
 * Check a decree file's text: its size, its JSON, then its fields. A byte-order mark at the
 * start (Notepad writes one) is not part of the JSON. Never throws.
 */
export function parseDecreeJson(text: string): DecreeResult {
  try {
    return checkDecreeJson(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(bilingual("decree.unreadable", { detail }))] };
  }
}

function checkDecreeJson(text: string): DecreeResult {
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

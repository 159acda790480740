/**
 * The one message table of Kinerja. Each feature keeps its part in its own file; this module
 * joins them, so every key is unique and every message has both languages (a test checks it).
 */
import { CONVERT_MESSAGES } from "./convert";
import { DECREE_MESSAGES } from "./decree";
import { FINDING_MESSAGES } from "./findings";
import { GABUNG_MESSAGES } from "./gabung";
import { PANE_MESSAGES } from "./pane";
import { TODO_MESSAGES } from "./todo";
import { UI_MESSAGES } from "./ui";
import { fill, type Bilingual, type Lang, type Params } from "./types";

export const MESSAGES = {
  ...CONVERT_MESSAGES,
  ...DECREE_MESSAGES,
  ...FINDING_MESSAGES,
  ...GABUNG_MESSAGES,
  ...UI_MESSAGES,
  ...PANE_MESSAGES,
  ...TODO_MESSAGES,
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

/** The message `key` in `lang`, with its parameters filled in. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(MESSAGES[key][lang], params);
}

/** The message in both languages, for results that travel (findings, errors). */
export function bilingual(key: MessageKey, params?: Params): Bilingual {
  return { id: t("id", key, params), en: t("en", key, params) };
}

/**
 * The instruction shown under a finding's message (`todo.<code>`), or undefined when the
 * message itself says what to do (`MESSAGE_SAYS_WHAT_TO_DO`).
 */
export function todoOf(code: string): MessageKey | undefined {
  const key = `todo.${code}`;
  return key in MESSAGES ? (key as MessageKey) : undefined;
}

/** The parts of the table, for the test that no key is defined twice. */
export const MESSAGE_PARTS = {
  CONVERT_MESSAGES,
  DECREE_MESSAGES,
  FINDING_MESSAGES,
  GABUNG_MESSAGES,
  UI_MESSAGES,
  PANE_MESSAGES,
  TODO_MESSAGES,
};

export { MESSAGE_SAYS_WHAT_TO_DO } from "./todo";
export { fill, LANGS, type Bilingual, type Lang, type Params } from "./types";

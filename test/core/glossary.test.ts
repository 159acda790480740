/** Every catalog speaks the glossary's words (docs/glossary.md); every finding code says what to do. */
import { MESSAGES, MESSAGE_SAYS_WHAT_TO_DO } from "../../src/core/i18n";
import { FINDING_CODES } from "../../src/core/rules/finding";
import { CLI_MESSAGES } from "../../src/cli/messages";

const catalogs: [string, Record<string, { id: string; en: string }>][] = [
  ["core", MESSAGES],
  ["cli", CLI_MESSAGES as Record<string, { id: string; en: string }>],
];

/** Words ruled out in Indonesian text, with what to write instead. */
const NOT_IN_ID: [RegExp, string][] = [
  [/\bgalat\b/i, "kesalahan"],
  [/\btemuan\b/i, "hasil pemeriksaan"],
  [/(?<!kinerja )\btemplate\b/i, "templat"],
  [/\bvalidasi\b(?! data)/i, "Periksa Isian"],
  [/\bbila\b/i, "jika"],
  [/\btidak bisa\b/i, "tidak dapat"],
  [/\bpunya\b/i, "memiliki"],
  [/\b(me)?pakai\b/i, "menggunakan"],
  [/\btriwulan pelaporan\b/i, "TW pelaporan"],
  [/\blembar Info\b(?! Kinerja)/, "lembar Info Kinerja"],
  [/\btidak sah\b/i, "tidak dapat digunakan"],
  [/\bkelompok sasaran\b/i, "sasaran"],
];
/** Internals no message shows, in either language. */
const NO_INTERNALS: [RegExp, string][] = [
  [/ExcelApi/, "Excel versions by name"],
  [/\bQ[1-4]\b/, "TW I–IV"],
];

test.each(catalogs)("the %s catalog uses the glossary's words", (_name, table) => {
  const found: string[] = [];
  for (const [key, m] of Object.entries(table)) {
    for (const [word, instead] of NOT_IN_ID)
      if (word.test(m.id)) found.push(`${key}: "${m.id.match(word)?.[0]}" → ${instead}`);
    for (const [word, instead] of NO_INTERNALS)
      for (const text of [m.id, m.en])
        if (word.test(text)) found.push(`${key}: ${word} → ${instead}`);
  }
  expect(found).toEqual([]);
});

test("the check finds a word outside the glossary (it can fail)", () => {
  expect(NOT_IN_ID.some(([w]) => w.test("1 galat"))).toBe(true);
  expect(NOT_IN_ID.some(([w]) => w.test("perintah kinerja template"))).toBe(false);
});

test.each(FINDING_CODES)("finding %s says what to do once, in both languages", (code) => {
  const todo = (MESSAGES as Record<string, { id: string; en: string }>)[`todo.${code}`];
  // Either the message says it, or its todo does: never both, never neither.
  expect(MESSAGE_SAYS_WHAT_TO_DO.has(code)).toBe(todo === undefined);
  if (todo !== undefined) {
    expect(todo.id.trim()).toBeTruthy();
    expect(todo.en.trim()).toBeTruthy();
  }
});

test("no instruction is written twice among the todos", () => {
  const todos = Object.entries(MESSAGES as Record<string, { id: string; en: string }>).filter(
    ([k]) => k.startsWith("todo.")
  );
  for (const lang of ["id", "en"] as const) {
    const texts = todos.map(([, m]) => m[lang]);
    expect(texts.filter((x, i) => texts.indexOf(x) !== i)).toEqual([]);
  }
});

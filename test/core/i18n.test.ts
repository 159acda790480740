/** The one message table: every key once, every message in both languages with the same parameters. */
import { MESSAGES, MESSAGE_PARTS, fill } from "../../src/core/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("no key is defined in two parts (a later part would silently replace it)", () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [part, table] of Object.entries(MESSAGE_PARTS)) {
    for (const key of Object.keys(table)) {
      if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${part}`);
      seen.set(key, part);
    }
  }
  expect(clashes).toEqual([]);
  expect(seen.size).toBe(Object.keys(MESSAGES).length);
});

test.each(Object.entries(MESSAGES))("%s has both languages and the same parameters", (_key, m) => {
  expect(m.id.trim()).not.toBe("");
  expect(m.en.trim()).not.toBe("");
  expect(placeholders(m.en)).toEqual(placeholders(m.id));
});

test("fill keeps an unknown placeholder visible", () => {
  expect(fill("{a} dan {b}", { a: 1 })).toBe("1 dan {b}");
});

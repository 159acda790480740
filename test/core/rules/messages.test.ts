import { FINDING_MESSAGES } from "../../../src/core/i18n/findings";
import { FINDING_CODES, FINDING_SEVERITY, finding } from "../../../src/core/rules";

describe("finding messages", () => {
  test.each(FINDING_CODES)("%s has a message in both languages and a severity", (code) => {
    const m = FINDING_MESSAGES[`finding.${code}`];
    expect(m.id.trim()).not.toBe("");
    expect(m.en.trim()).not.toBe("");
    expect(["error", "warning", "info"]).toContain(FINDING_SEVERITY[code]);
    const f = finding(
      code,
      "rkt-kpu-1",
      "realisasi",
      { value: 1, expected: 2, detail: "x", readings: [1, 1000], fix: { value: 0.5 } },
      2
    );
    expect(f.message.id).not.toMatch(/\{\w+\}/);
    expect(f.message.en).not.toMatch(/\{\w+\}/);
  });

  test("every finding.* message belongs to a code", () => {
    const keys = Object.keys(FINDING_MESSAGES).filter((k) => k.startsWith("finding."));
    expect(keys.sort()).toEqual(FINDING_CODES.map((c) => `finding.${c}`).sort());
  });
});

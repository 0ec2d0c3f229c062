import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recognizeFigures } from "../../../../src/core/figures";

/** Fragments that figures are made of, so random texts hit the patterns often. */
const PIECES = [
  "$", "€", "£", "RM", "dlrs ", "1,500", "2.5", "1,5", "30", "1998", "2024-06-13", " million", " billion", "bn", "m",
  " percent", "%", " per cent", " miles", " km", "-year", "-year-old", " years", " ago", " a week", " per day",
  " to ", "-", "–", " and ", "Thursday", " night", "November", "May", "March", " last ", " this ", " next ", " year",
  "twenty", "-eight", " hundred", " and a half", "seven-tenths of 1", "more than ", "about ", ", ", ". ", "\n",
  "CVE-2024-1234", "4:07.13", "(202) 555-0143", " the ", "Biden", "fall", "summer", "10-", " to 18-foot",
];

describe("figure recognition properties", () => {
  it("returns sorted, non-overlapping spans that match the text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.constantFrom(undefined, "2024-06-13"), (parts, pub) => {
        const text = parts.join("");
        const ms = recognizeFigures(text, pub ? { publishedAt: pub } : {});
        let end = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.key.startsWith(`fig:${m.type}:`)).toBe(true);
          if (m.value !== undefined) expect(Number.isFinite(m.value)).toBe(true);
          if (m.resolved !== undefined) expect(m.resolved).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          end = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never backtracks catastrophically on adversarial input", () => {
    const inputs = [
      "1,".repeat(20000),
      "1 ".repeat(20000),
      "a-".repeat(20000),
      "twenty-".repeat(5000),
      "$".repeat(20000) + "5",
      "per ".repeat(10000) + "cent",
      "seven-tenths of ".repeat(3000),
      "May ".repeat(10000),
      "9".repeat(50000),
    ];
    for (const text of inputs) expect(Array.isArray(recognizeFigures(text))).toBe(true);
  });

  it("finds the same figures in a text and in that text repeated", () => {
    const text = "The $50 billion loan was signed Thursday, 10 years after 5 percent of 70 miles. ";
    const once = recognizeFigures(text).length;
    expect(recognizeFigures(text.repeat(50)).length).toBe(once * 50);
  });
});

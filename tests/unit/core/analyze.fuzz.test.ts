/**
 * Property-based checks of the whole core on arbitrary input (issue 10): whatever the text, the
 * pipeline never throws, every mention's offsets are valid and its text is the slice it names,
 * mentions are ordered and disjoint, and the result is deterministic.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeText, mergeMentions, recognizeText } from "../../../src/core/analyze";
import { recognizeFigures } from "../../../src/core/figures";
import { recognizeNames } from "../../../src/core/names";
import { createKnowledgeBase } from "../../../src/core/dataset/kb";
import type { CompiledDataset } from "../../../src/core/dataset/schema";
import type { Mention } from "../../../src/core/types";

const kb = createKnowledgeBase(JSON.parse(readFileSync("generated/gloss.data.json", "utf8")) as CompiledDataset);
const seed = readFileSync("seeds/000_dd61feb8ed6138f1.txt", "utf8");

function checkMentions(text: string, mentions: Mention[]): void {
  let lastEnd = 0;
  for (const m of mentions) {
    expect(Number.isInteger(m.start) && Number.isInteger(m.end)).toBe(true);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.confidence).toBeGreaterThanOrEqual(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    if (m.value !== undefined) expect(Number.isFinite(m.value)).toBe(true);
    lastEnd = m.end;
  }
}

/** Text that looks like news: real words, names, numbers, punctuation and odd Unicode mixed. */
const newsy = fc.array(
  fc.oneof(
    fc.constantFrom(...seed.split(/(\s+)/).slice(0, 400)),
    fc.constantFrom("$", "€", "%", "U.S.", "1,000", "3.5", "bn", "million", "\u00a0", "\u202e", "\u200b", "'s", "’s", "—", "(", ")", "\n\n", "1996-08-30", "CVE-2024-1234", "+1 555 0100", "2-1"),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.string({ unit: "binary", maxLength: 4 }),
  ),
  { maxLength: 200 },
).map((parts) => parts.join(""));

describe("analyzeText on arbitrary input", () => {
  it("never throws and returns valid, ordered, disjoint mentions", () => {
    fc.assert(
      fc.property(fc.oneof(newsy, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
        const { mentions, cards } = analyzeText(text, kb, { publishedAt: "2024-06-13" });
        checkMentions(text, mentions);
        for (const c of cards) expect(mentions.some((m) => m.key === c.key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const a = analyzeText(text, kb, { publishedAt: "2024-06-13" });
        const b = analyzeText(text, kb, { publishedAt: "2024-06-13" });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("accepts a missing or malformed publication date", () => {
    for (const publishedAt of [undefined, "", "not a date", "2024-13-45", "9999-99-99T99:99"]) {
      const { mentions } = analyzeText(seed, kb, { publishedAt });
      checkMentions(seed, mentions);
    }
  });

  it("recognizes, in recognizeText, the two recognizers' mentions merged, and builds cards without changing them", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const opts = { publishedAt: "2024-06-13" };
        const merged = mergeMentions(recognizeNames(text, kb), recognizeFigures(text, opts));
        expect(recognizeText(text, kb, opts)).toEqual(merged);
        expect(analyzeText(text, kb, opts).mentions).toEqual(merged);
      }),
      { numRuns: 50 },
    );
  });

  it("reads a text longer than one names window (64 KB) into valid mentions, with no paragraph breaks to cut at", () => {
    const sentences = seed.replace(/\s+/g, " ");
    const text = sentences.repeat(Math.ceil(600_000 / sentences.length));
    const { mentions, cards } = analyzeText(text, kb, { publishedAt: "2024-06-13" });
    checkMentions(text, mentions);
    expect(mentions.filter((m) => m.text === "Zelenskyy").length).toBeGreaterThan(20);
    expect(cards.length).toBeGreaterThan(10);
  });

  it("handles a 10,000-character word and deep punctuation runs", () => {
    for (const text of ["x".repeat(10_000), "A".repeat(10_000), "$".repeat(5000) + "1", "1,".repeat(5000), "U.".repeat(5000), "Mr. ".repeat(3000)]) {
      const { mentions } = analyzeText(text, kb, {});
      checkMentions(text, mentions);
    }
  });
});

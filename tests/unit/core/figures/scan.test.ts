import { describe, expect, it } from "vitest";
import type { FigureContext } from "../../../../src/core/figures/candidate";
import { compileTriggers, matchAt, mergeStarts, numbersNear, scanStarts, wordList, wordStarts } from "../../../../src/core/figures/scan";

const THURSDAY = wordList(["thursday"]);
const TWO_MAY = wordList(["two", "may"]);
const TWO = wordList(["two"]);
const PERCENT = wordList(["percent", "percent"]);
const ABSENT = wordList(["absent"]);
const triggers = compileTriggers([THURSDAY, TWO_MAY, TWO, PERCENT, ABSENT]);

describe("scan", () => {
  const text = "On Thursday, 1,500 people (two percent) came; in May 2.5 more. $5";
  const starts = scanStarts(text, triggers);

  it("finds digit runs once per number, signs, and trigger words case-insensitively", () => {
    expect(starts.digits.map((d) => text.slice(d, d + 3))).toEqual(["1,5", "2.5", "5"]);
    expect(starts.signs).toEqual([text.indexOf("$")]);
    expect(Array.from(wordStarts(starts, THURSDAY))).toEqual([text.indexOf("Thursday")]);
    expect(Array.from(wordStarts(starts, TWO_MAY))).toEqual([text.indexOf("two"), text.indexOf("May")]);
    expect(Array.from(wordStarts(starts, PERCENT))).toEqual([text.indexOf("percent")]);
    expect(Array.from(wordStarts(starts, ABSENT))).toEqual([]);
  });

  it("refuses, when compiling, a trigger word the scan could never find", () => {
    for (const word of ["Two", "per-cent", "kilowatt-hours", "café", ""]) expect(() => compileTriggers([wordList([word])])).toThrow(/a-z/);
  });

  it("refuses a word list the triggers were not compiled with", () => {
    expect(() => wordStarts(starts, wordList(["two"]))).toThrow();
  });

  it("keeps numbers that a keyword follows closely", () => {
    const numbers = mergeStarts(starts.digits, wordStarts(starts, TWO));
    const ctx: FigureContext = { text, starts, numbers };
    expect(numbersNear(ctx, wordStarts(starts, PERCENT), 10)).toEqual([text.indexOf("two")]);
  });

  it("tries a sticky pattern only at the given offsets, skipping inside a match", () => {
    const re = /\d[\d,.]*/y;
    expect(matchAt(re, text, starts.digits).map((m) => m[0])).toEqual(["1,500", "2.5", "5"]);
    expect(matchAt(/\d+/y, "123", [0, 1, 2]).map((m) => m[0])).toEqual(["123"]);
  });
});

describe("scanStarts: invisible characters", () => {
  it("notes whether the text holds one", () => {
    const triggers = compileTriggers([wordList(["million"])]);
    expect(scanStarts("$3 billion", triggers).invisible).toBe(false);
    for (const ch of ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]) {
      expect(scanStarts(`$3${ch} billion`, triggers).invisible).toBe(true);
    }
    // Look-alike spaces are not invisible: the patterns read them as they are.
    expect(scanStarts("3\u00a0million\u202f", triggers).invisible).toBe(false);
  });
});

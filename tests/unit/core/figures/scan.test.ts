import { describe, expect, it } from "vitest";
import type { FigureContext } from "../../../../src/core/figures/candidate";
import { compileTriggers, matchAt, mergeStarts, numbersNear, scanStarts, wordStarts } from "../../../../src/core/figures/scan";

const triggers = compileTriggers(["percent", "two", "may", "thursday"]);

describe("scan", () => {
  const text = "On Thursday, 1,500 people (two percent) came; in May 2.5 more. $5";
  const starts = scanStarts(text, triggers);

  it("finds digit runs once per number, signs, and trigger words case-insensitively", () => {
    expect(starts.digits.map((d) => text.slice(d, d + 3))).toEqual(["1,5", "2.5", "5"]);
    expect(starts.signs).toEqual([text.indexOf("$")]);
    expect(Array.from(wordStarts(starts, ["thursday"]))).toEqual([text.indexOf("Thursday")]);
    expect(Array.from(wordStarts(starts, ["two", "may"]))).toEqual([text.indexOf("two"), text.indexOf("May")]);
    expect(Array.from(wordStarts(starts, ["absent"]))).toEqual([]);
  });

  it("gives a word list's starts alike whether the list was first met before or after the scan", () => {
    const lists = [["two", "thursday"], ["may", "two"], ["percent", "may", "percent"]];
    const fresh = scanStarts(text, triggers);
    const firstMet = lists.map((l) => Array.from(wordStarts(fresh, l)));
    const rescanned = scanStarts(text, triggers);
    expect(lists.map((l) => Array.from(wordStarts(rescanned, l)))).toEqual(firstMet);
    expect(firstMet).toEqual([
      [text.indexOf("Thursday"), text.indexOf("two")],
      [text.indexOf("two"), text.indexOf("May")],
      [text.indexOf("percent"), text.indexOf("May")],
    ]);
  });

  it("keeps numbers that a keyword follows closely", () => {
    const numbers = mergeStarts(starts.digits, wordStarts(starts, ["two"]));
    const ctx: FigureContext = { text, starts, numbers };
    expect(numbersNear(ctx, wordStarts(starts, ["percent"]), 10)).toEqual([text.indexOf("two")]);
  });

  it("tries a sticky pattern only at the given offsets, skipping inside a match", () => {
    const re = /\d[\d,.]*/y;
    expect(matchAt(re, text, starts.digits).map((m) => m[0])).toEqual(["1,500", "2.5", "5"]);
    expect(matchAt(/\d+/y, "123", [0, 1, 2]).map((m) => m[0])).toEqual(["123"]);
  });
});

describe("scanStarts: invisible characters", () => {
  it("notes whether the text holds one", () => {
    const triggers = compileTriggers(["million"]);
    expect(scanStarts("$3 billion", triggers).invisible).toBe(false);
    for (const ch of ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]) {
      expect(scanStarts(`$3${ch} billion`, triggers).invisible).toBe(true);
    }
    // Look-alike spaces are not invisible: the patterns read them as they are.
    expect(scanStarts("3\u00a0million\u202f", triggers).invisible).toBe(false);
  });
});

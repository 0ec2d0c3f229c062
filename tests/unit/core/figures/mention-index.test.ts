import { describe, expect, it } from "vitest";
import { MentionIndex } from "../../../../src/core/figures/mention-index";
import type { Mention } from "../../../../src/core/types";

function mention(start: number, end: number, type: Mention["type"], key = `${type}:${start}`): Mention {
  return { start, end, text: "x".repeat(end - start), type, entityId: null, name: null, key, confidence: 1, rule: "test" };
}

describe("mention index", () => {
  const text = "x".repeat(100);
  const inReadingOrder = [mention(0, 5, "date"), mention(10, 15, "money"), mention(10, 12, "percent"), mention(20, 30, "date"), mention(40, 45, "money", "money:10")];
  const shuffled = [inReadingOrder[3]!, inReadingOrder[0]!, inReadingOrder[4]!, inReadingOrder[2]!, inReadingOrder[1]!];

  it("finds the mentions inside a span in list order, whatever order the list is in", () => {
    const dates = (list: Mention[]) => new MentionIndex(text, list).within(0, 31, (m) => m.type === "date").map((x) => [x.m.start, x.at]);
    expect(dates(inReadingOrder)).toEqual([[0, 0], [20, 3]]);
    expect(dates(shuffled)).toEqual([[20, 0], [0, 1]]);
    expect(new MentionIndex(text, inReadingOrder).within(10, 14, () => true).map((x) => x.m.type)).toEqual(["percent"]);
  });

  it("takes the first in list order of the mentions starting in a range", () => {
    const first = (list: Mention[]) => new MentionIndex(text, list).firstStartingIn(10, 20, (m) => m.type !== "percent");
    expect(first(inReadingOrder)).toBe(inReadingOrder[1]);
    expect(first(shuffled)).toBe(inReadingOrder[3]);
    expect(new MentionIndex(text, inReadingOrder).firstStartingIn(31, 39, () => true)).toBeUndefined();
  });

  it("groups the mentions of a key, handed over or built on first request", () => {
    expect(new MentionIndex(text, inReadingOrder).withKey("money:10")).toEqual([inReadingOrder[1], inReadingOrder[4]]);
    const given = new Map([["money:10", [inReadingOrder[4]!]]]);
    expect(new MentionIndex(text, inReadingOrder, given).withKey("money:10")).toEqual([inReadingOrder[4]]);
    expect(new MentionIndex(text, inReadingOrder).withKey("none")).toEqual([]);
  });
});

/** Inputs built to hurt: long capitalized runs, long texts, odd characters. Offsets must stay valid. */
import { describe, expect, it } from "vitest";
import { recognizeNames } from "../../../../src/core/names";
import { kb } from "./fixture";

function valid(text: string) {
  const mentions = recognizeNames(text, kb);
  let last = -1;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    expect(m.rule.length).toBeGreaterThan(0);
    last = m.end;
  }
  return mentions;
}

describe("robustness", () => {
  it("handles one long run of titles and names", () => {
    const text = Array.from({ length: 3000 }, () => "President Joe Biden").join(" ") + ".";
    const mentions = valid(text);
    expect(mentions.filter((m) => m.entityId === "Q6279").length).toBe(3000);
  });

  it("handles a long run of unknown capitalized words and long person names", () => {
    valid(Array.from({ length: 5000 }, (_, i) => `Xq${i}`).join(" ") + " said.");
  });

  it("handles empty, blank and symbol-only text", () => {
    expect(valid("")).toEqual([]);
    expect(valid(" \n\n ")).toEqual([]);
    valid("(((( )))) --- ... ’’’ U.S.A.B.C. A. B. C. & & &");
  });

  it("handles scripts and marks it does not fold", () => {
    valid("Владимир Путин and 习近平 met Zelenskyy\u0301 in Kyiv.");
  });
});

import { describe, expect, it } from "vitest";
import { figures, mention } from "./helpers";

describe("durations", () => {
  it("reads counted and hyphenated forms", () => {
    expect(mention("a 10-year agreement", "10-year")).toMatchObject({ type: "duration", value: 10, unit: "year", key: "fig:duration:10 year" });
    expect(mention("sign ten-year pact", "ten-year")).toMatchObject({ value: 10, unit: "year", key: "fig:duration:10 year" });
    expect(mention("his four-year term", "four-year").value).toBe(4);
    expect(mention("for four years", "four years").value).toBe(4);
    expect(mention("the past two and a half years", "two and a half years").value).toBe(2.5);
    expect(mention("a six-and-a-half-year low", "six-and-a-half-year").value).toBe(6.5);
    expect(mention("over two centuries of law", "two centuries").unit).toBe("century");
    // Each form behind a cheap character test before its pattern: capital "A", no-break space, "per".
    expect(mention("A year ago, the plan", "year")).toMatchObject({ type: "date" });
    expect(mention("two years\u00a0ago the plan", "two years")).toMatchObject({ type: "date" });
  });
  it("adds up compound times in seconds", () => {
    expect(mention("clocking 2 hours, 32 minutes, 25.3 seconds.", "2 hours, 32 minutes, 25.3 seconds")).toMatchObject({ value: 9145.3, unit: "s" });
  });
  it("reads vague and article forms, the unit alone as the span", () => {
    expect(mention("a few years ago", "few years").approximate).toBe(true);
    expect(mention("refrigerate for several hours", "several hours").unit).toBe("h");
    expect(mention("for about half an hour", "half an hour").value).toBe(0.5);
    expect(mention("burning for a month in", "month")).toMatchObject({ value: 1, unit: "month" });
  });
  it("names an article form by its preposition and hedge only, never the words before them", () => {
    expect(mention("He joined Atalanta for a year in 2019.", "year").name).toBe("for a year");
    expect(mention("It took more than a decade.", "decade").name).toBe("more than a decade");
    expect(mention("Talks resume in about a month.", "month").name).toBe("in about a month");
  });
  it("splits a range, the low end taking the unit of the high", () => {
    expect(figures("cook about 8 to 10 minutes.").map((m) => [m.text, m.value, m.valueMax])).toEqual([
      ["8", 8, 10],
      ["10 minutes", 8, 10],
    ]);
  });
  it("treats race times as results, not figures", () => {
    expect(figures("Pechstein skated 4:07.36 for second place and Postma clocked 1:48.85.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { figures, mention } from "./helpers";

describe("percent", () => {
  it("reads every way of writing it", () => {
    expect(mention("up 5 percent", "5 percent")).toMatchObject({ type: "percent", value: 5, unit: "%", key: "fig:percent:5" });
    expect(mention("up 5% today", "5%")).toMatchObject({ value: 5 });
    expect(mention("about 53 per cent of", "53 per cent")).toMatchObject({ value: 53 });
    expect(mention("Twenty-eight percent of the respondents", "Twenty-eight percent")).toMatchObject({ value: 28 });
    expect(mention("declined by seven-tenths of 1 percent from", "seven-tenths of 1 percent").value).toBeCloseTo(0.7, 12);
    expect(mention("rose 0.2 percentage points", "0.2 percentage points")).toMatchObject({ value: 0.2, unit: "pp" });
    expect(mention("a 3,5 % rise", "3,5 %")).toMatchObject({ value: 3.5 });
  });
  it("splits a range at its separator, both ends carrying it", () => {
    expect(figures("receive 5-15 percent discount").map((m) => [m.text, m.value, m.valueMax])).toEqual([
      ["5", 5, 15],
      ["15 percent", 5, 15],
    ]);
  });
});

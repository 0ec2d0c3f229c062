import { describe, expect, it } from "vitest";
import { type Candidate, settleOverlaps } from "../../../../src/core/figures/candidate";

const c = (start: number, end: number, priority: number, rule = `${start}-${end}`): Candidate => ({
  start, end, type: "date", confidence: 1, rule, priority,
});

describe("settleOverlaps", () => {
  it("keeps the longest of overlapping candidates, the higher priority on equal length", () => {
    const kept = settleOverlaps([c(0, 4, 1), c(0, 11, 1), c(2, 6, 3), c(20, 24, 1, "low"), c(20, 24, 3, "high"), c(30, 32, 1)]);
    expect(kept.map((k) => k.rule)).toEqual(["0-11", "high", "30-32"]);
  });
});

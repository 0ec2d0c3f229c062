import { describe, expect, it } from "vitest";
import { formatExact, formatIsoDate, formatMoney, formatNumber, formatQuantity, formatShare, formatTimes } from "../../../src/core/format";

describe("format", () => {
  it("writes a valid ISO day as a day and leaves every other string as it is", () => {
    expect(formatIsoDate("1942-11-20")).toBe("20 November 1942");
    expect(formatIsoDate("Kyiv")).toBe("Kyiv");
    expect(formatIsoDate("2024-13-40")).toBe("2024-13-40");
    expect(formatIsoDate("2024-06-13T18:30:00Z")).toBe("2024-06-13T18:30:00Z");
  });

  it("writes large numbers in words and others with separators, never in exponents", () => {
    expect(formatNumber(5e10)).toBe("50 billion");
    expect(formatNumber(38_980_376)).toBe("39 million");
    expect(formatNumber(1282.55)).toBe("1,283");
    expect(formatNumber(12345)).toBe("12,345");
    expect(formatNumber(0.28)).toBe("0.28");
  });
  it("writes money with symbols or codes", () => {
    expect(formatMoney(5e10, "USD")).toBe("$50 billion");
    expect(formatMoney(4.482e10, "EUR")).toBe("€44.8 billion");
    expect(formatMoney(1.06e9, "MYR")).toBe("RM1.06 billion");
    expect(formatMoney(2e6, "CHF")).toBe("2 million CHF");
  });
  it("writes shares and multiples readably", () => {
    expect(formatShare(0.2334)).toBe("23%");
    expect(formatShare(0.0234)).toBe("2.3%");
    expect(formatShare(0.0023)).toBe("0.23%");
    expect(formatTimes(1.34)).toBe("1.3×");
    expect(formatTimes(12.4)).toBe("12×");
  });
  it("writes exact values and quantities", () => {
    expect(formatExact(5e10)).toBe("50,000,000,000");
    expect(formatQuantity(112.65, "km")).toBe("113 km");
  });
});

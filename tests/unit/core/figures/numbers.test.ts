import { describe, expect, it } from "vitest";
import { clean, digitsValue, parseNumber, scaleValue } from "../../../../src/core/figures/numbers";

describe("parseNumber", () => {
  it("reads digits with thousands separators", () => {
    expect(parseNumber("1,500")).toBe(1500);
    expect(parseNumber("1 500 000")).toBe(1500000);
    expect(parseNumber("12\u00a0345")).toBe(12345);
    expect(parseNumber("39,298")).toBe(39298);
  });
  it("reads decimal points and unambiguous decimal commas", () => {
    expect(parseNumber("5.4")).toBe(5.4);
    expect(parseNumber("1,5")).toBe(1.5);
    expect(parseNumber("3,25")).toBe(3.25);
    expect(parseNumber(".5")).toBe(0.5);
  });
  it("reads spelled-out numbers", () => {
    expect(parseNumber("Twenty-eight")).toBe(28);
    expect(parseNumber("SIXTY-FIVE")).toBe(65);
    expect(parseNumber("two hundred")).toBe(200);
    expect(parseNumber("three hundred and fifty")).toBe(350);
    expect(parseNumber("a dozen")).toBe(12);
    expect(parseNumber("two and a half")).toBe(2.5);
    expect(parseNumber("six-and-a-half")).toBe(6.5);
  });
  it("reads fractions of a number", () => {
    expect(parseNumber("seven-tenths of 1")).toBeCloseTo(0.7, 12);
    expect(parseNumber("two-thirds of a")).toBeCloseTo(2 / 3, 12);
  });
  it("rejects what is not a number", () => {
    expect(parseNumber("apple")).toBeUndefined();
    expect(parseNumber("")).toBeUndefined();
  });
});

describe("scales", () => {
  it("multiplies by scale words and press abbreviations", () => {
    expect(scaleValue(" billion")).toBe(1e9);
    expect(scaleValue("bn")).toBe(1e9);
    expect(scaleValue("m")).toBe(1e6);
    expect(scaleValue(" mln")).toBe(1e6);
    expect(scaleValue(undefined)).toBe(1);
  });
  it("keeps products exact", () => {
    expect(clean(5.4 * 1e6)).toBe(5400000);
    expect(clean(0.1 * 3)).toBe(0.3);
    expect(digitsValue("1,234,567.5")).toBe(1234567.5);
  });
});

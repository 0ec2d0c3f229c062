import { describe, expect, it } from "vitest";
import { convertUnit, toMetres, toSquareKm } from "../../../../src/core/figures/units";

describe("unit conversion", () => {
  it("uses the exact definitions", () => {
    expect(convertUnit(70, "mi")!.value).toBeCloseTo(112.65408, 9);
    expect(convertUnit(100, "km")!).toMatchObject({ unit: "mi" });
    expect(convertUnit(100, "km")!.value).toBeCloseTo(62.13711922, 7);
    expect(convertUnit(1, "lb")!.value).toBe(0.45359237);
    expect(convertUnit(1, "bbl")!.value).toBe(158.987294928);
    expect(convertUnit(250000, "sq ft")!.value).toBeCloseTo(23225.76, 6);
  });
  it("converts temperatures by formula", () => {
    expect(convertUnit(40, "°C")).toMatchObject({ value: 104, unit: "°F" });
    expect(convertUnit(212, "°F")).toMatchObject({ value: 100, unit: "°C" });
  });
  it("has no conversion for counts", () => {
    expect(convertUnit(3, "game")).toBeUndefined();
  });
  it("brings lengths and areas to common units", () => {
    expect(toMetres(1, "mi")).toBe(1609.344);
    expect(toSquareKm(100, "ha")).toBe(1);
  });
});

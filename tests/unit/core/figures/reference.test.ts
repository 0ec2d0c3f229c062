import { describe, expect, it } from "vitest";
import { CPI_LATEST_YEAR, ECB_RATES, cpiOf, inflateUsd, toEuro, toUsd } from "../../../../src/core/figures/reference";

describe("bundled reference tables", () => {
  it("dates the exchange rates", () => {
    expect(ECB_RATES.date).toBe("2024-09-26");
    expect(ECB_RATES.perEuro.USD).toBe(1.1155);
  });
  it("converts through the euro", () => {
    expect(toEuro(1.1155e9, "USD")!.value).toBeCloseTo(1e9, 3);
    expect(toUsd(1e9, "EUR")).toBeCloseTo(1.1155e9, 3);
    expect(toUsd(4.6237e9, "MYR")).toBeCloseTo(1.1155e9, 3);
    expect(toUsd(100, "USD")).toBe(100);
  });
  it("converts the euro's predecessors at their irrevocable rates", () => {
    const dem = toEuro(1.95583e6, "DEM")!;
    expect(dem.value).toBeCloseTo(1e6, 6);
    expect(dem.table.source).toBe("Council Regulation (EC) No 2866/98");
  });
  it("knows nothing of currencies outside the tables", () => {
    expect(toUsd(1, "XYZ")).toBeUndefined();
  });
  it("inflates dollars with the CPI-U annual averages", () => {
    expect(cpiOf(1998)).toBe(163.0);
    expect(CPI_LATEST_YEAR).toBe(2024);
    const r = inflateUsd(5.4e6, 1998)!;
    expect(r.value).toBeCloseTo((5.4e6 * 313.689) / 163.0, 3);
    expect(inflateUsd(1, 1900)).toBeUndefined();
  });
});

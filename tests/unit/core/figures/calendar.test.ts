import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, describeResolved, resolveWeekday, weekday } from "../../../../src/core/figures/calendar";

const PUB = { y: 2024, m: 6, d: 13 };

describe("calendar", () => {
  it("knows weekdays", () => {
    expect(weekday(PUB)).toBe(4);
    expect(describeResolved("2024-06-13")).toBe("Thursday 13 June 2024");
    expect(describeResolved("2024-11")).toBe("November 2024");
    expect(describeResolved("2022")).toBe("2022");
  });
  it("adds days and months across boundaries, clamping month ends", () => {
    expect(addDays({ y: 2024, m: 2, d: 28 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addDays({ y: 2023, m: 12, d: 31 }, 1)).toEqual({ y: 2024, m: 1, d: 1 });
    expect(addMonths({ y: 2024, m: 1, d: 31 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths(PUB, 120)).toEqual({ y: 2034, m: 6, d: 13 });
    expect(addMonths(PUB, -24)).toEqual({ y: 2022, m: 6, d: 13 });
    expect(daysBetween({ y: 2024, m: 6, d: 10 }, PUB)).toBe(3);
  });
  it("resolves weekdays back to the publication day, or forward", () => {
    expect(resolveWeekday(4, PUB, false)).toEqual(PUB);
    expect(resolveWeekday(5, PUB, false)).toEqual({ y: 2024, m: 6, d: 7 });
    expect(resolveWeekday(1, PUB, true)).toEqual({ y: 2024, m: 6, d: 17 });
    // Looking ahead from a Thursday, "Thursday" is that day itself ("will testify Thursday").
    expect(resolveWeekday(4, PUB, true)).toEqual(PUB);
    expect(resolveWeekday(3, PUB, true)).toEqual({ y: 2024, m: 6, d: 19 });
  });
});

import { describe, expect, it } from "vitest";
import { spans } from "./helpers";

describe("no false figures", () => {
  it("skips identifiers, versions and phone numbers", () => {
    expect(spans("The flaw CVE-2024-1234 affects iOS 17.4 and version 2.1.3.")).toEqual([]);
    expect(spans("Call (202) 555-0143 or +44 20 7946 0958.")).toEqual([]);
    expect(spans("The F-35 and the Boeing 747 and an A320.")).toEqual([]);
    expect(spans("See https://example.com/2024/06/13 or mail a@b2024.org")).toEqual([]);
  });
  it("reads a version written from its decimal point without failing", () => {
    // The number run starts at the dot: the version is still found, and nothing throws.
    expect(spans("Apple shipped version .5 and iOS .5 and Windows .5 on the day.")).toEqual([]);
  });
  it("skips sports scores and years inside names", () => {
    expect(spans("The Knicks won 81-70 and lead the series 2-1.")).toEqual([]);
    expect(spans("He played in Euro 2024 and Vision 2030.")).toEqual([]);
  });
  it("reads spelled ordinals as ordinals, not as counts or seconds", () => {
    expect(spans("a twenty-first birthday and the Twenty-first")).toEqual([]);
    expect(spans("on Forty-Second Street, after the Twenty-Second Amendment")).toEqual([]);
    // Lower case, "forty-second" is as often a length of time.
    expect(spans("after a forty-second delay")).toEqual(["forty-second"]);
  });
  it("skips ages and temperatures written like decades, house numbers and names of wars", () => {
    expect(spans("He is in his late 50s.")).toEqual([]);
    expect(spans("Highs will reach the mid-80s, and temperatures stay in the 90s.")).toEqual([]);
    expect(spans("music of the 90s")).toEqual(["90s"]);
    expect(spans("The White House at 1600 Pennsylvania Avenue.")).toEqual([]);
    expect(spans("The Thirty Years’ War and the Seven Years' War")).toEqual([]);
    expect(spans("in four years' time")).toEqual(["four years"]);
  });
  it("skips counts that look like years", () => {
    expect(spans("Some 2000 troops and 1500 people")).toEqual([]);
  });
});

describe("results and names that look like figures", () => {
  it("skips golf scores and weekdays that start a name", () => {
    expect(spans("a three-under 68 for a 19-under total")).toEqual([]);
    expect(spans("The Sunday Telegraph reported")).toEqual([]);
    expect(spans("Black Friday sales rose after Super Tuesday and Bloody Sunday.")).toEqual([]);
    expect(spans("said on Sunday, March 3")).toEqual(["Sunday", "March 3"]);
  });
});

describe("weekdays before names", () => {
  it("keeps a weekday followed by a name that is not a title", () => {
    expect(spans("On Thursday President Biden said")).toEqual(["Thursday"]);
    expect(spans("according to the Sunday Times")).toEqual([]);
  });
});

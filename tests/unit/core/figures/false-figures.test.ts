import { describe, expect, it } from "vitest";
import { spans } from "./helpers";

describe("no false figures", () => {
  it("skips identifiers, versions and phone numbers", () => {
    expect(spans("The flaw CVE-2024-1234 affects iOS 17.4 and version 2.1.3.")).toEqual([]);
    expect(spans("Call (202) 555-0143 or +44 20 7946 0958.")).toEqual([]);
    expect(spans("The F-35 and the Boeing 747 and an A320.")).toEqual([]);
    expect(spans("See https://example.com/2024/06/13 or mail a@b2024.org")).toEqual([]);
  });
  it("skips sports scores and years inside names", () => {
    expect(spans("The Knicks won 81-70 and lead the series 2-1.")).toEqual([]);
    expect(spans("He played in Euro 2024 and Vision 2030.")).toEqual([]);
  });
  it("skips counts that look like years", () => {
    expect(spans("Some 2000 troops and 1500 people")).toEqual([]);
  });
});

/** Names the dataset lacks, found and typed from their context. */
import { describe, expect, it } from "vitest";
import { find } from "./fixture";

describe("names from context", () => {
  it("titles and honorifics make a person, outside the span", () => {
    const m = find("Retired Army Lt. Col. Alexander Vindman said so.", "Alexander Vindman");
    expect(m?.type).toBe("person");
    expect(m?.entityId).toBeNull();
    expect(m?.key).toBe("local:Alexander Vindman");
    expect(m?.rule).toContain("Lt. Col.");
    expect(find("He thanked Ms. Cohen for it.", "Cohen")?.type).toBe("person");
  });

  it("organization words make an organization", () => {
    expect(find("Shares of Boatmen's Bancshares Inc. rose.", "Boatmen's Bancshares Inc.")?.type).toBe("organization");
    expect(find("He met the Ministry of Defence staff.", "Ministry of Defence")?.type).toBe("organization");
    expect(find("The Chinese Embassy in Washington declined.", "Chinese Embassy")?.type).toBe("organization");
  });

  it("place words make a place", () => {
    expect(find("Boats sailed up the Mekong River at dawn.", "Mekong River")?.type).toBe("place");
    expect(find("They took control of Lake Wobegon last year.", "Lake Wobegon")?.type).toBe("place");
  });

  it("given names and initials make a person", () => {
    expect(find("The deal was signed by Michael Ancell on Friday.", "Michael Ancell")?.type).toBe("person");
    expect(find("Somerset 83 (K. Curran 52) lost.", "K. Curran")?.type).toBe("person");
  });

  it("a verb of speech makes a person", () => {
    expect(find("The plan is dead, Gorokhovsky said on Friday.", "Gorokhovsky")?.type).toBe("person");
    expect(find("\"We will win,\" said Anatoly Gorokhovsky.", "Anatoly Gorokhovsky")?.type).toBe("person");
  });

  it("an acronym after \"the\" is an organization", () => {
    expect(find("Talks with the OSCE resumed.", "OSCE")?.type).toBe("organization");
  });
});

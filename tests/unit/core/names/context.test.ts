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

  it("an ampersand makes a firm, and a possessive joins only company names", () => {
    expect(find("He smoked Benson & Hedges cigarettes.", "Benson & Hedges")?.type).toBe("organization");
    expect(find("Voters backed David Trimble's Unionist Party on Friday.", "Unionist Party")?.type).toBe("organization");
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

  it("a kind of place before \"of\" makes a place", () => {
    expect(find("Troops took the city of Arbil on Saturday.", "Arbil")?.type).toBe("place");
    expect(find("They returned to the village of Nandrin.", "Nandrin")?.type).toBe("place");
  });

  it("an acronym after \"the\" is an organization", () => {
    expect(find("Talks with the OSCE resumed.", "OSCE")?.type).toBe("organization");
  });

  it("a role before \"of\" or \"at\" names an organization, and the name keeps that type later", () => {
    const text = "Ann Brody, chairman of Wells, resigned. Wells lost two accounts.";
    const all = recognize(text).filter((m) => m.text === "Wells");
    expect(all.length).toBe(2);
    for (const m of all) expect(m.type).toBe("organization");
  });

  it("a name used as an adjective after a role is not an organization", () => {
    expect(find("He was director of European affairs.", "European")?.type).not.toBe("organization");
  });

  it("long organization names keep their inner for, and, in", () => {
    const text = "The Organisation for Security and Cooperation in Europe met.";
    expect(find(text, "Organisation for Security and Cooperation in Europe")?.type).toBe("organization");
  });

  it("a one-letter initial is not the article \"A\"", () => {
    expect(find("Somerset 190 (A. Smith 5-68).", "A. Smith")?.type).toBe("person");
  });
});

import { recognizeNames } from "../../../../src/core/names";
import { kb } from "./fixture";
function recognize(text: string) {
  return recognizeNames(text, kb);
}

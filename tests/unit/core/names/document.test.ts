/** What the article as a whole decides: short forms, acronyms, ambiguity, consistency, sports. */
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../../../src/core/dataset/kb";
import type { Entry } from "../../../../src/core/dataset/schema";
import { find, names } from "./fixture";

describe("within the article", () => {
  it("links a short form to the full name, in or out of the dataset", () => {
    const text = "Retired Lt. Col. Alexander Vindman spoke. Vindman said the pact was weak.";
    expect(find(text, "Vindman")?.key).toBe("local:Alexander Vindman");
    expect(find(text, "Vindman")?.name).toBe("Alexander Vindman");
  });

  it("links an acronym defined in the text", () => {
    const text = "The Kurdistan Democratic Party (KDP) said on Friday that KDP forces advanced.";
    const full = find(text, "Kurdistan Democratic Party");
    const later = recognize(text).filter((m) => m.text === "KDP");
    expect(full?.type).toBe("organization");
    expect(later.length).toBe(2);
    for (const m of later) expect(m.key).toBe(full?.key);
  });

  it("demands context for ambiguous aliases", () => {
    expect(names("Georgia on my mind, she sang.")).toEqual([]);
    expect(find("Protests grew in Tbilisi, and Georgia's leaders met.", "Georgia")?.entityId).toBe("Q230");
    expect(names("It happened in May this year.")).toEqual([]);
    expect(find("Prime Minister May resigned.", "May")?.entityId).toBe("Q264766");
  });

  it("reads City, State and company cues for ambiguous aliases", () => {
    expect(find("Storms hit Atlanta, Georgia, on Monday.", "Georgia")?.entityId).toBe("Q1428");
    expect(find("Apple shares rose 3 percent.", "Apple")?.entityId).toBe("Q312");
    expect(names("She baked an Apple pie.")).toEqual([]);
  });

  it("reads \"Town, State\" as the town of that state, and not a town of that name elsewhere", () => {
    const place = (id: string, name: string, subtype: Entry["subtype"], country?: string): Entry =>
      ({ id, type: "place", name, subtype, aliases: [], description: name, facts: [], source: "test", asOf: "2024", ...(country ? { country } : {}) });
    const local = createKnowledgeBase({ version: 1, builtAt: "2024-01-01", entries: [
      place("FR", "France", "country"), place("US", "United States", "country"), place("CA", "Canada", "country"), place("GE", "Georgia", "country"),
      place("TX", "Texas", "state", "US"), place("ON", "Ontario", "province", "CA"),
      place("paris", "Paris", "capital", "FR"), place("london", "London", "capital", "GB"), place("london-on", "London", "city", "CA"),
      place("tbilisi", "Tbilisi", "capital", "GE"),
    ] });
    const linked = (text: string) => recognizeNames(text, local).map((m) => `${m.text}/${m.entityId}`);
    expect(linked("He grew up in Paris, Texas.")).not.toContain("Paris/paris");
    expect(linked("He studied in London, Ontario.")).toContain("London/london-on");
    expect(linked("Talks in Paris, France, ended.")).toContain("Paris/paris");
    expect(linked("Protests in Tbilisi, Georgia, grew.")).toContain("Georgia/GE");
    // A list of places is not a town and its state.
    expect(linked("Flights to Paris, London and Tbilisi.")).toEqual(["Paris/paris", "London/london", "Tbilisi/tbilisi"]);
  });

  it("a month in a date is never a person, even when the person is in the story", () => {
    const text = "Theresa May spoke. She resigned in May and left on May 24.";
    expect(recognize(text).filter((m) => m.text === "May")).toEqual([]);
  });

  it("a short form is not taken from inside \"King X of Y\"", () => {
    expect(find("King Abdullah of Jordan met Jordan Peterson.", "Jordan Peterson")?.type).toBe("person");
    expect(find("King Abdullah of Jordan spoke. Jordan said no.", "Jordan")?.entityId).not.toBe("Q57306");
  });

  it("a place that names a team in a sports story is the team", () => {
    const text = "Manchester beat Leeds 2-1 in the league match on Saturday. The goals came late in the game and the coach praised the squad's victory.";
    expect(find(text, "Manchester")?.type).toBe("organization");
  });

  it("a place followed by a team role in a sports story is the team", () => {
    const text = "Manchester captain Ivan Petrov scored twice as the side won the league match. The coach praised the goals and the victory.";
    expect(find(text, "Manchester")?.type).toBe("organization");
    expect(find("Manchester captain Ivan Petrov opened a bakery.", "Manchester")?.type).toBe("place");
  });

  it("a place after \"at\" in a sports story is the venue", () => {
    const text = "Essex beat Kent by four wickets in the county championship match at Chelmsford on Saturday. The innings victory lifted the champions.";
    expect(find(text, "Chelmsford")?.type).toBe("place");
  });

  it("adjectives built on names stay unhighlighted", () => {
    expect(names("pro-Moscow leaders and Dublin-born actors")).toEqual([]);
    expect(names("He backed the Cox-Wyden bill and Jewish-Catholic relations.")).toEqual([]);
  });
});

import { recognizeNames } from "../../../../src/core/names";
import { kb } from "./fixture";
function recognize(text: string) {
  return recognizeNames(text, kb);
}

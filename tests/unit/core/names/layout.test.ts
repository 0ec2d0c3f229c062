/** Sentence starts, capitals-only lines and datelines: capitals there are not evidence. */
import { describe, expect, it } from "vitest";
import { find, names } from "./fixture";

describe("where capitals say nothing", () => {
  it("a common word starting a sentence is no name", () => {
    expect(names("Despite the defeat, Rotor stayed top. Lying third is fine.").map((n) => n.split("/")[0])).not.toContain("Despite");
    expect(names("Despite the defeat, they stayed.")).toEqual([]);
  });

  it("all-capitals datelines are places, with the agency an organization", () => {
    expect(find("VATICAN CITY (AP) — The document is ready.", "VATICAN CITY")?.type).toBe("place");
    expect(find("VATICAN CITY (AP) — The document is ready.", "AP")?.type).toBe("organization");
    expect(find("Headline here.\n\nLONDON 1996-08-30\n\nText follows.", "LONDON")?.type).toBe("place");
  });

  it("a headline in capitals yields only names known from the dataset or the story", () => {
    const text = "SOCCER - ROTOR FANS LOCKED OUT AFTER KYIV VIOLENCE.\n\nFans of Rotor Volgograd rioted. Coach Ivan Petrov said Rotor would appeal.";
    const found = names(text).map((n) => n.split("/")[0]);
    expect(found).toContain("KYIV");
    expect(found).toContain("ROTOR");
    expect(found).not.toContain("FANS");
    expect(found).not.toContain("SOCCER");
  });

  it("a sentence may end on Jr. or Sr.: the next sentence's first word is not part of the name", () => {
    const found = names("He quoted Nathan Ellery Jr. They cheered. Then Nathan Ellery Sr. said so.").map((n) => n.split("/")[0]);
    expect(found).toContain("Nathan Ellery Jr");
    expect(found).toContain("Nathan Ellery Sr.");
    expect(found.some((n) => /They/.test(n!))).toBe(false);
  });

  it("a dataset name opening with a common word is found in capitals", () => {
    expect(find("MUSICIANS STRIKE\n\nNEW YORK — Players walked out.", "NEW YORK")?.entityId).toBe("Q60");
  });
});

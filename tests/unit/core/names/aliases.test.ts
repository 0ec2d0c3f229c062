/** Dataset aliases in running text: case, word bounds, possessives, dotted forms, folding. */
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../../../src/core/dataset/kb";
import { recognizeNames } from "../../../../src/core/names";
import { ENTRIES, find, names } from "./fixture";

describe("dataset aliases", () => {
  it("links a name and its aliases to the entry", () => {
    expect(names("Joe Biden met Zelenskyy in Kyiv.")).toEqual(["Joe Biden/person/Q6279", "Zelenskyy/person/Q3874799", "Kyiv/place/Q1899"]);
  });

  it("matches through possessives without taking the 's", () => {
    const m = find("Russia's invasion and Zelenskyy’s remarks", "Russia");
    expect(m?.entityId).toBe("Q159");
    expect(find("Russia's invasion and Zelenskyy’s remarks", "Zelenskyy")?.entityId).toBe("Q3874799");
  });

  it("reads dotted forms and demands capitals for acronyms", () => {
    expect(find("The U.S. and NATO agreed.", "U.S.")?.entityId).toBe("Q30");
    expect(find("The U.S. and NATO agreed.", "NATO")?.entityId).toBe("Q7184");
    expect(names("let us go")).toEqual([]);
  });

  it("folds diacritics and transliterations", () => {
    expect(find("Talks with Gerhard Schroder ended.", "Gerhard Schroder")?.entityId).toBe("Q1");
    expect(find("Mr. Zelenskiy spoke.", "Zelenskiy")?.entityId).toBe("Q3874799");
  });

  it("does not take a name spelled with other doubled letters for the entry (Cameron is not Cameroon)", () => {
    const local = createKnowledgeBase({ version: 1, builtAt: "2024-01-01", entries: [
      ...ENTRIES,
      { id: "Q1009", type: "place", name: "Cameroon", aliases: [], description: "country", facts: [], source: "test", asOf: "2024", subtype: "country" },
      { id: "Q-milei", type: "person", name: "Javier Milei", aliases: ["Milei"], description: "politician", facts: [], source: "test", asOf: "2024" },
    ] });
    const linked = (text: string) => recognizeNames(text, local).map((m) => `${m.text}/${m.entityId}`);
    expect(linked("Cameron said the talks failed.")).not.toContain("Cameron/Q1009");
    expect(linked("Gen. Milley testified on Tuesday.")).not.toContain("Milley/Q-milei");
    expect(linked("Cameroon beat Nigeria.")).toContain("Cameroon/Q1009");
    // A transliteration (y for i) still finds the entry.
    expect(linked("Mr. Zelenskiy spoke.")).toContain("Zelenskiy/Q3874799");
  });

  it("is word-bounded and never links a lower-case word", () => {
    expect(names("the kievan rus and russian dolls")).toEqual([]);
    expect(names("Kyivstar is a company")).not.toContain("Kyiv/place/Q1899");
  });

  it("takes the longest alias", () => {
    expect(names("He flew to New York on Monday.")).toEqual(["New York/place/Q60"]);
  });

  it("keeps titles outside the name even when the dataset lists the titled form", () => {
    const m = find("President Biden spoke.", "Biden");
    expect(m?.entityId).toBe("Q6279");
    expect(m?.rule).toContain("Biden");
  });

  it("types demonyms as nationalities of the country", () => {
    const m = find("Ukrainian President Volodymyr Zelenskyy spoke.", "Ukrainian");
    expect(m?.type).toBe("nationality");
    expect(m?.entityId).toBe("Q212");
  });
});

/** Currency names several countries share: the card names the concerned country's own currency. */
import { describe, expect, it } from "vitest";
import { figureContext } from "../../../../src/core/figures/context";
import { localCurrency } from "../../../../src/core/figures/shared-currencies";
import { createKnowledgeBase } from "../../../../src/core/dataset/kb";
import type { Entry } from "../../../../src/core/dataset/schema";
import type { Mention } from "../../../../src/core/types";
import { figures } from "./helpers";

function country(id: string, name: string, iso: string): Entry {
  return {
    id, type: "place", subtype: "country", name, aliases: [], description: "", source: "test", asOf: "2023", sameAs: [`gloss:country-${iso}`],
    facts: [{ key: "gdp_usd", value: 400e9, unit: "USD", source: "World Bank WDI (test copy)", asOf: "2023" }],
  };
}
const PAKISTAN = country("Q843", "Pakistan", "PK");
const INDIA = country("Q668", "India", "IN");
const EGYPT = country("Q79", "Egypt", "EG");
const CANADA = country("Q16", "Canada", "CA");
const kb = createKnowledgeBase({ version: 1, builtAt: "2024-01-01", entries: [PAKISTAN, INDIA, EGYPT, CANADA] });

function named(text: string, word: string, entry: Entry): Mention {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type: "place", entityId: entry.id, name: word, key: entry.id, confidence: 1, rule: "test" };
}

function contextOf(text: string, span: string, names: Mention[]): string[] {
  const figs = figures(text);
  const mentions = [...names, ...figs].sort((a, b) => a.start - b.start);
  return figureContext(figs.find((m) => m.text === span)!, kb, { text, mentions });
}

describe("shared currency names", () => {
  it("reads rupees in an article about Pakistan as Pakistani rupees, with no conversion at India's rate", () => {
    const text = "Pakistan allocated Rs 1.5 trillion for defence.";
    expect(contextOf(text, "Rs 1.5 trillion", [named(text, "Pakistan", PAKISTAN)])).toEqual(["1,500,000,000,000 Pakistani rupees"]);
  });

  it("keeps Indian rupees for India, and pounds sterling where the text says so", () => {
    const india = "India will spend Rs 500 crore.";
    expect(contextOf(india, "Rs 500 crore", [named(india, "India", INDIA)])[0]).toBe("5,000,000,000 Indian rupees");
    expect(contextOf(india, "Rs 500 crore", [named(india, "India", INDIA)]).some((l) => l.includes("GDP"))).toBe(true);
    const sterling = "Egypt paid 5 million pounds sterling.";
    expect(contextOf(sterling, "5 million pounds", [named(sterling, "Egypt", EGYPT)])[0]).toBe("5,000,000 pounds sterling");
    const egypt = "Egypt borrowed 10 billion pounds.";
    expect(contextOf(egypt, "10 billion pounds", [named(egypt, "Egypt", EGYPT)])).toEqual(["10,000,000,000 Egyptian pounds"]);
  });

  it("says it cannot tell US from Canadian dollars in a story about Canada, and converts nothing", () => {
    const text = "Canada will spend $5 billion on housing.";
    expect(contextOf(text, "$5 billion", [named(text, "Canada", CANADA)])).toEqual(["5,000,000,000 dollars (US dollars or Canadian dollars: the article does not say which)"]);
    const us = "Canada will spend US$5 billion on housing.";
    expect(contextOf(us, "US$5 billion", [named(us, "Canada", CANADA)])[0]).toBe("5,000,000,000 US dollars");
  });

  it("changes nothing without a country, or where the country has no currency of that name (dollars in Pakistan)", () => {
    const [rupees] = figures("Rs 10 million");
    expect(localCurrency(rupees!, undefined, "Rs 10 million")).toBeUndefined();
    const [dollars] = figures("$10 million");
    expect(localCurrency(dollars!, PAKISTAN, "$10 million")).toBeUndefined();
  });
});

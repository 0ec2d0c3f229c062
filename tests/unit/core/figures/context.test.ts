import { describe, expect, it } from "vitest";
import { figureContext, moneyLandmark, shortSource } from "../../../../src/core/figures/context";
import { createKnowledgeBase } from "../../../../src/core/dataset/kb";
import type { Entry } from "../../../../src/core/dataset/schema";
import type { Mention } from "../../../../src/core/types";
import { figures } from "./helpers";

/** Constructed countries: the arithmetic is checked against these, not against real figures. */
function country(id: string, name: string, facts: Record<string, number>, asOf = "2023"): Entry {
  return {
    id, type: "place", subtype: "country", name, aliases: [], description: "", source: "test", asOf,
    facts: Object.entries(facts).map(([key, value]) => ({
      key, value, unit: key === "population" ? "people" : key === "area_km2" ? "km2" : "USD",
      source: key === "defence_budget_usd" ? "SIPRI" : "World Bank WDI NY.GDP.MKTP.CD (test copy)", asOf,
    })),
  };
}

const kb = createKnowledgeBase({
  version: 1, builtAt: "2024-01-01",
  entries: [
    country("gloss:testland", "Testland", { gdp_usd: 200e9, defence_budget_usd: 40e9, population: 40e6, area_km2: 30000 }),
    country("gloss:otherland", "Otherland", { defence_budget_usd: 48e9, population: 10e6, area_km2: 300000 }),
    country("gloss:farland", "Farland", { gdp_usd: 52e9, population: 1e6 }),
  ],
});

function place(text: string, word: string, id: string): Mention {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type: "place", entityId: id, name: word, key: id, confidence: 1, rule: "test" };
}

function contextOf(text: string, span: string, publishedAt?: string, names: Mention[] = []): string[] {
  const figs = figures(text, publishedAt);
  const mentions = [...names, ...figs].sort((a, b) => a.start - b.start);
  const fig = figs.find((m) => m.text === span)!;
  return figureContext(fig, kb, publishedAt ? { text, mentions, publishedAt } : { text, mentions });
}

describe("money context", () => {
  const text = "Allies agreed to give Testland a $50 billion loan.";
  const names = [place(text, "Testland", "gloss:testland")];

  it("normalizes, converts, compares with the concerned country and finds a landmark", () => {
    expect(contextOf(text, "$50 billion", "2024-06-13", names)).toEqual([
      "50,000,000,000 US dollars",
      "≈ €44.8 billion at the ECB reference rate of 26 September 2024 (€1 = $1.1155)",
      "≈ 25% of Testland's GDP ($200 billion, World Bank WDI, 2023)",
      "≈ 125% of Testland's defence spending ($40 billion, SIPRI, 2023)",
      "≈ $1,250 per inhabitant of Testland (population 40 million, World Bank WDI, 2023)",
      "About the annual defence budget of Otherland ($48 billion, SIPRI, 2023)",
    ]);
  });
  it("brings an old article's dollars to today's with the CPI", () => {
    const lines = contextOf(text, "$50 billion", "1998-03-15", names);
    expect(lines).toContain("≈ $96.2 billion in 2024 dollars (US Bureau of Labor Statistics, CPI-U: 163 in 1998, 313.689 in 2024)");
  });
  it("converts other currencies to dollars and euros", () => {
    expect(contextOf("a RM2 billion budget", "RM2 billion")[1]).toBe(
      "≈ $483 million or €433 million (ECB reference rates of 26 September 2024: €1 = 4.6237 MYR = $1.1155)",
    );
  });
  it("falls back to the article's main country", () => {
    const t = "Testland is poor. Testland again. The deal is worth $50 billion.";
    const n = [place(t, "Testland", "gloss:testland"), { ...place(t, "Testland", "gloss:testland"), start: 18, end: 26 }];
    expect(contextOf(t, "$50 billion", undefined, n)).toContain("≈ 25% of Testland's GDP ($200 billion, World Bank WDI, 2023)");
  });
});

describe("landmark choice", () => {
  it("takes the value closest in ratio within a factor of 1.5", () => {
    expect(moneyLandmark(50e9, kb, new Set())).toBe("about the annual defence budget of Otherland ($48 billion, SIPRI, 2023)");
  });
  it("prefers a country the article names", () => {
    expect(moneyLandmark(50e9, kb, new Set(["gloss:farland"]))).toBe("about the annual GDP of Farland ($52 billion, World Bank WDI, 2023)");
  });
  it("gives none when nothing is of the same order", () => {
    expect(moneyLandmark(5, kb, new Set())).toBeUndefined();
  });
  it("says how many times when not close", () => {
    expect(moneyLandmark(65e9, kb, new Set())).toBe("about 1.3× the annual GDP of Farland ($52 billion, World Bank WDI, 2023)");
  });
});

describe("percent context", () => {
  it("computes the share of a stated money base", () => {
    expect(contextOf("spent about 53 per cent of the RM2 billion allocated", "53 per cent")).toEqual([
      "53% of RM2 billion ≈ RM1.06 billion (both figures from the article)",
    ]);
  });
  it("names a stated base, or says there is none", () => {
    expect(contextOf("announced that 56 percent of those voting rejected it", "56 percent")).toEqual(["56% of those voting (base stated in the article)"]);
    expect(contextOf("prices rose 5 percent.", "5 percent")).toEqual(["5%; the article states no base for it"]);
  });
});

describe("quantity context", () => {
  it("gives the other system", () => {
    expect(contextOf("Linden, 70 miles south", "70 miles")).toEqual(["= 113 km (exact by the international yard and pound agreement (1959))"]);
    expect(contextOf("it hit 40 degrees Celsius", "40 degrees Celsius")).toEqual(["= 104 °F (°F = °C × 9/5 + 32)"]);
  });
  it("adds a landmark of the same size", () => {
    expect(contextOf("a 42 km walk", "42 km")).toEqual([
      "= 26.1 mi (exact by the international yard and pound agreement (1959))",
      "About the length of a marathon (42.2 km, World Athletics (distance fixed in 1921), 1921)",
    ]);
    expect(contextOf("a fire burned 31,000 square kilometers", "31,000 square kilometers")[1]).toBe(
      "About the area of Testland (30,000 km², World Bank WDI, 2023)",
    );
  });
});

describe("date context", () => {
  const PUB = "2024-06-13";
  it("gives the weekday and the distance from publication", () => {
    expect(contextOf("signed Thursday at a summit", "Thursday", PUB)).toEqual(["Thursday 13 June 2024: the day of publication"]);
    expect(contextOf("The Vatican said Monday it would", "Monday", PUB)).toEqual([
      "Monday 10 June 2024: 3 days before publication (“Monday”, counted from the publication date, Thursday 13 June 2024)",
    ]);
    expect(contextOf("in November.", "November", PUB)).toEqual([
      "November 2024: 5 months after publication (“November”, counted from the publication date, Thursday 13 June 2024)",
    ]);
    expect(contextOf("invaded in February 2022.", "February 2022", PUB)).toEqual(["February 2022: 2 years 4 months before publication"]);
  });
  it("says which side of the point a hedged 'ago' lies", () => {
    expect(contextOf("launched it more than two years ago.", "two years", PUB)).toEqual([
      "Before June 2022 (“more than two years ago”, counted from the publication date, Thursday 13 June 2024)",
    ]);
  });
  it("names a year, not a month, for a number of years ago", () => {
    expect(contextOf("25 years ago, the wall fell.", "25 years", PUB)).toEqual([
      "In 1999 (“25 years ago”, counted from the publication date, Thursday 13 June 2024)",
    ]);
  });
  it("says when a relative date cannot be resolved", () => {
    expect(contextOf("signed Thursday at a summit", "Thursday")).toEqual(["A relative date: the page gives no publication date to resolve it against"]);
  });
});

describe("wording", () => {
  it("spells units out, and says one in the singular", () => {
    expect(contextOf("a 48-hour ceasefire", "48-hour")).toEqual(["48 hours"]);
    expect(contextOf("a one-hour meeting", "one-hour")).toEqual(["1 hour"]);
    expect(contextOf("It costs £1 now.", "£1")[0]).toBe("1 pound sterling");
    expect(contextOf("a $1 coin", "$1")[0]).toBe("1 US dollar");
  });
});

describe("duration context", () => {
  it("gives the end date of a term whose start the sentence dates", () => {
    expect(contextOf("Biden and Zelenskyy signed a 10-year bilateral security agreement Thursday.", "10-year", "2024-06-13")).toEqual([
      "A 10-year agreement from 13 June 2024 runs to June 2034 (counted from the date the article gives, “Thursday”)",
    ]);
  });
  it("counts from publication when the sentence starts something undated", () => {
    expect(contextOf("The U.S. and Ukraine sign ten-year security pact", "ten-year", "2024-06-13")).toEqual([
      "A 10-year pact from 13 June 2024 runs to June 2034 (counted from the publication date, as the article gives no other)",
    ]);
  });
  it("gives only the length of a duration tied to nothing", () => {
    expect(contextOf("during his four-year term", "four-year", "2024-06-13")).toEqual(["4 years"]);
  });
});

describe("sources", () => {
  it("shortens dataset sources to names a reader knows", () => {
    expect(shortSource("World Bank WDI NY.GDP.MKTP.CD (API copy in x, 2026-10-07)")).toBe("World Bank WDI");
    expect(shortSource("World Bank WDI MS.MIL.XPND.CD, SIPRI data (API copy)")).toBe("World Bank WDI, SIPRI data");
  });
});

describe("money ranges", () => {
  it("converts both ends", () => {
    expect(contextOf("billings of $30 million to $40 million.", "$30 million", "1998-03-15").slice(0, 3)).toEqual([
      "$30 million to $40 million = 30,000,000 to 40,000,000 US dollars",
      "≈ €26.9 million to €35.9 million at the ECB reference rate of 26 September 2024 (€1 = $1.1155)",
      "≈ $57.7 million to $77 million in 2024 dollars (US Bureau of Labor Statistics, CPI-U: 163 in 1998, 313.689 in 2024)",
    ]);
  });
});

describe("money rates", () => {
  it("converts the amount and keeps the period", () => {
    expect(contextOf("paid an average of $1,300 a week.", "$1,300 a week")).toEqual([
      "≈ €1,165 per week at the ECB reference rate of 26 September 2024 (€1 = $1.1155)",
    ]);
    expect(contextOf("at RM120 per day per athlete, taking", "RM120 per day per athlete")).toEqual([
      "≈ $29 or €26 per day per athlete (ECB reference rates of 26 September 2024: €1 = 4.6237 MYR = $1.1155)",
    ]);
  });
});

describe("stretches of time, ages and precise figures", () => {
  /** Wednesday 20 November 2019. */
  const WED = "2019-11-20";
  it("shows a week as its Monday to Sunday and a weekend as its two days", () => {
    expect(contextOf("Talks resumed last week in Geneva.", "week", WED)).toEqual([
      "The week of Monday 11 to Sunday 17 November 2019: before publication (“last week”, counted from the publication date, Wednesday 20 November 2019)",
    ]);
    expect(contextOf("This week, he toured the state.", "week", WED)).toEqual([
      "The week of Monday 18 to Sunday 24 November 2019: the week of publication (“This week”, counted from the publication date, Wednesday 20 November 2019)",
    ]);
    expect(contextOf("a call last weekend", "weekend", "2019-12-04")).toEqual([
      "The weekend of Saturday 30 November to Sunday 1 December 2019: before publication (“last weekend”, counted from the publication date, Wednesday 4 December 2019)",
    ]);
  });
  it("shows decades and centuries as spans of years, the past decade as the ten years before publication", () => {
    expect(contextOf("prices of the mid-1990s", "1990s")).toEqual(["The mid-1990s: about 1994 to 1996"]);
    expect(contextOf("a deep downturn like the 1930s", "1930s")).toEqual(["The 1930s: 1930 to 1939"]);
    expect(contextOf("art of the 20th century", "20th century")).toEqual(["The 20th century: 1901 to 2000"]);
    expect(contextOf("Rates plunged over the past decade, even as", "decade", "2018-09-25")).toEqual([
      "The ten years before publication: about September 2008 to September 2018 (“past decade”, counted from the publication date, Tuesday 25 September 2018)",
    ]);
  });
  it("gives a person's age the years of birth it allows, and other ages as ages", () => {
    expect(contextOf("The 48-year-old Australian was evicted.", "48-year", WED)).toEqual([
      "Born in 1970 or 1971 (48 years old on 20 November 2019, the publication date)",
    ]);
    expect(contextOf("a 200-year-old cottage", "200-year", WED)).toEqual(["An age: 200 years"]);
    expect(contextOf("people age 12 and older", "12", WED)).toEqual(["An age: 12 years"]);
  });
  it("keeps every digit of a percentage and reads a base past abbreviations", () => {
    expect(contextOf("yields fell to 1.786% on Monday", "1.786%")).toEqual(["1.786%; the article states no base for it"]);
    expect(contextOf("about 0.4 percent of the total U.S. population, reported", "0.4 percent")).toEqual([
      "0.4% of the total U.S. population (base stated in the article)",
    ]);
  });
  it("says what a multi-billion compound means and writes a duration range once", () => {
    expect(contextOf("a deal on a multibillion-dollar loan", "multibillion-dollar")).toEqual([
      "Several billion US dollars: more than $1 billion, less than $1 trillion (the article gives no exact figure)",
    ]);
    expect(contextOf("a 2-3 year delay", "2")).toEqual(["2 to 3 years"]);
  });
});

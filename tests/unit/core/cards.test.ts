import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/core/analyze";
import { buildCards, sentenceAround } from "../../../src/core/cards";
import { createKnowledgeBase } from "../../../src/core/dataset/kb";
import type { CompiledDataset, Entry } from "../../../src/core/dataset/schema";
import type { Mention } from "../../../src/core/types";

const kb = createKnowledgeBase({ version: 1, builtAt: "2024-06-13", entries: [] });

function cardOf(text: string, span: string, publishedAt = "2024-06-13") {
  const { mentions, cards } = analyzeText(text, kb, { publishedAt });
  const m = mentions.find((x) => x.text === span);
  expect(m, `a mention "${span}"`).toBeDefined();
  return cards.find((c) => c.key === m!.key)!;
}

describe("figure cards", () => {
  it("are named by the whole phrase, not the bare span", () => {
    expect(cardOf("Prices rose last year, officials said.", "year").name).toBe("last year");
    expect(cardOf("The fund holds about $300 billion in assets.", "$300 billion").name).toBe("about $300 billion");
  });
  it("keep the span as name when the figure has no wider phrase", () => {
    expect(cardOf("The fund holds $300 billion in assets.", "$300 billion").name).toBe("$300 billion");
  });
});

describe("cards of names outside the dataset", () => {
  const local = (text: string, start: number, end: number): Mention => ({
    start, end, text: text.slice(start, end), type: "person", entityId: null, name: text.slice(start, end),
    key: `local:${text.slice(start, end)}`, confidence: 0.8, rule: "test",
  });
  it("quote the sentence of the first mention", () => {
    const text = "Markets fell. Alexander Vindman testified on Tuesday. He left.";
    const start = text.indexOf("Alexander");
    const [card] = buildCards(text, [local(text, start, start + "Alexander Vindman".length)], kb, { publishedAt: "2024-06-13" });
    expect(card!.inDataset).toBe(false);
    expect(card!.firstSentence).toBe("Alexander Vindman testified on Tuesday.");
  });
  it("quote each name's own sentence when several names share sentences", () => {
    const text = "Chris Adams and Tim Gorman batted. Martin McCague bowled.\nPaul Johnson. Nasser Hussain";
    const names = ["Chris Adams", "Tim Gorman", "Martin McCague", "Paul Johnson", "Nasser Hussain"];
    const mentions = names.map((name) => local(text, text.indexOf(name), text.indexOf(name) + name.length));
    const quoted = Object.fromEntries(buildCards(text, mentions, kb).map((c) => [c.name, c.firstSentence]));
    expect(quoted).toEqual({
      "Chris Adams": "Chris Adams and Tim Gorman batted.",
      "Tim Gorman": "Chris Adams and Tim Gorman batted.",
      "Martin McCague": "Martin McCague bowled.",
      "Paul Johnson": "Paul Johnson.",
      "Nasser Hussain": "Nasser Hussain",
    });
  });
  it("stop a sentence only before a capital, a quote or the end of the text, and never past the line", () => {
    expect(sentenceAround("He met Vindman in St. louis. Then left.", 7)).toBe("He met Vindman in St. louis.");
    expect(sentenceAround("He met Vindman. “Fine,” he said.", 7)).toBe("He met Vindman.");
    expect(sentenceAround("He said “Vindman lied.” Then left.", 9)).toBe("He said “Vindman lied.”");
    expect(sentenceAround("Headline about Vindman\nBody text. More.", 16)).toBe("Headline about Vindman");
    expect(sentenceAround("It ended with Vindman.", 14)).toBe("It ended with Vindman.");
  });
});

describe("card order", () => {
  const named = (text: string, name: string, from = 0): Mention => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, text: name, type: "person", entityId: null, name, key: `local:${name}`, confidence: 0.8, rule: "test" };
  };
  const text = "Ann met Bob. Cy met Bob. Ann left. Dee stayed.";
  const inReadingOrder = [named(text, "Ann"), named(text, "Bob"), named(text, "Cy"), named(text, "Bob", 14), named(text, "Ann", 20), named(text, "Dee")];
  const expected = ["Ann", "Bob", "Cy", "Dee"];
  it("puts the most mentioned first, then the first mentioned", () => {
    expect(buildCards(text, inReadingOrder, kb).map((c) => c.name)).toEqual(expected);
  });
  it("puts a later name mentioned more often before an earlier one", () => {
    const later = "Cy met Ann. Ann met Ann.";
    const list = [named(later, "Cy"), named(later, "Ann"), named(later, "Ann", 10), named(later, "Ann", 20)];
    expect(buildCards(later, list, kb).map((c) => c.name)).toEqual(["Ann", "Cy"]);
  });
  it("is the same when the mentions are not listed in reading order", () => {
    const [ann, bob, cy, bobAgain, annAgain, dee] = inReadingOrder;
    expect(buildCards(text, [dee!, cy!, ann!, bob!, bobAgain!, annAgain!], kb).map((c) => c.name)).toEqual(expected);
  });
});

describe("cards of dataset entries", () => {
  const entry = (name: string, description: string): Entry => ({
    id: "gloss:test-person", type: "person", name, aliases: [], description, source: "Test source", asOf: "2024-01-01",
    facts: [], offices: [{ role: "Mayor of Testville", start: "2020-01-01", end: "2022-12-31" }],
  });
  const dataset = (e: Entry): CompiledDataset => ({ version: 1, builtAt: "2024-06-13", entries: [e] });
  const text = "Ann Test spoke.";
  const mention: Mention = {
    start: 0, end: 8, text: "Ann Test", type: "person", entityId: "gloss:test-person", name: "Ann Test",
    key: "gloss:test-person", confidence: 0.9, rule: "test",
  };
  it("show the entry of the knowledge base given, when two hold the same id", () => {
    const first = createKnowledgeBase(dataset(entry("Ann Test", "First description.")));
    const second = createKnowledgeBase(dataset(entry("Ann Test", "Second description.")));
    expect(buildCards(text, [mention], first)[0]!.description).toBe("First description.");
    expect(buildCards(text, [mention], second)[0]!.description).toBe("Second description.");
    expect(buildCards(text, [mention], first)[0]!.description).toBe("First description.");
  });
  it("show an office held on the article's date only", () => {
    const people = createKnowledgeBase(dataset(entry("Ann Test", "A person.")));
    const offices = (publishedAt: string) => buildCards(text, [mention], people, { publishedAt })[0]!.facts.filter((f) => f.label === "Office then");
    expect(offices("2021-06-01").map((f) => f.value)).toEqual(["Mayor of Testville (2020–2022)"]);
    expect(offices("2024-06-01")).toEqual([]);
  });
  it("are cards of a name outside the dataset when the id is not in it", () => {
    const [card] = buildCards(text, [{ ...mention, entityId: "gloss:nobody", key: "gloss:nobody" }], kb);
    expect(card!.inDataset).toBe(false);
    expect(card!.firstSentence).toBe("Ann Test spoke.");
  });
});

describe("nationality cards", () => {
  const bundled = createKnowledgeBase(JSON.parse(readFileSync("generated/gloss.data.json", "utf8")) as CompiledDataset);
  it("are named as the article writes them and described by their country, so the country is not listed twice", () => {
    const text = "Russian forces pushed on. Russia denied it. Russian officials said nothing, and the Russians left.";
    const { cards } = analyzeText(text, bundled, { publishedAt: "2024-06-13" });
    const nationality = cards.find((c) => c.type === "nationality");
    const place = cards.find((c) => c.type === "place");
    expect(place?.name).toBe("Russia");
    expect(nationality?.name).toBe("Russian");
    expect(nationality?.description).toMatch(/^Of Russia: /);
    expect(cards.filter((c) => c.name === "Russia")).toHaveLength(1);
  });
});

describe("birth dates on person cards", () => {
  const bundled = createKnowledgeBase(JSON.parse(readFileSync("generated/gloss.data.json", "utf8")) as CompiledDataset);
  it("read as a date with the age on the article's date, and carry no as-of (the date is its own)", () => {
    const { cards } = analyzeText("Elon Musk spoke on Tuesday.", bundled, { publishedAt: "2024-06-13" });
    const born = cards.find((c) => c.name === "Elon Musk")?.facts.find((f) => f.label === "Born");
    expect(born?.value).toBe("28 June 1971 (aged 52 on 13 June 2024)");
    expect(born?.asOf).toBe("");
    expect(born?.source).toBe("Wikipedia");
  });
});

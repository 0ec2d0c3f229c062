import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../../src/core/dataset/kb";
import { analyzeDocument, isEnglish } from "../../../src/dom/pipeline";
import { page } from "./helpers";

const kb = createKnowledgeBase({ version: 1, builtAt: "2024-01-01", entries: [] });

const article = (lang: string, para: string) => page(`<html lang="${lang}"><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article>${para.repeat(6)}</article></body></html>`);

describe("analyzeDocument and the page's language", () => {
  it("recognizes figures on an English article", () => {
    const a = analyzeDocument(article("en", "<p>The government approved a budget of $50 billion on Thursday, up 12% on last year, officials said after the vote.</p>"), kb, { url: "https://news.example/2024/06/13/budget" });
    expect(a.isArticle).toBe(true);
    expect(a.detection?.lang).toBe("en");
    expect(a.mentions.length).toBeGreaterThan(0);
  });

  it("gives the text of a non-English article but highlights nothing in it", () => {
    const a = analyzeDocument(article("de", "<p>Die Regierung hat am Donnerstag einen Haushalt von 50 Milliarden Dollar beschlossen, das sind 12% mehr als im Vorjahr, und die Opposition ist nicht zufrieden.</p>"), kb, { url: "https://news.example/2024/06/13/haushalt" });
    expect(a.isArticle).toBe(true);
    expect(a.detection?.lang).toBe("de");
    expect(a.text).toContain("Haushalt");
    expect(a.mentions).toEqual([]);
    expect(a.cards).toEqual([]);
  });

  it("treats an unknown language as English", () => {
    expect(isEnglish(undefined)).toBe(true);
    expect(isEnglish("en")).toBe(true);
    expect(isEnglish("fr")).toBe(false);
  });
});

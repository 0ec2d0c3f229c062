import { describe, expect, it } from "vitest";
import { ARTICLE_THRESHOLD, decideAtFirstSight } from "../../../../src/core/detect/decide";
import type { FirstSight } from "../../../../src/core/detect/signals";

type Patch = Partial<Omit<FirstSight, "structured">> & { structured?: Partial<FirstSight["structured"]> };

/** A news story as its markup shows it before the body is read; each test changes what it is about. */
function sight(p: Patch = {}): FirstSight {
  return {
    url: "https://news.example/2024/06/13/ministers-agree-a-long-term-plan",
    priceOrLogin: false, selfRefresh: false, articleElements: 1, headingLinks: 2, longParagraphs: 5, longParagraphChars: 1400,
    ...p,
    structured: { mainTypes: ["NewsArticle"], nestedTypes: [], ogType: "article", datePublished: "2024-06-13", ...p.structured },
  };
}

describe("decideAtFirstSight", () => {
  it("takes a page whose structured data calls it an article, with some prose, and says why", () => {
    const d = decideAtFirstSight(sight());
    expect(d?.isArticle).toBe(true);
    expect(d!.score).toBeGreaterThanOrEqual(ARTICLE_THRESHOLD);
    const reasons = d!.reasons.join("\n");
    expect(reasons).toMatch(/structured data: newsarticle/);
    expect(reasons).toMatch(/og:type article/);
    expect(reasons).toMatch(/dated path/);
    expect(d!.reasons.at(-1)).toMatch(/^article: .*decided before reading the body/);
  });

  it("leaves every page without article structured data to the full reading", () => {
    expect(decideAtFirstSight(sight({ structured: { mainTypes: [] } }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ structured: { mainTypes: ["WebPage"], nestedTypes: ["NewsArticle"] } }))).toBeUndefined();
  });

  it("never takes a product, a list or a shop at first sight", () => {
    expect(decideAtFirstSight(sight({ structured: { mainTypes: ["Product", "Review"] } }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ structured: { mainTypes: ["CollectionPage", "NewsArticle"] } }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ structured: { ogType: "og:product" } }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ priceOrLogin: true }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ url: "https://shop.example/product/lamp-red/reviews" }))).toBeUndefined();
  });

  it("leaves front pages, searches, lists of stories, login walls and self-refreshing pages to the full reading", () => {
    expect(decideAtFirstSight(sight({ url: "https://news.example/" }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ url: "https://news.example/search?q=plan" }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ url: "https://news.example/category/politics/" }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ articleElements: 12 }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ headingLinks: 25 }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ selfRefresh: true }))).toBeUndefined();
  });

  it("needs prose: a marked-up stub or teaser is read in full", () => {
    expect(decideAtFirstSight(sight({ longParagraphs: 2, longParagraphChars: 1400 }))).toBeUndefined();
    expect(decideAtFirstSight(sight({ longParagraphs: 4, longParagraphChars: 500 }))).toBeUndefined();
  });

  it("takes an address that says nothing (a saved copy, a plain path)", () => {
    expect(decideAtFirstSight(sight({ url: null }))?.isArticle).toBe(true);
    expect(decideAtFirstSight(sight({ url: "https://news.example/about" }))?.isArticle).toBe(true);
  });
});

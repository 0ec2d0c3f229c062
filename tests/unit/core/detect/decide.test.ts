import { describe, expect, it } from "vitest";
import { ARTICLE_THRESHOLD, decideArticle } from "../../../../src/core/detect/decide";
import type { PageSignals } from "../../../../src/core/detect/signals";

type Patch = { url?: string | null; structured?: Partial<PageSignals["structured"]>; product?: Partial<PageSignals["product"]>; page?: Partial<PageSignals["page"]>; story?: Partial<PageSignals["story"]> };

/** A plain page with a few paragraphs and no markup at all; each test adds what it is about. */
function signals(p: Patch = {}): PageSignals {
  return {
    url: p.url ?? null,
    structured: { mainTypes: [], nestedTypes: [], ...p.structured },
    product: { priceMarkup: 0, cartControls: 0, priceElements: 0, variantPickers: 0, priceTexts: 0, shopTexts: 0, ...p.product },
    page: {
      chars: 5000, linkChars: 1000, readerable: 0, elements: 800, tooLarge: false, articleElements: 0, teaserArticles: 0,
      headingLinks: 0, timeElements: 0, h1s: 1, passwordFields: 0, byline: false, commentForms: 0, selfRefresh: false, ...p.page,
    },
    story: { chars: 1200, linkChars: 20, paragraphs: 3, blocks: 4, inArticleElement: false, dated: false, ...p.story },
  };
}

const NEWS = { structured: { mainTypes: ["NewsArticle"], ogType: "article", datePublished: "2024-06-13" } };

describe("decideArticle", () => {
  it("takes a page with article structured data and prose for an article, with reasons", () => {
    const d = decideArticle(signals({ ...NEWS, story: { chars: 4000, paragraphs: 12 }, page: { readerable: 120 } }));
    expect(d.isArticle).toBe(true);
    expect(d.reasons.join("\n")).toMatch(/structured data: newsarticle/);
    expect(d.reasons.join("\n")).toMatch(/og:type article/);
  });

  it("takes a short news item with article markup", () => {
    expect(decideArticle(signals({ ...NEWS, story: { chars: 430, paragraphs: 1 } })).isArticle).toBe(true);
  });

  it("takes long plain prose without any markup (Readability's case)", () => {
    expect(decideArticle(signals({ story: { chars: 9000, paragraphs: 30 }, page: { readerable: 400 }, url: "https://example.org/notes/why-we-moved-our-servers-north" })).isArticle).toBe(true);
  });

  it("vetoes product structured data whatever the text", () => {
    const d = decideArticle(signals({ structured: { mainTypes: ["Product"] }, story: { chars: 9000, paragraphs: 30 }, page: { readerable: 400 } }));
    expect(d.isArticle).toBe(false);
    expect(d.reasons.at(-1)).toMatch(/product/);
    expect(decideArticle(signals({ structured: { mainTypes: [], ogType: "product" }, story: { chars: 9000, paragraphs: 30 } })).isArticle).toBe(false);
  });

  it("vetoes a shop page without markup: a buy button and prices", () => {
    const d = decideArticle(signals({ product: { cartControls: 2, priceElements: 5 }, story: { chars: 6000, paragraphs: 9 }, page: { readerable: 90 } }));
    expect(d.isArticle).toBe(false);
    expect(d.reasons.at(-1)).toMatch(/shop page/);
  });

  it("vetoes a page with prices and shop labels (stock, delivery)", () => {
    expect(decideArticle(signals({ product: { priceTexts: 4, shopTexts: 3 }, story: { chars: 3000, paragraphs: 6 } })).isArticle).toBe(false);
  });

  it("keeps a dated deal post with buy buttons", () => {
    const d = decideArticle(signals({ url: "https://example.com/2019/11/19/best-deals/", product: { cartControls: 3, priceTexts: 8 }, story: { chars: 5000, paragraphs: 4 }, page: { readerable: 130, byline: true } }));
    expect(d.isArticle).toBe(true);
  });

  it("vetoes front pages and searches by address", () => {
    expect(decideArticle(signals({ ...NEWS, url: "https://example.com/", story: { chars: 9000, paragraphs: 30 } })).isArticle).toBe(false);
    expect(decideArticle(signals({ url: "https://example.com/search?q=pact", story: { chars: 9000, paragraphs: 30 } })).isArticle).toBe(false);
  });

  it("rejects lists of teasers and listing structured data", () => {
    expect(decideArticle(signals({ page: { articleElements: 40, teaserArticles: 38 }, story: { chars: 900, paragraphs: 2 } })).isArticle).toBe(false);
    expect(decideArticle(signals({ structured: { mainTypes: ["CollectionPage"] }, story: { chars: 2000, paragraphs: 5 } })).isArticle).toBe(false);
  });

  it("rejects a login wall and pages with too little text", () => {
    expect(decideArticle(signals({ page: { passwordFields: 1, chars: 600 }, story: { chars: 300, paragraphs: 1 } })).isArticle).toBe(false);
    expect(decideArticle(signals({ ...NEWS, story: { chars: 90, paragraphs: 0 } })).isArticle).toBe(false);
    expect(decideArticle(signals({ story: { chars: 200, paragraphs: 1 } })).isArticle).toBe(false);
  });

  it("does not read pages over the element cap", () => {
    const d = decideArticle(signals({ ...NEWS, page: { tooLarge: true, elements: 30000 } }));
    expect(d.isArticle).toBe(false);
    expect(d.reasons.at(-1)).toMatch(/too large/);
  });

  it("weighs a self-refreshing page with an unrelated title against plain prose", () => {
    const plain = signals({ story: { chars: 6000, paragraphs: 28 }, page: { readerable: 200, byline: true } });
    expect(decideArticle(plain).isArticle).toBe(true);
    const ticker = signals({ story: { chars: 6000, paragraphs: 28 }, page: { readerable: 200, byline: true, selfRefresh: true, titleMatch: false } });
    expect(decideArticle(ticker).isArticle).toBe(false);
  });

  it("reports its score against the threshold", () => {
    const d = decideArticle(signals(NEWS));
    expect(d.score).toBeGreaterThanOrEqual(ARTICLE_THRESHOLD);
    expect(d.reasons.at(-1)).toMatch(/^article: score/);
  });
});

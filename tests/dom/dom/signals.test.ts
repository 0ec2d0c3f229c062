import { describe, expect, it } from "vitest";
import { gatherSignals } from "../../../src/dom/signals";
import { page, prose } from "./helpers";

describe("gatherSignals", () => {
  it("reads JSON-LD (in @graph), og:type, the publication date and the title from the head", () => {
    const doc = page(`<html lang="en-GB"><head><title>Pact signed | Example News</title>
      <meta property="og:type" content="article"><meta property="og:title" content="Pact signed">
      <meta property="article:published_time" content="2024-06-13T18:30:00Z">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"Pact signed"}]}</script>
      </head><body><article><h1>Pact signed</h1>${prose(5)}</article></body></html>`);
    const g = gatherSignals(doc, "https://news.example/2024/06/13/pact-signed");
    expect(g.signals.structured.mainTypes).toContain("NewsArticle");
    expect(g.signals.structured.ogType).toBe("article");
    expect(g.publishedAt).toBe("2024-06-13T18:30:00Z");
    expect(g.metaTitle).toBe("Pact signed");
    expect(g.lang.declared).toBe("en-GB");
    expect(g.signals.page.titleMatch).toBe(true);
    expect(g.signals.story.inArticleElement).toBe(true);
  });

  it("reads microdata item types, top-level apart from nested", () => {
    const doc = page(`<body><div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author" itemscope itemtype="https://schema.org/Person">A</span>${prose(3)}</div></body>`);
    const s = gatherSignals(doc, null).signals.structured;
    expect(s.mainTypes).toEqual(["https://schema.org/NewsArticle"]);
    expect(s.nestedTypes).toEqual(["https://schema.org/Person"]);
  });

  it("finds shop furniture: cart buttons, price markup and texts, variant pickers", () => {
    const doc = page(`<body><h1>Lamp</h1><span class="product-price">€ 24,99</span><meta itemprop="price" content="24.99">
      <select class="size-select"><option>S</option></select>
      <button class="btn">Add to basket</button><form action="/cart/add"><input type="submit" value="Buy now"></form>
      <div class="description">${prose(2, "the lamp")}</div></body>`);
    const p = gatherSignals(doc, null).signals.product;
    expect(p.cartControls).toBeGreaterThanOrEqual(2);
    expect(p.priceMarkup).toBeGreaterThanOrEqual(1);
    expect(p.priceTexts).toBe(1);
    expect(p.priceElements).toBeGreaterThanOrEqual(1);
    expect(p.variantPickers).toBe(1);
  });

  it("counts teaser cards and headline links of a front page", () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<article class="card"><h3><a href="/s${i}">Story ${i}</a></h3><p>Short teaser.</p></article>`).join("");
    const s = gatherSignals(page(`<body>${cards}</body>`), null).signals.page;
    expect(s.articleElements).toBe(10);
    expect(s.teaserArticles).toBe(10);
    expect(s.headingLinks).toBe(10);
  });

  it("notices a login form, a byline, a self-refresh and a dateline", () => {
    const doc = page(`<html><head><meta http-equiv="refresh" content="600"></head><body><form><input type="password"></form>
      <div class="story"><p class="byline">By A. Writer</p><time datetime="2024-06-13">June 13</time>${prose(3)}</div></body></html>`);
    const g = gatherSignals(doc, null);
    expect(g.signals.page.passwordFields).toBe(1);
    expect(g.signals.page.byline).toBe(true);
    expect(g.signals.page.selfRefresh).toBe(true);
    expect(g.signals.story.dated).toBe(true);
    expect(g.publishedAt).toBe("2024-06-13");
  });

  it("takes the canonical address when the caller has none", () => {
    const doc = page(`<html><head><link rel="canonical" href="https://shop.example/dp/B000"></head><body>${prose(2)}</body></html>`);
    expect(gatherSignals(doc, null).signals.url).toBe("https://shop.example/dp/B000");
    expect(gatherSignals(doc, "https://other.example/x").signals.url).toBe("https://other.example/x");
  });
});

describe("shop labels", () => {
  it("counts short stock and delivery phrases, not sentences that contain them", () => {
    const doc = page(`<body><span>In stock</span><span>Free delivery</span><span>Quantity:</span><p>The company said delivery of the new trains, now in stock at the depot, would start next year.</p></body>`);
    expect(gatherSignals(doc, null).signals.product.shopTexts).toBe(3);
  });
});

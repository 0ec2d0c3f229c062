import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findArticle, findArticleSliced } from "../../../src/dom/article";
import { firstLook } from "../../../src/dom/first-look";
import { PRICE_ITEMPROPS, PRICE_META_KEYS } from "../../../src/dom/signals";
import { page, prose } from "./helpers";

const NEWS_HEAD = `<title>Ministers agree a plan | Example News</title><meta property="og:type" content="article">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers agree a plan","datePublished":"2024-06-13T18:30:00Z"}</script>`;
const STORY_URL = "https://news.example/2024/06/13/ministers-agree-a-plan";

describe("firstLook", () => {
  it("decides a JSON-LD NewsArticle page with prose without reading its body", () => {
    const doc = page(`<html><head>${NEWS_HEAD}</head><body><nav><a href="/">Home</a></nav><article><h1>Ministers agree a plan</h1>${prose(6)}</article></body></html>`);
    const look = firstLook(doc, STORY_URL);
    expect(look.decision?.isArticle).toBe(true);
    expect(look.decision?.reasons.at(-1)).toMatch(/decided before reading the body/);
    expect(look.sight?.structured.mainTypes).toEqual(["NewsArticle"]);
    expect(look.sight?.structured.ogType).toBe("article");
  });

  it("finds article structured data in the body and in microdata", () => {
    const inBody = page(`<body><script type="application/ld+json">{"@type":"BlogPosting"}</script>${prose(5)}</body>`);
    expect(firstLook(inBody, null).decision?.isArticle).toBe(true);
    const microdata = page(`<body><div itemscope itemtype="https://schema.org/NewsArticle">${prose(5)}</div></body>`);
    expect(firstLook(microdata, null).decision?.isArticle).toBe(true);
  });

  it("counts no paragraph of navigation, asides, footers or hidden parts", () => {
    const doc = page(`<html><head>${NEWS_HEAD}</head><body><aside>${prose(3)}</aside><div hidden>${prose(3)}</div><footer>${prose(3)}</footer><p>Short.</p></body></html>`);
    const look = firstLook(doc, STORY_URL);
    expect(look.sight?.longParagraphs).toBe(0);
    expect(look.decision).toBeUndefined();
  });

  it("leaves a product page, and a page without article markup, to the full reading, which refuses the product", () => {
    const product = page(`<html><head><title>Lamp</title><script type="application/ld+json">{"@type":"Product","name":"Lamp","offers":{"@type":"Offer","price":"24.99"}}</script></head>
      <body><h1>Lamp</h1><span class="price">€ 24,99</span><button>Add to cart</button>${prose(6, "the lamp")}</body></html>`);
    expect(firstLook(product, "https://shop.example/lamp").decision).toBeUndefined();
    expect(findArticle(product, { url: "https://shop.example/lamp" }).detection.isArticle).toBe(false);
    // An article type next to the product's does not make it an article at first sight either.
    const review = page(`<html><head><script type="application/ld+json">[{"@type":"Product"},{"@type":"Review"}]</script></head><body>${prose(6)}</body></html>`);
    expect(firstLook(review, null).decision).toBeUndefined();
    const plain = page(`<body>${prose(8)}</body>`);
    expect(firstLook(plain, null).decision).toBeUndefined();
    expect(firstLook(plain, null).sight).toBeUndefined();
  });

  it("leaves to the full reading every price meta and microdata price the full reading counts", () => {
    const story = `<article><h1>Ministers agree a plan</h1>${prose(6)}</article>`;
    for (const key of PRICE_META_KEYS) {
      for (const attr of ["property", "name"]) {
        const doc = page(`<html><head>${NEWS_HEAD}<meta ${attr}="${key}" content="24.99"></head><body>${story}</body></html>`);
        expect(firstLook(doc, STORY_URL).decision, `${attr}=${key}`).toBeUndefined();
      }
    }
    for (const prop of PRICE_ITEMPROPS) {
      const doc = page(`<html><head>${NEWS_HEAD}</head><body><div itemscope itemtype="https://schema.org/NewsArticle">${story}<span itemprop="${prop}">24.99</span></div></body></html>`);
      expect(firstLook(doc, STORY_URL).decision, prop).toBeUndefined();
    }
    // The same pages without the price are decided at first sight: the checks above are the price's doing.
    expect(firstLook(page(`<html><head>${NEWS_HEAD}</head><body>${story}</body></html>`), STORY_URL).decision?.isArticle).toBe(true);
    const microdata = page(`<html><head>${NEWS_HEAD}</head><body><div itemscope itemtype="https://schema.org/NewsArticle">${story}</div></body></html>`);
    expect(firstLook(microdata, STORY_URL).decision?.isArticle).toBe(true);
  });

  it("leaves to the full reading a marked-up page with a list of linked headlines, a login field or microdata prices", () => {
    const story = `<article><h1>Ministers agree a plan</h1>${prose(6)}</article>`;
    const linked = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? `<h3><a href="/s${i}">Story ${i}</a></h3>` : `<a href="/s${i}"><h2>Story ${i}</h2></a>`)).join("");
    const look = (body: string) => firstLook(page(`<html><head>${NEWS_HEAD}</head><body>${body}</body></html>`), STORY_URL);
    expect(look(story + linked(6)).decision?.isArticle).toBe(true);
    expect(look(story + linked(12)).decision).toBeUndefined();
    expect(look(story + `<form><input type="PASSWORD" name="pw"></form>`).decision).toBeUndefined();
    expect(look(`<div itemscope itemtype="https://schema.org/Offer"><span itemprop="price">24.99</span></div>` + story).decision).toBeUndefined();
  });

  it("parses a bounded amount of JSON-LD in its one task: a page with more is read in full, in slices", () => {
    const filler = JSON.stringify({ "@type": "Dataset", data: "x".repeat(100_000) });
    const blocks = Array.from({ length: 4 }, () => `<script type="application/ld+json">${filler}</script>`).join("");
    const doc = page(`<html><head>${NEWS_HEAD}${blocks}</head><body><article><h1>Ministers agree a plan</h1>${prose(6)}</article></body></html>`);
    expect(firstLook(doc, STORY_URL).decision).toBeUndefined();
    expect(findArticle(doc, { url: STORY_URL }).detection.isArticle).toBe(true);
  });

  it("gives the same finding as the full reading would, blocks included (the seed page)", () => {
    const html = readFileSync("seeds/article.html", "utf8");
    const found = findArticle(page(html), { url: "http://127.0.0.1/article.html" });
    expect(found.detection.isArticle).toBe(true);
    expect(found.detection.reasons.join("\n")).toMatch(/decided before reading the body/);
    expect(found.blocks.length).toBeGreaterThan(10);
    expect(found.title).toBe("The U.S. and Ukraine sign ten-year bilateral security pact in Italy");
    expect(found.detection.lang).toBe("en");
  });
});

describe("findArticle's phases", () => {
  it("ends a slice at the decision, and says which slices found the story", async () => {
    const doc = page(`<html><head>${NEWS_HEAD}</head><body><article><h1>Ministers agree a plan</h1>${prose(6)}</article></body></html>`);
    const phases: (string | undefined)[] = [];
    // A large budget: only the phase change may end a slice.
    const found = await findArticleSliced(doc, { url: STORY_URL }, { budgetMs: 1e9, pause: async () => {}, onSlice: (_, phase) => void phases.push(phase) });
    expect(found?.detection.isArticle).toBe(true);
    expect(phases).toEqual([undefined, "body"]);
  });
});

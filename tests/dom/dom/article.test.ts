import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/dom/article";
import { page, prose, textOf } from "./helpers";

describe("findArticle", () => {
  it("finds the seed page's story: exactly its paragraphs, with title, date and language", () => {
    const doc = page(readFileSync("seeds/article.html", "utf8"));
    const f = findArticle(doc, { url: "http://127.0.0.1/article.html" });
    expect(f.detection.isArticle).toBe(true);
    expect(f.detection.lang).toBe("en");
    expect(f.publishedAt).toMatch(/^2024-06-13/);
    expect(f.title).toMatch(/Ukraine/);
    const story = readFileSync("seeds/000_dd61feb8ed6138f1.txt", "utf8").split(/\n+/).map((l) => l.trim()).filter(Boolean);
    const text = textOf(f.blocks);
    const body = story.filter((line) => text.includes(line));
    // Every story paragraph is in; the seed's headline, standfirst and footer lines are not story paragraphs.
    expect(body.length).toBeGreaterThanOrEqual(15);
    for (const furniture of ["Be the first to comment", "Akismet", "Leave a Reply", "©"]) expect(text).not.toContain(furniture);
  });

  it("says a product page is not an article, and why", () => {
    const doc = page(`<html><head><meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"Lamp","offers":{"@type":"Offer","price":"24.99"}}</script></head>
      <body><h1>Lamp</h1><div class="description">${prose(10, "the lamp")}</div><button>Add to cart</button></body></html>`);
    const f = findArticle(doc, { url: "https://shop.example/p/lamp-90423019/" });
    expect(f.detection.isArticle).toBe(false);
    expect(f.detection.reasons.join(" ")).toMatch(/product/i);
    expect(f.blocks).toEqual([]);
  });

  it("says a front page is not an article", () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<article><h2><a href="/2024/06/13/story-${i}">Story ${i}</a></h2><p>A short teaser for story ${i} on the front page.</p></article>`).join("");
    expect(findArticle(page(`<body>${cards}</body>`), { url: "https://news.example/" }).detection.isArticle).toBe(false);
    expect(findArticle(page(`<body>${cards}</body>`), { url: null }).detection.isArticle).toBe(false);
  });

  it("says a login wall is not an article", () => {
    const doc = page(`<body><h1>Sign in to continue</h1><form><input name="user"><input type="password"><button>Sign in</button></form><p>Subscribers can read every story on the site after they sign in.</p></body>`);
    expect(findArticle(doc, { url: "https://news.example/2024/06/13/pact" }).detection.isArticle).toBe(false);
  });

  it("reports the language of a non-English article and still finds its body", () => {
    const para = "<p>O presidente assinou nesta quinta-feira um acordo de segurança com a Ucrânia durante a cúpula, que incluiu um empréstimo para a reconstrução do país e para a defesa.</p>";
    const doc = page(`<html lang="pt-BR"><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article>${para.repeat(5)}</article></body></html>`);
    const f = findArticle(doc, { url: "https://noticias.example/2024/06/13/acordo" });
    expect(f.detection.isArticle).toBe(true);
    expect(f.detection.lang).toBe("pt");
    expect(f.detection.reasons.join(" ")).toMatch(/English only/);
    expect(f.blocks.length).toBe(5);
  });

  it("reads every entry of a live blog", () => {
    const entries = Array.from({ length: 8 }, (_, i) => `<article class="live-entry"><time datetime="2024-06-13T1${i}:00">1${i}:00</time><div class="entry-body">${prose(2, `update ${i}`)}</div><div class="share"><a href="#">Share</a></div></article>`).join("");
    const doc = page(`<head><script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Summit live"}</script></head><body><h1>Summit live</h1><div class="live-feed">${entries}</div><aside class="sidebar">${prose(1, "elsewhere")}</aside></body>`);
    const f = findArticle(doc, { url: "https://news.example/live/2024/jun/13/summit-live-updates" });
    expect(f.detection.isArticle).toBe(true);
    const text = textOf(f.blocks);
    for (let i = 0; i < 8; i++) expect(text).toContain(`Paragraph 2 about update ${i}`);
    expect(text).not.toContain("elsewhere");
    expect(text).not.toContain("Share");
  });

  it("picks the story among several <article> elements (teasers of other stories below it)", () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<article class="teaser"><h3><a href="/other-${i}">Other story ${i}</a></h3><p>Teaser text of another story number ${i}.</p></article>`).join("");
    const doc = page(`<head><meta property="og:type" content="article"></head><body><article class="main-story"><h1>Pact</h1>${prose(7)}</article><section class="more">${teasers}</section></body>`);
    const f = findArticle(doc, { url: "https://news.example/2024/06/13/pact" });
    expect(f.detection.isArticle).toBe(true);
    const text = textOf(f.blocks);
    expect(text).toContain("Paragraph 7 about the summit");
    expect(text).not.toContain("Teaser text");
  });

  it("reads an AMP page (custom elements around the story)", () => {
    const doc = page(`<html amp lang="en"><head><link rel="canonical" href="https://news.example/2024/06/13/pact"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
      <body><amp-sidebar id="menu"><nav><a href="/">Home</a></nav></amp-sidebar><article><amp-img src="a.jpg" width="1" height="1"></amp-img>${prose(5)}<amp-ad type="x"></amp-ad></article></body></html>`);
    const f = findArticle(doc, { url: null });
    expect(f.detection.isArticle).toBe(true);
    expect(textOf(f.blocks)).toContain("Paragraph 5 about the summit");
    expect(textOf(f.blocks)).not.toContain("Home");
  });
});

describe("findArticle, cheap first", () => {
  it("does not walk the body of a page whose <head> says it is a product", () => {
    const doc = page(`<html><head><script type="application/ld+json">{"@type":"Product","name":"Lamp"}</script></head><body><div class="description">${prose(8, "the lamp")}</div></body></html>`);
    const f = findArticle(doc, { url: "https://shop.example/lamp" });
    expect(f.detection.isArticle).toBe(false);
    expect(f.detection.reasons.join(" ")).toMatch(/structured data describes a product/);
  });

  it("marks page 2 of a multi-page story, without the pager", () => {
    const doc = page(`<head><meta property="og:type" content="article"></head><body><article><h1>Pact (page 2)</h1>${prose(5, "page two")}
      <div class="pagination"><a href="?page=1">1</a> <span>2</span> <a href="?page=3">3</a> <a href="?page=3">Next page</a></div></article></body>`);
    const f = findArticle(doc, { url: "https://news.example/2024/06/13/pact?page=2" });
    expect(f.detection.isArticle).toBe(true);
    const text = textOf(f.blocks);
    expect(text).toContain("Paragraph 5 about page two");
    expect(text).not.toContain("Next page");
  });
});

describe("findArticle on an endless page", () => {
  it("takes the <article> headed by the page's title, not the longer next story loaded below it", () => {
    const doc = page(`<html><head><title>Leaders sign pact in Italy | Example News</title><meta property="og:type" content="article"></head><body>
      <article><h1>Leaders sign pact in Italy</h1><div class="body">${prose(3, "the pact")}</div></article>
      <article><h1>Markets rally after central bank decision</h1><div class="body">${prose(6, "the markets")}</div></article></body></html>`);
    const text = textOf(findArticle(doc, { url: "https://news.example/2024/06/13/pact" }).blocks);
    expect(text).toContain("Paragraph 3 about the pact");
    expect(text).not.toContain("the markets");
  });
});

import { describe, expect, it } from "vitest";
import { urlShape } from "../../../../src/core/detect/url-shape";

describe("urlShape", () => {
  it("answers the same for an address asked again, or between others", () => {
    const story = "https://example.com/2024/06/13/ministers-agree-a-plan";
    const first = urlShape(story);
    expect(urlShape("https://example.com/Account/settings").kind).toBe("login");
    expect(urlShape(story)).toEqual(first);
    expect(urlShape(story).kind).toBe("article-like");
    expect(urlShape("https://example.com/Collections/summer").kind).toBe("listing");
    expect(urlShape("https://example.com/été-à-la-plage-cette-année").kind).toBe("article-like");
  });

  it.each([
    ["https://example.com/", "home"],
    ["https://example.com", "home"],
    ["https://example.com/index.html", "home"],
    ["https://example.com/en/", "home"],
    ["https://example.com/?utm_source=x", "home"],
    ["https://example.com/search?q=ukraine", "search"],
    ["https://example.com/news?s=biden", "search"],
    ["https://example.com/search/ukraine", "search"],
    ["https://shop.example/dp/B082QBCYY8", "product"],
    ["https://shop.example/gb/en/p/lamp-multicolour-90423019/", "product"],
    ["https://shop.example/itm/223820586800", "product"],
    ["https://shop.example/product/phone-red/", "product"],
    ["https://shop.example/limitless-top-p07901312.html?v1=1", "product"],
    ["https://shop.example/fabrics-blue/p4999298", "product"],
    ["https://example.com/2019/11/18/wework-layoffs/", "article-like"],
    ["https://example.com/news/2024-06-13-security-pact", "article-like"],
    ["https://example.com/news/world-europe-sweden-drops-rape-investigation", "article-like"],
    ["https://example.com/category/politics/", "listing"],
    ["https://example.com/tag/elections", "listing"],
    ["https://example.com/login", "login"],
    ["https://example.com/about", "neutral"],
    [null, "neutral"],
    ["not a url", "neutral"],
  ])("%s is %s", (url, kind) => {
    expect(urlShape(url).kind).toBe(kind);
  });

  // Edge cases of reading the address by hand (each answer is what the earlier regular
  // expressions gave): query keys in any case, one-digit months, dates in slugs between digits,
  // "/search" as a word, product numbers in capitals, addresses that are not http(s).
  it.each([
    ["https://example.com/?lang=de", "home"],
    ["https://example.com/?LANG=de&utm_Source=x", "home"],
    ["https://example.com/de-at", "home"],
    ["  https://example.com/  ", "home"],
    ["https://example.com/?q=", "neutral"],
    ["https://example.com/news?Q=biden", "search"],
    ["https://example.com/Search-results", "search"],
    ["https://example.com/searching/x", "neutral"],
    ["https://example.com/2019/1/storm", "article-like"],
    ["https://example.com/2019/13/storm", "neutral"],
    ["https://example.com/news/20240613-pact", "article-like"],
    ["https://example.com/news/120240613-pact", "neutral"],
    ["https://example.com/a/story-of-the-year.shtml", "article-like"],
    ["https://example.com/product/2019/11/18/x", "article-like"],
    ["https://shop.example/top-P0790131.HTML", "product"],
    ["mailto:someone@example.com", "neutral"],
  ])("%s is %s (by hand as by pattern)", (url, kind) => {
    expect(urlShape(url).kind).toBe(kind);
  });

  it("says why", () => {
    expect(urlShape("https://example.com/").reason).toMatch(/front page/);
    expect(urlShape("https://example.com/2019/11/18/x/").reason).toMatch(/dated/);
  });
});

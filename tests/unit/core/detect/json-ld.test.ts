import { describe, expect, it } from "vitest";
import { emptyStructuredData, readJsonLd } from "../../../../src/core/detect/json-ld";
import { isArticleType, isProductType } from "../../../../src/core/detect/signals";

function read(...blocks: string[]) {
  const data = emptyStructuredData();
  for (const b of blocks) readJsonLd(b, data);
  return data;
}

describe("readJsonLd", () => {
  it("reads a top-level article and its fields", () => {
    const d = read(JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", headline: "Pact signed", datePublished: "2024-06-13T18:30:00Z", inLanguage: "en-US", author: { "@type": "Person", name: "A" } }));
    expect(d.mainTypes).toEqual(["NewsArticle"]);
    expect(d.nestedTypes).toEqual(["Person"]);
    expect(d.headline).toBe("Pact signed");
    expect(d.datePublished).toBe("2024-06-13T18:30:00Z");
    expect(d.inLanguage).toBe("en-US");
  });

  it("finds items inside @graph and arrays", () => {
    const d = read(JSON.stringify({ "@graph": [{ "@type": "WebSite" }, { "@type": ["BlogPosting", "Article"], headline: "H" }] }), JSON.stringify([{ "@type": "BreadcrumbList" }]));
    expect(d.mainTypes).toEqual(["WebSite", "BlogPosting", "Article", "BreadcrumbList"]);
    expect(d.headline).toBe("H");
  });

  it("keeps a reviewed product nested, but a page's main entity at the top", () => {
    const review = read(JSON.stringify({ "@type": "Review", itemReviewed: { "@type": "Product", name: "Phone" } }));
    expect(review.mainTypes).toEqual(["Review"]);
    expect(review.nestedTypes).toEqual(["Product"]);
    const page = read(JSON.stringify({ "@type": "WebPage", mainEntity: { "@type": "Product", offers: { "@type": "Offer" } } }));
    expect(page.mainTypes).toEqual(["WebPage", "Product"]);
    expect(page.nestedTypes).toEqual(["Offer"]);
  });

  it("reads a block written inside an HTML comment or ended with a semicolon", () => {
    const json = JSON.stringify({ "@type": "NewsArticle", headline: "Wrapped" });
    expect(read(`<!--${json}-->`).headline).toBe("Wrapped");
    expect(read(`\n  <!--\n${json};\n-->\n`).headline).toBe("Wrapped");
    expect(read(`${json} ;  `).mainTypes).toEqual(["NewsArticle"]);
  });

  it("takes a page type's main entity as the page's item, whatever the vocabulary URL's case", () => {
    const d = read(JSON.stringify({ "@type": "http://SCHEMA.org/ItemPage", mainEntityOfPage: { "@type": "NewsArticle", headline: "Main" } }));
    expect(d.mainTypes).toEqual(["http://SCHEMA.org/ItemPage", "NewsArticle"]);
    expect(d.headline).toBe("Main");
    const nested = read(JSON.stringify({ "@type": "Organization", mainEntityOfPage: { "@type": "NewsArticle" } }));
    expect(nested.nestedTypes).toEqual(["NewsArticle"]);
  });

  it("still finds the types in broken JSON", () => {
    const d = read('{"@type": "ReportageNewsArticle", "headline": "unterminated');
    expect(d.mainTypes).toEqual(["ReportageNewsArticle"]);
  });

  it("classifies schema.org types by name, with or without the vocabulary URL", () => {
    expect(isArticleType("https://schema.org/NewsArticle")).toBe(true);
    expect(isArticleType("ReportageNewsArticle")).toBe(true);
    expect(isArticleType("LiveBlogPosting")).toBe(true);
    expect(isArticleType("WebPage")).toBe(false);
    expect(isProductType("http://schema.org/Product")).toBe(true);
    expect(isProductType("Car")).toBe(true);
    expect(isProductType("Organization")).toBe(false);
  });
});

/**
 * The HTML pipeline as the CLI runs it (detection, extraction, text map, recognition) under linkedom on random and
 * broken HTML (issue 10): it never throws, and the text it returns is what mentions point into.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createKnowledgeBase } from "../../../src/core/dataset/kb";
import type { CompiledDataset } from "../../../src/core/dataset/schema";
import { analyzeInput } from "../../../src/cli/main";

const kb = createKnowledgeBase(JSON.parse(readFileSync("generated/gloss.data.json", "utf8")) as CompiledDataset);
const seedHtmlPath = "seeds/article.html";

const tag = fc.constantFrom("p", "div", "article", "span", "em", "a", "script", "style", "h1", "time", "main", "section", "table", "td", "li", "ul", "iframe", "code", "textarea");
const word = fc.oneof(fc.constantFrom("Joe Biden", "Kyiv", "$50 billion", "NATO", "Thursday", "<", "&amp;", "&#x202e;", "\u200b", "said"), fc.string({ maxLength: 12 }));
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((rec) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    word,
    fc.tuple(tag, fc.array(rec("node"), { maxLength: 5 }), fc.boolean()).map(([t, kids, close]) => `<${t}>${kids.join(" ")}${close ? `</${t}>` : ""}`),
  ),
})).node;

function analyze(source: string) {
  return analyzeInput({ html: source, url: "https://example.com/2024/06/13/story" }, kb);
}

describe("analyzeDocument on arbitrary HTML", () => {
  it("never throws; mentions point into the returned text", () => {
    fc.assert(
      fc.property(html, fc.boolean(), (body, withArticleSignals) => {
        const head = withArticleSignals ? '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' : "";
        const result = analyze(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
        for (const m of result.mentions) expect(result.text.slice(m.start, m.end)).toBe(m.text);
        if (!result.isArticle) expect(result.mentions).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("survives broken structured data, unclosed tags and deep nesting", () => {
    const deep = "<div>".repeat(5000) + "Joe Biden visited Kyiv." + "</div>".repeat(10);
    for (const source of [
      '<html><head><script type="application/ld+json">{"@type": NewsArticle</script></head><body><p>Text',
      '<script type="application/ld+json">[null, 1, "x", {"@graph": [null, {"@type": ["Article"]}]}]</script><article><p>Joe Biden said.',
      deep,
      "",
      "<<<>>>",
    ]) {
      expect(() => analyze(source)).not.toThrow();
    }
  });

  it("reads the seed page when it exists", () => {
    let source: string;
    try {
      source = readFileSync(seedHtmlPath, "utf8");
    } catch {
      return;
    }
    const result = analyze(source);
    expect(result.isArticle).toBe(true);
    expect(result.text).toContain("Zelenskyy");
  });
});

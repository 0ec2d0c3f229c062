/**
 * Every fixture page under tests/fixtures/pages/<slug>/: findArticle runs, returns blocks in
 * document order with none inside another, and, where the folder's expected.json has an `article`
 * entry, matches it: {"article": {"isArticle": true, "lang"?: "en", "bodyIncludes"?: [...], "bodyExcludes"?: [...]}}.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findArticle } from "../../../src/dom/article";
import { page, textOf } from "./helpers";

interface ArticleExpectation {
  isArticle: boolean;
  lang?: string;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
}

const root = "tests/fixtures/pages";
const folders = existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, "source.html"))) : [];

describe.each(folders)("fixture page %s", (folder) => {
  const doc = page(readFileSync(join(root, folder, "source.html"), "utf8"));
  const found = findArticle(doc, { url: null });

  it("gives story blocks in document order, none inside another, and reasons", () => {
    for (let i = 1; i < found.blocks.length; i++) {
      expect(found.blocks[i - 1]!.compareDocumentPosition(found.blocks[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(found.blocks[i - 1]!.contains(found.blocks[i]!)).toBe(false);
    }
    expect(found.detection.reasons.length).toBeGreaterThan(0);
  });

  const expectedPath = join(root, folder, "expected.json");
  const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, "utf8")) as { article?: ArticleExpectation }).article : undefined;
  it.runIf(!!expected)("matches expected.json", () => {
    expect(found.detection.isArticle).toBe(expected!.isArticle);
    if (expected!.lang) expect(found.detection.lang).toBe(expected!.lang);
    const text = textOf(found.blocks);
    for (const s of expected!.bodyIncludes ?? []) expect(text).toContain(s);
    for (const s of expected!.bodyExcludes ?? []) expect(text).not.toContain(s);
  });
});

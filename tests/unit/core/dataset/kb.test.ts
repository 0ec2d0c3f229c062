/** The knowledge base: lookup by id, and the alias trie the recognizer walks. */
import { describe, expect, it } from "vitest";
import { buildAliasIndex, createKnowledgeBase } from "../../../../src/core/dataset/kb";
import { longestAlias } from "../../../../src/core/names/match";
import { tokenize } from "../../../../src/core/text/tokenize";
import { ENTRIES } from "../names/fixture";

const kb = createKnowledgeBase({ version: 1, builtAt: "2024-01-01", entries: ENTRIES });

describe("knowledge base", () => {
  it("keeps get, size and entries", () => {
    expect(kb.size).toBe(ENTRIES.length);
    expect(kb.get("Q212")?.name).toBe("Ukraine");
    expect([...kb.entries()].length).toBe(ENTRIES.length);
  });

  it("indexes names, aliases and demonyms once each", () => {
    const index = buildAliasIndex(ENTRIES);
    const expected = ENTRIES.reduce((n, e) => n + 1 + e.aliases.length + (e.demonyms?.length ?? 0), 0);
    expect(index.count).toBeLessThanOrEqual(expected);
    expect(index.count).toBeGreaterThan(expected - 3);
  });

  it("marks acronyms, ambiguous aliases and lower-case alias words", () => {
    const find = (text: string) => {
      const tokens = tokenize(text);
      return longestAlias(tokens, 0, kb.aliases.root, new Uint8Array(tokens.length));
    };
    expect(find("NATO")?.hits[0]?.acronym).toBe(true);
    expect(find("Georgia")?.hits.every((h) => h.ambiguous)).toBe(true);
    expect(find("Georgia")?.hits.map((h) => h.entry.id).sort()).toEqual(["Q1428", "Q230"]);
    expect(find("New York City")?.to).toBe(3);
    expect(find("Nato")?.hits[0]?.entry.id).toBe("Q7184");
    expect(find("nato")).toBeNull();
  });

  it("derives given names from the dataset's people", () => {
    expect(kb.givenNames.has("volodymyr")).toBe(true);
  });

  it("builds the index lazily and once", () => {
    expect(kb.aliases).toBe(kb.aliases);
  });
});

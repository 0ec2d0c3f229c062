import { describe, expect, it } from "vitest";
import { compileWordTrie, trieHas } from "../../../../src/core/text/word-trie";

describe("word trie", () => {
  const trie = compileWordTrie(["goal", "goals", "go", "cup"]);
  it("holds exactly the words of its list", () => {
    for (const w of ["goal", "goals", "go", "cup"]) expect(trieHas(trie, w)).toBe(true);
    for (const w of ["g", "goa", "goalss", "cups", "", "cu"]) expect(trieHas(trie, w)).toBe(false);
  });
  it("answers no for words with other characters", () => {
    for (const w of ["Goal", "goal-", "gôal", "go'al", "cup1"]) expect(trieHas(trie, w)).toBe(false);
  });
  it("refuses lists it cannot hold", () => {
    expect(() => compileWordTrie(["World"])).toThrow();
  });
});

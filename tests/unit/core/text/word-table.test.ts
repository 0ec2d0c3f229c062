import { describe, expect, it } from "vitest";
import { compileWordTable, wordTableGet, wordTableIndex } from "../../../../src/core/text/word-table";

describe("word table", () => {
  const words = ["goal", "goals", "go", "cup", "co-founder", "zürich", ""];
  const table = compileWordTable(words.map((w, i) => [w, i * 10] as [string, number]));

  it("finds exactly the words of its list, with their values and places", () => {
    words.forEach((w, i) => {
      expect(wordTableGet(table, w, -1)).toBe(i * 10);
      expect(wordTableIndex(table, w)).toBe(i);
    });
    for (const w of ["g", "goa", "goalss", "cups", "Goal", "zurich", "co"]) {
      expect(wordTableGet(table, w, -1)).toBe(-1);
      expect(wordTableIndex(table, w)).toBe(-1);
    }
  });

  it("stays exact with many words (collisions resolved by comparing characters)", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const big = compileWordTable(many.map((w, i) => [w, i] as [string, number]));
    many.forEach((w, i) => expect(wordTableGet(big, w, -1)).toBe(i));
    for (let i = 5000; i < 6000; i++) expect(wordTableIndex(big, `w${i.toString(36)}`)).toBe(-1);
  });
});

/** The tokenizer and folding the recognizer and the alias index share. */
import { describe, expect, it } from "vitest";
import { fold, looseKey } from "../../../../src/core/text/fold";
import { TokenKind, tokenize } from "../../../../src/core/text/tokenize";

describe("tokenize", () => {
  it("keeps offsets into the text", () => {
    const text = "Russia’s  O'Brien, U.S.-led";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("reads a word through invisible characters and leaves them out of its key", () => {
    const text = "Joe Bi\u200bden met Volo\u00addymyr \u200bZelenskyy\u200b.";
    const words = tokenize(text).filter((t) => t.kind === TokenKind.Word);
    expect(words.map((t) => t.key)).toEqual(["joe", "biden", "met", "volodymyr", "zelenskyy"]);
    for (const t of words) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits possessives but keeps name apostrophes", () => {
    expect(tokenize("Russia's O'Brien").map((t) => t.text)).toEqual(["Russia", "'", "s", "O'Brien"]);
  });

  it("reads dotted abbreviations as one word without dots", () => {
    const [us] = tokenize("U.S. troops");
    expect(us?.text).toBe("U.S.");
    expect(us?.key).toBe("us");
    expect(us?.dotted).toBe(true);
    expect(tokenize("Edward D. Jones").map((t) => t.text)).toEqual(["Edward", "D", ".", "Jones"]);
  });

  it("records case shape and line breaks", () => {
    const [a, b, c] = tokenize("NATO said\n\nthen");
    expect(a?.upper).toBe(true);
    expect(b?.cap).toBe(false);
    expect(c?.breakBefore).toBe(2);
    expect(tokenize("1996-08-30")[0]?.kind).toBe(TokenKind.Number);
  });
});

describe("fold", () => {
  it("removes diacritics one unit for one", () => {
    expect(fold("Schröder Łódź Ærø")).toBe("schroder lodz aro");
    expect(fold("Zelenskyy’s").length).toBe("Zelenskyy’s".length);
  });

  it("loosens long words so transliterations meet", () => {
    expect(looseKey("zelenskyy")).toBe(looseKey("zelensky"));
    expect(looseKey("zelenskiy")).toBe(looseKey("zelensky"));
    expect(looseKey("mali")).not.toBe(looseKey("maly"));
  });
});

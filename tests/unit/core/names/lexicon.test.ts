/** The lexicon's small lists asked through their letter tries answer as the lexicon does. */
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../../src/core/text/tokenize";
import {
  CONNECTOR_LIST, FIXTURE_LIST, inList, inSmallList, NAME_CONNECTORS, NON_FINAL_ABBREVIATIONS, NON_FINAL_LIST, PERSON_TITLES,
  PLACE_PREPOSITION_LIST, PLACE_PREPOSITIONS, SPEECH_LIST, SPEECH_VERBS, FIXTURE_WORDS, TITLE_LIST, type SmallList,
} from "../../../../src/core/names/lexicon";

const lists: [string, SmallList, ReadonlySet<string>][] = [
  ["non-final abbreviations", NON_FINAL_LIST, NON_FINAL_ABBREVIATIONS], ["connectors", CONNECTOR_LIST, NAME_CONNECTORS],
  ["place prepositions", PLACE_PREPOSITION_LIST, PLACE_PREPOSITIONS], ["titles", TITLE_LIST, PERSON_TITLES],
  ["speech verbs", SPEECH_LIST, SPEECH_VERBS], ["fixture words", FIXTURE_LIST, FIXTURE_WORDS],
];

describe("small lists", () => {
  it.each(lists)("%s: every word of the list a token can hold is answered by the trie", (_, list, words) => {
    // Each word alone, so a word the tokenizer keeps whole is asked as one token (joined in a
    // text, it could pass unchecked as pieces).
    for (const word of words) {
      const tokens = tokenize(word);
      if (tokens.length !== 1) continue;
      expect(inSmallList(tokens[0]!, list), word).toBe(true);
    }
  });

  it.each(lists)("%s: the trie and the lexicon agree, before and after the token's lexicon lookup", (_, list, words) => {
    const text = `${[...words].join(" ")} said the Minister of Ukraine's café Zelenskyy O'Brien U.S. 1996 - , .`;
    for (const fresh of tokenize(text)) {
      const expected = inList(tokenize(text.slice(fresh.start, fresh.end))[0]!, list.bit);
      expect(inSmallList(fresh, list)).toBe(expected);
      inList(fresh, list.bit);
      expect(inSmallList(fresh, list)).toBe(expected);
    }
  });
});

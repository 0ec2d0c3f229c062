/**
 * The alias index's tokenization of an entry, computed at build time and shipped with the compiled
 * dataset, so a cold background builds the trie without tokenizing ~15,000 aliases (that
 * tokenization is most of a cold index build).
 *
 * One string per entry: one segment per indexed string (name, then aliases, then demonyms),
 * joined by "|"; a segment is the strings' token match keys joined by " ", a lower-case word's key
 * prefixed by "_", the whole segment prefixed by "^" when the string is an acronym. An empty
 * segment stands for the usual case: keys that are the string's lower case cut at spaces, the
 * lower-case words those starting with a-z, no acronym ("New Delhi", "Bank of England"). A person's string starts with one more segment, the
 * given-name key: empty when it is the name's first word in lower case, "-" when there is none.
 * The build keeps the string only when decoding it gives back exactly what `tokenize` gives
 * (`encodeAliasKeys` checks); otherwise, and for user entries, the index tokenizes at run time.
 */
import { matchKey, tokenize, TokenKind } from "../text/tokenize";
import type { Entry } from "./schema";

/** One indexed string as the trie needs it. */
export interface AliasKeys {
  keys: string[];
  /** Per token: a word written in lower case ("of", "de"); such a word in the text may be lower case too. */
  lower: boolean[];
  /** Written in capitals ("NATO", "G7"): the text must be too. */
  acronym: boolean;
}

/** What an entry contributes to the index, in the order it is indexed. */
export interface EntryKeys {
  /** Name, aliases, demonyms, each tokenized (an empty `keys` for a string with no token). */
  strings: AliasKeys[];
  /** A person's given name, folded ("volodymyr"), or "" when the entry has none. */
  given: string;
}

export function isAcronym(alias: string): boolean {
  let letters = 0, alnum = 0;
  for (const ch of alias) {
    const isDigit = ch >= "0" && ch <= "9";
    if (isDigit) { alnum++; continue; }
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
    alnum++;
  }
  return letters >= 1 && alnum >= 2;
}

/** The strings an entry is indexed under, in index order. */
export function indexedStrings(entry: Entry): string[] {
  const out = [entry.name, ...entry.aliases];
  if (entry.demonyms) out.push(...entry.demonyms);
  return out;
}

function tokenizeAlias(alias: string): AliasKeys {
  const tokens = tokenize(alias);
  return {
    keys: tokens.map(matchKey),
    lower: tokens.map((t) => t.kind === TokenKind.Word && !t.cap),
    acronym: isAcronym(alias),
  };
}

function givenName(entry: Entry): string {
  if (entry.type !== "person") return "";
  const first = tokenize(entry.name)[0];
  return first && first.kind === TokenKind.Word && first.key.length > 1 ? first.key : "";
}

/** The entry's keys by the tokenizer itself: the reference the shipped form must equal. */
export function computeEntryKeys(entry: Entry): EntryKeys {
  return { strings: indexedStrings(entry).map(tokenizeAlias), given: givenName(entry) };
}


/**
 * What the tokenizer makes of `text`, per token: the match key, the key, and whether it is a
 * lower-case word; everything the index and the given names take from it. Equal fingerprints of
 * the same text mean an index built by one tokenizer fits the other.
 */
export function tokenizerFingerprint(text: string): string {
  return tokenize(text).map((t) => `${matchKey(t)} ${t.key} ${t.kind === TokenKind.Word && !t.cap ? 1 : 0}`).join("\n");
}

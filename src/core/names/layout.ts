/**
 * Where capital letters say nothing: the first word of a sentence, and lines written all in
 * capitals ("VATICAN CITY (AP) —", "SOCCER - ROTOR FANS LOCKED OUT") or in title case (headlines,
 * results tables). Words there need other evidence before they count as names.
 */
import { TokenKind, type Token } from "../text/tokenize";
import { inSmallList, NON_FINAL_LIST } from "./lexicon";

/** Per-token flags: booleans or 0/1. */
export type Flags = ArrayLike<number | boolean>;

export interface Layout {
  /** Token begins a sentence (its capital is grammar, not a name). */
  sentenceStart: Uint8Array;
  /** Token lies on an all-capitals line. */
  shouty: Uint8Array;
  /** Token lies on a title-case line (headline, table row). */
  titled: Uint8Array;
  /** Words in the text (counted here, in the one pass that reads every token, for the sports test). */
  words: number;
}

const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«", "-", "—", "–", "*", "•"]);
/** Punctuation that ends a sentence: ". ! ? : ; — –" (asked of every punctuation token: char codes, no set). */
function isFinal(key: string): boolean {
  if (key.length !== 1) return false;
  const c = key.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013;
}
const SMALL_WORDS = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "vs", "v", "de"]);

/**
 * `flags`: zeroed room for the three arrays (3 × tokens), given by a caller that wants all its
 * per-token arrays in one allocation: a typed array of a text's length is allocated outside the
 * JS heap, which costs far more than filling it.
 */
/** Marks tokens [from, to) as a line in capitals or in title case, from the line's word counts. */
function markLine(shouty: Uint8Array, titled: Uint8Array, from: number, to: number, words: number, upper: number, capital: number, lower: number): void {
  const isShouty = words > 0 && upper >= 1 && upper / words >= 0.6;
  const isTitled = !isShouty && words >= 2 && lower === 0 && capital >= 2 && words <= 24;
  if (isShouty) shouty.fill(1, from, to);
  else if (isTitled) titled.fill(1, from, to);
}

export function analyzeLayout(tokens: Token[], flags: Uint8Array = new Uint8Array(3 * tokens.length)): Layout {
  const n = tokens.length;
  const sentenceStart = flags.subarray(0, n);
  const shouty = flags.subarray(n, 2 * n);
  const titled = flags.subarray(2 * n, 3 * n);

  // Lines (runs of tokens between line breaks) are counted in the same pass as sentences and
  // marked when they end.
  let lineStart = 0, words = 0, upper = 0, capital = 0, lower = 0;
  let allWords = 0;
  let expectStart = true;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.breakBefore > 0) {
      expectStart = true;
      if (i > lineStart) {
        markLine(shouty, titled, lineStart, i, words, upper, capital, lower);
        allWords += words;
        lineStart = i;
        words = upper = capital = lower = 0;
      }
    }
    if (t.kind === TokenKind.Word) {
      words++;
      if (t.upper && t.key.length > 1) upper++;
      if (t.cap) capital++;
      else if (lower === 0 && !SMALL_WORDS.has(t.key)) lower++;
      if (expectStart) sentenceStart[i] = 1;
      expectStart = false;
      continue;
    }
    if (t.kind === TokenKind.Punct) {
      // Most punctuation comes mid-sentence: the opener list is asked only where a sentence may start.
      if (expectStart && OPENERS.has(t.key)) continue;
      if (isFinal(t.key)) {
        const prev = tokens[i - 1];
        // "Mr. Smith", "Lt. Col.", "D. Jones": a dot after an abbreviation or an initial goes on.
        const abbreviation = t.key === "." && prev && prev.end === t.start && prev.kind === TokenKind.Word &&
          (inSmallList(prev, NON_FINAL_LIST) || (prev.key.length === 1 && prev.cap));
        expectStart = !abbreviation;
        continue;
      }
      if (expectStart && !OPENERS.has(t.key)) expectStart = false;
    } else {
      expectStart = false;
    }
  }
  markLine(shouty, titled, lineStart, n, words, upper, capital, lower);
  return { sentenceStart, shouty, titled, words: allWords + words };
}

/**
 * The scan that makes figure recognition linear: one pass finds where figures can start (digit
 * runs, currency signs, trigger words), and patterns then run anchored (sticky) at those offsets
 * only, never at the thousands of offsets where no figure can begin.
 */
// Figures read through the tokenizer's own set of characters that show nothing.
import { isInvisibleCode } from "../text/tokenize";
import type { FigureContext } from "./candidate";

/** How far after a number its unit, currency or percent sign may come ("seven-tenths of 1 percent"). */
const FOLLOW_REACH = 64;

/**
 * The number offsets followed within `reach` characters by one of the given offsets (the starts of
 * a family's keywords, found by the scan): a merge of two sorted lists, no text is looked at.
 */
export function numbersNear(ctx: FigureContext, keywords: Offsets, reach = FOLLOW_REACH): Offsets {
  if (keywords.length === 0) return EMPTY;
  const out: number[] = [];
  const nums = ctx.numbers;
  let k = 0;
  for (let i = 0; i < nums.length; i++) {
    const p = nums[i]!;
    while (k < keywords.length && keywords[k]! <= p) k++;
    if (k < keywords.length && keywords[k]! <= p + reach) out.push(p);
  }
  return out;
}

/** Sorted text offsets. */
export type Offsets = ArrayLike<number>;

/**
 * What the helpers below give when they find nothing, as most do on most texts: one shared empty
 * list (read-only by its type) rather than a new one per call.
 */
const EMPTY: Offsets = [];

/** The offsets of a character in the text, sorted. */
export function charOffsets(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}


/**
 * Where figures can begin, found in one pass over the text: every run of digits, every currency
 * sign, and every word (lower-cased) among the trigger words the families register. Patterns then
 * run anchored (sticky) at those offsets only, which keeps recognition linear and fast: a pattern
 * is never tried at the thousands of offsets where no figure can start.
 */
export interface Starts {
  digits: number[];
  /** End of the run of digits that starts at the same index of `digits`. */
  digitEnds: number[];
  signs: number[];
  /**
   * The offsets of the text's trigger words by the number of each word list that holds them, each
   * in reading order; no entry for a list none of whose words occurs.
   */
  byList: (number[] | undefined)[];
  /** The text holds an invisible character (see `isInvisibleCode`). */
  invisible: boolean;
  triggers: Triggers;
}

/**
 * Words a family looks for figures after ("percent", the month names), made once when its module
 * loads. Its number lets the scan file each trigger word it meets under every list that holds it,
 * and `wordStarts` read a list's starts without a lookup.
 */
export interface WordList {
  readonly number: number;
  readonly words: readonly string[];
}

let wordListCount = 0;

export function wordList(words: readonly string[]): WordList {
  return { number: wordListCount++, words };
}

/**
 * Trigger words compiled into a letter trie held in a typed array, so the scan walks words without
 * allocating a string per word.
 */
export interface Triggers {
  /**
   * One row of NODE_WIDTH numbers per node, found by its offset n: the child for letter k (0–25) at
   * trie[n + k], and the id of the trigger ending at the node (or -1) at trie[n + NODE_ID], so a
   * child is followed without a multiplication. The row at 0 is a dead end whose children are all
   * itself: a word that left the trie stays there, and the scan follows each letter without first
   * testing whether the word is still in the trie. The root is the row at NODE_WIDTH.
   */
  trie: Int16Array;
  /** For each trigger id, the numbers of the lists that hold the word. */
  listsOf: number[][];
  /** Whether the list of each number was compiled in (only those are filed by the scan). */
  compiled: boolean[];
}

const NODE_ID = 26;
const NODE_WIDTH = 27;
const emptyNode = () => [...new Array<number>(26).fill(0), -1];

/**
 * The trigger words of the given lists. A list may hold only words of lower-case letters a-z: the
 * scan reads a word's letters folded to lower case and stops at anything else, so any other word
 * could never be found, and compiling it throws (when the module loads, so every test sees it).
 */
export function compileTriggers(lists: Iterable<WordList>): Triggers {
  // The dead end, then the root.
  const trie: number[] = [...emptyNode(), ...emptyNode()];
  const listsOf: number[][] = [];
  const compiled: boolean[] = [];
  for (const list of lists) {
    compiled[list.number] = true;
    for (const w of list.words) {
      if (!/^[a-z]+$/.test(w)) throw new Error(`trigger word "${w}": the scan reads words of the letters a-z only, folded to lower case`);
      let n = NODE_WIDTH;
      for (let i = 0; i < w.length; i++) {
        const slot = n + w.charCodeAt(i) - 97;
        if (trie[slot] === 0) {
          trie[slot] = trie.length;
          trie.push(...emptyNode());
        }
        n = trie[slot]!;
      }
      if (trie[n + NODE_ID] === -1) {
        trie[n + NODE_ID] = listsOf.length;
        listsOf.push([]);
      }
      const holders = listsOf[trie[n + NODE_ID]!]!;
      if (!holders.includes(list.number)) holders.push(list.number);
    }
  }
  // Offsets are kept in 16 bits, which halves the table the scan reads for every letter. Today's
  // lists use ~27,000 of the 32,767 (about 1,000 nodes, room for ~200 more): past that, loading
  // the module throws, so every test fails until the offsets are widened.
  if (trie.length > 0x7fff) throw new Error("too many trigger words for a 16-bit trie");
  return { trie: Int16Array.from(trie), listsOf, compiled };
}

const SIGNS = new Set("$€£¥₹₩₽₺₴₪₦".split("").map((c) => c.charCodeAt(0)));
/** The signs above U+00A5 lie in this range, taken from SIGNS: a sign added there is reached too. */
const HIGH_SIGNS = [...SIGNS].filter((c) => c > 0xa5);
const HIGH_SIGN_MIN = Math.min(...HIGH_SIGNS);
const HIGH_SIGN_MAX = Math.max(...HIGH_SIGNS);

/** One pass over the text: digit runs, currency signs, and trigger words (case-insensitive). */
export function scanStarts(text: string, triggers: Triggers): Starts {
  const digits: number[] = [];
  const digitEnds: number[] = [];
  const signs: number[] = [];
  const byList: (number[] | undefined)[] = [];
  let invisible = false;
  const { trie, listsOf } = triggers;
  const n = text.length;
  let prev = 32;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // An ASCII letter's index in the alphabet, case-blind; 26 or more for any other character
    // (only "A"–"Z" and "a"–"z" land on "a"–"z" when bit 5 is set).
    const letter = ((c | 32) - 97) >>> 0;
    if (letter < 26) {
      const start = i;
      // The node of the letters read so far; the dead end once the word has left the trie.
      let t = trie[NODE_WIDTH + letter]!;
      i++;
      while (i < n) {
        const l = ((text.charCodeAt(i) | 32) - 97) >>> 0;
        if (l >= 26) break;
        i++;
        t = trie[t + l]!;
      }
      const id = trie[t + NODE_ID]!;
      if (id >= 0) {
        const lists = listsOf[id]!;
        for (let k = 0; k < lists.length; k++) (byList[lists[k]!] ??= []).push(start);
      }
      prev = 97;
      continue;
    }
    if ((c >= 48 && c <= 57) || (c === 46 && i + 1 < n && (text.charCodeAt(i + 1) - 48) >>> 0 <= 9)) {
      // "1,500" and "2.5" are one number: a digit run right after "," or "." continues it.
      const continues = (c === 46 && prev === 48) || ((prev === 44 || prev === 46) && i >= 2 && (text.charCodeAt(i - 2) - 48) >>> 0 <= 9);
      const start = i;
      i++;
      while (i < n && (text.charCodeAt(i) - 48) >>> 0 <= 9) i++;
      if (!continues) {
        digits.push(start);
        digitEnds.push(i);
      }
      prev = 48;
      continue;
    }
    // Every sign and every invisible character is "$" or above U+00A2: spaces and punctuation skip both
    // tests. Curly quotes and dashes, common above it, fall outside the high signs' range (U+20A6–U+20BD).
    if (c === 36 || c > 0xa2) {
      if (c === 36 || c === 0xa3 || c === 0xa5 || (c >= HIGH_SIGN_MIN && c <= HIGH_SIGN_MAX && SIGNS.has(c))) signs.push(i);
      else if (isInvisibleCode(c)) invisible = true;
    }
    prev = c;
    i++;
  }
  return { digits, digitEnds, signs, byList, invisible, triggers };
}

/** Merge sorted offset lists into one sorted list. */
export function mergeStarts(...lists: Offsets[]): Offsets {
  let only: Offsets | undefined;
  let count = 0;
  for (const l of lists) {
    if (l.length === 0) continue;
    only = l;
    count++;
  }
  if (count === 0) return EMPTY;
  if (count === 1) return only!;
  // Plain arrays: a typed array costs more to allocate than these short lists cost to merge.
  const out: number[] = [];
  if (count === 2) {
    let a: Offsets | undefined;
    for (const l of lists) {
      if (l.length === 0) continue;
      if (!a) a = l;
      else mergeTwo(a, l, out);
    }
    return out;
  }
  for (const l of lists) for (let i = 0; i < l.length; i++) out.push(l[i]!);
  // Sorted runs end to end: the sort finds the runs and merges them.
  return out.sort(byNumber);
}

const byNumber = (a: number, b: number) => a - b;

function mergeTwo(a: Offsets, b: Offsets, out: number[]): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! <= b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
}

/** The sorted offsets where any word of the list starts (shared: read, never change them). */
export function wordStarts(starts: Starts, list: WordList): Offsets {
  if (starts.triggers.compiled[list.number] !== true) throw new Error("a word list the triggers were not compiled with");
  return starts.byList[list.number] ?? EMPTY;
}

/** The end of the word the scan read at `start`: the first character that is not an ASCII letter. */
export function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    const l = c | 32;
    if (!(l >= 97 && l <= 122 && (c <= 90 || c >= 97))) return i;
    i++;
  }
}

/**
 * The word starts whose word is followed by a character that passes `test`: a pattern that needs
 * "-", a space or a given letter right after its lead word is then not tried where there is none.
 */
export function wordsFollowedBy(text: string, starts: Offsets, test: (text: string, end: number) => boolean): Offsets {
  return offsetsWhere(text, starts, (t, p) => test(t, wordEnd(t, p)));
}

/** The offsets where `test` passes ("a " before the word "year" there, a capital, a hyphen after digits). */
export function offsetsWhere(text: string, offsets: Offsets, test: (text: string, at: number) => boolean): Offsets {
  if (offsets.length === 0) return EMPTY;
  const out: number[] = [];
  for (let i = 0; i < offsets.length; i++) {
    const p = offsets[i]!;
    if (test(text, p)) out.push(p);
  }
  return out;
}

const opensWithCapital = (text: string, p: number) => {
  const c = text.charCodeAt(p);
  return c >= 65 && c <= 90;
};

/**
 * The word starts whose word opens with a capital: a case-sensitive pattern whose every alternative
 * opens with one ("May", "Christmas") is then not tried at the scan's case-blind finds ("may").
 */
export function capitalized(text: string, starts: Offsets): Offsets {
  return offsetsWhere(text, starts, opensWithCapital);
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * The matches of a sticky regex tried at each offset in turn, skipping offsets inside the previous
 * match, as a global scan would.
 */
export function matchAt(re: RegExp, text: string, offsets: Offsets): readonly RegExpExecArray[] {
  if (offsets.length === 0) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  let end = -1;
  for (let i = 0; i < offsets.length; i++) {
    const p = offsets[i]!;
    if (p < end) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m || m[0].length === 0) continue;
    end = p + m[0].length;
    out.push(m);
  }
  return out;
}



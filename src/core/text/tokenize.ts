/**
 * One left-to-right pass that cuts text into words, numbers and punctuation, with the facts the
 * name recognizer needs about each (case shape, folded key, line breaks). Time is linear in the
 * text; no regular expression runs over the whole text.
 */
import { foldChar, looseKey } from "./fold";

export enum TokenKind { Word, Number, Punct }

/* `Token.bits`: the kind in the low two bits, then one bit per flag, then the line breaks. */
const KIND_MASK = 3, CAP = 4, UPPER = 8, DOTTED = 16, SPACE = 32, BREAK_SHIFT = 6;

/**
 * A token: its place, key and text as fields; its case shape and spacing packed into one number
 * behind getters. A text has a token per word and per punctuation mark, so a token with fewer
 * fields is less memory to write and collect on every text.
 */
export class Token {
  /**
   * Where `key` is in the name recognizer's lexicon, once it has asked (names/lexicon.ts; 0 when
   * in none of its word lists); -1 until then. Kept on the token so that a word asked about by
   * several stages costs one lookup.
   */
  lex = -1;

  constructor(
    public readonly start: number,
    public readonly end: number,
    public readonly text: string,
    /** Folded lower case; dotted abbreviations without their dots ("U.S." → "us"). */
    public readonly key: string,
    private readonly bits: number,
  ) {}

  /**
   * `key` loosened for long capitalized words (see `looseKey`); use `matchKey` for any token.
   * Computed when asked: only capitalized words open an alias, once or twice each.
   */
  get match(): string { return (this.bits & (CAP | KIND_MASK)) === CAP ? looseKey(this.key) : this.key; }

  get kind(): TokenKind { return this.bits & KIND_MASK; }
  /** First character an upper-case letter. */
  get cap(): boolean { return (this.bits & CAP) !== 0; }
  /** Every letter upper case (and at least one letter). */
  get upper(): boolean { return (this.bits & UPPER) !== 0; }
  /** Written with dots between single letters: "U.S.", "A.G.". */
  get dotted(): boolean { return (this.bits & DOTTED) !== 0; }
  /** A line break lies between this token and the previous one (`2` for a blank line). */
  get breakBefore(): 0 | 1 | 2 { return (this.bits >> BREAK_SHIFT) as 0 | 1 | 2; }
  /** White space lies between this token and the previous one. */
  get spaceBefore(): boolean { return (this.bits & SPACE) !== 0; }
}

function isLetterCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && ch.toLowerCase() !== ch.toUpperCase();
}

function isUpperCode(c: number, ch: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Combining marks (U+0300–U+036F) stay inside a word written in decomposed form. */
function isMarkCode(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/**
 * Characters that show nothing: the soft hyphen, zero-width space and joiners, the word joiner and
 * a stray byte-order mark. Pages put them inside words (hyphenation hints, or to defeat scraping:
 * "Joe Bi\u200bden"); a word reads through them and its key leaves them out. Figures read through
 * the same set (figures/scan.ts).
 */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let breaks = 0;
  let space = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) { breaks++; space = true; i++; continue; }
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12) { space = true; i++; continue; }
    if (isInvisibleCode(c)) { i++; continue; }
    const start = i;
    let kind: TokenKind;
    let key = "";
    let dotted = false;
    let cap = false;
    let upper = false;
    let word = "";
    // The character as a string only where it is needed: ASCII letters and digits are told by code.
    const ch = c < 128 ? "" : text[i]!;
    if (isLetterCode(c, ch) || isDigitCode(c)) {
      kind = isDigitCode(c) ? TokenKind.Number : TokenKind.Word;
      cap = isUpperCode(c, ch);
      let letters = 0, uppers = 0;
      let plain = true;
      while (i < n) {
        const dc = text.charCodeAt(i);
        if (dc < 128) {
          if ((dc >= 97 && dc <= 122) || (dc >= 48 && dc <= 57)) { if (dc >= 97) letters++; i++; continue; }
          if (dc >= 65 && dc <= 90) { letters++; uppers++; i++; continue; }
          // O'Brien, D'Alema: an apostrophe before a capital belongs to the name.
          if (dc === 39 && i + 1 < n && letters > 0 && isUpperCode(text.charCodeAt(i + 1), text[i + 1]!)) { i++; continue; }
          break;
        }
        const d = text[i]!;
        if (isLetterCode(dc, d)) {
          letters++;
          if (isUpperCode(dc, d)) uppers++;
          plain = false;
          i++;
        } else if (isMarkCode(dc)) {
          plain = false;
          i++;
        } else if (isInvisibleCode(dc) && i + 1 < n && isLetterCode(text.charCodeAt(i + 1), text[i + 1]!)) {
          plain = false;
          i++;
        } else if (dc === 0x2019 && i + 1 < n && letters > 0 && isUpperCode(text.charCodeAt(i + 1), text[i + 1]!)) {
          plain = false;
          i++;
        } else break;
      }
      if (plain) { word = text.slice(start, i); key = uppers > 0 ? word.toLowerCase() : word; }
      else for (let k = start; k < i; k++) { const code = text.charCodeAt(k); if (!isMarkCode(code) && !isInvisibleCode(code)) key += foldChar(text[k]!); }
      // Dotted abbreviation: single letters each followed by a dot ("U.S.", "A.G.", "U.N.").
      if (i - start === 1 && letters === 1 && text[i] === "." && i + 2 < n && isLetterCode(text.charCodeAt(i + 1), text[i + 1]!) && text[i + 2] === ".") {
        let j = i;
        let k = key;
        while (j + 2 < n && text[j] === "." && isLetterCode(text.charCodeAt(j + 1), text[j + 1]!) && text[j + 2] === "." && !isLetterCode(text.charCodeAt(j + 3), text[j + 3] ?? " ")) {
          k += foldChar(text[j + 1]!);
          if (isUpperCode(text.charCodeAt(j + 1), text[j + 1]!)) uppers++;
          letters++;
          j += 2;
        }
        if (j > i) { key = k; i = j + 1; dotted = true; word = ""; }
      }
      upper = letters > 0 && uppers === letters;
    } else {
      kind = TokenKind.Punct;
      word = ch || text[i]!;
      key = c < 128 && c !== 96 ? word : foldChar(word);
      i++;
    }
    tokens.push(new Token(
      start, i, word || text.slice(start, i), key,
      kind | (cap ? CAP : 0) | (upper ? UPPER : 0) | (dotted ? DOTTED : 0) | (space ? SPACE : 0) | ((breaks >= 2 ? 2 : breaks) << BREAK_SHIFT),
    ));
    breaks = 0;
    space = false;
  }
  return tokens;
}

/** The alias-index key of a token: `key` loosened for long words, as aliases are indexed. */
export function matchKey(t: Token): string {
  return t.cap || t.kind !== TokenKind.Word ? t.match : looseKey(t.key);
}

/**
 * Money: "$50 billion", "US$5.4 million", "€3bn", "£5m", "RM2 billion", "dlrs 210,000",
 * "USD 5 million", "2 kroner", "28 cents", "10 million Swiss francs", "hundreds of billions of
 * dollars", "multibillion-dollar". Values are in units of the currency ("$50 billion" → 5e10 USD).
 */
import { type Candidate, type FigureContext, candidate } from "./candidate";
import { type WordList, matchAt, mergeStarts, numbersNear, offsetsWhere, wordEnd, wordList, wordStarts, wordsFollowedBy } from "./scan";
import {
  CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, SUBUNITS, currencyStem,
} from "./lexicon";
import { DIGITS_BODY_SRC, DIGITS_SRC, NUMBER_SRC, SCALE_SRC, clean, parseNumber, scaleValue } from "./numbers";

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SYMBOL_SRC = CURRENCY_SYMBOLS.map(([s]) => esc(s)).join("|");
const SYMBOL_CODE = new Map(CURRENCY_SYMBOLS);
const CODE_SRC = CURRENCY_CODES.join("|");

/** "$50 billion", "$5-6 billion" (a range), "dlrs 210,000", "USD 5 million". */
const PREFIXED = new RegExp(
  `(?:(?<![A-Za-z])(?<sym>${SYMBOL_SRC})(?<=[A-Za-z.])[ \\u00a0]?|(?<![A-Za-z])(?<sym2>${SYMBOL_SRC})|\\b(?<code>${CODE_SRC})[ \\u00a0]?|\\b(?<dlrs>dlrs|Dlrs|DLRS)\\.? ?)` +
    `(?<num>${DIGITS_BODY_SRC})(?<scale>${SCALE_SRC})?` +
    `(?:(?<sep>[ \\u00a0]?[-–][ \\u00a0]?| to )(?<num2>${DIGITS_SRC})(?<scale2>${SCALE_SRC})?)?`,
  "y",
);

const ADJ_SRC =
  "US|U\\.S\\.|American|Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan|Swiss|French|Belgian|CFA|Danish|" +
  "Norwegian|Swedish|Icelandic|German|Deutsche|British|Egyptian|Lebanese|Mexican|Argentine|Philippine|Chilean|Colombian|" +
  "Indian|Pakistani|Sri Lankan";
/** Currency names that are also common words need a scale or an adjective ("5 billion won"). */
const RISKY_WORDS = new Set(["won", "mark", "marks", "real", "pound", "pounds", "rand", "p"]);
const WORD_SRC = Object.keys(CURRENCY_WORDS).filter((w) => w !== "p").sort((a, b) => b.length - a.length).join("|");

/** "2 kroner", "28 cents", "five billion euros", "10 million Swiss francs", "10 million dlrs", "5 million USD". */
const SUFFIXED = new RegExp(
  `(?<num>${NUMBER_SRC})(?<scale>${SCALE_SRC})?(?:[ \\u00a0](?:(?<adj>${ADJ_SRC}) )?(?<word>${WORD_SRC})\\b|[ \\u00a0](?<code>${CODE_SRC})\\b|(?<pence>p)\\b(?![.'’]))`,
  "iy",
);

/** "hundreds of billions of dollars", "millions of euros". */
const VAGUE = /\b(?<lead>tens|hundreds|thousands|dozens|millions|billions|trillions)(?: of (?<mid>thousands|millions|billions))? of (?:(?:US|U\.S\.) )?(?<word>dollars|euros|yen|yuan|rubles|roubles|rupees)\b/iy;

/** A number right before "billion-dollar", with the sign it may carry ("$1.2 ", "1.2 "). */
const COUNT_BEFORE = /(?<![\w.,$€£])[$€£]?(\d+(?:\.\d+)?)[ \u00a0]$/;
/** "multibillion-dollar", "billion-dollar", "multimillion-euro". */
const COMPOUND = /\b(?<multi>multi-?)?(?<scale>million|billion|trillion)-(?<word>dollar|euro|pound)\b/iy;

/** "never make a dime", "every penny": US coins as sums of money (the coin word alone is the span). */
const COIN = /(?<=\b(?:[Aa]|[Ee]very|[Oo]ne|[Ss]ingle|[Aa]nother)[ \u00a0])(?:dime|nickel|penny)\b(?![ \u00a0](?:whistles?|stocks?|auctions?|press|farthing|arcade|loafers?|candy))/y;
const COIN_VALUE: Record<string, number> = { dime: 0.1, nickel: 0.05, penny: 0.01 };
const COIN_WORDS = wordList(Object.keys(COIN_VALUE));

const VAGUE_SCALE: Record<string, number> = {
  tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};

/** Currency words and codes after a number: where the suffixed pattern is worth trying. */
const SUFFIX_WORDS = wordList([...Object.keys(CURRENCY_WORDS), ...CURRENCY_CODES.map((c) => c.toLowerCase())]);

/** Words a money figure can start with, for the scanner. */
const PREFIX_WORDS = wordList([
  "us", "u", "mex", "nz", "hk", "ca", "au", "c", "a", "s", "r", "rs", "rm", "dm", "dlrs",
  ...CURRENCY_CODES.map((c) => c.toLowerCase()),
]);
const VAGUE_WORDS = wordList(["tens", "hundreds", "thousands", "dozens", "millions", "billions", "trillions"]);
const COMPOUND_WORDS = wordList(["multi", "multibillion", "multimillion", "multitrillion", "million", "billion", "trillion"]);
export const MONEY_WORD_LISTS: readonly WordList[] = [PREFIX_WORDS, VAGUE_WORDS, COMPOUND_WORDS, SUFFIX_WORDS, COIN_WORDS];

function currencyOf(word: string, adj: string | undefined): string | undefined {
  const w = word.toLowerCase();
  if (adj) {
    const byAdj = CURRENCY_ADJECTIVES[currencyStem(w)]?.[adj.toLowerCase()];
    if (byAdj) return byAdj;
  }
  return CURRENCY_WORDS[w];
}

/** Bare "kroner" is Danish or Norwegian: the country the article names more often decides. */
let kronerMemo: { text: string; code: string } | undefined;
function kronerCountry(text: string): string {
  if (kronerMemo?.text === text) return kronerMemo.code;
  const code = countKroner(text);
  kronerMemo = { text, code };
  return code;
}
function countKroner(text: string): string {
  const no = (text.match(/\bNorw(?:ay|egian)/g) ?? []).length;
  const dk = (text.match(/\bDen(?:mark)|\bDanish|\bCopenhagen/g) ?? []).length;
  return dk > no ? "DKK" : "NOK";
}

/**
 * Whether PREFIXED is worth trying at a prefix word. It is case-sensitive, and every prefix written
 * in letters starts with a capital ("US$", "RM", "USD") except "dlrs": the scan's words are
 * case-blind, so the very common "a", "us" and "s" are dropped here, as are words with no digit
 * close after them.
 */
function capitalOrDlrs(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return ((c >= 65 && c <= 90) || (c === 100 && text.startsWith("dlrs", p))) && digitSoonAfter(text, wordEnd(text, p));
}

/**
 * The amount of a prefixed figure starts at most six characters after the prefix's first word:
 * the rest of the longest symbol (".S.$" of "U.S.$"), or a dot and a space ("Rs. 5", "dlrs. 5").
 */
function digitSoonAfter(text: string, e: number): boolean {
  for (let k = e; k < e + 6; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Adds the family's candidates to `out`. */
export function findMoney(ctx: FigureContext, out: Candidate[]): void {
  const { text } = ctx;

  const prefixStarts = mergeStarts(ctx.starts.signs, offsetsWhere(text, wordStarts(ctx.starts, PREFIX_WORDS), capitalOrDlrs));
  for (const m of matchAt(PREFIXED, text, prefixStarts)) {
    const g = m.groups!;
    const sym = g.sym ?? g.sym2;
    const currency = sym ? SYMBOL_CODE.get(sym)! : g.code ? (g.code === "RMB" ? "CNY" : g.code) : "USD";
    const v1 = parseNumber(g.num!);
    if (v1 === undefined) continue;
    const how = sym ? `symbol "${sym}"` : g.code ? `code ${g.code}` : `"dlrs"`;
    if (g.num2 !== undefined) {
      const v2 = parseNumber(g.num2);
      if (v2 === undefined) continue;
      // "$5-6 billion": the scale written once applies to both ends.
      const s2 = scaleValue(g.scale2);
      const s1 = g.scale ? scaleValue(g.scale) : s2;
      const lo = clean(v1 * s1);
      const hi = clean(v2 * s2);
      if (hi <= lo) continue;
      const sepStart = m.index + m[0].length - (g.sep!.length + g.num2.length + (g.scale2?.length ?? 0));
      const hiStart = sepStart + g.sep!.length;
      const low = candidate("money", m.index, sepStart, lo, currency, 0.9, `money: ${how} + range (low end)`, 3);
      const high = candidate("money", hiStart, m.index + m[0].length, lo, currency, 0.9, `money: ${how} + range (high end)`, 3);
      low.valueMax = high.valueMax = hi;
      out.push(low, high);
      continue;
    }
    const rule = `money: ${how}${g.scale ? ` + "${g.scale.trim()}"` : ""}`;
    out.push(candidate("money", m.index, m.index + m[0].length, clean(v1 * scaleValue(g.scale)), currency, 0.95, rule, 3));
  }

  for (const m of matchAt(SUFFIXED, text, numbersNear(ctx, wordStarts(ctx.starts, SUFFIX_WORDS), 40))) {
    const g = m.groups!;
    const v = parseNumber(g.num!);
    if (v === undefined) continue;
    let currency: string | undefined;
    let rule: string;
    let sub = false;
    if (g.word) {
      const w = g.word.toLowerCase();
      if (RISKY_WORDS.has(w) && !g.scale && !g.adj && !/sterling/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))) continue;
      // A word-number before a currency word ("one dollar") is fine; a lone "a" is not a number here.
      currency = currencyOf(w, g.adj);
      if (w === "kroner" || w === "krone") currency = g.adj ? currency : kronerCountry(text);
      sub = SUBUNITS.has(w);
      rule = `money: number + "${g.adj ? g.adj + " " : ""}${g.word}"`;
    } else if (g.code) {
      // The pattern is case-insensitive for words; codes must be written in capitals ("5 try" is not lira).
      if (g.code !== g.code.toUpperCase()) continue;
      currency = g.code === "RMB" ? "CNY" : g.code;
      rule = `money: number + code ${currency}`;
    } else {
      // "50p": pence attached to digits only.
      if (!/^\d/.test(g.num!) || g.scale) continue;
      currency = "GBP";
      sub = true;
      rule = `money: number + "p"`;
    }
    if (!currency) continue;
    const value = clean((v * scaleValue(g.scale)) / (sub ? 100 : 1));
    out.push(candidate("money", m.index, m.index + m[0].length, value, currency, 0.9, rule, 3));
  }

  for (const m of matchAt(VAGUE, text, wordStarts(ctx.starts, VAGUE_WORDS))) {
    const g = m.groups!;
    const scale = (VAGUE_SCALE[g.lead!.toLowerCase()] ?? 1) * (g.mid ? VAGUE_SCALE[g.mid.toLowerCase()] ?? 1 : 1);
    const unit = CURRENCY_WORDS[g.word!.toLowerCase()] ?? "USD";
    const c = candidate("money", m.index, m.index + m[0].length, scale, unit, 0.8, `money: "${g.lead} of … ${g.word}" (order of magnitude)`, 3);
    c.valueMax = scale * 10;
    c.approximate = true;
    out.push(c);
  }

  // "billion-dollar", "multi-billion-dollar": a hyphen right after the lead word.
  for (const m of matchAt(COMPOUND, text, wordsFollowedBy(text, wordStarts(ctx.starts, COMPOUND_WORDS), (t, e) => t.charCodeAt(e) === 45))) {
    const g = m.groups!;
    const scale = scaleValue(g.scale);
    const unit = CURRENCY_WORDS[g.word!.toLowerCase()] ?? "USD";
    // "the 1.2 billion-dollar plan", "a $1.2 billion-dollar plan": the number before it is the amount.
    const counted = g.multi ? null : COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    // A bare four-digit number there is a year more often than an amount ("in 2024 billion-dollar deals").
    const count = counted && (/^[$€£]/.test(counted[0]) || !/^\d{4}$/.test(counted[1]!)) ? parseNumber(counted[1]!) : undefined;
    if (count !== undefined) {
      const start = m.index - counted![0].length;
      out.push(candidate("money", start, m.index + m[0].length, clean(count * scale), unit, 0.85, `money: number + "${m[0].toLowerCase()}"`, 3));
      continue;
    }
    const c = candidate("money", m.index, m.index + m[0].length, scale, unit, 0.8, `money: "${m[0].toLowerCase()}" (order of magnitude)`, 3);
    if (g.multi) c.valueMax = scale * 1000;
    c.approximate = true;
    out.push(c);
  }
  for (const m of matchAt(COIN, text, wordStarts(ctx.starts, COIN_WORDS))) {
    out.push(candidate("money", m.index, m.index + m[0].length, COIN_VALUE[m[0]]!, "USD", 0.6, `money: the coin "${m[0]}"`, 3));
  }
}

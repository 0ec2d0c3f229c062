/**
 * Numbers as English news writes them: digits with thousands separators (comma, space, no-break
 * space), decimal points, decimal commas where unambiguous ("1,5 million"), spelled-out numbers
 * ("Twenty-eight", "two and a half", "seven-tenths"), and scale words (million, bn, m).
 * The `*_SRC` strings are regex fragments the figure patterns are built from; `parseNumber`
 * turns a matched fragment into a value.
 */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, a: 1, an: 1, dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Multipliers written after a number. "m" and "bn" are the British press's million and billion. */
export const SCALE: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  // South Asian counting: a lakh is 100,000, a crore 10 million ("Rs 500 crore", "₹1.5 lakh crore").
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, "lakh crore": 1e12,
};
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5,
  fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10,
};

const UNIT_WORD = "one|two|three|four|five|six|seven|eight|nine";
const TEEN_WORD = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** Words of a number are joined by spaces or, in compound modifiers ("six-and-a-half-year"), hyphens. */
const J = "[ -]";

/** Any one number word. */
const WORD = `(?:${TENS_WORD}|${TEEN_WORD}|${UNIT_WORD}|zero|dozen)`;

/**
 * A spelled-out number: "twenty-eight", "two hundred", "a dozen", "two and a half", "a half":
 * number words joined by spaces or hyphens. Kept small on purpose: large case-insensitive
 * alternations are slow to compile, and the value comes from `parseNumber`, not from the pattern.
 */
export const SPELLED_SRC =
  `(?:a${J}(?:hundred|dozen|half)|half${J}a|(?:(?:${TENS_WORD})(?:${J}(?:${UNIT_WORD}))?|${TEEN_WORD}|${UNIT_WORD}|zero|dozen)` +
  `(?:${J}(?:hundred|thousand))?(?:${J}and${J}a${J}half)?)`;

/**
 * A number in digits: South Asian grouping ("1,00,000", "10,00,000": pairs before the last three
 * digits), Western grouping by commas or spaces, a plain run with decimals or a decimal comma, or
 * decimals alone.
 */
export const DIGITS_BODY_SRC = String.raw`(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)(?:\.\d+)?|\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+(?!\d|,\d)(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d|,\d))?|\.\d+)`;
/** "1-1/2", "2 1/2": a whole number and a simple fraction, as US wire copy writes them. */
const MIXED_FRACTION_SRC = String.raw`\d{1,3}[- \u00a0][1-7]\/[2348](?![\d\/])`;
/** A number in digits; never the part after a slash ("24/7", "7/32", the "2" of "1/2"). */
export const DIGITS_SRC = String.raw`(?<![\w.,\u00a0\u202f\/])(?:` + MIXED_FRACTION_SRC + "|" + DIGITS_BODY_SRC + ")";

/** "seven-tenths of 1", "two-thirds of a": a fraction of a number. */
export const FRACTION_OF_SRC = `(?:(?:${WORD}|a)[- ](?:tenths?|thirds?|quarters?|fourths?|fifths?|halves|half|eighths?)(?: of)? (?:1|one|a))`;

/** Any number: digits, a fraction of a number, or words. */
export const NUMBER_SRC = `(?:${DIGITS_SRC}|${FRACTION_OF_SRC}|\\b${SPELLED_SRC}\\b)`;

const SCALE_WORDS = ["hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "mio", "mn", "bn", "tn", "trn", "lakh crore", "lakhs", "lakh", "crores", "crore"];
/** A word in lower case, title case ("Million", headlines) or capitals ("MILLION"). */
const anyCase = (w: string) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}|${w.toUpperCase()}`;
/**
 * Scale after a number: " million", "bn", "m" (attached or spaced for words; attached only for
 * m/b/k, and M/B/K as in "$40M", "$5B", "$120K"). Headlines capitalize the word ("$7 Billion"):
 * read without it, the amount would be a thousand to a billion times too small.
 */
export const SCALE_SRC = String.raw`(?:[ \u00a0-]?(?:${SCALE_WORDS.map(anyCase).join("|")})\b|(?:m|b|k|M|B|K)\b(?!\.\w))`;

function wordsValue(words: string): number | undefined {
  const lower = words.toLowerCase();
  const w = (lower.includes("-") ? lower.replace(/-and-/g, " and ").replace(/-/g, " ") : lower).trim();
  if (w === "half a" || w === "a half") return 0.5;
  let total = 0;
  let current = 0;
  let seen = false;
  const tokens = w.split(/\s+/);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === "and") {
      if (tokens[i + 1] === "a" && tokens[i + 2] === "half") {
        current += 0.5;
        i += 2;
      }
      continue;
    }
    if (t in SMALL) {
      if (t === "dozen") current = (current || 1) * 12;
      else current += SMALL[t]!;
      seen = true;
    } else if (t in TENS) {
      current += TENS[t]!;
      seen = true;
    } else if (t === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (t === "thousand" || t === "million" || t === "billion" || t === "trillion") {
      total += (current || 1) * SCALE[t]!;
      current = 0;
      seen = true;
    } else if (t === "half") {
      current += 0.5;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? total + current : undefined;
}

/** Value of a digit string: separators dropped, a decimal comma read as a point. */
export function digitsValue(s: string): number {
  // Most numbers are plain digits: the separators are looked for before anything is replaced.
  const t = s.includes(" ") || s.includes("\u00a0") || s.includes("\u202f") ? s.replace(/[\u00a0\u202f ]/g, "") : s;
  if (!t.includes(",")) return Number(t);
  if (/^\d+,\d{1,2}$/.test(t)) return Number(t.replace(",", "."));
  return Number(t.replace(/,/g, ""));
}

/**
 * The value of a number as written: "1,500" → 1500, "Twenty-eight" → 28, "two and a half" → 2.5,
 * "seven-tenths of 1" → 0.7. Undefined when it is not a number.
 */
export function parseNumber(s: string): number | undefined {
  const t = s.trim();
  if (!t) return undefined;
  const mixed = t.includes("/") ? /^(\d{1,3})[- \u00a0]([1-7])\/([2348])$/.exec(t) : null;
  if (mixed) return Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const c = t.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 46) {
    const v = digitsValue(t);
    return Number.isFinite(v) ? v : undefined;
  }
  const frac = /^(.+?)[- ](tenths?|thirds?|quarters?|fourths?|fifths?|halves|half|eighths?)(?: of)? (1|one|a)$/i.exec(t);
  if (frac) {
    const num = frac[1]!.toLowerCase() === "a" ? 1 : parseNumber(frac[1]!);
    const den = FRACTIONS[frac[2]!.toLowerCase()];
    return num !== undefined && den ? num / den : undefined;
  }
  return wordsValue(t);
}

/** The multiplier of a scale word ("bn" → 1e9); 1 for none. */
export function scaleValue(s: string | undefined): number {
  if (!s) return 1;
  const key = s.replace(/^[ \u00a0-]/, "").toLowerCase();
  return SCALE[key] ?? 1;
}

/** Round away binary noise so 0.1 * 3 prints as 0.3 and 5.4e6 stays exact. */
export function clean(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}

/** Words a number can start with: the scanner offers their offsets to number-led patterns. */
export const NUMBER_WORDS: readonly string[] = [
  "half", "zero", ...UNIT_WORD.split("|"), ...TEEN_WORD.split("|"), ...TENS_WORD.split("|"),
];

/**
 * Quantities with units: "70 miles", "113 kilometers", "3,000-meter", "250,000-square-foot",
 * "30°C", "375 degrees", "50K" (a race distance), "2 tablespoons"; counted modifiers ("32-game",
 * "five-time", "two-run"); ages ("25-year-old", "Brian Dally, 26,"); and rates ("205,000 a
 * month", "$1,300 a week", "0.9 percent per year"), which the evaluation counts as measures.
 */
import { type Candidate, type FigureContext, candidate } from "./candidate";
import { type WordList, charOffsets, matchAt, mergeStarts, numbersNear, offsetsWhere, wordList, wordStarts } from "./scan";
import { UNIT_SYMBOLS, UNIT_WORDS } from "./lexicon";
import { DIGITS_SRC, NUMBER_SRC, SCALE_SRC, SPELLED_SRC, clean, parseNumber, scaleValue } from "./numbers";

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const WORD_UNIT_SRC = Object.keys(UNIT_WORDS).sort(byLength).map((k) => esc(k).replace(/ /g, "[ -]")).join("|");
/** "m" (metres) is left to the guarded pattern below: after a number it is as often "million". */
const SYMBOL_UNIT_SRC = Object.keys(UNIT_SYMBOLS).filter((k) => k !== "m" && k !== "K").sort(byLength).map(esc).join("|");

const WORD_UNITS = new RegExp(
  `(?<num>${NUMBER_SRC})(?<scale>[ \\u00a0](?:thousand|million|billion))?(?<sep>[ \\u00a0]|-)(?<unit>${WORD_UNIT_SRC})\\b(?<temp>[ \\u00a0](?:Celsius|Fahrenheit|centigrade|C|F)\\b)?`,
  "iy",
);
const OLD_WORDS = wordList(["old"]);
const RATE_WORDS = wordList(["year", "month", "week", "day", "hour", "night"]);

/** The first word of every unit name, for the scanner. */
const UNIT_FIRST_WORDS = wordList([...new Set(Object.keys(UNIT_WORDS).map((k) => k.split(/[ -]/)[0]!))]);

/** Hyphens directly before a lower-case letter: where "32-game" and "five-time" can end. */
function hyphens(ctx: FigureContext): number[] {
  const out: number[] = [];
  const t = ctx.text;
  for (let i = t.indexOf("-"); i >= 0; i = t.indexOf("-", i + 1)) {
    const c = t.charCodeAt(i + 1) | 32;
    if (c >= 97 && c <= 122) out.push(i);
  }
  return out;
}
/** The letters of the unit symbols, for the scanner ("km" in "10km", "kwh" in "5 kWh"). */
const SYMBOL_WORDS = wordList([...new Set(Object.keys(UNIT_SYMBOLS).map((k) => k.toLowerCase().replace(/[^a-z].*$/, "")).filter((k) => k.length > 0))]);
const SYMBOL_UNITS = new RegExp(`(?<num>${DIGITS_SRC})(?<scale>${SCALE_SRC})?[ \\u00a0]?(?<unit>${SYMBOL_UNIT_SRC})(?![\\w²³/])`, "y");
/** "100m hurdles", "8,849 m high": metres only where the next word shows it is a length. */
const METRES = new RegExp(
  `(?<num>${DIGITS_SRC})[ \\u00a0]?m(?=[ \\u00a0](?:tall|high|long|deep|wide|away|above|below|under|race|hurdles|freestyle|butterfly|backstroke|breaststroke|relay|sprint|dash)\\b)`,
  "y",
);
/** "50K", "30K": a race distance in kilometres; "$50K" is money and wins the overlap. */
const RACE_K = new RegExp(`(?<![$€£])(?<num>${DIGITS_SRC})K\\b`, "y");

/**
 * "32-game", "five-time", "two-run", "three-and-a-half-game": a number joined to a noun. Time units
 * are durations; fractions, "one-" idioms ("one-sided") and scores ("0-for-2") are not quantities.
 */
const COUNTED = new RegExp(`(?<![\\w-])(?<num>\\d+|half|${SPELLED_SRC})-(?<noun>[a-z]{3,})\\b(?!-)`, "iy");
const NOT_COUNTED = new Set([
  "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
  "second", "seconds", "decade", "decades", "century", "old", "for", "odd", "plus", "way", "sided", "fold",
  "third", "thirds", "tenth", "tenths", "quarter", "quarters", "fifths", "fourths", "half", "halves",
  // Ordinals: "twenty-first" is the 21st, not twenty firsts.
  "first", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
  "all", "love", "nil", "some", "and", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  "twenty", "hundred", "thousand", "million", "billion", "percent", "one", "two", "three", "four",
  "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "long", "off", "time's",
  // Golf scores ("three-under 68") are results, not measures.
  "under", "over", "par",
  // Kinds, not amounts: "a two-state solution", "the one-child policy", "a three-tier system".
  "state", "party", "nation", "child", "tier", "pronged",
]);

/** "the 25-year-old German", "a 200-year-old cottage": an age; the span stops before "-old". */
const AGE_ADJ = new RegExp(`(?<![\\w-])(?<num>\\d+|${SPELLED_SRC})-(?<unit>year|month|week|day)-old\\b`, "iy");
/** "Brian Dally, 26, a student": an age in apposition to a name. */
const AGE_APPOSITION = /(?<=\b[A-Z][a-z'’.-]+,[ \u00a0])(?<num>\d{1,3})(?=,|\.(?:\s|$)|;)/y;
/** "at age 99", "aged 45". */
const AGE_WORD = /(?<=\b(?:at age|aged|age)[ \u00a0])(?<num>\d{1,3})\b/y;

/** "hundreds of pounds", "thousands of tonnes": an order of magnitude of a unit. */
const VAGUE_UNITS = /\b(?<lead>tens|hundreds|thousands|millions|billions)(?: of (?<mid>thousands|millions|billions))? of (?<unit>pounds|tons|tonnes|miles|kilometers|kilometres|barrels|gallons|litres|liters|acres|hectares|square miles|square kilometers|square kilometres|cubic meters|cubic metres)\b/iy;
const VAGUE_UNIT_WORDS = wordList(["tens", "hundreds", "thousands", "millions", "billions"]);
export const QUANTITY_WORD_LISTS: readonly WordList[] = [VAGUE_UNIT_WORDS, UNIT_FIRST_WORDS, SYMBOL_WORDS, OLD_WORDS, RATE_WORDS];
const VAGUE_SCALE: Record<string, number> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };

/** "a year ago", "a year earlier": after "a year" these make a time, not a rate ("$1.5 billion a year ago"). */
const THEN_AFTER = String.raw`[ \u00a0](?:ago|earlier|before|later|previously|back)\b`;

/** Counts per unit of time: "205,000 a month", "300,000 a month". */
const RATE = new RegExp(
  `(?<![\\w$€£¥])(?<num>${DIGITS_SRC})(?<scale>[ \\u00a0](?:thousand|million|billion))?[ \\u00a0](?:a|an|per)[ \\u00a0](?<per>year|month|week|day|hour|night)\\b(?!${THEN_AFTER})`,
  "y",
);

const TEMPERATURE_SUFFIX: Record<string, string> = { celsius: "°C", centigrade: "°C", c: "°C", fahrenheit: "°F", f: "°F" };

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isSpaceCode = (c: number) => c === 32 || c === 160;

/**
 * "8,849 m ", "100m ": a digit run (its end at `e`) followed, within 8 characters, by a decimal
 * part maybe, a space maybe, "m" and a space. Read character by character: tried at every number.
 */
function metresAfter(t: string, _s: number, e: number): boolean {
  const limit = Math.min(t.length, e + 8);
  let k = e;
  const c = t.charCodeAt(k);
  if ((c === 46 || c === 44) && k + 1 < limit && isDigitCode(t.charCodeAt(k + 1))) {
    k += 2;
    while (k < limit && isDigitCode(t.charCodeAt(k))) k++;
  }
  if (k < limit && isSpaceCode(t.charCodeAt(k))) k++;
  return k + 1 < limit && t.charCodeAt(k) === 109 && isSpaceCode(t.charCodeAt(k + 1));
}

/** "age " or "aged " (or no-break spaces) right before an offset. */
function ageBefore(t: string, s: number): boolean {
  if (!isSpaceCode(t.charCodeAt(s - 1))) return false;
  // The last letter first: most numbers have a space before them, few have "age" or "aged".
  const last = t.charCodeAt(s - 2);
  return (last === 101 && s >= 4 && t.startsWith("age", s - 4)) || (last === 100 && s >= 5 && t.startsWith("aged", s - 5));
}

/** "a month", "an hour", "per year": RATE's period word comes after "a", "an" or "per" and a space. */
function rateArticleBefore(t: string, p: number): boolean {
  if (!isSpaceCode(t.charCodeAt(p - 1))) return false;
  const c = t.charCodeAt(p - 2);
  return c === 97 || (c === 110 && t.charCodeAt(p - 3) === 97) || (c === 114 && t.startsWith("pe", p - 4));
}

/**
 * COUNTED at a number in digits needs a hyphen right after the digit run ("32-game"); numbers in
 * words ("five-time", "three-and-a-half-game") are left to the pattern.
 */
function hyphenAfterDigits(t: string, p: number): boolean {
  let e = p;
  while (isDigitCode(t.charCodeAt(e))) e++;
  return e === p ? t.charCodeAt(p) !== 46 : t.charCodeAt(e) === 45;
}

/** The digit runs each digit-led quantity pattern is worth trying at. */
interface QuantityDigits {
  metres: number[];
  raceK: number[];
  apposition: number[];
  ageWord: number[];
}

/** One pass over the digit runs for "100m ", "50K", "Dally, 26," and "aged 45" (see `dateDigits`). */
function quantityDigits(ctx: FigureContext): QuantityDigits {
  const out: QuantityDigits = { metres: [], raceK: [], apposition: [], ageWord: [] };
  const t = ctx.text;
  const { digits, digitEnds } = ctx.starts;
  for (let i = 0; i < digits.length; i++) {
    const s = digits[i]!;
    const e = digitEnds[i]!;
    if (metresAfter(t, s, e)) out.metres.push(s);
    if (t.charCodeAt(e) === 75) out.raceK.push(s);
    if (e - s <= 3 && t.charCodeAt(s - 2) === 44) out.apposition.push(s);
    if (e - s <= 3 && ageBefore(t, s)) out.ageWord.push(s);
  }
  return out;
}

/**
 * The length of a minus sign written before a temperature at `start` ("-5 °F", "−20 °C", "minus 10
 * degrees"), or 0. A hyphen counts only where it cannot join two numbers: at the start of the
 * text or after a space or an opening bracket ("20-30°C" is a range). Dropping the sign would turn
 * a frost into a warm day, and its conversion with it.
 */
function minusBefore(text: string, start: number): number {
  const c = text.charCodeAt(start - 1);
  if (c === 0x2212 || c === 45) {
    const b = start >= 2 ? text.charCodeAt(start - 2) : 32;
    return b === 32 || b === 0xa0 || b === 40 || b === 10 ? 1 : 0;
  }
  return /(?:^|[\s(])minus[ \u00a0]$/i.test(text.slice(Math.max(0, start - 7), start)) ? 6 : 0;
}

/** Inches after feet: " 4 in", " 4 inches", " 11in" (the rest of a height, "6 ft 4 in"). */
const INCHES_AFTER = /^[ \u00a0](\d{1,2})[ \u00a0]?(?:inches|inch|in)\b(?!\.\w)/;

/** Words of money in the clause before "pounds": paid, fined, cost, worth, salary, budget… */
const MONEY_BEFORE = /\b(?:paid|pay|pays|paying|fined?|fines|cost|costs|costing|worth|price[ds]?|sold|bought|earn(?:s|ed|ing)?|spen[dt]|spending|charge[ds]?|owe[ds]?|raised?|donated?|awarded?|compensation|salary|salaries|budget|bonus|fees?|loans?|debts?|profits?|revenues?|tax(?:es)?|bills?|wages?|funding|invest(?:ed|ment)?|contract|prize|rent)\b[^.;!?]*$/i;
/** …or right after it: "pounds for the car", "pounds in damages", "pounds a week". */
const MONEY_AFTER = /^[ \u00a0](?:for|in (?:damages|fines|compensation)|an? (?:week|month|year)|per (?:week|month|year))\b/i;

/**
 * Whether "pounds" at [start, end) is more likely money than weight: money words in its clause. A
 * weight shown for money ("fined him 500 pounds" = 227 kg) is a false fact; neither is shown then.
 */
function poundsOfMoney(text: string, start: number, end: number): boolean {
  return MONEY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || MONEY_AFTER.test(text.slice(end, end + 24));
}

/** Adds the family's candidates to `out`. */
export function findQuantities(ctx: FigureContext, out: Candidate[]): void {
  const { text } = ctx;
  const push = (start: number, end: number, value: number | undefined, unit: string | undefined, rule: string, confidence = 0.9) => {
    if (value !== undefined && unit?.startsWith("°")) {
      const minus = minusBefore(text, start);
      if (minus > 0) {
        start -= minus;
        value = -value;
      }
    }
    out.push(candidate("quantity", start, end, value !== undefined ? clean(value) : undefined, unit || undefined, confidence, rule, 1));
  };

  for (const m of matchAt(WORD_UNITS, text, numbersNear(ctx, wordStarts(ctx.starts, UNIT_FIRST_WORDS)))) {
    const g = m.groups!;
    const v = parseNumber(g.num!);
    if (v === undefined) continue;
    const key = g.unit!.toLowerCase().replace(/-/g, " ");
    const info = UNIT_WORDS[key];
    if (!info) continue;
    // "pounds" after a bare number is weight; with a currency scale it is money, found elsewhere.
    // Money talk around it ("paid 5,000 pounds for the car") leaves it unread rather than weighed.
    if ((key === "pound" || key === "pounds") && poundsOfMoney(text, m.index, m.index + m[0].length)) continue;
    let unit = info.symbol;
    let end = m.index + m[0].length;
    if (g.temp) unit = TEMPERATURE_SUFFIX[g.temp.trim().toLowerCase()] ?? unit;
    // Spelled-out numbers before symbols-as-words are rare and often idioms ("a foot", "one inch").
    if (!/^\d/.test(g.num!) && (key === "foot" || key === "inch" || key === "degree")) continue;
    // "a 6-foot-2 center", "6 feet 4 inches": feet and inches of a height.
    const inches = key === "foot" && g.sep === "-" ? /^-(\d{1,2})\b(?!-)/.exec(text.slice(end, end + 4)) : info.symbol === "ft" ? INCHES_AFTER.exec(text.slice(end, end + 12)) : null;
    let extra = 0;
    if (inches) {
      end += inches[0].length;
      extra = Number(inches[1]) / 12;
    }
    push(m.index, end, v * scaleValue(g.scale) + extra, unit, `quantity: number + "${g.unit}"${g.temp ? g.temp : ""}${inches ? " + inches" : ""}`);
  }

  for (const m of matchAt(SYMBOL_UNITS, text, numbersNear(ctx, mergeStarts(wordStarts(ctx.starts, SYMBOL_WORDS), charOffsets(text, "°"), charOffsets(text, "º")), 24))) {
    const g = m.groups!;
    const v = parseNumber(g.num!);
    const info = UNIT_SYMBOLS[g.unit!];
    if (v === undefined || !info) continue;
    // "6 ft 4 in": the inches belong to the same height.
    const inches = info.symbol === "ft" ? INCHES_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) : null;
    const extra = inches ? Number(inches[1]) / 12 : 0;
    push(m.index, m.index + m[0].length + (inches?.[0].length ?? 0), v * scaleValue(g.scale) + extra, info.symbol, `quantity: number + symbol "${g.unit}"${inches ? " + inches" : ""}`);
  }
  const digits = quantityDigits(ctx);
  for (const m of matchAt(METRES, text, digits.metres)) {
    const v = parseNumber(m.groups!.num!);
    if (v !== undefined) push(m.index, m.index + m[0].length, v, "m", `quantity: number + "m" (metres, from the next word)`);
  }
  for (const m of matchAt(RACE_K, text, digits.raceK)) {
    const v = parseNumber(m.groups!.num!);
    if (v !== undefined && v <= 100) push(m.index, m.index + m[0].length, v, "km", `quantity: race distance "K"`, 0.8);
  }

  for (const m of matchAt(COUNTED, text, offsetsWhere(text, numbersNear(ctx, hyphens(ctx), 40), hyphenAfterDigits))) {
    const g = m.groups!;
    const noun = g.noun!.toLowerCase();
    if (NOT_COUNTED.has(noun) || /^one$/i.test(g.num!) || UNIT_WORDS[noun]) continue;
    // "a half-speed grounder": the article is not part of the number.
    const article = /^an?[ -](?=half)/i.exec(g.num!);
    const num = article ? g.num!.slice(article[0].length) : g.num!;
    const v = parseNumber(num.replace(/-/g, " "));
    if (v === undefined) continue;
    push(m.index + (article ? article[0].length : 0), m.index + m[0].length, v, noun, `quantity: counted modifier "N-${noun}"`, 0.7);
  }

  for (const m of matchAt(AGE_ADJ, text, numbersNear(ctx, wordStarts(ctx.starts, OLD_WORDS), 48))) {
    const g = m.groups!;
    const v = parseNumber(g.num!.replace(/-/g, " "));
    if (v === undefined) continue;
    const end = m.index + m[0].length - "-old".length;
    push(m.index, end, v, g.unit!.toLowerCase(), `quantity: age "N-${g.unit!.toLowerCase()}-old"`, 0.9);
  }
  for (const m of matchAt(AGE_APPOSITION, text, digits.apposition)) {
    const v = Number(m.groups!.num);
    if (v >= 1 && v <= 115) push(m.index, m.index + m[0].length, v, "year", "quantity: age in apposition (\"Name, 26,\")", 0.7);
  }
  for (const m of matchAt(AGE_WORD, text, digits.ageWord)) {
    const num = m.groups!.num!;
    const start = m.index;
    const v = Number(num);
    if (v >= 1 && v <= 115) push(start, start + num.length, v, "year", `quantity: age ("age N")`, 0.8);
  }

  for (const m of matchAt(VAGUE_UNITS, text, wordStarts(ctx.starts, VAGUE_UNIT_WORDS))) {
    const g = m.groups!;
    const info = UNIT_WORDS[g.unit!.toLowerCase()];
    const scale = (VAGUE_SCALE[g.lead!.toLowerCase()] ?? 1) * (g.mid ? VAGUE_SCALE[g.mid.toLowerCase()] ?? 1 : 1);
    if (!info || (info.symbol === "lb" && poundsOfMoney(text, m.index, m.index + m[0].length))) continue;
    push(m.index, m.index + m[0].length, scale, info.symbol, `quantity: "${g.lead!.toLowerCase()} of ${g.unit!.toLowerCase()}" (order of magnitude)`, 0.75);
  }

  for (const m of matchAt(RATE, text, numbersNear(ctx, offsetsWhere(text, wordStarts(ctx.starts, RATE_WORDS), rateArticleBefore), 40))) {
    const g = m.groups!;
    const v = parseNumber(g.num!);
    if (v === undefined) continue;
    push(m.index, m.index + m[0].length, v * scaleValue(g.scale), `/${g.per}`, `quantity: count per ${g.per}`, 0.8);
  }
}

/**
 * "a week", "per year", "per day per athlete" after a money or percent figure: a rate. Not "a year
 * ago", "a year earlier", "a year before", "a year later": "$1.5 billion a year ago" is an amount
 * then, not per year.
 */
export const RATE_SUFFIX = new RegExp(String.raw`^(?:[ \u00a0]\([^()\n]{1,30}\))?(?:[ \u00a0](?:a|an|per)[ \u00a0](?:year|month|week|day|hour|night|head|person|capita|annum)\b)(?!${THEN_AFTER})(?:[ \u00a0]per[ \u00a0][a-z]+\b)*`);

/**
 * Dates, absolute and relative: "Sept. 1, 1987", "13 June 2024", "February 2022", "2024-06-13",
 * "1998", "the 1960s", "Thursday", "November", "last year", "next month", "yesterday",
 * "summer", "St. Patrick's Day", "midnight", "10:30 a.m.". Each resolves to an ISO day, month or
 * year when the text or the publication date fixes it. Relative modifiers stay outside the span
 * ("last [year]", "Thursday [night]"), as in the evaluation's annotation; the full phrase is kept.
 */
import { addDays, addMonths, isValidDay, isoDay, isoMonth, resolveWeekday, weekday, type Day } from "./calendar";
import { type Candidate, type FigureContext, candidate } from "./candidate";
import { type WordList, capitalized, matchAt, mergeStarts, wordList, wordStarts, wordsFollowedBy } from "./scan";
import { MONTHS, MONTH_SRC, WEEKDAYS, WEEKDAY_SRC } from "./lexicon";

const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
const DAY = "(?:[12]\\d|3[01]|0?[1-9])";
const ORD = "(?:st|nd|rd|th)?";

/** "Sept. 1, 1987", "March 23", "May 1-31" (split), "June 19, 1999". */
const MONTH_DAY = new RegExp(
  `\\b(?<month>${MONTH_SRC})[ \\u00a0](?<day>${DAY})${ORD}\\b(?!:|\\.\\d|,\\d{3})(?:(?<sep>[-–])(?<day2>${DAY})\\b(?![-–]))?(?:,?[ \\u00a0](?<year>${YEAR})\\b)?`,
  "y",
);
/** "13 June 2024", "1 September". */
const DAY_MONTH = new RegExp(`\\b(?<day>${DAY})${ORD}[ \\u00a0](?:of[ \\u00a0])?(?<month>${MONTH_SRC})(?:,?[ \\u00a0](?<year>${YEAR})\\b)?`, "y");
/** "February 2022", "May, 1997". */
const MONTH_YEAR = new RegExp(`\\b(?<month>${MONTH_SRC}),?[ \\u00a0](?<year>${YEAR})\\b`, "y");
/** "2024-06-13" (datelines, ISO). */
const ISO = /\b(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b/y;
/** A weekday, with "the 13th" when written so ("Friday the 13th"). */
const WEEKDAY = new RegExp(`\\b(?<wd>${WEEKDAY_SRC})(?<nth>[ \\u00a0]the[ \\u00a0]${DAY}(?:st|nd|rd|th))?\\b`, "y");
/** A month alone: "November", "in March"; not the start of a hyphenated name ("Mar-a-Lago"). */
const BARE_MONTH = new RegExp(`\\b(?<month>${MONTH_SRC})(?![ \\u00a0]?\\d)(?![\\w])(?!-[a-z])`, "y");
/** A year alone: "1998", "in 2020". */
const BARE_YEAR = new RegExp(`(?<![\\w$€£¥.,'’/-])(?<year>${YEAR})(?:(?<sep>[-–])(?<y2>\\d\\d))?(?![\\w%°]|[.,]\\d|[-–/]\\d|:)`, "y");
/** "the 1960s", "the '60s", "the 60s". */
const DECADE = /(?<![\w$])(?<full>(?:1[5-9]|20)\d0s)\b|(?<=\b(?:the|early|late|mid|of)[ \u00a0-]|’|')(?<short>[1-9]0s)\b/y;
/** "last year", "this month", "next week", "last Tuesday", "this past quarter", "last November". */
const RELATIVE = new RegExp(
  `\\b(?<mod>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Tt]his[ \\u00a0]past)[ \\u00a0](?<head>year|month|week|quarter|decade|century|weekend|spring|summer|fall|autumn|winter|${WEEKDAY_SRC}|${MONTH_SRC})\\b`,
  "y",
);
/** Seasons: summer, winter and autumn are seldom anything else; spring and fall need a cue. */
const SEASON = /\b(?<season>[Ss]ummer|[Ww]inter|[Aa]utumn|[Ss]pring|[Ff]all)(?<q>[ \u00a0]quarter)?\b/y;
const SEASON_CUE = /(?:\b(?:the|this|that|last|next|in|early|late|mid|recent|during|since|until|by|of|every|each)[ \u00a0]|\b(?:early|late|mid)-)$/i;
/**
 * "the 20th century", "the nineteenth century", and in headlines and names "the 21st Century", "THE
 * TWENTY-FIRST CENTURY" (any case: a century written so is still one; where it is part of a longer
 * name, "the Twenty-First Century Fund", the name is the longer span and wins).
 */
const CENTURY = /(?<![\w-])(?<n>\d{1,2})(?:st|nd|rd|th)[ \u00a0-]century\b|(?<![\w-])(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))[ \u00a0-]century\b/iy;
const ORDINAL_VALUE: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18,
  nineteenth: 19, twentieth: 20,
};

/** "nineteenth" → 19, "twenty-second" → 22 (the compounds the century pattern reads). */
function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  return lower.startsWith("twenty-") ? 20 + (ORDINAL_VALUE[lower.slice(7)] ?? NaN) : ORDINAL_VALUE[lower];
}
const CENTURY_ORDINALS = wordList(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty"]);

/** "yesterday", "tomorrow", "tonight". */
const DEICTIC = /\b(?<w>[Yy]esterday|[Tt]omorrow|[Tt]onight)\b/y;
/** "the last quarter of 1997", "the first half of 2024". */
const PERIOD_OF_YEAR = new RegExp(`\\b(?<ord>first|second|third|fourth|last)[ \\u00a0](?<part>quarter|half)[ \\u00a0]of[ \\u00a0](?<year>${YEAR})\\b`, "iy");
/** Holidays written as names; fixed-date ones resolve. */
const HOLIDAY = /\b(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|New Year’s(?: Day| Eve)|St\.? Patrick's Day|St\.? Patrick’s Day|Valentine's Day|Valentine’s Day|Halloween|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Boxing Day|Labor Day|Memorial Day|Election Day|Veterans Day|Presidents'? Day|Mother's Day|Mother’s Day|Father's Day|Father’s Day|Good Friday|Ash Wednesday|Palm Sunday|Yom Kippur|Passover|Hanukkah|Diwali|Eid al-Fitr|Eid al-Adha|Lunar New Year)\b/y;
/** Times of day: "midnight", "noon", "10:30 a.m.", "3 p.m." */
const TIME_WORD = /\b(?:midnight|noon)\b/y;
const CLOCK = /\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[ \u00a0]?(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)/y;

const MONTH_WORDS = wordList(Object.keys(MONTHS));
const WEEKDAY_WORDS = wordList(Object.keys(WEEKDAYS));
const RELATIVE_WORDS = wordList(["last", "this", "next", "past", "previous", "coming"]);
const SEASON_WORDS = wordList(["summer", "winter", "autumn", "spring", "fall"]);
const DEICTIC_WORDS = wordList(["yesterday", "tomorrow", "tonight"]);
const ORDINAL_WORDS = wordList(["first", "second", "third", "fourth", "last"]);
const HOLIDAY_WORDS = wordList([
  "christmas", "new", "st", "valentine", "halloween", "thanksgiving", "easter", "boxing", "labor", "memorial", "yom",
  "election", "veterans", "presidents", "mother", "father", "good", "ash", "palm",
  "passover", "hanukkah", "diwali", "eid", "lunar",
]);
const TIME_WORDS = wordList(["midnight", "noon"]);
export const DATE_WORD_LISTS: readonly WordList[] = [
  MONTH_WORDS, WEEKDAY_WORDS, RELATIVE_WORDS, SEASON_WORDS, DEICTIC_WORDS, ORDINAL_WORDS, HOLIDAY_WORDS, CENTURY_ORDINALS, TIME_WORDS,
];

const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  christmas: [12, 25], "christmas day": [12, 25], "christmas eve": [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], "st. patrick's day": [3, 17], "st patrick's day": [3, 17], "valentine's day": [2, 14],
  halloween: [10, 31], "boxing day": [12, 26],
};

/** Words that make a weekday part of a title ("Sunday Times", "Monday Night Football"). */
const NAME_AFTER_WEEKDAY = /^(?:Times|Telegraph|Herald|Mirror|Express|Post|Independent|Tribune|Star|Mail|Observer|Sport|People|Business|Night|Football|Review|Magazine|Edition)$/;

/** Months that are also words or names need a preposition or a neighbour to be dates. */
const AMBIGUOUS_MONTHS = new Set(["may", "march", "august", "jan", "mar", "sept", "sep", "dec", "jun", "jul", "oct", "nov", "apr", "aug", "feb"]);
const MONTH_CUE = /\b(?:in|since|until|till|by|from|through|throughout|during|of|last|next|this|early|late|mid|and|or|before|after|for|between|to|on|each|every|until|that)[ \u00a0]$|\bmid-$|-to-$/i;

/** Sentences that look ahead make a bare weekday the next one rather than the last. */
const FUTURE_CUE = /\b(?:will|would|'ll|’ll|shall|is to|are to|was to|were to|scheduled|expected|upcoming|set for|set to|to be|going to)\b/i;
/**
 * Words that look ahead only when nothing in the clause is in the past: "due Friday" is ahead,
 * "testified before the committee Tuesday" and "had not met him before Tuesday's event" are not.
 */
const WEAK_FUTURE_CUE = /\b(?:plans?|planned|due|next|until|before|starting|begin|begins)\b/i;
const PAST_CUE = /\b(?:was|were|had|did|didn['’]t|said|told|since|[a-z]{3,}ed)\b/i;

/**
 * Verbs in the present that news uses for what is to come: "the summit ends Friday", "voting
 * closes Friday", "lawmakers return Monday", "the festival returns on Saturday".
 */
const PRESENT_FOR_FUTURE = /\b(?:is|are|opens?|closes?|ends?|starts?|begins?|returns?|resumes?|meets?|arrives?|heads?|travels?|faces?|hosts?|kicks? off|takes? place|gets? under way|convenes?|reconvenes?|expires?|launch(?:es)?)\b/i;

/** Whether the words before a weekday put it ahead of the publication day. */
function looksAhead(before: string): boolean {
  if (FUTURE_CUE.test(before)) return true;
  const past = PAST_CUE.test(before.replace(/\b(?:planned|scheduled|expected)\b/gi, ""));
  return !past && (WEAK_FUTURE_CUE.test(before) || PRESENT_FOR_FUTURE.test(before));
}

/** Words that make a weekday after them a named day ("Black Friday", "Bloody Sunday"). */
const NAMED_DAY_BEFORE = /\b(?:Black|Cyber|Super|Bloody|Blue|Giving|Holy|Maundy|Shrove|Whit|Mad)[ \u00a0]$/;

/** A date right after a weekday: ", June 16", " 16 June". */
const WEEKDAY_DATE_AFTER = new RegExp(`^,?[ \\u00a0](?:(?<month>${MONTH_SRC})\\.?[ \\u00a0](?<day>\\d{1,2})\\b|(?<day2>\\d{1,2})(?:st|nd|rd|th)?[ \\u00a0](?<month2>${MONTH_SRC})\\b)`);

/** A street name after a number: the number is the house's, not a year. */
const STREET_AFTER = /^[ \u00a0](?:[A-Z][a-z]+[ \u00a0]){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place|Square|Court|Terrace)\b/;
/** "his late 50s", "their early 20s": an age. */
const AGE_BEFORE = /\b(?:his|her|their|my|your|our|its)[ \u00a0](?:(?:early|mid|late)[ \u00a0-])?$/i;
/** A sentence about the weather: "the 90s" there are degrees. */
const WEATHER = /\b(?:temperatures?|highs?|lows?|degrees|heat|weather|forecasts?|thermometers?|warm|hot|cool|cold)\b/i;

/** Capitalized words that commonly stand before a year and are not part of a name. */
const YEAR_LEADS = new Set([
  "In", "On", "Since", "By", "Until", "Through", "From", "During", "Of", "The", "And", "For", "After", "Before",
  "About", "Around", "Circa", "Early", "Late", "Mid", "Last", "Next", "This", "Year", "Between", "To", "Or", "As",
  "At", "Fall", "Spring", "Summer", "Winter", "Autumn", "Copyright", "Than", "Till", "Only", "Then", "Also", "But",
  "Even", "Back", "Earlier", "Later", "Already", "Still", "Throughout", "Against", "With", "Without", "Beyond",
]);

function monthIndex(s: string): number | undefined {
  return MONTHS[(s.endsWith(".") ? s.slice(0, -1) : s).toLowerCase()];
}

/** The word right before an offset and one space ("In" in "In 1998"), or "". */
/** `[\w'’.-]`: the characters of a word before a year ("In", "U.S.", "O'Brien's"). */
function isWordBeforeChar(c: number): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122 && (c <= 90 || c >= 97)) || (c >= 48 && c <= 57) || c === 95 || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

const RELATIVE_WORD_SET = new Set(RELATIVE_WORDS.words);

/** A space before `i` and one of the RELATIVE modifiers ("last", "next", …) before it, in any case. */
function relativeWordBefore(text: string, i: number): boolean {
  if (!isSpace(text.charCodeAt(i - 1))) return false;
  let s = i - 1;
  while (s > 0 && i - 1 - s < 8 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  return RELATIVE_WORD_SET.has(text.slice(s, i - 1).toLowerCase());
}

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122 && (c <= 90 || c >= 97);
}

function wordBefore(text: string, i: number): string {
  const sp = text.charCodeAt(i - 1);
  if (sp !== 32 && sp !== 160) return "";
  let s = i - 1;
  while (s > 0 && s > i - 30 && isWordBeforeChar(text.charCodeAt(s - 1))) s--;
  const w = text.slice(s, i - 1);
  return /^[A-Za-z]/.test(w) ? w : "";
}

const isSpace = (c: number) => c === 32 || c === 160;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** "13 June", "1st of May": one or two digits, an ordinal suffix maybe, a space, a capital or "of". */
function dayBeforeMonth(t: string, s: number, e: number): boolean {
  if (e - s > 2) return false;
  let k = e;
  const c = t.charCodeAt(k);
  if (c === 115 || c === 110 || c === 114 || c === 116) k += 2;
  return isSpace(t.charCodeAt(k)) && (isUpper(t.charCodeAt(k + 1)) || (t.charCodeAt(k + 1) === 111 && t.charCodeAt(k + 2) === 102));
}

/** "10:30", "3 p.m.", "3pm": a colon or an a.m./p.m. right after one or two digits. */
function clockLike(t: string, s: number, e: number): boolean {
  if (e - s > 2) return false;
  let c = t.charCodeAt(e);
  if (c === 58) return true;
  if (isSpace(c)) c = t.charCodeAt(e + 1);
  c |= 32;
  return (c === 97 || c === 112) && ((t.charCodeAt(e + 1) | 32) === 109 || t[e + 1] === "." || (t.charCodeAt(e + 2) | 32) === 109 || t[e + 2] === ".");
}

/** "June 19", "Sept. 1", "May, 1997": after a month word a dot maybe, a comma maybe, a space and a digit. */
function numberAfterMonth(t: string, e: number): boolean {
  let k = e;
  if (t.charCodeAt(k) === 46) k++;
  if (t.charCodeAt(k) === 44) k++;
  const c = t.charCodeAt(k + 1);
  return isSpace(t.charCodeAt(k)) && c >= 48 && c <= 57;
}

/** "first century", "twenty-second century": "century" after the ordinal word and a space or hyphen. */
function centuryAfter(t: string, e: number): boolean {
  const compound = t.charCodeAt(e) === 45 ? /^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)/i.exec(t.slice(e, e + 9)) : null;
  const k = compound ? e + compound[0].length : e;
  const c = t.charCodeAt(k);
  return (isSpace(c) || c === 45) && isCenturyAt(t, k + 1);
}

/** "century" at `i`, in any case. */
function isCenturyAt(t: string, i: number): boolean {
  return (t.charCodeAt(i) | 32) === 99 && t.slice(i, i + 7).toLowerCase() === "century";
}

/** The sentence before an offset (back to the last full stop or line break), for tense cues. */
function sentenceBefore(text: string, i: number): string {
  const from = Math.max(0, i - 80);
  // The last line break in the window, relative to its start (-1 for none).
  let cut = i - 1;
  while (cut >= from && text.charCodeAt(cut) !== 10) cut--;
  cut = cut >= from ? cut - from : -1;
  // The stops of /([A-Za-z.]*)[.!?]["”’]?\s+/g over the 80 characters, read character by character
  // (that pattern restarted at every letter): a stop, maybe a closing quote, white space; the
  // letters and dots before the stop name an abbreviation, and a stop after one does not count.
  let k = from;
  let searchFrom = from;
  while (k < i) {
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63) {
      k++;
      continue;
    }
    let j = k + 1;
    const q = j < i ? text.charCodeAt(j) : -1;
    if ((q === 34 || q === 0x201d || q === 0x2019) && j + 1 < i && isJsSpace(text.charCodeAt(j + 1))) j++;
    if (j >= i || !isJsSpace(text.charCodeAt(j))) {
      k++;
      continue;
    }
    while (j < i && isJsSpace(text.charCodeAt(j))) j++;
    let w = k;
    while (w > searchFrom && isAbbreviationChar(text.charCodeAt(w - 1))) w--;
    if (!ABBREVIATIONS.has(text.slice(w, k).toLowerCase())) cut = Math.max(cut, j - 1 - from);
    searchFrom = j;
    k = j;
  }
  return cut >= 0 ? text.slice(from + cut + 1, i) : text.slice(from, i);
}

/** `[A-Za-z.]` */
function isAbbreviationChar(c: number): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122 && (c <= 90 || c >= 97)) || c === 46;
}

/** `\s` as JavaScript patterns read it. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ABBREVIATIONS = new Set([
  "a.m", "p.m", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "u.s", "u.k", "u.n", "gen", "gov", "sen", "rep", "lt", "col",
  "sgt", "capt", "prof", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "vs",
]);

/** The sentence after an offset, up to its end or 120 characters, for tense cues. */
function sentenceAfter(text: string, i: number): string {
  const rest = text.slice(i, i + 120);
  const end = rest.search(/[.!?](?:\s|$)|\n/);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * The year of a month (and day) written without one. The publication's, unless the sentence sets
 * it on the other side of the publication day: "were killed on Oct. 7" in a June story is last
 * October, not a date four months ahead; "the vote is set for March" in a June story is next March.
 */
function yearWithout(pub: Day, text: string, start: number, end: number, m: number, d?: number): number {
  const ahead = m - pub.m || (d === undefined ? 0 : d - pub.d);
  if (ahead === 0) return pub.y;
  // A day within a month of publication stays in its year whatever the tense: "the match was moved
  // to June 16" in a story of June 13 is three days ahead, not a year back; "will meet on June 10"
  // is not next June. (Most dates in the news are that close, and need no reading of the sentence.)
  if (d !== undefined && Math.abs((m - pub.m) * 31 + d - pub.d) <= 31) return pub.y;
  const sentence = `${sentenceBefore(text, start)} ${sentenceAfter(text, end)}`;
  if (ahead > 0 && !looksAhead(sentence) && PAST_CUE.test(sentence)) return pub.y - 1;
  if (ahead < 0 && FUTURE_CUE.test(sentence) && !PAST_CUE.test(sentence)) return pub.y + 1;
  return pub.y;
}

/**
 * The year of a day written without one ("June 16", "16 June"): where a weekday names it ("Sunday,
 * June 16", or `wd` given by the caller), the year in which that day is that weekday; otherwise
 * as `yearWithout` reads the tense.
 */
function yearOfDay(pub: Day, text: string, start: number, end: number, m: number, d: number, wd?: number): number {
  const guess = yearWithout(pub, text, start, end, m, d);
  const named = wd ?? weekdayBefore(text, start);
  if (named === undefined) return guess;
  return [guess, pub.y, pub.y - 1, pub.y + 1].find((y) => isValidDay({ y, m, d }) && weekday({ y, m, d }) === named) ?? guess;
}

/** The weekday written right before `start` ("Sunday, ", "Wednesday "), if any. */
function weekdayBefore(text: string, start: number): number | undefined {
  const w = /([A-Za-z]+),?[ \u00a0]$/.exec(text.slice(Math.max(0, start - 12), start));
  const key = w?.[1]!.toLowerCase();
  return key !== undefined && Object.hasOwn(WEEKDAYS, key) ? WEEKDAYS[key] : undefined;
}

function dayOrMonth(pub: Day | undefined, y: number | undefined, m: number, d?: number): { resolved?: string; approximate?: boolean } {
  const year = y ?? pub?.y;
  if (year === undefined) return {};
  if (d !== undefined) {
    const day = { y: year, m, d };
    return isValidDay(day) ? { resolved: isoDay(day) } : {};
  }
  return { resolved: isoMonth(year, m) };
}

function resolveRelative(mod: string, head: string, pub: Day): { resolved?: string; approximate?: boolean } {
  const dir = /last|past|previous/i.test(mod) ? -1 : /next|coming/i.test(mod) ? 1 : 0;
  const h = head.toLowerCase();
  if (h === "year") return { resolved: String(pub.y + dir) };
  // "the last decade", "the past decade": the ten years up to publication, not the calendar decade before.
  if (h === "decade") return { resolved: String(dir < 0 ? pub.y - 10 : Math.floor(pub.y / 10) * 10 + 10 * dir), approximate: true };
  if (h === "century") return {};
  if (h === "month") {
    const d = addMonths(pub, dir);
    return { resolved: isoMonth(d.y, d.m) };
  }
  if (h === "quarter") {
    const d = addMonths(pub, 3 * dir);
    return { resolved: isoMonth(d.y, d.m), approximate: true };
  }
  if (h === "week") {
    // The Monday of the week meant: weeks run Monday to Sunday (ISO 8601).
    const monday = addDays(pub, -((weekday(pub) + 6) % 7));
    return { resolved: isoDay(addDays(monday, 7 * dir)) };
  }
  if (h === "weekend") {
    // The Saturday of the weekend meant: "this weekend" is the one under way or the coming one,
    // "last weekend" the one before it, "next weekend" the one after the coming one on a weekend
    // day and the coming one on a weekday (the common reading, so approximate).
    const wd = weekday(pub);
    const current = wd === 6 ? pub : wd === 0 ? addDays(pub, -1) : addDays(pub, 6 - wd);
    if (dir < 0) return { resolved: isoDay(addDays(current, -7)) };
    if (dir === 0) return { resolved: isoDay(current) };
    return { resolved: isoDay(wd === 6 || wd === 0 ? addDays(current, 7) : current), approximate: true };
  }
  const wd = WEEKDAYS[h];
  if (wd !== undefined) {
    if (dir === 0) return { resolved: isoDay(resolveWeekday(wd, pub, false)) };
    const back = resolveWeekday(wd, addDays(pub, -1), false);
    return { resolved: isoDay(dir < 0 ? back : resolveWeekday(wd, addDays(pub, 1), true)) };
  }
  const mi = monthIndex(h);
  if (mi !== undefined) {
    if (dir === 0) return { resolved: isoMonth(pub.y, mi) };
    const y = dir < 0 ? (mi < pub.m ? pub.y : pub.y - 1) : mi > pub.m ? pub.y : pub.y + 1;
    return { resolved: isoMonth(y, mi) };
  }
  const season = ["spring", "summer", "fall", "autumn", "winter"].includes(h);
  if (season) return { resolved: String(pub.y + dir), approximate: true };
  return {};
}

/** The digit runs each digit-led date pattern is worth trying at. */
interface DateDigits {
  dayMonth: number[];
  iso: number[];
  year: number[];
  decade: number[];
  century: number[];
  clock: number[];
}

/**
 * One pass over the digit runs sorts them for the digit-led patterns ("13 June", "2024-06-13",
 * "1998", "the 1960s", "20th century", "10:30"), each by a cheap test on the characters around the
 * run: one loop rather than one per pattern through a test function.
 */
function dateDigits(ctx: FigureContext): DateDigits {
  const out: DateDigits = { dayMonth: [], iso: [], year: [], decade: [], century: [], clock: [] };
  const t = ctx.text;
  const { digits, digitEnds } = ctx.starts;
  for (let i = 0; i < digits.length; i++) {
    const s = digits[i]!;
    const e = digitEnds[i]!;
    const len = e - s;
    const next = t.charCodeAt(e);
    if (len <= 2) {
      if (dayBeforeMonth(t, s, e)) out.dayMonth.push(s);
      if (len === 2 && next === 115) out.decade.push(s);
      if (isCenturyAt(t, e + 3)) out.century.push(s);
      if (clockLike(t, s, e)) out.clock.push(s);
    } else if (len === 4) {
      if (next === 45) out.iso.push(s);
      if (t.charCodeAt(s) === 49 || t.charCodeAt(s) === 50) out.year.push(s);
      if (next === 115) out.decade.push(s);
    }
  }
  return out;
}

/** Adds the family's candidates to `out`. */
export function findDates(ctx: FigureContext, out: Candidate[]): void {
  const { text, pub } = ctx;
  // Every month pattern is case-sensitive and opens with a capital: "may" the verb is never tried.
  const months = capitalized(text, wordStarts(ctx.starts, MONTH_WORDS));
  const monthsBeforeNumber = wordsFollowedBy(text, months, numberAfterMonth);
  const digits = dateDigits(ctx);
  const push = (start: number, end: number, rule: string, res: { resolved?: string; approximate?: boolean }, confidence = 0.9, phrase?: string) => {
    const c = candidate("date", start, end, undefined, undefined, confidence, rule, 2);
    if (res.resolved) c.resolved = res.resolved;
    if (res.approximate) c.approximate = true;
    if (phrase) c.phrase = phrase;
    out.push(c);
  };

  for (const m of matchAt(MONTH_DAY, text, monthsBeforeNumber)) {
    const g = m.groups!;
    const mi = monthIndex(g.month!)!;
    const day = Number(g.day);
    // Without a year, both ends of a range take the year its start reads to.
    const y = g.year ? Number(g.year) : pub && yearOfDay(pub, text, m.index, m.index + m[0].length, mi, day);
    if (g.day2 !== undefined) {
      // "May 1-31": two dates, the second written as its day alone.
      const firstEnd = m.index + g.month!.length + 1 + g.day!.length + (m[0].slice(g.month!.length + 1 + g.day!.length).match(/^(?:st|nd|rd|th)/)?.[0].length ?? 0);
      push(m.index, firstEnd, "date: month + day (range start)", dayOrMonth(pub, y, mi, day));
      const secondStart = firstEnd + g.sep!.length;
      push(secondStart, m.index + m[0].length, "date: day (range end)", dayOrMonth(pub, y, mi, Number(g.day2)));
      continue;
    }
    push(m.index, m.index + m[0].length, g.year ? "date: month day, year" : "date: month + day", dayOrMonth(pub, y, mi, day));
  }
  for (const m of matchAt(DAY_MONTH, text, digits.dayMonth)) {
    const g = m.groups!;
    const mi = monthIndex(g.month!)!;
    // A day before a month ("5 May") is a date even when a capitalized word follows it.
    const day = Number(g.day);
    const y = g.year ? Number(g.year) : pub && yearOfDay(pub, text, m.index, m.index + m[0].length, mi, day);
    push(m.index, m.index + m[0].length, g.year ? "date: day month year" : "date: day + month", dayOrMonth(pub, y, mi, day));
  }
  for (const m of matchAt(MONTH_YEAR, text, monthsBeforeNumber)) {
    const g = m.groups!;
    push(m.index, m.index + m[0].length, "date: month + year", { resolved: isoMonth(Number(g.year), monthIndex(g.month!)!) });
  }
  for (const m of matchAt(ISO, text, digits.iso)) {
    const g = m.groups!;
    const day = { y: Number(g.y), m: Number(g.m), d: Number(g.d) };
    if (isValidDay(day)) push(m.index, m.index + m[0].length, "date: ISO", { resolved: isoDay(day) }, 0.95);
  }
  for (const m of matchAt(WEEKDAY, text, wordStarts(ctx.starts, WEEKDAY_WORDS))) {
    const g = m.groups!;
    const wd = WEEKDAYS[g.wd!.toLowerCase()]!;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // Both patterns open with a space: without one after the weekday neither is tried.
    const spaceAfter = isSpace(after.charCodeAt(0));
    const tod = spaceAfter ? /^[ \u00a0](morning|afternoon|evening|night)\b/i.exec(after) : null;
    // "The Sunday Telegraph", "Monday Night Football": a weekday that starts a name.
    const nameAfter = spaceAfter ? /^[ \u00a0]([A-Z][a-z]+)/.exec(after) : null;
    if (
      !g.nth && nameAfter && monthIndex(nameAfter[1]!) === undefined &&
      (/\b[Tt]he[ \u00a0]$/.test(text.slice(Math.max(0, m.index - 4), m.index)) || NAME_AFTER_WEEKDAY.test(nameAfter[1]!))
    ) continue;
    // "Black Friday", "Super Tuesday", "Cyber Monday": a named day, not the last such weekday.
    if (NAMED_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    // "Sunday, June 16", "Sunday 16 June": the date after it says which Sunday.
    const dated = g.nth ? null : WEEKDAY_DATE_AFTER.exec(after);
    if (dated) {
      const mi = monthIndex(dated.groups!.month ?? dated.groups!.month2!)!;
      const d = Number(dated.groups!.day ?? dated.groups!.day2);
      const end = m.index + m[0].length + dated[0].length;
      push(m.index, m.index + m[0].length, "date: weekday before its date", pub ? dayOrMonth(pub, yearOfDay(pub, text, m.index, end, mi, d, wd), mi, d) : {}, 0.9);
      continue;
    }
    // "next Wednesday", "last Tuesday": RELATIVE resolves those.
    if (!g.nth && relativeWordBefore(text, m.index) && /\b(?:last|next|this|past|previous|coming)[ \u00a0]$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    let res: { resolved?: string } = {};
    if (pub) {
      if (g.nth) {
        const n = Number(/\d+/.exec(g.nth)![0]);
        // The nearest month (this one or the last) whose day n falls on that weekday.
        for (let k = 0; k > -14; k--) {
          const d0 = addMonths({ y: pub.y, m: pub.m, d: 1 }, k);
          const day = { y: d0.y, m: d0.m, d: n };
          if (isValidDay(day) && new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() === wd) {
            res = { resolved: isoDay(day) };
            break;
          }
        }
      } else {
        // The publication's own weekday names that day whichever way the sentence looks (most do in
        // wire copy): the tense is read only for the other days.
        const future = wd !== weekday(pub) && looksAhead(sentenceBefore(text, m.index));
        res = { resolved: isoDay(resolveWeekday(wd, pub, future)) };
      }
    }
    const phrase = tod ? m[0] + tod[0] : undefined;
    push(m.index, m.index + m[0].length, g.nth ? "date: weekday + day of month" : "date: weekday, against the publication date", res, 0.9, phrase);
  }
  for (const m of matchAt(BARE_MONTH, text, months)) {
    const g = m.groups!;
    const word = g.month!;
    const lower = word.replace(/\.$/, "").toLowerCase();
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const cue = MONTH_CUE.test(before);
    const next = text.slice(m.index + word.length, m.index + word.length + 3);
    if (AMBIGUOUS_MONTHS.has(lower) && !cue && !/^['’]s\b/.test(next)) {
      // All-caps headlines ("MARCH UNEMPLOYMENT RISES") are the one place a bare capital month leads.
      if (!(word === word.toUpperCase() && word.length > 3 && /^[ \u00a0][A-Z]{3,}/.test(text.slice(m.index + word.length, m.index + word.length + 5)))) continue;
    }
    // "June Carter", "April Ryan": a capitalized word right after makes it a name.
    if (!cue && /^[ \u00a0][A-Z][a-z]/.test(text.slice(m.index + word.length, m.index + word.length + 3))) continue;
    if (word.endsWith(".") && !cue) continue;
    const mi = monthIndex(word)!;
    const rel = /\b(?:last|next|this)[ \u00a0]$/i.exec(before);
    if (rel) continue; // RELATIVE handles "last November"
    push(m.index, m.index + word.length, "date: month name, against the publication date", pub ? { resolved: isoMonth(yearWithout(pub, text, m.index, m.index + word.length, mi), mi) } : {}, cue ? 0.85 : 0.75);
  }
  for (const m of matchAt(BARE_YEAR, text, digits.year)) {
    const g = m.groups!;
    const lead = wordBefore(text, m.index);
    if (lead && /^[A-Z][a-z]/.test(lead) && !YEAR_LEADS.has(lead) && monthIndex(lead) === undefined && WEEKDAYS[lead.toLowerCase()] === undefined) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "2000 troops", "1500 people": a count before a plural noun, not a year.
    if (/^[ \u00a0](?:[a-z]+s|people|men|women|children|police|personnel|staff|cattle)\b(?!['’])/.test(after) && !/^[ \u00a0](?:was|has|is|saw|as|this|its|his|thus|plus|always|perhaps|levels?|figures|elections|games|crisis|census|olympics|season's)\b/.test(after)) continue;
    // "1600 Pennsylvania Avenue": a house number.
    if (STREET_AFTER.test(after)) continue;
    if (g.y2 !== undefined) {
      const y1 = Number(g.year);
      const y2 = Math.floor(y1 / 100) * 100 + Number(g.y2);
      if (y2 <= y1 || y2 - y1 > 10) continue;
      push(m.index, m.index + m[0].length, "date: year range", { resolved: g.year! }, 0.8);
      continue;
    }
    push(m.index, m.index + m[0].length, "date: year", { resolved: g.year! }, 0.85);
  }
  for (const m of matchAt(DECADE, text, digits.decade)) {
    const g = m.groups!;
    const s = g.full ?? g.short!;
    // "in his late 50s" is an age, "highs in the 90s" a temperature: only "the 90s" alone is a decade.
    if (g.short && (AGE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || WEATHER.test(sentenceBefore(text, m.index) + sentenceAfter(text, m.index)))) continue;
    const year = g.full ? Number(s.slice(0, 4)) : 1900 + Number(s.slice(0, 2));
    push(m.index, m.index + s.length, "date: decade", { resolved: String(year), approximate: true }, 0.85);
  }
  for (const m of matchAt(RELATIVE, text, wordStarts(ctx.starts, RELATIVE_WORDS))) {
    const g = m.groups!;
    const head = g.head!;
    const start = m.index + m[0].length - head.length;
    const after = text.slice(start + head.length, start + head.length + 12);
    if (/^[ \u00a0]of\b/.test(after) && /quarter|half/i.test(head)) continue;
    if (/^(?:spring|fall)$/i.test(head) && /^[ \u00a0]of[ \u00a0][A-Z]/.test(after)) continue;
    const res = pub ? resolveRelative(g.mod!, head, pub) : {};
    push(start, start + head.length, `date: "${g.mod!.toLowerCase()} ${head.toLowerCase()}", against the publication date`, res, 0.85, m[0]);
  }
  for (const m of matchAt(SEASON, text, wordStarts(ctx.starts, SEASON_WORDS))) {
    const g = m.groups!;
    const season = g.season!;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/^[A-Z]/.test(season) && /^[ \u00a0][A-Z]/.test(after) && !g.q) continue; // "Winter Games", "Spring Statement"
    if (/^(?:spring|fall)$/i.test(season) && !SEASON_CUE.test(before) && !g.q) continue;
    if (/^fall$/i.test(season) && /^[ \u00a0](?:of|in|from|on|to|by|below|behind|back|short|apart|into|out|off|under)\b/i.test(after)) continue;
    if (/^spring$/i.test(season) && /^[ \u00a0](?:up|from|back|into|to)\b/i.test(after)) continue;
    if (/\b(?:last|this|next|past|previous|coming)[ \u00a0]$/i.test(before)) continue; // RELATIVE
    if (/^[-]/.test(after)) continue;
    const year = /^,?[ \u00a0](?:of[ \u00a0])?((?:19|20)\d\d)\b/.exec(after);
    const res = year ? { resolved: year[1]!, approximate: true } : {};
    push(m.index, m.index + m[0].length, "date: season", res, 0.7);
  }
  for (const m of matchAt(DEICTIC, text, wordStarts(ctx.starts, DEICTIC_WORDS))) {
    const w = m.groups!.w!.toLowerCase();
    const shift = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
    push(m.index, m.index + m[0].length, `date: "${w}", against the publication date`, pub ? { resolved: isoDay(addDays(pub, shift)) } : {}, 0.8);
  }
  // "the last quarter of": a space, then "q" or "h", right after the ordinal.
  const ordinals = wordsFollowedBy(text, wordStarts(ctx.starts, ORDINAL_WORDS), (t, e) => isSpace(t.charCodeAt(e)) && ((t.charCodeAt(e + 1) | 32) === 113 || (t.charCodeAt(e + 1) | 32) === 104));
  for (const m of matchAt(PERIOD_OF_YEAR, text, ordinals)) {
    push(m.index, m.index + m[0].length, "date: part of a year", { resolved: m.groups!.year!, approximate: true }, 0.9);
  }
  // Every holiday is written with a capital.
  for (const m of matchAt(HOLIDAY, text, capitalized(text, wordStarts(ctx.starts, HOLIDAY_WORDS)))) {
    const h = m.groups!.h!.replace(/’/g, "'");
    const fixed = FIXED_HOLIDAYS[h.toLowerCase()];
    const yearAfter = /^,?[ \u00a0]((?:19|20)\d\d)\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    const y = yearAfter ? Number(yearAfter[1]) : pub && fixed ? yearWithout(pub, text, m.index, m.index + m[0].length, fixed[0], fixed[1]) : undefined;
    push(m.index, m.index + m[0].length, `date: holiday "${h}"`, fixed && y !== undefined ? { resolved: isoDay({ y, m: fixed[0], d: fixed[1] }) } : {}, 0.8);
  }
  const centuryStarts = mergeStarts(digits.century, wordsFollowedBy(text, wordStarts(ctx.starts, CENTURY_ORDINALS), centuryAfter));
  for (const m of matchAt(CENTURY, text, centuryStarts)) {
    const n = m.groups!.n ? Number(m.groups!.n) : ordinalValue(m.groups!.w!);
    push(m.index, m.index + m[0].length, "date: century", n ? { resolved: String((n - 1) * 100 + 1), approximate: true } : {}, 0.85);
  }
  for (const m of matchAt(TIME_WORD, text, wordStarts(ctx.starts, TIME_WORDS))) {
    push(m.index, m.index + m[0].length, "date: time of day", {}, 0.8);
  }
  for (const m of matchAt(CLOCK, text, digits.clock)) {
    push(m.index, m.index + m[0].length, "date: time of day", {}, 0.8);
  }
}

/**
 * Figure recognition: money, percentages, quantities, dates and durations with normalized values,
 * resolved against the publication date when there is one. Each family (money.ts, percent.ts,
 * quantity.ts, dates.ts, durations.ts) proposes candidates with linear regex scans; this module
 * drops what only looks like a figure (identifiers, versions, phone numbers, clock-like race
 * times), settles overlaps, and turns candidates into mentions.
 */
import type { Mention } from "../types";
import { parseIsoDay } from "./calendar";
import { type Candidate, type FigureContext, copyCandidate, settleOverlaps } from "./candidate";
import { isInvisibleCode } from "../text/tokenize";
import { type Starts, compileTriggers, mergeStarts, scanStarts, wordList, wordStarts } from "./scan";
import { DATE_WORD_LISTS, findDates } from "./dates";
import { DURATION_WORD_LISTS, findDurations } from "./durations";
import { MONEY_WORD_LISTS, findMoney } from "./money";
import { NUMBER_SRC, NUMBER_WORDS, parseNumber } from "./numbers";
import { PERCENT_WORD_LISTS, findPercents } from "./percent";
import { QUANTITY_WORD_LISTS, RATE_SUFFIX, findQuantities } from "./quantity";

export interface FigureOptions {
  /** ISO date (or date-time) the text was published: relative dates resolve against it. */
  publishedAt?: string;
}

/**
 * Tokens that contain digits but are not figures: identifiers ("CVE-2024-1234", "F-35",
 * "COVID-19", "A320"), version numbers ("3.2.1", "version 17.4"), phone numbers, and clock-like
 * times that are race results ("4:07.13"), which the product does not highlight. Tried at the
 * start of each token that holds a digit.
 */
const NOT_FIGURE_AT = new RegExp(
  [
    String.raw`(?!(?:Mid|Pre|Post|Early|Late)-)[A-Z][A-Za-z]*-\d+(?:[-.]\d+)*\b`,
    String.raw`(?!RM\d|Rs\d)[A-Za-z]+\d+[A-Za-z\d]*\b`,
    String.raw`[vV]?\d+\.\d+\.\d+(?:\.\d+)*\b`,
    String.raw`(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b`,
    String.raw`\+\d{1,3}(?:[ .-]\d{1,4}){2,5}\b`,
    String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)+\b(?:[ \u00a0](?:seconds|secs?)\b)?`,
    String.raw`\d{1,2}:\d{2}:\d{2}\b`,
  ].join("|"),
  "y",
);
/** "version 17", "iOS 17.4", "Windows 11": a product and its number. */
const VERSION_BEFORE = /\b(?:version|v\.|iOS|Android|Windows|macOS|Python|Chrome|Firefox|release)[ \u00a0]?$/;
const VERSION_WORDS = ["version", "v.", "iOS", "Android", "Windows", "macOS", "Python", "Chrome", "Firefox", "release"];

/** VERSION_WORDS by their last character: a number is compared only with the words that can end before it. */
const VERSION_WORDS_BY_LAST = new Map<number, string[]>();
for (const w of VERSION_WORDS) {
  const last = w.charCodeAt(w.length - 1);
  VERSION_WORDS_BY_LAST.set(last, [...(VERSION_WORDS_BY_LAST.get(last) ?? []), w]);
}

/** One of VERSION_BEFORE's words ends right before the number, or before the one space before it. */
function productBefore(text: string, d: number): boolean {
  const end = text.charCodeAt(d - 1) === 32 ? d - 1 : d;
  const words = VERSION_WORDS_BY_LAST.get(text.charCodeAt(end - 1));
  if (words) for (const w of words) if (end >= w.length && text.startsWith(w, end - w.length)) return true;
  return false;
}

const isSpaceCode = (c: number) => c === 32 || c === 160;

const NUMBER_WORD_LIST = wordList(NUMBER_WORDS);

const TRIGGERS = compileTriggers([
  NUMBER_WORD_LIST, ...MONEY_WORD_LISTS, ...QUANTITY_WORD_LISTS, ...DURATION_WORD_LISTS, ...DATE_WORD_LISTS, ...PERCENT_WORD_LISTS,
]);

const HEDGE = /(?:\b(?:about|around|approximately|roughly|nearly|almost|some|more than|over|less than|under|at least|up to|as much as|as many as|fewer than|just over|just under|close to|an estimated|estimated at)[ \u00a0])$/i;

/** Characters an identifier can hold before its digits: letters, digits, "+", "(" and "-". */
function isTokenChar(c: number): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122 && (c <= 90 || c >= 97)) || (c >= 48 && c <= 57) || c === 43 || c === 40 || c === 45;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether NOT_FIGURE_AT can match at a digit run with nothing before it: only a version
 * ("3.2.1"), a phone number ("555-123-4567", "555) 123") or a clock ("4:07.13", "1:02:03") can,
 * and each shows in the character after the run. Most numbers are followed by a space or a word.
 */
function mayBlockAtDigits(text: string, d: number, e = digitRunEnd(text, d)): boolean {
  if (!isDigit(text.charCodeAt(d))) return false;
  const next = text.charCodeAt(e);
  return next === 46 || (next === 58 && e - d <= 2) || (e - d === 3 && (next === 41 || next === 32 || next === 45));
}

function digitRunEnd(text: string, d: number): number {
  let e = d;
  while (isDigit(text.charCodeAt(e))) e++;
  return e;
}

/**
 * Whether NOT_FIGURE_AT can match from `s`, a letter, digit, "+", "(" or "-" before a number: no
 * alternative opens with "-"; from a digit only the versions, phones and clocks above can; from
 * "(" only a phone's area code ("(555) 123-4567"). Letters and "+" are left to the pattern.
 */
function mayBlockFrom(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 45) return false;
  if (isDigit(c)) return mayBlockAtDigits(text, s);
  if (c === 40) return mayBlockAtDigits(text, s + 1);
  return true;
}

function blockedSpans(text: string, { digits, digitEnds }: Starts): [number, number][] {
  const spans: [number, number][] = [];
  let end = -1;
  for (let i = 0; i < digits.length; i++) {
    const d = digits[i]!;
    if (d < end) continue;
    let s = d;
    while (s > 0 && isTokenChar(text.charCodeAt(s - 1)) && d - s < 20) s--;
    if (s < end) s = d;
    if (s < d ? mayBlockFrom(text, s) : mayBlockAtDigits(text, d, digitEnds[i])) {
      NOT_FIGURE_AT.lastIndex = s;
      const m = NOT_FIGURE_AT.exec(text);
      if (m) {
        end = s + m[0].length;
        spans.push([s, end]);
        continue;
      }
    }
    const v = productBefore(text, d) ? VERSION_BEFORE.exec(text.slice(Math.max(0, d - 12), d)) : null;
    // A number run may open with its decimal point ("version .5"): the version is read from there.
    const num = v ? /^\.?\d+(?:\.\d+)*/.exec(text.slice(d, d + 12)) : null;
    if (v && num) {
      end = d + num[0].length;
      spans.push([d - v[0].length, end]);
    }
  }
  // Web and mail addresses: searched only around their markers, never with a scan of every word.
  for (const marker of ["://", "www.", "@"]) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      let s = at;
      while (s > 0 && /[\w.+-]/.test(text[s - 1]!) && at - s < 64) s--;
      let e = at + marker.length;
      while (e < text.length && /[^\s<>"”)]/.test(text[e]!) && e - at < 256) e++;
      spans.push([s, e]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans;
}

function overlapsAny(c: Candidate, spans: [number, number][]): boolean {
  // Spans are sorted by start; a binary search keeps the check logarithmic.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= c.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i]![0] < c.end; i++) {
    if (spans[i]![1] > c.start) return true;
  }
  return false;
}

/** "$1,300 a week", "RM120 per day per athlete", "0.9 percent per year": rates count as quantities. */
function applyRates(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type !== "money" && c.type !== "percent" && c.type !== "quantity") continue;
    if (c.valueMax !== undefined || c.unit?.includes("/")) continue;
    // RATE_SUFFIX opens with a space and then "(", "a" or "per".
    const next = text.charCodeAt(c.end + 1);
    if (!isSpaceCode(text.charCodeAt(c.end)) || (next !== 40 && next !== 97 && next !== 112)) continue;
    const m = RATE_SUFFIX.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const per = m[0].trim().replace(/^\([^)]*\)[ \u00a0]*/, "").replace(/^(?:an?|per)[ \u00a0]/, "");
    c.rule = `${c.rule} + rate "${m[0].trim()}"`;
    c.unit = `${c.unit ?? ""}/${per.replace(/[ \u00a0]per[ \u00a0]/g, "/")}`;
    c.type = "quantity";
    c.end += m[0].length;
    c.priority = 4;
  }
}

const LOW_END = new RegExp(`(?<![\\w.,-])(${NUMBER_SRC})-?[ \\u00a0](?:to|or)[ \\u00a0]$`, "i");

/** `/^[^ ]+-[a-z]/i` over text[start, end), without the slice: a hyphen then a letter before any space. */
function hyphenBeforeLetter(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 32) return false;
  for (let i = start + 1; i + 1 < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) return false;
    if (c === 45) {
      const l = text.charCodeAt(i + 1) | 32;
      if (l >= 97 && l <= 122) return true;
    }
  }
  return false;
}

/** "10- to 18-foot", "five- or six-year": the low end written before a hyphenated figure. */
function addLowEnds(text: string, cands: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of cands) {
    if ((c.type !== "quantity" && c.type !== "duration") || c.value === undefined || !hyphenBeforeLetter(text, c.start, c.end)) continue;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    if (!/[ \u00a0](?:to|or)[ \u00a0]$/.test(before)) continue;
    const m = LOW_END.exec(before);
    if (!m) continue;
    const low = parseNumber(m[1]!);
    if (low === undefined || !(low < c.value)) continue;
    const start = c.start - m[0].length;
    const valueMax = c.value;
    const lowEnd = copyCandidate(c);
    lowEnd.start = start;
    lowEnd.end = start + m[1]!.length;
    lowEnd.value = low;
    lowEnd.valueMax = valueMax;
    lowEnd.rule = `${c.rule} (range low end)`;
    extra.push(lowEnd);
    c.rule += " (range high end)";
    c.valueMax = valueMax;
    c.value = low;
  }
  return extra;
}

/** "$30 million to $40 million", "between €5 and €6": two amounts that bound one range. */
function linkRanges(text: string, figs: Candidate[]): void {
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i]!;
    const b = figs[i + 1]!;
    if (a.type !== b.type || a.unit !== b.unit || a.valueMax !== undefined || b.valueMax !== undefined) continue;
    if (a.value === undefined || b.value === undefined || !(b.value > a.value)) continue;
    // The longest gap either test accepts is " and ": the text is read only for figures this close.
    if (b.start - a.end > 5) continue;
    const gap = text.slice(a.end, b.start);
    if (!/^[ \u00a0]?(?:-|–|to)[ \u00a0]?$/.test(gap) && !(gap === " and " && /\bbetween[ \u00a0]$/i.test(text.slice(Math.max(0, a.start - 9), a.start)))) continue;
    a.valueMax = b.value;
    b.valueMax = b.value;
    b.value = a.value;
    a.rule += " (range low end)";
    b.rule += " (range high end)";
    i++;
  }
}

function keyOf(c: Candidate, text: string): string {
  const range = c.valueMax !== undefined ? `-${c.valueMax}` : "";
  switch (c.type) {
    case "date": {
      // Unresolved: "Thursday" and "Thursday night" are one day; "this year" and "next year" are not.
      const span = text.slice(c.start, c.end);
      const byPhrase = c.phrase !== undefined && !/day$/i.test(span);
      return `fig:date:${c.resolved ?? (byPhrase ? c.phrase! : span).toLowerCase()}`;
    }
    case "money":
    case "quantity":
    case "duration":
      return c.value !== undefined
        ? `fig:${c.type}:${c.value}${range}${c.unit ? " " + c.unit : ""}`
        : `fig:${c.type}:${text.slice(c.start, c.end).toLowerCase()}`;
    default:
      return `fig:${c.type}:${c.value ?? text.slice(c.start, c.end).toLowerCase()}${range}`;
  }
}

/** Every figure in a text, in reading order, without overlaps. */
export function recognizeFigures(text: string, opts: FigureOptions = {}): Mention[] {
  const starts = scanStarts(text, TRIGGERS);
  if (starts.invisible) return throughInvisibles(text, opts);
  const pub = parseIsoDay(opts.publishedAt);
  const numbers = mergeStarts(starts.digits, wordStarts(starts, NUMBER_WORD_LIST));
  const ctx: FigureContext = pub ? { text, pub, starts, numbers } : { text, starts, numbers };
  const raw: Candidate[] = [];
  findMoney(ctx, raw);
  findPercents(ctx, raw);
  findQuantities(ctx, raw);
  findDurations(ctx, raw);
  findDates(ctx, raw);
  applyRates(text, raw);
  raw.push(...addLowEnds(text, raw));
  const blocked = blockedSpans(text, starts);
  const figs = settleOverlaps(raw.filter((c) => !overlapsAny(c, blocked) || (c.type === "date" && /time of day/.test(c.rule))));
  linkRanges(text, figs);
  return figs.map((c) => {
    // HEDGE ends in a space: without one right before the figure there is nothing to look for.
    const spaced = text.charCodeAt(c.start - 1) === 32 || text.charCodeAt(c.start - 1) === 160;
    const hedge = spaced && c.type !== "date" && c.value !== undefined ? HEDGE.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
    const phrase = c.phrase ?? (hedge ? hedge[0] + text.slice(c.start, c.end) : undefined);
    // Every figure mention in one literal, absent fields undefined rather than added one by one:
    // mentions then share one shape, and the stages that read thousands of them (merging, cards)
    // read each field at one place instead of looking it up in several shapes. JSON leaves the
    // undefined fields out, so what the CLI prints is the same.
    return {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      entityId: null,
      name: phrase ?? null,
      key: keyOf(c, text),
      confidence: c.confidence,
      rule: c.rule,
      value: c.value,
      unit: c.unit,
      valueMax: c.valueMax,
      resolved: c.resolved,
      approximate: c.approximate || hedge ? true : undefined,
    };
  });
}

/**
 * Figures in a text that holds invisible characters ("$3\u200b billion", "1\u00ad000"): recognized
 * in the text without them, then mapped back, so that each mention's offsets cover the figure in
 * the original text (invisible characters inside it included, those around it left out) and its
 * `text` is that slice. Values, keys and phrases come from the visible text, so "$3 billion" and
 * "$3\u200b billion" are one figure. Texts without such characters never come here.
 */
function throughInvisibles(text: string, opts: FigureOptions): Mention[] {
  const parts: string[] = [];
  /** The original offset of each character of the visible text. */
  const at: number[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (isInvisibleCode(text.charCodeAt(i))) {
      if (i > runStart) parts.push(text.slice(runStart, i));
      runStart = i + 1;
    } else {
      at.push(i);
    }
  }
  if (runStart < text.length) parts.push(text.slice(runStart));
  const visible = parts.join("");
  return recognizeFigures(visible, opts).map((m) => {
    const start = at[m.start]!;
    const end = at[m.end - 1]! + 1;
    return { ...m, start, end, text: text.slice(start, end) };
  });
}

/**
 * Durations: "four years", "10-year", "two and a half years", "six-and-a-half-year", "4 minutes
 * 5.08 seconds", "several hours", "half an hour", "a decade" (after "for", "nearly", ...), and
 * "two years ago", which is a date: it resolves against the publication date.
 */
import { addDays, addMonths, isoDay, isoMonth } from "./calendar";
import { type Candidate, type FigureContext, candidate, copyCandidate } from "./candidate";
import { type WordList, matchAt, numbersNear, offsetsWhere, wordList, wordStarts, wordsFollowedBy } from "./scan";
import { TIME_UNITS } from "./lexicon";
import { NUMBER_SRC, SPELLED_SRC, clean, parseNumber } from "./numbers";

const UNIT_SRC = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries";
const HYPHEN_NUMBER = `(?:\\d+(?:\\.\\d+)?|${SPELLED_SRC})`;

/** "four years", "10 days", "8 to 10 minutes" (split), "10-year" (adjective), "two-minute". */
const COUNTED = new RegExp(
  `(?<num>${NUMBER_SRC})(?:(?<sep>[ \\u00a0]?[-–][ \\u00a0]?| to | or )(?<num2>${NUMBER_SRC}))?[ \\u00a0](?<unit>${UNIT_SRC})\\b(?!-old)` +
    `|(?<![\\w-])(?<hnum>${HYPHEN_NUMBER})-(?<hunit>second|minute|hour|day|week|month|year|decade|century)\\b(?!-old)`,
  "iy",
);
/** "2 hours, 32 minutes, 25.3 seconds": a further part of a compound duration. */
const NEXT_PART = new RegExp(`(?:,? (?:and )?)(?<num>${NUMBER_SRC})[ \\u00a0](?<unit>${UNIT_SRC})\\b`, "iy");
/** "several hours", "a few years", "many months". */
const VAGUE = new RegExp(`\\b(?<q>few|several|many)[ \\u00a0](?<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b`, "iy");
/** "half an hour", "half a century". */
const HALF = /\bhalf an? (?<unit>hour|day|week|month|year|decade|century)\b/iy;
/**
 * "for a month", "nearly a decade", "a year later", "in about a week": the unit alone is the span.
 * Tried at each time-unit word, looking back for the article and its preposition.
 */
const ARTICLE_UNIT = /(?<=\b(?:for|in|within|about|nearly|almost|over|than|after|past|around|roughly|as much as|only)[ \u00a0](?:about |nearly |almost |just |only )?an?[ \u00a0])(?:year|month|week|decade|day|century|fortnight)\b|(?<=\b[Aa][ \u00a0])(?:year|month|week|decade|day|century)(?=[ \u00a0](?:ago|later|earlier|before|after|from now|long)\b)/y;
/**
 * The words of the phrase before "a year" that belong to it ("for a", "more than a", "in about a"):
 * only the preposition and hedge ARTICLE_UNIT looked for, never a name before them ("Atalanta").
 */
const ARTICLE_UNIT_LEAD = /(?:(?:(?:more|less|fewer)[ \u00a0]than|as much as|for|in|within|about|nearly|almost|over|than|after|past|around|roughly|only)[ \u00a0](?:(?:about|nearly|almost|just|only)[ \u00a0])?)?an?[ \u00a0]$/i;
/** "all-day", "year-long", "decade-long". */
const LONG = /\b(?:all-(?:day|night|year)|(?:year|month|week|day|decade|century)-long)\b/iy;
const TIME_WORDS = wordList(Object.keys(TIME_UNITS));
const VAGUE_WORDS = wordList(["few", "several", "many"]);
const HALF_WORDS = wordList(["half"]);
const UNIT_WORDS = wordList(["year", "month", "week", "decade", "day", "century", "fortnight"]);
const LONG_LEADS = wordList(["all", "year", "month", "week", "day", "decade", "century"]);
export const DURATION_WORD_LISTS: readonly WordList[] = [VAGUE_WORDS, HALF_WORDS, UNIT_WORDS, LONG_LEADS, TIME_WORDS];
/** "two years ago": the tail that makes a counted span a date before publication. */
const AGO = /^[ \u00a0]ago\b/i;
const HEDGE_BEFORE = /(?:more than|over|nearly|almost|about|around|some|roughly|approximately|less than|under|at least|up to)[ \u00a0]$/i;

/** "a year", "an hour": ARTICLE_UNIT's look-behind ends in "a" or "an" and a space. */
function articleBefore(t: string, p: number): boolean {
  const c = t.charCodeAt(p - 1);
  if (c !== 32 && c !== 160) return false;
  const a = t.charCodeAt(p - 2);
  return (a | 32) === 97 || (a === 110 && t.charCodeAt(p - 3) === 97);
}

const UNIT_CANON = (u: string) => TIME_UNITS[u.toLowerCase()] ?? u.toLowerCase();

/** Resolve "N units ago" against the publication day: a year, a month or a day, as precise as the unit. */
export function resolveAgo(n: number, unit: string, pub: { y: number; m: number; d: number }): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  switch (unit) {
    case "year": return Number.isInteger(n) ? String(pub.y - n) : undefined;
    case "decade": return Number.isInteger(n) ? String(pub.y - 10 * n) : undefined;
    case "century": return Number.isInteger(n) ? String(pub.y - 100 * n) : undefined;
    case "month": {
      if (!Number.isInteger(n)) return undefined;
      const d = addMonths(pub, -n);
      return isoMonth(d.y, d.m);
    }
    case "quarter": {
      const d = addMonths(pub, -3 * n);
      return isoMonth(d.y, d.m);
    }
    case "week": return isoDay(addDays(pub, -7 * n));
    case "fortnight": return isoDay(addDays(pub, -14 * n));
    case "day": return isoDay(addDays(pub, -n));
    default: return undefined;
  }
}

function agoCandidate(c: Candidate, ctx: FigureContext, n: number | undefined, unit: string, after: number): Candidate {
  // A space and an "a" must come first: most spans are not followed by "ago", and are left at that.
  const space = ctx.text.charCodeAt(after);
  if ((space !== 32 && space !== 160) || (ctx.text.charCodeAt(after + 1) | 32) !== 97) return c;
  const tail = AGO.exec(ctx.text.slice(after, after + 5));
  if (!tail) return c;
  const hedge = HEDGE_BEFORE.exec(ctx.text.slice(Math.max(0, c.start - 20), c.start));
  const phrase = (hedge ? hedge[0] : "") + ctx.text.slice(c.start, after) + tail[0];
  const resolved = ctx.pub && n !== undefined ? resolveAgo(n, unit, ctx.pub) : undefined;
  const date = copyCandidate(c);
  date.type = "date";
  date.phrase = phrase;
  if (resolved) date.resolved = resolved;
  if (hedge || n === undefined) date.approximate = true;
  date.rule = `date: "N ${unit}s ago" against the publication date`;
  return date;
}

/** Adds the family's candidates to `out`. */
export function findDurations(ctx: FigureContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const m of matchAt(COUNTED, text, numbersNear(ctx, wordStarts(ctx.starts, TIME_WORDS)))) {
    const g = m.groups!;
    if (g.hnum !== undefined) {
      // "Forty-Second Street", "the Twenty-Second Amendment": in title case, an ordinal in a name.
      if (/^[A-Z]/.test(g.hnum) && g.hunit === "Second") continue;
      const v = parseNumber(g.hnum.replace(/-/g, " "));
      if (v === undefined) continue;
      const unit = UNIT_CANON(g.hunit!);
      out.push(candidate("duration", m.index, m.index + m[0].length, clean(v), unit, 0.9, `duration: adjective "N-${g.hunit!.toLowerCase()}"`, 2));
      continue;
    }
    const v = parseNumber(g.num!);
    if (v === undefined) continue;
    // "the Thirty Years' War", "the Seven Years’ War": a name, not a length of time.
    const apostrophe = text.charCodeAt(m.index + m[0].length);
    if (/^[A-Z]/.test(g.unit!) && (apostrophe === 39 || apostrophe === 0x2019)) continue;
    const unit = UNIT_CANON(g.unit!);
    let end = m.index + m[0].length;
    // A compound time ("2 hours, 32 minutes, 25.3 seconds") reads as one duration in seconds.
    let parts = 0;
    let seconds = v * (SECONDS[unit] ?? NaN);
    for (;;) {
      const c = text.charCodeAt(end);
      if (c !== 32 && c !== 44) break;
      NEXT_PART.lastIndex = end;
      const next = NEXT_PART.exec(text);
      if (!next) break;
      const nv = parseNumber(next.groups!.num!);
      const nu = UNIT_CANON(next.groups!.unit!);
      if (nv === undefined || !(nu in SECONDS) || !((SECONDS[nu] ?? 0) < (SECONDS[unit] ?? 0))) break;
      seconds += nv * SECONDS[nu]!;
      end += next[0].length;
      parts++;
    }
    if (parts > 0) {
      out.push(candidate("duration", m.index, end, clean(seconds), "s", 0.9, "duration: compound time", 2));
      continue;
    }
    if (g.num2 !== undefined) {
      const v2 = parseNumber(g.num2);
      if (v2 === undefined || v2 <= v) continue;
      const lowEnd = m.index + g.num!.length;
      const highStart = lowEnd + g.sep!.length;
      const low = candidate("duration", m.index, lowEnd, clean(v), unit, 0.85, `duration: range low end before "${g.unit}"`, 2);
      const high = candidate("duration", highStart, end, clean(v), unit, 0.85, `duration: range high end + "${g.unit}"`, 2);
      low.valueMax = high.valueMax = clean(v2);
      out.push(low, high);
      continue;
    }
    const c = candidate("duration", m.index, end, clean(v), unit, 0.9, `duration: number + "${g.unit!.toLowerCase()}"`, 2);
    out.push(agoCandidate(c, ctx, v, unit, end));
  }
  for (const m of matchAt(VAGUE, text, wordStarts(ctx.starts, VAGUE_WORDS))) {
    const g = m.groups!;
    const unit = UNIT_CANON(g.unit!);
    const c = candidate("duration", m.index, m.index + m[0].length, undefined, unit, 0.75, `duration: "${g.q!.toLowerCase()} ${g.unit!.toLowerCase()}"`, 2);
    c.approximate = true;
    out.push(agoCandidate(c, ctx, undefined, unit, c.end));
  }
  for (const m of matchAt(HALF, text, wordStarts(ctx.starts, HALF_WORDS))) {
    const unit = UNIT_CANON(m.groups!.unit!);
    out.push(candidate("duration", m.index, m.index + m[0].length, 0.5, unit, 0.85, `duration: "half a ${unit}"`, 2));
  }
  for (const m of matchAt(ARTICLE_UNIT, text, offsetsWhere(text, wordStarts(ctx.starts, UNIT_WORDS), articleBefore))) {
    const word = m[0];
    const start = m.index;
    const unit = UNIT_CANON(word);
    const lead = ARTICLE_UNIT_LEAD.exec(text.slice(Math.max(0, start - 30), start));
    const c = candidate("duration", start, start + word.length, 1, unit, 0.75, `duration: "a ${word}"`, 2);
    c.phrase = (lead ? lead[0] : "a ") + word;
    out.push(agoCandidate(c, ctx, 1, unit, c.end));
  }
  // "all-day", "year-long": a hyphen right after the lead word.
  for (const m of matchAt(LONG, text, wordsFollowedBy(text, wordStarts(ctx.starts, LONG_LEADS), (t, e) => t.charCodeAt(e) === 45))) {
    out.push(candidate("duration", m.index, m.index + m[0].length, undefined, undefined, 0.7, `duration: "${m[0].toLowerCase()}"`, 2));
  }
}

/** Seconds per unit, for compound times; months and years are not added to seconds. */
const SECONDS: Record<string, number> = { s: 1, min: 60, h: 3600, day: 86_400, week: 604_800 };

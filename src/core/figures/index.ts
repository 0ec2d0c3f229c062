/**
 * Figure recognition: money, percentages, quantities, dates and durations with normalized values,
 * resolved against the publication date when there is one. Each family (money.ts, percent.ts,
 * quantity.ts, dates.ts, durations.ts) proposes candidates with linear regex scans; this module
 * drops what only looks like a figure (identifiers, versions, phone numbers, clock-like race
 * times), settles overlaps, and turns candidates into mentions.
 */
import type { Mention } from "../types";
import { parseIsoDay } from "./calendar";
import { type Candidate, type FigureContext, matchAll, settleOverlaps } from "./candidate";
import { findDates } from "./dates";
import { findDurations } from "./durations";
import { findMoney } from "./money";
import { findPercents } from "./percent";
import { RATE_SUFFIX, findQuantities } from "./quantity";

export interface FigureOptions {
  /** ISO date (or date-time) the text was published: relative dates resolve against it. */
  publishedAt?: string;
}

/**
 * Spans that contain digits but are not figures: identifiers ("CVE-2024-1234", "F-35", "COVID-19"),
 * version numbers ("3.2.1", "version 17.4"), phone numbers, web addresses, and clock-like times
 * that are race results ("4:07.13"), which the product does not highlight.
 */
const NOT_FIGURES = new RegExp(
  [
    String.raw`\b(?!(?:Mid|Pre|Post|Early|Late)-)[A-Z][A-Za-z]*-\d+(?:[-.]\d+)*\b`,
    String.raw`\b(?!RM\d|Rs\d)[A-Za-z]+\d+[A-Za-z\d]*\b`,
    String.raw`\b[vV]?\d+\.\d+\.\d+(?:\.\d+)*\b`,
    String.raw`\b(?:version|v\.|iOS|Android|Windows|macOS|Python|Chrome|Firefox|release)[ \u00a0]?\d+(?:\.\d+)*\b`,
    String.raw`(?:\+\d{1,3}[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b`,
    String.raw`\+\d{1,3}(?:[ .-]\d{1,4}){2,5}\b`,
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)+\b(?:[ \u00a0](?:seconds|secs?)\b)?`,
    String.raw`\b\d{1,2}:\d{2}:\d{2}\b`,
    String.raw`https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+`,
  ].join("|"),
  "g",
);

const HEDGE = /(?:\b(?:about|around|approximately|roughly|nearly|almost|some|more than|over|less than|under|at least|up to|as much as|as many as|fewer than|just over|just under|close to|an estimated|estimated at)[ \u00a0])$/i;

function blockedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of matchAll(NOT_FIGURES, text)) spans.push([m.index, m.index + m[0].length]);
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
    if (c.type !== "money" && c.type !== "percent") continue;
    if (c.valueMax !== undefined) continue;
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

/** "$30 million to $40 million", "between €5 and €6": two amounts that bound one range. */
function linkRanges(text: string, figs: Candidate[]): void {
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i]!;
    const b = figs[i + 1]!;
    if (a.type !== b.type || a.unit !== b.unit || a.valueMax !== undefined || b.valueMax !== undefined) continue;
    if (a.value === undefined || b.value === undefined || !(b.value > a.value)) continue;
    const gap = text.slice(a.end, b.start);
    const between = /\bbetween[ \u00a0]$/i.test(text.slice(Math.max(0, a.start - 9), a.start));
    if (!/^[ \u00a0]?(?:-|–|to)[ \u00a0]?$/.test(gap) && !(between && /^ and $/.test(gap))) continue;
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
    case "date":
      return `fig:date:${c.resolved ?? (c.phrase ?? text.slice(c.start, c.end)).toLowerCase()}`;
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
  const pub = parseIsoDay(opts.publishedAt);
  const ctx: FigureContext = pub ? { text, pub } : { text };
  const raw = [...findMoney(ctx), ...findPercents(ctx), ...findQuantities(ctx), ...findDurations(ctx), ...findDates(ctx)];
  applyRates(text, raw);
  const blocked = blockedSpans(text);
  const figs = settleOverlaps(raw.filter((c) => !overlapsAny(c, blocked) || (c.type === "date" && /time of day/.test(c.rule))));
  linkRanges(text, figs);
  return figs.map((c) => {
    const hedge = c.type !== "date" && c.value !== undefined ? HEDGE.exec(text.slice(Math.max(0, c.start - 16), c.start)) : null;
    const phrase = c.phrase ?? (hedge ? hedge[0] + text.slice(c.start, c.end) : undefined);
    const mention: Mention = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: c.type,
      entityId: null,
      name: phrase ?? null,
      key: keyOf(c, text),
      confidence: c.confidence,
      rule: c.rule,
    };
    if (c.value !== undefined) mention.value = c.value;
    if (c.unit !== undefined) mention.unit = c.unit;
    if (c.valueMax !== undefined) mention.valueMax = c.valueMax;
    if (c.resolved !== undefined) mention.resolved = c.resolved;
    if (c.approximate || hedge) mention.approximate = true;
    return mention;
  });
}

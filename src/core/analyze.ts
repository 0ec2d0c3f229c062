/**
 * The recognition pipeline over plain text: names and figures, merged into one ordered list of
 * non-overlapping mentions, then cards. The background and the CLI both call `analyzeText`.
 */
import { buildCards } from "./cards";
import type { KnowledgeBase } from "./dataset/kb";
import { recognizeFigures } from "./figures";
import { recognizeNames } from "./names";
import type { Card, Mention } from "./types";

export interface AnalyzeOptions {
  publishedAt?: string;
}

export interface TextAnalysis {
  mentions: Mention[];
  cards: Card[];
}

/** By start, and on equal starts the longer first. */
function readingOrder(a: Mention, b: Mention): number {
  return a.start - b.start || (b.end - b.start) - (a.end - a.start);
}

function inReadingOrder(list: readonly Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (readingOrder(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

/**
 * Both recognizers return their mentions in reading order already: one merge pass gives what a
 * stable sort of names then figures gives (ties go to the name), without sorting thousands of
 * mentions per article.
 */
function mergeSorted(names: readonly Mention[], figures: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0, j = 0;
  while (i < names.length && j < figures.length) out.push(readingOrder(names[i]!, figures[j]!) <= 0 ? names[i++]! : figures[j++]!);
  while (i < names.length) out.push(names[i++]!);
  while (j < figures.length) out.push(figures[j++]!);
  return out;
}

/**
 * Where two mentions overlap, the longer span wins, and on equal length the name: a name and a
 * figure ("the 2024 Paris Olympics", "May"), or, seldom, a name the names recognizer found inside
 * another in an all-capitals line ("REPUBLIC OF IRELAND" and "IRELAND").
 */
export function mergeMentions(names: Mention[], figures: Mention[]): Mention[] {
  const all = inReadingOrder(names) && inReadingOrder(figures) ? mergeSorted(names, figures) : [...names, ...figures].sort(readingOrder);
  const kept: Mention[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** Recognition alone: the names and figures of `text`, linked and in reading order, without cards. */
export function recognizeText(text: string, kb: KnowledgeBase, opts: AnalyzeOptions = {}): Mention[] {
  return mergeMentions(recognizeNames(text, kb), recognizeFigures(text, { publishedAt: opts.publishedAt }));
}

export function analyzeText(text: string, kb: KnowledgeBase, opts: AnalyzeOptions = {}): TextAnalysis {
  const mentions = recognizeText(text, kb, opts);
  const cards = buildCards(text, mentions, kb, opts);
  return { mentions, cards };
}

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

/**
 * Where a name and a figure overlap ("the 2024 Paris Olympics", "May"), the longer span wins, and
 * on equal length the name: the recognizers each resolved their own overlaps already.
 */
export function mergeMentions(names: Mention[], figures: Mention[]): Mention[] {
  const all = [...names, ...figures].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
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

export function analyzeText(text: string, kb: KnowledgeBase, opts: AnalyzeOptions = {}): TextAnalysis {
  const names = recognizeNames(text, kb);
  const figures = recognizeFigures(text, { publishedAt: opts.publishedAt });
  const mentions = mergeMentions(names, figures);
  const cards = buildCards(text, mentions, kb, opts);
  return { mentions, cards };
}

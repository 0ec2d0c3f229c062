/**
 * Figures in human terms: the context lines of a figure's card (conversions, shares of GDP,
 * landmarks, resolved dates). (Placeholder: replaced by the figure-context work.)
 */
import type { KnowledgeBase } from "../dataset/kb";
import type { Mention } from "../types";

export interface FigureContextInput {
  text: string;
  mentions: readonly Mention[];
  publishedAt?: string;
}

export function figureContext(_figure: Mention, _kb: KnowledgeBase, _input: FigureContextInput): string[] {
  return [];
}

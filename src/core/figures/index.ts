/**
 * Figure recognition: money, percentages, quantities, dates and durations with normalized values.
 * (Placeholder: replaced by the figure recognizer.)
 */
import type { Mention } from "../types";

export interface FigureOptions {
  /** ISO date (or date-time) the text was published: relative dates resolve against it. */
  publishedAt?: string;
}

export function recognizeFigures(_text: string, _opts: FigureOptions = {}): Mention[] {
  return [];
}

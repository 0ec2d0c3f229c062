/**
 * A figure found by one pattern family, before overlaps between families are settled. The span
 * follows the MUC-7 convention the evaluation uses: hedges ("about", "more than") and relative
 * modifiers ("last", "this") stay outside; the full phrase goes to `phrase`.
 */
import type { FigureType } from "../types";
import type { Offsets, Starts } from "./scan";

export interface Candidate {
  start: number;
  end: number;
  type: FigureType;
  value?: number;
  unit?: string;
  valueMax?: number;
  resolved?: string;
  /** The resolution is approximate ("more than two years ago" → about 2022). */
  approximate?: boolean;
  /** The whole expression the figure was read from ("more than two years ago", "last year"). */
  phrase?: string;
  confidence: number;
  rule: string;
  /** Higher wins an overlap of equal length (a money amount over a bare year). */
  priority: number;
}

/**
 * A new candidate. Every candidate is made here or by `copyCandidate`, with all its fields in one
 * order and the optional ones undefined until set, so that the code reading candidates of every
 * family sees one object shape: candidates built from differing literals made those reads slow.
 */
export function candidate(
  type: FigureType, start: number, end: number, value: number | undefined, unit: string | undefined,
  confidence: number, rule: string, priority: number,
): Candidate {
  return {
    start, end, type, value, unit, valueMax: undefined, resolved: undefined, approximate: undefined, phrase: undefined,
    confidence, rule, priority,
  };
}

/** A copy of a candidate, in the same shape. */
export function copyCandidate(c: Candidate): Candidate {
  return {
    start: c.start, end: c.end, type: c.type, value: c.value, unit: c.unit, valueMax: c.valueMax, resolved: c.resolved,
    approximate: c.approximate, phrase: c.phrase, confidence: c.confidence, rule: c.rule, priority: c.priority,
  };
}

/** Publication context every family may use. */
export interface FigureContext {
  text: string;
  pub?: { y: number; m: number; d: number };
  starts: Starts;
  /** Offsets where a number may start (digits and number words), sorted. */
  numbers: Offsets;
}

/** Keep the longest candidate of each overlapping cluster; on equal length the higher priority. */
export function settleOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands.slice().sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      const lenC = c.end - c.start;
      const lenL = last.end - last.start;
      if (lenC > lenL || (lenC === lenL && c.priority > last.priority)) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/**
 * Percentages: "5 percent", "5%", "2.5 per cent", "Twenty-eight percent", "seven-tenths of 1
 * percent", "3 percentage points", and ranges "5-15 percent" (split into its two ends, as the
 * evaluation's annotators do, both carrying the range).
 */
import { type Candidate, type FigureContext, candidate } from "./candidate";
import { type WordList, charOffsets, matchAt, mergeStarts, numbersNear, wordList, wordStarts } from "./scan";
import { NUMBER_SRC, clean, parseNumber } from "./numbers";

const PERCENT = new RegExp(
  `(?<num>${NUMBER_SRC})(?:(?<sep>[ \\u00a0]?[-–][ \\u00a0]?| to | and )(?<num2>${NUMBER_SRC}))?` +
    `(?:[ \\u00a0]?(?<sign>%)|[ \\u00a0](?<word>percentage points?|percent|per cent|per-cent|pct)\\b)`,
  "iy",
);

const PERCENT_WORDS = wordList(["percent", "per", "pct", "percentage"]);
export const PERCENT_WORD_LISTS: readonly WordList[] = [PERCENT_WORDS];

/** Adds the family's candidates to `out`. */
export function findPercents(ctx: FigureContext, out: Candidate[]): void {
  for (const m of matchAt(PERCENT, ctx.text, numbersNear(ctx, mergeStarts(charOffsets(ctx.text, "%"), wordStarts(ctx.starts, PERCENT_WORDS))))) {
    const g = m.groups!;
    const v = parseNumber(g.num!);
    if (v === undefined) continue;
    const points = /points?/i.test(g.word ?? "");
    const unit = points ? "pp" : "%";
    const how = g.sign ? `"%"` : `"${g.word!.toLowerCase()}"`;
    if (g.num2 !== undefined) {
      const v2 = parseNumber(g.num2);
      // "between 5 and 15 percent" needs the "between"; "5 and 15 percent" alone lists two figures.
      if (v2 === undefined || v2 <= v) continue;
      const lowEnd = m.index + g.num!.length;
      const highStart = lowEnd + g.sep!.length;
      const low = candidate("percent", m.index, lowEnd, clean(v), unit, 0.9, `percent: range low end before ${how}`, 2);
      const high = candidate("percent", highStart, m.index + m[0].length, clean(v), unit, 0.9, `percent: range high end + ${how}`, 2);
      low.valueMax = high.valueMax = clean(v2);
      out.push(low, high);
      continue;
    }
    out.push(candidate("percent", m.index, m.index + m[0].length, clean(v), unit, 0.95, `percent: number + ${how}`, 2));
  }
}

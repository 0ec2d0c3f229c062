/**
 * Cutting a very long text into windows that can be read one at a time. A cut is made where the
 * reading would break anyway, the best place in a window's second half: a blank line (a paragraph
 * ends, and with it every line and sentence), else a line break, else a space after a sentence's
 * end, else a space before a lower-case word (which opens no name), else any other space (one
 * after an abbreviation's dot last). Only a window whose second half holds none of these (half a
 * window of one "word") is cut where it falls.
 */

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isLetterCode(c: number): boolean {
  return isLowerCode(c | 32);
}

/**
 * Whether a stop at `stop` ends a sentence: "… said. Then", not "Mr. Okonkwo", "St. Louis",
 * "U.S. Navy" or "a.m. on": the word before it is written in lower case and is not the last letter
 * of a dotted abbreviation. (A name's title or initial would be cut from the name otherwise.)
 */
function endsSentence(text: string, stop: number): boolean {
  const c = text.charCodeAt(stop);
  if (c === 33 || c === 63) return true;
  if (c !== 46) return false;
  let start = stop;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return start < stop && isLowerCode(text.charCodeAt(start)) && text.charCodeAt(start - 1) !== 46;
}

/** Kinds of cut, the better the higher. A space right after an abbreviation's dot comes last: it
 * may part a title from its name ("Lt. Col. | Vindman"). */
const enum Cut { None, AfterAbbreviation, Space, BeforeLowerCase, SentenceEnd, Line }

/** The best cut in text[earliest, to): the index where the next window starts, or -1. */
function bestCut(text: string, earliest: number, to: number): number {
  let best = -1;
  let kind = Cut.None;
  // Backwards, so the first cut of a kind found is the last of its kind: one pass over at most
  // half a window, whatever the text holds.
  for (let i = to - 1; i >= earliest; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (text.charCodeAt(i + 1) === 10) return i;
      if (kind < Cut.Line) { best = i; kind = Cut.Line; }
      continue;
    }
    if (kind >= Cut.SentenceEnd || !isSpaceCode(c) || i === 0) continue;
    // "… over.” Then": a closing quote or bracket may stand between the stop and the space.
    const before = text.charCodeAt(i - 1);
    const closing = before === 34 || before === 0x201d || before === 0x2019 || before === 41;
    const stop = closing ? i - 2 : i - 1;
    if (stop >= 0 && endsSentence(text, stop)) { best = i; kind = Cut.SentenceEnd; continue; }
    if (kind < Cut.BeforeLowerCase && isLowerCode(text.charCodeAt(i + 1))) { best = i; kind = Cut.BeforeLowerCase; continue; }
    const space = before === 46 ? Cut.AfterAbbreviation : Cut.Space;
    if (kind < space) { best = i; kind = space; }
  }
  return best;
}

/**
 * `[start, end)` pairs covering `text` in order, each at most `max` characters long and, but for
 * the last, at least half of that. A text of `max` characters or fewer is one window.
 */
export function textWindows(text: string, max: number): [number, number][] {
  if (!(max >= 2)) throw new RangeError(`window size must be at least 2, got ${max}`);
  const windows: [number, number][] = [];
  let from = 0;
  while (text.length - from > max) {
    const limit = from + max;
    const cut = bestCut(text, from + Math.ceil(max / 2), limit);
    let to = cut > from ? cut : limit;
    // Never between the halves of a surrogate pair.
    const c = text.charCodeAt(to - 1);
    if (cut < 0 && c >= 0xd800 && c <= 0xdbff) to--;
    windows.push([from, to]);
    from = to;
  }
  windows.push([from, text.length]);
  return windows;
}

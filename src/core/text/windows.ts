/**
 * Cutting a very long text into windows that can be read one at a time. A cut is made where the
 * reading would break anyway: at a blank line (a paragraph ends, and with it every line and
 * sentence), else at a line break, else after a sentence's end, else at a space. Only a window
 * with none of these in its second half (a single "word" of ~100,000 characters) is cut where it
 * falls.
 */

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0;
}

function isSentenceEndCode(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** The last cut in text[earliest, to): the index where the next window starts, or -1. */
function lastCut(text: string, earliest: number, to: number): number {
  const paragraph = text.lastIndexOf("\n\n", to - 2);
  if (paragraph >= earliest) return paragraph;
  const line = text.lastIndexOf("\n", to - 1);
  if (line >= earliest) return line;
  let space = -1;
  for (let i = to - 1; i > earliest; i--) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    if (space < 0) space = i;
    // "… said. Then", "… over.” Then": a space after a sentence's end, a closing quote between.
    const before = text.charCodeAt(i - 1);
    const quoted = before === 34 || before === 0x201d || before === 0x2019 || before === 41;
    if (isSentenceEndCode(before) || (quoted && i >= 2 && isSentenceEndCode(text.charCodeAt(i - 2)))) return i;
  }
  return space;
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
    const cut = lastCut(text, from + Math.ceil(max / 2), limit);
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

/**
 * The article as a list of blocks (paragraphs, headings, list items), each with its own text map,
 * so a change to one paragraph re-reads and re-analyses only that paragraph. The blocks' texts
 * joined with "\n\n" are exactly what `buildTextMap(blocks)` gives (the CLI's text), so offsets
 * agree with `gloss analyze`.
 */
import type { Mention } from "../core/types";
import { buildTextMap, isSkippedElement, type TextMap } from "../dom/text-map";

export interface Block {
  el: Element;
  map: TextMap;
  /** Offset of the block's text in the joined article text (set by `joinBlocks`). */
  base: number;
  /** Mentions with offsets relative to the block's own text. */
  mentions: Mention[];
}

const BLOCK_SEPARATOR = "\n\n";

/**
 * Keeps only blocks Gloss may read: not inside an editable region, form control, code or Gloss's
 * own UI, and not nested in another kept block (its text would count twice).
 */
export function readableBlocks(candidates: readonly Element[]): Element[] {
  // Verdicts are memoized per ancestor: blocks share their parents, and long articles have
  // thousands of blocks (a walk up from each one is what made this slow in Firefox).
  const skipped = chainMemo((e) => isSkippedElement(e));
  const kept = new Set<Element>();
  for (const el of candidates) {
    if (!el.isConnected || skipped(el) || (el as HTMLElement).isContentEditable) continue;
    kept.add(el);
  }
  const keptAbove = chainMemo((e) => kept.has(e));
  return [...kept].filter((el) => !el.parentElement || !keptAbove(el.parentElement));
}

/**
 * `test` OR-ed over an element and its ancestors, memoized per element, without recursion (pages
 * nest 10,000 deep).
 */
function chainMemo(test: (e: Element) => boolean): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const chain: Element[] = [];
    let verdict = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      chain.push(e);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      verdict = verdict || test(chain[i]!);
      memo.set(chain[i]!, verdict);
    }
    return verdict;
  };
}

/** Elements that hold a paragraph's worth of text on a page that is not an article. */
const PAGE_BLOCK_SELECTOR = "p, li, dd, dt, td, th, caption, blockquote, figcaption, h1, h2, h3, h4, h5, h6";

/**
 * The text blocks of a whole page ("run on every page" mode, where there is no story to extract):
 * paragraph-like elements in document order, plus any element that holds text directly, so text in
 * bare `<div>`s is read too. `readableBlocks` then drops what Gloss may not read and nested repeats.
 */
export function pageBlocks(doc: Document): Element[] {
  const body = doc.body;
  if (!body) return [];
  const out: Element[] = [];
  // One walk in document order; nested picks are dropped later by `readableBlocks`.
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (el.matches(PAGE_BLOCK_SELECTOR) || holdsText(el)) out.push(el);
  }
  return out;
}

function holdsText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && /\S/.test((c as Text).data)) return true;
  return false;
}

export function readBlock(el: Element): Block {
  return { el, map: buildTextMap([el]), base: 0, mentions: [] };
}

/** Sets every block's `base` and returns the joined text. Empty blocks add no separator. */
export function joinBlocks(blocks: readonly Block[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const b of blocks) {
    if (!b.map.text) {
      b.base = length;
      continue;
    }
    if (length > 0) {
      parts.push(BLOCK_SEPARATOR);
      length += BLOCK_SEPARATOR.length;
    }
    b.base = length;
    parts.push(b.map.text);
    length += b.map.text.length;
  }
  return parts.join("");
}

/**
 * Hands mentions (offsets into the joined text, in order) to the blocks holding them, with offsets
 * made relative to that block, one at a time so the caller can slice the work. A mention crossing a
 * block boundary is dropped: it has no one place.
 */
export class MentionDistributor {
  private bi = 0;

  constructor(private readonly blocks: readonly Block[]) {
    for (const b of blocks) b.mentions = [];
  }

  add(m: Mention): void {
    const blocks = this.blocks;
    // Mentions arrive in order; one out of order restarts the search from the first block.
    if (this.bi > 0 && blocks[this.bi] && m.start < blocks[this.bi]!.base) this.bi = 0;
    while (this.bi < blocks.length && blocks[this.bi]!.base + blocks[this.bi]!.map.text.length <= m.start) this.bi++;
    const block = blocks[this.bi];
    if (!block || m.start < block.base || m.end > block.base + block.map.text.length) return;
    block.mentions.push({ ...m, start: m.start - block.base, end: m.end - block.base });
  }
}

/** All at once (tests, short texts). */
export function distributeMentions(blocks: readonly Block[], mentions: readonly Mention[]): void {
  const d = new MentionDistributor(blocks);
  for (const m of mentions) d.add(m);
}

export interface Position {
  node: Text;
  offset: number;
}

/**
 * The DOM position of a text offset. At a boundary between two nodes a start goes to the later
 * node and an end to the earlier, so a range never starts at the end of a node; an offset inside a
 * separator snaps forward (start) or back (end) to the nearest text.
 */
export function positionOf(map: TextMap, offset: number, isEnd: boolean): Position | undefined {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  // Last segment starting at or before the offset (for an end: strictly before, unless at 0).
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid]!.start;
    if (isEnd ? s < offset : s <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) {
    const first = segs[0];
    return first && !isEnd ? { node: first.node, offset: 0 } : undefined;
  }
  const seg = segs[found]!;
  const len = seg.node.data.length;
  const within = offset - seg.start;
  if (within <= len) return { node: seg.node, offset: within };
  // In a separator after this segment.
  if (isEnd) return { node: seg.node, offset: len };
  const next = segs[found + 1];
  return next ? { node: next.node, offset: 0 } : undefined;
}

/**
 * A StaticRange over block-relative [start, end), or undefined when the text map no longer
 * matches the nodes (the page changed them: the block must be re-read).
 */
export function rangeOf(doc: Document, block: Block, start: number, end: number): StaticRange | undefined {
  const a = positionOf(block.map, start, false);
  const b = positionOf(block.map, end, true);
  if (!a || !b) return undefined;
  if (!a.node.isConnected || !b.node.isConnected) return undefined;
  if (a.offset > a.node.data.length || b.offset > b.node.data.length) return undefined;
  if (a.node === b.node && a.offset >= b.offset) return undefined;
  const StaticRangeCtor = (doc.defaultView as (Window & typeof globalThis) | null)?.StaticRange ?? StaticRange;
  return new StaticRangeCtor({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
}

/** Whether the block's text nodes still hold exactly the text Gloss read. */
export function blockIsCurrent(block: Block): boolean {
  for (const seg of block.map.segments) {
    if (!seg.node.isConnected || seg.node.data.length !== seg.length) return false;
    if (!block.map.text.startsWith(seg.node.data, seg.start)) return false;
  }
  return true;
}

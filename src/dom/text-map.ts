/**
 * The article's text as one string, with a map back to the live text nodes it came from: core
 * recognizers see only the string; highlights turn offsets back into (node, offset) pairs.
 * Works on any standard DOM (the browser's, or linkedom in the CLI).
 */

/** Elements whose text is never part of the story, or must never be touched. */
const SKIP_TAGS = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "BUTTON",
  "CODE", "PRE", "KBD", "SAMP", "SVG", "MATH", "IFRAME", "OBJECT", "CANVAS", "VIDEO", "AUDIO",
]);

/** Block-level tags: a boundary between two of them is a paragraph break in the text. */
const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "ASIDE", "HEADER", "FOOTER", "NAV", "LI", "UL", "OL",
  "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "FIGURE", "FIGCAPTION", "TABLE", "TR", "TD", "TH",
  "DL", "DT", "DD", "BR", "HR", "ADDRESS", "DETAILS", "SUMMARY",
]);

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the joined text. */
  start: number;
  /** The node's length when it was read: a different length now means the page changed it. */
  length: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

/** The same elements as a selector, to test an element's ancestors with `closest`. */
const SKIPPED_SELECTOR = [...SKIP_TAGS].map((t) => t.toLowerCase()).join(",") + ",[contenteditable]:not([contenteditable=false])";

/**
 * Whether an element is inside something Gloss never reads or touches (a form control, code, an
 * editable region, Gloss's own UI), itself included.
 */
export function isInsideSkipped(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return true;
  for (let e: Element | null = el; e; e = e.parentElement) if (e.tagName.toUpperCase().startsWith("GLOSS-")) return true;
  return el.closest(SKIPPED_SELECTOR) !== null;
}

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.tagName.includes("-") && el.tagName.toUpperCase().startsWith("GLOSS-")) return true;
  const editable = el.getAttribute("contenteditable");
  return editable !== null && editable !== "false";
}

/**
 * Joins the text of `blocks` (in document order): block boundaries become "\n\n", runs of
 * whitespace inside a node are kept as they are so offsets map one-to-one onto node offsets.
 */
export function buildTextMap(blocks: readonly Element[], maxChars = Infinity): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let pendingBreak = false;
  const push = (node: Text) => {
    const value = node.data;
    if (!value) return;
    if (pendingBreak && length > 0) {
      parts.push("\n\n");
      length += 2;
    }
    pendingBreak = false;
    segments.push({ node, start: length, length: value.length });
    parts.push(value);
    length += value.length;
  };
  const walk = (node: Node) => {
    if (length > maxChars) return;
    if (node.nodeType === 3) {
      push(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkippedElement(el)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) pendingBreak = true;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pendingBreak = true;
  };
  for (const block of blocks) {
    pendingBreak = true;
    walk(block);
  }
  return { text: parts.join(""), segments };
}

/** Finds the segment holding a text offset (binary search). */
export function segmentAt(map: TextMap, offset: number): TextSegment | undefined {
  let lo = 0;
  let hi = map.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = map.segments[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.start + seg.length) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

/**
 * Finds the live elements that hold a page's story, without touching the page: one walk measures
 * text and link text per block element, paragraphs vote for the containers around them (the idea of
 * Readability's scoring, rewritten to work on live nodes), the best container and its story-like
 * siblings become the roots, and the blocks inside them are kept or dropped one by one (furniture
 * by tag, role, class words or text). Shared by the content script and the CLI (linkedom).
 */
import { isBylineLine, isDateLine, isFurnitureLine, isFurnitureRole, judgeAttributes, type AttributeVerdict } from "../core/detect/boilerplate";
import { runToEnd, type Steps } from "./slices";

/** Tracing is for the eval script; release builds drop it (test runners may not define __DEBUG__). */
const DEBUG = typeof __DEBUG__ !== "undefined" && __DEBUG__;

/** Past this many elements a page is not read at all: keeps huge pages from freezing the tab. */
export const MAX_ELEMENTS = 30_000;
/** A block needs this much text of its own to vote as a paragraph (as in Readability). */
const MIN_PARAGRAPH_CHARS = 25;
/** Blocks whose text is more than this share links are link lists, not prose. */
const MAX_PARAGRAPH_LINK_DENSITY = 0.5;
/** Ancestor levels a paragraph's vote reaches. */
const VOTE_LEVELS = 5;

/** Never text of the page's story (and never walked). */
const SKIPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
  "select", "option", "button", "input", "textarea", "head", "link", "meta", "title", "map", "dialog", "frameset",
]);

/** Tags whose text belongs to the block around them. */
const INLINE_TAGS = new Set([
  "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd", "mark", "q", "s",
  "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label", "del", "ins", "big", "tt",
  "strike", "nobr", "picture", "source", "acronym", "ruby", "rt", "rp",
]);

/** Landmark tags that hold page furniture, not the story (unless they hold most of it). */
const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "header", "form", "figcaption", "menu"]);

/** Landmarks never used to wrap a whole page (unlike <form> and <header>, which sometimes are). */
const STRONG_FURNITURE_TAGS = new Set(["nav", "aside", "footer", "figcaption", "menu"]);
/** Blocks whose own text does not vote for a container (list items and captions are not paragraphs). */
const NON_VOTING_TAGS = new Set(["li", "dt", "dd", "th", "caption", "figcaption", "address", "summary", "legend", "h1", "h2", "h3", "h4", "h5", "h6"]);

const HEADING_TAGS = new Set(["h2", "h3", "h4", "h5", "h6"]);
const LIST_TAGS = new Set(["ul", "ol", "dl"]);

/** What the walk learns about one block element. */
export interface BlockStats {
  el: Element;
  parent: BlockStats | null;
  tag: string;
  /** Visible text characters in the subtree (whitespace runs trimmed per text node). */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Text whose nearest block ancestor is this element. */
  own: number;
  ownLink: number;
  commas: number;
  /** Line breaks in its own text: "<br><br>" paragraphs inside one block. */
  breaks: number;
  /** Text of the voting paragraphs inside (own included when this is one). */
  paraText: number;
  paragraphs: number;
  blockChildren: number;
  /** Furniture by its landmark tag or role (2), by class words (1), or not (0). */
  flag: 0 | 1 | 2;
  /** Voting prose in the subtree before any furniture is set aside. */
  rawProse: number;
  /** Furniture by its own tag, role or class words (not inherited), as settled for this attempt. */
  furniture: boolean;
  /** Furniture here or above. */
  inFurniture: boolean;
  verdict: AttributeVerdict;
  score: number;
  scored: boolean;
}

export interface Extraction {
  /** Live elements holding the story, in document order, none inside another. */
  blocks: Element[];
  /** The container the story was found in (the best-scored one). */
  container: Element | null;
  /** Characters of text in the kept blocks, and of it inside links. */
  textChars: number;
  linkChars: number;
  /** Kept blocks that are prose paragraphs of 80+ characters. */
  paragraphs: number;
  /** Voting paragraphs on the whole page, and their text (for density signals). */
  pageParagraphs: number;
  pageParagraphChars: number;
  /** Readability's quick score on the same walk: sum of sqrt(length - 140) over long paragraphs. */
  readerable: number;
  /** Visible text on the page and of it inside links (ideographs weigh three). */
  pageText: number;
  pageLinkText: number;
  elements: number;
  /** True when the page passed MAX_ELEMENTS and was not read. */
  tooLarge: boolean;
  /** Elements holding text outside the kept blocks but inside the roots (for debugging). */
  roots: Element[];
}

const verdictCache = new Map<string, AttributeVerdict>();
const NO_VERDICT: AttributeVerdict = { furniture: false, story: false };

function attributeVerdict(el: Element, cls: string | null): AttributeVerdict {
  const id = el.getAttribute("id");
  if (!cls && !id) return NO_VERDICT;
  const key = `${cls ?? ""} ${id ?? ""}`;
  let v = verdictCache.get(key);
  if (!v) {
    if (verdictCache.size > 5000) verdictCache.clear();
    v = judgeAttributes(key);
    verdictCache.set(key, v);
  }
  return v;
}

const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  if (el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  return style !== null && HIDDEN_STYLE.test(style);
}

interface TextWeight {
  /** Visible length, ideographic characters counting three (a word's worth of Latin letters). */
  length: number;
  commas: number;
}

/** One pass over a text node: trimmed length, CJK weighted, and commas of any script. */
function weigh(s: string, into: TextWeight): void {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  let length = end - start;
  let commas = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2e80) {
      if (c === 44 || c === 0x060c) commas++;
    } else if (c <= 0x9fff || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) length += 2;
    else if (c === 0xff0c || c === 0x3001) commas++;
  }
  into.length = length;
  into.commas = commas;
}

class TooLarge extends Error {}

/** The measuring walk: one pass over the body, statistics per block element. */
interface Measured {
  stats: Map<Element, BlockStats>;
  count: number;
}

/** Texts up to this long are shown to `observeText` (prices, "Add to cart"). */
const SHORT_TEXT_CHARS = 40;

/** Elements visited between two points where the walk may pause. */
const PAUSE_EVERY = 50;

/** A level of the walk: the next child to visit, whose text it counts to, and the block it closes. */
interface Frame {
  next: ChildNode | null;
  owner: BlockStats;
  inLink: boolean;
  /** The block element this level is the inside of (null for an inline element). */
  block: BlockStats | null;
}

/** A block's totals roll up into the block around it once its subtree is walked. */
function closeBlock(block: BlockStats): void {
  block.text += block.own;
  block.link += block.ownLink;
  if (isProse(block) && !NON_VOTING_TAGS.has(block.tag)) block.rawProse += block.own;
  const owner = block.parent!;
  owner.text += block.text;
  owner.link += block.link;
  owner.rawProse += block.rawProse;
}

/**
 * The walk keeps its own stack rather than recursing, so that it can pause between any two
 * elements; a page that changes during a pause is read as it is when the walk gets there.
 */
function* measure(body: Element, observe?: ElementObserver, observeText?: (text: string) => void): Steps<Measured> {
  const stats = new Map<Element, BlockStats>();
  const weight: TextWeight = { length: 0, commas: 0 };
  let count = 0;
  let untilPause = PAUSE_EVERY;
  const make = (el: Element, parent: BlockStats | null, tag: string, cls: string | null): BlockStats => {
    const verdict = attributeVerdict(el, cls);
    const role = el.getAttribute("role");
    const flag = FURNITURE_TAGS.has(tag) || (role !== null && isFurnitureRole(role)) ? 2 : verdict.furniture && !verdict.story ? 1 : 0;
    return {
      el, parent, tag, text: 0, link: 0, own: 0, ownLink: 0, commas: 0, breaks: 0, paraText: 0, paragraphs: 0, blockChildren: 0,
      flag, rawProse: 0, furniture: false, inFurniture: false, verdict, score: 0, scored: false,
    };
  };
  const root = make(body, null, body.localName, body.getAttribute("class"));
  root.flag = 0;
  stats.set(body, root);
  const stack: Frame[] = [{ next: body.firstChild, owner: root, inLink: false, block: null }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      if (frame.block) closeBlock(frame.block);
      continue;
    }
    frame.next = node.nextSibling;
    const owner = frame.owner;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      weigh(data, weight);
      const len = weight.length;
      if (!len) continue;
      owner.own += len;
      owner.commas += weight.commas;
      if (frame.inLink) owner.ownLink += len;
      if (len <= SHORT_TEXT_CHARS && observeText) observeText(data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.localName;
    const cls = child.getAttribute("class");
    if (observe) observe(child, tag, cls);
    if (--untilPause === 0) {
      untilPause = PAUSE_EVERY;
      yield;
    }
    if (SKIPPED_TAGS.has(tag) || isHidden(child)) continue;
    if (++count > MAX_ELEMENTS) throw new TooLarge();
    if (tag === "br") {
      owner.breaks++;
      continue;
    }
    const inLink = frame.inLink || tag === "a";
    if (INLINE_TAGS.has(tag)) {
      stack.push({ next: child.firstChild, owner, inLink, block: null });
      continue;
    }
    const block = make(child, owner, tag, cls);
    stats.set(child, block);
    owner.blockChildren++;
    stack.push({ next: child.firstChild, owner: block, inLink, block });
  }
  root.text += root.own;
  root.link += root.ownLink;
  return { stats, count };
}

/** Prose: a block with enough text of its own that is not mostly links (headings are not prose). */
function isProse(b: BlockStats): boolean {
  return b.own >= MIN_PARAGRAPH_CHARS && b.ownLink <= b.own * MAX_PARAGRAPH_LINK_DENSITY && !HEADING_TAGS.has(b.tag) && b.tag !== "h1";
}

function isVotingParagraph(b: BlockStats): boolean {
  return isProse(b) && !b.inFurniture && !NON_VOTING_TAGS.has(b.tag);
}

/**
 * Decides which flagged elements are furniture for one attempt. Class words name wrappers as freely
 * as furniture ("layout-with-rail", "Page-ad-margins", "has-sidebar" around a whole page), so a
 * flagged element holding most of the page's prose is taken for a wrapper. The lenient attempt
 * (when the strict one finds little) trusts only landmark tags, roles and comment sections.
 */
function settleFurniture(stats: Map<Element, BlockStats>, root: BlockStats, lenient: boolean): void {
  for (const b of stats.values()) {
    b.score = 0;
    b.scored = false;
    if (b === root) continue;
    b.furniture = lenient ? b.flag === 2 || (b.flag === 1 && DISCUSSION_WORDS.has(b.verdict.word ?? "")) : b.flag > 0;
    if (b.furniture) {
      const strong = (b.verdict.strong && !b.verdict.story) || STRONG_FURNITURE_TAGS.has(b.tag);
      if (b.rawProse >= root.rawProse * (strong ? 0.9 : 0.5)) b.furniture = false;
    }
    b.inFurniture = b.furniture || (b.parent?.inFurniture ?? false);
  }
  // Prose inside furniture does not count as the page's prose.
  for (const b of stats.values()) {
    b.paraText = 0;
    b.paragraphs = 0;
  }
  for (const b of stats.values()) {
    if (!isVotingParagraph(b)) continue;
    for (let a: BlockStats | null = b; a; a = a.parent) {
      a.paraText += b.own;
      a.paragraphs++;
    }
  }
}

/** Class words of reader discussions: set aside even when nothing else is. */
const DISCUSSION_WORDS = new Set(["comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion"]);

/** Long paragraphs outside furniture, scored as Readability's `isProbablyReaderable` does. */
function readerableScore(stats: Map<Element, BlockStats>): number {
  let score = 0;
  for (const b of stats.values()) {
    if (b.inFurniture) continue;
    // Text written with <br>s counts by its own text, as Readability counts a <div> holding <br>s.
    const length = b.tag === "p" || b.tag === "pre" || b.tag === "article" ? b.text : b.breaks > 0 ? b.own : 0;
    if (length < 140 || b.parent?.tag === "li") continue;
    score += Math.sqrt(length - 140);
  }
  return score;
}


function tagWeight(tag: string): number {
  switch (tag) {
    case "div": case "article": case "section": case "main": return 5;
    case "pre": case "td": case "blockquote": return 3;
    case "address": case "ol": case "ul": case "dl": case "dd": case "dt": case "li": case "form": return -3;
    case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": case "th": return -5;
    default: return 0;
  }
}

function classWeight(b: BlockStats): number {
  let w = 0;
  if (b.verdict.story) w += 25;
  if (b.verdict.furniture) w -= 25;
  return w;
}

const linkDensity = (b: BlockStats) => (b.text ? b.link / b.text : 0);

/** Paragraphs vote for their ancestors; returns the scored candidates. */
function vote(stats: Map<Element, BlockStats>, body: BlockStats): BlockStats[] {
  const candidates: BlockStats[] = [];
  for (const b of stats.values()) {
    if (!isVotingParagraph(b)) continue;
    const points = 1 + b.commas + Math.min(Math.floor(b.own / 100), 3);
    // Loose text beside child blocks makes the element itself a container of the story.
    let ancestor = b.blockChildren > 0 && b.tag !== "p" ? b : b.parent;
    for (let level = 0; ancestor && level < VOTE_LEVELS; level++, ancestor = ancestor.parent) {
      if (!ancestor.scored) {
        ancestor.scored = true;
        ancestor.score = tagWeight(ancestor.tag) + classWeight(ancestor);
        candidates.push(ancestor);
      }
      ancestor.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (const c of candidates) c.score *= 1 - linkDensity(c);
  return candidates;
}

/** Picks the container: best score, moved up when the story is split across several good ones. */
/** The headline of the <article> element holding a candidate, if any. */
function articleHeadline(b: BlockStats): { article: Element; headline: string } | null {
  const article = b.el.closest("article");
  if (!article) return null;
  const h = article.querySelector("h1") ?? article.querySelector("h2");
  return { article, headline: h?.textContent ?? "" };
}

/**
 * Several full stories in <article>s (the next ones loaded below, as endless pages do): the one
 * whose headline is the page's title is the page's story, even when a later one is longer.
 */
function preferTitledArticle(top: BlockStats, candidates: BlockStats[], isHeadline: (text: string) => boolean): BlockStats {
  const own = articleHeadline(top);
  if (!own || isHeadline(own.headline)) return top;
  const rivals = candidates.filter((c) => c.score >= top.score * 0.3 && c !== top).sort((a, b) => b.score - a.score);
  for (const c of rivals) {
    const other = articleHeadline(c);
    if (other && other.article !== own.article && !other.article.contains(own.article) && !own.article.contains(other.article) && isHeadline(other.headline)) return c;
  }
  return top;
}

function pickContainer(candidates: BlockStats[], body: BlockStats, isHeadline?: (text: string) => boolean): BlockStats | null {
  let top: BlockStats | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  if (!top) return null;
  if (isHeadline) top = preferTitledArticle(top, candidates, isHeadline);
  // Close runners-up sharing an ancestor: the story is split (ads or figures between its parts).
  const close = candidates.filter((c) => c !== top && c.score >= top!.score * 0.75);
  if (close.length >= 2) {
    for (let ancestor = top.parent; ancestor && ancestor !== body; ancestor = ancestor.parent) {
      let holds = 0;
      for (const c of close) if (contains(ancestor, c)) holds++;
      if (holds >= 2) {
        top = ancestor;
        break;
      }
    }
  }
  // Climb while the parent scores better: the vote reached it from more of the story.
  let last = top.score;
  const threshold = last / 3;
  for (let parent = top.parent; parent && parent !== body; parent = parent.parent) {
    if (!parent.scored) continue;
    if (parent.score < threshold) break;
    if (parent.score > last) {
      top = parent;
      break;
    }
    last = parent.score;
  }
  // A lone child says nothing about where the story ends: take the wrapper.
  while (top.parent && top.parent !== body && top.parent.blockChildren === 1) top = top.parent;
  return top;
}

function contains(ancestor: BlockStats, b: BlockStats): boolean {
  for (let p: BlockStats | null = b; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const SENTENCE_END = /[.!?。！？…"”’)]\s*$/;

/** The container and those of its siblings that read as more of the story. */
function pickRoots(top: BlockStats, stats: Map<Element, BlockStats>): BlockStats[] {
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, top.score * 0.2);
  const topClass = top.el.getAttribute("class");
  const roots: BlockStats[] = [];
  for (let el = parent.el.firstElementChild; el; el = el.nextElementSibling) {
    const s = stats.get(el);
    if (!s) continue;
    if (s === top) {
      roots.push(s);
      continue;
    }
    if (s.furniture || s.text === 0) continue;
    let bonus = 0;
    if (topClass && el.getAttribute("class") === topClass) bonus += top.score * 0.2;
    if (s.scored && s.score + bonus >= threshold) {
      roots.push(s);
      continue;
    }
    // Votes reach five levels up; a sibling whose prose sits deeper is judged by its prose.
    if (s.paraText > 0 && linkDensity(s) < 0.3 && (s.paraText >= top.paraText * 0.2 || (bonus > 0 && s.paraText >= s.text * 0.5))) {
      roots.push(s);
      continue;
    }
    if (s.tag === "h1") continue;
    if (s.tag === "p" || (s.blockChildren === 0 && s.own > 0 && !HEADING_TAGS.has(s.tag))) {
      const ld = linkDensity(s);
      if (s.own > 80 && ld < 0.25) roots.push(s);
      else if (s.own > 0 && s.own <= 80 && ld === 0 && SENTENCE_END.test(el.textContent ?? "")) roots.push(s);
    }
  }
  return roots;
}

interface Collector {
  out: Element[];
  /** Leaves in `out` still to be judged by their text (keepLeaf): done afterwards, in slices. */
  leaves: Set<Element>;
  stats: Map<Element, BlockStats>;
  storyText: number;
}

/** A furniture element is still walked into when it holds most of the story (a misnamed wrapper). */
function holdsStory(b: BlockStats, c: Collector): boolean {
  return b.paraText > 0 && b.paraText >= c.storyText * 0.5;
}

function collect(b: BlockStats, c: Collector): void {
  if (b.text === 0) return;
  if (b.furniture && !holdsStory(b, c)) return;
  if (b.tag === "h1") return;
  if (b.blockChildren === 0) {
    c.out.push(b.el);
    c.leaves.add(b.el);
    return;
  }
  if (LIST_TAGS.has(b.tag) || b.tag === "table") {
    if (b.paraText < b.text * 0.5 || b.tag !== "table") {
      if (linkDensity(b) <= MAX_PARAGRAPH_LINK_DENSITY && !hasFurnitureInside(b, c)) c.out.push(b.el);
      return;
    }
  }
  // Text of its own between child blocks: the element is a paragraph with line breaks or a
  // wrapper with loose text; either way its text only comes with it as a whole.
  if (b.own >= MIN_PARAGRAPH_CHARS && b.own >= (b.text - b.own) * 0.5 && b.ownLink <= b.own * MAX_PARAGRAPH_LINK_DENSITY) {
    c.out.push(b.el);
    return;
  }
  for (let el = b.el.firstElementChild; el; el = el.nextElementSibling) {
    const child = c.stats.get(el);
    if (child) collect(child, c);
    else if (INLINE_TAGS.has(el.localName)) collectInline(el, c);
  }
}

/** Blocks nested inside inline elements (a <span> or <a> wrapping paragraphs) are still blocks. */
function collectInline(el: Element, c: Collector): void {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const s = c.stats.get(child);
    if (s) collect(s, c);
    else if (INLINE_TAGS.has(child.localName)) collectInline(child, c);
  }
}

function hasFurnitureInside(b: BlockStats, c: Collector): boolean {
  for (let el = b.el.firstElementChild; el; el = el.nextElementSibling) {
    const s = c.stats.get(el);
    if (s && (s.furniture || hasFurnitureInside(s, c))) return true;
  }
  return false;
}

function keepLeaf(b: BlockStats): boolean {
  if (b.own === 0) return false;
  if (isLinkList(b)) return false;
  if (b.own <= 220) {
    const text = b.el.textContent ?? "";
    if (isFurnitureLine(text) || isBylineLine(text) || isDateLine(text)) return false;
  }
  return true;
}

/** Mostly links: a sentence with a long linked phrase still has words of its own around it. */
function isLinkList(b: BlockStats): boolean {
  if (b.ownLink <= b.own * MAX_PARAGRAPH_LINK_DENSITY) return false;
  return b.own - b.ownLink < 40 || b.ownLink > b.own * 0.75;
}

/** Drops headings not followed by kept prose (a "Related" heading over a dropped link list). */
function settleHeadings(blocks: Element[]): Element[] {
  const out: Element[] = [];
  let pending: Element | null = null;
  for (const el of blocks) {
    if (HEADING_TAGS.has(el.localName)) {
      pending = el;
      continue;
    }
    if (pending) out.push(pending);
    pending = null;
    out.push(el);
  }
  return out;
}

/** Sees each element the walk meets, with its class attribute (read once for both). */
export type ElementObserver = (el: Element, tag: string, cls: string | null) => void;

export interface ExtractOptions {
  /** Called for every element the walk meets (skipped ones included, hidden ones too): signal gathering rides on the walk. */
  observe?: ElementObserver;
  /** Called with each short visible text (up to 40 characters): prices, button labels. */
  observeText?: (text: string) => void;
  /** Whether a heading's text is the page's headline (by its title): picks among several <article>s. */
  isHeadline?: (text: string) => boolean;
  /** Receives a line per decision (candidates, roots): for the eval script, not the page. */
  trace?: (line: string) => void;
}

const describe = (b: BlockStats) => `<${b.tag}${b.el.id ? "#" + b.el.id : ""}${b.el.getAttribute("class") ? "." + (b.el.getAttribute("class") ?? "").trim().split(/\s+/).join(".") : ""}>`;

/** What a page that is not read at all yields. */
export function emptyExtraction(): Extraction {
  return {
    blocks: [], container: null, textChars: 0, linkChars: 0, paragraphs: 0, pageParagraphs: 0, pageParagraphChars: 0, readerable: 0,
    pageText: 0, pageLinkText: 0, elements: 0, tooLarge: false, roots: [],
  };
}

/** Finds the story's blocks in a document. */
export function extractStory(doc: Document, opts: ExtractOptions = {}): Extraction {
  return runToEnd(extractStorySteps(doc, opts));
}

/** `extractStory` as steps that may pause between elements and between phases (see slices.ts). */
export function* extractStorySteps(doc: Document, opts: ExtractOptions = {}): Steps<Extraction> {
  const trace = DEBUG ? opts.trace : undefined;
  const body = doc.body;
  const empty = emptyExtraction();
  if (!body) return empty;
  // Browsers count elements natively, far faster than the walk: a huge page is turned away first.
  const total = body.getElementsByTagName("*").length;
  if (total > MAX_ELEMENTS) return { ...empty, tooLarge: true, elements: total };
  let measured: Measured;
  try {
    measured = yield* measure(body, opts.observe, opts.observeText);
  } catch (err) {
    if (err instanceof TooLarge) return { ...empty, tooLarge: true, elements: MAX_ELEMENTS };
    throw err;
  }
  const { stats, count } = measured;
  const bodyStats = stats.get(body)!;
  const base = { ...empty, elements: count, pageText: bodyStats.text, pageLinkText: bodyStats.link };
  yield;
  const strict = yield* attempt(stats, bodyStats, false, trace, opts.isHeadline);
  yield;
  // Little story from a page with much prose: the prose sat in something flagged by class words only.
  if (strict.textChars >= bodyStats.rawProse * 0.3) return { ...base, ...strict, readerable: readerableScore(stats) };
  if (DEBUG) trace?.("lenient attempt");
  const lenient = yield* attempt(stats, bodyStats, true, trace, opts.isHeadline);
  yield;
  const best = lenient.textChars > strict.textChars * 1.5 ? lenient : yield* attempt(stats, bodyStats, false, undefined, opts.isHeadline);
  yield;
  return { ...base, ...best, readerable: readerableScore(stats) };
}

type Attempt = Pick<Extraction, "blocks" | "container" | "textChars" | "linkChars" | "paragraphs" | "roots" | "pageParagraphs" | "pageParagraphChars">;

function* attempt(stats: Map<Element, BlockStats>, bodyStats: BlockStats, lenient: boolean, trace?: (line: string) => void, isHeadline?: (text: string) => boolean): Steps<Attempt> {
  settleFurniture(stats, bodyStats, lenient);
  yield;
  const none: Attempt = { blocks: [], container: null, textChars: 0, linkChars: 0, paragraphs: 0, roots: [], pageParagraphs: bodyStats.paragraphs, pageParagraphChars: bodyStats.paraText };
  const candidates = vote(stats, bodyStats);
  yield;
  const top = pickContainer(candidates, bodyStats, isHeadline);
  if (DEBUG && trace) {
    for (const c of [...candidates].sort((a, b) => b.score - a.score).slice(0, 8)) trace(`candidate ${c.score.toFixed(1)} ${describe(c)} prose ${c.paraText}/${c.text}`);
  }
  if (!top) return none;
  const roots = pickRoots(top, stats);
  if (DEBUG && trace) {
    trace(`container ${describe(top)}`);
    if (top.parent) for (let el = top.parent.el.firstElementChild; el; el = el.nextElementSibling) {
      const s = stats.get(el);
      if (s) trace(`  sibling ${roots.includes(s) ? "+" : "-"} ${s.score.toFixed(1)} ${describe(s)} text ${s.text} prose ${s.paraText}${s.furniture ? " furniture" : ""}`);
    }
  }
  yield;
  const collector: Collector = { out: [], leaves: new Set(), stats, storyText: roots.reduce((n, r) => n + r.paraText, 0) };
  for (const r of roots) {
    if (r.blockChildren === 0 || r.tag === "p") {
      collector.out.push(r.el);
      collector.leaves.add(r.el);
    } else collect(r, collector);
  }
  yield;
  // Judging leaves by their text runs a score of patterns over each short one: the costliest part
  // of the choice on a long page, so it may pause.
  const kept: Element[] = [];
  let untilPause = PAUSE_EVERY;
  for (const el of collector.out) {
    if (!collector.leaves.has(el) || keepLeaf(stats.get(el)!)) kept.push(el);
    if (--untilPause === 0) {
      untilPause = PAUSE_EVERY;
      yield;
    }
  }
  const blocks = settleHeadings(kept);
  let textChars = 0;
  let linkChars = 0;
  let paragraphs = 0;
  for (const el of blocks) {
    const s = stats.get(el)!;
    textChars += s.text;
    linkChars += s.link;
    if (s.own >= 80 && s.ownLink < s.own * 0.25) paragraphs += 1 + Math.min(Math.floor(s.breaks / 2), Math.floor(s.own / 200));
  }
  return { ...none, blocks, container: top.el, textChars, linkChars, paragraphs, roots: roots.map((r) => r.el) };
}

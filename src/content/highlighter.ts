/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per type, holding
 * `StaticRange`s, so the page's DOM is never changed (HIGHLIGHTING.md: wrapping breaks pages that
 * keep references to their text nodes; live Ranges slow every later DOM change). Keeps a per-text-
 * node sorted index of the registered ranges for hover hit-testing.
 *
 * Inside links: mentions are highlighted like any text and the card opens on dwell; clicks go to
 * the link untouched, since highlights are paint only.
 */
import type { Mention, MentionType } from "../core/types";
import type { HighlightStyle } from "../shared/constants";
import { rangeOf, type Block } from "./blocks";
import { highlightCss, highlightName, type CustomInks, type PageTheme } from "./highlight-styles";

/** One highlighted mention on the page. */
export interface Item {
  block: Block;
  mention: Mention;
  /** Position among the highlighted mentions, in document order. */
  ordinal: number;
  range?: StaticRange;
  /** Text nodes the hover index holds this item under (to take it out again after the page changed them). */
  indexed?: Text[];
}

interface IndexEntry {
  start: number;
  end: number;
  item: Item;
}

type Win = Window & typeof globalThis;

export class Highlighter {
  private readonly win: Win;
  private readonly sheet: CSSStyleSheet;
  private readonly byType = new Map<MentionType, Highlight>();
  private readonly focus: Highlight;
  private readonly flash: Highlight;
  private readonly index = new Map<Text, IndexEntry[]>();
  private readonly itemsByBlock = new Map<Block, Item[]>();
  private readonly registered = new Set<Block>();
  private installed = false;

  constructor(private readonly doc: Document, theme: PageTheme, style: HighlightStyle, private inks: CustomInks = {}) {
    this.win = doc.defaultView as Win;
    this.sheet = new this.win.CSSStyleSheet();
    this.sheet.replaceSync(highlightCss(theme, style, inks));
    this.focus = new this.win.Highlight();
    this.flash = new this.win.Highlight();
    // Focus and flash paint over the type styles.
    this.focus.priority = 2;
    this.flash.priority = 1;
  }

  static supported(doc: Document): boolean {
    const win = doc.defaultView as Win | null;
    return !!win && typeof win.Highlight === "function" && typeof win.StaticRange === "function"
      && !!win.CSS?.highlights && "adoptedStyleSheets" in doc;
  }

  setLook(theme: PageTheme, style: HighlightStyle, inks: CustomInks = this.inks): void {
    this.inks = inks;
    this.sheet.replaceSync(highlightCss(theme, style, inks));
  }

  private highlightOf(type: MentionType): Highlight {
    let h = this.byType.get(type);
    if (!h) {
      h = new this.win.Highlight();
      this.byType.set(type, h);
      if (this.installed) this.win.CSS.highlights.set(highlightName(type), h);
    }
    return h;
  }

  private *names(): Iterable<[string, Highlight]> {
    for (const [type, h] of this.byType) yield [highlightName(type), h];
    yield [highlightName("focus"), this.focus];
    yield [highlightName("flash"), this.flash];
  }

  /**
   * Registers the style sheet and the highlights, and puts them back if the page removed or
   * replaced them (the page shares the registry and `adoptedStyleSheets`).
   */
  ensureInstalled(): void {
    this.installed = true;
    const sheets = this.doc.adoptedStyleSheets;
    if (!sheets.includes(this.sheet)) this.doc.adoptedStyleSheets = [...sheets, this.sheet];
    const registry = this.win.CSS.highlights;
    for (const [name, h] of this.names()) if (registry.get(name) !== h) registry.set(name, h);
  }

  /** Removes everything this highlighter put into the page. */
  uninstall(): void {
    const registry = this.win.CSS.highlights;
    for (const [name, h] of this.names()) if (registry.get(name) === h) registry.delete(name);
    for (const h of this.byType.values()) h.clear();
    this.focus.clear();
    this.flash.clear();
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.index.clear();
    this.registered.clear();
    this.itemsByBlock.clear();
    this.installed = false;
  }

  /** The items of a block (set when the block's mentions change; registered later when near view). */
  setItems(block: Block, items: Item[]): void {
    const was = this.registered.has(block);
    if (was) this.unregister(block);
    if (items.length) this.itemsByBlock.set(block, items);
    else this.itemsByBlock.delete(block);
    if (was) this.register(block);
  }

  forget(block: Block): void {
    this.unregister(block);
    this.itemsByBlock.delete(block);
  }

  isRegistered(block: Block): boolean {
    return this.registered.has(block);
  }

  /** Adds a block's ranges to the highlights and the hover index. */
  register(block: Block): void {
    if (this.registered.has(block)) return;
    this.registered.add(block);
    for (const item of this.itemsByBlock.get(block) ?? []) {
      item.range ??= rangeOf(this.doc, block, item.mention.start, item.mention.end);
      const range = item.range;
      if (!range) continue;
      this.highlightOf(item.mention.type).add(range);
      this.indexRange(range, item);
    }
  }

  unregister(block: Block): void {
    if (!this.registered.delete(block)) return;
    for (const item of this.itemsByBlock.get(block) ?? []) {
      if (!item.range) continue;
      this.byType.get(item.mention.type)?.delete(item.range);
      this.focus.delete(item.range);
      this.flash.delete(item.range);
      this.unindexRange(item);
    }
  }

  /** Range of an item, computed on demand (for keyboard focus on a block not yet registered). */
  rangeOf(item: Item): StaticRange | undefined {
    item.range ??= rangeOf(this.doc, item.block, item.mention.start, item.mention.end);
    return item.range;
  }

  private indexRange(range: StaticRange, item: Item): void {
    // A range over several nodes ("Joe <em>Biden</em>") is indexed in each of its text nodes.
    const start = range.startContainer as Text;
    const end = range.endContainer as Text;
    if (start === end) {
      this.addEntry(start, range.startOffset, range.endOffset, item);
      return;
    }
    for (const seg of item.block.map.segments) {
      const n = seg.node;
      if (n === start) this.addEntry(n, range.startOffset, n.data.length, item);
      else if (n === end) {
        this.addEntry(n, 0, range.endOffset, item);
        break;
      } else if (this.isBetween(n, start, end)) this.addEntry(n, 0, n.data.length, item);
    }
  }

  private isBetween(n: Node, a: Node, b: Node): boolean {
    const P = this.win.Node;
    return !!(a.compareDocumentPosition(n) & P.DOCUMENT_POSITION_FOLLOWING) && !!(b.compareDocumentPosition(n) & P.DOCUMENT_POSITION_PRECEDING);
  }

  private addEntry(node: Text, start: number, end: number, item: Item): void {
    (item.indexed ??= []).push(node);
    let list = this.index.get(node);
    if (!list) this.index.set(node, (list = []));
    let i = list.length;
    while (i > 0 && list[i - 1]!.start > start) i--;
    list.splice(i, 0, { start, end, item });
  }

  private unindexRange(item: Item): void {
    for (const node of item.indexed ?? []) {
      const list = this.index.get(node);
      if (!list) continue;
      const kept = list.filter((e) => e.item !== item);
      if (kept.length) this.index.set(node, kept);
      else this.index.delete(node);
    }
    item.indexed = undefined;
  }

  /** The registered item covering a caret position, if any (binary search in the node's list). */
  itemAt(node: Node, offset: number): Item | undefined {
    const list = this.index.get(node as Text);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let best: IndexEntry | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = list[mid]!;
      if (e.start <= offset) {
        best = e;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // A caret at the very end of a mention (pointer over its last letter's right half) counts.
    if (best && offset <= best.end) return best.item;
    return undefined;
  }

  setFocus(item: Item | undefined): void {
    this.focus.clear();
    const range = item && this.rangeOf(item);
    if (range) this.focus.add(range);
  }

  setFlash(item: Item | undefined): void {
    this.flash.clear();
    const range = item && this.rangeOf(item);
    if (range) this.flash.add(range);
  }

  /** Number of ranges registered now (for tests and the status). */
  registeredCount(): number {
    let n = 0;
    for (const h of this.byType.values()) n += h.size;
    return n;
  }
}

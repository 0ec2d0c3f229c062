/**
 * Gloss on one page: find the article, read its blocks, have the background recognize the text,
 * highlight, show cards, keep up with a page that changes, and undo all of it on teardown.
 * Every step is wrapped: a failure is logged once and never reaches the page.
 */
import type { Card, Mention } from "../core/types";
import { BODY_PHASE, findArticleSliced, type ArticleFinding } from "../dom/article";
import {
  DEFAULT_CONTENT_SETTINGS, FLASH_MS, MAX_ANALYZE_CHARS, MAX_ARTICLE_CHARS, MAX_TOTAL_CHARS, REGISTER_MARGIN, SLICE_BUDGET_MS,
  type ContentSettings,
} from "../shared/constants";
import type { MentionRef, PageStatus, SkipCode } from "../shared/messages";
import { blockIsCurrent, joinBlocks, MentionDistributor, pageBlocks, readableBlocks, readBlock, type Block } from "./blocks";
import { CardHost } from "./card-host";
import { Highlighter, type Item } from "./highlighter";
import { HoverController, type Hit } from "./hover";
import { pointInBoxes, type Box } from "./layout";
import { Marker } from "./marker";
import { ContextInvalidated, extensionAlive, send } from "./messaging";
import { longestTaskMs, longestTasks, nextFrame, noteTask, sliced, spentTasks, timed, yieldToPage } from "./scheduler";
import { customInks } from "./highlight-styles";
import { pageTheme } from "./theme";

const warned = new Set<string>();
/** Logs a failure once per kind, with a prefix, and never rethrows. */
export function warnOnce(what: string, err: unknown): void {
  if (err instanceof ContextInvalidated || warned.has(what)) return;
  warned.add(what);
  console.warn(`[Gloss] ${what}:`, err);
}

/** Re-detection after structural changes runs at most this often (ms): pages that churn pay little. */
const REDETECT_INTERVAL_MS = 250;
/** A page that was not an article is looked at again this many times as content arrives. */
const LATE_ARTICLE_RETRIES = 5;
const LATE_ARTICLE_DELAY_MS = 800;
/** Added text shorter than this outside known blocks is not worth a re-detection (tickers, counters). */
const MIN_ADDED_TEXT = 20;
const STATUS_DEBOUNCE_MS = 250;

type Phase = "idle" | "working" | "not-article" | "ready" | "stopped";

interface Caret {
  node: Node;
  offset: number;
}

export class Session {
  private readonly ac = new AbortController();
  private readonly doc: Document;
  private readonly win: Window;
  private readonly marker: Marker;
  private readonly card: CardHost;
  private settings: ContentSettings = DEFAULT_CONTENT_SETTINGS;
  private phase: Phase = "idle";
  private finding: ArticleFinding | undefined;
  private blocks: Block[] = [];
  private readonly blockByEl = new Map<Element, Block>();
  private readonly cards = new Map<string, Card>();
  private highlighter: Highlighter | undefined;
  private hover: HoverController | undefined;
  private io: IntersectionObserver | undefined;
  private mo: MutationObserver | undefined;
  /** Highlighted items in document order (keyboard order), and every mention's item by card key. */
  private shown: Item[] = [];
  private byKey = new Map<string, Item[]>();
  private blockSignature = new Map<Block, string>();
  private blockItems = new Map<Block, Item[]>();
  private shownCard: { item: Item; pinned: boolean } | undefined;
  private focusOrdinal = -1;
  private pending: MutationRecord[] = [];
  private mutationFrame = 0;
  private structural = false;
  private lastRedetect = 0;
  private redetectTimer: ReturnType<typeof setTimeout> | undefined;
  private lateRetries = 0;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly url: string;
  private startMs = 0;
  private readyMs = 0;
  private skippedChars = false;

  /** Called when the page's address changed without a load (single-page apps). */
  onNavigate: (() => void) | undefined;

  constructor(doc: Document) {
    this.doc = doc;
    this.win = doc.defaultView!;
    this.marker = new Marker(doc.documentElement);
    this.card = new CardHost(doc);
    this.url = this.win.location.href;
  }

  get signal(): AbortSignal {
    return this.ac.signal;
  }

  isRunning(): boolean {
    return this.phase !== "stopped";
  }

  // ---------------------------------------------------------------- start

  async start(settings?: ContentSettings): Promise<void> {
    this.startMs = performance.now();
    try {
      const settingsReply = settings ? Promise.resolve(settings) : this.fetchSettings();
      this.marker.set("working");
      this.phase = "working";
      this.report({ kind: "working" });
      // The script's own start-up is one task; detection begins in the next, so neither is long.
      await yieldToPage();
      const finding = await this.findArticle("find article");
      this.mark("find");
      if (!finding) return;
      this.settings = await settingsReply;
      this.mark("settings");
      if (this.signal.aborted) return;
      if (!this.settings.enabled) {
        this.report({ kind: "paused" });
        this.stop();
        return;
      }
      this.observeMutations();
      await this.useFinding(finding);
    } catch (err) {
      this.fail("start", err);
    }
  }

  /**
   * Article detection in slices: on a big page the walk must not block the page for long. Each
   * slice counts toward `step` and toward `step: decision` or `step: body` (finding the story, its
   * language, title and date once the page is known to be an article), which the benchmark prints.
   */
  private findArticle(step: string): Promise<ArticleFinding | undefined> {
    return findArticleSliced(this.doc, { url: this.url }, {
      budgetMs: SLICE_BUDGET_MS, pause: yieldToPage, signal: this.signal,
      onSlice: (start, phase) => {
        noteTask(start, step);
        noteTask(start, `${step}: ${phase === BODY_PHASE ? "body" : "decision"}`);
      },
    });
  }

  private async fetchSettings(): Promise<ContentSettings> {
    try {
      const s = await send({ type: "cs/get-settings", url: this.url });
      return { ...DEFAULT_CONTENT_SETTINGS, ...s, density: { ...DEFAULT_CONTENT_SETTINGS.density, ...s.density } };
    } catch (err) {
      if (err instanceof ContextInvalidated) throw err;
      // A background without settings yet: the defaults apply.
      return DEFAULT_CONTENT_SETTINGS;
    }
  }

  private async useFinding(finding: ArticleFinding): Promise<void> {
    this.finding = finding;
    // "Every page" mode (or an "always" site): a page that is not a story is read whole.
    const everywhere = !finding.detection.isArticle && !!this.settings.runOnEveryPage;
    if (!finding.detection.isArticle && !everywhere) {
      this.phase = "not-article";
      this.marker.set("not-article");
      this.report({ kind: "not-article", detection: finding.detection });
      return;
    }
    // Recognition and the dataset are English only: another language would give wrong cards.
    const lang = finding.detection.lang;
    if (lang && !/^en\b/i.test(lang)) {
      this.skip(lang, "language");
      return;
    }
    if (!Highlighter.supported(this.doc)) {
      this.skip("This browser cannot highlight without changing the page (no CSS Custom Highlight API).", "other");
      return;
    }
    const els = timed(() => readableBlocks(everywhere ? pageBlocks(this.doc) : finding.blocks), "readable blocks");
    const blocks: Block[] = [];
    let chars = 0;
    await sliced(els, (el) => {
      if (chars > MAX_ARTICLE_CHARS) return;
      const b = readBlock(el);
      chars += b.map.text.length + 2;
      blocks.push(b);
    }, this.signal, "read blocks");
    this.mark("read");
    if (this.signal.aborted) return;
    if (chars > MAX_ARTICLE_CHARS) {
      this.skip(`The article is too long to read without slowing the page (over ${Math.round(MAX_ARTICLE_CHARS / 1e6)} million characters).`, "size");
      return;
    }
    this.blocks = blocks;
    for (const b of blocks) this.blockByEl.set(b.el, b);
    await this.analyze(blocks);
    this.mark("analyze");
    if (this.signal.aborted) return;
    const theme = pageTheme(this.doc, blocks[0]?.el);
    this.card.theme = theme;
    this.highlighter = new Highlighter(this.doc, theme, this.settings.highlightStyle, customInks(this.settings.colors));
    this.highlighter.ensureInstalled();
    await this.rebuildItems();
    this.mark("items");
    // A tab opened in the background gets no frames: it is ready now and registers when shown.
    const firstPass = this.observeBlocks();
    if (this.doc.visibilityState !== "hidden") await firstPass;
    this.mark("register");
    if (this.signal.aborted) return;
    this.phase = "ready";
    this.readyMs = performance.now();
    this.marker.set("ready", this.shown.length);
    this.report(this.readyStatus());
    this.attachHover();
    if (this.pending.length) this.scheduleFlush();
  }

  private readonly steps: Record<string, number> = {};
  private lastStep = 0;
  /** Notes how long the first run spent since the previous step (for the benchmark). */
  private mark(name: string): void {
    const now = performance.now();
    if (this.phase === "ready") return;
    this.steps[name] = Math.round((now - (this.lastStep || this.startMs)) * 10) / 10;
    this.lastStep = now;
  }

  /** Leaves the page alone and tells the popup why (`reason` is the language code for "language"). */
  private skip(reason: string, code: SkipCode): void {
    this.phase = "not-article";
    this.marker.set("skipped");
    this.report({ kind: "skipped", reason, code });
  }

  /** Sends the blocks' text to the background (in chunks for very long articles) and keeps the results. */
  private async analyze(blocks: Block[]): Promise<void> {
    const chunks: Block[][] = [];
    let chunk: Block[] = [];
    let size = 0;
    for (const b of blocks) {
      if (chunk.length && size + b.map.text.length > MAX_ANALYZE_CHARS) {
        chunks.push(chunk);
        chunk = [];
        size = 0;
      }
      chunk.push(b);
      size += b.map.text.length + 2;
    }
    if (chunk.length) chunks.push(chunk);
    for (const c of chunks) {
      const text = timed(() => joinBlocks(c), "join");
      if (!text.trim()) {
        for (const b of c) b.mentions = [];
        continue;
      }
      const reply = await send({ type: "cs/analyze", text, publishedAt: this.finding?.publishedAt, url: this.url });
      if (this.signal.aborted) return;
      const distributor = new MentionDistributor(c);
      await sliced(reply.mentions, (m) => distributor.add(m), this.signal, "distribute");
      if (this.signal.aborted) return;
      timed(() => {
        for (const card of reply.cards) if (!this.cards.has(card.key)) this.cards.set(card.key, card);
      }, "cards");
    }
    timed(() => joinBlocks(this.blocks), "join");
  }

  // ---------------------------------------------------------------- items and registration

  /**
   * Turns the blocks' mentions into items: which are highlighted follows the density setting per
   * type ("first" keeps the first mention of each thing in document order). Blocks whose items are
   * unchanged keep them (and their ranges).
   */
  private async rebuildItems(): Promise<void> {
    const hl = this.highlighter;
    if (!hl) return;
    const seen = new Set<string>();
    const shown: Item[] = [];
    const byKey = new Map<string, Item[]>();
    const blocks = this.blocks.slice();
    await sliced(blocks, (block) => {
      const flags = block.mentions.map((m) => {
        const density = this.settings.density[m.type] ?? "all";
        const first = !seen.has(m.key);
        seen.add(m.key);
        return density === "all" || (density === "first" && first);
      });
      let signature = "";
      for (let i = 0; i < block.mentions.length; i++) {
        const m = block.mentions[i]!;
        signature += `${m.start}:${m.end}:${m.key}:${flags[i] ? 1 : 0},`;
      }
      let items = this.blockItems.get(block);
      if (!items || this.blockSignature.get(block) !== signature) {
        items = block.mentions.map((mention) => ({ block, mention, ordinal: -1 }));
        this.blockItems.set(block, items);
        this.blockSignature.set(block, signature);
        hl.setItems(block, items.filter((_, i) => flags[i]));
      }
      for (let i = 0; i < items.length; i++) {
        const item = items[i]!;
        const list = byKey.get(item.mention.key);
        if (list) list.push(item);
        else byKey.set(item.mention.key, [item]);
        if (flags[i]) {
          item.ordinal = shown.length;
          shown.push(item);
        } else item.ordinal = -1;
      }
    }, this.signal, "items");
    if (this.signal.aborted) return;
    this.shown = shown;
    this.byKey = byKey;
    timed(() => {
      // Cards follow what is on the page now.
      for (const [key, card] of this.cards) {
        const list = byKey.get(key);
        if (!list) this.cards.delete(key);
        else {
          card.mentions = list.length;
          card.firstStart = list[0]!.block.base + list[0]!.mention.start;
        }
      }
    }, "cards");
  }

  /** Registers the highlights of blocks near the viewport only; resolves after the first pass. */
  private observeBlocks(): Promise<void> {
    return new Promise((resolve) => {
      let first = true;
      this.io = new IntersectionObserver((entries) => {
        // The latest state of each block wins; the work is sliced (thousands of blocks on a long page).
        for (const e of entries) this.visibility.set(e.target, e.isIntersecting);
        const done = this.applyVisibility();
        if (first) {
          first = false;
          done.then(resolve, resolve);
        }
      }, { rootMargin: REGISTER_MARGIN });
      for (const b of this.blocks) this.io.observe(b.el);
      if (!this.blocks.length) resolve();
    });
  }

  /** Blocks whose nearness to the viewport changed and is not yet applied. */
  private readonly visibility = new Map<Element, boolean>();
  private applying: Promise<void> | undefined;

  private applyVisibility(): Promise<void> {
    this.applying ??= (async () => {
      try {
        while (this.visibility.size && !this.signal.aborted) {
          const batch = [...this.visibility];
          this.visibility.clear();
          this.highlighter?.ensureInstalled();
          await sliced(batch, ([el, near]) => {
            const block = this.blockByEl.get(el);
            const hl = this.highlighter;
            if (!block || !hl) return;
            if (near) hl.register(block);
            else hl.unregister(block);
          }, this.signal, "register");
        }
      } catch (err) {
        warnOnce("registering highlights", err);
      } finally {
        this.applying = undefined;
      }
    })();
    return this.applying;
  }

  // ---------------------------------------------------------------- status

  private mentionList(): MentionRef[] {
    const refs: MentionRef[] = [];
    for (const b of this.blocks) {
      for (const m of b.mentions) {
        refs.push({ key: m.key, start: b.base + m.start, end: b.base + m.end, text: m.text, rule: m.rule, confidence: m.confidence });
      }
    }
    return refs;
  }

  private readyStatus(): PageStatus {
    const f = this.finding!;
    return {
      kind: "ready",
      title: f.title,
      publishedAt: f.publishedAt,
      mentions: this.shown.length,
      cards: [...this.cards.values()],
      detection: f.detection,
      mentionList: this.mentionList(),
      timing: { startMs: this.startMs, readyMs: this.readyMs, longestTaskMs: longestTaskMs(), steps: this.steps, longestByStep: longestTasks(), spentByStep: spentTasks() },
    };
  }

  private report(status: PageStatus): void {
    send({ type: "cs/status", status }).catch((err) => this.fail("status", err));
  }

  private reportSoon(): void {
    if (this.statusTimer !== undefined) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      if (this.phase === "ready") this.report(this.readyStatus());
    }, STATUS_DEBOUNCE_MS);
  }

  // ---------------------------------------------------------------- living pages

  private observeMutations(): void {
    this.mo = new MutationObserver((records) => {
      this.pending.push(...records);
      if (!this.mutationFrame) {
        this.mutationFrame = requestAnimationFrame(() => {
          this.mutationFrame = 0;
          this.scheduleFlush();
        });
      }
    });
    this.mo.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** True (and the navigation handler called) when the address changed other than in its hash. */
  checkAddress(): boolean {
    if (stripHash(this.win.location.href) === stripHash(this.url)) return false;
    this.onNavigate?.();
    return true;
  }

  private ownedBlock(node: Node): Block | undefined {
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    for (let depth = 0; el && depth < 64; depth++, el = el.parentElement) {
      const b = this.blockByEl.get(el);
      if (b) return b;
    }
    return undefined;
  }

  private isOwnNode(node: Node): boolean {
    return node === this.card.hostElement();
  }

  /** Flushes run one after another: each may await the background and slice its work. */
  private flushing: Promise<void> = Promise.resolve();
  private scheduleFlush(): void {
    this.flushing = this.flushing.then(() => this.flush()).catch((err) => this.fail("updating highlights", err));
  }

  private async flush(): Promise<void> {
    // While the first run works, changes wait for it (they are replayed when it is ready).
    if (this.phase === "working") return;
    const records = this.pending;
    this.pending = [];
    if (this.signal.aborted) return;
    if (this.checkAddress()) return;
    if (this.phase === "not-article") {
      // Only whether a story has arrived matters here: no blocks to look up.
      timed(() => {
        for (const r of records) {
          if (this.structural) break;
          for (const n of r.addedNodes) {
            if (!this.isOwnNode(n) && (n.textContent?.trim().length ?? 0) >= MIN_ADDED_TEXT) this.structural = true;
          }
        }
      }, "mutations");
      if (this.structural) this.retryLateArticle();
      this.structural = false;
      return;
    }
    const dirty = new Set<Block>();
    timed(() => {
      for (const r of records) {
        if (r.type === "childList") {
          const own = [...r.addedNodes, ...r.removedNodes].every((n) => this.isOwnNode(n));
          if (own && (r.addedNodes.length || r.removedNodes.length)) continue;
        }
        const block = this.ownedBlock(r.target);
        if (block) {
          dirty.add(block);
          continue;
        }
        if (r.type !== "childList") continue;
        for (const n of r.addedNodes) {
          if (this.isOwnNode(n)) continue;
          if ((n.nodeType === 1 || n.nodeType === 3) && (n.textContent?.trim().length ?? 0) >= MIN_ADDED_TEXT) this.structural = true;
        }
        if (r.removedNodes.length) this.structural = this.structural || this.blocks.some((b) => !b.el.isConnected);
      }
    });
    if (this.phase !== "ready") return;
    const fresh: Block[] = [];
    if (this.structural) {
      const wait = this.lastRedetect + REDETECT_INTERVAL_MS - performance.now();
      if (wait > 0) {
        this.redetectTimer ??= setTimeout(() => {
          this.redetectTimer = undefined;
          this.scheduleFlush();
        }, wait);
      } else {
        this.structural = false;
        this.lastRedetect = performance.now();
        await this.redetect(fresh);
        if (this.signal.aborted) return;
      }
    }
    timed(() => {
      for (const b of dirty) {
        if (!this.blockByEl.has(b.el) || fresh.includes(b)) continue;
        if (!b.el.isConnected) continue;
        if (blockIsCurrent(b)) continue;
        const text = b.map.text;
        b.map = readBlock(b.el).map;
        // The same text in new nodes: same mentions, new ranges. New text: analyse again.
        if (b.map.text === text) this.blockSignature.delete(b);
        else fresh.push(b);
      }
    });
    if (fresh.length) {
      await this.analyze(fresh);
      if (this.signal.aborted) return;
      for (const b of fresh) this.blockSignature.delete(b);
    }
    if (fresh.length || dirty.size) {
      await this.rebuildItems();
      if (this.signal.aborted) return;
      this.highlighter?.ensureInstalled();
      this.marker.set("ready", this.shown.length);
      this.reportSoon();
    }
  }

  /** Finds the article's blocks again after the page added or removed content; keeps known blocks. */
  private async redetect(fresh: Block[]): Promise<void> {
    const finding = await this.findArticle("redetect");
    if (!finding) return;
    timed(() => {
      const els = finding.detection.isArticle ? readableBlocks(finding.blocks)
        : this.settings.runOnEveryPage ? readableBlocks(pageBlocks(this.doc))
        : this.blocks.map((b) => b.el).filter((el) => el.isConnected);
      const next: Block[] = [];
      let chars = 0;
      for (const el of els) {
        let b = this.blockByEl.get(el);
        if (!b) {
          // Infinite scroll: past the cap, new blocks are left alone.
          if (chars > MAX_TOTAL_CHARS) {
            this.skippedChars = true;
            continue;
          }
          b = readBlock(el);
          fresh.push(b);
          this.io?.observe(el);
        }
        chars += b.map.text.length + 2;
        next.push(b);
      }
      const keep = new Set(next);
      for (const b of this.blocks) {
        if (keep.has(b)) continue;
        this.highlighter?.forget(b);
        this.io?.unobserve(b.el);
        this.blockItems.delete(b);
        this.blockSignature.delete(b);
      }
      this.blockByEl.clear();
      for (const b of next) this.blockByEl.set(b.el, b);
      this.blocks = next;
      if (finding.detection.isArticle) this.finding = { ...finding, blocks: els };
    });
  }

  private retryLateArticle(): void {
    if (this.lateRetries >= LATE_ARTICLE_RETRIES || this.redetectTimer !== undefined) return;
    this.lateRetries++;
    this.redetectTimer = setTimeout(() => {
      this.redetectTimer = undefined;
      if (this.phase !== "not-article" || this.signal.aborted) return;
      this.findArticle("late article").then((finding) => {
        if (!finding?.detection.isArticle || this.phase !== "not-article" || this.signal.aborted) return;
        this.phase = "working";
        this.marker.set("working");
        return this.useFinding(finding);
      }).catch((err) => this.fail("late article", err));
    }, LATE_ARTICLE_DELAY_MS);
  }

  // ---------------------------------------------------------------- hover and cards

  private attachHover(): void {
    if (this.hover) return;
    this.hover = new HoverController(this.doc, {
      hitTest: (x, y) => this.hitTest(x, y),
      show: (hit) => this.openCard(hit.item, hit.anchor, false),
      hide: () => this.closeCard(),
      isCardShown: () => this.card.isShown(),
      isOnCard: (t) => this.card.contains(t),
      shownItem: () => this.shownCard?.item,
      isPinned: () => !!this.shownCard?.pinned,
      settings: () => this.settings,
    });
    this.hover.attach(this.signal);
    // Clicking into the card pins it: the reader is using it.
    this.doc.addEventListener("pointerdown", (e) => {
      if (e.isTrusted && this.shownCard && this.card.contains(e.target)) this.shownCard.pinned = true;
    }, { capture: true, signal: this.signal });
    this.win.addEventListener("scroll", () => this.onScroll(), { capture: true, passive: true, signal: this.signal });
  }

  private caretAt(x: number, y: number): Caret | undefined {
    const doc = this.doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
    if (typeof doc.caretPositionFromPoint === "function") {
      const p = doc.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : undefined;
    }
    if (typeof doc.caretRangeFromPoint === "function") {
      const r = doc.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
    }
    return undefined;
  }

  private boxesOf(item: Item): Box[] {
    const range = this.highlighter?.rangeOf(item);
    if (!range) return [];
    const live = this.doc.createRange();
    try {
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
    } catch {
      return [];
    }
    return Array.from(live.getClientRects(), (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
  }

  private hitTest(x: number, y: number): Hit | undefined {
    if (!extensionAlive()) {
      this.stop();
      return undefined;
    }
    // The page shares the highlight registry: put Gloss's names back if its script removed them.
    this.highlighter?.ensureInstalled();
    const caret = this.caretAt(x, y);
    if (!caret || caret.node.nodeType !== 3) return undefined;
    const item = this.highlighter?.itemAt(caret.node, caret.offset);
    if (!item) return undefined;
    const boxes = this.boxesOf(item);
    if (!pointInBoxes(x, y, boxes)) return undefined;
    return { item, anchor: union(boxes) };
  }

  private openCard(item: Item, anchor: Box, viaKeyboard: boolean): void {
    const card = this.cards.get(item.mention.key);
    if (!card) return;
    const list = this.byKey.get(item.mention.key) ?? [item];
    const index = Math.max(0, list.indexOf(item));
    this.shownCard = { item, pinned: viaKeyboard || (this.shownCard?.pinned ?? false) };
    this.card.show({
      card,
      mentionIndex: index,
      mentionTotal: list.length,
      // Only the reader's clicks count: the shadow root is closed, but a page script that found the buttons
      // (or an extension with more reach) must still not be able to drive the card.
      onPrevious: (e?: Event) => e?.isTrusted !== false && this.safely("previous mention", () => this.moveWithinCard(-1)),
      onNext: (e?: Event) => e?.isTrusted !== false && this.safely("next mention", () => this.moveWithinCard(1)),
      onClose: (e?: Event) => e?.isTrusted !== false && this.safely("close", () => this.closeCard()),
    }, anchor, viaKeyboard);
  }

  private closeCard(): void {
    this.shownCard = undefined;
    this.highlighter?.setFocus(undefined);
    this.card.hide();
  }

  private moveWithinCard(direction: 1 | -1): void {
    const current = this.shownCard?.item;
    if (!current) return;
    const list = this.byKey.get(current.mention.key) ?? [];
    if (list.length < 2) return;
    const next = list[(list.indexOf(current) + direction + list.length) % list.length]!;
    if (this.shownCard) this.shownCard.pinned = true;
    void this.goTo(next, true, this.doc.activeElement === this.card.hostElement());
  }

  /** Scrolls an item into view, marks it, and (optionally) opens its card. */
  private async goTo(item: Item, openCard: boolean, focusCard: boolean): Promise<boolean> {
    let boxes = this.boxesOf(item);
    if (!boxes.length) return false;
    const box = union(boxes);
    const vh = this.win.innerHeight;
    if (box.top < 0 || box.top + box.height > vh) {
      this.win.scrollBy({ top: box.top - vh / 2 + box.height / 2, behavior: "instant" as ScrollBehavior });
      await nextFrame();
      boxes = this.boxesOf(item);
      if (!boxes.length) return false;
    }
    this.highlighter?.setFocus(openCard ? item : undefined);
    this.focusOrdinal = item.ordinal >= 0 ? item.ordinal : this.focusOrdinal;
    if (openCard) this.openCard(item, union(boxes), focusCard);
    return true;
  }

  private onScroll(): void {
    const shown = this.shownCard;
    if (!shown || !this.card.isShown()) return;
    requestAnimationFrame(() => this.safely("scroll", () => {
      if (this.shownCard !== shown) return;
      const boxes = this.boxesOf(shown.item);
      const box = boxes.length ? union(boxes) : undefined;
      if (!box || box.top + box.height < 0 || box.top > this.win.innerHeight) {
        if (!shown.pinned) this.closeCard();
        return;
      }
      this.card.place(box);
    }));
  }

  // ---------------------------------------------------------------- commands from the background

  /** Keyboard command: the next or previous highlight, its card open and focused. */
  async step(direction: 1 | -1): Promise<boolean> {
    if (this.phase !== "ready" || !this.shown.length) return false;
    const n = this.shown.length;
    let i: number;
    if (this.focusOrdinal < 0) i = direction > 0 ? this.firstInView() : this.firstInView() - 1;
    else i = this.focusOrdinal + direction;
    i = ((i % n) + n) % n;
    return this.goTo(this.shown[i]!, true, true);
  }

  private firstInView(): number {
    for (const item of this.shown) {
      const boxes = this.highlighter?.isRegistered(item.block) ? this.boxesOf(item) : [];
      if (boxes.length && boxes[0]!.top >= 0) return item.ordinal;
    }
    return 0;
  }

  /** The popup's "jump to mention": scroll to the index-th mention of a card and flash it. */
  async reveal(key: string, index: number): Promise<boolean> {
    const item = this.byKey.get(key)?.[index];
    if (!item || this.phase !== "ready") return false;
    const ok = await this.goTo(item, false, false);
    if (!ok) return false;
    this.highlighter?.setFlash(item);
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.highlighter?.setFlash(undefined), FLASH_MS);
    return true;
  }

  // ---------------------------------------------------------------- teardown

  private safely(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.fail(what, err);
    }
  }

  private fail(what: string, err: unknown): void {
    if (err instanceof ContextInvalidated || !extensionAlive()) {
      this.stop();
      return;
    }
    warnOnce(what, err);
  }

  /** Removes everything Gloss added: highlights, style sheet, card, attributes, listeners. */
  stop(): void {
    if (this.phase === "stopped") return;
    this.phase = "stopped";
    this.ac.abort();
    for (const t of [this.statusTimer, this.flashTimer, this.redetectTimer]) if (t !== undefined) clearTimeout(t);
    if (this.mutationFrame) cancelAnimationFrame(this.mutationFrame);
    const steps: [string, () => void][] = [
      ["observers", () => {
        this.mo?.disconnect();
        this.io?.disconnect();
      }],
      ["card", () => this.card.remove()],
      ["highlights", () => this.highlighter?.uninstall()],
      ["attributes", () => this.marker.restore()],
    ];
    for (const [what, fn] of steps) {
      try {
        fn();
      } catch (err) {
        warnOnce(`teardown: ${what}`, err);
      }
    }
    this.blocks = [];
    this.blockByEl.clear();
    this.shown = [];
    this.byKey.clear();
  }

  /** For tests and the status: what is highlighted now. */
  snapshot(): { mentions: Mention[]; shown: number; registered: number; skippedChars: boolean } {
    return {
      mentions: this.blocks.flatMap((b) => b.mentions),
      shown: this.shown.length,
      registered: this.highlighter?.registeredCount() ?? 0,
      skippedChars: this.skippedChars,
    };
  }
}

function stripHash(url: string): string {
  const i = url.indexOf("#");
  return i < 0 ? url : url.slice(0, i);
}

function union(boxes: readonly Box[]): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of boxes) {
    left = Math.min(left, b.left);
    top = Math.min(top, b.top);
    right = Math.max(right, b.left + b.width);
    bottom = Math.max(bottom, b.top + b.height);
  }
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * Helpers of the in-page end-to-end tests: find highlighted words, hover them, read the card.
 * The card's shadow root is closed, so the card is read through `inCard` (the driver's access),
 * never through `host.shadowRoot` (null for the page).
 */
import { shadowRootOf, type GlossPage } from "../../scripts/lib/browsers.mjs";
import type { PageStatus } from "../../src/shared/messages";

export const SEED = "seeds/article.html";
export const fixture = (slug: string) => `tests/fixtures/pages/${slug}/source.html`;

export interface Point {
  x: number;
  y: number;
  rect: { left: number; top: number; right: number; bottom: number };
}

/** Scrolls the first occurrence of `text` (outside form controls) into view and returns its box. */
export async function locate(page: GlossPage, text: string, selector = "body"): Promise<Point> {
  const found = await page.evaluate((needle: string, sel: string) => {
    for (const root of Array.from(document.querySelectorAll(sel))) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(needle);
      if (i < 0 || n.parentElement?.closest("textarea, script, style")) continue;
      n.parentElement?.scrollIntoView({ block: "center" });
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + needle.length);
      const b = r.getClientRects()[0]!;
      return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2, rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom } };
    }
    }
    return null;
  }, text, selector);
  if (!found) throw new Error(`"${text}" not found on the page`);
  return found;
}

/**
 * Like `locate`, for the first occurrence Gloss highlighted (matched by its whole text) whose text
 * just before it matches `before` (two highlights can read the same, as "year" in "this year" and
 * "next year").
 */
export async function locateHighlight(page: GlossPage, pattern: string, before = ""): Promise<Point> {
  const found = await page.evaluate((source: string, beforeSource: string) => {
    const re = new RegExp(source);
    const lead = new RegExp(`${beforeSource}$`);
    let hit: AbstractRange | undefined;
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith("gloss-") || hit) return;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const preceding = (r.startContainer.textContent ?? "").slice(Math.max(0, r.startOffset - 30), r.startOffset);
        if (re.test(live.toString()) && lead.test(preceding)) {
          hit = r;
          break;
        }
      }
    });
    if (!hit) return null;
    hit.startContainer.parentElement?.scrollIntoView({ block: "center" });
    const live = document.createRange();
    live.setStart(hit.startContainer, hit.startOffset);
    live.setEnd(hit.endContainer, hit.endOffset);
    const b = live.getClientRects()[0]!;
    return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2, rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom } };
  }, pattern, before);
  if (!found) throw new Error(`no highlight matches /${pattern}/${before ? ` after /${before}/` : ""}`);
  return found;
}

export async function hover(page: GlossPage, p: Point): Promise<void> {
  await page.mouse.move(p.x - 40, p.y - 30);
  await page.mouse.move(p.x, p.y, { steps: 4 });
}

/** Gloss's card host. */
export const CARD_HOST = "gloss-card";

/**
 * Runs `fn(root, arg)` in the page's main world on the card's shadow root and returns its result,
 * or null while no card is in the page. The root is closed: the page's script cannot do this, the
 * test reaches it through the browser's driver (`shadowRootOf`). `host` picks the card's host
 * where the page made a `<gloss-card>` of its own.
 */
export async function inCard<T, A = undefined>(
  page: GlossPage, fn: (root: ShadowRoot, arg: A) => T | Promise<T>, arg?: A, host = CARD_HOST,
): Promise<Awaited<T> | null> {
  const root = await shadowRootOf(page, host);
  if (!root) return null;
  try {
    // puppeteer's own type for evaluate's arguments cannot see through the generic `A`.
    return (await root.evaluate(fn as (root: ShadowRoot, arg: unknown) => T, arg)) as Awaited<T>;
  } finally {
    await root.dispose().catch(() => {});
  }
}

/**
 * Polls `fn` on the card's root until it returns something other than null or undefined, and
 * returns that. A card that is not there yet, or an evaluation Firefox fails while the card is
 * re-rendered, counts as not yet: each poll looks the root up again, since a card that closes
 * and opens again has a new host.
 */
export async function untilCard<T, A = undefined>(
  page: GlossPage, fn: (root: ShadowRoot, arg: A) => T | null | undefined, arg?: A, timeout = 6000, host = CARD_HOST,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await inCard(page, fn, arg, host);
      if (value !== null && value !== undefined) return value as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting on the card: ${fn.toString().slice(0, 120)}${last ? ` (last error: ${String(last)})` : ""}`);
    await pause(50);
  }
}

/** Waits for a fully shown card (faded in) and returns its text (without the style sheet). */
export function waitForCard(page: GlossPage, timeout = 6000, host = CARD_HOST): Promise<string> {
  return untilCard(page, (root) => {
    const card = root.querySelector(".gloss-card.phase-in");
    return card ? card.textContent ?? "" : null;
  }, undefined, timeout, host);
}

/** The box of the first element matching `selector` inside the card, in viewport pixels. */
export async function cardBox(page: GlossPage, selector = ".gloss-card", host = CARD_HOST): Promise<{ left: number; top: number; right: number; bottom: number; width: number; height: number }> {
  const box = await inCard(page, (root, sel: string) => {
    const r = root.querySelector(sel)?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : null;
  }, selector, host);
  if (!box) throw new Error(`no ${selector} in the card`);
  return box;
}

export async function waitForNoCard(page: GlossPage, timeout = 4000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("gloss-card"), { timeout, polling: 50 });
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The page's status as the background holds it, once settled. The content script sets
 * `data-gloss` and then sends its report, so a test that saw the attribute can ask the background
 * before the report arrives: until then the answer is "working" or "not-run". Asked again every
 * 100 ms, up to `timeout`; the last answer is returned either way, for the test to judge.
 */
export async function settledStatus(ask: () => Promise<PageStatus | undefined>, timeout = 5000): Promise<PageStatus | undefined> {
  const deadline = Date.now() + timeout;
  let st: PageStatus | undefined;
  for (;;) {
    st = await ask().catch(() => st);
    const unsettled = !st || st.kind === "working" || (st.kind === "unavailable" && st.code === "not-run");
    if (!unsettled || Date.now() >= deadline) return st;
    await pause(100);
  }
}

/** The text under every range Gloss registered, per highlight name (the page can read the registry). */
export async function highlighted(page: GlossPage): Promise<{ name: string; text: string; inside: string }[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; inside: string }[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith("gloss-")) return;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const el = r.startContainer.parentElement;
        out.push({ name, text: live.toString(), inside: el ? el.closest("[id]")?.id ?? el.tagName : "" });
      }
    });
    return out;
  });
}


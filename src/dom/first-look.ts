/**
 * The first look at a page, before its body is walked: structured data wherever it sits, the
 * address, and a few facts the browser answers natively (selector matches, the first long
 * paragraphs). A page whose structured data calls it an article and that nothing contradicts
 * is decided here (`decideAtFirstSight`); any other page is read in full.
 *
 * Why a separate look: in the content script every page is read by code and DOM bindings the page
 * has never run, so the full walk costs tens of milliseconds on a short page, most of it first-use
 * cost of every element type it meets. The look touches only the elements it needs (JSON-LD
 * blocks, a few meta, a handful of paragraphs) and asks the browser for the rest; the head is read
 * in full afterwards, with the body.
 *
 * Compiled with the script: the functions the look runs on every page, here and in what it calls
 * (JSON-LD, type names, the address, the first-sight rule, the slices that run it), are written
 * `const f = (function f() {…})`. V8 compiles a function in parentheses together with the script
 * that holds it, in one pass; any other function is pre-parsed with the script, then parsed again
 * and compiled on its first call. In a content script, loaded afresh into every page, the first
 * call is the only one: compiled lazily, the look's functions (about 45) cost about 1.1 ms of main-thread
 * time in the decision's task (Chromium, seed page, trace CPU time); compiled with the script,
 * they add about 0.5 ms to the script's load and the page pays about 0.6 ms less in all
 * (`node scripts/bench-seed.mjs --trace` prints both tasks). The bundler keeps the parentheses
 * (tests/unit/build/eager-compile.test.ts). What only some pages need (the CLI's address look-up,
 * the full reading) stays lazy.
 */
import {
  decideAtFirstSight, FIRST_SIGHT_CHARS, FIRST_SIGHT_MAX_HEADING_LINKS, FIRST_SIGHT_PARAGRAPHS, type ArticleDecision,
} from "../core/detect/decide";
import { emptyStructuredData, readJsonLd } from "../core/detect/json-ld";
import { isArticleType, type FirstSight, type StructuredData } from "../core/detect/signals";
import { MAX_ELEMENTS } from "./extract";
import { pageAddress, PRICE_ITEMPROPS, PRICE_META_KEYS } from "./signals";

export interface FirstLook {
  /** The decision, when the look suffices (only ever an article: every refusal needs the full reading's reasons). */
  decision?: ArticleDecision;
  /** What the look saw, when it got as far as counting (for tests and the eval's tracing). */
  sight?: FirstSight;
}

/**
 * JSON-LD the look parses, at most, in all: it runs as one task, so a page holding more is left to
 * the full reading, which reads it in slices.
 */
const MAX_JSON_LD_CHARS = 300_000;
/** Paragraphs looked at, at most: the story's first ones come early in the document. */
const MAX_PARAGRAPHS_LOOKED_AT = 80;
/** Paragraphs in these are not the story's: navigation, asides, footers, captions, hidden parts. */
const OUT_OF_STORY = 'nav, aside, footer, menu, figcaption, [hidden], [aria-hidden="true"]';
/**
 * The head's price meta, and microdata prices or offers: the full reading's own lists, so the two
 * cannot drift apart. Selectors compare attribute values exactly as listed (the full reading folds
 * the head's keys to lower case), so a page that writes them otherwise is judged without them here.
 */
const PRICE_META = PRICE_META_KEYS.flatMap((key) => ["property", "name", "itemprop"].map((attr) => `meta[${attr}="${key}"]`)).join(", ");
const PRICE_ITEMS = PRICE_ITEMPROPS.map((prop) => `[itemprop="${prop}"]`).join(", ");
const OG_TYPE = 'meta[property="og:type"], meta[name="og:type"]';
/** Any refresh at all: whether it reloads the page itself is the full reading's question. */
const REFRESH = 'meta[http-equiv="refresh"], meta[http-equiv="Refresh"], meta[http-equiv="REFRESH"]';
const META_URL = 'meta[property="og:url"], meta[name="og:url"], meta[property="twitter:url"], meta[name="twitter:url"]';

/**
 * Structured data wherever it sits: every JSON-LD block, top-level microdata item types in the
 * body, and the head's og:type. Read with selectors rather than by going through the head's
 * elements one by one: the decision then touches only the elements it needs.
 */
const structuredData = (function structuredData(doc: Document, body: HTMLElement): { structured: StructuredData; microdata: boolean } | undefined {
  const all = emptyStructuredData();
  let microdata = false;
  let jsonLdChars = 0;
  // One pass for both kinds, in document order.
  for (const el of doc.querySelectorAll("script[type], body [itemtype]")) {
    if (el.localName === "script") {
      if ((el.getAttribute("type") ?? "").toLowerCase() !== "application/ld+json") continue;
      const text = el.textContent ?? "";
      jsonLdChars += text.length;
      if (jsonLdChars > MAX_JSON_LD_CHARS) return undefined;
      readJsonLd(text, all);
      continue;
    }
    microdata = true;
    if (el.hasAttribute("itemprop") || el === body) continue;
    for (const t of (el.getAttribute("itemtype") ?? "").split(" ")) if (t) all.mainTypes.push(t);
  }
  const og = doc.head?.querySelectorAll(OG_TYPE);
  for (let i = og?.length ?? 0; i-- > 0;) {
    const content = og![i]!.getAttribute("content")?.trim();
    if (content) {
      all.ogType = content.toLowerCase();
      break;
    }
  }
  return { structured: all, microdata };
});

/**
 * Price markup or a password field: a shop or a login wall, perhaps. Microdata prices are looked
 * for only on a page with microdata items (they belong to one), so an ordinary page is not gone
 * through for them; inputs are few, and their type is compared in any case.
 */
const priceOrLogin = (function priceOrLogin(doc: Document, body: HTMLElement, microdata: boolean): boolean {
  if (doc.head?.querySelector(PRICE_META) || (microdata && body.querySelector(PRICE_ITEMS))) return true;
  const inputs = body.getElementsByTagName("input");
  for (let i = 0; i < inputs.length; i++) if ((inputs[i]!.getAttribute("type") ?? "").toLowerCase() === "password") return true;
  return false;
});

/**
 * Links inside h2–h4 or wrapping one (as the full reading counts them, where the walk reaches),
 * counted from the headings, which are few, up to `enough`.
 */
const headingLinks = (function headingLinks(body: HTMLElement, enough: number): number {
  let n = 0;
  for (const tag of ["h2", "h3", "h4"]) {
    const headings = body.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && n <= enough; i++) {
      const h = headings[i]!;
      for (let c = h.firstElementChild; c; c = c.nextElementSibling) if (c.localName === "a") n++;
      if (h.parentElement?.localName === "a" && !h.previousElementSibling) n++;
    }
  }
  return n;
});

/** The page's address when the caller has none (the CLI on a saved page): the canonical link or og:url. */
function addressOf(doc: Document): string | null {
  const canonical = doc.head?.querySelectorAll('link[rel="canonical"]');
  const last = canonical?.length ? canonical[canonical.length - 1]!.getAttribute("href") ?? undefined : undefined;
  return pageAddress(null, { canonical: last, metaUrl: doc.head?.querySelector(META_URL)?.getAttribute("content")?.trim() || undefined });
}

/** Counts visible paragraphs of 80+ characters until the first-sight rule has what it needs. */
const longParagraphs = (function longParagraphs(body: HTMLElement): { count: number; chars: number } {
  const paragraphs = body.getElementsByTagName("p");
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS_LOOKED_AT);
  let count = 0;
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    const length = (p.textContent ?? "").trim().length;
    if (length < 80 || p.closest(OUT_OF_STORY)) continue;
    count++;
    chars += length;
    if (count >= FIRST_SIGHT_PARAGRAPHS && chars >= FIRST_SIGHT_CHARS) break;
  }
  return { count, chars };
});

/** Looks at the page; decides when the look suffices. */
export const firstLook = (function firstLook(doc: Document, url: string | null | undefined): FirstLook {
  const body = doc.body;
  if (!body) return {};
  // A page too large to read is refused by the full reading, which counts the same way and walks
  // nothing; it is counted first so that no selector here goes through it either.
  if (body.getElementsByTagName("*").length > MAX_ELEMENTS) return {};
  const data = structuredData(doc, body);
  // Only a page marked as an article can be decided here: the rest is not counted at all.
  if (!data?.structured.mainTypes.some(isArticleType)) return {};
  const { structured, microdata } = data;
  const paragraphs = longParagraphs(body);
  const sight: FirstSight = {
    url: url || addressOf(doc),
    structured,
    priceOrLogin: priceOrLogin(doc, body, microdata),
    selfRefresh: !!doc.head?.querySelector(REFRESH),
    articleElements: body.getElementsByTagName("article").length,
    headingLinks: headingLinks(body, FIRST_SIGHT_MAX_HEADING_LINKS),
    longParagraphs: paragraphs.count,
    longParagraphChars: paragraphs.chars,
  };
  return { decision: decideAtFirstSight(sight), sight };
});

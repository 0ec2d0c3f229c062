/**
 * The first look at a page, before its body is walked: the `<head>`, structured data wherever it
 * sits, the address, and a few counts the browser answers natively (selector matches, the first
 * long paragraphs). A page whose structured data calls it an article and that nothing contradicts
 * is decided here (`decideAtFirstSight`); any other page is read in full.
 *
 * Why a separate look: in the content script every page is read by code and DOM bindings the page
 * has never run, so the full walk costs tens of milliseconds on a short page, most of it first-use
 * cost of every element type it meets. The look touches only the head's elements and a handful of
 * paragraphs, and asks the browser for the rest.
 */
import { decideAtFirstSight, FIRST_SIGHT_CHARS, FIRST_SIGHT_PARAGRAPHS, type ArticleDecision } from "../core/detect/decide";
import { readJsonLd } from "../core/detect/json-ld";
import { isArticleType, type FirstSight, type StructuredData } from "../core/detect/signals";
import { MAX_ELEMENTS } from "./extract";
import { pageAddress, readHeadSignals, type HeadReading } from "./signals";

export interface FirstLook {
  /** The head as read, handed on to the full reading so it is read once. */
  head: HeadReading;
  /** The decision, when the look suffices (only ever an article: every refusal needs the full reading's reasons). */
  decision?: ArticleDecision;
  /** What the look saw, when it got as far as counting (for tests and the eval's tracing). */
  sight?: FirstSight;
}

/** Paragraphs looked at, at most: the story's first ones come early in the document. */
const MAX_PARAGRAPHS_LOOKED_AT = 80;
/** Paragraphs in these are not the story's: navigation, asides, footers, captions, hidden parts. */
const OUT_OF_STORY = 'nav, aside, footer, menu, figcaption, [hidden], [aria-hidden="true"]';
const HEADING_LINKS = "h2 > a, h3 > a, h4 > a, a > h2:first-child, a > h3:first-child, a > h4:first-child";
const PRICE_MARKUP = '[itemprop="price"], [itemprop="offers"], [itemprop="lowPrice"]';

/** The head's structured data plus the body's JSON-LD and top-level microdata item types. */
function structuredDataEverywhere(head: StructuredData, body: HTMLElement): StructuredData {
  // A copy: the full reading adds the body's items to the head's itself, in the walk's order.
  const all: StructuredData = { ...head, mainTypes: [...head.mainTypes], nestedTypes: [...head.nestedTypes] };
  for (const script of body.querySelectorAll("script[type]")) {
    if ((script.getAttribute("type") ?? "").toLowerCase() === "application/ld+json") readJsonLd(script.textContent ?? "", all);
  }
  for (const item of body.querySelectorAll("[itemtype]")) {
    if (item.hasAttribute("itemprop")) continue;
    for (const t of (item.getAttribute("itemtype") ?? "").split(" ")) if (t) all.mainTypes.push(t);
  }
  return all;
}

/** Counts visible paragraphs of 80+ characters until the first-sight rule has what it needs. */
function longParagraphs(body: HTMLElement): { count: number; chars: number } {
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
}

/** Looks at the page; decides when the look suffices. */
export function firstLook(doc: Document, url: string | null | undefined): FirstLook {
  const head = readHeadSignals(doc);
  const body = doc.body;
  if (!body) return { head };
  const structured = structuredDataEverywhere(head.structured, body);
  // Only a page marked as an article can be decided here: the rest is not counted at all.
  if (!structured.mainTypes.some(isArticleType)) return { head };
  // A page too large to read is refused by the full reading, which counts the same way and walks nothing.
  if (body.getElementsByTagName("*").length > MAX_ELEMENTS) return { head };
  const paragraphs = longParagraphs(body);
  const sight: FirstSight = {
    url: pageAddress(url, head.facts),
    structured,
    priceMarkup: head.product.priceMarkup + body.querySelectorAll(PRICE_MARKUP).length,
    selfRefresh: head.facts.selfRefresh,
    articleElements: body.getElementsByTagName("article").length,
    headingLinks: body.querySelectorAll(HEADING_LINKS).length,
    passwordFields: body.querySelectorAll('input[type="password"]').length,
    longParagraphs: paragraphs.count,
    longParagraphChars: paragraphs.chars,
  };
  return { head, decision: decideAtFirstSight(sight), sight };
}

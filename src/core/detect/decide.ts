/**
 * Is this page an article? Weighs the gathered signals, cheapest and surest first: a product,
 * a front page, a search or a list is never one whatever its length (vetoes); otherwise structured
 * data, the address, the markup of a dated, bylined story and the amount of prose each add or take
 * points, and every point given is a reason the popup can show.
 *
 * The functions the first look runs on every page are written `const f = (function f() {…})`, so
 * that V8 compiles them with the script rather than on their first call (see src/dom/first-look.ts).
 */
import {
  isArticleOgType, isArticleType, isListingType, isProductOgType, isProductType, normalizeType, type FirstSight,
  type PageSignals, type StructuredData,
} from "./signals";
import { DATED_PATH_REASON, urlShape } from "./url-shape";

export interface ArticleDecision {
  isArticle: boolean;
  /** Sum of the points below; an article needs ARTICLE_THRESHOLD. */
  score: number;
  reasons: string[];
}

/** Points an article needs. Calibrated on the DEV pages (see scripts/eval-pages.mjs). */
export const ARTICLE_THRESHOLD = 1;
/** The score of a vetoed page (finite, so it survives JSON). */
export const VETO_SCORE = -10;
/** Less story text than this is a teaser, a stub or a landing page, whatever the markup says. */
const MIN_STORY_CHARS = 250;
/** The same for a page whose structured data says it is an article. */
const MIN_MARKED_STORY_CHARS = 120;

interface Tally {
  score: number;
  reasons: string[];
}

const add = (function add(t: Tally, points: number, reason: string): void {
  t.score += points;
  t.reasons.push(`${points > 0 ? "+" : ""}${points} ${reason}`);
});

function veto(reasons: string[], reason: string): ArticleDecision {
  return { isArticle: false, score: VETO_SCORE, reasons: [...reasons, `not an article: ${reason}`] };
}

const uniqueTypes = (function uniqueTypes(types: string[], keep: (t: string) => boolean): string[] {
  return [...new Set(types.filter(keep).map(normalizeType))];
});

/**
 * The vetoes that need neither the body nor its text: structured data naming a product (and no
 * article), or an address that is a front page or a search. The DOM side asks this before walking
 * the page, so a shop or a front page costs only its <head>.
 */
export function vetoBeforeReading(structured: StructuredData, url: string | null | undefined): string | undefined {
  const articleTypes = uniqueTypes(structured.mainTypes, isArticleType);
  const productTypes = uniqueTypes(structured.mainTypes, isProductType);
  if ((productTypes.length || isProductOgType(structured.ogType)) && !articleTypes.length) {
    return productTypes.length ? `structured data describes a ${productTypes.join("/")}` : `og:type ${structured.ogType}`;
  }
  const shape = urlShape(url);
  if (shape.kind === "home" || shape.kind === "search") return shape.reason;
  return undefined;
}

/** Prose a marked-up page needs to be taken for an article at first sight: paragraphs of 80+ characters, and their length. */
export const FIRST_SIGHT_PARAGRAPHS = 3;
export const FIRST_SIGHT_CHARS = 1000;
/** At first sight, more `<article>` elements or linked headlines than this may be a list of stories. */
const FIRST_SIGHT_MAX_ARTICLES = 5;
export const FIRST_SIGHT_MAX_HEADING_LINKS = 9;

/**
 * The article decision from what a page shows before its body is read (structured data, the
 * address, native counts): a page whose structured data calls it an article, with nothing that
 * contradicts it and some paragraphs of prose, is one. Anything else, or any doubt, is undefined:
 * the page is then read in full and `decideArticle` judges it. Every condition is one whose
 * opposite costs points or vetoes the page there (products, lists of stories, self-refreshing
 * front pages, login walls, shop, list and login addresses), so a page taken here is one that
 * `decideArticle` scores well above its threshold.
 */
export const decideAtFirstSight = (function decideAtFirstSight(f: FirstSight): ArticleDecision | undefined {
  const { structured } = f;
  const articleTypes = uniqueTypes(structured.mainTypes, isArticleType);
  if (!articleTypes.length) return undefined;
  if (structured.mainTypes.some(isProductType) || structured.mainTypes.some(isListingType) || isProductOgType(structured.ogType)) return undefined;
  const shape = urlShape(f.url);
  if (shape.kind !== "article-like" && shape.kind !== "neutral") return undefined;
  if (f.selfRefresh || f.priceOrLogin) return undefined;
  if (f.articleElements > FIRST_SIGHT_MAX_ARTICLES || f.headingLinks > FIRST_SIGHT_MAX_HEADING_LINKS) return undefined;
  if (f.longParagraphs < FIRST_SIGHT_PARAGRAPHS || f.longParagraphChars < FIRST_SIGHT_CHARS) return undefined;
  const t: Tally = { score: 0, reasons: [] };
  add(t, 3, `structured data: ${articleTypes.join(", ")}`);
  if (isArticleOgType(structured.ogType)) add(t, 1.5, `og:type ${structured.ogType}`);
  if (structured.datePublished) add(t, 1, "publication date in the metadata");
  if (shape.kind === "article-like") add(t, 1, shape.reason);
  add(t, 1, `${f.longParagraphs} paragraphs of prose at first sight`);
  t.reasons.push(`article: score ${t.score} (needs ${ARTICLE_THRESHOLD}), decided before reading the body`);
  return { isArticle: true, score: t.score, reasons: t.reasons };
});

/** Decides on the signals; pure. */
export function decideArticle(s: PageSignals): ArticleDecision {
  const t: Tally = { score: 0, reasons: [] };
  const { structured, product, page, story } = s;
  if (page.tooLarge) return veto(t.reasons, `page too large to read (over ${page.elements} elements)`);
  const before = vetoBeforeReading(structured, s.url);
  if (before) return veto(t.reasons, before);
  if (page.selfRefresh && story.chars === 0) return veto(t.reasons, "page reloads itself and holds no story");

  const articleTypes = uniqueTypes(structured.mainTypes, isArticleType);
  const productTypes = uniqueTypes(structured.mainTypes, isProductType);
  const listingTypes = uniqueTypes(structured.mainTypes, isListingType);
  const shape = urlShape(s.url);
  // A news brief the page itself calls an article may be short; anything else needs more text.
  const minChars = articleTypes.length ? MIN_MARKED_STORY_CHARS : MIN_STORY_CHARS;
  if (story.chars < minChars) return veto(t.reasons, `too little story text (${story.chars} characters)`);
  if (page.passwordFields > 0 && page.chars < 1500) return veto(t.reasons, "a login form and little else");

  // Structured data and meta.
  if (articleTypes.length) add(t, 3, `structured data: ${articleTypes.join(", ")}`);
  else if (listingTypes.length) add(t, -4, `structured data: ${listingTypes.join(", ")}`);
  if (productTypes.length) add(t, -2, `structured data also describes a ${productTypes.join("/")}`);
  if (isArticleOgType(structured.ogType)) add(t, 1.5, `og:type ${structured.ogType}`);
  if (structured.datePublished) add(t, 1, "publication date in the metadata");
  if (page.byline) add(t, 0.5, "byline markup");
  if (story.dated && !structured.datePublished) add(t, 0.5, "a <time> element by the story");
  if (story.inArticleElement && page.articleElements <= 3) add(t, 1, "the story is inside an <article> element");

  // The address.
  if (shape.kind === "article-like") add(t, 1, shape.reason);
  else if (shape.kind === "product") add(t, -3, shape.reason);
  else if (shape.kind === "listing" || shape.kind === "login") add(t, -3, shape.reason);

  // Shop furniture: a price with a way to buy is a product page's heart. Two such cues and no
  // sign of a dated story make a shop page, whatever its text.
  const priced = product.priceMarkup > 0 || product.priceElements >= 3 || product.priceTexts >= 3;
  const shopCues = [
    shape.kind === "product" && "a product address",
    product.cartControls > 0 && "an add-to-cart control",
    priced && "prices",
    product.variantPickers > 0 && "size, colour or quantity choosers",
    product.shopTexts >= 2 && "stock, delivery or quantity labels",
  ].filter((c): c is string => !!c);
  const storyMarkup = articleTypes.length > 0 || isArticleOgType(structured.ogType) || !!structured.datePublished || shape.reason === DATED_PATH_REASON;
  if (shopCues.length >= 2 && !storyMarkup) return veto(t.reasons, `a shop page: ${shopCues.join(", ")}`);
  // Deal posts and reviews carry buy buttons too: a dated story's shop cues weigh half.
  const shopWeight = storyMarkup ? 0.5 : 1;
  if (product.cartControls > 0 && priced) add(t, -4 * shopWeight, "add-to-cart control and prices");
  else if (product.cartControls > 0) add(t, -1.5 * shopWeight, "add-to-cart control");
  else if (product.priceMarkup > 0) add(t, -2 * shopWeight, "price markup");
  else if (priced) add(t, -1.5 * shopWeight, "prices on the page");
  if (product.variantPickers > 0 && priced) add(t, -1 * shopWeight, "size, colour or quantity choosers");

  // Lists of stories: many teaser cards or headline links and little prose of the page's own.
  if (page.teaserArticles >= 6 && page.teaserArticles > story.paragraphs) add(t, -3, `${page.teaserArticles} teaser cards`);
  else if (page.headingLinks >= 20 && story.paragraphs < 5) add(t, -3, `${page.headingLinks} linked headlines and little prose`);
  else if (page.headingLinks >= 10 && page.headingLinks > story.paragraphs * 3) add(t, -2, `${page.headingLinks} linked headlines`);
  if (page.selfRefresh) add(t, -3, "page reloads itself every few minutes (a front page or ticker)");
  if (page.titleMatch === true) add(t, 1, "the page's title names the story");
  else if (page.titleMatch === false && !articleTypes.length) add(t, -1, "the page's title does not name the story");

  // The prose itself.
  if (story.paragraphs >= 5 && story.chars >= 1500) add(t, 2, `${story.paragraphs} paragraphs of story text`);
  else if (story.paragraphs >= 3 && story.chars >= 800) add(t, 1, `${story.paragraphs} paragraphs of story text`);
  else if (story.chars < 500) add(t, -1.5, `short story text (${story.chars} characters)`);
  if (page.readerable > 20) add(t, 1.5, "long paragraphs (Readability's reader-view test)");
  if (story.chars > 0 && story.linkChars > story.chars * 0.4) add(t, -2, "story text is mostly links");

  const isArticle = t.score >= ARTICLE_THRESHOLD;
  t.reasons.push(`${isArticle ? "article" : "not an article"}: score ${t.score} (needs ${ARTICLE_THRESHOLD})`);
  return { isArticle, score: t.score, reasons: t.reasons };
}

/**
 * The facts detection decides on, gathered from the page by `src/dom/signals.ts`: plain data, so
 * the decision itself (`decide.ts`) is a pure function that tests can feed directly.
 *
 * The functions the first look runs on every page are written `const f = (function f() {…})`, so
 * that V8 compiles them with the script rather than on their first call (see src/dom/first-look.ts).
 */

export interface StructuredData {
  /** `@type`s of JSON-LD items at the top level or in `@graph`, and of microdata items not nested in another. */
  mainTypes: string[];
  /** `@type`s met inside other items (authors, publishers, a reviewed product, offers). */
  nestedTypes: string[];
  /** `og:type`, lower-cased. */
  ogType?: string;
  /** `datePublished` of an article item, or `article:published_time`. */
  datePublished?: string;
  headline?: string;
  /** `inLanguage` of an article item. */
  inLanguage?: string;
}

export interface ProductCues {
  /** `product:price:amount`, `og:price:amount`, microdata `itemprop=price` or `offers`. */
  priceMarkup: number;
  /** Buttons, links and forms for putting the item in a cart or buying it. */
  cartControls: number;
  /** Elements whose class names a price. */
  priceElements: number;
  /** Choosers of size, colour or quantity. */
  variantPickers: number;
  /** Short texts that are just a price ("€ 1.299,00", "$24.99"). */
  priceTexts: number;
  /** Short shop phrases: "In stock", "Free delivery", "Quantity", "Place bid" … */
  shopTexts: number;
}

export interface StoryStats {
  /** Characters of text in the extracted body, and of it inside links. */
  chars: number;
  linkChars: number;
  /** Prose paragraphs (80+ characters, few links) in the extracted body. */
  paragraphs: number;
  blocks: number;
  /** The story sits inside an `<article>` element. */
  inArticleElement: boolean;
  /** A `<time>` element in the story or just before it (the dateline). */
  dated: boolean;
}

export interface PageStats {
  /** Visible text characters on the page, and of it inside links. */
  chars: number;
  linkChars: number;
  /** Readability-style paragraph score: sum of sqrt(length - 140) over long paragraphs. */
  readerable: number;
  elements: number;
  tooLarge: boolean;
  /** `<article>` elements, and those holding little text (teaser cards). */
  articleElements: number;
  teaserArticles: number;
  /** Links inside headings or wrapping headings: the headlines of a list of stories. */
  headingLinks: number;
  /** `<time>` elements and `<h1>`s. */
  timeElements: number;
  h1s: number;
  passwordFields: number;
  /** A byline in the markup: `rel=author`, `itemprop=author`, a `byline` class, `meta name=author`. */
  byline: boolean;
  /** Comment-box furniture (forms, lists) seen on the page. */
  commentForms: number;
  /** `<meta http-equiv="refresh">` reloading the page itself (front pages and tickers do). */
  selfRefresh: boolean;
  /** The page's title or description names the story found (undefined: the page has no title). */
  titleMatch?: boolean;
}

/**
 * What a page shows before its body is read (`src/dom/first-look.ts`): the `<head>`, structured
 * data wherever it sits, the address, and counts the browser keeps natively. Enough to call most
 * marked-up stories articles without the walk that finds the story.
 */
export interface FirstSight {
  url?: string | null;
  /** The head's meta and JSON-LD, JSON-LD in the body, and top-level microdata item types. */
  structured: StructuredData;
  /** Price markup (price meta, microdata price or offers) or a password field anywhere: a shop or a login wall, perhaps. */
  priceOrLogin: boolean;
  selfRefresh: boolean;
  /** `<article>` elements. */
  articleElements: number;
  /** Links inside h2–h4 or wrapping one (an upper bound of what the walk counts; counting stops past the first-sight limit). */
  headingLinks: number;
  /** Visible `<p>`s of 80+ characters outside navigation, asides and footers, and their characters (counting stops early). */
  longParagraphs: number;
  longParagraphChars: number;
}

export interface PageSignals {
  url?: string | null;
  structured: StructuredData;
  product: ProductCues;
  page: PageStats;
  story: StoryStats;
}

const ARTICLE_TYPES = new Set([
  "article", "newsarticle", "analysisnewsarticle", "askpublicnewsarticle", "backgroundnewsarticle", "opinionnewsarticle",
  "reportagenewsarticle", "reviewnewsarticle", "satiricalarticle", "scholarlyarticle", "medicalscholarlyarticle",
  "techarticle", "blogposting", "liveblogposting", "report", "review", "criticreview", "recipe", "howto",
]);
const PRODUCT_TYPES = new Set([
  "product", "productgroup", "productmodel", "individualproduct", "someproducts", "offer", "aggregateoffer", "car",
  "vehicle", "motorcycle", "motorizedbicycle", "busorcoach", "realestatelisting", "offercatalog",
]);
const LISTING_TYPES = new Set(["collectionpage", "searchresultspage", "itemlist", "profilepage", "discussionforumposting"]);

/** "https://schema.org/NewsArticle" → "newsarticle". */
export const normalizeType = (function normalizeType(type: string): string {
  const t = type.trim();
  const slash = Math.max(t.lastIndexOf("/"), t.lastIndexOf("#"), t.lastIndexOf(":"));
  return (slash >= 0 ? t.slice(slash + 1) : t).toLowerCase();
});

export const isArticleType = (function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.has(normalizeType(type));
});
export const isProductType = (function isProductType(type: string): boolean {
  return PRODUCT_TYPES.has(normalizeType(type));
});
export const isListingType = (function isListingType(type: string): boolean {
  return LISTING_TYPES.has(normalizeType(type));
});

/** `type` ends in one of `words`, whole: at its start or after ":", ".", "_" or "-". */
const endsInWord = (function endsInWord(type: string, words: readonly string[]): boolean {
  // A loop rather than `some` with an arrow: the arrow would be compiled lazily, on the first look.
  for (const w of words) {
    if (type.endsWith(w) && (type.length === w.length || ":._-".includes(type[type.length - w.length - 1]!))) return true;
  }
  return false;
});

// By hand rather than by patterns: og:type is among the first things detection reads.
const PRODUCT_OG_WORDS = ["item", "items", "offer", "offers"];
const ARTICLE_OG_WORDS = ["article", "blog", "blogpost", "news", "story"];

/** An `og:type` naming a product or shop item ("product", "og:product", "ebay-objects:item", "zalando:product"). */
export const isProductOgType = (function isProductOgType(ogType: string | undefined): boolean {
  return !!ogType && (ogType.includes("product") || endsInWord(ogType, PRODUCT_OG_WORDS));
});

export const isArticleOgType = (function isArticleOgType(ogType: string | undefined): boolean {
  return !!ogType && endsInWord(ogType, ARTICLE_OG_WORDS);
});

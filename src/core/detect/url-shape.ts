/**
 * What a page's address says about it: a dated path or a long slug reads as an article; the site's
 * root, a search, a product, a category or tag index reads as something else. Pure string work on
 * the URL (no `URL` global needed, so it runs anywhere).
 */

export type UrlKind = "home" | "search" | "product" | "listing" | "login" | "article-like" | "neutral";

export interface UrlShape {
  kind: UrlKind;
  /** Why, in a few words, for the popup. */
  reason: string;
}

export const DATED_PATH_REASON = "address has a dated path";

const NEUTRAL: UrlShape = { kind: "neutral", reason: "" };

/** Query keys that carry a search. */
const SEARCH_KEYS = /(^|&)(q|query|search|s|k|keyword|keywords|searchterm|search_query|text)=[^&]/i;
/** Query keys that do not change which page it is (tracking, paging of the same story). */
const HARMLESS_KEYS = /^(utm_\w+|fbclid|gclid|ref|src|source|cmpid|mod|amp|outputtype|_ga|s_cid|cid|ito|taid|smid|mc_cid|mc_eid)$/i;

// Path segments are compared lower-cased, whole: sets rather than patterns, which a page the
// content script has just been loaded into would compile first.
const PRODUCT_SEGMENTS = new Set([
  "dp", "gp", "product", "products", "produkt", "produkte", "produit", "produits", "producto", "productos", "prodotto", "prodotti",
  "item", "items", "itm", "p", "pd", "sku", "buy", "shop", "offer", "listing", "product-detail", "classified-ad",
]);
const LISTING_SEGMENTS = new Set([
  "category", "categories", "cat", "tag", "tags", "topic", "topics", "section", "sections", "archive", "archives", "author", "authors",
  "search", "results", "forum", "forums", "board", "boards", "collection", "collections", "catalog", "catalogue", "shop", "store", "deals", "page",
]);
const LOGIN_SEGMENTS = new Set([
  "login", "log-in", "signin", "sign-in", "signup", "sign-up", "register", "account", "auth", "subscribe", "checkout", "cart", "basket",
]);
const INDEX_FILE = /^(index|default|home|main)\.(html?|php|aspx?|jsp)$/i;
const DATE_PATH = /\/(19|20)\d{2}\/(0?[1-9]|1[0-2])(\/(0?[1-9]|[12]\d|3[01]))?\//;
const DATE_IN_SLUG = /(^|[^0-9])(19|20)\d{2}[-_]?(0[1-9]|1[0-2])[-_]?(0[1-9]|[12]\d|3[01])([^0-9]|$)/;

/** Splits "https://host/a/b?x=1#f" into path segments and query without the URL global. */
function parts(url: string): { host: string; segments: string[]; query: string } | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!m) return null;
  const path = m[2] ?? "";
  let segments: string[];
  try {
    segments = path.split("/").filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    segments = path.split("/").filter(Boolean);
  }
  return { host: (m[1] ?? "").toLowerCase(), segments, query: (m[3] ?? "").slice(1) };
}

function meaningfulQuery(query: string): string[] {
  return query.split("&").filter((kv) => kv && !HARMLESS_KEYS.test(kv.split("=")[0] ?? ""));
}

/** A slug: several words joined by hyphens or underscores ("sweden-drops-rape-investigation"). */
function isStorySlug(segment: string): boolean {
  const words = segment.replace(/\.(html?|php|aspx?|shtml|cms)$/i, "").split(/[-_]+/).filter(hasLetter);
  return words.length >= 4;
}

/** `/\p{L}/u.test(word)`, without compiling that Unicode-aware pattern for ASCII words. */
function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) return true;
    if (word.charCodeAt(i) >= 0x80) return /\p{L}/u.test(word);
  }
  return false;
}

let lastUrl: string | undefined;
let lastShape: UrlShape = NEUTRAL;

/**
 * Classifies a page address. Unknown or missing addresses are neutral. Detection asks about the
 * same address several times; the last answer is kept, so each pattern here runs once per page
 * (a pattern run twice is compiled a second time, to machine code).
 */
export function urlShape(url: string | null | undefined): UrlShape {
  if (!url) return NEUTRAL;
  if (url !== lastUrl) {
    lastShape = classify(url);
    lastUrl = url;
  }
  return lastShape;
}

function classify(url: string): UrlShape {
  const p = parts(url);
  if (!p) return NEUTRAL;
  const { segments, query } = p;
  const rest = meaningfulQuery(query);
  if (SEARCH_KEYS.test(query) && !segments.some(isStorySlug)) return { kind: "search", reason: "address is a search" };
  const last = segments[segments.length - 1] ?? "";
  if (segments.length === 0 || (segments.length === 1 && (INDEX_FILE.test(last) || /^[a-z]{2}([-_][a-z]{2})?$/i.test(last)))) {
    if (rest.length === 0 || rest.every((kv) => /^(lang|hl|locale)=/i.test(kv))) return { kind: "home", reason: "address is the site's front page" };
  }
  const lower = segments.map((s) => s.toLowerCase());
  const login = lower.find((s) => LOGIN_SEGMENTS.has(s));
  if (login !== undefined) return { kind: "login", reason: `address is a ${login} page` };
  if (lower.some((s) => s === "search" || s === "results") || /\/search\b/i.test(url)) return { kind: "search", reason: "address is a search" };
  const productAt = lower.findIndex((s) => PRODUCT_SEGMENTS.has(s));
  if (productAt >= 0 && productAt < lower.length - 1 && !DATE_PATH.test(url)) {
    return { kind: "product", reason: `address has a /${segments[productAt]}/ product path` };
  }
  if (/-p\d{6,}\.html?$/i.test(last) || /^p\d{5,}$/i.test(last)) return { kind: "product", reason: "address ends in a product number" };
  if (DATE_PATH.test(url) || DATE_IN_SLUG.test(last)) return { kind: "article-like", reason: DATED_PATH_REASON };
  if (segments.some(isStorySlug)) return { kind: "article-like", reason: "address has a story slug" };
  const listingAt = lower.findIndex((s) => LISTING_SEGMENTS.has(s));
  if (listingAt >= 0 && listingAt >= lower.length - 2) return { kind: "listing", reason: `address is a /${segments[listingAt]}/ index` };
  return NEUTRAL;
}

/**
 * What a page's address says about it: a dated path or a long slug reads as an article; the site's
 * root, a search, a product, a category or tag index reads as something else. Pure string work on
 * the URL (no `URL` global needed, so it runs anywhere).
 *
 * The functions the first look runs on every page are written `const f = (function f() {…})`, so
 * that V8 compiles them with the script rather than on their first call (see src/dom/first-look.ts).
 */

export type UrlKind = "home" | "search" | "product" | "listing" | "login" | "article-like" | "neutral";

export interface UrlShape {
  kind: UrlKind;
  /** Why, in a few words, for the popup. */
  reason: string;
}

export const DATED_PATH_REASON = "address has a dated path";

const NEUTRAL: UrlShape = { kind: "neutral", reason: "" };

/**
 * The address is read by hand rather than by regular expressions: detection asks about it before
 * anything else on a page the content script has just been loaded into, where each pattern would
 * be compiled first (a dozen cost about 2 ms, nearly half the decision's budget).
 */

/** Query keys that carry a search. */
const SEARCH_KEYS = new Set(["q", "query", "search", "s", "k", "keyword", "keywords", "searchterm", "search_query", "text"]);
/** Query keys that do not change which page it is (tracking, paging of the same story); and any `utm_…`. */
const HARMLESS_KEYS = new Set([
  "fbclid", "gclid", "ref", "src", "source", "cmpid", "mod", "amp", "outputtype", "_ga", "s_cid", "cid", "ito", "taid", "smid", "mc_cid", "mc_eid",
]);
/** Query keys of a front page in another language. */
const LOCALE_KEYS = new Set(["lang", "hl", "locale"]);

// Path segments are compared lower-cased, whole.
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
/** A site's index file: "index.html", "default.aspx", "home.php" … */
const INDEX_NAMES = new Set(["index", "default", "home", "main"]);
const INDEX_EXTENSIONS = new Set(["htm", "html", "php", "asp", "aspx", "jsp"]);
/** Extensions a story slug may end in. */
const PAGE_EXTENSIONS = new Set(["htm", "html", "php", "asp", "aspx", "shtml", "cms"]);

const isDigit = (function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
});
const isAsciiLetter = (function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
});
/** A word character as a pattern's `\w` and `\b` see it: ASCII letters, digits and "_". */
const isWordChar = (function isWordChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x5f;
});

/** A-Z lower-cased, nothing else: what a case-insensitive pattern that is not Unicode-aware folds. */
const asciiLower = (function asciiLower(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : s[i];
  }
  return out;
});

/** Splits "https://host/a/b?x=1#f" into path segments and query without the URL global. */
const parts = (function parts(url: string): { host: string; segments: string[]; query: string } | null {
  const u = url.trim();
  // A scheme (a letter, then letters, digits, "+", "." or "-"), then "://".
  if (!u.length || !isAsciiLetter(u.charCodeAt(0))) return null;
  let i = 1;
  for (; i < u.length; i++) {
    const c = u.charCodeAt(i);
    if (!(isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2e || c === 0x2d)) break;
  }
  if (!u.startsWith("://", i)) return null;
  const hostStart = i + 3;
  let pathStart = hostStart;
  while (pathStart < u.length && !"/?#".includes(u[pathStart]!)) pathStart++;
  let queryStart = pathStart;
  while (queryStart < u.length && u[queryStart] !== "?" && u[queryStart] !== "#") queryStart++;
  let queryEnd = queryStart;
  if (u[queryStart] === "?") {
    queryEnd = u.indexOf("#", queryStart);
    if (queryEnd < 0) queryEnd = u.length;
  }
  const path = u.slice(pathStart, queryStart);
  let segments: string[];
  try {
    segments = path.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    segments = path.split("/").filter(Boolean);
  }
  return { host: u.slice(hostStart, pathStart).toLowerCase(), segments, query: u.slice(Math.min(queryStart + 1, queryEnd), queryEnd) };
});

/** What the query says: whether it searches ("q=ukraine"), and whether all it holds besides tracking is a language. */
const readQuery = (function readQuery(query: string): { search: boolean; localeOnly: boolean } {
  let search = false;
  let localeOnly = true;
  for (const kv of query.split("&")) {
    if (!kv) continue;
    const eq = kv.indexOf("=");
    const key = asciiLower(eq < 0 ? kv : kv.slice(0, eq));
    if (eq > 0 && eq < kv.length - 1 && SEARCH_KEYS.has(key)) search = true;
    if (HARMLESS_KEYS.has(key) || isTrackingKey(key)) continue;
    if (eq < 0 || !LOCALE_KEYS.has(key)) localeOnly = false;
  }
  return { search, localeOnly };
});

/** "utm_source", "utm_medium" …: "utm_" and word characters. */
const isTrackingKey = (function isTrackingKey(key: string): boolean {
  if (key.length <= 4 || !key.startsWith("utm_")) return false;
  for (let i = 4; i < key.length; i++) if (!isWordChar(key.charCodeAt(i))) return false;
  return true;
});

/** "en", "de", "pt-br", "en_GB": a language path, which makes the page under it a front page. */
const isLocaleSegment = (function isLocaleSegment(s: string): boolean {
  if (s.length !== 2 && !(s.length === 5 && (s[2] === "-" || s[2] === "_") && isAsciiLetter(s.charCodeAt(3)) && isAsciiLetter(s.charCodeAt(4)))) return false;
  return isAsciiLetter(s.charCodeAt(0)) && isAsciiLetter(s.charCodeAt(1));
});

const isIndexFile = (function isIndexFile(s: string): boolean {
  const dot = s.indexOf(".");
  return dot > 0 && INDEX_NAMES.has(asciiLower(s.slice(0, dot))) && INDEX_EXTENSIONS.has(asciiLower(s.slice(dot + 1)));
});

/** "/search" in the address, followed by anything but a word character. */
const hasSearchPath = (function hasSearchPath(url: string): boolean {
  for (let i = url.indexOf("/"); i >= 0; i = url.indexOf("/", i + 1)) {
    let j = 0;
    while (j < 6 && i + 1 + j < url.length && (url.charCodeAt(i + 1 + j) | 0x20) === "search".charCodeAt(j)) j++;
    if (j === 6 && (i + 7 >= url.length || !isWordChar(url.charCodeAt(i + 7)))) return true;
  }
  return false;
});

/** Two digits at `i` reading as a month ("01"–"12"), or with `single`, one digit "1"–"9" followed by "/". */
const isMonth = (function isMonth(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (a >= 0x31 && a <= 0x39 && b === 0x2f) return 1;
  if ((a === 0x30 && b >= 0x31 && b <= 0x39) || (a === 0x31 && b >= 0x30 && b <= 0x32)) return 2;
  return 0;
});

/** "19xx" or "20xx" at `i`. */
const isYear = (function isYear(s: string, i: number): boolean {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  return ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3));
});

/** A year and month as path segments: "/2019/11/", "/2019/1/" (a day after them changes nothing). */
const hasDatedPath = (function hasDatedPath(url: string): boolean {
  for (let i = url.indexOf("/"); i >= 0; i = url.indexOf("/", i + 1)) {
    if (!isYear(url, i + 1) || url[i + 5] !== "/") continue;
    const month = isMonth(url, i + 6);
    if (month === 1 || (month === 2 && url[i + 8] === "/")) return true;
  }
  return false;
});

/** A date written into a slug: "2024-06-13", "20240613", "2024_06_13" between non-digits. */
const hasDateInSlug = (function hasDateInSlug(s: string): boolean {
  for (let i = 0; i + 8 <= s.length; i++) {
    if ((i > 0 && isDigit(s.charCodeAt(i - 1))) || !isYear(s, i)) continue;
    let j = i + 4;
    if (s[j] === "-" || s[j] === "_") j++;
    if (isMonth(s, j) !== 2) continue;
    j += 2;
    if (s[j] === "-" || s[j] === "_") j++;
    const a = s.charCodeAt(j);
    const b = s.charCodeAt(j + 1);
    const day = (a === 0x30 && b >= 0x31 && b <= 0x39) || ((a === 0x31 || a === 0x32) && isDigit(b)) || (a === 0x33 && (b === 0x30 || b === 0x31));
    if (day && !isDigit(s.charCodeAt(j + 2))) return true;
  }
  return false;
});

/** A last segment that is a product number: "limitless-top-p07901312.html", "p4999298". */
const isProductNumber = (function isProductNumber(last: string): boolean {
  const lower = asciiLower(last);
  let end = lower.length;
  if (lower.endsWith(".html")) end -= 5;
  else if (lower.endsWith(".htm")) end -= 4;
  let start = end;
  while (start > 0 && isDigit(lower.charCodeAt(start - 1))) start--;
  const digits = end - start;
  if (end < lower.length) return digits >= 6 && lower.startsWith("-p", start - 2);
  return digits >= 5 && start === 1 && lower[0] === "p";
});

/** A slug: several words joined by hyphens or underscores ("sweden-drops-rape-investigation"). */
const isStorySlug = (function isStorySlug(segment: string): boolean {
  const dot = segment.lastIndexOf(".");
  const s = dot >= 0 && PAGE_EXTENSIONS.has(asciiLower(segment.slice(dot + 1))) ? segment.slice(0, dot) : segment;
  let words = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && s[i] !== "-" && s[i] !== "_") continue;
    if (i > start && hasLetter(s.slice(start, i))) words++;
    start = i + 1;
  }
  return words >= 4;
});

/** `/\p{L}/u.test(word)`, without compiling that Unicode-aware pattern for ASCII words. */
const hasLetter = (function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (isAsciiLetter(word.charCodeAt(i))) return true;
    if (word.charCodeAt(i) >= 0x80) return /\p{L}/u.test(word);
  }
  return false;
});

let lastUrl: string | undefined;
let lastShape: UrlShape = NEUTRAL;

/**
 * Classifies a page address. Unknown or missing addresses are neutral. Detection asks about the
 * same address several times; the last answer is kept, so each pattern here runs once per page
 * (a pattern run twice is compiled a second time, to machine code).
 */
export const urlShape = (function urlShape(url: string | null | undefined): UrlShape {
  if (!url) return NEUTRAL;
  if (url !== lastUrl) {
    lastShape = classify(url);
    lastUrl = url;
  }
  return lastShape;
});

const classify = (function classify(url: string): UrlShape {
  const p = parts(url);
  if (!p) return NEUTRAL;
  const { segments } = p;
  const query = readQuery(p.query);
  // Whether a segment is a story slug, found at most once (not every address needs it).
  let slug: boolean | undefined;
  if (query.search && !(slug ??= segments.some(isStorySlug))) return { kind: "search", reason: "address is a search" };
  const last = segments[segments.length - 1] ?? "";
  if ((segments.length === 0 || (segments.length === 1 && (isIndexFile(last) || isLocaleSegment(last)))) && query.localeOnly) {
    return { kind: "home", reason: "address is the site's front page" };
  }
  // One pass over the segments, lower-cased and compared whole.
  let login: string | undefined;
  let searchSegment = false;
  let productAt = -1;
  let listingAt = -1;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!.toLowerCase();
    if (login === undefined && LOGIN_SEGMENTS.has(s)) login = s;
    if (s === "search" || s === "results") searchSegment = true;
    if (productAt < 0 && PRODUCT_SEGMENTS.has(s)) productAt = i;
    if (listingAt < 0 && LISTING_SEGMENTS.has(s)) listingAt = i;
  }
  if (login !== undefined) return { kind: "login", reason: `address is a ${login} page` };
  if (searchSegment || hasSearchPath(url)) return { kind: "search", reason: "address is a search" };
  const dated = hasDatedPath(url);
  if (productAt >= 0 && productAt < segments.length - 1 && !dated) {
    return { kind: "product", reason: `address has a /${segments[productAt]}/ product path` };
  }
  if (isProductNumber(last)) return { kind: "product", reason: "address ends in a product number" };
  if (dated || hasDateInSlug(last)) return { kind: "article-like", reason: DATED_PATH_REASON };
  if ((slug ??= segments.some(isStorySlug))) return { kind: "article-like", reason: "address has a story slug" };
  if (listingAt >= 0 && listingAt >= segments.length - 2) return { kind: "listing", reason: `address is a /${segments[listingAt]}/ index` };
  return NEUTRAL;
});

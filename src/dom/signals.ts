/**
 * Gathers the facts detection decides on (`PageSignals`), cheapest first: the `<head>`'s meta and
 * JSON-LD, then everything else in the one walk that also finds the story (`extractStory` calls
 * `observe` for each element it meets), so a page is walked once.
 */
import { titleNamesStory } from "../core/detect/headline";
import { emptyStructuredData, readJsonLd } from "../core/detect/json-ld";
import type { PageSignals, PageStats, ProductCues, StructuredData } from "../core/detect/signals";
import { vetoBeforeReading } from "../core/detect/decide";
import { emptyExtraction, extractStorySteps, type Extraction } from "./extract";
import { runToEnd, type Steps } from "./slices";

export interface PageLanguageHints {
  /** `<html lang>`, `Content-Language`, `og:locale`, in that order of trust. */
  declared?: string;
}

export interface GatheredSignals {
  signals: PageSignals;
  extraction: Extraction;
  /** The page's own statement of its title, for the popup (og:title, JSON-LD headline). */
  metaTitle?: string;
  lang: PageLanguageHints;
  /** `article:published_time`, `itemprop=datePublished`, JSON-LD, or a `<time>` in the story. */
  publishedAt?: string;
}

/** Words of a control that puts an item in a cart, in the languages shops use most. */
const CART_TEXT = /\b(add(ed)? to (cart|bag|basket|trolley)|buy (it )?now|place (a )?bid|bid now|achat immédiat|enchérir|sofort-kaufen|bieten|pujar|in den (warenkorb|einkaufswagen)|ajouter au panier|aggiungi al carrello|añadir al carrito|agregar al carr(ito|o)|adicionar ao carrinho|in winkelwagen|do koszyka|do košíka|do košíku|v košarico|в корзину|sepete ekle|カートに入れる|加入购物车|장바구니)/i;
const CART_ATTRIBUTE = /add[-_ ]?to[-_ ]?(cart|bag|basket)|addtocart|add-cart|buy[-_]?now|buybox|buy-box|add_cart|cart-add|addtobasket|basket-add/i;
/** Short phrases of shop pages: stock, delivery, returns, quantity, condition (in the languages shops use most). */
const SHOP_TEXT = /^\s*(in stock|out of stock|sold out|only \d+ left|free (shipping|delivery|returns)|add to (wish ?list|favou?rites)|quantity|qty|sku|item (number|no\.?)|condition|size guide|select (a )?size|choose (a )?(size|colou?r)|ships? (from|in|to)|delivery( time)?|returns( policy)?|en stock|rupture de stock|livraison( gratuite)?|retours|état|quantité|auf lager|nicht verfügbar|lieferzeit|versandkostenfrei|versand|menge|artikelnummer|zustand|disponible|agotado|envío( gratis)?|cantidad|disponibile|spedizione( gratuita)?|quantità|в наличии|нет в наличии|доставка|количество|na stanie|dostawa|skladem|doprava)\s*[:.!]?\s*$/i;

/** A short text that is only a price: "$24.99", "€ 1.299,00", "1 299 Kč". */
const PRICE_TEXT = /^\s*(([$€£¥₹₽₺]|US\$|R\$|CHF|EUR|USD|GBP|PLN|zł)\s?\d[\d.,'\s]*(\d|-)|\d[\d.,'\s]*\s?(€|EUR|USD|GBP|CHF|zł|PLN|Kč|kr|₽|руб\.?|лв|Ft|lei|TL|₺|\$|£|₹|円|元))\s*$/;
const PRICE_CLASS = /(^|[\s_-])(price|prices|product-price|sale-price|offer-price)([\s_-]|$)|price[A-Z_-]/;
/** Head meta keys (property, name or itemprop, lower-cased) that carry a price. The first look builds its selector from these. */
export const PRICE_META_KEYS: readonly string[] = ["product:price:amount", "og:price:amount", "product:price", "price"];
/** Microdata properties of a price or an offer. The first look builds its selector from these. */
export const PRICE_ITEMPROPS: readonly string[] = ["price", "offers", "lowPrice"];
const VARIANT_ATTRIBUTE = /(^|[\s_-])(size|colou?r|quantity|qty|variant|swatch)[-_]?(select|selector|picker|chooser|options?|swatch(es)?|list)?([\s_-]|$)/i;

/**
 * `pattern.test`, run only on a text that could match: one holding, lower-cased, one of `words`
 * (a match of the pattern in ASCII text always holds one; case-insensitive patterns that are not
 * Unicode-aware match ASCII letters only with ASCII letters) or, with `nonAscii`, any character
 * beyond ASCII (for the pattern's alternatives in other scripts). V8 compiles a pattern when it
 * first runs and again to machine code when it runs twice: on a page the content script has just
 * been loaded into, that was a good part of detection's cost, and most texts and class names hold
 * none of these words, so most of these patterns never run.
 */
function guard(pattern: RegExp, words: readonly string[], nonAscii = false): (text: string) => boolean {
  return (text) => {
    const lower = text.toLowerCase();
    if (!words.some((w) => lower.includes(w)) && !(nonAscii && hasNonAscii(text))) return false;
    return pattern.test(text);
  };
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

const isCartText = guard(CART_TEXT, ["to ", "buy", "bid", "kaufen", "bieten", "pujar", "den ", "au panier", "al carr", "ao carrinho", "winkelwagen", "koszyka", "sepete"], true);
const isCartAttribute = guard(CART_ATTRIBUTE, ["add", "buy"]);
const isShopText = guard(SHOP_TEXT, [
  "stock", "sold out", "only ", "free ", "add to ", "quantity", "qty", "sku", "item ", "condition", "size", "choose", "ship", "delivery",
  "returns", "livraison", "retours", "auf lager", "lieferzeit", "versand", "menge", "artikelnummer", "zustand", "disponib", "agotado",
  "cantidad", "spedizione", "na stanie", "dostawa", "skladem", "doprava",
], true);
const isPriceText = guard(PRICE_TEXT, ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
const isPriceClass = guard(PRICE_CLASS, ["price"]);
const isVariantAttribute = guard(VARIANT_ATTRIBUTE, ["size", "colo", "quantity", "qty", "variant", "swatch"]);
const isAuthorRel = guard(/\bauthor\b/i, ["author"]);
const isBylineClass = guard(/(^|[\s_-])byline([\s_-]|$)/i, ["byline"]);

/** Only absolute addresses say anything about the page (saved copies have relative ones). */
function absolute(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

export interface HeadFacts {
  byline: boolean;
  canonical?: string;
  selfRefresh: boolean;
  /** og:url, twitter:url: the page's address when the caller has none. */
  metaUrl?: string;
  titles: string[];
  descriptions: string[];
  ogTitle?: string;
  /** Content-Language or og:locale. */
  language?: string;
}

/** A refresh without a target address, every few minutes: the page reloads itself. */
const SELF_REFRESH = /^\s*\d{2,5}\s*;?\s*$/;

function readHead(doc: Document, structured: StructuredData, product: ProductCues): HeadFacts {
  let byline = false;
  let canonical: string | undefined;
  let selfRefresh = false;
  let metaUrl: string | undefined;
  const titles: string[] = [];
  const descriptions: string[] = [];
  const head = doc.head;
  let ogTitle: string | undefined;
  let language: string | undefined;
  if (!head) return { byline, selfRefresh, titles, descriptions };
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.localName;
    if (tag === "meta") {
      const httpEquiv = (el.getAttribute("http-equiv") ?? "").toLowerCase();
      if (httpEquiv === "refresh") selfRefresh ||= SELF_REFRESH.test(el.getAttribute("content") ?? "");
      else if (httpEquiv === "content-language") language ??= el.getAttribute("content") ?? undefined;
      const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
      const content = el.getAttribute("content")?.trim();
      if (!key || !content) continue;
      if (key === "og:type") structured.ogType = content.toLowerCase();
      else if (key === "article:published_time" || key === "datepublished" || key === "publish-date" || key === "pubdate" || key === "sailthru.date" || key === "parsely-pub-date" || key === "dc.date.issued") structured.datePublished ??= content;
      else if (key === "author" || key === "article:author" || key === "parsely-author" || key === "sailthru.author") byline = true;
      else if (PRICE_META_KEYS.includes(key)) product.priceMarkup++;
      else if (key === "og:title" || key === "twitter:title" || key === "title") {
        titles.push(content);
        if (key === "og:title") ogTitle ??= content;
      } else if (key === "og:locale") language ??= content;
      else if (key === "description" || key === "og:description" || key === "twitter:description") descriptions.push(content);
      else if (key === "og:url" || key === "twitter:url") metaUrl ??= content;
    } else if (tag === "script") {
      if ((el.getAttribute("type") ?? "").toLowerCase() === "application/ld+json") readJsonLd(el.textContent ?? "", structured);
    } else if (tag === "title") {
      titles.push(el.textContent ?? "");
    } else if (tag === "link") {
      const rel = (el.getAttribute("rel") ?? "").toLowerCase();
      if (rel === "canonical") canonical = el.getAttribute("href") ?? undefined;
      else if (rel === "author") byline = true;
    }
  }
  return { byline, canonical, selfRefresh, metaUrl, titles, descriptions, ogTitle, language };
}

/** What the `<head>` holds: its structured data and price markup, and the rest of its facts. */
export interface HeadReading {
  structured: StructuredData;
  product: ProductCues;
  facts: HeadFacts;
}

/** Reads the `<head>` (meta, JSON-LD, title, links): the first and cheapest part of gathering. */
export function readHeadSignals(doc: Document): HeadReading {
  const structured = emptyStructuredData();
  const product: ProductCues = { priceMarkup: 0, cartControls: 0, priceElements: 0, variantPickers: 0, priceTexts: 0, shopTexts: 0 };
  return { structured, product, facts: readHead(doc, structured, product) };
}

/** The page's address: the caller's, else an absolute canonical link or og:url (saved copies have neither). */
export function pageAddress(url: string | null | undefined, head: Pick<HeadFacts, "canonical" | "metaUrl">): string | null {
  return url || absolute(head.canonical) || absolute(head.metaUrl) || null;
}

/** Reads the page: head first, then the body in the same walk that finds the story. */
export function gatherSignals(doc: Document, url: string | null | undefined): GatheredSignals {
  return runToEnd(gatherSignalsSteps(doc, url));
}

/**
 * `gatherSignals` as steps that may pause (see slices.ts). With `decided` (the first look has
 * taken the page for an article), only what the story, its title, date and language need is
 * gathered: the shop, list and login cues the decision weighs are not looked for, and `signals`
 * holds only the story's figures.
 */
export function* gatherSignalsSteps(doc: Document, url: string | null | undefined, decided = false): Steps<GatheredSignals> {
  const { structured, product, facts: head } = readHeadSignals(doc);
  yield;
  const page: PageStats = {
    chars: 0, linkChars: 0, readerable: 0, elements: 0, tooLarge: false, articleElements: 0, teaserArticles: 0,
    headingLinks: 0, timeElements: 0, h1s: 0, passwordFields: 0, byline: head.byline, commentForms: 0, selfRefresh: head.selfRefresh,
  };
  const articles: Element[] = [];
  const times: Element[] = [];
  const headings: string[] = [];
  let microdataDate: string | undefined;

  /** What the title, date and language need: JSON-LD in the body, a microdata date, <time>s and <h1>s. */
  const observeForStory = (el: Element, tag: string): void => {
    if (el.getAttribute("itemprop") === "datePublished") microdataDate ??= el.getAttribute("content") ?? el.getAttribute("datetime") ?? undefined;
    if (tag === "script") {
      if ((el.getAttribute("type") ?? "").toLowerCase() === "application/ld+json") readJsonLd(el.textContent ?? "", structured);
    } else if (tag === "time") {
      page.timeElements++;
      times.push(el);
    } else if (tag === "h1" && page.h1s++ < 3) headings.push(el.textContent ?? "");
  };
  const observe = (el: Element, tag: string, cls: string | null): void => {
    const itemtype = el.getAttribute("itemtype");
    if (itemtype) {
      const nested = el.hasAttribute("itemprop");
      for (const t of itemtype.split(/\s+/)) if (t) (nested ? structured.nestedTypes : structured.mainTypes).push(t);
    }
    const itemprop = el.getAttribute("itemprop");
    if (itemprop) {
      if (PRICE_ITEMPROPS.includes(itemprop)) product.priceMarkup++;
      else if (itemprop === "author" || itemprop === "creator") page.byline = true;
      else if (itemprop === "datePublished") microdataDate ??= el.getAttribute("content") ?? el.getAttribute("datetime") ?? undefined;
    }
    switch (tag) {
      case "script":
        if ((el.getAttribute("type") ?? "").toLowerCase() === "application/ld+json") readJsonLd(el.textContent ?? "", structured);
        return;
      case "article":
        page.articleElements++;
        articles.push(el);
        return;
      case "time":
        page.timeElements++;
        times.push(el);
        return;
      case "h1":
        if (page.h1s++ < 3) headings.push(el.textContent ?? "");
        return;
      case "meta":
        if (itemprop === "price") product.priceMarkup++;
        return;
      case "a": {
        const parent = el.parentElement?.localName;
        const first = el.firstElementChild?.localName;
        if (parent === "h2" || parent === "h3" || parent === "h4" || first === "h2" || first === "h3" || first === "h4") page.headingLinks++;
        if (!page.byline && isAuthorRel(el.getAttribute("rel") ?? "")) page.byline = true;
        if (cls && isCartAttribute(cls)) product.cartControls++;
        return;
      }
      case "button":
      case "input": {
        if (tag === "input") {
          const type = (el.getAttribute("type") ?? "").toLowerCase();
          if (type === "password") page.passwordFields++;
          if (type !== "submit" && type !== "button" && type !== "image") return;
        }
        const label = `${cls ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("name") ?? ""} ${el.getAttribute("data-action") ?? ""}`;
        const text = tag === "button" ? (el.textContent ?? "") : (el.getAttribute("value") ?? "");
        if (isCartAttribute(label) || (text.length < 60 && isCartText(text))) product.cartControls++;
        return;
      }
      case "form": {
        const action = el.getAttribute("action") ?? "";
        const label = `${cls ?? ""} ${el.getAttribute("id") ?? ""} ${action}`;
        if (isCartAttribute(label) || /\/cart\b|\/basket\b/i.test(action)) product.cartControls++;
        if (/comment/i.test(label)) page.commentForms++;
        return;
      }
      case "select":
      case "ul":
      case "div": {
        if (!cls) return;
        if (isPriceClass(cls)) product.priceElements++;
        else if (tag !== "div" && isVariantAttribute(`${cls} ${el.getAttribute("name") ?? ""}`)) product.variantPickers++;
        return;
      }
      case "span":
      case "p":
      case "strong": {
        if (cls && isPriceClass(cls)) product.priceElements++;
        if (cls && isBylineClass(cls)) page.byline = true;
        return;
      }
      default:
        return;
    }
  };

  const observeText = (text: string): void => {
    if (isPriceText(text)) product.priceTexts++;
    else if (isCartText(text)) product.cartControls++;
    else if (isShopText(text)) product.shopTexts++;
  };
  // A shop or a front page by its <head> alone is not walked: its body cannot make it an article.
  const address = pageAddress(url, head);
  const pageTitles = [...head.titles, ...(structured.headline ? [structured.headline] : []), ...(doc.title ? [doc.title] : [])];
  const isHeadline = (text: string) => titleNamesStory(pageTitles, [text]);
  const extraction = !decided && vetoBeforeReading(structured, address)
    ? emptyExtraction()
    : yield* extractStorySteps(doc, decided ? { observe: observeForStory, isHeadline } : { observe, observeText, isHeadline });
  yield;
  if (!decided) for (const a of articles) if ((a.textContent?.length ?? 0) < 600) page.teaserArticles++;
  page.chars = extraction.pageText;
  page.linkChars = extraction.pageLinkText;
  page.readerable = extraction.readerable;
  page.elements = extraction.elements;
  page.tooLarge = extraction.tooLarge;
  structured.datePublished ??= microdataDate;
  const container = extraction.container;
  // A <time> inside the story's container or its parent (where datelines sit), before the story's end.
  const holder = container?.parentElement ?? container;
  const dateline = holder ? times.find((t) => holder.contains(t)) : undefined;
  const publishedAt = structured.datePublished ?? dateline?.getAttribute("datetime") ?? undefined;
  const metaTitle = head.ogTitle ?? structured.headline ?? headings[0];
  if (structured.headline) head.titles.push(structured.headline);
  if (!head.titles.length && doc.title) head.titles.push(doc.title);
  if (head.titles.length && !decided) {
    const first = extraction.blocks[0];
    const opening = first ? (first.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 400) : "";
    page.titleMatch = titleNamesStory(head.titles, headings, head.descriptions, opening);
  }
  const declared = doc.documentElement?.getAttribute("lang")?.trim() || head.language;
  const signals: PageSignals = {
    url: address,
    structured,
    product,
    page,
    story: {
      chars: extraction.textChars, linkChars: extraction.linkChars, paragraphs: extraction.paragraphs, blocks: extraction.blocks.length,
      inArticleElement: !!container?.closest("article"), dated: !!dateline,
    },
  };
  return { signals, extraction, metaTitle, lang: { declared: declared || structured.inLanguage }, publishedAt };
}

/**
 * Reads JSON-LD blocks into `StructuredData`: item types (top level and `@graph` apart from nested
 * ones), and the article item's headline, publication date and language. Broken JSON is common on
 * real pages, so a failed parse still yields the `@type` values a scan of the text finds.
 *
 * The functions the first look runs on every page are written `const f = (function f() {…})`, so
 * that V8 compiles them with the script rather than on their first call (see src/dom/first-look.ts).
 */
import { isArticleType, type StructuredData } from "./signals";

/** JSON-LD larger than this is not parsed (a page's whole state dumped as JSON-LD is not metadata). */
const MAX_JSON_LD_CHARS = 500_000;

export const emptyStructuredData = (function emptyStructuredData(): StructuredData {
  return { mainTypes: [], nestedTypes: [] };
});

const typesOf = (function typesOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((t): t is string => typeof t === "string");
  return [];
});

const firstString = (function firstString(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return firstString(value[0]);
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return firstString(o["@value"] ?? o["name"] ?? o["alternateName"]);
  }
  return undefined;
});

const readArticleFields = (function readArticleFields(item: Record<string, unknown>, into: StructuredData): void {
  into.datePublished ??= firstString(item["datePublished"]) ?? firstString(item["dateCreated"]);
  into.headline ??= firstString(item["headline"]) ?? firstString(item["name"]);
  into.inLanguage ??= firstString(item["inLanguage"]);
});

/** Adds what one `<script type="application/ld+json">` holds to `into`. */
export const readJsonLd = (function readJsonLd(text: string, into: StructuredData): void {
  if (text.length > MAX_JSON_LD_CHARS) return;
  let data: unknown;
  try {
    data = JSON.parse(unwrap(text));
  } catch {
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.matchAll(/"([^"]+)"/g)) into.mainTypes.push(t[1]!);
    }
    return;
  }
  visit(data, false, 0, into);
});

/** Items and their types, top level apart from nested ones, down to 12 levels. */
const visit = (function visit(value: unknown, nested: boolean, depth: number, into: StructuredData): void {
  if (depth > 12) return;
  if (Array.isArray(value)) {
    for (const v of value) visit(v, nested, depth + 1, into);
    return;
  }
  if (!value || typeof value !== "object") return;
  const item = value as Record<string, unknown>;
  const types = typesOf(item["@type"]);
  (nested ? into.nestedTypes : into.mainTypes).push(...types);
  if (!nested && types.some(isArticleType)) readArticleFields(item, into);
  for (const [key, child] of Object.entries(item)) {
    if (key === "@graph") visit(child, nested, depth + 1, into);
    else if (key === "mainEntity" || key === "mainEntityOfPage") visit(child, nested || types.length > 0 && !isPageType(types), depth + 1, into);
    else if (child && typeof child === "object") visit(child, nested || types.length > 0, depth + 1, into);
  }
});

/**
 * The JSON of a block written inside an HTML comment or ended with a semicolon, as some sites do.
 * By hand rather than by patterns: detection reads JSON-LD first, where each pattern would be
 * compiled before it runs.
 */
const unwrap = (function unwrap(text: string): string {
  let t = text.trim();
  if (t.startsWith("<!--")) t = t.slice(4);
  if (t.endsWith("-->")) t = t.slice(0, -3);
  const end = t.trimEnd();
  return end.endsWith(";") ? end.slice(0, -1) : t;
});

const PAGE_TYPES = new Set(["webpage", "itempage", "contactpage", "aboutpage", "medicalwebpage"]);

/** A WebPage's `mainEntity` is the page's main item, not a nested detail. */
const isPageType = (function isPageType(types: string[]): boolean {
  for (const t of types) {
    // "WebPage", "https://schema.org/WebPage", "http://schema.org/WebPage", in any case (no letter
    // beyond ASCII lower-cases into these names, so toLowerCase folds as the /i pattern did).
    const lower = t.toLowerCase();
    const name = lower.startsWith("https://schema.org/") ? lower.slice(19) : lower.startsWith("http://schema.org/") ? lower.slice(18) : lower;
    if (PAGE_TYPES.has(name)) return true;
  }
  return false;
});

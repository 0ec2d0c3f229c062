/**
 * Article detection and body extraction on a live DOM: gathers the page's signals (one walk that
 * also finds the story), lets the pure decision in `core/detect` judge them, and names the page's
 * language. Runs in the content script on every page and in the CLI under linkedom.
 *
 * The functions the first look runs on every page are written `const f = (function f() {…})`, so
 * that V8 compiles them with the script rather than on their first call (see src/dom/first-look.ts).
 */
import { decideArticle, type ArticleDecision } from "../core/detect/decide";
import { LANGUAGE_SAMPLE_CHARS, resolveLanguage } from "../core/detect/language";
import type { DetectionResult } from "../core/types";
import { firstLook } from "./first-look";
import { gatherSignalsSteps, type GatheredSignals } from "./signals";
import { runSliced, runToEnd, type SliceOptions, type Steps } from "./slices";

export interface ArticleFinding {
  detection: DetectionResult;
  title?: string;
  /** ISO date-time the page says it was published. */
  publishedAt?: string;
  /** Live elements holding the story, in document order, none inside another (empty when not an article). */
  blocks: Element[];
}

export interface FindOptions {
  url?: string | null;
}

/** The story's first few thousand characters, for the language guess. */
function sampleText(blocks: readonly Element[]): string {
  let out = "";
  for (const el of blocks) {
    out += (el.textContent ?? "") + "\n";
    if (out.length >= LANGUAGE_SAMPLE_CHARS) break;
  }
  return out;
}

function cleanTitle(text: string | null | undefined): string | undefined {
  const t = text?.replace(/\s+/g, " ").trim();
  return t || undefined;
}

/** An ISO 8601 date-time as the page wrote it, or what `Date` makes of another form. */
function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(" ", "T");
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

export function findArticle(doc: Document, opts: FindOptions = {}): ArticleFinding {
  return runToEnd(findArticleSteps(doc, opts));
}

/**
 * `findArticle` in slices of `slice.budgetMs`, pausing in between (the content script: a big page
 * must not freeze). The page is read as it is when the walk reaches each part of it.
 * Resolves `undefined` when `slice.signal` aborts.
 */
export const findArticleSliced = (function findArticleSliced(doc: Document, opts: FindOptions, slice: SliceOptions): Promise<ArticleFinding | undefined> {
  return runSliced(findArticleSteps(doc, opts), slice);
});

/**
 * The phase `findArticleSteps` enters once it has decided whether the page is an article: finding
 * the story's blocks (when the first look decided), its language, title and date.
 */
export const BODY_PHASE = "body";

const findArticleSteps = (function* findArticleSteps(doc: Document, opts: FindOptions): Steps<ArticleFinding> {
  // The decision: at first sight when the page's own markup settles it, else from the full reading.
  const look = firstLook(doc, opts.url);
  let decision: ArticleDecision;
  let gathered: GatheredSignals;
  if (look.decision) {
    decision = look.decision;
    yield BODY_PHASE;
    gathered = yield* gatherSignalsSteps(doc, opts.url, true);
  } else {
    yield;
    gathered = yield* gatherSignalsSteps(doc, opts.url);
    decision = decideArticle(gathered.signals);
    yield BODY_PHASE;
  }
  const blocks = gathered.extraction.blocks;
  const language = resolveLanguage(gathered.lang.declared, sampleText(blocks));
  const reasons = [...decision.reasons, language.reason];
  if (decision.isArticle && language.lang && language.lang !== "en") reasons.push("Gloss reads English only: nothing is highlighted");
  return {
    detection: { isArticle: decision.isArticle, score: decision.score, reasons, lang: language.lang },
    title: cleanTitle(gathered.signals.structured.headline) ?? cleanTitle(gathered.metaTitle) ?? cleanTitle(doc.title),
    publishedAt: normalizeDate(gathered.publishedAt),
    blocks: decision.isArticle ? blocks : [],
  };
});

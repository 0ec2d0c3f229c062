/**
 * The full pipeline over a parsed HTML document: detection, body extraction, text, recognition.
 * The CLI runs it under linkedom; the content script runs the same detection and text steps on the
 * live page and leaves recognition to the background.
 */
import { analyzeText } from "../core/analyze";
import type { KnowledgeBase } from "../core/dataset/kb";
import type { Analysis } from "../core/types";
import { findArticle } from "./article";
import { buildTextMap } from "./text-map";

export interface DocumentOptions {
  url?: string | null;
  /** Overrides the date the page states. */
  publishedAt?: string;
}

/** Unknown languages are read: most pages that state nothing and show too little text are English. */
export function isEnglish(lang: string | undefined): boolean {
  return !lang || lang === "en";
}

export function analyzeDocument(doc: Document, kb: KnowledgeBase, opts: DocumentOptions = {}): Analysis {
  const found = findArticle(doc, { url: opts.url ?? null });
  const publishedAt = opts.publishedAt ?? found.publishedAt;
  if (!found.detection.isArticle) {
    return { isArticle: false, title: found.title, publishedAt, text: "", mentions: [], cards: [], detection: found.detection };
  }
  const { text } = buildTextMap(found.blocks);
  // Recognition is English: on a page in another language Gloss reports the language and marks nothing.
  if (!isEnglish(found.detection.lang)) {
    return { isArticle: true, title: found.title, publishedAt, text, mentions: [], cards: [], detection: found.detection };
  }
  const { mentions, cards } = analyzeText(text, kb, { publishedAt });
  return { isArticle: true, title: found.title, publishedAt, text, mentions, cards, detection: found.detection };
}

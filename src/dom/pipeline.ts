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

export function analyzeDocument(doc: Document, kb: KnowledgeBase, opts: DocumentOptions = {}): Analysis {
  const found = findArticle(doc, { url: opts.url ?? null });
  const publishedAt = opts.publishedAt ?? found.publishedAt;
  if (!found.detection.isArticle) {
    return { isArticle: false, title: found.title, publishedAt, text: "", mentions: [], cards: [], detection: found.detection };
  }
  const { text } = buildTextMap(found.blocks);
  const { mentions, cards } = analyzeText(text, kb, { publishedAt });
  return { isArticle: true, title: found.title, publishedAt, text, mentions, cards, detection: found.detection };
}

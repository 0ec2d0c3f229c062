/**
 * Article detection and body extraction on a live DOM. (First version: Readability's quick
 * score plus structured data; the detection work replaces it.)
 */
import { isProbablyReaderable } from "@mozilla/readability";
import type { DetectionResult } from "../core/types";

export interface ArticleFinding {
  detection: DetectionResult;
  title?: string;
  /** ISO date-time the page says it was published. */
  publishedAt?: string;
  /** Live elements holding the story, in document order (empty when not an article). */
  blocks: Element[];
}

export interface FindOptions {
  url?: string | null;
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const visit = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(visit);
        else if (v && typeof v === "object") {
          const o = v as Record<string, unknown>;
          const t = o["@type"];
          if (typeof t === "string") types.push(t);
          else if (Array.isArray(t)) types.push(...t.filter((x): x is string => typeof x === "string"));
          if (o["@graph"]) visit(o["@graph"]);
        }
      };
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // Broken JSON-LD is common on real pages: it is just not a signal.
    }
  }
  return types;
}

export function findArticle(doc: Document, _opts: FindOptions = {}): ArticleFinding {
  const reasons: string[] = [];
  const types = jsonLdTypes(doc);
  const structured = types.some((t) => /^(News)?Article$|BlogPosting|Report/.test(t));
  if (structured) reasons.push(`JSON-LD type ${types.join(", ")}`);
  const readerable = isProbablyReaderable(doc);
  if (readerable) reasons.push("enough paragraph text (Readability)");
  const isArticle = structured || readerable;
  const container = doc.querySelector("article") ?? doc.body;
  const blocks = isArticle && container ? Array.from(container.querySelectorAll("p")) : [];
  const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute("content") ?? undefined;
  return {
    detection: { isArticle, score: isArticle ? 1 : 0, reasons: reasons.length ? reasons : ["no article signal"], lang: doc.documentElement.lang || undefined },
    title: doc.querySelector("h1")?.textContent?.trim() ?? (doc.title || undefined),
    publishedAt: published,
    blocks,
  };
}

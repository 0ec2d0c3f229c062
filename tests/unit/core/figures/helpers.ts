/** Shared helpers for the figure tests: recognize and pick mentions by their text. */
import { recognizeFigures } from "../../../../src/core/figures";
import type { Mention } from "../../../../src/core/types";

export function figures(text: string, publishedAt?: string): Mention[] {
  return recognizeFigures(text, publishedAt ? { publishedAt } : {});
}

/** The one mention whose text is exactly `span`; fails the test when there is none. */
export function mention(text: string, span: string, publishedAt?: string): Mention {
  const found = figures(text, publishedAt).find((m) => m.text === span);
  if (!found) throw new Error(`no figure "${span}" in: ${JSON.stringify(figures(text, publishedAt).map((m) => m.text))}`);
  return found;
}

export function spans(text: string, publishedAt?: string): string[] {
  return figures(text, publishedAt).map((m) => m.text);
}

/**
 * Loading the compiled dataset from its text: parse, check (compiled.ts), and index (kb.ts), with
 * every failure turned into a message rather than an exception, since the caller (the background)
 * must keep answering whatever the file holds.
 *
 * `loadKnowledgeBase(text)` is the whole cold path the background pays before it can answer a
 * page; the benchmark times exactly this call in a fresh process.
 */
import { createKnowledgeBase, type KnowledgeBase } from "./kb";
import { readCompiledDataset } from "./compiled";
import type { CompiledDataset, Entry } from "./schema";

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

function message(err: unknown): string {
  if (err instanceof SyntaxError) return `compiled dataset: not valid JSON (${err.message})`;
  if (err instanceof Error) return err.name === "DatasetFormatError" ? err.message : `compiled dataset: ${err.message}`;
  return `compiled dataset: ${String(err)}`;
}

/** The dataset in `text`, or why it cannot be read. Never throws. */
export function parseDataset(text: string): Loaded<CompiledDataset> {
  try {
    if (typeof text !== "string") return { ok: false, error: "compiled dataset: not text" };
    return { ok: true, value: readCompiledDataset(JSON.parse(text)) };
  } catch (err) {
    return { ok: false, error: message(err) };
  }
}

/** Builds the lazily built parts now (alias trie, given names), so the first page does not wait for them. */
export function warmKnowledgeBase(kb: KnowledgeBase): void {
  void kb.aliases;
  void kb.givenNames;
}

/**
 * Parse, unpack and index: the knowledge base ready to answer, with `extra` entries (the reader's
 * own) indexed after the bundled ones. Never throws.
 */
export function loadKnowledgeBase(text: string, extra: readonly Entry[] = []): Loaded<KnowledgeBase> {
  const parsed = parseDataset(text);
  if (!parsed.ok) return parsed;
  try {
    const kb = createKnowledgeBase(parsed.value, extra);
    warmKnowledgeBase(kb);
    return { ok: true, value: kb };
  } catch (err) {
    return { ok: false, error: message(err) };
  }
}

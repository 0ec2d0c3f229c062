/**
 * The knowledge base: the compiled dataset indexed for lookup. Built once per process (the
 * background, or the CLI) and shared by every analysis.
 */
import type { CompiledDataset, Entry } from "./schema";

export interface KnowledgeBase {
  readonly size: number;
  get(id: string): Entry | undefined;
  entries(): Iterable<Entry>;
}

export function createKnowledgeBase(data: CompiledDataset): KnowledgeBase {
  const byId = new Map<string, Entry>();
  for (const entry of data.entries) byId.set(entry.id, entry);
  return {
    size: byId.size,
    get: (id) => byId.get(id),
    entries: () => byId.values(),
  };
}

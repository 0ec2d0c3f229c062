/**
 * The knowledge base the background answers with: the bundled dataset (parsed once, on first use,
 * so the worker starts fast) plus the reader's own entries from storage.local, concatenated before
 * indexing so user entries are matched exactly like bundled ones (a user entry with a bundled id
 * replaces it: the index keeps the last entry of an id).
 */
import { createKnowledgeBase, type KnowledgeBase } from "../core/dataset/kb";
import type { CompiledDataset, Entry } from "../core/dataset/schema";
import type { StoredUserDataset } from "../shared/user-dataset";

export interface Knowledge {
  /** The current knowledge base, built on first call and after `invalidate()`. */
  get(): Promise<KnowledgeBase>;
  /** Drops the built base (the user dataset changed); the parsed bundle is kept. */
  invalidate(): void;
  /** The entry whose name or alias is `text` (case-insensitive), for lookups of a selection. */
  findByName(text: string): Promise<Entry | undefined>;
}

function nameKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, " ").trim();
}

export function createKnowledge(bundledText: () => string, loadUserDataset: () => Promise<StoredUserDataset | null>): Knowledge {
  let bundled: CompiledDataset | undefined;
  let current: Promise<KnowledgeBase> | undefined;
  let names: { kb: KnowledgeBase; byName: Map<string, Entry> } | undefined;

  async function build(): Promise<KnowledgeBase> {
    bundled ??= JSON.parse(bundledText()) as CompiledDataset;
    let user: StoredUserDataset | null = null;
    try {
      user = await loadUserDataset();
    } catch {
      // Unreadable user data must not stop the bundled dataset from working.
    }
    const entries = user?.entries.length ? [...bundled.entries, ...user.entries] : bundled.entries;
    return createKnowledgeBase({ ...bundled, entries });
  }

  const knowledge: Knowledge = {
    get() {
      current ??= build().catch((err: unknown) => {
        current = undefined;
        throw err;
      });
      return current;
    },
    invalidate() {
      current = undefined;
      names = undefined;
    },
    async findByName(text) {
      const kb = await knowledge.get();
      if (names?.kb !== kb) {
        const byName = new Map<string, Entry>();
        for (const entry of kb.entries()) {
          for (const alias of [entry.name, ...entry.aliases]) {
            const key = nameKey(alias);
            // The first entry of a name wins, as in the bundle's own order (most prominent first).
            if (key && !byName.has(key)) byName.set(key, entry);
          }
        }
        names = { kb, byName };
      }
      return names.byName.get(nameKey(text));
    },
  };
  return knowledge;
}

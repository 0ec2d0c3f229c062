/**
 * The knowledge base the background answers with: the bundled dataset (parsed once per worker
 * life, with its prebuilt alias index) plus the reader's own entries from storage.local, indexed
 * after it so user entries are matched exactly like bundled ones (a user entry with a bundled id
 * replaces it).
 *
 * A bundled dataset that cannot be read (a broken build) is reported once on the console and the
 * base is built from the reader's entries alone: pages still get figures and user entries.
 */
import { createKnowledgeBase, type KnowledgeBase } from "../core/dataset/kb";
import { parseDataset, warmKnowledgeBase } from "../core/dataset/load";
import type { CompiledDataset, Entry } from "../core/dataset/schema";
import type { StoredUserDataset } from "../shared/user-dataset";

export interface Knowledge {
  /** The current knowledge base, built on first call and after `invalidate()`. */
  get(): Promise<KnowledgeBase>;
  /** Drops the built base (the user dataset changed); the parsed bundle is kept. */
  invalidate(): void;
  /**
   * Builds the base and its index ahead of the first page, in steps that each leave the event
   * loop free, so a message arriving meanwhile waits for one step at most.
   */
  warm(): Promise<void>;
  /** The entry whose name or alias is `text` (case-insensitive), for lookups of a selection. */
  findByName(text: string): Promise<Entry | undefined>;
}

function nameKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, " ").trim();
}

const EMPTY: CompiledDataset = { version: 2, builtAt: "", entries: [] };

/** Lets other events run between warm-up steps. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createKnowledge(bundledText: () => string, loadUserDataset: () => Promise<StoredUserDataset | null>): Knowledge {
  let bundled: CompiledDataset | undefined;
  let current: Promise<KnowledgeBase> | undefined;
  let names: { kb: KnowledgeBase; byName: Map<string, Entry> } | undefined;

  function readBundled(): CompiledDataset {
    if (bundled) return bundled;
    const parsed = parseDataset(bundledText());
    if (!parsed.ok) console.error(`Gloss: the bundled dataset cannot be read, names will not link: ${parsed.error}`);
    return (bundled = parsed.ok ? parsed.value : EMPTY);
  }

  async function build(): Promise<KnowledgeBase> {
    let user: StoredUserDataset | null = null;
    try {
      user = await loadUserDataset();
    } catch {
      // Unreadable user data must not stop the bundled dataset from working.
    }
    return createKnowledgeBase(readBundled(), user?.entries ?? []);
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
    async warm() {
      try {
        readBundled();
        await yieldToEvents();
        const kb = await knowledge.get();
        await yieldToEvents();
        warmKnowledgeBase(kb);
      } catch {
        // The first real request reports whatever failed here.
      }
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

/**
 * The knowledge base: the compiled dataset indexed for lookup. Built once per process (the
 * background, or the CLI) and shared by every analysis.
 *
 * The alias index is a trie over tokens (the same tokens the recognizer cuts the text into), keyed
 * by folded, loosened word keys: one walk from each word of a text finds the longest alias starting
 * there. It is shipped prebuilt in the compiled file (shipped-index.ts) and rebuilt by tokenizing
 * only when that does not fit; a lookup costs the same whatever the size of the dataset.
 */
import { type AliasKeys, computeEntryKeys, tokenizerFingerprint } from "./alias-keys";
import type { CompiledDataset, Entry } from "./schema";
import { agreesWith, decodeShippedIndex, type ShippedIndex } from "./shipped-index";

/** How a dataset string can be written in a text, and what it names. */
export interface AliasHit {
  entry: Entry;
  /** The string as the dataset writes it. */
  alias: string;
  /** `name` and `alias` name the entry; a `demonym` names its people (a nationality). */
  kind: "name" | "alias" | "demonym";
  /** Listed in the entry's `ambiguous`: also a common word or another thing; needs context. */
  ambiguous: boolean;
  /** Written in capitals in the dataset ("NATO", "U.S.", "G7"): the text must be too. */
  acronym: boolean;
  /** Per alias token: written in lower case in the dataset ("of", "the", "de"). */
  lower: boolean[];
  /**
   * Per alias token: its folded key, without the loosening the index applies (names/doc.ts compares
   * the text's spelling with it). Made when first asked; null until then.
   */
  folded: string[] | null;
}

export interface TrieNode {
  next: Map<string, TrieNode> | null;
  hits: AliasHit[] | null;
}

export interface AliasIndex {
  /** Children of the root, keyed by the first token's `match` key. */
  root: Map<string, TrieNode>;
  /** Number of aliases indexed. */
  count: number;
}

export interface KnowledgeBase {
  readonly size: number;
  get(id: string): Entry | undefined;
  entries(): Iterable<Entry>;
  /** The alias trie, built on first use. */
  readonly aliases: AliasIndex;
  /** Given names of the dataset's people (folded lower case), built on first use. */
  readonly givenNames: ReadonlySet<string>;
}

/** Adds `entries` to `index`, tokenizing their aliases. */
export function addToAliasIndex(index: AliasIndex, entries: Iterable<Entry>): void {
  const root = index.root;
  const add = (entry: Entry, alias: string, kind: AliasHit["kind"], ambiguous: boolean, keys: AliasKeys) => {
    const tokens = keys.keys;
    if (tokens.length === 0) return;
    let node: TrieNode | undefined;
    for (const key of tokens) {
      // Maps are made only where a path goes on: most nodes are leaves.
      const map: Map<string, TrieNode> = node ? (node.next ??= new Map()) : root;
      let child = map.get(key);
      if (!child) { child = { next: null, hits: null }; map.set(key, child); }
      node = child;
    }
    const hits = (node!.hits ??= []);
    for (const h of hits) if (h.entry === entry && h.kind === kind) return;
    hits.push({ entry, alias, kind, ambiguous, acronym: keys.acronym, lower: keys.lower, folded: null });
    index.count++;
  };
  for (const entry of entries) {
    const { strings } = computeEntryKeys(entry);
    const ambiguous = entry.ambiguous?.length ? new Set(entry.ambiguous) : undefined;
    const isAmbiguous = (s: string) => ambiguous !== undefined && ambiguous.has(s);
    let k = 0;
    add(entry, entry.name, "name", isAmbiguous(entry.name), strings[k++]!);
    for (const a of entry.aliases) add(entry, a, "alias", isAmbiguous(a), strings[k++]!);
    if (entry.demonyms) for (const d of entry.demonyms) add(entry, d, "demonym", isAmbiguous(d), strings[k++]!);
  }
}

/** The alias trie of `entries`, tokenizing every alias (the slow way; see shipped-index.ts). */
export function buildAliasIndex(entries: Iterable<Entry>): AliasIndex {
  const index: AliasIndex = { root: new Map(), count: 0 };
  addToAliasIndex(index, entries);
  return index;
}

/** The given names of `entries`' people, by the tokenizer. */
function collectGivenNames(entries: Iterable<Entry>, into = new Set<string>()): Set<string> {
  for (const e of entries) {
    if (e.type !== "person") continue;
    const given = computeEntryKeys(e).given;
    if (given) into.add(given);
  }
  return into;
}

/** The shipped alias trie and given names, when they fit these entries and today's tokenizer. */
function shippedParts(data: CompiledDataset, keep?: (e: Entry) => boolean): { aliases: AliasIndex; givenNames: string[] } | undefined {
  const shipped = data.index;
  if (!shipped) return undefined;
  const fingerprint = shipped.fingerprint as Partial<ShippedIndex["fingerprint"]> | undefined;
  if (typeof fingerprint?.text !== "string" || tokenizerFingerprint(fingerprint.text) !== fingerprint.tokens) return undefined;
  const aliases = decodeShippedIndex(shipped, data.entries, keep);
  if (!aliases || !Array.isArray(shipped.givenNames)) return undefined;
  const probe = shipped.probe.map(([r]) => data.entries[r]!).filter((e) => !keep || keep(e));
  if (!agreesWith(aliases, buildAliasIndex(probe))) return undefined;
  return { aliases, givenNames: shipped.givenNames };
}

/**
 * The knowledge base of a compiled dataset plus `extra` entries (the reader's own), indexed after
 * it; an extra entry with a bundled id replaces the bundled one. The alias trie and given names
 * are built on first use: from the index shipped in the compiled file when there is one that fits,
 * else by tokenizing every alias. Entries are found by their id or by any id in their `sameAs`.
 */
export function createKnowledgeBase(data: CompiledDataset, extra: readonly Entry[] = []): KnowledgeBase {
  const byId = new Map<string, Entry>();
  for (const entry of data.entries) byId.set(entry.id, entry);
  // Whether a reader's entry replaced a bundled one: only then must the shipped index be filtered.
  let replaced = false;
  for (const entry of extra) {
    if (byId.has(entry.id)) replaced = true;
    byId.set(entry.id, entry);
  }
  // Other ids an entry declares resolve to its id, then to whichever entry holds that id now.
  const alternate = new Map<string, string>();
  for (const list of [data.entries, extra]) {
    for (const entry of list) if (entry.sameAs) for (const other of entry.sameAs) if (!byId.has(other)) alternate.set(other, entry.id);
  }
  let aliases: AliasIndex | undefined;
  let givenNames: Set<string> | undefined;
  const build = () => {
    const current = (e: Entry) => byId.get(e.id) === e;
    const shipped = shippedParts(data, replaced ? current : undefined);
    if (shipped) {
      const added = extra.filter(current);
      aliases = shipped.aliases;
      addToAliasIndex(aliases, added);
      givenNames = collectGivenNames(added, new Set(shipped.givenNames));
    } else {
      aliases = buildAliasIndex(byId.values());
      givenNames = collectGivenNames(byId.values());
    }
  };
  return {
    size: byId.size,
    get(id) {
      const found = byId.get(id);
      if (found !== undefined) return found;
      const canonical = alternate.get(id);
      return canonical === undefined ? undefined : byId.get(canonical);
    },
    entries: () => byId.values(),
    get aliases() { if (!aliases) build(); return aliases!; },
    get givenNames() { if (!givenNames) build(); return givenNames!; },
  };
}

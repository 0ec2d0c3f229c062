/**
 * The knowledge base: the compiled dataset indexed for lookup. Built once per process (the
 * background, or the CLI) and shared by every analysis.
 *
 * The alias index is a trie over tokens (the same tokens the recognizer cuts the text into), keyed
 * by folded, loosened word keys: one walk from each word of a text finds the longest alias starting
 * there. Building it is one tokenization of every alias, and a lookup costs the same whatever the
 * size of the dataset.
 */
import { matchKey, tokenize, TokenKind } from "../text/tokenize";
import type { CompiledDataset, Entry } from "./schema";

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

function isAcronym(alias: string): boolean {
  let letters = 0, alnum = 0;
  for (const ch of alias) {
    const isDigit = ch >= "0" && ch <= "9";
    if (isDigit) { alnum++; continue; }
    if (ch.toLowerCase() === ch.toUpperCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters++;
    alnum++;
  }
  return letters >= 1 && alnum >= 2;
}

export function buildAliasIndex(entries: Iterable<Entry>): AliasIndex {
  const root = new Map<string, TrieNode>();
  let count = 0;
  const add = (entry: Entry, alias: string, kind: AliasHit["kind"], ambiguous: boolean) => {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    let node: TrieNode | undefined;
    for (const t of tokens) {
      const key = matchKey(t);
      // Maps are made only where a path goes on: most nodes are leaves.
      const map: Map<string, TrieNode> = node ? (node.next ??= new Map()) : root;
      let child = map.get(key);
      if (!child) { child = { next: null, hits: null }; map.set(key, child); }
      node = child;
    }
    const hits = (node!.hits ??= []);
    if (hits.some((h) => h.entry === entry && h.kind === kind)) return;
    const lower = tokens.map((t) => t.kind === TokenKind.Word && !t.cap);
    hits.push({ entry, alias, kind, ambiguous, acronym: isAcronym(alias), lower });
    count++;
  };
  for (const entry of entries) {
    const ambiguous = new Set(entry.ambiguous ?? []);
    add(entry, entry.name, "name", ambiguous.has(entry.name));
    for (const a of entry.aliases) add(entry, a, "alias", ambiguous.has(a));
    for (const d of entry.demonyms ?? []) add(entry, d, "demonym", ambiguous.has(d));
  }
  return { root, count };
}

function collectGivenNames(entries: Iterable<Entry>): Set<string> {
  const names = new Set<string>();
  for (const e of entries) {
    if (e.type !== "person") continue;
    const first = tokenize(e.name)[0];
    if (first && first.kind === TokenKind.Word && first.key.length > 1) names.add(first.key);
  }
  return names;
}

export function createKnowledgeBase(data: CompiledDataset): KnowledgeBase {
  const byId = new Map<string, Entry>();
  for (const entry of data.entries) byId.set(entry.id, entry);
  let aliases: AliasIndex | undefined;
  let givenNames: Set<string> | undefined;
  return {
    size: byId.size,
    get: (id) => byId.get(id),
    entries: () => byId.values(),
    get aliases() { return (aliases ??= buildAliasIndex(byId.values())); },
    get givenNames() { return (givenNames ??= collectGivenNames(byId.values())); },
  };
}

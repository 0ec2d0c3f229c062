/**
 * The alias trie, built at build time and shipped in the compiled file as one flat array, so a
 * cold background makes the trie's maps straight from it: no tokenizing of ~15,000 aliases and no
 * trie walks (together most of a cold index build, measured by scripts/measure-dataset.mjs).
 *
 * Layout, in preorder, as few JSON values as it takes (each costs parse and read time): a map is
 * its child count followed by each child as
 *   key, hit count × 2 + 1 if the child has children, the hits, then if it has children the
 *   length of its own map's values and that map.
 * A hit is one number, ((entry row × 64 + string number) × 4 + flags), where the string number
 * counts the entry's name (0), aliases, then demonyms, giving the hit's alias and kind, and flags
 * are 1 acronym, 2 ambiguous. A hit with lower-case words is written as -(that number) - 1, then
 * its lower-case marks, bit i for token i.
 *
 * Only the root's map is made at load; a node's children are made from the array the first time
 * the recognizer reads them (`ShippedNode.next`): a text meets few of the ~13,000 deeper nodes.
 *
 * Trusted only for the entries it was built from: same count, the probe rows' ids in place, the
 * probe rows' aliases indexed as today's tokenizer would index them, and today's tokenizer giving
 * the build's fingerprint of a few hundred aliases of every shape (so a tokenizer changed since the
 * build is caught, and the index built the slow way instead).
 */
import type { AliasHit, AliasIndex, TrieNode } from "./kb";
import { indexedStrings, tokenizerFingerprint } from "./alias-keys";
import type { Entry } from "./schema";

export interface ShippedIndex {
  /** Number of entries the trie was built from. */
  entries: number;
  /** Number of aliases (hits) in the trie. */
  count: number;
  /** Rows whose ids and aliases are checked at load; each [row, id]. */
  probe: [number, string][];
  /** Given names of the entries' people, folded. */
  givenNames: string[];
  /** Aliases of many shapes, one a line, and the build's tokenizer's fingerprint of them. */
  fingerprint: { text: string; tokens: string };
  trie: (string | number)[];
}

/** Lower-case marks beyond this many tokens do not fit a number's bits: such an index is not shipped. */
const MAX_TOKENS = 30;
/** An entry with more strings than this (name, aliases, demonyms) cannot be written: such an index is not shipped. */
const STRINGS_PER_ENTRY = 64;

// ---------------------------------------------------------------------------------------------
// Build time

export function encodeShippedIndex(index: AliasIndex, entries: readonly Entry[], givenNames: Iterable<string>, probeRows: number[], fingerprintText: string): ShippedIndex | undefined {
  const row = new Map<Entry, number>();
  entries.forEach((e, i) => row.set(e, i));
  const flat: (string | number)[] = [];
  let ok = true;
  const stringNumber = (h: AliasHit): number => {
    const e = h.entry;
    const strings = indexedStrings(e);
    const from = h.kind === "name" ? 0 : h.kind === "alias" ? 1 : 1 + e.aliases.length;
    const to = h.kind === "name" ? 1 : h.kind === "alias" ? 1 + e.aliases.length : strings.length;
    for (let i = from; i < to; i++) if (strings[i] === h.alias) return i;
    ok = false;
    return 0;
  };
  const writeMap = (map: Map<string, TrieNode>) => {
    flat.push(map.size);
    for (const [key, node] of map) {
      const hits = node.hits ?? [];
      flat.push(key, hits.length * 2 + (node.next ? 1 : 0));
      for (const h of hits) {
        const r = row.get(h.entry);
        const k = stringNumber(h);
        if (r === undefined || k >= STRINGS_PER_ENTRY || h.lower.length > MAX_TOKENS) ok = false;
        const hit = ((r ?? 0) * STRINGS_PER_ENTRY + k) * 4 + (h.acronym ? 1 : 0) + (h.ambiguous ? 2 : 0);
        let marks = 0;
        h.lower.forEach((l, i) => { if (l) marks += 2 ** i; });
        if (marks === 0) flat.push(hit);
        else flat.push(-hit - 1, marks);
      }
      if (node.next) {
        const at = flat.length;
        flat.push(0);
        writeMap(node.next);
        flat[at] = flat.length - at - 1;
      }
    }
  };
  writeMap(index.root);
  if (!ok) return undefined;
  return {
    entries: entries.length,
    count: index.count,
    probe: probeRows.map((r) => [r, entries[r]!.id]),
    givenNames: [...givenNames],
    fingerprint: { text: fingerprintText, tokens: tokenizerFingerprint(fingerprintText) },
    trie: flat,
  };
}

// ---------------------------------------------------------------------------------------------
// Load time: every value is checked as it is read; anything unexpected gives undefined (the
// caller then builds the index the slow way), never an exception.

/** Lower-case marks shared between hits (hits never change them): most are all false. */
function lowerMarks(cache: Map<number, boolean[]>, marks: number, tokens: number): boolean[] {
  const key = marks * 32 + tokens;
  let lower = cache.get(key);
  if (!lower) {
    lower = new Array<boolean>(tokens);
    for (let i = 0; i < tokens; i++) lower[i] = (marks & (1 << i)) !== 0;
    cache.set(key, lower);
  }
  return lower;
}

interface Reader {
  flat: readonly unknown[];
  entries: readonly Entry[];
  keep: ((e: Entry) => boolean) | undefined;
  marks: Map<number, boolean[]>;
  noneLower: boolean[][];
}

/** A node of the shipped trie: its children are made from the array on first read. */
class ShippedNode implements TrieNode {
  private made: Map<string, TrieNode> | null | undefined;
  constructor(public hits: AliasHit[] | null, private readonly reader: Reader | null, private readonly at: number, private readonly depth: number) {
    this.made = reader ? undefined : null;
  }
  get next(): Map<string, TrieNode> | null {
    if (this.made === undefined) this.made = readMap(this.reader!, this.at, this.depth)?.map ?? null;
    return this.made;
  }
  set next(map: Map<string, TrieNode> | null) {
    this.made = map;
  }
}

/**
 * One map of the trie, starting at `pos`, its children left to be made; with the position after
 * it. Undefined when the values there are not a well-formed map (a damaged file: the part is left
 * out rather than thrown about).
 */
function readMap(r: Reader, start: number, depth: number): { map: Map<string, TrieNode>; end: number } | undefined {
  const { flat, entries, keep } = r;
  let pos = start;
  const size = flat[pos++];
  if (typeof size !== "number" || size < 1 || depth >= MAX_TOKENS) return undefined;
  const map = new Map<string, TrieNode>();
  const tokens = depth + 1;
  const noneLower = r.noneLower[tokens]!;
  for (let c = 0; c < size; c++) {
    const key = flat[pos++];
    const code = flat[pos++];
    if (typeof key !== "string" || typeof code !== "number") return undefined;
    const hitCount = code >> 1;
    let hits: AliasHit[] | null = null;
    for (let h = 0; h < hitCount; h++) {
      const value = flat[pos++];
      if (typeof value !== "number") return undefined;
      let hit = value;
      let lower = noneLower;
      if (hit < 0) {
        hit = -hit - 1;
        const marks = flat[pos++];
        if (typeof marks !== "number") return undefined;
        lower = lowerMarks(r.marks, marks, tokens);
      }
      const flags = hit & 3;
      const ref = (hit - flags) / 4;
      const k = ref % STRINGS_PER_ENTRY;
      const entry = entries[(ref - k) / STRINGS_PER_ENTRY];
      if (entry === undefined) return undefined;
      if (keep && !keep(entry)) continue;
      const aliasCount = entry.aliases.length;
      const alias = k === 0 ? entry.name : k <= aliasCount ? entry.aliases[k - 1] : entry.demonyms?.[k - 1 - aliasCount];
      if (typeof alias !== "string") return undefined;
      const found: AliasHit = {
        entry, alias, kind: k === 0 ? "name" : k <= aliasCount ? "alias" : "demonym",
        ambiguous: (flags & 2) !== 0, acronym: (flags & 1) !== 0, lower, folded: null,
      };
      if (hits) hits.push(found);
      else hits = [found];
    }
    let node: ShippedNode;
    if ((code & 1) === 1) {
      const span = flat[pos++];
      if (typeof span !== "number" || span < 2) return undefined;
      node = new ShippedNode(hits, r, pos, tokens);
      pos += span;
    } else {
      node = new ShippedNode(hits, null, 0, tokens);
    }
    // A leaf whose only hits were left out (a replaced entry) is not kept.
    if (hits || (code & 1) === 1) map.set(key, node);
  }
  return { map, end: pos };
}

/**
 * The trie of `shipped`, with hits for entries `keep` rejects left out (entries the reader's own
 * replaced); undefined when `shipped` is not an index of `entries` or its root is not well formed.
 */
export function decodeShippedIndex(shipped: unknown, entries: readonly Entry[], keep?: (e: Entry) => boolean): AliasIndex | undefined {
  if (typeof shipped !== "object" || shipped === null) return undefined;
  const s = shipped as Partial<ShippedIndex>;
  const flat = s.trie;
  if (s.entries !== entries.length || typeof s.count !== "number" || !Array.isArray(flat) || !Array.isArray(s.probe)) return undefined;
  for (const p of s.probe) if (!Array.isArray(p) || entries[p[0] as number]?.id !== p[1]) return undefined;
  const noneLower: boolean[][] = [];
  for (let t = 0; t <= MAX_TOKENS; t++) noneLower.push(new Array<boolean>(t).fill(false));
  const reader: Reader = { flat, entries, keep, marks: new Map(), noneLower };
  try {
    const root = readMap(reader, 0, 0);
    // The root's children's spans must add up to the whole array.
    if (!root || root.end !== flat.length) return undefined;
    // Hits of left-out entries are dropped as their nodes are made: count them out now.
    let count = s.count;
    if (keep) for (const e of entries) if (!keep(e)) count -= 1 + e.aliases.length + (e.demonyms?.length ?? 0);
    return { root: root.map, count };
  } catch {
    return undefined;
  }
}

/**
 * True when the probe entries' aliases sit in `index` as `reference` (the same entries indexed by
 * today's tokenizer) has them: same paths, same hits.
 */
export function agreesWith(index: AliasIndex, reference: AliasIndex): boolean {
  const walk = (ref: Map<string, TrieNode>, got: Map<string, TrieNode> | null): boolean => {
    for (const [key, node] of ref) {
      const other = got?.get(key);
      if (!other) return false;
      for (const h of node.hits ?? []) {
        const same = other.hits?.some((o) => o.entry === h.entry && o.kind === h.kind && o.alias === h.alias &&
          o.acronym === h.acronym && o.ambiguous === h.ambiguous && o.lower.length === h.lower.length && o.lower.every((l, i) => l === h.lower[i]));
        if (!same) return false;
      }
      if (node.next && !walk(node.next, other.next)) return false;
    }
    return true;
  };
  return walk(reference.root, index.root);
}

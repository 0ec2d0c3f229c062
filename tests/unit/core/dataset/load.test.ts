/**
 * The compiled dataset file from text to a ready knowledge base: the compiled form keeps every
 * field, the shipped alias index is the index tokenizing gives, and a malformed file or index is
 * reported (or rebuilt) rather than thrown.
 */
import { describe, expect, it } from "vitest";
import { compileDataset } from "../../../../src/core/dataset/compiled";
import { type AliasIndex, buildAliasIndex, createKnowledgeBase, type TrieNode } from "../../../../src/core/dataset/kb";
import { loadKnowledgeBase, parseDataset } from "../../../../src/core/dataset/load";
import type { CompiledDataset, Entry } from "../../../../src/core/dataset/schema";
import { ENTRIES } from "../names/fixture";

/** Every hit of an index as text, path first, in trie order: two indexes are the same if these are. */
function hitsOf(index: AliasIndex): string[] {
  const out: string[] = [];
  const walk = (map: Map<string, TrieNode>, path: string) => {
    for (const [key, node] of map) {
      for (const h of node.hits ?? []) out.push(`${path}${key} -> ${h.entry.id} ${h.kind} "${h.alias}" amb=${h.ambiguous} acr=${h.acronym} lower=${h.lower.join(",")}`);
      if (node.next) walk(node.next, `${path}${key} `);
    }
  };
  walk(index.root, "");
  return out;
}

const RICH: Entry[] = [
  ...ENTRIES,
  {
    id: "Q458", type: "organization", subtype: "international-organization", name: "European Union", aliases: ["EU", "the Union of Europe"],
    description: "Political and economic union of 27 member states.", country: "Q30",
    facts: [
      { key: "population", value: 449_206_579, unit: "people", source: "Eurostat", asOf: "2024-01-01" },
      { key: "headquarters", value: "Brussels", ref: "Q1899", source: "Wikidata", asOf: "2025" },
    ],
    offices: [{ role: "Bloc", of: "Q30", start: "1993-11-01", end: "2100" }],
    start: "1993-11-01", flag: "🇪🇺", sameAs: ["gloss:org-eu"], source: "Wikipedia", asOf: "2025-06",
  },
];
const compiled = compileDataset(RICH, "2026-01-01");
const text = JSON.stringify(compiled);

describe("compiled form", () => {
  it("keeps every entry, field, fact, source and as-of date through text and back", () => {
    const parsed = parseDataset(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.entries).toEqual(RICH);
    expect(parsed.value.entries[RICH.length - 1]!.facts.map((f) => [f.source, f.asOf])).toEqual([["Eurostat", "2024-01-01"], ["Wikidata", "2025"]]);
  });

  it("ships an alias index that loads as exactly the index tokenizing gives, given names too", () => {
    expect(compiled.index?.entries).toBe(RICH.length);
    const kb = createKnowledgeBase(JSON.parse(text) as CompiledDataset);
    expect(hitsOf(kb.aliases)).toEqual(hitsOf(buildAliasIndex(RICH)));
    expect(kb.aliases.count).toBe(buildAliasIndex(RICH).count);
    expect([...kb.givenNames].sort()).toEqual(["abdullah", "gerhard", "joe", "theresa", "volodymyr"]);
  });

  it("reads the expanded form without an index too (hand-made datasets)", () => {
    const plain = parseDataset(JSON.stringify({ version: 1, builtAt: "2024-01-01", entries: RICH }));
    expect(plain.ok && plain.value.entries.length).toBe(RICH.length);
  });
});

describe("knowledge base lookups", () => {
  it("finds an entry by any id in its sameAs", () => {
    const kb = createKnowledgeBase(compiled);
    expect(kb.get("gloss:org-eu")?.id).toBe("Q458");
    expect(kb.get("Q458")?.name).toBe("European Union");
    expect(kb.get("gloss:nothing")).toBeUndefined();
    expect(kb.size).toBe(RICH.length);
  });

  it("indexes the reader's entries after the shipped index, a replaced entry's aliases gone", () => {
    const ours: Entry = { id: "Q458", type: "organization", name: "Union of Ours", aliases: ["UO"], description: "Ours.", facts: [], source: "me", asOf: "2026" };
    const acme: Entry = { id: "acme:1", type: "organization", name: "Acme Corporation", aliases: [], description: "Acme.", facts: [], source: "me", asOf: "2026" };
    const loaded = loadKnowledgeBase(text, [ours, acme]);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const kb = loaded.value;
    expect(kb.get("Q458")?.name).toBe("Union of Ours");
    // The replaced entry's other ids now lead to the reader's entry.
    expect(kb.get("gloss:org-eu")?.name).toBe("Union of Ours");
    const hits = hitsOf(kb.aliases);
    expect(hits.some((h) => h.startsWith("european union ->"))).toBe(false);
    expect(hits).toContain('uo -> Q458 alias "UO" amb=false acr=true lower=false');
    expect(hits).toContain('acme corporation -> acme:1 name "Acme Corporation" amb=false acr=false lower=false,false');
    const expected = buildAliasIndex([...RICH.filter((e) => e.id !== "Q458"), ours, acme]);
    expect([...hits].sort()).toEqual([...hitsOf(expected)].sort());
  });
});

describe("malformed input", () => {
  const broken = (mutate: (d: Record<string, unknown> & { entries: Record<string, unknown>[] }) => void): string => {
    const d = JSON.parse(text) as Record<string, unknown> & { entries: Record<string, unknown>[] };
    mutate(d);
    return JSON.stringify(d);
  };
  const cases: [string, string, RegExp][] = [
    ["text that is not JSON", '{"version":2,"entries":[', /not valid JSON/],
    ["a truncated file", text.slice(0, text.length / 2), /not valid JSON/],
    ["JSON that is not an object", "[1,2,3]", /not an object/],
    ["a newer version", broken((d) => { d.version = 99; }), /version 99/],
    ["no entries", broken((d) => { delete (d as { entries?: unknown }).entries; }), /no entries/],
    ["an entry without a name", broken((d) => { delete d.entries[0]!.name; }), /entry 0 \(Q30\): missing id, type, name/],
    ["an alias that is a number", broken((d) => { (d.entries[1]!.aliases as unknown[]).push(7); }), /entry 1 \(Q212\): aliases must be strings/],
    ["a fact without a source", broken((d) => { delete (d.entries.at(-1)!.facts as Record<string, unknown>[])[1]!.source; }), /fact 1 needs key, value, source and asOf/],
    ["facts that are not an array", broken((d) => { d.entries[2]!.facts = "none"; }), /facts must be an array/],
    ["an office without a start", broken((d) => { delete (d.entries.at(-1)!.offices as Record<string, unknown>[])[0]!.start; }), /office 0 needs role and start/],
    ["an entry that is null", broken((d) => { d.entries[3] = null as unknown as Record<string, unknown>; }), /entry 3: not an object/],
  ];
  for (const [what, input, message] of cases) {
    it(`reports ${what} as a message, never an exception`, () => {
      const parsed = parseDataset(input);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(message);
      const loaded = loadKnowledgeBase(input);
      expect(loaded.ok).toBe(false);
    });
  }

  it("rebuilds the index by tokenizing when the shipped one is damaged, for other entries, or from another tokenizer", () => {
    const reference = hitsOf(buildAliasIndex(RICH));
    const damaged = [
      broken((d) => { (d.index as { trie: unknown[] }).trie.splice(5, 3); }),
      broken((d) => { (d.index as { trie: unknown[] }).trie[1] = 42; }),
      broken((d) => { (d.index as { trie: unknown[] }).trie.push("extra"); }),
      broken((d) => { d.index = "not an index"; }),
      broken((d) => { (d.index as { probe: unknown }).probe = [[0, "Q999"]]; }),
      // A tokenizer that cuts the fingerprint's aliases otherwise than the build's did.
      broken((d) => { (d.index as { fingerprint: { tokens: string } }).fingerprint.tokens += "\nx x 0"; }),
      broken((d) => { delete (d.index as { fingerprint?: unknown }).fingerprint; }),
      // A probe row's alias (the first person's is always one) keyed as another tokenizer would key it.
      broken((d) => {
        const trie = (d.index as { trie: unknown[] }).trie;
        trie[trie.indexOf("joe")] = "jo";
      }),
    ];
    for (const input of damaged) {
      const loaded = loadKnowledgeBase(input);
      expect(loaded.ok).toBe(true);
      if (loaded.ok) expect(hitsOf(loaded.value.aliases)).toEqual(reference);
    }
    // A subset of the entries with the whole set's index (a filtered copy).
    const subset = { ...compiled, entries: RICH.filter((_, i) => i % 2 === 0) };
    expect(hitsOf(createKnowledgeBase(subset).aliases)).toEqual(hitsOf(buildAliasIndex(subset.entries)));
  });
});

/**
 * The compiled dataset file: made by `scripts/build-data.mjs` (`compileDataset`) and read at every
 * cold start of the background (`readCompiledDataset`).
 *
 * Measured in a fresh process (scripts/measure-dataset.mjs), what a cold start pays is JavaScript
 * run per value, far more than bytes parsed: JSON.parse makes objects in native code, while any
 * unpacking loop (string tables, rows, columns) runs in the interpreter. So the entries stay JSON
 * objects with their schema's field names, empty optional fields left out, and the work that was
 * done per alias at load (tokenizing, trie walks) is done at build time and shipped as `index`.
 */
import { buildAliasIndex } from "./kb";
import { computeEntryKeys } from "./alias-keys";
import type { CompiledDataset, Entry, Fact, Office } from "./schema";
import { encodeShippedIndex } from "./shipped-index";

export const COMPILED_VERSION = 2;

/** The compiled data is not what this loader reads: the message says what and where. */
export class DatasetFormatError extends Error {
  override name = "DatasetFormatError";
}

/** Rows checked at load against the tokenizer: entries whose aliases use each of its branches. */
function probeRows(entries: readonly Entry[]): number[] {
  const features: RegExp[] = [
    /[^\x00-\x7f]/, // accents and other scripts: folding
    /\b[A-Z]\.[A-Z]\./, // dotted abbreviations
    /['\u2019]/, // apostrophes
    /-/, // hyphens: punctuation tokens
    /\b[a-z]/, // lower-case words
    /\b[A-Z0-9]{2,}\b/, // acronyms
    /[A-Za-z]*(y|([a-z])\2)[a-z]{3,}/, // loosened long words
    /\d/,
  ];
  const picked = new Set<number>();
  for (const f of features) {
    let n = 0;
    for (let i = 0; i < entries.length && n < 2; i++) {
      const e = entries[i]!;
      if ([e.name, ...e.aliases, ...(e.demonyms ?? [])].some((a) => f.test(a))) { picked.add(i); n++; }
    }
  }
  const person = entries.findIndex((e) => e.type === "person");
  if (person >= 0) picked.add(person);
  return [...picked].sort((a, b) => a - b);
}

/** Up to `max` strings of the entries of each irregular shape, one a line: the tokenizer fingerprint's text. */
function fingerprintText(entries: readonly Entry[], max = 240): string {
  const irregular = /[^A-Za-z ]|\b[a-z]|[A-Z]{2}|y|([a-z])\1/;
  const all = entries.flatMap((e) => [e.name, ...e.aliases, ...(e.demonyms ?? [])]).filter((a) => irregular.test(a));
  const step = Math.max(1, Math.floor(all.length / max));
  const picked: string[] = [];
  for (let i = 0; i < all.length && picked.length < max; i += step) picked.push(all[i]!);
  return picked.join("\n");
}

/** The compiled file's content for validated entries (build time). Entry order is index order. */
export function compileDataset(entries: Entry[], builtAt: string): CompiledDataset {
  const givenNames = new Set<string>();
  for (const e of entries) {
    const given = e.type === "person" ? computeEntryKeys(e).given : "";
    if (given) givenNames.add(given);
  }
  const index = encodeShippedIndex(buildAliasIndex(entries), entries, givenNames, probeRows(entries), fingerprintText(entries));
  return { version: COMPILED_VERSION, builtAt, entries, ...(index ? { index } : {}) };
}

function fail(msg: string): never {
  throw new DatasetFormatError(`compiled dataset: ${msg}`);
}

function isStrings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
  return true;
}

function badEntry(i: number, e: unknown, what: string): never {
  const id = typeof (e as Entry | null)?.id === "string" ? ` (${(e as Entry).id})` : "";
  return fail(`entry ${i}${id}: ${what}`);
}

/**
 * Checks a parsed compiled file (any version: 1 had no index) deeply enough that nothing built on
 * it can meet a value of the wrong type: each entry's fields the index, cards and figure context
 * read, each fact's and office's. Throws `DatasetFormatError` naming the entry. Plain loops, no
 * closure per entry: this runs cold, in the interpreter, over every entry.
 */
export function readCompiledDataset(value: unknown): CompiledDataset {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail("not an object");
  const d = value as Partial<CompiledDataset>;
  if (typeof d.version !== "number" || d.version > COMPILED_VERSION) fail(`version ${JSON.stringify(d.version)}, this loader reads up to ${COMPILED_VERSION}`);
  const entries = d.entries;
  if (!Array.isArray(entries)) fail("no entries");
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry | null;
    if (typeof e !== "object" || e === null) badEntry(i, e, "not an object");
    if (typeof e.id !== "string" || typeof e.type !== "string" || typeof e.name !== "string" || typeof e.description !== "string" ||
        typeof e.source !== "string" || typeof e.asOf !== "string") badEntry(i, e, "missing id, type, name, description, source or asOf");
    if (!isStrings(e.aliases)) badEntry(i, e, "aliases must be strings");
    if ((e.demonyms !== undefined && !isStrings(e.demonyms)) || (e.ambiguous !== undefined && !isStrings(e.ambiguous)) ||
        (e.sameAs !== undefined && !isStrings(e.sameAs))) badEntry(i, e, "demonyms, ambiguous and sameAs must be strings");
    const facts = e.facts as unknown;
    if (!Array.isArray(facts)) badEntry(i, e, "facts must be an array");
    for (let f = 0; f < facts.length; f++) {
      const x = facts[f] as Fact | null;
      if (typeof x !== "object" || x === null || typeof x.key !== "string" || (typeof x.value !== "number" && typeof x.value !== "string") ||
          typeof x.source !== "string" || typeof x.asOf !== "string") badEntry(i, e, `fact ${f} needs key, value, source and asOf`);
    }
    const offices = e.offices as unknown;
    if (offices !== undefined) {
      if (!Array.isArray(offices)) badEntry(i, e, "offices must be an array");
      for (let o = 0; o < offices.length; o++) {
        const x = offices[o] as Office | null;
        if (typeof x !== "object" || x === null || typeof x.role !== "string" || typeof x.start !== "string") badEntry(i, e, `office ${o} needs role and start`);
      }
    }
  }
  if (typeof d.builtAt !== "string") fail("no builtAt");
  // A malformed index is not fatal: it is checked as it is read and, if it does not fit, rebuilt.
  return d as CompiledDataset;
}

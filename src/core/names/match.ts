/**
 * A run of capitalized words → candidate names: dataset aliases found by walking the alias trie
 * (longest match, case-aware), titles cut off ("Ukrainian President Volodymyr Zelenskyy" →
 * nationality, title, person), and what is left kept whole as one candidate.
 */
import type { AliasHit, TrieNode } from "../dataset/kb";
import { matchKey, TokenKind, type Token } from "../text/tokenize";
import { compileWordTable, type WordTable, wordTableIndex } from "../text/word-table";
import { emptyCandidate, type AliasMatch, type Candidate } from "./doc-types";
import type { Flags } from "./layout";
import { inList, LEX_COMMON, LEX_HONORIFIC, LEX_ORG_SUFFIX, LEX_TITLE, LEX_TITLE_MODIFIER } from "./lexicon";
import type { Run } from "./runs";

/** Whether the text tokens [from, from + hit tokens) are written as the alias demands. */
function caseFits(tokens: Token[], from: number, hit: AliasHit, shouty: Flags): boolean {
  for (let k = 0; k < hit.lower.length; k++) {
    const t = tokens[from + k]!;
    if (t.kind !== TokenKind.Word) continue;
    if (hit.acronym) {
      if (t.upper) {
        // "US", "IT", "WHO" in a line of capitals are words, not acronyms.
        if (shouty[from + k] && !t.dotted && inList(t, LEX_COMMON)) return false;
        continue;
      }
      // British style "Nato", "Unesco": long acronyms may be written as names.
      if (t.cap && hit.alias.length >= 4 && !t.dotted && !inList(t, LEX_COMMON)) continue;
      return false;
    }
    if (!hit.lower[k] && !t.cap) return false;
  }
  return true;
}

/** Longest alias starting at token `from` that the text writes correctly, or null. */
export function longestAlias(tokens: Token[], from: number, root: Map<string, TrieNode>, shouty: Flags): AliasMatch | null {
  return walkAlias(tokens, from, root.get(tokens[from]!.match), shouty);
}

/** The walk of `longestAlias` from `first`, the root's child for token `from`. */
function walkAlias(tokens: Token[], from: number, first: TrieNode | undefined, shouty: Flags): AliasMatch | null {
  let best: AliasMatch | null = null;
  let node = first;
  for (let j = from; node; ) {
    if (node.hits) {
      // Most nodes hold one hit, which fits: no new array then.
      const hits = node.hits;
      const fits = hits.length === 1 ? (caseFits(tokens, from, hits[0]!, shouty) ? hits : []) : hits.filter((h) => caseFits(tokens, from, h, shouty));
      if (fits.length) best = { from, to: j + 1, hits: fits };
    }
    const map = node.next;
    j++;
    if (!map || j >= tokens.length) break;
    const t = tokens[j]!;
    if (t.breakBefore > 0) break;
    node = map.get(matchKey(t));
  }
  return best;
}

/**
 * The root's children in a typed-array hash table: every capitalized word of a text is looked up
 * there, most of them fresh strings the engine would hash first (see text/word-table.ts). Built once
 * per root; the index only ever adds keys to a root (its nodes stay), so a root that grew is simply
 * built again.
 */
interface RootTable {
  size: number;
  table: WordTable;
  nodes: TrieNode[];
}

const rootTables = new WeakMap<Map<string, TrieNode>, RootTable>();

function rootTable(root: Map<string, TrieNode>): RootTable {
  let built = rootTables.get(root);
  if (!built || built.size !== root.size) {
    const nodes: TrieNode[] = [];
    const keys: [string, number][] = [];
    for (const [key, node] of root) {
      keys.push([key, nodes.length]);
      nodes.push(node);
    }
    built = { size: root.size, table: compileWordTable(keys), nodes };
    rootTables.set(root, built);
  }
  return built;
}

/**
 * `longestAlias` over one text, each start walked once: the recognizer asks for the same start from
 * several places (weak-position check, runs, title cuts, hyphenated names).
 */
export class AliasFinder {
  /** Filled to the text's length up front: an array written at scattered indexes would turn sparse (slow). */
  private readonly memo: (AliasMatch | null | undefined)[];

  private readonly root: RootTable;

  constructor(private readonly tokens: Token[], root: Map<string, TrieNode>, private readonly shouty: Flags) {
    this.memo = new Array<AliasMatch | null | undefined>(tokens.length).fill(undefined);
    this.root = rootTable(root);
  }

  /** Longest alias starting at token `from` (shared: callers must not change it). */
  at(from: number): AliasMatch | null {
    let m = this.memo[from];
    if (m === undefined) {
      const index = wordTableIndex(this.root.table, this.tokens[from]!.match);
      m = this.memo[from] = walkAlias(this.tokens, from, index < 0 ? undefined : this.root.nodes[index], this.shouty);
    }
    return m;
  }
}

function isTitleHead(t: Token): boolean {
  return t.kind === TokenKind.Word && t.cap && inList(t, LEX_TITLE);
}

function lastWord(tokens: Token[], to: number): Token {
  const t = tokens[to - 1]!;
  return t.key === "." && to - 2 >= 0 ? tokens[to - 2]! : t;
}

interface Segment { from: number; to: number; title: string | null }

/** Cut a run at title phrases; the words after a title are the person's name. */
function splitAtTitles(tokens: Token[], run: Run, covered: (i: number) => boolean, text: string): Segment[] {
  const segments: Segment[] = [];
  const orgLike = inList(lastWord(tokens, run.to), LEX_ORG_SUFFIX);
  let segFrom = run.from;
  let title: string | null = null;
  let i = run.from;
  while (i < run.to) {
    const t = tokens[i]!;
    // A title word ending the run names no one after it ("Douglas Cardinal", "the President").
    const last = i === run.to - 1 || (i === run.to - 2 && tokens[run.to - 1]!.key === ".");
    if (!isTitleHead(t) || covered(i) || (orgLike && !inList(t, LEX_HONORIFIC)) || (last && !inList(t, LEX_HONORIFIC))) { i++; continue; }
    // Extend left over modifiers ("Prime", "Foreign", "Deputy") and right over more titles, dots, hyphens.
    let ts = i;
    while (ts > segFrom) {
      const p = tokens[ts - 1]!;
      if (covered(ts - 1)) break;
      if (p.kind === TokenKind.Word && inList(p, LEX_TITLE_MODIFIER | LEX_TITLE)) { ts--; continue; }
      if ((p.key === "." || p.key === "-") && ts - 2 >= segFrom && inList(tokens[ts - 2]!, LEX_TITLE)) { ts--; continue; }
      break;
    }
    let te = i + 1;
    while (te < run.to) {
      const q = tokens[te]!;
      if (covered(te)) break;
      if (q.key === "." || q.key === "-") { te++; continue; }
      if (q.kind === TokenKind.Word && (inList(q, LEX_TITLE) || inList(q, LEX_TITLE_MODIFIER) && te + 1 < run.to && inList(tokens[te + 1]!, LEX_TITLE))) { te++; continue; }
      // "Secretary of State Madeleine Albright": "of" and common words belong to the title.
      if (q.key === "of" && te + 1 < run.to && inList(tokens[te + 1]!, LEX_COMMON)) {
        te += 2;
        while (te < run.to && tokens[te]!.kind === TokenKind.Word && inList(tokens[te]!, LEX_COMMON) && !covered(te)) te++;
        continue;
      }
      break;
    }
    if (ts > segFrom) segments.push({ from: segFrom, to: ts, title });
    title = text.slice(tokens[ts]!.start, tokens[te - 1]!.end);
    segFrom = te;
    i = te;
  }
  if (segFrom < run.to) segments.push({ from: segFrom, to: run.to, title });
  return segments;
}

/** Appends the run's candidates to `out` (one array for the whole text, none per run). */
export function matchRun(tokens: Token[], run: Run, aliases: AliasFinder, text: string, out: Candidate[]): void {
  // Most runs are one word: no titles to cut, one alias walk.
  if (run.to - run.from === 1) {
    const m = aliases.at(run.from);
    if (!m || m.to === run.to) {
      const c = emptyCandidate(run.from, run.to);
      c.hits = m ? m.hits : null;
      out.push(c);
      return;
    }
  }
  const found: AliasMatch[] = [];
  let end = run.to;
  for (let p = run.from; p < end; ) {
    let m = tokens[p]!.kind === TokenKind.Word ? aliases.at(p) : null;
    // "President Xi Jinping": an alias that swallows a title ("President Xi") yields to a longer name after it.
    if (m && isTitleHead(tokens[p]!)) {
      const after = aliases.at(p + 1);
      if (after && (after.to > m.to || (after.to === m.to && after.hits.some((h) => m!.hits.some((x) => x.entry === h.entry))))) m = null;
    }
    if (m) { found.push(m); p = m.to; if (m.to > end) end = m.to; } else p++;
  }
  // Tokens inside a dataset alias (a run without any needs no set).
  const coveredSet = found.length ? new Set<number>() : null;
  if (coveredSet) for (const m of found) for (let k = m.from; k < m.to; k++) coveredSet.add(k);
  // Segments and aliases both run left to right: one pointer keeps this linear in the run.
  let next = 0;
  for (const seg of splitAtTitles(tokens, { from: run.from, to: end }, coveredSet ? (k) => coveredSet.has(k) : () => false, text)) {
    let a = seg.from;
    const b = seg.to;
    // Skip punctuation left at a segment edge by a title cut.
    while (a < b && tokens[a]!.kind === TokenKind.Punct) a++;
    if (a >= b) continue;
    while (next < found.length && found[next]!.from < a) next++;
    const inside: AliasMatch[] = [];
    while (next < found.length && found[next]!.to <= b) inside.push(found[next++]!);
    // "Japan's Finance Ministry": a dataset name before the possessive is a name of its own.
    const head = inside[0];
    if (head && head.from === a && tokens[head.to]?.key === "'" && tokens[head.to + 1]?.key === "s" && head.to + 2 < b) {
      const own = emptyCandidate(head.from, head.to);
      own.hits = head.hits;
      out.push(own);
      inside.shift();
      a = head.to + 2;
    }
    const first = inside[0];
    // A demonym opening a longer run is a nationality ("German Foreign Ministry" → German + Foreign
    // Ministry), unless all that follows is one organization word ("Chinese Embassy").
    const bareOrgWord = first !== undefined && b - first.to === 1 && inList(tokens[first.to]!, LEX_ORG_SUFFIX);
    if (first && first.from === a && first.to < b && first.hits.some((h) => h.kind === "demonym") && !bareOrgWord) {
      const nat = emptyCandidate(first.from, first.to);
      nat.hits = first.hits.filter((h) => h.kind === "demonym");
      out.push(nat);
      inside.shift();
      a = first.to;
    }
    let coveredAll = true;
    let pos = a;
    for (const m of inside) { if (m.from !== pos) coveredAll = false; pos = m.to; }
    if (pos !== b) coveredAll = false;
    // Several dataset names side by side are one name when a place opens it ("Manchester United").
    if (coveredAll && inside.length > 1 && inside[0]!.hits.every((h) => h.entry.type === "place" && h.kind !== "demonym") && inside.slice(1).some((m) => m.hits.some((h) => h.entry.type !== "place" && h.entry.type !== "person"))) coveredAll = false;
    if (coveredAll && inside.length > 0) {
      for (const m of inside) {
        const c = emptyCandidate(m.from, m.to);
        c.hits = m.hits;
        c.title = m === inside[0] ? seg.title : null;
        out.push(c);
      }
    } else {
      const c = emptyCandidate(a, b);
      c.inner = inside;
      c.title = seg.title;
      out.push(c);
    }
  }
}

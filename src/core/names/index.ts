/**
 * Name recognition: people, places, organizations, events (and nationalities) in English text,
 * linked to knowledge-base entries where possible.
 *
 * One pass cuts the text into tokens; capitalized words (where a capital means something) are
 * grouped into runs; each run is cut at titles and matched against the dataset's alias trie; what
 * the dataset lacks is typed from context (titles, organization and place words, given names,
 * speech verbs); a last pass over the article's own names links short forms and acronyms to the
 * full mention, and lets names found in running text be recognized in headlines and datelines.
 */
import type { KnowledgeBase } from "../dataset/kb";
import { tokenize, TokenKind } from "../text/tokenize";
import type { Mention } from "../types";
import { classifyUnknown } from "./classify";
import { analyzeLayout } from "./layout";
import { COMMON, FUNCTION_WORDS, NEVER_NAMES } from "./lexicon";
import { DocState, type Candidate } from "./doc";
import { longestAlias, matchRun } from "./match";
import { buildRuns } from "./runs";

/** Below this a guess is not shown. */
const MIN_CONFIDENCE = 0.5;

export function recognizeNames(text: string, kb: KnowledgeBase): Mention[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const layout = analyzeLayout(tokens);
  const n = tokens.length;
  const weak = new Uint8Array(n);
  // Words this article capitalizes where a capital means something: evidence for weak positions.
  const strongCaps = new Set<string>();
  for (let i = 0; i < n; i++) {
    weak[i] = layout.sentenceStart[i]! | layout.shouty[i]! | layout.titled[i]!;
    const t = tokens[i]!;
    if (t.cap && !weak[i] && t.kind === TokenKind.Word) strongCaps.add(t.key);
  }
  const nameish = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.kind !== TokenKind.Word) continue;
    if (t.key.length < 4 && NEVER_NAMES.has(t.key) && !t.dotted) {
      // "A. Dale", "I. Austin": a one-letter word before a dot is an initial, not an article or pronoun.
      const initial = t.key.length === 1 && tokens[i + 1]?.key === "." && tokens[i + 1]!.start === t.end;
      if (!initial) continue;
      nameish[i] = 1;
      continue;
    } else if (t.key.length >= 4 && NEVER_NAMES.has(t.key)) continue;
    if (!weak[i] || t.dotted) nameish[i] = 1;
    else if (!FUNCTION_WORDS.has(t.key) && (!COMMON.has(t.key) || strongCaps.has(t.key))) nameish[i] = 1;
  }
  // A dataset name opening with a common word at a weak spot ("NEW YORK", "The Hague", "Apple shares
  // rose"): a candidate still, which the document pass links only with context.
  const root = kb.aliases.root;
  for (let i = 0; i < n; i++) {
    if (nameish[i] || !weak[i] || tokens[i]!.kind !== TokenKind.Word || !tokens[i]!.cap || !root.has(tokens[i]!.match)) continue;
    const m = longestAlias(tokens, i, root, layout.shouty);
    if (m && m.hits.some((h) => h.kind !== "demonym")) for (let k = i; k < m.to; k++) if (tokens[k]!.cap) nameish[k] = 1;
  }

  const doc = new DocState(text, tokens, weak);
  const candidates: Candidate[] = [];
  const isName = (from: number, to: number) => longestAlias(tokens, from, root, layout.shouty)?.to === to;
  for (const run of buildRuns(tokens, nameish, isName)) for (const c of matchRun(tokens, run, kb, layout, text)) candidates.push(c);
  const resolved = doc.resolve(candidates, (c) => classifyUnknown(tokens, c, layout, weak, kb));
  return resolved.filter((c) => c.confidence >= MIN_CONFIDENCE && c.type !== null).map((c) => doc.toMention(c));
}

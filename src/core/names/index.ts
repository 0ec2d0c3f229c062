/**
 * Name recognition: people, places, organizations, events (and nationalities) in English text,
 * linked to knowledge-base entries where possible.
 *
 * One pass cuts the text into tokens; capitalized words (where a capital means something) are
 * grouped into runs; each run is cut at titles and matched against the dataset's alias trie; what
 * the dataset lacks is typed from context (titles, organization and place words, given names,
 * speech verbs); a last pass over the article's own names links short forms and acronyms to the
 * full mention, and lets names found in running text be recognized in headlines and datelines.
 * A very long text goes through all of this one window at a time (see WINDOW_CHARS), each window
 * starting from what the earlier ones established.
 */
import type { KnowledgeBase } from "../dataset/kb";
import { tokenize, TokenKind } from "../text/tokenize";
import type { Mention } from "../types";
import { classifyUnknown } from "./classify";
import { analyzeLayout } from "./layout";
import { inList, LEX_COMMON, LEX_FUNCTION, LEX_NEVER } from "./lexicon";
import { DocMemory, DocState, type Candidate } from "./doc";
import { textWindows } from "../text/windows";
import { AliasFinder, matchRun } from "./match";
import { buildRuns } from "./runs";

/** Below this a guess is not shown. */
const MIN_CONFIDENCE = 0.5;

/**
 * Texts longer than this are read in windows of at most this size, cut where the reading breaks
 * anyway, at a paragraph break where there is one (text/windows.ts). A text's tokens live until
 * its names are resolved; once there are more than fit the engine's young generation they are
 * copied and promoted, and every pass over them misses the cache: in one piece, time per character
 * (names, figures and cards) grew 2.7× from 0.1 MB to 1.6 MB (`npm run bench`, "linearity"); with
 * 64 KB windows, 1.22×. Larger windows still slowed: names alone, each build in its own process,
 * two runs each, took 35–37 / 44–72 / 47–49 ns a character at 0.1 / 0.4 / 1.6 MB with 64 KB windows
 * and 39–46 / 66–110 / 83–119 with 256 KB windows. A news story is far shorter (the seed is 5 KB;
 * the longest DEV document 10 KB) and is read whole.
 */
export const WINDOW_CHARS = 64 * 1024;

export function recognizeNames(text: string, kb: KnowledgeBase): Mention[] {
  const memory = new DocMemory();
  if (text.length <= WINDOW_CHARS) return recognizeWindow(text, kb, memory, false);
  const out: Mention[] = [];
  for (const [from, to] of textWindows(text, WINDOW_CHARS)) {
    for (const m of recognizeWindow(text.slice(from, to), kb, memory, to < text.length)) {
      m.start += from;
      m.end += from;
      out.push(m);
    }
  }
  return out;
}

/**
 * The names of one text, or of one window of a long text with what earlier windows taught
 * (`moreWindows`: windows follow, and this one leaves in `memory` what they need).
 */
function recognizeWindow(text: string, kb: KnowledgeBase, memory: DocMemory, moreWindows: boolean): Mention[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const n = tokens.length;
  // Every per-token array of this text in one allocation (see analyzeLayout).
  const flags = new Uint8Array(5 * n);
  const layout = analyzeLayout(tokens, flags.subarray(0, 3 * n));
  const { sentenceStart, shouty, titled } = layout;
  const weak = flags.subarray(3 * n, 4 * n);
  const nameish = flags.subarray(4 * n, 5 * n);
  // Words this article capitalizes where a capital means something: evidence for weak positions.
  // Only common words are asked about, all in the lexicon: marks on the lexicon, no set of strings.
  const strongCaps = memory.strongCaps;
  // One pass over the text; the capitalized words at weak positions are listed for the steps that
  // need every strong capital seen first.
  const weakCaps: number[] = [];
  const pending: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = sentenceStart[i]! | shouty[i]! | titled[i]!;
    weak[i] = w;
    const t = tokens[i]!;
    if (!t.cap || t.kind !== TokenKind.Word) continue;
    if (w) weakCaps.push(i);
    else strongCaps.add(t);
    if (inList(t, LEX_NEVER)) {
      if (t.key.length >= 4) continue;
      if (!t.dotted) {
        // "A. Dale", "I. Austin": a one-letter word before a dot is an initial, not an article or pronoun.
        const initial = t.key.length === 1 && tokens[i + 1]?.key === "." && tokens[i + 1]!.start === t.end;
        if (initial) nameish[i] = 1;
        continue;
      }
    }
    if (!w || t.dotted) nameish[i] = 1;
    else pending.push(i);
  }
  for (const i of pending) {
    const t = tokens[i]!;
    if (!inList(t, LEX_FUNCTION) && (!inList(t, LEX_COMMON) || strongCaps.has(t))) nameish[i] = 1;
  }
  // Every stage asks for the longest alias at a token, often the same token twice: one walk each.
  const aliases = new AliasFinder(tokens, kb.aliases.root, shouty);
  // A dataset name opening with a common word at a weak spot ("NEW YORK", "The Hague", "Apple shares
  // rose"): a candidate still, which the document pass links only with context.
  for (const i of weakCaps) {
    if (nameish[i]) continue;
    const m = aliases.at(i);
    if (m && m.hits.some((h) => h.kind !== "demonym")) for (let k = i; k < m.to; k++) if (tokens[k]!.cap) nameish[k] = 1;
  }

  const doc = new DocState(text, tokens, weak, layout.words, memory);
  const candidates: Candidate[] = [];
  const isName = (from: number, to: number) => aliases.at(from)?.to === to;
  for (const run of buildRuns(tokens, nameish, isName)) matchRun(tokens, run, aliases, text, candidates);
  const resolved = doc.resolve(candidates, (c) => classifyUnknown(tokens, c, layout, weak, kb));
  if (moreWindows) doc.rememberSport();
  const out: Mention[] = [];
  for (const c of resolved) if (c.confidence >= MIN_CONFIDENCE && c.type !== null) out.push(doc.toMention(c));
  return out;
}

/**
 * Runs: maximal stretches of name-like capitalized words, with what may sit inside a name between
 * them: initials and abbreviation dots ("Edward D. Jones", "St. Louis"), tight hyphens
 * ("Guinea-Bissau"), "&" ("A.G. Edwards & Sons"), particles ("Charles de Gaulle") and "of" after a
 * head word ("Bank of England"), and a possessive when it belongs to a company name
 * ("Boatmen's Bancshares Inc.").
 */
import type { Flags } from "./layout";
import { TokenKind, type Token } from "../text/tokenize";
import { CONNECTOR_LIST, inList, inSmallList, LEX_ABBREVIATION, LEX_TITLE, ORG_HEADS, ORG_SUFFIXES, PERSON_TITLES, PLACE_HEADS } from "./lexicon";

export interface Run {
  /** Token range, end exclusive. */
  from: number;
  to: number;
}

/** Company endings: "Kia Motor Corp of South Korea" is a company and a place. */
const LEGAL_SUFFIXES = new Set(["inc", "corp", "co", "cos", "ltd", "plc", "llc", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "ab", "oy", "asa", "kk"]);

/** Endings of company names that may hold a possessive ("Boatmen's Bancshares Inc.", "McDonald's Corp."). */
const COMPANY_ENDINGS = new Set([...LEGAL_SUFFIXES, "bancshares", "bancorp", "holdings", "industries", "group", "stores", "restaurants"]);

/** Heads after which "for", "on" and then "and", "in" may continue a name ("Organisation for Security and Cooperation in Europe"). */
const LONG_NAME_HEADS = new Set([...ORG_HEADS, ...[...ORG_SUFFIXES].filter((w) => !LEGAL_SUFFIXES.has(w)), "organisation", "organization", "center", "centre", "commission", "campaign", "coalition", "fund", "programme", "program"]);

/** Words after which "of" stays inside a name. */
const OF_HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...PERSON_TITLES, ...[...ORG_SUFFIXES].filter((w) => !LEGAL_SUFFIXES.has(w)),
  "republic", "kingdom", "states", "emirates", "islands", "isle", "duke", "duchess", "earl", "prince", "princess",
  "secretary", "minister", "commonwealth", "federation", "union", "organization", "organisation", "city", "port", "gulf", "bay", "cape", "strait"]);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === TokenKind.Word;
}

/** A tight hyphen at `at` joining the run to a lower-case word on side `dir`. */
function isHyphenBound(tokens: Token[], at: number, dir: 1 | -1): boolean {
  // Asked at both ends of every run: the hyphen first, as it is seldom there.
  const h = tokens[at];
  if (!h || h.key !== "-") return false;
  const w = tokens[at + dir];
  const inner = tokens[at - dir];
  if (!w || !inner) return false;
  const tight = dir === 1 ? inner.end === h.start && h.end === w.start : w.end === h.start && h.end === inner.start;
  return tight && w.kind === TokenKind.Word && !w.cap;
}

/** Nouns that a hyphenated pair of names describes rather than names. */
const COMPOUND_NOUNS = new Set(["bill", "act", "law", "relations", "ties", "talks", "agreement", "accord", "border", "war", "treaty", "deal", "pact", "summit", "meeting", "match", "rally", "route", "highway", "railway", "pipeline", "axis", "alliance", "plan", "proposal", "amendment", "dispute", "conflict", "negotiations", "fight", "bout", "flight", "line", "partnership", "merger", "venture", "legislation", "measure", "doctrine", "rivalry", "series", "cooperation", "trade"]);

function hasTightHyphen(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k]!;
    if (t.key === "-" && tokens[k - 1]!.end === t.start && tokens[k + 1]!.start === t.end) return true;
  }
  return false;
}

/** `isName(from, to)`: the dataset knows tokens [from, to) as one name ("Guinea-Bissau"). */
export function buildRuns(tokens: Token[], nameish: Flags, isName: (from: number, to: number) => boolean = () => false): Run[] {
  const runs: Run[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (!nameish[i]) { i++; continue; }
    const from = i;
    let j = i + 1;
    let possessiveAt = -1;
    let longName = false;
    for (;;) {
      const t = tokens[j];
      if (!t || t.breakBefore > 0) break;
      const prev = tokens[j - 1]!;
      const next = tokens[j + 1];
      const nextName = next !== undefined && next.breakBefore === 0 && !!nameish[j + 1];
      if (nameish[j]) { j++; continue; }
      if (t.key === "." && prev.end === t.start && isWord(prev) && !prev.dotted && (inList(prev, LEX_ABBREVIATION) || (prev.key.length === 1 && prev.cap))) {
        j++;
        continue;
      }
      if (t.key === "-" && t.start === prev.end && next && next.start === t.end && nextName) { j += 2; continue; }
      if (t.key === "&" && nextName) { j += 2; continue; }
      if (isWord(t) && !t.cap && nextName && (((t.key === "for" || t.key === "on") && LONG_NAME_HEADS.has(prev.key)) || (longName && (t.key === "and" || t.key === "in" || t.key === "of")))) {
        longName = true;
        j += 2;
        continue;
      }
      if (isWord(t) && !t.cap && t.key !== "and" && inSmallList(t, CONNECTOR_LIST)) {
        if (t.key === "of" ? OF_HEADS.has(prev.key) && nextName : nextName) { j += 2; continue; }
        // "Democratic Republic of the Congo": "of the" before a capital.
        if (t.key === "of" && OF_HEADS.has(prev.key) && next?.key === "the" && !!nameish[j + 2]) { j += 3; continue; }
      }
      // A possessive inside a company name: kept only if the run ends as an organization.
      if (t.key === "'" && t.start === prev.end && next?.key === "s" && next.start === t.end && !!nameish[j + 2] && possessiveAt < 0) {
        possessiveAt = j;
        j += 3;
        continue;
      }
      break;
    }
    // Trailing dots stay only after abbreviations and initials (already checked); trailing connectors go.
    while (j > from + 1 && isWord(tokens[j - 1]) && !tokens[j - 1]!.cap) j--;
    if (possessiveAt >= 0) {
      const last = tokens[j - 1]!;
      const lastWord = last.key === "." ? tokens[j - 2]! : last;
      if (!COMPANY_ENDINGS.has(lastWord.key) || possessiveAt >= j) {
        runs.push({ from, to: possessiveAt });
        if (possessiveAt + 2 < j) runs.push({ from: possessiveAt + 2, to: j });
        i = j;
        continue;
      }
    }
    // "pro-Moscow", "KDP-controlled", "Dublin-born": a name inside a hyphenated word is an adjective.
    // "the Cox-Wyden bill", "Jewish-Catholic relations": two names joined by a hyphen before such a
    // noun make an adjective.
    if (hasTightHyphen(tokens, from, j) && COMPOUND_NOUNS.has(tokens[j]?.key ?? "") && !tokens[j]!.cap && !isName(from, j)) { i = j; continue; }
    // ("then-Governor Clinton" is a title, not an adjective.)
    if ((isHyphenBound(tokens, from - 1, -1) && !inList(tokens[from]!, LEX_TITLE)) || isHyphenBound(tokens, j, 1)) { i = j; continue; }
    runs.push({ from, to: j });
    i = j;
  }
  return runs;
}

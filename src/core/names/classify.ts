/**
 * Typing a name the dataset lacks from what surrounds it: a title before it, the word that ends
 * it (Inc., Party, River), a given name opening it, a verb of speech, a place preposition, its
 * shape. Each rule says why, in words a user can read.
 */
import type { KnowledgeBase } from "../dataset/kb";
import { TokenKind, type Token } from "../text/tokenize";
import type { MentionType } from "../types";
import type { AliasMatch, Candidate } from "./doc-types";
import type { Flags, Layout } from "./layout";
import {
  inList, inSmallList, LEX_COMMON, LEX_FAMILY, LEX_FUNCTION, LEX_GENERIC_ORG, LEX_GIVEN, LEX_MONTH, LEX_ORG_HEAD, LEX_ORG_SUFFIX,
  LEX_PLACE_HEAD, LEX_PLACE_SUFFIX, LEX_SPEECH, SPEECH_LIST, TITLE_LIST,
} from "./lexicon";

export interface Typing {
  type: MentionType;
  confidence: number;
  rule: string;
}

/** Lower-case nouns that name what an organization is ("news agency", "team", "club"). */
const ORG_NOUNS = new Set(["agency", "newspaper", "daily", "team", "club", "side", "firm", "company", "group", "carmaker", "airline", "bank", "broker", "brokerage", "organisation", "organization", "party", "franchise", "outfit", "network", "channel", "magazine", "weekly", "insurer", "retailer", "manufacturer", "conglomerate"]);

/** Kinds of place: "the city of X". */
const PLACE_NOUNS = new Set(["city", "town", "village", "port", "province", "region", "state", "capital", "district", "island", "islands", "republic", "county", "suburb", "kingdom", "enclave", "outskirts", "neighbourhood", "neighborhood", "municipality", "township", "resort", "area", "center", "centre", "heart", "east", "west", "north", "south"]);

/** Roles held in an organization: "chairman of X", "analyst at X". */
const ROLE_NOUNS = new Set(["chairman", "chairwoman", "president", "director", "founder", "co-founder", "cofounder", "executive", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "professor", "employee", "employees", "member", "members", "officer", "officials", "official", "partner", "head", "chief", "owner", "shareholder", "shareholders", "unit", "subsidiary", "division", "parent", "editor", "reporter", "correspondent", "student", "students", "researcher", "trader", "strategist", "vice", "manager", "lawyer", "lawyers"]);

const DIRECTIONS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "greater", "upper", "lower", "new", "old", "northeast", "northwest", "southeast", "southwest"]);

/** True when every word of tokens [from, to) passes `test` (as `Array.every` over the words). */
function everyWord(tokens: Token[], from: number, to: number, test: (w: Token) => boolean): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === TokenKind.Word && !test(t)) return false;
  }
  return true;
}

function prevWord(tokens: Token[], i: number): Token | undefined {
  const t = tokens[i - 1];
  return t && t.kind === TokenKind.Word ? t : undefined;
}

/** The first word after the candidate, skipping one comma ("Smith, 45, said" is not handled). */
function nextWord(tokens: Token[], i: number): Token | undefined {
  let t = tokens[i];
  if (t && t.key === ",") t = tokens[i + 1];
  return t && t.kind === TokenKind.Word ? t : undefined;
}

const isUpper = (w: Token) => w.upper;
const isCommon = (w: Token) => inList(w, LEX_COMMON);
const isUncommon = (w: Token) => !inList(w, LEX_COMMON);
/** A word as personal names are written: "Kovacs", not "A", "GDP" or "Ban". */
const isPlainNameWord = (w: Token) => w.key.length > 1 && !w.upper && !inList(w, LEX_COMMON);

/** Every word of the candidate sits where a capital says nothing. */
function allWeak(c: Candidate, tokens: Token[], weak: Flags): boolean {
  for (let i = c.from; i < c.to; i++) if (tokens[i]!.kind === TokenKind.Word && !weak[i]) return false;
  return true;
}

/** The first dataset match inside a longer name that is a place (not a people's name). */
function firstPlace(inner: AliasMatch[]): AliasMatch | undefined {
  for (const m of inner) for (const h of m.hits) if (h.entry.type === "place" && h.kind !== "demonym") return m;
  return undefined;
}

function isGiven(t: Token, kb: KnowledgeBase): boolean {
  return inList(t, LEX_GIVEN) || kb.givenNames.has(t.key);
}

export function classifyUnknown(tokens: Token[], c: Candidate, layout: Layout, weak: Flags, kb: KnowledgeBase): Typing | null {
  // The candidate's words by position, not as an array: this runs for every name the dataset lacks.
  let first: Token | undefined, secondWord: Token | undefined, last: Token | undefined;
  let count = 0;
  for (let i = c.from; i < c.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== TokenKind.Word) continue;
    if (count === 0) first = t;
    else if (count === 1) secondWord = t;
    last = t;
    count++;
  }
  if (!first || !last) return null;
  const shouty = layout.shouty[c.from]!;

  // All-capitals dateline: "LONDON 1996-08-30", "VATICAN CITY (AP) —", "KANSAS CITY, Mo. (AP)".
  const lineStart = c.from === 0 || tokens[c.from]!.breakBefore > 0;
  const after = tokens[c.to];
  if (lineStart && after && (after.key === "(" || after.key === "," || after.kind === TokenKind.Number || after.key === "—") &&
    everyWord(tokens, c.from, c.to, isUpper) && !everyWord(tokens, c.from, c.to, isCommon)) {
    return { type: "place", confidence: 0.8, rule: "dateline" };
  }

  if (c.title) return { type: "person", confidence: 0.9, rule: `title "${c.title}"` };
  if (count === 1 && inList(first, LEX_MONTH)) return null;
  // A common word whose capital may be grammar ("Target said", "Apple pie" at a sentence start):
  // only the dataset with context, or the story elsewhere, makes it a name.
  if (count === 1 && weak[c.from] && !first.upper && inList(first, LEX_COMMON)) return null;

  // "the news agency Tanjug", "team Deportivo Coruna", "Interfax news agency said".
  const before = prevWord(tokens, c.from);
  if ((before && !before.cap && ORG_NOUNS.has(before.key)) || (after?.kind === TokenKind.Word && !after.cap && ORG_NOUNS.has(after.key) && count <= 3)) {
    const cue = before && ORG_NOUNS.has(before.key) ? before : after!;
    return { type: "organization", confidence: 0.7, rule: `"${cue.text}" next to the name` };
  }

  // "Benson & Hedges", "A.G. Edwards & Sons": an ampersand joins the names of a firm.
  for (let i = c.from + 1; i < c.to - 1; i++) {
    if (tokens[i]!.key === "&") return { type: "organization", confidence: 0.8, rule: '"&" inside the name' };
  }
  if (inList(last, LEX_ORG_SUFFIX) && (count > 1 || (!weak[c.from] && !inList(last, LEX_GENERIC_ORG)))) {
    return { type: "organization", confidence: count > 1 ? 0.85 : 0.6, rule: `organization word "${last.text}"` };
  }
  const linkWord = secondWord?.key;
  if (count > 1 && (linkWord === "of" || linkWord === "for" || linkWord === "on") && inList(first, LEX_ORG_HEAD | LEX_ORG_SUFFIX)) {
    return { type: "organization", confidence: 0.85, rule: `organization word "${first.text}"` };
  }
  if (count > 1 && inList(last, LEX_PLACE_SUFFIX)) return { type: "place", confidence: 0.8, rule: `place word "${last.text}"` };
  if (count > 1 && inList(first, LEX_PLACE_HEAD)) return { type: "place", confidence: 0.8, rule: `place word "${first.text}"` };

  if (before && !before.cap && inSmallList(before, TITLE_LIST)) return { type: "person", confidence: 0.8, rule: `title "${before.text}"` };

  const givenFirst = count >= 2 && isGiven(first, kb);
  if (count === 2 && !last.upper && givenFirst && !inList(last, LEX_COMMON | LEX_ORG_SUFFIX)) {
    return { type: "person", confidence: 0.75, rule: `given name "${first.text}"` };
  }

  // A dataset place inside a longer name: "Greater London" is a place, "Dynamo Moscow" a club.
  const innerPlace = firstPlace(c.inner);
  if (innerPlace && !shouty) {
    const rest: Token[] = [];
    for (let i = c.from; i < c.to; i++) if (tokens[i]!.kind === TokenKind.Word && (i < innerPlace.from || i >= innerPlace.to)) rest.push(tokens[i]!);
    if (rest.length === 0) return null;
    if (rest.every((w) => DIRECTIONS.has(w.key))) return { type: "place", confidence: 0.75, rule: `part of "${rest.map((w) => w.text).join(" ")}"` };
    return { type: "organization", confidence: 0.6, rule: "place name inside a longer name" };
  }

  if (givenFirst && !inList(last, LEX_ORG_SUFFIX) && (!shouty || everyWord(tokens, c.from, c.to, isUncommon))) {
    return { type: "person", confidence: 0.8, rule: `given name "${first.text}"` };
  }
  if (shouty) return null;

  // "K. Curran", "J.R. Smith": initials before a capitalized word.
  const second = tokens[c.from + 1];
  if (count >= 2 && (first.dotted || (first.key.length === 1 && second?.key === ".")) && !last.upper && !inList(last, LEX_ORG_SUFFIX)) {
    return { type: "person", confidence: 0.8, rule: "initials before a name" };
  }
  if (count >= 2 && count <= 4 && inList(last, LEX_FAMILY)) return { type: "person", confidence: 0.7, rule: `family name "${last.text}"` };

  // "the city of Arbil", "the village of Nandrin": a kind of place names a place.
  const prep = tokens[c.from - 1], role = tokens[c.from - 2];
  if (prep?.key === "of" && role && role.kind === TokenKind.Word && !role.cap && PLACE_NOUNS.has(role.key)) {
    return { type: "place", confidence: 0.75, rule: `"${role.text} of" before the name` };
  }
  // "chairman of Wells", "professor at Yale", "analyst with Merrill": a role names its organization.
  // ("director of European affairs": a name before a lower-case noun is an adjective there.)
  if (prep && role && (prep.key === "of" || prep.key === "at" || prep.key === "with") && role.kind === TokenKind.Word && !role.cap && ROLE_NOUNS.has(role.key)) {
    const noun = tokens[c.to];
    const nounAfter = noun?.kind === TokenKind.Word && !noun.cap && inList(noun, LEX_COMMON) && !inList(noun, LEX_FUNCTION);
    if (!nounAfter) return { type: "organization", confidence: 0.65, rule: `"${role.text} ${prep.text}" before the name` };
  }
  const next = nextWord(tokens, c.to);
  if (next && count >= 2 && count <= 3 && inSmallList(next, SPEECH_LIST)) return { type: "person", confidence: 0.7, rule: `"${next.text}" after the name` };
  if (before && count >= 2 && count <= 3 && inSmallList(before, SPEECH_LIST)) return { type: "person", confidence: 0.75, rule: `"${before.text}" before the name` };

  // "African leaders", "Catholic parties": an adjective of people or faith, not a name.
  const follower = tokens[c.to];
  if (count === 1 && !first.upper && follower?.kind === TokenKind.Word && !follower.cap && /(?:an|ese|ish|ic|i)$/.test(first.key) && inList(follower, LEX_COMMON) && !inList(follower, LEX_FUNCTION | LEX_SPEECH)) {
    return { type: "nationality", confidence: 0.45, rule: "adjective of a people" };
  }
  if (count === 1 && !first.upper) {
    if (next && tokens[c.to]?.key !== "," && inSmallList(next, SPEECH_LIST)) return { type: "person", confidence: 0.6, rule: `"${next.text}" after the name` };
    if (before && (before.key === "said" || before.key === "says")) return { type: "person", confidence: 0.6, rule: `"${before.text}" before the name` };
    // "Duran, 45, takes on ...": an age in commas after a name.
    const t1 = tokens[c.to], t2 = tokens[c.to + 1], t3 = tokens[c.to + 2];
    if (t1?.key === "," && t2?.kind === TokenKind.Number && t2.key.length <= 3 && (t3?.key === "," || t3?.key === ")")) return { type: "person", confidence: 0.65, rule: "age after the name" };
  }
  if (count === 1 && first.upper && first.key.length >= 2 && first.key.length <= 6 && !layout.titled[c.from]) {
    // Acronyms are mostly organizations, but "GDP", "EDT" are not: demand "the" before or a verb after.
    const the = before?.key === "the";
    return { type: "organization", confidence: the ? 0.65 : 0.45, rule: "acronym" };
  }
  if (before && !before.cap && (before.key === "in" || before.key === "near") && !(count === 1 && inList(first, LEX_MONTH))) {
    return { type: "place", confidence: 0.55, rule: `"${before.text}" before the name` };
  }
  if (count >= 2 && count <= 3 && !allWeak(c, tokens, weak) && everyWord(tokens, c.from, c.to, isPlainNameWord)) {
    return { type: "person", confidence: 0.55, rule: "shape of a personal name" };
  }
  return null;
}

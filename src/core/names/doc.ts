/**
 * What the article as a whole says about its names: which dataset entry an ambiguous alias means
 * here, which full name a short form stands for ("Vindman" → "Alexander Vindman"), what an acronym
 * was defined as ("North Atlantic Treaty Organization (NATO)"), and one type for one name.
 */
import type { AliasHit } from "../dataset/kb";
import type { Entry } from "../dataset/schema";
import type { Flags } from "./layout";
import { tokenize, TokenKind, type Token } from "../text/tokenize";
import { compileWordTrie, trieHas } from "../text/word-trie";
import type { EntityType, Mention } from "../types";
import type { Candidate } from "./doc-types";
import type { Typing } from "./classify";
import { COMMON, FIXTURE_LIST, inList, inSmallList, LEX_COMMON, LEX_MONTH, LexiconMarks, ORG_SUFFIXES, PLACE_PREPOSITION_LIST, SPORTS_WORDS } from "./lexicon";

export type { Candidate } from "./doc-types";

/** Asked of every word of a story: a trie answers without hashing each word. */
const SPORTS = compileWordTrie(SPORTS_WORDS);
/** Lengths of the sports words: shorter words ("a", "of", "to") are not walked. */
const SPORTS_MIN = Math.min(...[...SPORTS_WORDS].map((w) => w.length));
const SPORTS_MAX = Math.max(...[...SPORTS_WORDS].map((w) => w.length));

/** Words before a month that make it a date: "in May", "since March". */
const TEMPORAL = new Set(["in", "since", "until", "till", "by", "from", "early", "late", "last", "next", "this", "mid", "during", "before", "after", "of", "through"]);

/** Lower-case words that follow a company's name: "Apple shares", "Amazon founder". */
const COMPANY_FOLLOWERS = new Set(["shares", "stock", "stocks", "founder", "co-founder", "ceo", "chief", "executive", "executives", "spokesman", "spokeswoman", "spokesperson", "chairman", "employees", "earnings", "revenue", "profit", "sales", "shareholders", "subsidiary", "unit"]);

/** People of a team named after the team: "Surrey captain", "Auxerre playmaker". */
const TEAM_ROLES = new Set(["captain", "coach", "manager", "chairman", "president", "playmaker", "striker", "midfielder", "goalkeeper", "defender", "forward", "winger", "fullback", "quarterback", "pitcher", "batsman", "bowler", "skipper", "player", "players", "fans", "supporters", "owner", "team"]);

const SUBTYPE_PRIOR: Record<string, number> = {
  country: 5, territory: 4, "international-organization": 3.5, capital: 3, state: 3, province: 2.8,
  "government-body": 2.6, agency: 2.6, city: 2.5, region: 2, "head-of-state": 2.4, "head-of-government": 2.4,
  company: 2, party: 2, "armed-forces": 2, district: 1.5,
};

function prior(e: Entry): number {
  return (e.subtype && SUBTYPE_PRIOR[e.subtype]) ?? 1.5;
}

/** A folded word with y read as i and a run of i as one ("zelenskyy", "zelenskiy" → "zelenski"). */
function transliterated(key: string): string {
  return key.replace(/[iy]+/g, "i");
}

/** Each alias's tokens' folded keys, made when first asked (most aliases never are in a text). */
function foldedAliasKeys(h: AliasHit): string[] {
  return (h.folded ??= tokenize(h.alias).map((t) => t.key));
}

function keyOf(c: Candidate): string {
  return c.key ?? (c.entry ? c.entry.id : `local:${c.name}`);
}

/** Words before a venue or a dateline's place: "at Bristol", "(The Oval, London)". */
const VENUE_WORDS = ["in", "at", "near", "from", "("];

/** A hit naming a place (not a nationality). */
function isPlaceHit(h: AliasHit): boolean {
  return h.kind !== "demonym" && h.entry.type === "place";
}

/** Places that hold towns: countries and their states, provinces and regions. */
function isContainer(e: Entry): boolean {
  return e.subtype === "country" || e.subtype === "state" || e.subtype === "province" || e.subtype === "region";
}

/** A place that a container holds: a city, capital, town or district. */
function isTown(e: Entry): boolean {
  return e.type === "place" && e.country !== undefined && !isContainer(e);
}

/** Whether `outer` holds `inner`: inner's country, or a state or province of inner's country. */
function holds(outer: Entry, inner: Entry): boolean {
  if (inner.country === undefined) return false;
  return inner.country === outer.id || (outer.subtype !== "country" && outer.country === inner.country);
}

/** A place named below the level of a country (national sides are named as their country). */
function isPlaceLike(c: Candidate): boolean {
  if (c.type !== "place" || c.rule === "dateline") return false;
  const national = c.entry && (c.entry.subtype === "country" || c.entry.subtype === "territory" || (c.entry.demonyms?.length ?? 0) > 0);
  return !national;
}

function isUntyped(c: Candidate): boolean {
  return !c.type || c.confidence < 0.5;
}

/**
 * What the article has said about its names so far. A text is read whole, with one memory; a very
 * long text is read in windows (see `recognizeNames`), and the memory carries what earlier windows
 * established into later ones: entries named unambiguously, acronyms defined, full names that short
 * forms stand for, the best-typed form of each name, capitals seen where they mean something, and
 * whether the story is about sport. Later windows do not inform earlier ones.
 */
export class DocMemory {
  /** Dataset entries named unambiguously: they support their ambiguous aliases elsewhere. */
  readonly unambiguous = new Set<string>();
  /** Countries of the entries named unambiguously ("Tbilisi" supports "Georgia" the country). */
  readonly related = new Set<string>();
  /** Common words this article capitalizes where a capital means something. */
  readonly strongCaps = new LexiconMarks();
  readonly acronyms = new Map<string, Candidate>();
  /** A person's name without its first words ("vindman") → the full mention. */
  readonly people = new Map<string, Candidate>();
  /** An organization's name without its suffix ("nationsbank") → the full mention. */
  readonly orgs = new Map<string, Candidate>();
  /** Each name's folded form → its most confidently typed mention. */
  readonly typed = new Map<string, Candidate>();
  /** Set once a window is found to be a sports story. */
  sports = false;
}

export class DocState {
  private readonly unambiguous: Set<string>;
  private readonly related: Set<string>;

  /** `words`: how many words the text has (the layout pass counts them). */
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly weak: Flags,
    private readonly words: number,
    private readonly memory: DocMemory,
  ) {
    this.unambiguous = memory.unambiguous;
    this.related = memory.related;
  }

  /** The candidate's words as one folded string, computed once. */
  private norm(c: Candidate): string {
    return (c.norm ??= c.to - c.from === 1 ? this.tokens[c.from]!.key : this.wordKeys(c).join(" "));
  }

  private wordKeys(c: { from: number; to: number }): string[] {
    const out: string[] = [];
    for (let i = c.from; i < c.to; i++) {
      const t = this.tokens[i]!;
      if (t.kind === TokenKind.Word) out.push(t.key);
    }
    return out;
  }

  spanText(c: { from: number; to: number }): string {
    return this.text.slice(this.tokens[c.from]!.start, this.tokens[c.to - 1]!.end);
  }

  /** Whether a dataset hit may be linked here, and how well it fits its context. */
  private score(c: Candidate, h: AliasHit): number | null {
    const before = this.tokens[c.from - 1];
    const type: EntityType = h.entry.type;
    let s = prior(h.entry);
    let cue = false;
    if (c.title) { if (type === "person") { s += 4; cue = true; } else s -= 3; }
    const single = c.to - c.from === 1;
    const first = this.tokens[c.from]!;
    if (before && before.kind === TokenKind.Word && !before.cap && inSmallList(before, PLACE_PREPOSITION_LIST) && !(single && inList(first, LEX_MONTH))) {
      if (type === "place") { s += 1; cue = true; }
    }
    // "in May", "May 5": a month, whatever else the doc names.
    if (this.isDateMonth(c)) return null;
    if (type === "place") {
      // "Atlanta, Georgia", "Tbilisi, Georgia": a place after a place and a comma is the one that holds it.
      const placeBefore = before?.key === "," ? this.placeEnds.get(c.from - 1) : undefined;
      if (placeBefore && isContainer(h.entry) && placeBefore.some((p) => holds(h.entry, p.entry))) { s += 6; cue = true; }
      // "Paris, Texas", "London, Ontario": a town before a comma and the place that holds it is a
      // town there; a town of that name elsewhere is not meant, nor its population.
      const placeAfter = isTown(h.entry) && this.tokens[c.to]?.key === "," ? this.placeStarts.get(c.to + 1) : undefined;
      const containers = placeAfter?.filter((p) => isContainer(p.entry));
      if (containers?.length) {
        if (!containers.some((p) => holds(p.entry, h.entry))) return null;
        s += 3;
        cue = true;
      }
    }
    // "Apple shares", "Amazon founder": words that follow a company.
    const next = this.tokens[c.to];
    if (type === "organization" && next?.kind === TokenKind.Word && !next.cap && COMPANY_FOLLOWERS.has(next.key)) { s += 2; cue = true; }
    if (this.unambiguous.has(h.entry.id)) { s += 3; cue = true; }
    if (this.related.has(h.entry.id)) { s += 2; cue = true; }
    // Spelled otherwise than the alias: only the article naming this entry elsewhere says it is meant
    // (a title says a person is meant, not which one: "Gen. Milley" is not Milei).
    if (!this.spelledAsAlias(c, h) && !this.unambiguous.has(h.entry.id) && !this.related.has(h.entry.id)) return null;
    const risky = h.ambiguous || (single && this.weak[c.from] && !first.upper && inList(first, LEX_COMMON));
    if (risky && !cue) return null;
    return s;
  }

  /**
   * Whether the text spells the alias as the dataset does, once folded, or close enough to be the
   * same name: a transliteration (y for i: "Zelenskiy", "Zelenskyy"), or a name of several words
   * where at least one is spelled exactly ("Massoud Barzani" for Masoud Barzani). Aliases are found
   * through a looser key that also collapses doubled letters, which takes a one-word "Cameron" to
   * Cameroon, "Milley" to Milei and "Shanxi" to Shaanxi: such a match is linked only where the
   * article names the entry another way too.
   */
  private spelledAsAlias(c: Candidate, h: AliasHit): boolean {
    const keys = foldedAliasKeys(h);
    let exact = 0, loose = 0;
    for (let k = 0; k < keys.length; k++) {
      const t = this.tokens[c.from + k];
      if (!t || t.kind !== TokenKind.Word) continue;
      if (t.key === keys[k] || transliterated(t.key) === transliterated(keys[k]!)) exact++;
      else loose++;
    }
    return loose === 0 || exact > 0;
  }

  /** "in May", "May 5": a month in a date. */
  private isDateMonth(c: Candidate): boolean {
    if (c.to - c.from !== 1 || !inList(this.tokens[c.from]!, LEX_MONTH)) return false;
    const before = this.tokens[c.from - 1], after = this.tokens[c.to];
    return (before !== undefined && TEMPORAL.has(before.key)) || after?.kind === TokenKind.Number;
  }

  /** The place hits of the candidates ending and starting at each token (for "City, State"). */
  private readonly placeEnds = new Map<number, AliasHit[]>();
  private readonly placeStarts = new Map<number, AliasHit[]>();

  resolve(candidates: Candidate[], classify: (c: Candidate) => Typing | null): Candidate[] {
    for (const c of candidates) {
      const hits = c.hits;
      if (!hits) continue;
      // Most candidates' hits are all places or none: the list itself then, no new array.
      const places = hits.every(isPlaceHit) ? hits : hits.filter(isPlaceHit);
      if (places.length) {
        this.placeStarts.set(c.from, places);
        if (places.some((h) => !h.ambiguous)) this.placeEnds.set(c.to, places);
      }
      // Entries named unambiguously anywhere in the article support their ambiguous aliases elsewhere.
      if (hits.length === 1 && !hits[0]!.ambiguous && this.spelledAsAlias(c, hits[0]!)) {
        const e = hits[0]!.entry;
        if (hits[0]!.kind !== "demonym") this.unambiguous.add(e.id);
        if (e.country) this.related.add(e.country);
        if (hits[0]!.kind === "demonym") this.related.add(e.id);
      }
    }
    for (const c of candidates) {
      if (c.hits) {
        let best: AliasHit | null = null, bestScore = -Infinity;
        for (const h of c.hits) {
          const s = this.score(c, h);
          if (s !== null && s > bestScore) { best = h; bestScore = s; }
        }
        if (best) {
          this.link(c, best);
          continue;
        }
        c.inner = [{ from: c.from, to: c.to, hits: c.hits }];
        c.hits = null;
      }
      const typing = classify(c);
      if (typing) {
        c.type = typing.type;
        c.confidence = typing.confidence;
        c.rule = typing.rule;
        c.name = this.localName(c);
      }
    }
    this.applyAcronyms(candidates);
    this.applyShortForms(candidates);
    this.applyConsistency(candidates);
    this.applyDatelineAgencies(candidates);
    this.applyTeams(candidates);
    for (const c of candidates) {
      if (!c.type) continue;
      c.name ??= this.localName(c);
      if (!c.key) c.key = c.entry ? c.entry.id : `local:${c.name}`;
    }
    return candidates;
  }

  private link(c: Candidate, h: AliasHit): void {
    c.entry = h.entry;
    c.name = h.entry.name;
    if (h.kind === "demonym") {
      c.type = "nationality";
      c.key = `nationality:${h.entry.id}`;
      c.rule = `nationality "${h.alias}"`;
      c.confidence = 0.9;
      return;
    }
    c.type = h.entry.type;
    c.key = h.entry.id;
    c.confidence = h.ambiguous ? 0.75 : 0.95;
    c.rule = `alias "${h.alias}"`;
  }

  private localName(c: Candidate): string {
    let to = c.to;
    // "Rotor's": the possessive is not part of the name.
    if (to - c.from > 2 && this.tokens[to - 1]!.key === "s" && this.tokens[to - 2]!.key === "'") to -= 2;
    return this.spanText({ from: c.from, to });
  }

  /** "North Atlantic Treaty Organization (NATO)": the acronym names the same thing afterwards. */
  private applyAcronyms(candidates: Candidate[]): void {
    const defined = this.memory.acronyms;
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (!c.type || c.type === "nationality") continue;
      const open = this.tokens[c.to], acr = this.tokens[c.to + 1], close = this.tokens[c.to + 2];
      if (open?.key !== "(" || close?.key !== ")" || !acr || acr.kind !== TokenKind.Word || !acr.upper) continue;
      const initials = this.wordKeys(c).filter((w) => !COMMON.has(w) || w.length > 3).map((w) => w[0]).join("");
      if (acr.key.length < 2 || !(initials.startsWith(acr.key[0]!) || acr.key.length <= initials.length + 1)) continue;
      defined.set(acr.key, c);
    }
    if (!defined.size) return;
    for (const c of candidates) {
      if (c.to - c.from !== 1) continue;
      const t = this.tokens[c.from]!;
      const def = t.upper ? defined.get(t.key) : undefined;
      if (!def || def === c || (c.entry && c.confidence >= 0.9)) continue;
      this.adopt(c, def, 0.85, `acronym of "${def.name ?? this.spanText(def)}"`);
    }
  }

  private adopt(c: Candidate, from: Candidate, confidence: number, rule: string): void {
    c.type = from.type;
    c.entry = from.entry;
    c.name = from.name;
    c.key = keyOf(from);
    c.confidence = Math.max(confidence, Math.min(c.confidence, confidence));
    c.rule = rule;
  }

  /** "Vindman" after "Alexander Vindman", "NationsBank" after "NationsBank Corp.". */
  private applyShortForms(candidates: Candidate[]): void {
    const { people, orgs } = this.memory;
    for (const c of candidates) {
      if (c.confidence < 0.6 || c.to - c.from < 2 || (c.type !== "person" && c.type !== "organization")) continue;
      const keys = this.wordKeys(c);
      // Names longer than this are not names a short form could stand for (and would cost k² here);
      // "King Abdullah of Jordan" is not what "Jordan" stands for.
      if (keys.length > 6 || keys.includes("of")) continue;
      if (c.type === "person" && keys.length >= 2) {
        for (let k = 1; k < keys.length; k++) {
          const tail = keys.slice(k).join(" ");
          if (!people.has(tail)) people.set(tail, c);
        }
      } else if (c.type === "organization" && keys.length >= 2) {
        let end = keys.length;
        while (end > 1 && ORG_SUFFIXES.has(keys[end - 1]!)) end--;
        if (end >= 1 && end < keys.length) {
          const stem = keys.slice(0, end).join(" ");
          if (!orgs.has(stem)) orgs.set(stem, c);
        }
      }
    }
    if (people.size === 0 && orgs.size === 0) return;
    for (const c of candidates) {
      if (c.to - c.from > 5) continue;
      let joined = this.norm(c);
      // A trailing possessive ("Rotor's") does not change who is meant.
      if (joined.endsWith(" s") && this.tokens[c.to - 2]?.key === "'") joined = joined.slice(0, -2);
      if (this.isDateMonth(c)) continue;
      const person = people.get(joined);
      const mayRelink = !c.entry || c.type === "person" || c.confidence < 0.9;
      if (person && person !== c && mayRelink && keyOf(person) !== keyOf(c)) {
        this.adopt(c, person, 0.85, `short for "${person.name}"`);
        continue;
      }
      const org = orgs.get(joined);
      if (org && org !== c && !c.entry) this.adopt(c, org, 0.8, `short for "${org.name}"`);
    }
  }

  /** One name, one type: a name typed by a cue in one place keeps that type where cues are missing. */
  private applyConsistency(candidates: Candidate[]): void {
    const best = this.memory.typed;
    for (const c of candidates) {
      if (!c.type || c.confidence < 0.6) continue;
      const k = this.norm(c);
      const b = best.get(k);
      if (!b || c.confidence > b.confidence) best.set(k, c);
    }
    for (const c of candidates) {
      if (c.type && c.confidence >= 0.6) continue;
      const b = best.get(this.norm(c));
      if (b && b !== c) this.adopt(c, b, Math.min(0.75, b.confidence), b.rule);
    }
  }

  /** "VATICAN CITY (AP) —", "PARIS (Reuters) -": the agency in a dateline's parentheses. */
  private applyDatelineAgencies(candidates: Candidate[]): void {
    for (let k = 1; k < candidates.length; k++) {
      const c = candidates[k]!, prev = candidates[k - 1]!;
      const open = this.tokens[c.from - 1], close = this.tokens[c.to];
      if (open?.key !== "(" || close?.key !== ")" || prev.to !== c.from - 1) continue;
      let head = prev;
      const before = candidates[k - 2];
      if (this.tokens[prev.from - 1]?.key === "," && before && before.to === prev.from - 1) head = before;
      const lineStart = head.from === 0 || this.tokens[head.from]!.breakBefore > 0;
      if (!lineStart || head.type !== "place") continue;
      if (c.type === "organization" && c.confidence >= 0.9) continue;
      c.type = "organization";
      c.entry = c.entry?.type === "organization" ? c.entry : null;
      c.key = null;
      c.name = c.entry ? c.entry.name : this.localName(c);
      c.confidence = 0.85;
      c.rule = "news agency in a dateline";
    }
  }

  /**
   * For the windows after this one: whether the story is about sport, if no window has shown it
   * yet. Only a long text read in windows asks (a text read whole asks only when a name would
   * change), so a later window's results line is read as teams when an earlier window was sport.
   */
  rememberSport(): void {
    if (!this.memory.sports) this.memory.sports = this.isSportsStory();
  }

  /** Enough sports words: at least 3, and one word in 60. */
  private isSportsStory(): boolean {
    // Walking the trie for every word is not cheap: stop as soon as there are enough.
    const needed = Math.max(3, this.words / 60);
    let sports = 0;
    for (const t of this.tokens) {
      if (t.kind !== TokenKind.Word) continue;
      const length = t.key.length;
      if (length >= SPORTS_MIN && length <= SPORTS_MAX && trieHas(SPORTS, t.key) && ++sports >= needed) return true;
    }
    return false;
  }

  /**
   * In a sports story a city, county or region named where a team plays is the team
   * ("Leicestershire beat Somerset", "Stockport 1 Bury 4"); countries stay places (national sides
   * are named as their country), and "at Portsmouth" stays the venue.
   */
  private applyTeams(candidates: Candidate[]): void {
    // Whether this is a sports story is asked only when a name would change: counting sports words
    // reads every word of the text. Each name's change depends on that name alone, so when the
    // story is not one, no name has changed before the first ask.
    let sports: boolean | undefined;
    const isSports = () => (sports ??= this.memory.sports ||= this.isSportsStory());
    for (const c of candidates) {
      const placeLike = isPlaceLike(c);
      const untyped = isUntyped(c);
      if (!placeLike && !untyped) continue;
      const before = this.tokens[c.from - 1];
      const after = this.tokens[c.to];
      const lineStart = c.from === 0 || this.tokens[c.from]!.breakBefore > 0;
      // Venues and datelines stay places: "at Bristol", "(The Oval, London)", "Bristol: Gloucestershire 183", "LONDON 1996-08-30".
      if (before && VENUE_WORDS.includes(before.key)) {
        // "at Edgbaston", "At Portsmouth:": where a match is played.
        if (untyped && before.key === "at" && !this.tokens[c.from]!.upper) {
          if (!isSports()) return;
          c.type = "place";
          c.name = this.localName(c);
          c.confidence = 0.6;
          c.rule = `venue after "${before.text}" (sports story)`;
        }
        continue;
      }
      if (before?.key === "," && after?.key === ")") continue;
      if (after && (after.key === ":" || after.key === ")" || (after.key === "," && lineStart))) continue;
      // Datelines: "LONDON 1996-08-30", "MINNEAPOLIS —", "LOS ANGELES (AP)".
      const dated = after?.kind === TokenKind.Number && after.key.length === 4 && this.tokens[c.to + 1]?.key === "-";
      if (lineStart && after && (dated || after.key === "(" || after.key === "—")) continue;
      const beforeWord = before?.kind === TokenKind.Word && inSmallList(before, FIXTURE_LIST);
      // "Surrey captain Chris Lewis", "Deportivo chairman Augusto Lendoiro": a team's people.
      const teamRole = after?.kind === TokenKind.Word && !after.cap && TEAM_ROLES.has(after.key);
      if (teamRole && (placeLike || untyped)) {
        if (!isSports()) return;
        c.type = "organization";
        c.entry = null;
        c.key = null;
        c.name = this.localName(c);
        c.confidence = Math.max(c.confidence, 0.65);
        c.rule = `"${after.text}" after the name (sports story)`;
        continue;
      }
      const afterScore = after?.kind === TokenKind.Number || (after?.kind === TokenKind.Word && after.key !== "at" && inSmallList(after, FIXTURE_LIST));
      const possessive = after?.key === "'";
      // "the Yankees", "the Knicks": a plural name after "the" in a sports story is a team.
      const pluralTeam = untyped && c.to - c.from === 1 && before?.key === "the" && this.tokens[c.from]!.key.endsWith("s") && !this.tokens[c.from]!.upper;
      if (pluralTeam) {
        if (!isSports()) return;
        c.type = "organization";
        c.name = this.localName(c);
        c.confidence = 0.6;
        c.rule = "team name (sports story)";
        continue;
      }
      if (placeLike || beforeWord || afterScore) {
        if (untyped && !beforeWord && !afterScore && !possessive) continue;
        if (!isSports()) return;
        c.type = "organization";
        c.entry = null;
        c.key = null;
        c.name = this.localName(c);
        c.confidence = Math.max(c.confidence, 0.6);
        c.rule = "team named after a place (sports story)";
      }
    }
  }

  toMention(c: Candidate): Mention {
    const start = this.tokens[c.from]!.start;
    let to = c.to;
    if (this.tokens[to - 1]!.key === "s" && this.tokens[to - 2]?.key === "'" && to - c.from > 2) to -= 2;
    // "… analyst at McDonald & Co." ending a sentence: the dot is the sentence's.
    const next = this.tokens[to];
    if (to - c.from > 1 && this.tokens[to - 1]!.key === "." && (!next || next.breakBefore > 0 || next.cap || next.key === '"' || next.key === "”")) to--;
    const end = this.tokens[to - 1]!.end;
    return {
      start, end, text: this.text.slice(start, end), type: c.type!, entityId: c.entry?.id ?? null,
      name: c.entry?.name ?? c.name, key: c.key!, confidence: c.confidence, rule: c.rule,
    };
  }
}

/**
 * Card building: one card per thing mentioned (grouped by mention key), from the knowledge base
 * for linked names, from the article itself for names the dataset lacks, and from the figure
 * context module for figures.
 */
import type { KnowledgeBase } from "./dataset/kb";
import type { Entry, Fact, Office } from "./dataset/schema";
import { parseIsoDay } from "./figures/calendar";
import { FigureArticle, figureContext } from "./figures/context";
import { MentionIndex, groupByKey } from "./figures/mention-index";
import { formatFactValue, formatIsoDate, FACT_LABELS } from "./format";
import { type Card, type CardFact, type Mention, isFigureType } from "./types";

export interface CardOptions {
  publishedAt?: string;
}

/** Compare partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) at the precision of the shorter. */
function dateOnOrBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** The offices a person held on a date (the article's publication date, or today). */
function officesIn(offices: readonly Office[], date: string): Office[] {
  return offices.filter((o) => dateOnOrBefore(o.start, date) && (!o.end || dateOnOrBefore(date, o.end)));
}

function yearOf(date: string): string {
  return date.slice(0, 4);
}

/** "President of the United States (2021–2025)": the office line a card shows. */
export function describeOffice(office: Office): string {
  return `${office.role} (${yearOf(office.start)}–${office.end ? yearOf(office.end) : ""})`;
}

/** Characters that open a sentence after its predecessor's stop. */
function opensSentence(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Z“"‘]/.test(ch);
}

/**
 * The end of the sentence that goes on at `lastIndex`: a line break, or a stop (".", "!", "?",
 * with a closing quote if one follows) before white space and a sentence opener or at the text's
 * end. A search rather than a walk: the engine scans for the stop characters far faster than a
 * loop of charCodeAt, and every card of a name outside the dataset looks for one.
 */
const SENTENCE_END = /\n|[.!?]["”’]?(?=$|\s+[A-Z“"‘])/g;

/** A sentence a card quotes, and the offsets whose cards quote the same one. */
interface Quote {
  sentence: string;
  /** The offset it was found from. */
  from: number;
  /** Every offset in [from, before) lies in the same sentence, and no sentence stop lies between them. */
  before: number;
}

/**
 * The sentence around an offset: the card of a name outside the dataset quotes it. Both searches
 * stay inside the offset's line, so a card costs the length of its sentence, not of the text.
 */
export function sentenceAround(text: string, offset: number): string {
  return quoteAround(text, offset).sentence;
}

/**
 * The sentence around an offset, and how far on the same quote holds. From a later offset short
 * of the stop the forward search found, both searches would give the same bounds: the backward
 * walk meets no opening before it reaches `from` (each opening it looks for is a stop the forward
 * search would have met first) and then goes on as it went from `from`, and the forward search
 * meets the same stop.
 */
function quoteAround(text: string, offset: number): Quote {
  // Backwards to the sentence's opening or the line's start, whichever comes first: one walk, no
  // search for the line's start (a runtime call that would walk past the sentence anyway).
  let start = offset + 1;
  if (text.charCodeAt(offset) !== 10) {
    let i = offset - 1;
    for (; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === 10) break;
      if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[i + 1] ?? "") && opensSentence(text[i + 2])) break;
    }
    start = i >= 0 && text[i] !== "\n" ? i + 2 : i + 1;
  }
  // Forwards to the sentence's stop (kept) or the line's end (dropped). A test, not an exec: where
  // the match ends is all that is needed, and an exec would build an array for it.
  SENTENCE_END.lastIndex = offset;
  const found = SENTENCE_END.test(text);
  const after = SENTENCE_END.lastIndex;
  const end = !found ? text.length : text.charCodeAt(after - 1) === 10 ? after - 1 : after;
  const trimmed = text.slice(start, end).trim();
  const sentence = trimmed.length > 300 ? trimmed.slice(0, 297) + "…" : trimmed;
  // A match is at most two characters long, so it begins at `after - 2` or later.
  return { sentence, from: offset, before: found ? after - 2 : text.length };
}

/**
 * What a card shows of an entry whatever the article, made on the entry's first card: the same
 * entries are on many pages. Kept by id with the entry's fields a card copies, so that a card
 * reads one small table and one object, where it read the dataset's table of every entry, the
 * entry and a memo keyed by the entry.
 */
interface EntryShown {
  name: string;
  description: string;
  source: string;
  asOf: string;
  offices: Office[] | undefined;
  facts: CardFact[];
  /** A living person's birth date, from which a card gives the age on the article's date. */
  livingBorn: string | undefined;
  /** "Of Russia: …": the description on the card of its nationality, made when first shown. */
  ofDescription?: string;
}

function showEntry(entry: Entry): EntryShown {
  const facts = entry.facts
    .filter((f: Fact) => FACT_LABELS[f.key])
    // A fact dated by itself (a birth date "as of" that day) holds for all time: no as-of shown.
    .map((f) => ({ label: FACT_LABELS[f.key] ?? f.key, value: formatFactValue(f), source: f.source, asOf: f.asOf === f.value ? "" : f.asOf }));
  const born = entry.facts.find((f) => f.key === "born" && typeof f.value === "string");
  const livingBorn = born && !entry.facts.some((f) => f.key === "died") ? (born.value as string) : undefined;
  const { name, description, source, asOf, offices } = entry;
  return { name, description, source, asOf, offices, facts, livingBorn };
}

/**
 * Per knowledge base, what its entries show by id (null for an id it lacks). A knowledge base
 * does not change once made (a reader's own entries make a new one), so an id shows the same
 * entry for as long as the knowledge base lives.
 */
const SHOWN_BY_ID = new WeakMap<KnowledgeBase, Map<string, EntryShown | null>>();

function shownById(kb: KnowledgeBase): Map<string, EntryShown | null> {
  let table = SHOWN_BY_ID.get(kb);
  if (!table) {
    table = new Map();
    SHOWN_BY_ID.set(kb, table);
  }
  return table;
}

function shownOf(kb: KnowledgeBase, table: Map<string, EntryShown | null>, id: string): EntryShown | null {
  let shown = table.get(id);
  if (shown === undefined) {
    const entry = kb.get(id);
    shown = entry ? showEntry(entry) : null;
    table.set(id, shown);
  }
  return shown;
}

const TYPE_WORD: Record<string, string> = {
  person: "person", place: "place", organization: "organization", event: "event", nationality: "nationality",
};

/** The description of a name outside the dataset, one string per type rather than one per card. */
const UNKNOWN_DESCRIPTIONS = new Map<string, string>();

function unknownDescription(type: string): string {
  let d = UNKNOWN_DESCRIPTIONS.get(type);
  if (d === undefined) {
    d = `A ${TYPE_WORD[type] ?? type} named in this article; not in Gloss's dataset.`;
    UNKNOWN_DESCRIPTIONS.set(type, d);
  }
  return d;
}

/** Whole years from an ISO day to another, or undefined when either is not a valid ISO day. */
function yearsBetween(from: string, to: string): number | undefined {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  if (!a || !b) return undefined;
  const years = b.y - a.y - (b.m < a.m || (b.m === a.m && b.d < a.d) ? 1 : 0);
  return years >= 0 ? years : undefined;
}

/** A living person's birth date with the age it gives on the article's date ("aged 81 on 13 June 2024"). */
function withAge({ facts, livingBorn }: EntryShown, date: string): readonly CardFact[] {
  const age = livingBorn !== undefined ? yearsBetween(livingBorn, date) : undefined;
  if (age === undefined) return facts;
  return facts.map((f) => (f.label === FACT_LABELS.born ? { ...f, value: `${f.value} (aged ${age} on ${formatIsoDate(date)})` } : f));
}

/** The form the article uses most often ("Russian" over "Russians"), first-written on ties. */
function commonestForm(list: readonly Mention[]): string {
  if (list.length === 1) return list[0]!.text;
  const counts = new Map<string, number>();
  for (const m of list) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = list[0]!.text;
  for (const [form, n] of counts) if (n > counts.get(best)!) best = form;
  return best;
}

/** A set is worth building only past a few forms: a card seldom has more than two or three. */
const FORMS_SCANNED = 8;

/** The texts a card's mentions are written as, each once, in order of first use. */
function formsOf(list: readonly Mention[]): string[] {
  const forms = [list[0]!.text];
  for (let i = 1; i < list.length; i++) {
    const form = list[i]!.text;
    if (forms.length > FORMS_SCANNED) return [...new Set(list.map((m) => m.text))];
    if (!forms.includes(form)) forms.push(form);
  }
  return forms;
}

/**
 * The sentence around an offset, reusing the last quote when the offset lies in it: cards come in
 * reading order, and names outside the dataset come in clusters ("Chris Adams, 123, and Tim
 * O'Gorman").
 */
function quoteIn(last: Quote | undefined, text: string, offset: number): Quote {
  return last && offset >= last.from && offset < last.before ? last : quoteAround(text, offset);
}

export function buildCards(text: string, mentions: readonly Mention[], kb: KnowledgeBase, opts: CardOptions = {}): Card[] {
  const groups = groupByKey(mentions);
  const shownTable = shownById(kb);
  const date = opts.publishedAt?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);
  const index = new MentionIndex(text, mentions, groups);
  let article: FigureArticle | undefined;
  let quote: Quote | undefined;
  const cards: Card[] = [];
  const length = Math.max(1, text.length);
  // Over the groups alone: an entries iterator hands out a [key, group] pair per card.
  for (const list of groups.values()) {
    const first = list[0]!;
    // Read once: mentions come in many shapes, and each read of one is a lookup by name.
    const { key, type, start, entityId } = first;
    const forms = formsOf(list);
    const shown = entityId && !isFigureType(type) ? shownOf(kb, shownTable, entityId) : null;
    const salience = list.length * 1000 - start / length;
    // Each card is built as one literal in one property order: cards then share a shape.
    if (isFigureType(type)) {
      cards.push({
        key, type, mentions: list.length, firstStart: start, forms, salience,
        // The whole phrase ("last year", "about $300 billion"): the span leaves hedges and modifiers out.
        name: first.name ?? first.text,
        description: "",
        inDataset: false,
        facts: [],
        context: figureContext(first, kb, (article ??= new FigureArticle({ text, mentions, publishedAt: opts.publishedAt, index }))),
      });
    } else if (shown) {
      const offices = shown.offices ? officesIn(shown.offices, date) : undefined;
      const facts = withAge(shown, date);
      const { name, description, source, asOf } = shown;
      cards.push({
        key, type, mentions: list.length, firstStart: start, forms, salience,
        // "Russian" is its own card beside "Russia": named as the article writes it, so the popup
        // does not list the country twice, and described by the country it belongs to.
        name: type === "nationality" ? commonestForm(list) : name,
        description: type === "nationality" ? (shown.ofDescription ??= `Of ${name}: ${description}`) : description,
        inDataset: true,
        facts: offices?.length
          ? [...offices.map((o) => ({ label: "Office then", value: describeOffice(o), source, asOf })), ...facts]
          : facts.slice(),
        context: [],
        source,
        asOf,
      });
    } else {
      cards.push({
        key, type, mentions: list.length, firstStart: start, forms, salience,
        name: first.name ?? first.text,
        description: unknownDescription(type),
        inDataset: false,
        facts: [],
        context: [],
        firstSentence: (quote = quoteIn(quote, text, start)).sentence,
      });
    }
  }
  return inSalienceOrder(cards, length);
}

/**
 * The cards highest salience first, as a stable sort on salience orders them. A card's salience
 * is its mention count × 1000 less a fraction (its first offset ÷ the text's length, within
 * [0, 1]), so it orders by count, then by first offset. Cards made in reading order, as the
 * mentions of an analysis come, need only be placed by count: one pass instead of a sort's
 * comparisons (a sort is ~15 % of making an article's cards). Any other order is sorted, and so is
 * a placing that one check finds out of salience order.
 */
function inSalienceOrder(cards: Card[], length: number): Card[] {
  let most = 0;
  for (let i = 0; i < cards.length; i++) {
    const { firstStart, mentions } = cards[i]!;
    const inReadingOrder = firstStart >= 0 && firstStart <= length && (i === 0 || firstStart >= cards[i - 1]!.firstStart);
    if (!inReadingOrder) return cards.sort((a, b) => b.salience - a.salience);
    if (mentions > most) most = mentions;
  }
  // A counting sort: where each count's cards begin in the result, most mentioned first.
  const begins = new Array<number>(most + 2).fill(0);
  for (const card of cards) begins[most - card.mentions + 1]!++;
  for (let n = 1; n <= most; n++) begins[n]! += begins[n - 1]!;
  const ordered = new Array<Card>(cards.length);
  for (const card of cards) ordered[begins[most - card.mentions]!++] = card;
  // The placing above assumes salience's formula; should the formula change, the sort decides.
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i]!.salience > ordered[i - 1]!.salience) return cards.sort((a, b) => b.salience - a.salience);
  }
  return ordered;
}

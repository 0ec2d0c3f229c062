/**
 * The contract every stage of Gloss shares: what a mention is, what a card is.
 * Pure types; no DOM, no browser APIs. The CLI's `--jsonl` output and the
 * content script's highlights are both projections of `Mention`.
 */

/** Kinds of named thing Gloss links to dataset entries. */
export type EntityType = "person" | "place" | "organization" | "event";

/** Kinds of figure Gloss reads values from. */
export type FigureType = "money" | "percent" | "quantity" | "date" | "duration" | "number";

/** Every mention type, as printed by `gloss analyze --jsonl` (the eval protocol). */
export type MentionType = EntityType | "nationality" | FigureType;

export const ENTITY_TYPES: readonly EntityType[] = ["person", "place", "organization", "event"];
export const FIGURE_TYPES: readonly FigureType[] = ["money", "percent", "quantity", "date", "duration", "number"];

export function isFigureType(type: MentionType): type is FigureType {
  return (FIGURE_TYPES as readonly string[]).includes(type);
}

/** One highlighted span of text. Offsets are UTF-16 code units into the analysed text, end exclusive. */
export interface Mention {
  start: number;
  end: number;
  /** `text.slice(start, end)`, kept so consumers need not carry the text. */
  text: string;
  type: MentionType;
  /** Linked dataset entry id (a Wikidata QID where one exists), or null. */
  entityId: string | null;
  /** Canonical name: the dataset entry's name, or for unlinked names the fullest form in the text. */
  name: string | null;
  /**
   * Groups the mentions of one thing on a page: the entity id, `local:<name>` for names outside the
   * dataset, or `fig:<type>:<value>` for figures. Cards are keyed by it.
   */
  key: string;
  /** Normalized figure value: money in units of `unit` (a currency code), percent as 5 for 5 %, ... */
  value?: number;
  /** Currency code (ISO 4217), "%" , or a unit symbol ("km", "t", "bbl", "°C", "year", ...). */
  unit?: string;
  /** Upper bound of a range ("$5-6 billion"), in the same unit. */
  valueMax?: number;
  /** ISO date, month (YYYY-MM) or year (YYYY) a date resolves to. */
  resolved?: string;
  /**
   * The figure is approximate: hedged in the text ("about $300 billion", "more than two years ago"),
   * or resolved only roughly ("last week" → the day a week before publication). `resolved` then
   * holds the nearest ISO date, month or year and `name` the whole phrase.
   */
  approximate?: boolean;
  /** How sure Gloss is, 0..1: shown in the popup's "why highlighted". */
  confidence: number;
  /** The alias or rule that matched, e.g. `alias "Kyiv"`, `title "President"`, `money: $ + billion`. */
  rule: string;
}

/** A fact as shown on a card: every number names its source and as-of date. */
export interface CardFact {
  label: string;
  value: string;
  source: string;
  asOf: string;
}

/** The context card for one thing mentioned on the page (keyed like its mentions). */
export interface Card {
  key: string;
  type: MentionType;
  name: string;
  /** One line: the dataset description, or what the article says of a name the dataset lacks. */
  description: string;
  /** False for names found from context only: the card says it is not in the dataset. */
  inDataset: boolean;
  facts: CardFact[];
  /** Context lines for figures ("about 0.2% of US GDP (2023, World Bank)"), each sourced in its text. */
  context: string[];
  /** Number of mentions on the page and the offset of the first. */
  mentions: number;
  firstStart: number;
  /** The sentence of the first mention, for names the dataset lacks. */
  firstSentence?: string;
  /** Aliases seen on the page for this card ("Biden", "Joe Biden"). */
  forms: string[];
  /** Dataset source and as-of date of the entry, when in the dataset. */
  source?: string;
  asOf?: string;
  /** Salience rank key: higher first. */
  salience: number;
}

/** Why the page was (or was not) taken as an article: shown in the popup. */
export interface DetectionResult {
  isArticle: boolean;
  score: number;
  reasons: string[];
  /** BCP 47 primary language, when the page states or the text shows one. */
  lang?: string;
}

/** The whole result for one document: what the CLI prints and the popup lists. */
export interface Analysis {
  isArticle: boolean;
  title?: string;
  publishedAt?: string;
  text: string;
  mentions: Mention[];
  cards: Card[];
  detection?: DetectionResult;
}

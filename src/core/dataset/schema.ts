/**
 * The bundled dataset's schema: source files under `data/` are validated against it by
 * `scripts/build-data.mjs`, which writes the compiled form the background loads once.
 * Every fact carries its source and as-of date; a fact without them is rejected at build time.
 */
import type { EntityType } from "../types";
import type { ShippedIndex } from "./shipped-index";

/** A dated fact. `value` is a number in `unit` (people, km2, USD, ...) or a short string. */
export interface Fact {
  /** Machine key: population, area_km2, gdp_usd, budget_usd, defence_budget_usd, revenue_usd, capital, founded, headquarters, ... */
  key: string;
  value: number | string;
  unit?: string;
  /** Human-readable source: "World Bank WDI", "Wikidata", "IMF WEO April 2024", ... */
  source: string;
  /** As-of date: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** Id of a dataset entry the value refers to (capital city, head of state, ...). */
  ref?: string;
}

/** A dated office held by a person: lets a card say what the person was on the article's date. */
export interface Office {
  /** "President of the United States", "Prime Minister", "Secretary-General". */
  role: string;
  /** Dataset id of the country or organization, when there is one. */
  of?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** Absent while the office is held (as of `asOf` of the entry). */
  end?: string;
}

export type Subtype =
  | "country" | "territory" | "state" | "province" | "region" | "city" | "capital" | "district"
  | "international-organization" | "government-body" | "agency" | "party" | "armed-forces"
  | "company" | "news-organization" | "ngo" | "sports-club" | "university"
  | "politician" | "head-of-state" | "head-of-government" | "official" | "business-person" | "other-person"
  | "war" | "summit" | "election" | "pandemic" | "disaster" | "treaty" | "other-event" | "other";

export interface Entry {
  /** Stable id: the Wikidata QID where one exists ("Q30"), else `gloss:<slug>`. */
  id: string;
  type: EntityType;
  subtype?: Subtype;
  name: string;
  /** Other names it is written as in English news: short forms, former names, transliterations, acronyms. */
  aliases: string[];
  /**
   * Aliases that are also common words or other things ("Georgia", "Jordan", "Chad", "Turkey", "May"):
   * the recognizer demands context before linking them.
   */
  ambiguous?: string[];
  /** Adjectives and nouns for its people ("Ukrainian", "Ukrainians"): countries, and divisions news names a people by ("Scottish", "Texan"). */
  demonyms?: string[];
  /** One line, true on `asOf`. */
  description: string;
  /** Dataset id of the country it belongs to (cities, states, parties, companies, people). */
  country?: string;
  facts: Fact[];
  offices?: Office[];
  /** Events: when it started and ended (YYYY[-MM[-DD]]). */
  start?: string;
  end?: string;
  /** Flag emoji, countries and territories. */
  flag?: string;
  /**
   * Other ids that name this entry ("gloss:country-UA" for Q212). The build rewrites references
   * made with them to `id`, so curated files may use either.
   */
  sameAs?: string[];
  /** Where the entry as a whole comes from, and when it was last checked. */
  source: string;
  asOf: string;
}

/**
 * The compiled form shipped in the extension and loaded once by the background (compiled.ts):
 * the entries as JSON objects, which JSON.parse makes directly (a cold start pays no unpacking),
 * and the alias trie prebuilt (shipped-index.ts), which is most of what indexing costs.
 */
export interface CompiledDataset {
  version: number;
  builtAt: string;
  entries: Entry[];
  /** Absent in hand-made datasets (tests); the index is then built by tokenizing. */
  index?: ShippedIndex;
}

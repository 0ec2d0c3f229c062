/**
 * Lookups over one article's mentions that figure cards ask for again and again: the countries it
 * names, the mentions inside a sentence, the other mentions of one thing. Built once per analysis
 * (buildCards passes it to every figure card), so that a card costs a search or a short list
 * instead of a pass over every mention of the article, and the cards of a long article take time
 * linear in its length.
 */
import type { KnowledgeBase } from "../dataset/kb";
import type { Entry } from "../dataset/schema";
import type { Mention } from "../types";

/** A mention with its position in the article's mention list (ties in a search go to the earlier). */
export interface Indexed {
  m: Mention;
  at: number;
}

/** A place or nationality mention and the country it is in or of. */
export interface CountryMention extends Indexed {
  country: Entry;
}

export interface ArticleCountries {
  /** Place and nationality mentions with their country, sorted by start. */
  byStart: CountryMention[];
  /** Ids of every country named (by itself, a place in it, or its people). */
  named: Set<string>;
  /** The country named most often (ties: the one named first). */
  main: Entry | undefined;
}

/** The first place in a start order (see MentionIndex.startOrder) whose mention starts at `offset` or later. */
function firstFrom(mentions: readonly Mention[], order: readonly number[] | null, offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[order ? order[mid]! : mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byStartThenOrder(a: Indexed, b: Indexed): number {
  return a.m.start - b.m.start || a.at - b.at;
}

/** The country a mention names or lies in, if the dataset says. */
export function countryOf(kb: KnowledgeBase, m: Mention): Entry | undefined {
  if (!m.entityId) return undefined;
  const e = kb.get(m.entityId);
  if (!e) return undefined;
  if (e.subtype === "country") return e;
  if (m.type === "place" && e.country) {
    const c = kb.get(e.country);
    if (c?.subtype === "country") return c;
  }
  return undefined;
}

/** The mentions of each key, in list order; keys in the order of their first mention. */
export function groupByKey(mentions: readonly Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = groups.get(m.key);
    if (list) list.push(m);
    else groups.set(m.key, [m]);
  }
  return groups;
}

export class MentionIndex {
  private order: readonly number[] | null | undefined;
  private countriesFor: { kb: KnowledgeBase; countries: ArticleCountries } | undefined;
  private readonly derivedTables = new Map<symbol, unknown>();

  /**
   * `byKey`: the mentions grouped by key in list order, when the caller has grouped them already
   * (buildCards does, to make its cards); otherwise grouped here on first request.
   */
  constructor(
    readonly text: string,
    readonly mentions: readonly Mention[],
    private byKey?: ReadonlyMap<string, readonly Mention[]>,
  ) {}

  /**
   * The list positions of the mentions by start, ties in list order; null when the list is in
   * that order already, as an analysis lists its mentions: it is then searched as it is, with
   * nothing built.
   */
  private startOrder(): readonly number[] | null {
    if (this.order === undefined) {
      const list = this.mentions;
      let inOrder = true;
      for (let i = 1; i < list.length && inOrder; i++) inOrder = list[i]!.start >= list[i - 1]!.start;
      this.order = inOrder ? null : [...list.keys()].sort((a, b) => list[a]!.start - list[b]!.start || a - b);
    }
    return this.order;
  }

  /** Mentions lying wholly inside [start, end) that pass `test`, in list order. */
  within(start: number, end: number, test: (m: Mention) => boolean): Indexed[] {
    const { mentions } = this;
    const order = this.startOrder();
    const out: Indexed[] = [];
    for (let i = firstFrom(mentions, order, start); i < mentions.length; i++) {
      const at = order ? order[i]! : i;
      const m = mentions[at]!;
      if (!(m.start < end)) break;
      if (m.end <= end && test(m)) out.push({ m, at });
    }
    return out.sort((a, b) => a.at - b.at);
  }

  /** The first mention in list order whose start lies in [from, to] and that passes `test`. */
  firstStartingIn(from: number, to: number, test: (m: Mention) => boolean): Mention | undefined {
    const { mentions } = this;
    const order = this.startOrder();
    let best = -1;
    for (let i = firstFrom(mentions, order, from); i < mentions.length; i++) {
      const at = order ? order[i]! : i;
      const m = mentions[at]!;
      if (!(m.start <= to)) break;
      if ((best < 0 || at < best) && test(m)) best = at;
    }
    return best < 0 ? undefined : mentions[best];
  }

  /** Every mention with this key, in list order. */
  withKey(key: string): readonly Mention[] {
    return (this.byKey ??= groupByKey(this.mentions)).get(key) ?? [];
  }

  countries(kb: KnowledgeBase): ArticleCountries {
    if (this.countriesFor?.kb === kb) return this.countriesFor.countries;
    const byStart: CountryMention[] = [];
    const named = new Set<string>();
    const counts = new Map<string, { entry: Entry; n: number; first: number }>();
    this.mentions.forEach((m, at) => {
      if (m.type !== "place" && m.type !== "nationality") return;
      const country = countryOf(kb, m);
      if (!country) return;
      byStart.push({ m, at, country });
      named.add(country.id);
      const tally = counts.get(country.id);
      if (tally) tally.n++;
      else counts.set(country.id, { entry: country, n: 1, first: m.start });
    });
    byStart.sort(byStartThenOrder);
    let main: { entry: Entry; n: number; first: number } | undefined;
    for (const t of counts.values()) if (!main || t.n > main.n || (t.n === main.n && t.first < main.first)) main = t;
    const countries = { byStart, named, main: main?.entry };
    this.countriesFor = { kb, countries };
    return countries;
  }

  /**
   * A table a consumer derives from the mentions, built on first request and kept with the index
   * (the slot is the consumer's own key).
   */
  derived<T>(slot: symbol, build: (index: MentionIndex) => T): T {
    if (this.derivedTables.has(slot)) return this.derivedTables.get(slot) as T;
    const table = build(this);
    this.derivedTables.set(slot, table);
    return table;
  }
}

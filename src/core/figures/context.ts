/**
 * Figures in human terms: the context lines of a figure's card. Money is converted at bundled ECB
 * rates, brought to today's dollars with the US CPI, compared with the economy, budget and
 * population of the country it concerns, and set beside a landmark of its size; quantities get the
 * other system and a landmark; dates their weekday and distance from publication; durations tied
 * to an event their end date. Every number on a line names its source and year.
 */
import type { KnowledgeBase } from "../dataset/kb";
import type { Entry, Fact } from "../dataset/schema";
import { CURRENCY_NAMES, formatExact, formatMoney, formatNumber, formatQuantity, formatShare, formatTimes } from "../format";
import { localCurrency } from "./shared-currencies";
import type { Mention } from "../types";
import { MONTH_NAMES, addDays, addMonths, daysBetween, describeResolved, parseIsoDay, type Day } from "./calendar";
import { consistencyNotes } from "./consistency";
import { MentionIndex } from "./mention-index";
import { CPI_SOURCE, ECB_RATES, LANDMARKS, inflateUsd, toEuro, toUsd, type Landmark } from "./reference";
import { convertUnit, toMetres, toSquareKm } from "./units";

export interface FigureContextInput {
  text: string;
  mentions: readonly Mention[];
  publishedAt?: string;
  /** The article's mention index, shared by all its figure cards (built here when absent). */
  index?: MentionIndex;
}

/**
 * An article as its figure cards read it, made once and passed to every figureContext call of
 * the article (buildCards does): the index and the publication day are then shared by its cards.
 */
export class FigureArticle implements FigureContextInput {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly publishedAt: string | undefined;
  readonly index: MentionIndex;
  /** The publication day, read only: every card of the article reads the same one. */
  readonly pub: Day | undefined;
  private pubInWords: string | undefined;

  constructor(given: FigureContextInput) {
    this.text = given.text;
    this.mentions = given.mentions;
    this.publishedAt = given.publishedAt;
    this.index = given.index ?? new MentionIndex(given.text, given.mentions);
    this.pub = parseIsoDay(given.publishedAt);
  }

  /** "Thursday 13 June 2024": the publication day as the lines of relative dates quote it. */
  pubWords(): string | undefined {
    if (this.pubInWords === undefined && this.pub) this.pubInWords = describeResolved(isoOf(this.pub));
    return this.pubInWords;
  }
}

type Input = FigureArticle;

/** "World Bank WDI NY.GDP.MKTP.CD (API copy in …)" → "World Bank WDI": the name a reader knows. */
export function shortSource(source: string): string {
  // A dataset names a few dozen sources, and every money card quotes several: each is cut once.
  let short = SHORT_SOURCES.get(source);
  if (short === undefined) {
    short = source
      .replace(/\s*\(.*$/, "")
      .replace(/\b[A-Z]{2,}(?:\.[A-Z0-9]+){2,}\b/g, "")
      .replace(/\s+,/g, ",")
      .replace(/\s{2,}/g, " ")
      .trim();
    if (SHORT_SOURCES.size >= SHORT_SOURCES_MAX) SHORT_SOURCES.clear();
    SHORT_SOURCES.set(source, short);
  }
  return short;
}

const SHORT_SOURCES = new Map<string, string>();
/** Bounds the memo should a caller pass sources of its own (the dataset's are far fewer). */
const SHORT_SOURCES_MAX = 1000;

const yearOf = (asOf: string) => asOf.slice(0, 4);

/** "World Bank WDI, 2023" per dataset fact, made once: money cards quote the same few facts again and again. */
const SOURCE_LABELS = new WeakMap<Fact, string>();

function factLabel(f: Fact): string {
  let label = SOURCE_LABELS.get(f);
  if (label === undefined) {
    label = `${shortSource(f.source)}, ${yearOf(f.asOf)}`;
    SOURCE_LABELS.set(f, label);
  }
  return label;
}

/** "26 September 2024": a reference date in words. */
function dayInWords(iso: string): string {
  return describeResolved(iso, false);
}

function factValue(entry: Entry, key: string): Fact | undefined {
  const f = entry.facts.find((x) => x.key === key && typeof x.value === "number");
  return f && (f.value as number) > 0 ? f : undefined;
}

/** A sentence's stop and the white space after it, or a line break. */
const SENTENCE_STOP = /[.!?]["”’]?\s+(?=["“‘]?[A-Z0-9])|\n/g;

/** How far back a sentence's opening is first looked for: most open nearer than this. */
const NEAR_OPENING = 200;

/** Where the last stop that starts in [from, offset) ends, if one does. */
function lastStopEnd(text: string, from: number, offset: number): number | undefined {
  let end: number | undefined;
  let m: RegExpExecArray | null;
  SENTENCE_STOP.lastIndex = from;
  while ((m = SENTENCE_STOP.exec(text)) && m.index < offset) end = m.index + m[0].length;
  return end;
}

/** The sentence around an offset, as [start, end): its opening is looked for up to 600 characters back. */
function sentenceSpan(text: string, offset: number): [number, number] {
  const from = Math.max(0, offset - 600);
  // A search from nearer the offset finds the same last stop as one from `from`, provided it
  // begins on a character no stop runs through (stops run on through quotes and white space);
  // only when it finds none is the whole window searched.
  let near = offset - NEAR_OPENING;
  while (near > from && near < offset && /[\s"”’]/.test(text[near]!)) near++;
  const start = (near > from ? lastStopEnd(text, near, offset) : undefined) ?? lastStopEnd(text, from, offset) ?? 0;
  SENTENCE_STOP.lastIndex = offset;
  const next = SENTENCE_STOP.exec(text);
  return [start, next ? next.index + 1 : text.length];
}

/**
 * The country a figure concerns: the country (or a place in it) named nearest to the figure in
 * its sentence, else the article's main country (the one named most often).
 */
export function concernedCountry(
  figure: Mention, kb: KnowledgeBase, text: string, mentions: readonly Mention[], index = new MentionIndex(text, mentions),
): Entry | undefined {
  const [s, e] = sentenceSpan(text, figure.start);
  const countries = index.countries(kb);
  const list = countries.byStart;
  // The countries named in the sentence: a binary search to its first mention, then its mentions.
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.m.start < s) lo = mid + 1;
    else hi = mid;
  }
  let best: { entry: Entry; distance: number; at: number } | undefined;
  for (let i = lo; i < list.length && list[i]!.m.start <= e; i++) {
    const { m, at, country } = list[i]!;
    if (m.end > e) continue;
    const distance = m.start >= figure.end ? m.start - figure.end : figure.start - m.end;
    if (!best || distance < best.distance || (distance === best.distance && at < best.at)) best = { entry: country, distance, at };
  }
  return best ? best.entry : countries.main;
}

/** The countries of a knowledge base with their positive numeric facts, in dataset order. */
interface CountryFacts {
  entry: Entry;
  facts: Map<string, Fact>;
}

/** Built once per knowledge base: a card then looks at its countries only, not at every entry. */
const COUNTRY_FACTS = new WeakMap<KnowledgeBase, CountryFacts[]>();

function countryFacts(kb: KnowledgeBase): CountryFacts[] {
  let list = COUNTRY_FACTS.get(kb);
  if (!list) {
    list = [];
    for (const entry of kb.entries()) {
      if (entry.subtype !== "country") continue;
      const facts = new Map<string, Fact>();
      for (const key of ["population", "area_km2", "gdp_usd", "budget_usd", "defence_budget_usd"]) {
        const f = factValue(entry, key);
        if (f) facts.set(key, f);
      }
      list.push({ entry, facts });
    }
    COUNTRY_FACTS.set(kb, list);
  }
  return list;
}

const BUDGET_KEYS: readonly [string, string][] = [
  ["defence_budget_usd", "annual defence budget"],
  ["budget_usd", "annual government budget"],
  ["gdp_usd", "annual GDP"],
];

/** A country's budget or GDP as a money landmark. */
interface BudgetAmount {
  entry: Entry;
  fact: Fact;
  label: string;
  /**
   * The country's id and the amount, copied out of its entry and fact: a landmark search reads
   * them for a few dozen amounts, which then need no look at two more objects each.
   */
  id: string;
  value: number;
  /** Natural logarithm of the amount: the sort key. */
  log: number;
  /** The bonus of a populous (better-known) country. */
  fame: number;
  /** Position in dataset order (countries, then BUDGET_KEYS): breaks ties. */
  order: number;
  /** "the annual GDP of Farland ($52 billion, World Bank WDI, 2023)", made when first shown. */
  said?: string;
}

const BUDGET_AMOUNTS = new WeakMap<KnowledgeBase, BudgetAmount[]>();

/** Every country's budgets and GDP, sorted by amount: built once per knowledge base. */
function budgetAmounts(kb: KnowledgeBase): BudgetAmount[] {
  let list = BUDGET_AMOUNTS.get(kb);
  if (!list) {
    list = [];
    for (const { entry, facts } of countryFacts(kb)) {
      const pop = facts.get("population");
      for (const [key, label] of BUDGET_KEYS) {
        const fact = facts.get(key);
        if (!fact) continue;
        const fame = pop ? Math.log10(pop.value as number) / 40 : 0;
        const value = fact.value as number;
        list.push({ entry, fact, label, id: entry.id, value, log: Math.log(value), fame, order: list.length });
      }
    }
    list.sort((a, b) => a.log - b.log || a.order - b.order);
    BUDGET_AMOUNTS.set(kb, list);
  }
  return list;
}

/**
 * A landmark of the same order of magnitude from the knowledge base: a country's GDP, government or
 * defence budget within a factor of 1.5 of the amount. Countries the article names come first, then
 * the closest value, then the more populous (better-known) country.
 */
export function moneyLandmark(usd: number, kb: KnowledgeBase, named: ReadonlySet<string>, exclude?: string): string | undefined {
  const amounts = budgetAmounts(kb);
  // Only amounts within a factor of 1.5 can be landmarks: a binary search over their logarithms
  // finds them (a little margin for rounding; each is checked exactly below).
  let from = 0, to = amounts.length;
  if (usd > 0) {
    const low = Math.log(usd) - Math.log(1.5) - 1e-9;
    const high = Math.log(usd) + Math.log(1.5) + 1e-9;
    let lo = 0, hi = amounts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (amounts[mid]!.log < low) lo = mid + 1;
      else hi = mid;
    }
    from = lo;
    to = from;
    while (to < amounts.length && amounts[to]!.log <= high) to++;
  }
  let best: BudgetAmount | undefined;
  let bestScore = 0;
  for (let i = from; i < to; i++) {
    const amount = amounts[i]!;
    if (amount.id === exclude) continue;
    const distance = Math.abs(Math.log(usd / amount.value));
    if (distance > Math.log(1.5)) continue;
    const score = distance - (named.has(amount.id) ? 1 : 0) - amount.fame;
    // Equal scores: the first in dataset order, as a walk over the countries would keep.
    if (best && (score > bestScore || (score === bestScore && amount.order > best.order))) continue;
    best = amount;
    bestScore = score;
  }
  if (!best) return undefined;
  const amount = best;
  const ratio = usd / amount.value;
  const distance = Math.abs(Math.log(ratio));
  const about = distance < Math.log(1.15) ? "about" : `about ${formatTimes(ratio)}`;
  amount.said ??= `the ${amount.label} of ${amount.entry.name} (${formatMoney(amount.fact.value as number, "USD")}, ${factLabel(amount.fact)})`;
  return `${about} ${amount.said}`;
}

/** "23% of" for a part, "2× " for a multiple. */
function shareOrTimes(ratio: number): string {
  return ratio >= 1.5 ? formatTimes(ratio) : `${formatShare(ratio)} of`;
}

/** A figure of a country that money cards set amounts beside, and what a line says after the ratio. */
interface Comparison {
  value: number;
  /** The amount is divided out per inhabitant ("$1,250 per inhabitant") rather than given as a share. */
  perHead: boolean;
  /** " Testland's GDP ($200 billion, World Bank WDI, 2023)". */
  said: string;
}

/** Per country, made on its first money card: the text around the ratio is the same on every card. */
const COMPARISONS = new WeakMap<Entry, Comparison[]>();

function comparisonsWith(country: Entry): Comparison[] {
  let list = COMPARISONS.get(country);
  if (!list) {
    list = [];
    const shares: readonly [string, string][] = [["gdp_usd", "GDP"], ["budget_usd", "government budget"], ["defence_budget_usd", "defence spending"]];
    for (const [key, what] of shares) {
      const f = factValue(country, key);
      if (f) list.push({ value: f.value as number, perHead: false, said: ` ${country.name}'s ${what} (${formatMoney(f.value as number, "USD")}, ${factLabel(f)})` });
    }
    const pop = factValue(country, "population");
    if (pop) list.push({ value: pop.value as number, perHead: true, said: ` per inhabitant of ${country.name} (population ${formatNumber(pop.value as number)}, ${factLabel(pop)})` });
    COMPARISONS.set(country, list);
  }
  return list;
}

/** One of a currency, by its plural name: "1 Indian rupee", "1 pound sterling", "1 Swedish krona". */
function singularCurrency(name: string): string {
  const irregular: Record<string, string> = { kroner: "krone", kronor: "krona", reais: "real", lire: "lira" };
  // The names' first word in lower case is the plural noun ("US dollars", "pounds sterling").
  return name.replace(/\b[a-z]+\b/, (w) => irregular[w] ?? w.replace(/s$/, ""));
}

function moneyLines(m: Mention, kb: KnowledgeBase, input: Input): string[] {
  const lines: string[] = [];
  // Read once: each is asked several times below.
  const { value: amount, valueMax: amountMax, approximate } = m;
  let currency = m.unit;
  if (amount === undefined || !currency) return lines;
  let name = CURRENCY_NAMES[currency] ?? currency;
  // "Pakistan allocated Rs 1.5 trillion": rupees of the country it concerns, not India's. Without a
  // bundled rate for that currency no conversion or comparison follows.
  const country = concernedCountry(m, kb, input.text, input.mentions, input.index);
  const local = localCurrency(m, country, input.text);
  if (local?.unsure) {
    // "Ottawa will spend $5 billion": US or Canadian dollars; no conversion says more than the text.
    const amounts = amountMax !== undefined ? `${formatExact(amount)} to ${formatExact(amountMax)}` : formatExact(amount);
    return [`${approximate ? "About " : ""}${amounts} dollars (US dollars or ${local.name}: the article does not say which)`];
  }
  if (local) {
    currency = local.code;
    name = local.name;
  }
  const range = amountMax !== undefined;
  if (approximate && range) {
    // "multibillion-dollar": more than one of the unit, fewer than a thousand.
    const several = /"multi-?(million|billion|trillion)-/.exec(m.rule);
    lines.push(
      several
        ? `Several ${several[1]} ${name}: more than ${formatMoney(amount, currency)}, less than ${formatMoney(amountMax!, currency)} (the article gives no exact figure)`
        : `Order of magnitude: ${formatMoney(amount, currency)} to ${formatMoney(amountMax!, currency)} (${name}; the article gives no exact figure)`,
    );
    return lines;
  } else if (range) {
    lines.push(`${formatMoney(amount, currency)} to ${formatMoney(amountMax!, currency)} = ${formatExact(amount)} to ${formatExact(amountMax!)} ${name}`);
  } else {
    lines.push(`${approximate ? "About " : ""}${formatExact(amount)} ${amount === 1 ? singularCurrency(name) : name}`);
  }
  // Conversions at the bundled rates.
  const eur = toEuro(amount, currency);
  const usdPerEuro = ECB_RATES.perEuro.USD!;
  const ecbDate = dayInWords(ECB_RATES.date);
  /** An amount, or the range "low to high" when the figure is one, scaled by a rate. */
  const scaled = (factor: number, cur: string) =>
    range ? `${formatMoney(amount * factor, cur)} to ${formatMoney(amountMax! * factor, cur)}` : formatMoney(amount * factor, cur);
  if (currency === "USD") {
    lines.push(`≈ ${scaled(1 / usdPerEuro, "EUR")} at the ECB reference rate of ${ecbDate} (€1 = $${usdPerEuro})`);
  } else if (currency === "EUR") {
    lines.push(`≈ ${scaled(usdPerEuro, "USD")} at the ECB reference rate of ${ecbDate} (€1 = $${usdPerEuro})`);
  } else if (eur) {
    const legacy = eur.table !== ECB_RATES;
    const rateNote = legacy
      ? `€1 = ${eur.perEuro} ${currency}, the irrevocable rate of ${eur.table.source}, ${yearOf(eur.table.date)}; €1 = $${usdPerEuro}, ECB reference rate of ${ecbDate}`
      : `ECB reference rates of ${ecbDate}: €1 = ${eur.perEuro} ${currency} = $${usdPerEuro}`;
    lines.push(`≈ ${scaled(usdPerEuro / eur.perEuro, "USD")} or ${scaled(1 / eur.perEuro, "EUR")} (${rateNote})`);
  }
  const usd = toUsd(amount, currency);
  // Today's dollars for older articles.
  const pub = input.pub;
  if (currency === "USD" && pub) {
    const inflated = inflateUsd(amount, pub.y);
    if (inflated && pub.y < inflated.toYear) {
      lines.push(
        `≈ ${scaled(inflated.to / inflated.from, "USD")} in ${inflated.toYear} dollars (${shortSource(CPI_SOURCE)}: ${inflated.from} in ${pub.y}, ${inflated.to} in ${inflated.toYear})`,
      );
    }
  }
  if (usd === undefined) return lines;
  if (country) {
    for (const { value, perHead, said } of comparisonsWith(country)) {
      lines.push(`≈ ${perHead ? formatMoney(usd / value, "USD") : shareOrTimes(usd / value)}${said}`);
    }
  }
  const named = input.index.countries(kb).named;
  const landmark = moneyLandmark(usd, kb, named, country?.id);
  if (landmark) lines.push(landmark.charAt(0).toUpperCase() + landmark.slice(1));
  return lines;
}

/** "53 per cent of the RM2 billion": the base of a percentage, when the text states it. */
const BASE = /^[ \u00a0]+(?:of|of the)[ \u00a0]+([^,.;:()\n]{1,60}?)(?=[,.;:()\n]|[ \u00a0](?:and|but|who|which|that|in|on|at|from|for|by|to|was|were|is|are|has|have|had|will|would|could|said|[a-z]+ed)\b|$)/;

/** A one-character stand-in for the dot of an abbreviation (same length, so offsets hold). */
const ABBREVIATION_DOT = "\u2024";

function percentLines(m: Mention, input: Input): string[] {
  if (m.value === undefined) return [];
  if (m.unit === "pp") {
    return [`${formatNumber(m.value)} percentage point${m.value === 1 ? "" : "s"}: a difference between two percentages, not a share of one (article text)`];
  }
  // Every digit the article gives ("1.786%"), not a rounded one.
  const pct = m.valueMax !== undefined ? `${formatNumber(m.value, 6)}–${formatNumber(m.valueMax, 6)}%` : `${formatNumber(m.value, 6)}%`;
  // Dots of abbreviations ("the U.S. population") are masked so they do not end the base.
  const after = input.text.slice(m.end, m.end + 90).replace(/\b(?:[A-Z]\.){2,}/g, (abbr) => abbr.replace(/\./g, ABBREVIATION_DOT));
  const base = BASE.exec(after);
  if (!base) return [`${pct}; the article states no base for it`];
  const baseStart = m.end + base[0].length - base[1]!.length;
  const money = input.index.firstStartingIn(baseStart, baseStart + 4, (x) => x.type === "money" && x.value !== undefined && !!x.unit);
  if (money && m.valueMax === undefined) {
    const share = (money.value! * m.value) / 100;
    return [`${pct} of ${money.text} ≈ ${formatMoney(share, money.unit!)} (both figures from the article)`];
  }
  return [`${pct} of ${base[1]!.trim().replaceAll(ABBREVIATION_DOT, ".")} (base stated in the article)`];
}

/** A length or area landmark: the bundled landmarks, or a country's area from the knowledge base. */
function quantityLandmark(m: Mention, kb: KnowledgeBase): string | undefined {
  const value = m.valueMax ?? m.value;
  if (value === undefined || !m.unit) return undefined;
  // Only the closest landmark is written out: the search keeps its ratio until the end.
  const about = (ratio: number, d: number) => (d < Math.log(1.15) ? "About" : `About ${formatTimes(ratio)}`);
  const metres = toMetres(value, m.unit);
  if (metres !== undefined) {
    let best: { d: number; ratio: number; landmark: Landmark } | undefined;
    for (const l of LANDMARKS) {
      if (l.dimension !== "length") continue;
      const ratio = metres / l.value;
      const d = Math.abs(Math.log(ratio));
      if (d > Math.log(2) || (best && d >= best.d)) continue;
      best = { d, ratio, landmark: l };
    }
    if (!best) return undefined;
    const l = best.landmark;
    return `${about(best.ratio, best.d)} ${l.label} (${formatQuantity(l.value >= 10000 ? l.value / 1000 : l.value, l.value >= 10000 ? "km" : "m")}, ${l.source}, ${l.year})`;
  }
  const km2 = toSquareKm(value, m.unit);
  if (km2 !== undefined) {
    let best: { d: number; ratio: number; country: Entry; area: Fact } | undefined;
    for (const { entry, facts } of countryFacts(kb)) {
      const f = facts.get("area_km2");
      if (!f) continue;
      const ratio = km2 / (f.value as number);
      const d = Math.abs(Math.log(ratio));
      if (d > Math.log(1.5) || (best && d >= best.d)) continue;
      best = { d, ratio, country: entry, area: f };
    }
    if (!best) return undefined;
    return `${about(best.ratio, best.d)} the area of ${best.country.name} (${formatQuantity(best.area.value as number, "km²")}, ${factLabel(best.area)})`;
  }
  return undefined;
}

/** "$1,300 a week": a money rate, converted like money and kept per its unit. */
function moneyRateLines(m: Mention): string[] {
  const rate = /^([A-Z]{3})\/(.+)$/.exec(m.unit ?? "");
  if (!rate || m.value === undefined) return [];
  const [, currency, per] = rate as unknown as [string, string, string];
  const usdPerEuro = ECB_RATES.perEuro.USD!;
  const ecbDate = dayInWords(ECB_RATES.date);
  const perWords = `per ${per.replace(/\//g, " per ")}`;
  if (currency === "USD") return [`≈ ${formatMoney(m.value / usdPerEuro, "EUR")} ${perWords} at the ECB reference rate of ${ecbDate} (€1 = $${usdPerEuro})`];
  const eur = toEuro(m.value, currency);
  if (!eur) return [];
  return [`≈ ${formatMoney(eur.value * usdPerEuro, "USD")} or ${formatMoney(eur.value, "EUR")} ${perWords} (ECB reference rates of ${ecbDate}: €1 = ${eur.perEuro} ${currency} = $${usdPerEuro})`];
}

/** What follows "N-year-old" when the age is a person's: a person noun, a name, or the clause's end. */
const PERSON_AFTER_AGE = /^-old(?:[ \u00a0](?:[A-Z][a-z]+|man|woman|men|women|boy|girl|son|daughter|mother|father|wife|husband|player|driver|suspect|victim|student|child|teen|teenager|patient|resident|who|was|is|had|has|said)\b|[,.;:!?)”"])/;

/**
 * An age: "a 48-year-old", "Prelogar, 43,": the two years of birth it allows on the publication
 * date. "age 12 and older" is a bound, and "a 200-year-old cottage" was not born: those keep the age.
 */
function ageLines(m: Mention, text: string, pub: Day | undefined): string[] {
  if (m.value === undefined || !Number.isInteger(m.value)) return [];
  const age = `${formatNumber(m.value)} ${m.unit}${m.value === 1 ? "" : "s"}`;
  const person = m.rule.includes("apposition") || (m.rule.includes("-old") && PERSON_AFTER_AGE.test(text.slice(m.end, m.end + 16)));
  if (m.unit !== "year" || !pub || !person) return [`An age: ${age}`];
  // N years old on the publication day: born within the year before that day's date N years earlier.
  const latest = pub.y - m.value;
  return [`Born in ${latest - 1} or ${latest} (${age} old on ${describeResolved(isoOf(pub), false)}, the publication date)`];
}

function quantityLines(m: Mention, kb: KnowledgeBase, input: Input): string[] {
  const lines: string[] = [];
  if (m.rule.startsWith("quantity: age")) return ageLines(m, input.text, input.pub);
  if (m.value !== undefined && m.unit && /^[A-Z]{3}\//.test(m.unit)) return moneyRateLines(m);
  if (m.value === undefined || !m.unit || m.unit.includes("/")) return lines;
  const conv = convertUnit(m.value, m.unit);
  if (conv) {
    const hi = m.valueMax !== undefined ? convertUnit(m.valueMax, m.unit) : undefined;
    const shown = hi ? `${formatNumber(conv.value)}–${formatQuantity(hi.value, conv.unit)}` : formatQuantity(conv.value, conv.unit);
    lines.push(`= ${shown} (${conv.basis})`);
  }
  const landmark = quantityLandmark(m, kb);
  if (landmark) lines.push(landmark);
  return lines;
}

function isoOf(d: Day): string {
  return `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
}

/** "5 months", "1 year 8 months", "2 years". */
function monthsInWords(n: number): string {
  if (n < 12) return `${n} month${n === 1 ? "" : "s"}`;
  const y = Math.floor(n / 12);
  const r = n % 12;
  return `${y} year${y === 1 ? "" : "s"}${r ? ` ${r} month${r === 1 ? "" : "s"}` : ""}`;
}

/** Where a day lies from the publication day, in words. */
function distanceWords(day: Day, pub: Day): string {
  const days = daysBetween(pub, day);
  if (days === 0) return "the day of publication";
  const n = Math.abs(days);
  const unit = n >= 60 ? `${Math.round(n / 30.44)} months` : n === 1 ? "1 day" : `${n} days`;
  return days < 0 ? `${unit} before publication` : `${unit} after publication`;
}

/** "Monday 11 to Sunday 17 November 2019", "Saturday 30 November to Sunday 1 December 2019". */
function spanWords(first: Day, last: Day): string {
  const full = describeResolved(isoOf(first));
  const head = first.y !== last.y ? full : first.m !== last.m ? full.replace(/ \d{4}$/, "") : full.replace(/ [A-Za-z]+ \d{4}$/, "");
  return `${head} to ${describeResolved(isoOf(last))}`;
}

/** "early", "mid" or "late" written before a decade ("the mid-1990s"), with the years it covers. */
const DECADE_PART: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

/**
 * Dates that name a stretch of time rather than a day, month or year: a week (resolved to its
 * Monday), a weekend (its Saturday), a decade, the decade up to publication, a century.
 */
function periodLine(m: Mention, text: string, pub: Day | undefined, basis: string): string | undefined {
  const resolved = m.resolved!;
  const rule = m.rule;
  // Only a quoted phrase's rule can name a relative week or decade: the commonest date rule,
  // "date: weekday, …", holds "week" too, and is passed over without running the pattern.
  const rel = rule.startsWith('date: "') && (rule.includes("week") || rule.includes("decade"))
    ? /^date: "(?:this past|last|this|next|past|previous|coming) (week|weekend|decade)"/.exec(rule)
    : null;
  if (rel && rel[1] !== "decade" && resolved.length === 10) {
    const first = parseIsoDay(resolved)!;
    const days = rel[1] === "week" ? 6 : 1;
    const last = addDays(first, days);
    const span = spanWords(first, last);
    const where = pub ? (daysBetween(pub, first) > 0 ? "after publication" : daysBetween(pub, last) < 0 ? "before publication" : `the ${rel[1]} of publication`) : "";
    return `The ${rel[1]} of ${span}${where ? `: ${where}` : ""}${basis}`;
  }
  if (rel && rel[1] === "decade" && pub && /^"?(?:last|past|previous|this past)\b/i.test((m.name ?? "").replace(/^the /i, ""))) {
    return `The ten years before publication: about ${MONTH_NAMES[pub.m - 1]} ${pub.y - 10} to ${MONTH_NAMES[pub.m - 1]} ${pub.y}${basis}`;
  }
  if (rule === "date: decade" || (rel && rel[1] === "decade")) {
    const y = Number(resolved.slice(0, 4));
    const part = /(early|mid|late)[ \u00a0-]*$/i.exec(text.slice(Math.max(0, m.start - 8), m.start))?.[1]?.toLowerCase();
    const [lo, hi] = part ? DECADE_PART[part]! : [0, 9];
    const label = `${part ? `${part === "mid" ? "mid-" : `${part} `}` : ""}${y}s`;
    return `The ${label}: ${part ? "about " : ""}${y + lo} to ${y + hi}${basis}`;
  }
  if (rule === "date: century") {
    const from = Number(resolved.slice(0, 4));
    const n = (from - 1) / 100 + 1;
    const suffix = n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th";
    return `The ${n}${suffix} century: ${from} to ${from + 99}`;
  }
  return undefined;
}

/** The number the ASCII digits of s[from, to) spell; NaN when any other character is among them. */
function digitsBetween(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * "2024", "2024-06", "2024-06-13" as [2024], [2024, 6], [2024, 6, 13]. The shapes dates resolve to
 * are read digit by digit in place: a split and three number parses cost most of a date card's
 * line. Any other string is split at its dashes.
 */
function resolvedParts(resolved: string): number[] {
  const n = resolved.length;
  const dashAt = (i: number) => resolved.charCodeAt(i) === 45;
  if (n === 4 || (n === 7 && dashAt(4)) || (n === 10 && dashAt(4) && dashAt(7))) {
    const y = digitsBetween(resolved, 0, 4);
    const m = n > 4 ? digitsBetween(resolved, 5, 7) : 0;
    const d = n > 7 ? digitsBetween(resolved, 8, 10) : 0;
    if (!Number.isNaN(y + m + d)) return n === 4 ? [y] : n === 7 ? [y, m] : [y, m, d];
  }
  return resolved.split("-").map(Number);
}

function dateLines(m: Mention, input: Input): string[] {
  // Read once: each is asked several times below.
  const { rule, resolved, approximate } = m;
  const pub = input.pub;
  const ago = rule.includes("ago");
  const relative = ago || rule.includes("against the publication date");
  if (!resolved) {
    return relative && !pub ? ["A relative date: the page gives no publication date to resolve it against"] : [];
  }
  // Quoted by relative dates only ("ago" is one).
  const phrase = relative ? (m.name ?? m.text) : "";
  // The publication day in words only where a line quotes it: most dates are not relative.
  const basis = relative && pub ? ` (“${phrase}”, counted from the publication date, ${input.pubWords()})` : "";
  const period = periodLine(m, input.text, pub, basis);
  if (period) return [period];
  const shown = describeResolved(resolved);
  if (ago && pub && m.value !== undefined && m.unit) {
    // "more than two years ago": the point N units before publication, and which side of it.
    const point = addUnits(pub, -m.value, m.unit);
    if (point) {
      const side = /^(?:more than|over|at least)\b/i.test(phrase) ? "Before" : /^(?:less than|under|up to)\b/i.test(phrase) ? "After" : approximate ? "Around" : "In";
      // "25 years ago" names a year, not its month: "In 1999", not "In June 1999". A bound ("more
      // than two years ago") is a point in time, and keeps its month.
      const yearOnly = (side === "In" || side === "Around") && /^(?:year|decade|century)$/.test(m.unit);
      const at = yearOnly ? String(point.y) : `${MONTH_NAMES[point.m - 1]} ${point.y}`;
      return [`${side} ${at}${basis}`];
    }
  }
  if (approximate) {
    return [`About ${shown}${basis}`];
  }
  if (!pub) return [shown];
  const parts = resolvedParts(resolved);
  if (parts.length === 3) {
    const day = { y: parts[0]!, m: parts[1]!, d: parts[2]! };
    const dist = distanceWords(day, pub);
    return [`${shown}: ${dist}${dist === "the day of publication" ? "" : basis}`];
  }
  const y = parts[0]!;
  if (parts.length === 2) {
    const months = (y - pub.y) * 12 + (parts[1]! - pub.m);
    const dist = months === 0 ? "the month of publication" : `${monthsInWords(Math.abs(months))} ${months < 0 ? "before" : "after"} publication`;
    return [`${shown}: ${dist}${basis}`];
  }
  const years = y - pub.y;
  const dist = years === 0 ? "the year of publication" : `${Math.abs(years)} year${Math.abs(years) === 1 ? "" : "s"} ${years < 0 ? "before" : "after"} publication`;
  return [`${shown}: ${dist}${basis}`];
}

/** Nouns that make a duration the term of something with a start ("a 10-year agreement"). */
const TERM_NOUN = /^[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?(agreement|pact|deal|contract|term|plan|loan|lease|bond|programme|program|sentence|ban|moratorium|truce|ceasefire|treaty|mandate|partnership|strategy|freeze|extension)s?\b/i;
const START_VERB = /\b(?:sign(?:s|ed)?|agree[sd]?|approve[sd]?|announce[sd]?|launch(?:es|ed)?|extend(?:s|ed)?|renew(?:s|ed)?|seal(?:s|ed)?|reach(?:es|ed)?|unveil(?:s|ed)?|begin|begins|began|start(?:s|ed)?|take[s]? effect|took effect)\b/i;

function addUnits(day: Day, n: number, unit: string): Day | undefined {
  if (!Number.isInteger(n)) return unit === "year" && Number.isInteger(n * 12) ? addMonths(day, n * 12) : undefined;
  switch (unit) {
    case "year": return addMonths(day, 12 * n);
    case "decade": return addMonths(day, 120 * n);
    case "month": return addMonths(day, n);
    case "quarter": return addMonths(day, 3 * n);
    default: return undefined;
  }
}

/** The end date of a duration that is the term of something started in its sentence, if any. */
function termEnd(m: Mention, input: Input): { line: string; dated: boolean } | undefined {
  if (m.value === undefined || !m.unit) return undefined;
  const term = TERM_NOUN.exec(input.text.slice(m.end, m.end + 60));
  if (!term) return undefined;
  const [s, e] = sentenceSpan(input.text, m.start);
  if (!START_VERB.test(input.text.slice(s, e))) return undefined;
  const what = term[1]!.toLowerCase();
  // The start: a day the sentence gives, else the publication day.
  const dated = input.index
    .within(s, e, (x) => x.type === "date" && !!x.resolved && x.resolved.length === 10 && !x.approximate)
    .map((x) => x.m)
    .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
  const start = dated ? parseIsoDay(dated.resolved) : input.pub;
  if (!start) return undefined;
  const end = addUnits(start, m.value, m.unit);
  if (!end) return undefined;
  const startWords = describeResolved(isoOf(start), false);
  const n = formatNumber(m.value);
  const basis = dated ? `the date the article gives, “${dated.text}”` : "the publication date, as the article gives no other";
  return { line: `A ${n}-${m.unit} ${what} from ${startWords} runs to ${MONTH_NAMES[end.m - 1]} ${end.y} (counted from ${basis})`, dated: !!dated };
}

const DURATION_WORDS: Record<string, string> = { h: "hour", min: "minute", s: "second" };

function durationLines(m: Mention, input: Input): string[] {
  if (m.value === undefined || !m.unit) return [];
  if (m.unit === "s") return [`${formatNumber(m.value, 6)} seconds in all`];
  // The card stands for every mention of the same duration: the one whose sentence dates it wins.
  let best: { line: string; dated: boolean } | undefined;
  for (const x of [m, ...input.index.withKey(m.key).filter((x) => x !== m)]) {
    const found = termEnd(x, input);
    if (found && (!best || (found.dated && !best.dated))) best = found;
    if (best?.dated) break;
  }
  // Units by their symbols ("h", "min") are spelled out; "century" has its own plural.
  const word = DURATION_WORDS[m.unit] ?? m.unit;
  const plural = word === "century" ? "centuries" : `${word}s`;
  const plain = m.valueMax !== undefined
    ? `${formatNumber(m.value)} to ${formatNumber(m.valueMax)} ${plural}`
    : `${formatNumber(m.value)} ${m.value === 1 ? word : plural}`;
  return best ? [best.line] : [plain];
}

/**
 * The context lines of a figure's card, each naming the source of its numbers. `given` is read
 * as it is when it is a FigureArticle, and made into one otherwise.
 */
export function figureContext(figure: Mention, kb: KnowledgeBase, given: FigureContextInput): string[] {
  const input = given instanceof FigureArticle ? given : new FigureArticle(given);
  let lines: string[];
  switch (figure.type) {
    case "money": lines = moneyLines(figure, kb, input); break;
    case "percent": lines = percentLines(figure, input); break;
    case "quantity": lines = quantityLines(figure, kb, input); break;
    case "date": lines = dateLines(figure, input); break;
    case "duration": lines = durationLines(figure, input); break;
    default: lines = [];
  }
  const notes = consistencyNotes(figure, input.text, input.mentions, input.index);
  if (notes.length) lines.push(...notes);
  return lines;
}

/**
 * Formatting numbers and facts for cards, in English: "$50 billion", "38.9 million", "603,550 km²".
 */
import type { Fact } from "./dataset/schema";
import { describeResolved, parseIsoDay } from "./figures/calendar";

/** Card labels of the fact keys a card shows; keys without a label stay in the data only. */
export const FACT_LABELS: Record<string, string> = {
  capital: "Capital",
  population: "Population",
  area_km2: "Area",
  gdp_usd: "GDP",
  budget_usd: "Government budget",
  defence_budget_usd: "Defence budget",
  revenue_usd: "Revenue",
  head_of_state: "Head of state",
  head_of_government: "Head of government",
  founded: "Founded",
  headquarters: "Headquarters",
  members: "Members",
  country: "Country",
  leader: "Leader",
  born: "Born",
  region: "Region",
};

/**
 * Number.prototype.toLocaleString builds a formatter on every call (tens of microseconds, the
 * largest cost of a card); these are built once and give the same strings.
 */
let grouped: Intl.NumberFormat | undefined;
let exact: Intl.NumberFormat | undefined;

/** "12,345": an integer with thousands separators, as toLocaleString("en-US") writes it. */
function withSeparators(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return (grouped ??= new Intl.NumberFormat("en-US")).format(n);
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return n < 0 ? "-" + out : out;
}

const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

/** "38.9 million", "1.2 trillion", "12,345": large numbers in words, small ones with separators. */
export function formatNumber(n: number, digits = 3): string {
  const abs = Math.abs(n);
  for (const [scale, word] of SCALES) {
    if (abs >= scale) return `${trimZeros((n / scale).toPrecision(digits))} ${word}`;
  }
  if (Number.isInteger(n)) return withSeparators(n);
  // toPrecision would switch to exponents ("1.37e+3") for thousands with fractions.
  if (abs >= 1000) return withSeparators(Math.round(n));
  if (abs < 1e-3) return n === 0 ? "0" : n.toExponential(1);
  return trimZeros(n.toPrecision(digits));
}

/** Every digit, with separators: "50,000,000,000". */
export function formatExact(n: number): string {
  if (Number.isInteger(n)) return withSeparators(n);
  // A formatter call costs microseconds, and a page repeats its amounts: each is formatted once.
  let s = EXACT_FORMATTED.get(n);
  if (s === undefined) {
    s = (exact ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 })).format(n);
    if (EXACT_FORMATTED.size >= EXACT_FORMATTED_MAX) EXACT_FORMATTED.clear();
    EXACT_FORMATTED.set(n, s);
  }
  return s;
}

/** Fractional amounts already formatted; integers take the fast path above and are not kept. */
const EXACT_FORMATTED = new Map<number, string>();
const EXACT_FORMATTED_MAX = 1000;

/** A share as a percentage a reader can take in: "23%", "2.3%", "0.23%", "0.0041%". */
export function formatShare(ratio: number): string {
  const pct = ratio * 100;
  const abs = Math.abs(pct);
  if (abs >= 10) return `${withSeparators(Math.round(pct))}%`;
  if (abs >= 1) return `${trimZeros(pct.toFixed(1))}%`;
  if (abs === 0) return "0%";
  return `${trimZeros(pct.toPrecision(2))}%`;
}

/** "1.4×", "12×", "240×". */
export function formatTimes(ratio: number): string {
  return `${ratio >= 10 ? withSeparators(Math.round(ratio)) : trimZeros(ratio.toFixed(1))}×`;
}

/** "113 km", "2,500 m³", "375 °F". */
export function formatQuantity(value: number, unit: string): string {
  return `${formatNumber(value)} ${unit}`;
}

/** Currency names for context lines ("50 billion US dollars"). */
export const CURRENCY_NAMES: Record<string, string> = {
  USD: "US dollars", EUR: "euros", GBP: "pounds sterling", JPY: "Japanese yen", CHF: "Swiss francs",
  CNY: "Chinese yuan", CAD: "Canadian dollars", AUD: "Australian dollars", INR: "Indian rupees",
  RUB: "Russian roubles", UAH: "Ukrainian hryvnias", PLN: "Polish zlotys", SEK: "Swedish kronor",
  NOK: "Norwegian kroner", DKK: "Danish kroner", MYR: "Malaysian ringgit", KRW: "South Korean won",
  BRL: "Brazilian reais", MXN: "Mexican pesos", TRY: "Turkish lira", ZAR: "South African rand",
  DEM: "Deutsche marks", FRF: "French francs", ITL: "Italian lire", HKD: "Hong Kong dollars",
  SGD: "Singapore dollars", NZD: "New Zealand dollars", ILS: "Israeli shekels", CZK: "Czech korunas",
  HUF: "Hungarian forints",
};

/** "1.50" → "1.5", "2.00" → "2": a fraction's trailing zeros go, and its point with them when nothing is left. */
function trimZeros(s: string): string {
  if (!s.includes(".") || s.includes("e")) return s;
  // A walk back over the zeros: every formatted number comes here, and a regular expression costs
  // several times as much.
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (end < s.length && s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

const CURRENCY_SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹", MYR: "RM" };

export function formatMoney(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const number = formatNumber(amount);
  return symbol ? `${symbol}${number}` : `${number} ${currency}`;
}

/** "1942-11-20" as "20 November 1942" (as figure cards write days); any other string as it is. */
export function formatIsoDate(value: string): string {
  return /^\d{4}-\d\d-\d\d$/.test(value) && parseIsoDay(value) ? describeResolved(value, false) : value;
}

export function formatFactValue(fact: Fact): string {
  if (typeof fact.value === "string") return formatIsoDate(fact.value);
  switch (fact.unit) {
    case "USD":
    case "EUR":
      return formatMoney(fact.value, fact.unit);
    case "km2":
      return `${withSeparators(fact.value)} km²`;
    case "people":
    case undefined:
      return formatNumber(fact.value);
    default:
      return `${formatNumber(fact.value)} ${fact.unit}`;
  }
}

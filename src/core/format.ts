/**
 * Formatting numbers and facts for cards, in English: "$50 billion", "38.9 million", "603,550 km²".
 */
import type { Fact } from "./dataset/schema";

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
  if (Number.isInteger(n)) return n.toLocaleString("en-US");
  return trimZeros(n.toPrecision(digits));
}

function trimZeros(s: string): string {
  return s.includes(".") && !s.includes("e") ? s.replace(/\.?0+$/, "") : s;
}

const CURRENCY_SYMBOL: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };

export function formatMoney(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOL[currency];
  const number = formatNumber(amount);
  return symbol ? `${symbol}${number}` : `${number} ${currency}`;
}

export function formatFactValue(fact: Fact): string {
  if (typeof fact.value === "string") return fact.value;
  switch (fact.unit) {
    case "USD":
    case "EUR":
      return formatMoney(fact.value, fact.unit);
    case "km2":
      return `${fact.value.toLocaleString("en-US")} km²`;
    case "people":
    case undefined:
      return formatNumber(fact.value);
    default:
      return `${formatNumber(fact.value)} ${fact.unit}`;
  }
}

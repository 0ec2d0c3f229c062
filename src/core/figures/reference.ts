/**
 * The bundled reference tables figure cards compute with: exchange rates, the US consumer price
 * index, and landmark quantities. Each table carries its source and date; the JSON lives in
 * `data/reference/` and is bundled by import, so the core stays pure and makes no request.
 */
import cpi from "../../../data/reference/cpi-us.json";
import landmarks from "../../../data/reference/landmarks.json";
import rates from "../../../data/reference/rates.json";

export interface RateTable {
  source: string;
  date: string;
  perEuro: Record<string, number>;
}

export const ECB_RATES: RateTable = { source: rates.source, date: rates.date, perEuro: rates.perEuro };
export const EURO_FIXED_RATES: RateTable = { source: rates.fixed.source, date: rates.fixed.date, perEuro: rates.fixed.perEuro };

export interface Conversion {
  value: number;
  /** The rate used, units of the source currency per euro (1 for EUR). */
  perEuro: number;
  table: RateTable;
}

/**
 * An amount in euros: at the ECB reference rate for current currencies, at the irrevocable rate for
 * those the euro replaced. Undefined for a currency neither table has.
 */
export function toEuro(amount: number, currency: string): Conversion | undefined {
  if (currency === "EUR") return { value: amount, perEuro: 1, table: ECB_RATES };
  const ecb = ECB_RATES.perEuro[currency];
  if (ecb) return { value: amount / ecb, perEuro: ecb, table: ECB_RATES };
  const fixed = EURO_FIXED_RATES.perEuro[currency];
  if (fixed) return { value: amount / fixed, perEuro: fixed, table: EURO_FIXED_RATES };
  return undefined;
}

/** An amount in US dollars, through the euro (ECB rates are quoted against the euro). */
export function toUsd(amount: number, currency: string): number | undefined {
  if (currency === "USD") return amount;
  const eur = toEuro(amount, currency);
  const usdPerEuro = ECB_RATES.perEuro.USD;
  return eur && usdPerEuro ? eur.value * usdPerEuro : undefined;
}

export const CPI_SOURCE = cpi.source;
const CPI_ANNUAL: Record<string, number> = cpi.annual;
const CPI_YEARS = Object.keys(CPI_ANNUAL).map(Number).sort((a, b) => a - b);
/** The latest year the CPI table covers: "today's dollars" means dollars of that year. */
export const CPI_LATEST_YEAR = CPI_YEARS[CPI_YEARS.length - 1]!;

export function cpiOf(year: number): number | undefined {
  return CPI_ANNUAL[String(year)];
}

/** Dollars of `year` in dollars of the table's latest year; undefined outside the table. */
export function inflateUsd(amount: number, year: number): { value: number; from: number; to: number; toYear: number } | undefined {
  const from = cpiOf(year);
  const to = cpiOf(CPI_LATEST_YEAR);
  if (from === undefined || to === undefined) return undefined;
  return { value: (amount * to) / from, from, to, toYear: CPI_LATEST_YEAR };
}

export interface Landmark {
  label: string;
  dimension: string;
  /** In SI units: metres for lengths. */
  value: number;
  source: string;
  year: string;
}

export const LANDMARKS: readonly Landmark[] = landmarks.landmarks;

/**
 * Currency names and signs that several countries share: "rupees" and "Rs", "pesos", "pounds",
 * "francs", "riyals", and "$". The figures stage reads each as the best-known country's currency (INR, MXN,
 * GBP, CHF, SAR); in an article about another country that uses the same name, that reading is
 * wrong, and a card that converted it, or set it beside that country's GDP, would state false
 * facts ("Pakistan allocated Rs 1.5 trillion" is not 1.5 trillion Indian rupees). This names the
 * country's own currency instead. Codes: ISO 4217; countries: ISO 3166-1 alpha-2.
 */
import type { Entry } from "../dataset/schema";
import type { Mention } from "../types";

interface SharedName {
  /** The currency the figures stage gives the name. */
  reading: string;
  /** The figure as written uses the shared name or sign. */
  written: RegExp;
  /** …unless it pins the reading ("Indian rupees", "pounds sterling", "Swiss francs"). */
  pinned: RegExp;
  /** The countries with a currency of that name: code and name. */
  byCountry: Readonly<Record<string, readonly [string, string]>>;
  /**
   * Both readings are common: news about Canada quotes US dollars as often as Canadian ones with
   * the same "$". The card then says it cannot tell, and converts nothing.
   */
  unsure?: boolean;
}

const WEST_AFRICAN_CFA = ["XOF", "West African CFA francs"] as const;
const CENTRAL_AFRICAN_CFA = ["XAF", "Central African CFA francs"] as const;

const SHARED_NAMES: readonly SharedName[] = [
  {
    reading: "USD",
    written: /\$|\bdollars?\b/i,
    pinned: /\bUS\b|\bU\.S\.|\bAmerican\b|\bUS\$/,
    byCountry: {
      CA: ["CAD", "Canadian dollars"], AU: ["AUD", "Australian dollars"], NZ: ["NZD", "New Zealand dollars"],
      SG: ["SGD", "Singapore dollars"], HK: ["HKD", "Hong Kong dollars"], TW: ["TWD", "New Taiwan dollars"],
      JM: ["JMD", "Jamaican dollars"],
    },
    unsure: true,
  },
  {
    reading: "INR",
    written: /\bRs\b|₨|\brupees?\b/i,
    pinned: /\bIndian\b/i,
    byCountry: {
      PK: ["PKR", "Pakistani rupees"], LK: ["LKR", "Sri Lankan rupees"], NP: ["NPR", "Nepalese rupees"],
      MU: ["MUR", "Mauritian rupees"], SC: ["SCR", "Seychellois rupees"],
    },
  },
  {
    reading: "MXN",
    written: /\bpesos?\b/i,
    pinned: /\bMexican\b/i,
    byCountry: {
      AR: ["ARS", "Argentine pesos"], CL: ["CLP", "Chilean pesos"], CO: ["COP", "Colombian pesos"],
      PH: ["PHP", "Philippine pesos"], CU: ["CUP", "Cuban pesos"], UY: ["UYU", "Uruguayan pesos"],
      DO: ["DOP", "Dominican pesos"],
    },
  },
  {
    reading: "GBP",
    written: /\bpounds?\b/i,
    pinned: /\bsterling\b|\bBritish\b/i,
    byCountry: {
      EG: ["EGP", "Egyptian pounds"], LB: ["LBP", "Lebanese pounds"], SD: ["SDG", "Sudanese pounds"],
      SS: ["SSP", "South Sudanese pounds"], SY: ["SYP", "Syrian pounds"],
    },
  },
  {
    reading: "CHF",
    written: /\bfrancs?\b/i,
    pinned: /\bSwiss\b/i,
    byCountry: {
      BJ: WEST_AFRICAN_CFA, BF: WEST_AFRICAN_CFA, CI: WEST_AFRICAN_CFA, GW: WEST_AFRICAN_CFA, ML: WEST_AFRICAN_CFA,
      NE: WEST_AFRICAN_CFA, SN: WEST_AFRICAN_CFA, TG: WEST_AFRICAN_CFA,
      CM: CENTRAL_AFRICAN_CFA, CF: CENTRAL_AFRICAN_CFA, TD: CENTRAL_AFRICAN_CFA, CG: CENTRAL_AFRICAN_CFA,
      GQ: CENTRAL_AFRICAN_CFA, GA: CENTRAL_AFRICAN_CFA,
      GN: ["GNF", "Guinean francs"], RW: ["RWF", "Rwandan francs"], BI: ["BIF", "Burundian francs"],
      CD: ["CDF", "Congolese francs"], DJ: ["DJF", "Djiboutian francs"], KM: ["KMF", "Comorian francs"],
    },
  },
  {
    reading: "SAR",
    written: /\bri?y?als?\b/i,
    pinned: /\bSaudi\b/i,
    byCountry: {
      QA: ["QAR", "Qatari riyals"], OM: ["OMR", "Omani rials"], YE: ["YER", "Yemeni rials"], IR: ["IRR", "Iranian rials"],
    },
  },
];

/** A country entry's ISO 3166-1 alpha-2 code, from its `gloss:country-XX` identity. */
function countryCode(country: Entry): string | undefined {
  for (const id of country.sameAs ?? []) if (id.startsWith("gloss:country-")) return id.slice("gloss:country-".length);
  return undefined;
}

/**
 * The currency a money figure is in when its name is shared and the country it concerns uses its
 * own currency of that name; undefined when the figure's reading stands. `text`: the article, for
 * the words right around the figure ("5 million pounds sterling").
 */
export function localCurrency(m: Mention, country: Entry | undefined, text: string): { code: string; name: string; unsure: boolean } | undefined {
  if (!country) return undefined;
  const shared = SHARED_NAMES.find((s) => s.reading === m.unit);
  if (!shared || !shared.written.test(m.text) || shared.pinned.test(text.slice(Math.max(0, m.start - 12), m.end + 12))) return undefined;
  const code = countryCode(country);
  const local = code ? shared.byCountry[code] : undefined;
  return local ? { code: local[0], name: local[1], unsure: shared.unsure === true } : undefined;
}

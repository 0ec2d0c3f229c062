/**
 * Validates the curated organizations and events (data/curated/organizations, data/curated/events):
 * every file parses, every entry is complete and dated, ids are unique across the whole dataset,
 * aliases are names rather than lower-case words, and well-known facts match their sources.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entry, Subtype } from "../../../src/core/dataset/schema";

const DATA = join(__dirname, "../../../data");
const ORGANIZATIONS = join(DATA, "curated/organizations");
const EVENTS = join(DATA, "curated/events");

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const QID = /^Q[1-9]\d*$/;
const ORGANIZATION_SUBTYPES: readonly Subtype[] = [
  "international-organization", "government-body", "agency", "party", "armed-forces",
  "company", "news-organization", "ngo", "sports-club", "university", "other",
];
const EVENT_SUBTYPES: readonly Subtype[] = [
  "war", "summit", "election", "pandemic", "disaster", "treaty", "other-event",
];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".json")).sort().map((f) => join(dir, f));
}

function load(dir: string): Map<string, Entry[]> {
  return new Map(jsonFiles(dir).map((file) => [file, JSON.parse(readFileSync(file, "utf8")) as Entry[]]));
}

const organizationFiles = load(ORGANIZATIONS);
const eventFiles = load(EVENTS);
const organizations = [...organizationFiles.values()].flat();
const events = [...eventFiles.values()].flat();
const all = [...organizations, ...events];
const byId = new Map(all.map((entry) => [entry.id, entry]));

function entry(id: string): Entry {
  const found = byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

function fact(id: string, key: string) {
  return entry(id).facts.find((f) => f.key === key);
}

/** Dates of different precision compare by their common prefix: "2022" is not after "2022-02-24". */
function notAfter(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length);
  return start.slice(0, length) <= end.slice(0, length);
}

/** Runs `check` on every item and returns the messages of the items that fail, so one assertion lists them all. */
function problems<T>(items: Iterable<T>, check: (item: T) => string | false): string[] {
  const found: string[] = [];
  for (const item of items) {
    const problem = check(item);
    if (problem) found.push(problem);
  }
  return found;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === "";

describe("curated organizations and events: files", () => {
  it("every file is a non-empty JSON array", () => {
    expect(organizationFiles.size).toBeGreaterThanOrEqual(10);
    expect(eventFiles.size).toBeGreaterThanOrEqual(3);
    const bad = problems([...organizationFiles, ...eventFiles], ([file, entries]) =>
      !Array.isArray(entries) || entries.length === 0 ? file : false);
    expect(bad).toEqual([]);
  });

  it("covers well over a thousand entries", () => {
    expect(organizations.length).toBeGreaterThan(1000);
    expect(events.length).toBeGreaterThan(250);
  });
});

describe("curated organizations and events: entries", () => {
  it("have the right type and a known subtype", () => {
    expect(problems(organizations, (e) =>
      e.type !== "organization" || !ORGANIZATION_SUBTYPES.includes(e.subtype!) ? `${e.id} ${e.type}/${e.subtype}` : false)).toEqual([]);
    expect(problems(events, (e) =>
      e.type !== "event" || !EVENT_SUBTYPES.includes(e.subtype!) ? `${e.id} ${e.type}/${e.subtype}` : false)).toEqual([]);
  });

  it("have a name, a one-line description, aliases, facts, a source and an as-of date", () => {
    expect(problems(all, (e) => {
      if (blank(e.name) || blank(e.description) || e.description.includes("\n")) return `${e.id}: name or description`;
      if (blank(e.source) || !DATE.test(e.asOf)) return `${e.id}: source or asOf`;
      if (!Array.isArray(e.aliases) || !Array.isArray(e.facts)) return `${e.id}: aliases or facts`;
      return false;
    })).toEqual([]);
  });

  it("use a QID or a gloss slug of their type as id", () => {
    expect(problems(organizations, (e) => !QID.test(e.id) && !/^gloss:org-[a-z0-9-]+$/.test(e.id) && e.id)).toEqual([]);
    expect(problems(events, (e) => !QID.test(e.id) && !/^gloss:event-[a-z0-9-]+$/.test(e.id) && e.id)).toEqual([]);
  });

  it("have ids unique here and across every other data file", () => {
    const seen = new Set<string>();
    const duplicates = problems(all, (e) => {
      if (seen.has(e.id)) return e.id;
      seen.add(e.id);
      return false;
    });
    expect(duplicates).toEqual([]);
    const mine = new Set([...organizationFiles.keys(), ...eventFiles.keys()]);
    for (const file of jsonFiles(DATA).filter((f) => !mine.has(f))) {
      const others: unknown = JSON.parse(readFileSync(file, "utf8"));
      // Reference tables (rates, CPI, ...) are objects, not entry lists.
      if (!Array.isArray(others)) continue;
      expect(problems(others as Entry[], (other) => seen.has(other.id) && `${other.id} also in ${file}`)).toEqual([]);
    }
  });

  it("carry a source and an as-of date on every fact, and a unit on every number", () => {
    const facts = all.flatMap((e) => e.facts.map((f) => ({ id: e.id, f })));
    expect(problems(facts, ({ id, f }) => {
      const at = `${id} ${f.key}`;
      if (!/^[a-z_]+$/.test(f.key)) return `${at}: key`;
      if (blank(f.source) || !DATE.test(f.asOf)) return `${at}: source or asOf`;
      if (typeof f.value === "number") return !(Number.isFinite(f.value) && f.value > 0 && !blank(f.unit)) && `${at}: number`;
      if (blank(f.value)) return `${at}: empty`;
      return f.key === "founded" && !DATE.test(f.value) && `${at}: founded ${f.value}`;
    })).toEqual([]);
  });

  it("state revenue in US dollars with its list and fiscal year", () => {
    const revenues = all.flatMap((e) => e.facts.filter((f) => f.key === "revenue_usd").map((f) => ({ id: e.id, f })));
    expect(revenues.length).toBeGreaterThan(20);
    expect(problems(revenues, ({ id, f }) =>
      (f.unit !== "USD" || !/Fortune Global 500/.test(f.source) || !(typeof f.value === "number" && f.value > 1e10 && f.value < 1e12)) && id,
    )).toEqual([]);
  });

  it("point country at a country entry of the geography data", () => {
    const countriesFile = join(DATA, "geo/countries.json");
    if (!existsSync(countriesFile)) return;
    const countries = new Set((JSON.parse(readFileSync(countriesFile, "utf8")) as Entry[]).map((c) => c.id));
    expect(problems(all, (e) => e.country !== undefined && !countries.has(e.country) && `${e.id} → ${e.country}`)).toEqual([]);
  });
});

describe("curated organizations and events: aliases", () => {
  it("are distinct from the name and from each other, without stray spaces", () => {
    expect(problems(all, (e) =>
      (e.aliases.includes(e.name) || new Set(e.aliases).size !== e.aliases.length || e.aliases.some((a) => a.trim() !== a)) && e.id,
    )).toEqual([]);
  });

  it("are never lower-case words, which would match ordinary prose", () => {
    const names = all.flatMap((e) => [e.name, ...e.aliases].map((alias) => ({ id: e.id, alias })));
    expect(problems(names, ({ id, alias }) => /^[a-z][a-z' -]*$/.test(alias) && `${id}: ${alias}`)).toEqual([]);
  });

  it("share a name between two entries only when at least one marks it ambiguous", () => {
    // Folded as the build folds names for its collision report: no accents, case or punctuation.
    const fold = (name: string) =>
      name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    const claims = new Map<string, string[]>();
    for (const e of all) {
      const ambiguous = new Set((e.ambiguous ?? []).map(fold));
      for (const key of new Set([e.name, ...e.aliases].map(fold))) {
        if (ambiguous.has(key)) continue;
        claims.set(key, [...(claims.get(key) ?? []), e.id]);
      }
    }
    const clashes = [...claims].filter(([, ids]) => ids.length > 1).map(([key, ids]) => `${key}: ${ids.join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("mark as ambiguous only names the entry has", () => {
    expect(problems(all, (e) => {
      const names = new Set([e.name, ...e.aliases]);
      const stray = (e.ambiguous ?? []).filter((word) => !names.has(word));
      return stray.length > 0 && `${e.id}: ${stray.join(", ")}`;
    })).toEqual([]);
  });

  it("mark common-word company names as ambiguous", () => {
    const commonWords: readonly (readonly [string, string])[] = [
      ["Q312", "Apple"], ["Q3884", "Amazon"], ["gloss:org-shell", "Shell"], ["gloss:org-target", "Target"],
      ["Q380", "Meta"], ["gloss:org-visa", "Visa"], ["gloss:org-oracle", "Oracle"], ["gloss:org-ford", "Ford"],
    ];
    for (const [id, word] of commonWords) expect(entry(id).ambiguous, id).toContain(word);
  });
});

describe("curated events: dates", () => {
  it("every event starts on a valid date and ends no earlier", () => {
    expect(problems(events, (e) => {
      if (e.start === undefined || !DATE.test(e.start)) return `${e.id}: start ${e.start}`;
      if (e.end === undefined) return false;
      return (!DATE.test(e.end) || !notAfter(e.start, e.end)) && `${e.id}: ${e.start} > ${e.end}`;
    })).toEqual([]);
  });

  it("organizations carry no event dates", () => {
    expect(problems(organizations, (e) => (e.start !== undefined || e.end !== undefined) && e.id)).toEqual([]);
  });
});

describe("curated organizations and events: spot checks", () => {
  it("NATO was founded on 4 April 1949 and has 32 members", () => {
    expect(entry("Q7184").name).toBe("NATO");
    expect(fact("Q7184", "founded")?.value).toBe("1949-04-04");
    expect(fact("Q7184", "members")?.value).toBe(32);
  });

  it("the Russian invasion of Ukraine started on 24 February 2022 and is ongoing as of its date", () => {
    const invasion = entry("gloss:event-russian-invasion-of-ukraine");
    expect(invasion.start).toBe("2022-02-24");
    expect(invasion.end).toBeUndefined();
    expect(invasion.country).toBe(entry("gloss:org-ukraine-armed-forces").country);
  });

  it("the United Nations was founded on 24 October 1945 with headquarters in New York", () => {
    expect(fact("Q1065", "founded")?.value).toBe("1945-10-24");
    expect(fact("Q1065", "headquarters")?.value).toBe("New York City");
    expect(fact("Q1065", "members")?.value).toBe(193);
  });

  it("World War II ran from 1 September 1939 to 2 September 1945", () => {
    expect(entry("Q362").start).toBe("1939-09-01");
    expect(entry("Q362").end).toBe("1945-09-02");
  });

  it("the Israel–Hamas war began on 7 October 2023", () => {
    expect(entry("gloss:event-israel-hamas-war").start).toBe("2023-10-07");
    expect(entry("gloss:event-israel-hamas-war").aliases).toContain("Israel–Hamas war");
  });

  it("the 2024 US presidential election was held on 5 November 2024", () => {
    expect(entry("gloss:event-us-presidential-election-2024").start).toBe("2024-11-05");
  });

  it("the European Central Bank sits in Frankfurt and the Bank of England dates from 1694", () => {
    expect(fact("gloss:org-ecb", "headquarters")?.value).toBe("Frankfurt");
    expect(fact("gloss:org-bank-of-england", "founded")?.value).toBe("1694-07-27");
  });

  it("Walmart's revenue is the Fortune Global 500 2024 figure for its fiscal year to January 2024", () => {
    const revenue = fact("gloss:org-walmart", "revenue_usd");
    expect(revenue).toMatchObject({ value: 648_125_000_000, unit: "USD", asOf: "2024-01" });
  });

  it("the COVID-19 pandemic is dated from December 2019", () => {
    expect(entry("Q81068910").start).toBe("2019-12");
  });
});

/**
 * scripts/build-data.mjs on small temporary data folders: what it accepts, what it rejects (naming
 * file and entry), what it warns about, and what the compiled form looks like.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = join(__dirname, "../../../scripts/build-data.mjs");
const dirs: string[] = [];

const country = {
  id: "Q212",
  sameAs: ["gloss:country-UA"],
  type: "place",
  subtype: "country",
  name: "Ukraine",
  aliases: [],
  demonyms: ["Ukrainian", "Ukrainians"],
  description: "Country in Eastern Europe",
  facts: [{ key: "capital", value: "Kyiv", ref: "Q1899", source: "world-countries", asOf: "2025-06" }],
  source: "test",
  asOf: "2025",
};
const city = {
  id: "Q1899",
  type: "place",
  subtype: "capital",
  name: "Kyiv",
  aliases: ["Kiev"],
  ambiguous: [],
  description: "Capital of Ukraine",
  country: "gloss:country-UA",
  facts: [{ key: "population", value: 2797553, unit: "people", source: "GeoNames", asOf: "2024" }],
  source: "test",
  asOf: "2024",
};

/** Writes `files` (name -> entries) into a fresh data folder and runs the build on it. */
function build(files: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), "gloss-data-"));
  dirs.push(dir);
  const data = join(dir, "data");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(data, name, ".."), { recursive: true });
    writeFileSync(join(data, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  const out = join(dir, "gloss.data.json");
  const run = spawnSync(process.execPath, [script, "--data", data, "--out", out], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, out };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("build-data", () => {
  it("compiles valid entries, rewriting sameAs references and dropping empty optional arrays", () => {
    const result = build({ "geo/countries.json": [country], "geo/cities.json": [city] });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/2 entries from 2 files/);
    expect(result.stdout).toMatch(/place\/capital 1/);
    const compiled = JSON.parse(readFileSync(result.out, "utf8"));
    expect(compiled.version).toBe(2);
    const kyiv = compiled.entries.find((e: { id: string }) => e.id === "Q1899");
    expect(kyiv.country).toBe("Q212");
    expect(kyiv).not.toHaveProperty("ambiguous");
    expect(kyiv.aliases).toEqual(["Kiev"]);
  });

  it("fails on a fact without a source, naming the file and the entry", () => {
    const noSource = { ...city, facts: [{ key: "population", value: 1, unit: "people", asOf: "2024" }] };
    const result = build({ "geo/countries.json": [country], "geo/cities.json": [noSource] });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/geo\/cities\.json \[0\] Q1899 "Kyiv": fact 0 \(population\): fact without source/);
  });

  it("fails on a fact without a valid as-of date", () => {
    const undated = { ...city, facts: [{ key: "population", value: 1, source: "GeoNames", asOf: "last year" }] };
    const result = build({ "a.json": [country, undated] });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Q1899 "Kyiv": fact 0 \(population\): fact without a valid asOf/);
  });

  it("fails on duplicate ids across files", () => {
    const result = build({ "a.json": [country, city], "b.json": [{ ...city, name: "Kyiv again" }] });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/b\.json \[0\] Q1899 "Kyiv again": duplicate id Q1899 \(also .*a\.json \[1\]/);
  });

  it("fails on a reference to an id no entry has", () => {
    const result = build({ "a.json": [country] });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Q212 "Ukraine": fact capital ref refers to unknown id Q1899/);
  });

  it("fails on bad ids, types, dates and unknown fields", () => {
    const bad = [
      { ...city, id: "Q0123" },
      { ...city, id: "gloss:x1", type: "thing" },
      { ...city, id: "gloss:x2", asOf: "2024-13" },
      { ...city, id: "gloss:x3", colour: "blue" },
      { ...city, id: "gloss:x4", offices: [{ role: "Mayor", start: "2020", end: "2019" }] },
    ];
    const result = build({ "a.json": [country, city, ...bad] });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad id "Q0123"/);
    expect(result.stderr).toMatch(/gloss:x1 "Kyiv": bad type "thing"/);
    expect(result.stderr).toMatch(/gloss:x2 "Kyiv": bad asOf "2024-13"/);
    expect(result.stderr).toMatch(/gloss:x3 "Kyiv": unknown field "colour"/);
    expect(result.stderr).toMatch(/gloss:x4 "Kyiv": office 0 \(Mayor\): ends before it starts/);
  });

  it("fails on a file that is not a JSON array", () => {
    const result = build({ "a.json": "{ not json", "b.json": { id: "Q1" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/a\.json: invalid JSON/);
    expect(result.stderr).toMatch(/b\.json: must be a JSON array of entries/);
  });

  it("warns, with a count, about an alias two entries claim without marking it ambiguous", () => {
    const person = {
      id: "gloss:person-kyiv", type: "person", name: "Someone Kiev", aliases: ["Kiev"], description: "A person",
      facts: [], source: "test", asOf: "2025",
    };
    const result = build({ "a.json": [country, city, person] });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/1 aliases are claimed by several entries/);
    expect(result.stderr).toMatch(/"kiev": Q1899 Kyiv \| gloss:person-kyiv Someone Kiev/);
    const marked = build({ "a.json": [country, city, { ...person, ambiguous: ["Kiev"] }] });
    expect(marked.stderr).not.toMatch(/claimed by several entries/);
  });
});

import { describe, expect, it } from "vitest";
import {
  mergeUserEntries, parseCsvDataset, parseCsvRecords, parseJsonDataset, parseStoredUserDataset, parseUserDataset, validateEntry,
} from "../../../src/shared/user-dataset";

const GOOD = {
  id: "acme:newsroom",
  type: "organization",
  name: "Acme Newsroom",
  aliases: ["Acme", "the Newsroom"],
  description: "A newsroom's own entry for its parent company.",
  facts: [{ key: "founded", value: "1999", source: "Company register", asOf: "2024" }],
  source: "Acme style guide",
  asOf: "2024-06-01",
};

describe("validateEntry", () => {
  it("accepts an entry of the bundled schema", () => {
    const { entry, problems } = validateEntry(GOOD);
    expect(problems).toEqual([]);
    expect(entry?.name).toBe("Acme Newsroom");
    expect(entry?.facts).toHaveLength(1);
  });

  it("lists every problem of a bad entry", () => {
    const { entry, problems } = validateEntry({ id: "has space", type: "animal", name: "", facts: [{ key: "population", value: 5 }], source: "x", asOf: "June" });
    expect(entry).toBeUndefined();
    const text = problems.join("\n");
    for (const word of ['"id"', '"type"', '"name"', '"description"', '"asOf"', '"source"']) expect(text).toContain(word);
  });
});

describe("JSON import", () => {
  it("imports an array of valid entries", () => {
    const result = parseJsonDataset(JSON.stringify([GOOD, { ...GOOD, id: "Q42", type: "person", name: "Douglas Adams", facts: [] }], null, 2));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.entries.map((e) => e.id)).toEqual(["acme:newsroom", "Q42"]);
  });

  it("accepts {entries: [...]} (Gloss's own export) too", () => {
    const result = parseJsonDataset(JSON.stringify({ format: "gloss-export", entries: [GOOD], corrections: [] }));
    expect(result.ok).toBe(true);
  });

  it("reports every bad row with the line it starts on, and returns no entries", () => {
    const text = JSON.stringify([GOOD, { ...GOOD, id: "b", type: "animal" }, GOOD, { ...GOOD, id: "c", asOf: "yesterday" }], null, 2);
    const lines = text.split("\n");
    const result = parseJsonDataset(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const typeErr = result.errors.find((e) => e.reason.includes('"type"'))!;
    const dupErr = result.errors.find((e) => e.reason.includes("already used"))!;
    const dateErr = result.errors.find((e) => e.reason.includes('"asOf"'))!;
    // Each error's line is the line holding the opening brace of its entry.
    for (const err of [typeErr, dupErr, dateErr]) expect(lines[err.line - 1]!.trim()).toBe("{");
    expect(typeErr.line).toBeLessThan(dupErr.line);
    expect(dupErr.line).toBeLessThan(dateErr.line);
    expect(dupErr.reason).toContain("line 2");
  });

  it("reports broken JSON and a wrong top level", () => {
    const broken = parseJsonDataset("[{");
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]!.reason).toContain("not valid JSON");
    const wrong = parseJsonDataset('{"people": []}');
    expect(wrong.ok).toBe(false);
    const empty = parseJsonDataset("[]");
    expect(empty.ok).toBe(false);
  });

  it("finds entry lines even when strings hold brackets, quotes and commas", () => {
    const tricky = { ...GOOD, id: "t", description: 'He said "[a, {b}]", then left.' };
    const text = `[\n${JSON.stringify(tricky)},\n\n${JSON.stringify({ ...GOOD, id: "u", type: "x" })}\n]`;
    const result = parseJsonDataset(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toEqual([4]);
  });
});

describe("CSV import", () => {
  const header = "id,type,name,aliases,description,source,asOf,fact:population:people";

  it("parses quoted fields with commas, quotes and line breaks", () => {
    const { records } = parseCsvRecords('a,b\n"x, ""y""","multi\nline"\r\nlast,row\n');
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x, "y"', "multi\nline"] },
      { line: 4, cells: ["last", "row"] },
    ]);
  });

  it("imports rows, splitting lists on | and turning fact columns into sourced facts", () => {
    const csv = `${header}\nQ1,place,Springfield,Springfield City|Spfd,"A city, in a state",City records,2023,167000\n`;
    const result = parseCsvDataset(csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [e] = result.entries;
    expect(e!.aliases).toEqual(["Springfield City", "Spfd"]);
    expect(e!.description).toBe("A city, in a state");
    expect(e!.facts).toEqual([{ key: "population", value: 167000, unit: "people", source: "City records", asOf: "2023" }]);
  });

  it("reports bad rows by line (counting lines inside quoted fields) and imports nothing", () => {
    const csv = [
      header,
      'Q1,place,Springfield,,"A city,\nwith a line break",City records,2023,',
      "Q2,planet,Mars,,A planet,NASA,2024,",
      "Q3,place,Short,row",
      "Q1,place,Again,,Duplicate,Somewhere,2020,",
    ].join("\n");
    const result = parseCsvDataset(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([4, 5, 6]);
    expect(result.errors[0]!.reason).toContain('"type"');
    expect(result.errors[1]!.reason).toContain("cells");
    expect(result.errors[2]!.reason).toContain("already used");
  });

  it("rejects unknown and missing columns on the header line", () => {
    const result = parseCsvDataset("id,type,name,colour\n");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.every((e) => e.line === 1)).toBe(true);
      expect(result.errors.map((e) => e.reason).join("\n")).toMatch(/unknown column "colour"[\s\S]*missing column "description"/);
    }
  });

  it("reports an unclosed quote", () => {
    const result = parseCsvDataset(`${header}\nQ1,place,"Open`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ line: 2, reason: "a quoted field is never closed" });
  });
});

describe("choosing the format, merging, and reading back", () => {
  it("picks JSON or CSV from the name, then from the content", () => {
    expect(parseUserDataset("x.csv", "id,type,name,description,source,asOf\nQ1,place,A,B,C,2020").ok).toBe(true);
    expect(parseUserDataset("pasted", JSON.stringify([GOOD])).ok).toBe(true);
    expect(parseUserDataset("pasted", "id,type,name,description,source,asOf\nQ1,place,A,B,C,2020").ok).toBe(true);
  });

  it("adds new ids and replaces existing ones", () => {
    const a = validateEntry(GOOD).entry!;
    const b = validateEntry({ ...GOOD, id: "b" }).entry!;
    const a2 = validateEntry({ ...GOOD, name: "Acme Renamed" }).entry!;
    const merged = mergeUserEntries([a, b], [a2, validateEntry({ ...GOOD, id: "c" }).entry!]);
    expect(merged.added).toBe(1);
    expect(merged.replaced).toBe(1);
    expect(merged.entries.map((e) => e.name)).toEqual(["Acme Renamed", "Acme Newsroom", "Acme Newsroom"]);
  });

  it("keeps the good entries of a damaged stored dataset", () => {
    const { dataset, dropped } = parseStoredUserDataset({ version: 1, entries: [GOOD, { id: 5 }, "x"], importedAt: "2024-01-01" });
    expect(dataset?.entries.map((e) => e.id)).toEqual(["acme:newsroom"]);
    expect(dropped).toBe(2);
    expect(parseStoredUserDataset(undefined)).toEqual({ dataset: null, dropped: 0 });
  });
});

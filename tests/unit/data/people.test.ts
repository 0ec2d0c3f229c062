/**
 * Validates the curated people files (data/curated/people/*.json): shape, dated and well-ordered
 * offices, unique ids, aliases that will not fire on ordinary words, and spot checks of
 * well-known offices against Wikipedia.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entry, Office, Subtype } from "../../../src/core/dataset/schema";

const PEOPLE_DIR = join(__dirname, "../../../data/curated/people");
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PERSON_ID = /^(Q[1-9]\d*|gloss:person-[a-z0-9]+(-[a-z0-9]+)*)$/;
const PERSON_SUBTYPES: readonly Subtype[] = [
  "head-of-state", "head-of-government", "politician", "official", "business-person", "other-person",
];

/** Ordinary English words that are also surnames or short names: as bare aliases they would fire on plain prose. */
const COMMON_WORDS = new Set(`
  a about above after again age air all also an and any are around art as at away back bad band bank bar base be bear
  bell best better big bill bird black blue board body bond book borne boss bow box boy brand bread bridge bright
  brown bush but by call camp can cane cap car card care carter case cash chance change chase child church
  clay clear close coat cole cook cool corn cost court cox crane cross crow day dean deal dear did do dove down
  drew drum duke each early east easy end english even ever fair faith fall far farmer father few field fields
  fine fish fisher fleming flood for ford forest fox frank free friend from front frost full gallant game garland gates gay
  gill glass gold golden good gore graham grant gray green grey grove guard hall hand hard hart have hay head
  heart hill his hold holland home hood hope horn house how hunt hunter in is it jack joy just keen key
  kind king knight lake lamb land lane large last law lead lee less light like lime little long lord love low luck
  major man march marsh mason may mayor mean meek mellow mercy mild mill miller mills moon more moss most much
  must my new newman next nice night noble north not now oak of old on one or orange out over page paris
  parker pass peace pearl pence penny pick pine pink pita piper plain plant poll pond poor pope porter post pound
  power price prince pure quick rain ray read red reed rice rich ride ring rivers road rock rose round rush sale salt
  sand sauce say sea see sewing shaw shepherd shield ship short silver sing small smart smith snow so sole son south spark
  speed spring stand star steel stern still stone store strong such summer sun swan sweet swift tall tan taylor tester than
  that the their them then there these they this tiny to top tower town truss turner under up very wade walker wall
  ward warren water way web well west what when white who why wild will win wise wolf wood woods word work
  world would yes york young your
`.trim().split(/\s+/));

/** Names too common to identify one person without context: allowed only in `ambiguous`. */
const COMMON_NAMES = new Set(
  `ali ahmed bush chen gandhi harris johnson jones khan kim kumar lee li liu moon mohammed muhammad park sanchez
   sánchez singh smith wang williams wu yang zhang kerry`.split(/\s+/),
);

function loadPeople(): { file: string; entries: Entry[] }[] {
  return readdirSync(PEOPLE_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, entries: JSON.parse(readFileSync(join(PEOPLE_DIR, file), "utf8")) as Entry[] }));
}

/** Compares two partial dates at their shared precision ("2019" vs "2019-05-20" compares years). */
function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

const files = loadPeople();
const people = files.flatMap((f) => f.entries);
const byName = new Map(people.map((p) => [p.name, p]));

function officeOf(name: string, role: string): Office[] {
  const person = byName.get(name);
  expect(person, name).toBeDefined();
  return (person?.offices ?? []).filter((o) => o.role === role);
}

function firstOffice(name: string, role: string): Office {
  const [office] = officeOf(name, role);
  if (!office) throw new Error(`${name} has no office "${role}"`);
  return office;
}

describe("curated people files", () => {
  it("exist and each parse to a non-empty array", () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const { file, entries } of files) {
      expect(Array.isArray(entries), file).toBe(true);
      expect(entries.length, file).toBeGreaterThan(0);
    }
    expect(people.length).toBeGreaterThan(1500);
  });

  it("have every required field on every entry", () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
    for (const p of people) {
      const where = `${p.id} ${p.name}`;
      check(PERSON_ID.test(p.id), `${where}: id`);
      check(p.type === "person", `${where}: type`);
      check(p.subtype !== undefined && PERSON_SUBTYPES.includes(p.subtype), `${where}: subtype`);
      check(p.name.trim() !== "", `${where}: name`);
      check(Array.isArray(p.aliases) && p.aliases.every((a) => typeof a === "string" && a.trim() !== ""), `${where}: aliases`);
      check(p.description.trim() !== "" && !p.description.includes("\n"), `${where}: description`);
      check(p.source.trim() !== "", `${where}: source`);
      check(DATE.test(p.asOf), `${where}: asOf`);
      check(Array.isArray(p.facts) && p.facts.every((f) => f.source !== "" && DATE.test(f.asOf)), `${where}: facts`);
      check(p.country === undefined || /^(Q[1-9]\d*|gloss:country-[A-Z]{2})$/.test(p.country), `${where}: country`);
      check((p.ambiguous ?? []).every((a) => p.aliases.includes(a)), `${where}: ambiguous not in aliases`);
    }
    expect(problems).toEqual([]);
  });

  it("date every office, with start not after end and nothing after the entry's as-of date", () => {
    const problems: string[] = [];
    for (const p of people) {
      for (const o of p.offices ?? []) {
        const where = `${p.name}: ${o.role} ${o.start}..${o.end ?? ""} (asOf ${p.asOf})`;
        const ok =
          o.role.trim() !== "" &&
          DATE.test(o.start) &&
          notAfter(o.start, p.asOf) &&
          (o.end === undefined || (DATE.test(o.end) && notAfter(o.start, o.end) && notAfter(o.end, p.asOf)));
        if (!ok) problems.push(where);
      }
    }
    expect(problems).toEqual([]);
  });

  it("use each id once across all files", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, entries } of files) {
      for (const p of entries) {
        const prior = seen.get(p.id);
        if (prior !== undefined) duplicates.push(`${p.id} in ${prior} and ${file}`);
        seen.set(p.id, file);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it("have no bare alias that is a common English word or a very common name unless marked ambiguous", () => {
    const offenders: string[] = [];
    for (const p of people) {
      const ambiguous = new Set(p.ambiguous ?? []);
      for (const a of p.aliases) {
        if (ambiguous.has(a) || /\s/.test(a)) continue;
        const lower = a.toLowerCase();
        if (COMMON_WORDS.has(lower) || COMMON_NAMES.has(lower)) offenders.push(`${p.name}: "${a}"`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("mark a one-word alias ambiguous on every person who shares it", () => {
    const holders = new Map<string, Entry[]>();
    for (const p of people) {
      for (const a of p.aliases) {
        if (/\s/.test(a)) continue;
        holders.set(a, [...(holders.get(a) ?? []), p]);
      }
    }
    const clashes: string[] = [];
    for (const [alias, ps] of holders) {
      if (ps.length < 2) continue;
      for (const p of ps) if (!(p.ambiguous ?? []).includes(alias)) clashes.push(`"${alias}" shared by ${ps.map((x) => x.name).join(", ")} but not ambiguous on ${p.name}`);
    }
    expect(clashes).toEqual([]);
  });

  it("have at most one holder of a single-holder office at a time", () => {
    const MULTI_HOLDER = /Senator|Representative|Justice|Member of|Co-leader|Deputy|Vice-President of the European Commission|Vice President of the United Arab Emirates|Spokesperson|Commissioner/;
    const open = new Map<string, string>();
    const clashes: string[] = [];
    for (const p of people) {
      for (const o of p.offices ?? []) {
        if (o.end !== undefined || MULTI_HOLDER.test(o.role)) continue;
        const key = `${o.role}|${o.of ?? ""}`;
        const prior = open.get(key);
        if (prior !== undefined) clashes.push(`${key}: ${prior} and ${p.name}`);
        open.set(key, p.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("spot checks against Wikipedia", () => {
  it("Zelenskyy has been President of Ukraine since 2019-05-20", () => {
    const office = firstOffice("Volodymyr Zelenskyy", "President of Ukraine");
    expect(office).toMatchObject({ start: "2019-05-20" });
    expect(office.end).toBeUndefined();
    expect(byName.get("Volodymyr Zelenskyy")!.aliases).toEqual(expect.arrayContaining(["Zelensky", "Zelenskiy"]));
  });

  it("Biden was President from 2021-01-20 to 2025-01-20 and Trump returned on 2025-01-20", () => {
    expect(officeOf("Joe Biden", "President of the United States")).toEqual([
      expect.objectContaining({ start: "2021-01-20", end: "2025-01-20" }),
    ]);
    const trump = officeOf("Donald Trump", "President of the United States");
    expect(trump.map((o) => [o.start, o.end])).toEqual([["2017-01-20", "2021-01-20"], ["2025-01-20", undefined]]);
    expect(byName.get("Donald Trump")!.id).toBe("Q22686");
  });

  it("Merkel, Scholz and Merz follow one another as Chancellor of Germany", () => {
    expect(firstOffice("Angela Merkel", "Chancellor of Germany")).toMatchObject({ start: "2005-11-22", end: "2021-12-08" });
    expect(firstOffice("Olaf Scholz", "Chancellor of Germany")).toMatchObject({ start: "2021-12-08", end: "2025-05-06" });
    expect(firstOffice("Friedrich Merz", "Chancellor of Germany")).toMatchObject({ start: "2025-05-06" });
  });

  it("UK prime ministers since 2016 hand over on the same day", () => {
    const pms = ["Theresa May", "Boris Johnson", "Liz Truss", "Rishi Sunak", "Keir Starmer"].map(
      (n) => firstOffice(n, "Prime Minister of the United Kingdom"),
    );
    const starts = pms.map((o) => o.start);
    const ends = pms.map((o) => o.end);
    expect(starts.slice(1)).toEqual(ends.slice(0, -1));
    expect(starts[0]).toBe("2016-07-13");
    expect(starts[4]).toBe("2024-07-05");
  });

  it("Modi has been Prime Minister of India since 2014-05-26", () => {
    expect(firstOffice("Narendra Modi", "Prime Minister of India")).toMatchObject({ start: "2014-05-26" });
  });

  it("Putin's current presidency began on 2012-05-07 and Xi became President of China on 2013-03-14", () => {
    expect(officeOf("Vladimir Putin", "President of Russia").map((o) => o.start)).toContain("2012-05-07");
    expect(firstOffice("Xi Jinping", "President of China")).toMatchObject({ start: "2013-03-14" });
  });

  it("Guterres has led the UN since 2017 and Lagarde the ECB since 2019-11-01", () => {
    expect(firstOffice("António Guterres", "Secretary-General of the United Nations")).toMatchObject({ start: "2017-01-01" });
    expect(firstOffice("Christine Lagarde", "President of the European Central Bank")).toMatchObject({ start: "2019-11-01" });
  });

  it("Bashar al-Assad's presidency ended on 2024-12-08", () => {
    expect(firstOffice("Bashar al-Assad", "President of Syria")).toMatchObject({ start: "2000-07-17", end: "2024-12-08" });
  });

  it("records birth and death dates as full dates, e.g. Trump born 1946-06-14, Elizabeth II died 2022-09-08", () => {
    for (const p of people) {
      for (const f of p.facts.filter((x) => x.key === "born" || x.key === "died")) {
        expect(String(f.value), p.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const fact = (name: string, key: string) => byName.get(name)?.facts.find((f) => f.key === key)?.value;
    expect(fact("Donald Trump", "born")).toBe("1946-06-14");
    expect(fact("Elizabeth II", "died")).toBe("2022-09-08");
    expect(fact("Pope Francis", "died")).toBe("2025-04-21");
  });

  it("tells what a person was on an article's date (Trump on 2024-09-01: the Republican nominee)", () => {
    const rolesOn = (name: string, date: string) =>
      (byName.get(name)?.offices ?? [])
        .filter((o) => notAfter(o.start, date) && (o.end === undefined || notAfter(date, o.end)))
        .map((o) => o.role);
    expect(rolesOn("Donald Trump", "2024-09-01")).toEqual(["Republican presidential nominee"]);
    expect(rolesOn("Donald Trump", "2019-06-01")).toEqual(["President of the United States"]);
    expect(rolesOn("Joe Biden", "2024-06-13")).toEqual(["President of the United States"]);
  });

  it("marks surnames that are common words as ambiguous", () => {
    expect(byName.get("Theresa May")!.ambiguous).toContain("May");
    expect(byName.get("Liz Truss")!.ambiguous).toContain("Truss");
  });
});

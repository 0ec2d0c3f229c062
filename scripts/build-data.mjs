#!/usr/bin/env node
/**
 * Compiles the dataset: reads every data/**\/*.json (each a JSON array of entries, schema in
 * src/core/dataset/schema.ts), validates it, and writes generated/gloss.data.json, the compiled form
 * (src/core/dataset/compiled.ts: the entries, and the alias index prebuilt) the background parses
 * at every cold start.
 *
 *   node scripts/build-data.mjs             validate and compile
 *   node scripts/build-data.mjs --check     validate only, write nothing
 *   node scripts/build-data.mjs --verbose   list every alias collision
 *   node scripts/build-data.mjs --no-index  leave the prebuilt alias index out (the loader then tokenizes)
 *   --data DIR / --out FILE                 read and write elsewhere (tests use a temporary folder)
 *
 * Fails (exit 1), naming file and entry, on: a missing or mistyped field, an id that is neither a
 * Wikidata QID nor `gloss:<slug>`, a date that is not YYYY[-MM[-DD]], a duplicate id, a fact without
 * source or as-of date, or a reference (country, office, fact ref) to an id no entry has.
 * Warns, with a count, about aliases (and demonyms) several entries share without marking them ambiguous.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const args = new Set(argv);
const option = (name, fallback) => (argv.includes(name) ? resolve(argv[argv.indexOf(name) + 1]) : fallback);
const dataDir = option("--data", join(root, "data"));
const outFile = option("--out", join(root, "generated/gloss.data.json"));

const ENTITY_TYPES = new Set(["person", "place", "organization", "event"]);
/** The `Subtype` union of src/core/dataset/schema.ts, read from the source so the two cannot drift apart. */
const SUBTYPES = (() => {
  const schema = readFileSync(join(root, "src/core/dataset/schema.ts"), "utf8");
  const union = schema.match(/export type Subtype =([^;]*);/)?.[1] ?? "";
  const names = [...union.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
  if (names.length === 0) throw new Error("build-data: cannot read the Subtype union from src/core/dataset/schema.ts");
  return new Set(names);
})();
const ID_PATTERN = /^(Q[1-9]\d*|gloss:[A-Za-z0-9][A-Za-z0-9._\-]*)$/;
const DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const KNOWN_FIELDS = new Set([
  "id", "type", "subtype", "name", "aliases", "ambiguous", "demonyms", "description", "country", "facts",
  "offices", "start", "end", "flag", "source", "asOf", "sameAs",
]);

/** Folds an alias to the key collisions are found by: no accents, case or punctuation. */
function foldName(name) {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function listJsonFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    // data/reference/ holds the figure-context tables (rates, CPI, landmarks), bundled by import, not entries.
    .filter((f) => f.endsWith(".json") && !f.split(/[\\/]/).includes("reference"))
    .sort()
    .map((f) => join(dir, f));
}

const errors = [];
const warnings = [];
const isString = (v) => typeof v === "string" && v.trim().length > 0;
const isStringArray = (v) => Array.isArray(v) && v.every(isString);
const isDate = (v) => typeof v === "string" && DATE_PATTERN.test(v);

/** Checks one entry's shape; returns nothing, records errors naming `where`. */
function validateEntry(e, where) {
  const fail = (msg) => errors.push(`${where}: ${msg}`);
  if (typeof e !== "object" || e === null || Array.isArray(e)) return fail("not an object");
  if (!isString(e.id) || !ID_PATTERN.test(e.id)) fail(`bad id ${JSON.stringify(e.id)} (want Q<digits> or gloss:<slug>)`);
  if (!ENTITY_TYPES.has(e.type)) fail(`bad type ${JSON.stringify(e.type)}`);
  if (e.subtype !== undefined && !SUBTYPES.has(e.subtype)) fail(`bad subtype ${JSON.stringify(e.subtype)}`);
  if (!isString(e.name)) fail("missing name");
  if (!isStringArray(e.aliases)) fail("aliases must be an array of non-empty strings");
  for (const field of ["ambiguous", "demonyms", "sameAs"]) {
    if (e[field] !== undefined && !isStringArray(e[field])) fail(`${field} must be an array of non-empty strings`);
  }
  if (!isString(e.description)) fail("missing description");
  if (e.country !== undefined && !isString(e.country)) fail("country must be an id");
  if (e.flag !== undefined && !isString(e.flag)) fail("flag must be a string");
  if (!isString(e.source)) fail("missing source");
  if (!isDate(e.asOf)) fail(`bad asOf ${JSON.stringify(e.asOf)} (want YYYY[-MM[-DD]])`);
  for (const field of ["start", "end"]) if (e[field] !== undefined && !isDate(e[field])) fail(`bad ${field} ${JSON.stringify(e[field])}`);
  if (isDate(e.start) && isDate(e.end) && e.end < e.start) fail("ends before it starts");
  for (const key of Object.keys(e)) if (!KNOWN_FIELDS.has(key)) fail(`unknown field "${key}"`);
  if (!Array.isArray(e.facts)) fail("facts must be an array");
  else {
    e.facts.forEach((f, i) => {
      const at = `fact ${i} (${f?.key ?? "?"})`;
      if (typeof f !== "object" || f === null) return fail(`${at}: not an object`);
      if (!isString(f.key)) fail(`${at}: missing key`);
      if (!(typeof f.value === "number" && Number.isFinite(f.value)) && !isString(f.value)) fail(`${at}: value must be a finite number or a string`);
      if (f.unit !== undefined && !isString(f.unit)) fail(`${at}: unit must be a string`);
      if (!isString(f.source)) fail(`${at}: fact without source`);
      if (!isDate(f.asOf)) fail(`${at}: fact without a valid asOf (${JSON.stringify(f.asOf)})`);
      if (f.ref !== undefined && !isString(f.ref)) fail(`${at}: ref must be an id`);
    });
  }
  if (e.offices !== undefined) {
    if (!Array.isArray(e.offices)) fail("offices must be an array");
    else {
      e.offices.forEach((o, i) => {
        const at = `office ${i} (${o?.role ?? "?"})`;
        if (!isString(o?.role)) fail(`${at}: missing role`);
        if (!isDate(o?.start)) fail(`${at}: bad start ${JSON.stringify(o?.start)}`);
        if (o?.end !== undefined && !isDate(o.end)) fail(`${at}: bad end ${JSON.stringify(o.end)}`);
        if (o?.end !== undefined && isDate(o.start) && isDate(o.end) && o.end < o.start) fail(`${at}: ends before it starts`);
        if (o?.of !== undefined && !isString(o.of)) fail(`${at}: of must be an id`);
      });
    }
  }
}

/** Drops undefined fields and empty optional arrays: the compiled file is bundled, so bytes count. */
function compactEntry(e) {
  const out = {};
  for (const [k, v] of Object.entries(e)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && k !== "aliases" && k !== "facts") continue;
    out[k] = v;
  }
  return out;
}

const started = performance.now();
const files = listJsonFiles(dataDir);
/** Every entry with the file it came from. */
const loaded = [];
for (const file of files) {
  const rel = relative(dirname(dataDir), file);
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    errors.push(`${rel}: invalid JSON (${err.message})`);
    continue;
  }
  if (!Array.isArray(parsed)) {
    errors.push(`${rel}: must be a JSON array of entries`);
    continue;
  }
  parsed.forEach((entry, i) => {
    const where = `${rel} [${i}] ${entry?.id ?? "?"} "${entry?.name ?? "?"}"`;
    validateEntry(entry, where);
    loaded.push({ entry, where, rel });
  });
}

// Ids: unique across every file; `sameAs` ids resolve to the entry that declares them.
const canonical = new Map();
for (const { entry, where } of loaded) {
  for (const id of [entry.id, ...(entry.sameAs ?? [])]) {
    if (typeof id !== "string") continue;
    if (canonical.has(id)) errors.push(`${where}: duplicate id ${id} (also ${canonical.get(id).where})`);
    else canonical.set(id, { id: entry.id, where });
  }
}

// References: rewritten to canonical ids; a reference to no entry fails the build.
const resolveRef = (id, where, what) => {
  const target = canonical.get(id);
  if (!target) {
    errors.push(`${where}: ${what} refers to unknown id ${id}`);
    return id;
  }
  return target.id;
};
for (const { entry, where } of loaded) {
  if (isString(entry.country)) entry.country = resolveRef(entry.country, where, "country");
  for (const f of Array.isArray(entry.facts) ? entry.facts : []) if (isString(f?.ref)) f.ref = resolveRef(f.ref, where, `fact ${f.key} ref`);
  for (const o of Array.isArray(entry.offices) ? entry.offices : []) if (isString(o?.of)) o.of = resolveRef(o.of, where, `office "${o.role}" of`);
}

// A `country` that is not a country or territory is legal (a city inside a region) but usually a slip.
const byCanonical = new Map(loaded.map(({ entry }) => [entry.id, entry]));
const strayCountries = loaded.filter(({ entry }) => {
  const target = isString(entry.country) ? byCanonical.get(entry.country) : undefined;
  return target && !(target.type === "place" && (target.subtype === "country" || target.subtype === "territory"));
});
if (strayCountries.length > 0) {
  warnings.push(`${strayCountries.length} entries name as country an entry that is not a country or territory`);
  for (const { where, entry } of strayCountries.slice(0, 5)) warnings.push(`  ${where}: country ${entry.country}`);
}

// Alias collisions: one name on several entries, where at least two of them do not ask for context.
const claims = new Map();
let ambiguousOutsideNames = 0;
for (const { entry } of loaded) {
  if (!isString(entry.name) || !Array.isArray(entry.aliases)) continue;
  const ambiguous = new Set((entry.ambiguous ?? []).map(foldName));
  const names = new Set([entry.name, ...entry.aliases, ...(entry.demonyms ?? [])].filter(isString).map(foldName));
  for (const a of ambiguous) if (!names.has(a)) ambiguousOutsideNames++;
  for (const key of names) {
    if (ambiguous.has(key) || key === "") continue;
    if (!claims.has(key)) claims.set(key, []);
    claims.get(key).push(entry);
  }
}
const collisions = [...claims].filter(([, list]) => list.length > 1);
if (collisions.length > 0) {
  warnings.push(`${collisions.length} aliases are claimed by several entries without being marked ambiguous`);
  const shown = args.has("--verbose") ? collisions : collisions.slice(0, 15);
  for (const [key, list] of shown) warnings.push(`  "${key}": ${list.map((e) => `${e.id} ${e.name}`).join(" | ")}`);
  if (shown.length < collisions.length) warnings.push(`  ... (--verbose lists all)`);
}
if (ambiguousOutsideNames > 0) warnings.push(`${ambiguousOutsideNames} ambiguous aliases are not among their entry's name, aliases and demonyms`);

for (const w of warnings) console.warn(`dataset warning: ${w}`);
if (errors.length > 0) {
  const shown = errors.slice(0, 50);
  for (const e of shown) console.error(`dataset error: ${e}`);
  if (errors.length > shown.length) console.error(`dataset error: ... and ${errors.length - shown.length} more`);
  console.error(`dataset: build FAILED with ${errors.length} errors in ${files.length} files`);
  process.exit(1);
}

const entries = loaded.map(({ entry }) => compactEntry(entry));
const counts = new Map();
for (const e of entries) {
  const key = `${e.type}/${e.subtype ?? "-"}`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
const byType = new Map();
for (const e of entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);

/**
 * The compiler is the loader's own module (src/core/dataset/compiled.ts, with the tokenizer the
 * shipped index comes from), bundled in memory: the format has one definition, and the index
 * shipped is the index the extension's own code builds.
 */
async function loadCompiler() {
  const bundle = await build({
    stdin: {
      contents: 'export { compileDataset, readCompiledDataset } from "./src/core/dataset/compiled"; export { createKnowledgeBase, buildAliasIndex } from "./src/core/dataset/kb";',
      resolveDir: root, loader: "ts",
    },
    bundle: true, platform: "neutral", format: "esm", write: false, logLevel: "error",
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString("base64")}`);
}

/** Same trie, hit for hit, in the same order: the shipped index must be the index tokenizing gives. */
function sameIndex(a, b) {
  const hitKey = (h) => `${h.entry.id}|${h.alias}|${h.kind}|${h.ambiguous}|${h.acronym}|${h.lower.join(",")}`;
  const walk = (x, y) => {
    if ((x?.size ?? 0) !== (y?.size ?? 0)) return false;
    for (const [key, node] of x ?? []) {
      const other = y.get(key);
      if (!other || (node.hits ?? []).map(hitKey).join(";") !== (other.hits ?? []).map(hitKey).join(";")) return false;
      if (!walk(node.next, other.next)) return false;
    }
    return true;
  };
  return a.count === b.count && walk(a.root, b.root);
}

if (!args.has("--check")) {
  const builtAt = new Date().toISOString().slice(0, 10);
  const { compileDataset, readCompiledDataset, createKnowledgeBase, buildAliasIndex } = await loadCompiler();
  const compiled = compileDataset(entries, builtAt);
  if (args.has("--no-index")) delete compiled.index;
  // Every character past ASCII written as a \u escape: the text is then one byte per character in
  // the engine (one non-Latin-1 character would make the whole multi-megabyte string two-byte),
  // which parses measurably faster and takes half the memory. Apostrophes and backticks too: the
  // text then has no ' nor `, so esbuild inlines it into background.js as a '...' literal, which V8
  // compiles in ~45 ms at this size against ~80 ms for the `...` literal it picks otherwise.
  const text = JSON.stringify(compiled).replace(/['`\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (!args.has("--no-index")) {
    // The shipped index must load, and be the index tokenizing every alias gives.
    const kb = createKnowledgeBase(readCompiledDataset(JSON.parse(text)));
    const slow = buildAliasIndex(kb.entries());
    if (!compiled.index || !sameIndex(kb.aliases, slow)) {
      console.error("dataset: the prebuilt alias index does not load as the index tokenizing gives");
      process.exit(1);
    }
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  console.log(`dataset: ${entries.length} entries from ${files.length} files -> ${relative(root, outFile)} ` +
    `(${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip) in ${(performance.now() - started).toFixed(0)} ms`);
} else {
  console.log(`dataset: ${entries.length} entries from ${files.length} files are valid`);
}
console.log(`dataset: ${[...byType].sort().map(([t, n]) => `${t} ${n}`).join(", ")}`);
console.log(`dataset: ${[...counts].sort().map(([k, n]) => `${k} ${n}`).join(", ")}`);

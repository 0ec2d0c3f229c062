#!/usr/bin/env node
/**
 * A speed change to the core, judged fairly on a shared machine: the working tree against a base
 * commit, both loaded in one process and timed alternately (base pass, new pass, base pass, ...),
 * so that neither gets the quieter minute or the warmer JIT. First it checks that both give the
 * same output, byte for byte, on every DEV text, the seed and a long article: a speed change must
 * not change what is recognized.
 *
 *   node scripts/bench-ab.mjs [--base HEAD] [--stage all|names|figures|cards] [--rounds 12] [--cold] [--fuzz N] [--corpus conll|ieer] [--eval ../shared/eval]
 *
 * `--fuzz N`: also compares the two builds' output on N texts made from pieces of the DEV texts
 * with their case, digits and signs changed at random (a shortcut that holds on real text may not
 * hold on every text: "months are capitalized" is true of DEV, not of every page). Seeded: the same
 * N gives the same texts.
 *
 * `--cold`: before each text, 16 MB of other memory is read and written, so the text is recognized
 * with the caches full of something else, as the background meets an article after a while of
 * idleness; only the recognition is timed.
 *
 * Prints, per build, the median and best wall ms and the median CPU ms of a pass over all DEV texts,
 * and the ratios base ÷ new (above 1: the new build is faster). The bundles live under node_modules/.cache so that their
 * external packages resolve.
 */
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root } from "./lib/cli-bundle.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const base = opt("--base", "HEAD");
const stage = opt("--stage", "all");
/** A whole number option, or a clear exit: `--rounds` with no number would time nothing. */
function count(name, fallback) {
  const value = Number(opt(name, fallback));
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} takes a whole number`);
    process.exit(2);
  }
  return value;
}
const rounds = Math.max(1, count("--rounds", 12));
const fuzzCount = count("--fuzz", 0);
const cold = args.includes("--cold");
const evictor = cold ? new Uint8Array(16 << 20) : null;
let evictorSum = 0;
/** Reads and writes a cache line of every 64 bytes of `evictor`. */
function evictCaches() {
  for (let i = 0; i < evictor.length; i += 64) evictorSum += evictor[i]++;
}
const evalDir = opt("--eval", join(root, "../shared/eval"));

const cacheDir = join(root, "node_modules/.cache/gloss-ab");
mkdirSync(cacheDir, { recursive: true });

const ENTRY = [
  'export { recognizeNames } from "./src/core/names";',
  'export { recognizeFigures } from "./src/core/figures";',
  'export { analyzeText, mergeMentions } from "./src/core/analyze";',
  'export { buildCards } from "./src/core/cards";',
  'export { loadKnowledgeBase } from "./src/cli/main";',
].join("\n");

/** Bundles the core found under `dir` (a checkout) and imports it. */
async function load(dir, tag) {
  const out = join(cacheDir, `${tag}-${process.pid}.mjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: dir, loader: "ts" },
    bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "error", packages: "external",
    loader: { ".data.json": "text", ".css": "text" },
    define: { __DEBUG__: "false", __BROWSER__: '"node"' },
  });
  const core = await import(pathToFileURL(out).href);
  rmSync(out);
  return core;
}

/** The base commit's src/ and data/, extracted beside the bundles (no worktree to clean up). */
function checkout(commit) {
  const sha = execFileSync("git", ["rev-parse", commit], { cwd: root, encoding: "utf8" }).trim();
  const dir = join(cacheDir, `base-${sha.slice(0, 12)}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync("git", ["archive", sha, "src", "data", "package.json"], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  return { dir, sha };
}

const { dir: baseDir, sha } = checkout(base);
const builds = [
  { name: `base ${sha.slice(0, 8)}`, core: await load(baseDir, "base") },
  { name: "working tree", core: await load(root, "new") },
];
rmSync(baseDir, { recursive: true, force: true });
// One compiled dataset for both: what is compared is the code that reads it.
const dataset = join(root, "generated/gloss.data.json");
for (const b of builds) b.kb = b.core.loadKnowledgeBase(dataset);

const docs = [];
// `--corpus conll` or `--corpus ieer` times one corpus (the bench prints each corpus apart).
const corpus = opt("--corpus", undefined);
for (const f of ["ner-dev-conll.jsonl", "ner-dev-ieer.jsonl"].filter((f) => !corpus || f.includes(corpus))) {
  for (const line of readFileSync(join(evalDir, f), "utf8").split("\n")) {
    if (line) { const d = JSON.parse(line); docs.push({ text: d.text, publishedAt: d.published }); }
  }
}
const seed = readFileSync(join(root, "seeds/000_dd61feb8ed6138f1.txt"), "utf8");
const checks = [...docs, { text: seed, publishedAt: "2024-06-13" }, { text: Array(6).fill(seed).join("\n\n"), publishedAt: "2024-06-13" }];
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0) / 1e6;

/** What one stage gives for one text, as the stage after it would see it. */
function run(b, d) {
  const { core, kb } = b;
  const opts = { publishedAt: d.publishedAt };
  if (stage === "names") return core.recognizeNames(d.text, kb);
  if (stage === "figures") return core.recognizeFigures(d.text, opts);
  // Each build's cards from its own mentions, made once per text and kept: the cards code is timed
  // alone, on what its own recognizers give it.
  if (stage === "cards") {
    const merged = (d.merged ??= new Map());
    if (!merged.has(b)) merged.set(b, core.mergeMentions(core.recognizeNames(d.text, kb), core.recognizeFigures(d.text, opts)));
    return core.buildCards(d.text, merged.get(b), kb, opts);
  }
  return core.analyzeText(d.text, kb, opts);
}

let differing = 0;
for (const d of checks) {
  const [a, b] = builds.map((x) => JSON.stringify(run(x, d)));
  if (a !== b) {
    if (differing++ < 3) {
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      console.log(`DIFFERENT output (${d.text.slice(0, 60).replace(/\s+/g, " ")}...):\n  base: ${a.slice(Math.max(0, k - 80), k + 120)}\n  new:  ${b.slice(Math.max(0, k - 80), k + 120)}`);
    }
  }
}
console.log(differing ? `${differing} of ${checks.length} texts differ` : `identical output on all ${checks.length} texts (${stage})`);

/** A small seeded generator (mulberry32): the same texts on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const SIGNS = ["$", "€", "£", "%", "-", "–", "—", ".", ",", "/", ":", "'", "’", "\u00a0", "\n", "\n\n", "(", ")", "&", "°"];
/** A text of a few DEV pieces, each word's case, each digit and some signs changed at random. */
function fuzzText(next) {
  const parts = [];
  const pieces = 1 + Math.floor(next() * 4);
  for (let p = 0; p < pieces; p++) {
    const d = docs[Math.floor(next() * docs.length)].text;
    const from = Math.floor(next() * d.length);
    parts.push(d.slice(from, from + 50 + Math.floor(next() * 600)));
  }
  return parts.join(next() < 0.5 ? " " : "\n\n").replace(/[A-Za-z]+|\d|[ ,.]/g, (w) => {
    const r = next();
    if (/\d/.test(w)) return r < 0.15 ? String(Math.floor(next() * 10)) : w;
    if (w === " " || w === "," || w === ".") return r < 0.03 ? SIGNS[Math.floor(next() * SIGNS.length)] : w;
    return r < 0.08 ? w.toLowerCase() : r < 0.12 ? w.toUpperCase() : r < 0.16 ? w[0].toUpperCase() + w.slice(1).toLowerCase() : w;
  });
}
if (fuzzCount > 0) {
  const next = random(fuzzCount);
  let fuzzDiffering = 0;
  for (let f = 0; f < fuzzCount; f++) {
    const d = { text: fuzzText(next), publishedAt: next() < 0.7 ? "2024-06-13" : undefined };
    const [a, b] = builds.map((x) => JSON.stringify(run(x, d)));
    if (a !== b && fuzzDiffering++ < 3) {
      let k = 0;
      while (k < a.length && a[k] === b[k]) k++;
      console.log(`DIFFERENT output on a fuzzed text ${JSON.stringify(d.text.slice(0, 200))}...:\n  base: ${a.slice(Math.max(0, k - 80), k + 120)}\n  new:  ${b.slice(Math.max(0, k - 80), k + 120)}`);
    }
  }
  console.log(fuzzDiffering ? `${fuzzDiffering} of ${fuzzCount} fuzzed texts differ` : `identical output on all ${fuzzCount} fuzzed texts (${stage})`);
  differing += fuzzDiffering;
}
for (const d of docs) delete d.merged;

// Warm-up until both builds' passes settle (the JIT takes several passes over these texts).
for (let w = 0; w < 8; w++) for (const b of builds) for (const d of docs) run(b, d);
// Wall time and this process's CPU time per pass: on a loaded machine the wall time also holds
// other processes' turns on the cores, which CPU time leaves out.
const times = builds.map(() => []);
const cpuTimes = builds.map(() => []);
for (let r = 0; r < rounds; r++) {
  for (const [i, b] of (r % 2 ? [...builds].reverse() : builds).entries()) {
    const k = r % 2 ? builds.length - 1 - i : i;
    if (cold) {
      let wall = 0, cpu = 0;
      for (const d of docs) {
        evictCaches();
        const c = process.cpuUsage();
        const t = performance.now();
        run(b, d);
        wall += performance.now() - t;
        const used = process.cpuUsage(c);
        cpu += (used.user + used.system) / 1000;
      }
      times[k].push(wall);
      cpuTimes[k].push(cpu);
      continue;
    }
    const c = process.cpuUsage();
    const t = performance.now();
    for (const d of docs) run(b, d);
    times[k].push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpuTimes[k].push((used.user + used.system) / 1000);
  }
}
const med = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const best = (v) => Math.min(...v);
console.log(`${stage} over ${docs.length} DEV texts (${mb.toFixed(3)} MB), ${rounds} alternating rounds${cold ? ", each text with cold caches" : ""}:`);
for (const [i, b] of builds.entries()) {
  console.log(`  ${b.name.padEnd(16)} median ${med(times[i]).toFixed(1).padStart(7)} ms (${(mb / (med(times[i]) / 1000)).toFixed(2)} MB/s)   best ${best(times[i]).toFixed(1).padStart(7)} ms   CPU median ${med(cpuTimes[i]).toFixed(1).padStart(7)} ms`);
}
console.log(`  base ÷ new: median ${(med(times[0]) / med(times[1])).toFixed(3)}×, best ${(best(times[0]) / best(times[1])).toFixed(3)}×, CPU median ${(med(cpuTimes[0]) / med(cpuTimes[1])).toFixed(3)}×`);
if (differing) process.exitCode = 1;

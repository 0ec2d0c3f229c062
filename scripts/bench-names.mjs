/**
 * Throughput of the core's recognition on the DEV texts, repeated, after warm-up: analyzeText
 * (names + figures + cards) and each stage alone, in wall-clock and CPU-time MB/s (UTF-8 bytes, as
 * `npm run bench` counts them); time per char on one long text at two sizes (linearity); and the
 * alias index build time. Process start and dataset load are excluded. The best of several passes
 * is reported next to the median: the machines are shared, and the best pass is the one least
 * disturbed by other work.
 *
 *   node scripts/bench-names.mjs [--reps N] [--data generated/gloss.data.json] [--eval ../shared/eval]
 */
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const reps = Number(opt("--reps", 10));
const dataPath = opt("--data", undefined);
const evalDir = opt("--eval", "../shared/eval");

// Inside the repository, so that the bundle's external packages resolve from node_modules.
const cacheDir = join(process.cwd(), "node_modules/.cache");
mkdirSync(cacheDir, { recursive: true });
const out = join(cacheDir, `gloss-bench-names-${process.pid}.mjs`);
await build({
  stdin: {
    contents: [
      'export { recognizeNames } from "./src/core/names";',
      'export { recognizeFigures } from "./src/core/figures";',
      'export { analyzeText, mergeMentions } from "./src/core/analyze";',
      'export { buildCards } from "./src/core/cards";',
      'export { buildAliasIndex } from "./src/core/dataset/kb";',
      'export { loadKnowledgeBase } from "./src/cli/main";',
    ].join("\n"),
    resolveDir: process.cwd(), loader: "ts",
  },
  bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "error", packages: "external",
  loader: { ".data.json": "text", ".css": "text" },
  define: { __DEBUG__: "false", __BROWSER__: '"node"' },
});
const core = await import(pathToFileURL(out).href);
rmSync(out);
const { recognizeNames, recognizeFigures, analyzeText, mergeMentions, buildCards, buildAliasIndex, loadKnowledgeBase } = core;

const kb = dataPath ? loadKnowledgeBase(dataPath) : loadKnowledgeBase();
const docs = [];
for (const f of ["ner-dev-conll.jsonl", "ner-dev-ieer.jsonl"]) {
  for (const line of readFileSync(join(evalDir, f), "utf8").split("\n")) {
    if (!line) continue;
    const d = JSON.parse(line);
    docs.push({ text: d.text, publishedAt: d.published });
  }
}
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0) / 1e6;

const cpuMs = (c) => (c.user + c.system) / 1000;
const entries = [...kb.entries()];
for (let r = 0; r < 3; r++) buildAliasIndex(entries);
let c0 = process.cpuUsage(), t0 = performance.now();
const index = buildAliasIndex(entries);
console.log(`alias index (warm): ${entries.length} entries, ${index.count} aliases, ${(performance.now() - t0).toFixed(0)} ms wall, ${cpuMs(process.cpuUsage(c0)).toFixed(0)} ms CPU`);

/** Passes over all DEV texts: per stage, the best and median wall ms of a pass, and CPU MB/s overall. */
function passes(stages) {
  const times = stages.map(() => []);
  let cpu = 0;
  for (let r = 0; r < reps; r++) {
    const c = process.cpuUsage();
    const pass = stages.map(() => 0);
    for (const d of docs) {
      let carry;
      for (let s = 0; s < stages.length; s++) {
        const t = performance.now();
        carry = stages[s].run(d, carry);
        pass[s] += performance.now() - t;
      }
    }
    cpu += cpuMs(process.cpuUsage(c));
    pass.forEach((ms, s) => times[s].push(ms));
  }
  for (const [s, stage] of stages.entries()) {
    const sorted = times[s].sort((a, b) => a - b);
    const best = sorted[0], median = sorted[Math.floor(sorted.length / 2)];
    console.log(`  ${stage.name.padEnd(34)} best ${(mb / (best / 1000)).toFixed(2).padStart(6)} MB/s (${best.toFixed(1)} ms), median ${(mb / (median / 1000)).toFixed(2).padStart(6)} MB/s`);
  }
  return cpu;
}

// Warm-up: every stage compiled and the lazy indexes built before timing.
for (const d of docs) analyzeText(d.text, kb, { publishedAt: d.publishedAt });

console.log(`DEV texts (${docs.length} documents, ${mb.toFixed(3)} MB), ${reps} passes:`);
let cpu = passes([{ name: "analyzeText (names+figures+cards)", run: (d) => analyzeText(d.text, kb, { publishedAt: d.publishedAt }) }]);
console.log(`  analyzeText CPU time: ${((mb * reps) / (cpu / 1000)).toFixed(2)} MB/s`);
console.log("stages:");
cpu = passes([
  { name: "names", run: (d) => ({ names: recognizeNames(d.text, kb) }) },
  { name: "figures", run: (d, c) => ({ ...c, figures: recognizeFigures(d.text, { publishedAt: d.publishedAt }) }) },
  { name: "merge + cards", run: (d, c) => buildCards(d.text, mergeMentions(c.names, c.figures), kb, { publishedAt: d.publishedAt }) },
]);

const long = docs.map((d) => d.text).join("\n\n");
for (const k of [1, 4]) {
  const doc = Array(k).fill(long).join("\n\n");
  analyzeText(doc, kb, { publishedAt: "1996-08-30" });
  const s = performance.now();
  analyzeText(doc, kb, { publishedAt: "1996-08-30" });
  const ms = performance.now() - s;
  console.log(`analyzeText on one text of ${(doc.length / 1e6).toFixed(2)} M chars: ${ms.toFixed(0)} ms (${((ms * 1e6) / doc.length).toFixed(0)} ns/char)`);
}

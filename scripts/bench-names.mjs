/**
 * Throughput of name recognition alone (src/core/names) on the DEV texts, repeated, after warm-up:
 * wall-clock and CPU-time MB/s, time per char on one long text at two sizes (linearity), and the
 * alias index build time. Process start and dataset load are excluded.
 *
 *   node scripts/bench-names.mjs [--reps N] [--data generated/gloss.data.json]
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const reps = Number(opt("--reps", 10));
const dataPath = opt("--data", "generated/gloss.data.json");
const evalDir = opt("--eval", "../shared/eval");

const out = join(tmpdir(), `gloss-bench-names-${process.pid}.mjs`);
await build({
  stdin: {
    contents: 'export { recognizeNames } from "./src/core/names"; export { createKnowledgeBase, buildAliasIndex } from "./src/core/dataset/kb";',
    resolveDir: process.cwd(), loader: "ts",
  },
  bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "error",
});
const { recognizeNames, createKnowledgeBase, buildAliasIndex } = await import(pathToFileURL(out).href);

const data = JSON.parse(readFileSync(dataPath, "utf8"));
const texts = [];
for (const f of ["ner-dev-conll.jsonl", "ner-dev-ieer.jsonl"]) {
  for (const line of readFileSync(join(evalDir, f), "utf8").split("\n")) if (line) texts.push(JSON.parse(line).text);
}
const chars = texts.reduce((n, t) => n + t.length, 0);

const cpuMs = (c) => (c.user + c.system) / 1000;
for (let r = 0; r < 3; r++) buildAliasIndex(data.entries);
let c0 = process.cpuUsage(), t0 = performance.now();
const index = buildAliasIndex(data.entries);
console.log(`alias index (warm): ${data.entries.length} entries, ${index.count} aliases, ${(performance.now() - t0).toFixed(0)} ms wall, ${cpuMs(process.cpuUsage(c0)).toFixed(0)} ms CPU`);

const kb = createKnowledgeBase(data);
for (const t of texts) recognizeNames(t, kb);
c0 = process.cpuUsage(); t0 = performance.now();
let mentions = 0;
for (let r = 0; r < reps; r++) for (const t of texts) mentions += recognizeNames(t, kb).length;
const wall = (performance.now() - t0) / 1000, cpu = cpuMs(process.cpuUsage(c0)) / 1000;
const mb = (chars * reps) / 1e6;
console.log(`names on DEV texts x${reps}: ${mb.toFixed(1)} MB, ${(mb / wall).toFixed(2)} MB/s wall, ${(mb / cpu).toFixed(2)} MB/s CPU time (${mentions} mentions)`);

const long = texts.join("\n\n");
for (const k of [1, 4]) {
  const doc = Array(k).fill(long).join("\n\n");
  recognizeNames(doc, kb);
  const s = performance.now();
  recognizeNames(doc, kb);
  const ms = performance.now() - s;
  console.log(`one text of ${(doc.length / 1e6).toFixed(2)} MB: ${ms.toFixed(0)} ms (${((ms * 1e6) / doc.length).toFixed(0)} ns/char)`);
}

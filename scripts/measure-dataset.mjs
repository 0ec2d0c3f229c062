#!/usr/bin/env node
/**
 * The compiled dataset's size and cold load: each run is a fresh Node process that parses,
 * checks and indexes generated/gloss.data.json with `loadKnowledgeBase` (src/core/dataset/load.ts,
 * what the background calls), and prints the median of the runs per step.
 *
 *   node scripts/measure-dataset.mjs [--runs N] [--data FILE]
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const runs = Number(option("--runs", 9));
const dataPath = resolve(option("--data", join(root, "generated/gloss.data.json")));

const bundle = join(tmpdir(), `gloss-measure-dataset-${process.pid}.mjs`);
await build({
  stdin: {
    contents: `export { loadKnowledgeBase } from "./src/core/dataset/load";
      export { readCompiledDataset } from "./src/core/dataset/compiled";
      export { createKnowledgeBase } from "./src/core/dataset/kb";`,
    resolveDir: root, loader: "ts",
  },
  bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "error",
});

// Steps timed one after the other in one cold process; `total` is the single call the background makes.
const probe = `
  const { readFileSync } = await import("node:fs");
  const text = readFileSync(${JSON.stringify(dataPath)}, "utf8");
  const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});
  const mode = process.argv[1];
  if (mode === "steps") {
    const t0 = performance.now();
    const json = JSON.parse(text);
    const t1 = performance.now();
    const data = m.readCompiledDataset(json);
    const t2 = performance.now();
    const kb = m.createKnowledgeBase(data);
    const t3 = performance.now();
    void kb.aliases;
    void kb.givenNames;
    const t4 = performance.now();
    console.log(JSON.stringify({ parse: t1 - t0, check: t2 - t1, byId: t3 - t2, index: t4 - t3 }));
  } else {
    const t0 = performance.now();
    const loaded = m.loadKnowledgeBase(text);
    const t1 = performance.now();
    if (!loaded.ok) throw new Error(loaded.error);
    console.log(JSON.stringify({ total: t1 - t0, entries: loaded.value.size, aliases: loaded.value.aliases.count }));
  }
`;

function sample(mode) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe, mode], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    out.push(JSON.parse(r.stdout.trim().split("\n").pop()));
  }
  return out;
}
const median = (rows, key) => {
  const v = rows.map((r) => r[key]).sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};

try {
  const text = readFileSync(dataPath);
  console.log(`dataset file: ${(text.length / 1024).toFixed(0)} KB raw, ${(gzipSync(text, { level: 9 }).length / 1024).toFixed(0)} KB gzip (${dataPath})`);
  const totals = sample("total");
  console.log(`loadKnowledgeBase (parse + check + index), cold, median of ${runs} processes: ${median(totals, "total").toFixed(1)} ms ` +
    `(${totals[0].entries} entries, ${totals[0].aliases} aliases; runs ${totals.map((r) => r.total.toFixed(0)).join(" ")})`);
  const steps = sample("steps");
  console.log(`  steps, median: ${["parse", "check", "byId", "index"].map((k) => `${k} ${median(steps, k).toFixed(1)} ms`).join(", ")}`);
} finally {
  rmSync(bundle, { force: true });
}

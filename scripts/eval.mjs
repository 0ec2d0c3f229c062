#!/usr/bin/env node
/**
 * Runs the shared scorers over the DEV data through `gloss analyze --jsonl`.
 *
 *   npm run eval:ner      CoNLL and IEER DEV: strict and lenient F1 per type
 *   npm run eval:pages    article detection accuracy and body-extraction F1
 *
 * The eval folder defaults to ../shared/eval (next to this checkout); GLOSS_EVAL overrides it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = resolve(process.env.GLOSS_EVAL ?? join(root, "../shared/eval"));
const what = process.argv[2];
const extra = process.argv.slice(3);
if (!existsSync(evalDir)) {
  console.error(`no eval data at ${evalDir} (set GLOSS_EVAL to the folder holding score.mjs)`);
  process.exit(2);
}
const cmd = `node ${join(root, "bin/gloss.mjs")} analyze --jsonl`;
const run = (args) => {
  const r = spawnSync(process.execPath, args, { stdio: "inherit", cwd: root });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
};

const NAME_TYPES = ["person", "place", "organization", "event", "nationality"];

/** Share of the name mentions Gloss finds that link to a dataset entry, per type. */
function printLinkShare(label, inputLines) {
  const r = spawnSync(process.execPath, [join(root, "bin/gloss.mjs"), "analyze", "--jsonl"], {
    cwd: root, input: inputLines.join("\n") + "\n", encoding: "utf8", maxBuffer: 512 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.error(`link share of ${label}: gloss exited with ${r.status}`);
    process.exitCode = 1;
    return;
  }
  const counts = Object.fromEntries(NAME_TYPES.map((t) => [t, { found: 0, linked: 0 }]));
  for (const line of r.stdout.split("\n")) {
    if (!line.trim()) continue;
    for (const m of JSON.parse(line).mentions ?? []) {
      const c = counts[m.type];
      if (!c) continue;
      c.found++;
      if (m.entityId) c.linked++;
    }
  }
  const total = Object.values(counts).reduce((a, c) => ({ found: a.found + c.found, linked: a.linked + c.linked }), { found: 0, linked: 0 });
  const pct = (c) => (c.found ? `${((100 * c.linked) / c.found).toFixed(1)}% of ${c.found}` : "none found");
  console.log(`\nlinked to a dataset entry, ${label}: ${pct(total)} name mentions`);
  for (const t of NAME_TYPES) console.log(`  ${t.padEnd(13)} ${pct(counts[t])}`);
}

if (what === "ner") {
  for (const corpus of ["ner-dev-conll.jsonl", "ner-dev-ieer.jsonl"]) {
    console.log(`\n== ${corpus}`);
    const file = join(evalDir, corpus);
    run([join(evalDir, "score.mjs"), "--data", file, "--cmd", cmd, ...extra]);
    const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    printLinkShare(corpus, docs.map((d) => JSON.stringify({ id: d.id, text: d.text, publishedAt: d.published })));
  }
  console.log("\n== seeds/article.html");
  printLinkShare("the seed article", [JSON.stringify({ id: "seed", html: readFileSync(join(root, "seeds/article.html"), "utf8"), url: "https://example.org/seed" })]);
} else if (what === "pages") {
  run([join(evalDir, "score-pages.mjs"), "--labels", join(evalDir, "article-detection/labels.json"), "--cmd", cmd, ...extra]);
} else {
  console.error("usage: node scripts/eval.mjs ner|pages [scorer options]");
  process.exit(2);
}

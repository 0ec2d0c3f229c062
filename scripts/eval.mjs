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
import { existsSync } from "node:fs";
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

if (what === "ner") {
  for (const corpus of ["ner-dev-conll.jsonl", "ner-dev-ieer.jsonl"]) {
    console.log(`\n== ${corpus}`);
    run([join(evalDir, "score.mjs"), "--data", join(evalDir, corpus), "--cmd", cmd, ...extra]);
  }
} else if (what === "pages") {
  run([join(evalDir, "score-pages.mjs"), "--labels", join(evalDir, "article-detection/labels.json"), "--cmd", cmd, ...extra]);
} else {
  console.error("usage: node scripts/eval.mjs ner|pages [scorer options]");
  process.exit(2);
}

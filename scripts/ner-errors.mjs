#!/usr/bin/env node
/**
 * The kinds of error name and figure recognition still makes on the DEV corpora: missed mentions,
 * spurious ones, wrong type on the right words, and right type on the wrong words (boundary), per
 * type, with the most frequent examples of each. It reads the same files as `npm run eval:ner`
 * and folds types the way ../shared/eval/score.mjs does; gold kinds Gloss need not mark (MISC,
 * CARDINAL) are neutral.
 *
 *   node scripts/ner-errors.mjs [conll|ieer] [--examples N]
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = resolve(process.env.GLOSS_EVAL ?? join(root, "../shared/eval"));
const GOLD_TYPE = {
  PER: "person", PERSON: "person", LOC: "place", GPE: "place", FAC: "place", LOCATION: "place",
  ORG: "organization", ORGANIZATION: "organization", EVENT: "event",
  MONEY: "money", PERCENT: "percent", QUANTITY: "quantity", DATE: "date", TIME: "date", DURATION: "date",
};
const PRED_TYPE = { duration: "date" };

const which = process.argv[2] && !process.argv[2].startsWith("--") ? [process.argv[2]] : ["conll", "ieer"];
const examplesAt = process.argv.indexOf("--examples");
const exampleCount = examplesAt > 0 ? Number(process.argv[examplesAt + 1]) : 8;

for (const corpus of which) {
  const docs = readFileSync(join(evalDir, `ner-dev-${corpus}.jsonl`), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, publishedAt: d.published })).join("\n") + "\n";
  const run = spawnSync(process.execPath, [join(root, "bin/gloss.mjs"), "analyze", "--jsonl"], { input, encoding: "utf8", maxBuffer: 1 << 29 });
  if (run.status !== 0) throw new Error(`gloss exited with ${run.status}: ${run.stderr}`);
  // As in score.mjs, a kind the corpus never labels (figures in CoNLL) is not scored at all.
  const scored = new Set(docs.flatMap((d) => d.entities.map((e) => GOLD_TYPE[e.type]).filter(Boolean)));
  const predicted = new Map(run.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.id, r.mentions ?? []]));

  const kinds = new Map(); // "missed person" → Map(text → count)
  const note = (kind, text) => {
    const bucket = kinds.get(kind) ?? new Map();
    bucket.set(text, (bucket.get(text) ?? 0) + 1);
    kinds.set(kind, bucket);
  };
  const overlaps = (a, b) => a.start < b.end && b.start < a.end;

  for (const doc of docs) {
    const gold = doc.entities.map((e) => ({ ...e, kind: GOLD_TYPE[e.type] }));
    const preds = (predicted.get(doc.id) ?? [])
      .map((m) => ({ ...m, kind: PRED_TYPE[m.type] ?? m.type }))
      .filter((m) => scored.has(m.kind));
    for (const g of gold) {
      if (!g.kind) continue;
      const hits = preds.filter((p) => overlaps(p, g));
      if (!hits.length) note(`missed ${g.kind}`, g.text);
      else if (hits.some((p) => p.start === g.start && p.end === g.end && p.kind === g.kind)) continue;
      else if (hits.some((p) => p.start === g.start && p.end === g.end)) note(`typed ${hits[0].kind}, gold ${g.kind}`, g.text);
      else if (hits.some((p) => p.kind === g.kind)) note(`boundary ${g.kind}`, `${g.text} ⇢ ${hits.find((p) => p.kind === g.kind).text}`);
      else note(`typed ${hits[0].kind}, gold ${g.kind} (other words)`, `${g.text} ⇢ ${hits[0].text}`);
    }
    for (const p of preds) {
      if (!doc.entities.some((e) => overlaps(p, e))) note(`spurious ${p.kind}`, p.text);
    }
  }

  const rows = [...kinds].map(([kind, texts]) => ({ kind, count: [...texts.values()].reduce((a, b) => a + b, 0), texts }));
  rows.sort((a, b) => b.count - a.count);
  console.log(`\n== ${corpus} DEV: ${docs.length} documents, error kinds by frequency`);
  for (const { kind, count, texts } of rows) {
    const top = [...texts].sort((a, b) => b[1] - a[1]).slice(0, exampleCount).map(([t, n]) => (n > 1 ? `${t} ×${n}` : t));
    console.log(`${String(count).padStart(5)}  ${kind}: ${top.join(" · ")}`);
  }
}

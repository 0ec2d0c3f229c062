#!/usr/bin/env node
/**
 * Article detection and body extraction over the labelled DEV pages, page by page, with the time
 * detection takes under linkedom. A development aid next to the shared scorer (score-pages.mjs),
 * which stays the reference for the figures.
 *
 *   node scripts/eval-pages.mjs                  summary: accuracy, body F1 by group, timing
 *   node scripts/eval-pages.mjs --verbose        one line per page
 *   node scripts/eval-pages.mjs --page ID        reasons, blocks and text of one page
 *   node scripts/eval-pages.mjs --readability    also Readability's full parse F1 per page
 *   node scripts/eval-pages.mjs --all            synthetic fixtures too
 *
 * GLOSS_EVAL points at the shared eval folder (default ../shared/eval).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import * as esbuild from "esbuild";
import { parseHTML } from "linkedom";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = resolve(process.env.GLOSS_EVAL ?? join(root, "../shared/eval"));
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const option = (f) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);

const outfile = join(tmpdir(), `gloss-eval-pages-${process.pid}.mjs`);
await esbuild.build({
  stdin: {
    contents: `export { findArticle } from "./src/dom/article.ts"; export { buildTextMap } from "./src/dom/text-map.ts"; export { extractStory } from "./src/dom/extract.ts";`,
    resolveDir: root, loader: "ts",
  },
  outfile, bundle: true, platform: "node", format: "esm", logLevel: "error",
  define: { __DEBUG__: "true", __BROWSER__: '"node"' },
});
const { findArticle, buildTextMap, extractStory } = await import(pathToFileURL(outfile).href);

const NOSPACE = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}";
const WORD = new RegExp(`[${NOSPACE}]|(?:(?![${NOSPACE}])[\\p{L}\\p{M}\\p{N}_])+`, "gu");
function bag(text) {
  const m = new Map();
  let n = 0;
  for (const [t] of text.toLowerCase().matchAll(WORD)) { m.set(t, (m.get(t) ?? 0) + 1); n++; }
  return { m, n };
}
/** Token P/R/F1 as score-pages.mjs computes them (multiset overlap of lower-cased word tokens). */
function tokenScores(goldText, predText) {
  const gold = bag(goldText), pred = bag(predText);
  if (!gold.n && !pred.n) return { p: 1, r: 1, f1: 1 };
  let tp = 0;
  for (const [t, c] of pred.m) tp += Math.min(c, gold.m.get(t) ?? 0);
  const p = pred.n ? tp / pred.n : 0, r = gold.n ? tp / gold.n : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

let readabilityParse = null;
if (flag("--readability")) {
  const { Readability } = await import("@mozilla/readability");
  readabilityParse = (html) => {
    const { document } = parseHTML(html);
    try { return new Readability(document).parse()?.textContent ?? ""; } catch { return ""; }
  };
}

const labels = JSON.parse(readFileSync(join(evalDir, "article-detection/labels.json"), "utf8"));
let pages = labels.pages.filter((p) => flag("--all") || p.kind !== "synthetic-fixture");
if (option("--page")) pages = pages.filter((p) => p.id === option("--page"));

const times = [];
const groups = new Map();
let correct = 0;
const misses = [];
for (const page of pages) {
  const html = readFileSync(join(evalDir, "article-detection", page.file), "utf8");
  const { document } = parseHTML(html);
  // Timed as CPU time of the best of three runs: wall time on a shared machine measures the neighbours.
  let ms = Infinity;
  let found;
  for (let run = 0; run < 3; run++) {
    const c0 = process.cpuUsage();
    found = findArticle(document, { url: page.url ?? null });
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, (c.user + c.system) / 1000);
  }
  times.push(ms);
  const text = found.detection.isArticle ? buildTextMap(found.blocks).text : "";
  const ok = found.detection.isArticle === page.is_article;
  if (ok) correct++;
  else misses.push(`${found.detection.isArticle ? "FP" : "FN"} ${page.id} (${page.page_type}) ${found.detection.reasons.join("; ")}`);
  const group = page.id.split("-")[0];
  let line = `${ok ? "  " : "XX"} ${page.id.padEnd(42)} ${String(page.is_article).padEnd(5)} ${found.detection.score.toFixed(2).padStart(6)} ${(found.detection.lang ?? "-").padEnd(3)} ${ms.toFixed(1).padStart(6)} ms`;
  if (page.article_body) {
    const s = tokenScores(page.article_body, text);
    const g = groups.get(group) ?? { n: 0, p: 0, r: 0, f1: 0, ref: 0 };
    g.n++; g.p += s.p; g.r += s.r; g.f1 += s.f1;
    line += `  F1 ${(s.f1 * 100).toFixed(1).padStart(5)} P ${(s.p * 100).toFixed(1).padStart(5)} R ${(s.r * 100).toFixed(1).padStart(5)}`;
    if (readabilityParse) {
      const ref = tokenScores(page.article_body, readabilityParse(html));
      g.ref += ref.f1;
      line += `  | Readability F1 ${(ref.f1 * 100).toFixed(1).padStart(5)}${ref.f1 > s.f1 + 0.02 ? " <<" : ""}`;
    }
    groups.set(group, g);
  }
  if (flag("--verbose") || option("--page")) console.log(line);
  if (option("--page")) {
    console.log("reasons:", found.detection.reasons.join("; "));
    console.log("title:", found.title, "| published:", found.publishedAt);
    const x = extractStory(document, { trace: (line) => console.log("  . " + line) });
    const describe = (el) => el ? `<${el.localName} id="${el.getAttribute("id") ?? ""}" class="${el.getAttribute("class") ?? ""}">` : "none";
    const path = (el) => { const p = []; for (let e = el; e && e.localName !== "html"; e = e.parentElement) p.unshift(describe(e)); return p.join(" > "); };
    console.log("container:", path(x.container));
    console.log("roots:", x.roots.map(describe).join(" "));
    console.log(`story ${x.textChars} chars in ${x.blocks.length} blocks, ${x.paragraphs} paragraphs; page ${x.pageText} chars, ${x.pageParagraphs} voting paragraphs`);
    for (const el of found.blocks) console.log(`  <${el.localName} class="${el.getAttribute("class") ?? ""}"> ${(el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 100)}`);
    if (flag("--text")) console.log(text);
    if (page.article_body) {
      const norm = (t) => t.replace(/\s+/g, " ").trim();
      const lines = (t) => t.split(/\n+/).map(norm).filter(Boolean);
      const outText = norm(text), goldText = norm(page.article_body);
      for (const l of lines(page.article_body)) if (!outText.includes(l)) console.log(`  missing: ${l.slice(0, 150)}`);
      for (const l of lines(text)) if (!goldText.includes(l)) console.log(`  extra:   ${l.slice(0, 150)}`);
    }
  }
}
times.sort((a, b) => a - b);
const pct = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
console.log(`pages ${pages.length}  detection accuracy ${(correct / pages.length).toFixed(3)}`);
for (const m of misses) console.log("  " + m);
let all = { n: 0, f1: 0, p: 0, r: 0, ref: 0 };
for (const [group, g] of groups) {
  console.log(`body ${group.padEnd(12)} pages ${String(g.n).padStart(3)}  F1 ${(g.f1 / g.n).toFixed(3)}  P ${(g.p / g.n).toFixed(3)}  R ${(g.r / g.n).toFixed(3)}${readabilityParse ? `  Readability F1 ${(g.ref / g.n).toFixed(3)}` : ""}`);
  all = { n: all.n + g.n, f1: all.f1 + g.f1, p: all.p + g.p, r: all.r + g.r, ref: all.ref + g.ref };
}
if (all.n) console.log(`body all          pages ${String(all.n).padStart(3)}  F1 ${(all.f1 / all.n).toFixed(3)}  P ${(all.p / all.n).toFixed(3)}  R ${(all.r / all.n).toFixed(3)}${readabilityParse ? `  Readability F1 ${(all.ref / all.n).toFixed(3)}` : ""}`);
console.log(`detection CPU time under linkedom (findArticle, best of 3): median ${pct(0.5).toFixed(2)} ms  p95 ${pct(0.95).toFixed(2)} ms  max ${times[times.length - 1]?.toFixed(2)} ms`);

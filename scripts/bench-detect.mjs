#!/usr/bin/env node
/**
 * Detection time where it runs: in a real browser, on the labelled DEV pages. Each page is loaded
 * without its scripts (offline snapshots; JSON-LD kept), the release-built detector is
 * injected, and `findArticle` is timed: the best of 10 runs per page after one warm-up, because on
 * a shared machine the other runs measure the neighbours (the median of the 10 is printed too).
 * These are warm figures: the detector has run on the page before (a real page load runs it cold,
 * see scripts/bench-seed.mjs).
 *
 * Printed apart: the decision (article or not: the first look, or the full reading when the first
 * look cannot decide), the body (finding the story's blocks once decided, its language, title and
 * date), and the whole.
 *
 *   node scripts/bench-detect.mjs              Chromium
 *   node scripts/bench-detect.mjs --firefox    Firefox ESR
 *   node scripts/bench-detect.mjs --limit 20   the first 20 pages only
 *
 * GLOSS_EVAL points at the shared eval folder (default ../shared/eval).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import puppeteer from "puppeteer-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const evalDir = resolve(process.env.GLOSS_EVAL ?? join(root, "../shared/eval"));
const args = process.argv.slice(2);
const firefox = args.includes("--firefox");
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Infinity;

const bundle = await esbuild.build({
  stdin: {
    contents: `import { findArticleSliced } from "./src/dom/article.ts"; globalThis.__glossFindArticleSliced = findArticleSliced;`,
    resolveDir: root, loader: "ts",
  },
  bundle: true, minify: true, format: "iife", write: false, logLevel: "error",
  define: { __DEBUG__: "false", __BROWSER__: firefox ? '"firefox"' : '"chrome"' },
});
const detector = bundle.outputFiles[0].text;

const browser = await puppeteer.launch(firefox
  ? { browser: "firefox", executablePath: "/usr/bin/firefox-esr", headless: true, args: ["--remote-allow-system-access"] }
  : { executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
const labels = JSON.parse(readFileSync(join(evalDir, "article-detection/labels.json"), "utf8"));
const pages = labels.pages.filter((p) => p.kind !== "synthetic-fixture").slice(0, limit);
const medians = [];
const typical = [];
const decisions = [];
const bodies = [];
let firstSight = 0;
let wrong = 0;
try {
  const tab = await browser.newPage();
  for (const p of pages) {
    const html = readFileSync(join(evalDir, "article-detection", p.file), "utf8");
    // The page's own scripts are left out (offline snapshots); its JSON-LD stays.
    const quiet = html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, "");
    await tab.setContent(quiet, { waitUntil: "domcontentloaded", timeout: 60_000 }).catch(() => {});
    const result = await tab.evaluate(`(async () => {
      ${detector}
      const url = ${JSON.stringify(p.url ?? null)};
      // One slice per phase (no budget to end one sooner), no pause between them: the slices' times add up to the call's.
      const run = async () => {
        const spent = { decision: 0, body: 0 };
        const found = await __glossFindArticleSliced(document, { url }, {
          budgetMs: Infinity, pause: () => Promise.resolve(),
          onSlice: (start, phase) => { spent[phase === "body" ? "body" : "decision"] += performance.now() - start; },
        });
        return { found, spent };
      };
      let { found } = await run();
      const whole = [], decision = [], body = [];
      for (let i = 0; i < 10; i++) {
        const r = await run();
        found = r.found;
        whole.push(r.spent.decision + r.spent.body);
        decision.push(r.spent.decision);
        body.push(r.spent.body);
      }
      for (const list of [whole, decision, body]) list.sort((a, b) => a - b);
      return {
        ms: whole[0], median: whole[5], decision: decision[0], body: body[0], isArticle: found.detection.isArticle,
        firstSight: found.detection.reasons.some((r) => r.includes("decided before reading the body")),
        elements: document.getElementsByTagName("*").length,
      };
    })()`);
    medians.push(result.ms);
    typical.push(result.median);
    decisions.push(result.decision);
    bodies.push(result.body);
    if (result.firstSight) firstSight++;
    if (result.isArticle !== p.is_article) wrong++;
    if (args.includes("--verbose")) console.log(`${p.id.padEnd(44)} ${result.ms.toFixed(2).padStart(7)} ms (decision ${result.decision.toFixed(2)}${result.firstSight ? " at first sight" : ""}, body ${result.body.toFixed(2)})  ${result.elements} elements`);
  }
} finally {
  await browser.close();
}
for (const list of [medians, typical, decisions, bodies]) list.sort((a, b) => a - b);
const q = (list, x) => list[Math.min(list.length - 1, Math.floor(x * list.length))]?.toFixed(2);
console.log(`${firefox ? "Firefox" : "Chromium"}: findArticle on ${medians.length} DEV pages, best of 10 runs per page: median ${q(medians, 0.5)} ms, p95 ${q(medians, 0.95)} ms, max ${medians.at(-1)?.toFixed(2)} ms`);
console.log(`  decision (article or not), best of 10: median ${q(decisions, 0.5)} ms, p95 ${q(decisions, 0.95)} ms; ${firstSight} of ${medians.length} pages decided at first sight, the rest after reading in full`);
console.log(`  body (story, language, title, date once decided), best of 10: median ${q(bodies, 0.5)} ms, p95 ${q(bodies, 0.95)} ms`);
console.log(`  (whole, median of 10 runs per page: median ${q(typical, 0.5)} ms, p95 ${q(typical, 0.95)} ms); ${wrong} detection answers differ from the labels`);

#!/usr/bin/env node
/**
 * Detection time where it runs: in a real browser, on the labelled DEV pages. Each page is loaded
 * without its scripts (offline snapshots; JSON-LD kept), the release-built detector is
 * injected, and `findArticle` is timed: the best of 10 runs per page after one warm-up, because on
 * a shared machine the other runs measure the neighbours (the median of the 10 is printed too).
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
    contents: `import { findArticle } from "./src/dom/article.ts"; globalThis.__glossFindArticle = findArticle;`,
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
let wrong = 0;
try {
  const tab = await browser.newPage();
  for (const p of pages) {
    const html = readFileSync(join(evalDir, "article-detection", p.file), "utf8");
    // The page's own scripts are left out (offline snapshots); its JSON-LD stays.
    const quiet = html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, "");
    await tab.setContent(quiet, { waitUntil: "domcontentloaded", timeout: 60_000 }).catch(() => {});
    const result = await tab.evaluate(`(() => {
      ${detector}
      const url = ${JSON.stringify(p.url ?? null)};
      const runs = [];
      let found;
      found = __glossFindArticle(document, { url });
      for (let i = 0; i < 10; i++) {
        const t = performance.now();
        found = __glossFindArticle(document, { url });
        runs.push(performance.now() - t);
      }
      runs.sort((a, b) => a - b);
      return { ms: runs[0], median: runs[5], isArticle: found.detection.isArticle, elements: document.getElementsByTagName("*").length };
    })()`);
    medians.push(result.ms);
    typical.push(result.median);
    if (result.isArticle !== p.is_article) wrong++;
    if (args.includes("--verbose")) console.log(`${p.id.padEnd(44)} ${result.ms.toFixed(2).padStart(7)} ms  ${result.elements} elements`);
  }
} finally {
  await browser.close();
}
medians.sort((a, b) => a - b);
typical.sort((a, b) => a - b);
const q = (list, x) => list[Math.min(list.length - 1, Math.floor(x * list.length))]?.toFixed(2);
console.log(`${firefox ? "Firefox" : "Chromium"}: findArticle on ${medians.length} DEV pages, best of 10 runs per page: median ${q(medians, 0.5)} ms, p95 ${q(medians, 0.95)} ms, max ${medians.at(-1)?.toFixed(2)} ms`);
console.log(`  (median of 10 runs per page: median ${q(typical, 0.5)} ms, p95 ${q(typical, 0.95)} ms); ${wrong} detection answers differ from the labels`);

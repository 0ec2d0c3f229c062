#!/usr/bin/env node
/**
 * The seed page's figures from the in-browser bench alone, in fresh browsers (Chromium): what a
 * change to detection does to its cold cost, without the full `npm run bench`.
 *
 *   node scripts/bench-seed.mjs [--browsers 5] [--loads 3] [--dist dist/chrome] [--page seeds/article.html]
 *
 * Each browser loads the page once to warm the background, then `--loads` measured times; the
 * medians over all measured loads are printed (the first measured load of each browser too: it is
 * the one whose content script the browser has not run before on that page). Every load is cold
 * for the content script: it is compiled afresh in each page.
 *
 * Detection's main-thread time is printed whole and in its two phases: the decision (article or
 * not) and the body (finding the story's blocks once the page is known to be an article, its
 * language, title and date). A page the first look cannot decide is read in full before the
 * decision, so there the decision holds nearly all of it. A build from before the split reports
 * only the whole.
 */
import { launchWithGloss, serveStatic } from "./lib/browsers.mjs";
import { measurePage, median } from "./lib/page-bench.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const browsers = Number(opt("--browsers", 5));
const loads = Number(opt("--loads", 3));
const dist = opt("--dist", undefined);
const pagePath = opt("--page", "seeds/article.html");

const server = await serveStatic();
const all = { ready: [], detect: [], decision: [], body: [], find: [], first: [] };
try {
  for (let b = 0; b < browsers; b++) {
    const gloss = await launchWithGloss("chromium", { dist });
    try {
      await gloss.extensionPage();
      const url = server.url(pagePath);
      await measurePage(gloss, `${url}?warm`, { settleMs: 200 });
      for (let run = 1; run <= loads; run++) {
        const r = await measurePage(gloss, `${url}?b=${b}&run=${run}`, { settleMs: 300 });
        const t = r.timing;
        if (r.state !== "ready" || !t) throw new Error(`Gloss did not reach ready (${r.state})`);
        all.ready.push(t.readyMs - t.startMs);
        all.detect.push(t.spentByStep["find article"]);
        all.decision.push(t.spentByStep["find article: decision"]);
        all.body.push(t.spentByStep["find article: body"]);
        all.find.push(t.steps.find);
        if (run === 1) all.first.push(t.spentByStep["find article"]);
      }
    } finally {
      await gloss.close();
    }
  }
} finally {
  await server.close();
}
const f = (v) => v.map((x) => x.toFixed(1)).join(" ");
console.log(`${pagePath}, ${browsers} fresh Chromium browsers × ${loads} loads after a warm-up, dist ${dist ?? "dist/chrome"}`);
const m = (v) => median(v)?.toFixed(1) ?? "not reported";
console.log(`  detection main-thread ms: median ${m(all.detect)}  [${f(all.detect)}]`);
console.log(`    decision (article?):    median ${m(all.decision)}  [${f(all.decision.filter((x) => x !== undefined))}]`);
console.log(`    body (story, language): median ${m(all.body)}  [${f(all.body.filter((x) => x !== undefined))}]`);
console.log(`  detection wall ms:        median ${median(all.find).toFixed(1)}`);
console.log(`  first load per browser:   median ${median(all.first).toFixed(1)}`);
console.log(`  idle → ready ms:          median ${median(all.ready).toFixed(1)}  [${f(all.ready)}]`);

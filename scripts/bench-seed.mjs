#!/usr/bin/env node
/**
 * The seed page's figures from the in-browser bench alone, in fresh browsers (Chromium): what a
 * change to detection does to its cold cost, without the full `npm run bench`.
 *
 *   node scripts/bench-seed.mjs [--browsers 5] [--loads 3] [--dist dist/chrome] [--page seeds/article.html] [--firefox] [--trace]
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
 * only the whole. `npm run bench` prints the same figures through `seedDetection`.
 *
 * `--trace` (Chromium) also records a trace of each measured load and prints the content script's
 * load: the task that compiles it and runs its top level, which happens before the script's own
 * clock starts and so is in none of the figures above (code compiled eagerly is paid there rather
 * than in the decision); and, as main-thread CPU time, which a busy machine does not inflate, that
 * task, the next one, which ends with the decision, and all of detection's tasks. Tracing slows
 * everything down a little: compare traced runs with traced runs.
 */
import { pathToFileURL } from "node:url";
import { launchWithGloss, serveStatic } from "./lib/browsers.mjs";
import { measurePage, median } from "./lib/page-bench.mjs";

/**
 * Loads `pagePath` in `browsers` fresh browsers of `kind`, `loads` measured times each after a
 * warm-up load, and returns every load's figures (ms): detection's main-thread time whole and per
 * phase (`decision`, `body`: undefined from a build that does not split them), its wall time, the
 * first measured load per browser, document_idle → ready, and with `trace` the content script's
 * load task (`load` wall time, `loadCpu` CPU time, `compileCpu` the compilation in it), the CPU
 * time of the task that ends with the decision (`firstTaskCpu`) and of all detection's tasks
 * (`detectCpu`).
 */
export async function seedDetection({ kind = "chromium", browsers = 5, loads = 3, dist, pagePath = "seeds/article.html", trace = false } = {}) {
  const server = await serveStatic();
  const all = { ready: [], detect: [], decision: [], body: [], find: [], first: [], load: [], loadCpu: [], compileCpu: [], firstTaskCpu: [], detectCpu: [] };
  try {
    for (let b = 0; b < browsers; b++) {
      const gloss = await launchWithGloss(kind, { dist });
      try {
        await gloss.extensionPage();
        const url = server.url(pagePath);
        await measurePage(gloss, `${url}?warm`, { settleMs: 200 });
        for (let run = 1; run <= loads; run++) {
          const r = await measurePage(gloss, `${url}?b=${b}&run=${run}`, { settleMs: 300, trace });
          const t = r.timing;
          if (r.state !== "ready" || !t) throw new Error(`Gloss did not reach ready (${r.state})`);
          all.ready.push(t.readyMs - t.startMs);
          all.detect.push(t.spentByStep["find article"]);
          all.decision.push(t.spentByStep["find article: decision"]);
          all.body.push(t.spentByStep["find article: body"]);
          all.find.push(t.steps.find);
          if (run === 1) all.first.push(t.spentByStep["find article"]);
          all.load.push(r.tasks?.load?.ms);
          all.loadCpu.push(r.tasks?.load?.cpuMs);
          all.compileCpu.push(r.tasks?.compile?.cpuMs);
          all.firstTaskCpu.push(r.tasks?.firstTask?.cpuMs);
          all.detectCpu.push(r.tasks?.detection?.cpuMs);
        }
      } finally {
        await gloss.close();
      }
    }
  } finally {
    await server.close();
  }
  return all;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const kind = args.includes("--firefox") ? "firefox" : "chromium";
  const browsers = Number(opt("--browsers", 5));
  const loads = Number(opt("--loads", 3));
  const dist = opt("--dist", undefined);
  const pagePath = opt("--page", "seeds/article.html");
  const trace = args.includes("--trace");
  if (trace && kind === "firefox") {
    console.error("--trace reads a Chromium trace: run it without --firefox");
    process.exit(2);
  }
  const all = await seedDetection({ kind, browsers, loads, dist, pagePath, trace });
  const shown = (v) => v.filter((x) => x !== undefined);
  const f = (v) => shown(v).map((x) => x.toFixed(1)).join(" ");
  const m = (v) => median(v)?.toFixed(1) ?? "not reported";
  console.log(`${pagePath}, ${browsers} fresh ${kind === "firefox" ? "Firefox" : "Chromium"} browsers × ${loads} loads after a warm-up, dist ${dist ?? `dist/${kind === "firefox" ? "firefox" : "chrome"}`}`);
  console.log(`  detection main-thread ms: median ${m(all.detect)}  [${f(all.detect)}]`);
  console.log(`    decision (article?):    median ${m(all.decision)}  [${f(all.decision)}]`);
  console.log(`    body (story, language): median ${m(all.body)}  [${f(all.body)}]`);
  console.log(`  detection wall ms:        median ${m(all.find)}`);
  console.log(`  first load per browser:   median ${m(all.first)}`);
  console.log(`  idle → ready ms:          median ${m(all.ready)}  [${f(all.ready)}]`);
  if (trace) {
    console.log(`  traced: script load ms:   median ${m(all.load)}  [${f(all.load)}]`);
    console.log(`    its CPU time:           median ${m(all.loadCpu)}  [${f(all.loadCpu)}]`);
    console.log(`    compiling in it (CPU):  median ${m(all.compileCpu)}  [${f(all.compileCpu)}]`);
    console.log(`  next task, to the decision (CPU): median ${m(all.firstTaskCpu)}  [${f(all.firstTaskCpu)}]`);
    console.log(`  detection's tasks (CPU):  median ${m(all.detectCpu)}  [${f(all.detectCpu)}]`);
    // A load whose trace lacks either task has no sum (rather than NaN among the figures).
    const sum = all.loadCpu.map((l, i) => (l === undefined || all.detectCpu[i] === undefined ? undefined : l + all.detectCpu[i]));
    console.log(`  load + detection (CPU):   median ${m(sum)}  [${f(sum)}]`);
  }
}

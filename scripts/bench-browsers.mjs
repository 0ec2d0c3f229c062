/**
 * The in-browser half of `npm run bench` (called by scripts/bench.mjs after `node build.mjs`):
 * real Chromium and real Firefox with the built extension from dist/, each page measured next to
 * the same page in the same browser without Gloss.
 *
 * - time from document_idle (the content script's start) to `<html data-gloss="ready">`;
 * - the longest main-thread task of Gloss's: its own marks (every slice it times), and the Long
 *   Tasks API after document_idle where the browser has it (Chromium), Gloss on and off;
 * - the JS heap Gloss adds to the page (Chromium: CDP heap usage after GC, every world of the page);
 * - the cold background: a fresh browser, and the time its worker / event page takes to parse and
 *   index the dataset and answer the first recognition request.
 *
 *   node scripts/bench-browsers.mjs [chromium|firefox]   this part alone (after `node build.mjs`)
 */
import { browserAvailability, launchWithGloss, serveStatic } from "./lib/browsers.mjs";
import { longestTaskSince, measurePage, median, writeLongNewsPage } from "./lib/page-bench.mjs";

/** Measured runs per page (after one warm-up load that also warms the background). */
const RUNS = 5;
/** Fresh browsers started to time the cold background (Firefox starts slowly: fewer). */
const COLD_RUNS = { chromium: 3, firefox: 2 };
const COLD_TEXT = "Joe Biden met Emmanuel Macron in Paris on Tuesday to discuss a $2 billion deal with the European Union.";

async function pageFigures({ figure, section, budget }, kind, server, pages) {
  const results = {};
  for (const withGloss of [false, true]) {
    const gloss = await launchWithGloss(kind, { extension: withGloss });
    try {
      // The extension page that reads Gloss's status, opened before any measured page.
      if (withGloss) await gloss.extensionPage();
      for (const [label, path] of pages) {
        const url = server.url(path);
        // Warm-up: the background loads its dataset, the browser its caches.
        await measurePage(gloss, `${url}?warm`, { withGloss, settleMs: 200 });
        const runs = [];
        for (let run = 1; run <= RUNS; run++) runs.push(await measurePage(gloss, `${url}?run=${run}`, { withGloss }));
        (results[label] ??= {})[withGloss ? "on" : "off"] = runs;
      }
    } finally {
      await gloss.close();
    }
  }
  const name = kind === "chromium" ? "Chromium" : "Firefox";
  for (const [label] of pages) {
    const s = section(`${name}, ${label}`);
    const { on, off } = results[label];
    const states = [...new Set(on.map((r) => r.state))];
    console.log(`  (${on[0].elements} elements, ${(on[0].bytes / 1e6).toFixed(2)} MB of markup; Gloss: ${states.join(", ")}, ${on[0].status?.mentions ?? 0} mentions; median of ${RUNS} runs after a warm-up)`);
    if (states.some((st) => st !== "ready")) console.log(`  WARNING: Gloss did not reach "ready" on every run (${states.join(", ")})`);
    const ready = median(on.map((r) => r.timing ? r.timing.readyMs - r.timing.startMs : null));
    figure(s, "page alone: DOMContentLoaded (Gloss off)", median(off.map((r) => r.domContentLoaded)), "ms");
    figure(s, "page with Gloss: DOMContentLoaded", median(on.map((r) => r.domContentLoaded)), "ms");
    const isSeed = label.startsWith("seed");
    figure(s, "document_idle → data-gloss=\"ready\"", ready, "ms", isSeed && kind === "chromium" ? budget.seedReadyMs : undefined);
    const steps = {};
    const longestByStep = {};
    const spentByStep = {};
    for (const r of on) {
      for (const [k, v] of Object.entries(r.timing?.steps ?? {})) (steps[k] ??= []).push(v);
      for (const [k, v] of Object.entries(r.timing?.longestByStep ?? {})) (longestByStep[k] ??= []).push(v);
      for (const [k, v] of Object.entries(r.timing?.spentByStep ?? {})) (spentByStep[k] ??= []).push(v);
    }
    const med = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(median(v) * 10) / 10]));
    console.log(`    wall time per step, pauses and the background's replies included (median ms): ${JSON.stringify(med(steps))}`);
    console.log(`    main-thread time per step (median ms): ${JSON.stringify(med(spentByStep))}`);
    console.log(`    longest slice per step (median ms): ${JSON.stringify(med(longestByStep))}`);
    // Detection runs once per page load, in a script the browser has just compiled: this is its cold cost.
    figure(s, "article detection, main-thread time (in the content script)", median(spentByStep["find article"] ?? []), "ms", isSeed ? budget.detectionMs : undefined);
    figure(s, "article detection, wall time with its pauses", median(steps.find ?? []), "ms");
    figure(s, "longest Gloss task, its own marks", median(on.map((r) => r.timing?.longestTaskMs ?? null)), "ms", budget.longestTaskMs);
    if (on[0].longTasks) {
      figure(s, "longest task after document_idle, Long Tasks API, Gloss on", median(on.map((r) => longestTaskSince(r.longTasks, r.timing?.startMs ?? 0))), "ms", budget.longestTaskMs);
      figure(s, "longest task after DOMContentLoaded, Long Tasks API, Gloss off", median(off.map((r) => longestTaskSince(r.longTasks, r.domContentLoaded ?? 0))), "ms");
    } else {
      figure(s, "longest task, Long Tasks API", "not measurable (no Long Tasks API)", "");
    }
    if (on[0].heapMB !== null && off[0].heapMB !== null) {
      const heapOn = median(on.map((r) => r.heapMB));
      const heapOff = median(off.map((r) => r.heapMB));
      figure(s, "JS heap after GC, Gloss off", heapOff, "MB");
      figure(s, "JS heap after GC, Gloss on", heapOn, "MB");
      figure(s, "JS heap Gloss adds to the page", heapOn - heapOff, "MB", budget.heapAddedMB);
    } else {
      figure(s, "JS heap Gloss adds to the page", "not measurable (no heap figure a script can read)", "");
    }
  }
}

/** A fresh browser per run: the first recognition request wakes a worker that has not parsed the dataset. */
async function coldBackground({ figure, section, budget }, kind) {
  const s = section(`${kind === "chromium" ? "Chromium" : "Firefox"}, cold background (fresh browser each run)`);
  const first = [];
  const warm = [];
  for (let run = 0; run < COLD_RUNS[kind]; run++) {
    const gloss = await launchWithGloss(kind);
    try {
      const ext = await gloss.openExtensionPage("popup.html");
      const ask = () => ext.evaluate(async (text) => {
        const api = globalThis.browser ?? globalThis.chrome;
        const t = performance.now();
        // An extension page in a tab passes the background's "from a tab" check, as a content script does.
        const reply = await api.runtime.sendMessage({ type: "cs/analyze", text, url: "https://example.com/news/story" });
        return { ms: performance.now() - t, mentions: reply.ok ? reply.value.mentions.length : -1 };
      }, COLD_TEXT);
      // The browser's own start-up (profile, extension install) settles first: it is not Gloss's cost.
      await new Promise((ok) => setTimeout(ok, 2000));
      const cold = await ask();
      const again = await ask();
      if (cold.mentions <= 0) console.log(`  WARNING: the first request found ${cold.mentions} mentions: the dataset did not answer`);
      first.push(cold.ms);
      warm.push(again.ms);
    } finally {
      await gloss.close();
    }
  }
  figure(s, `first request: dataset parse + index + answer (median of ${first.length})`, median(first), "ms", budget.backgroundColdMs);
  figure(s, "the same request once warm (messaging + recognition)", median(warm), "ms");
}

export async function browserBench(tools, kinds = ["chromium", "firefox"]) {
  const server = await serveStatic();
  const pages = [["seed article (seeds/article.html)", "seeds/article.html"], ["long article page (~100 KB of text, ~1 MB page)", writeLongNewsPage()]];
  try {
    for (const kind of kinds) {
      const avail = browserAvailability(kind);
      if (!avail.ok) {
        console.log(`\n${kind}: ${avail.message}`);
        continue;
      }
      await pageFigures(tools, kind, server, pages);
      await coldBackground(tools, kind);
    }
  } finally {
    await server.close();
  }
}

// Alone: print the figures without writing the report.
if (import.meta.url === `file://${process.argv[1]}`) {
  const budget = { seedReadyMs: 50, longestTaskMs: 50, heapAddedMB: 5, backgroundColdMs: 100, detectionMs: 5 };
  const figure = (_s, name, value, unit, b) => console.log(`  ${name.padEnd(58)} ${typeof value === "number" ? value.toFixed(1) : value} ${unit}${b === undefined ? "" : ` (budget ${b})`}`);
  const section = (t) => (console.log(`\n${t}`), t);
  await browserBench({ figure, section, budget }, process.argv[2] ? [process.argv[2]] : undefined);
}

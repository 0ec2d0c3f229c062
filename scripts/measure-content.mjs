#!/usr/bin/env node
/**
 * Times the content script in real browsers from its own ready status (performance.now() marks it
 * reports to the background), run by run: time from start to data-gloss="ready", each step of the
 * first run, and the longest slice of work per step. For finding what to slice; `npm run bench`
 * gives the summarized figures with their budgets. Pages: the seed article, the benchmark's long
 * news page (~100 KB of text in ~1 MB), and a stress page of ~1 MB of plain story text.
 *
 *   node build.mjs && node scripts/measure-content.mjs [chromium|firefox] [runs]
 */
import { launchWithGloss, serveStatic } from "./lib/browsers.mjs";
import { longestTaskSince, measurePage, writeLongNewsPage, writePlainLongArticle } from "./lib/page-bench.mjs";

const kinds = process.argv[2] ? [process.argv[2]] : ["chromium", "firefox"];
const runs = Number(process.argv[3] ?? 3);
const pages = ["seeds/article.html", writeLongNewsPage(), writePlainLongArticle()];

const server = await serveStatic();
for (const kind of kinds) {
  const gloss = await launchWithGloss(kind);
  for (const path of pages) {
    for (let run = 1; run <= runs; run++) {
      const r = await measurePage(gloss, `${server.url(path)}?run=${run}`, { settleMs: 300 });
      const t = r.timing ?? {};
      const longTask = r.longTasks ? `, longest task after document_idle ${longestTaskSince(r.longTasks, t.startMs ?? 0).toFixed(0)} ms (Long Tasks API)` : "";
      console.log(`${kind} ${path.split("/").pop()} run ${run}: ${r.state}, ${r.status?.mentions ?? 0} mentions, ready after ${(t.readyMs - t.startMs).toFixed(0)} ms, longest slice ${t.longestTaskMs?.toFixed(1)} ms${longTask}`);
      console.log(`  steps ${JSON.stringify(t.steps)}`);
      console.log(`  longest per step ${JSON.stringify(t.longestByStep)}`);
    }
  }
  await gloss.close();
}
await server.close();

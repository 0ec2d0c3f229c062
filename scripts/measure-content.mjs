#!/usr/bin/env node
/**
 * Times the content script in real browsers from its own ready status (performance.now() marks it
 * reports to the background): time from start to data-gloss="ready", each step of the first run,
 * and the longest slice of work per step. Pages: the seed article, and a long article (~1 MB of
 * text in ~5,000 paragraphs, the seed story repeated) written to bench/tmp/.
 *
 *   node build.mjs && node scripts/measure-content.mjs [chromium|firefox] [runs]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launchWithGloss, root, serveStatic } from "./lib/browsers.mjs";

const kinds = process.argv[2] ? [process.argv[2]] : ["chromium", "firefox"];
const runs = Number(process.argv[3] ?? 3);

const story = readFileSync(join(root, "seeds/000_dd61feb8ed6138f1.txt"), "utf8").split("\n\n").slice(2, 21);
const paragraphs = [];
for (let size = 0; size < 1_000_000; size += paragraphs[paragraphs.length - 1].length) paragraphs.push(story[paragraphs.length % story.length]);
const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
mkdirSync(join(root, "bench/tmp"), { recursive: true });
writeFileSync(join(root, "bench/tmp/long-article.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>
<meta property="article:published_time" content="2024-06-13T18:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A long article","datePublished":"2024-06-13T18:30:00Z"}</script>
</head><body><article><h1>A long article</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
</article></body></html>`);

const server = await serveStatic();
for (const kind of kinds) {
  const gloss = await launchWithGloss(kind);
  const ext = await gloss.extensionPage();
  for (const path of ["seeds/article.html", "bench/tmp/long-article.html"]) {
    for (let run = 1; run <= runs; run++) {
      const page = await gloss.newPage();
      await page.goto(`${server.url(path)}?run=${run}`);
      await gloss.waitForGloss(page, 120_000);
      const status = await ext.evaluate(async (url) => {
        const api = globalThis.browser ?? chrome;
        const tab = (await api.tabs.query({})).find((t) => t.url === url);
        return (await api.runtime.sendMessage({ type: "ui/get-status", tabId: tab.id })).value;
      }, page.url());
      const t = status.timing ?? {};
      console.log(`${kind} ${path.split("/").pop()} run ${run}: ${status.mentions} mentions, ready after ${(t.readyMs - t.startMs).toFixed(0)} ms, longest slice ${t.longestTaskMs?.toFixed(1)} ms`);
      console.log(`  steps ${JSON.stringify(t.steps)}`);
      console.log(`  longest per step ${JSON.stringify(t.longestByStep)}`);
      await page.close();
    }
  }
  await gloss.close();
}
await server.close();

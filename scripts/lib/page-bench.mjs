/**
 * Shared by the in-browser benchmark (scripts/bench-browsers.mjs) and scripts/measure-content.mjs:
 * the generated long article pages, and one measured page load with or without Gloss (its own
 * timing from the `ui/get-status` reply, Long Tasks, JS heap where the browser lets us read it).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./browsers.mjs";

/** Scratch folder for generated pages (gitignored). */
export const scratchDir = join(root, "bench/tmp");

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** The seed story's paragraphs (headline and trailing notes left out), the raw material of long pages. */
export function storyParagraphs() {
  return readFileSync(join(root, "seeds/000_dd61feb8ed6138f1.txt"), "utf8").split("\n\n").slice(2, 21).map((p) => p.trim()).filter(Boolean);
}

function repeatParagraphs(targetChars) {
  const story = storyParagraphs();
  const out = [];
  for (let size = 0; size < targetChars; size += out[out.length - 1].length) out.push(story[out.length % story.length]);
  return out;
}

const HEAD = (title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Daily Example</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="2024-06-13T18:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2024-06-13T18:30:00Z"}</script>`;

/**
 * A plain long article: `textChars` of story text in bare paragraphs (the seed story repeated),
 * almost no markup. measure-content's stress page (1 MB of text).
 */
export function writePlainLongArticle(textChars = 1_000_000, name = "long-article-plain.html") {
  const paragraphs = repeatParagraphs(textChars);
  mkdirSync(scratchDir, { recursive: true });
  writeFileSync(join(scratchDir, name), `${HEAD("A long article")}
</head><body><article><h1>A long article</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
</article></body></html>`);
  return `bench/tmp/${name}`;
}

/**
 * A long news page as sites ship them: about `textChars` of story text inside a page of about
 * `pageBytes`, the rest being what surrounds a story on a real site: navigation, figures with
 * captions, ad slots, a related-links rail, teasers, a comment thread, a link-heavy footer, inline
 * SVG icons and a JSON state blob. Deterministic (no randomness), so every run reads the same page.
 */
export function writeLongNewsPage(textChars = 100_000, pageBytes = 1_000_000, name = "long-article.html") {
  const title = "Ministers agree a long-term plan after weeks of talks";
  const paragraphs = repeatParagraphs(textChars);
  const nav = Array.from({ length: 120 }, (_, i) => `<li class="nav-item nav-item--level-${i % 3}"><a class="nav-link" data-track="nav-${i}" href="/section-${i}/">Section ${i}</a></li>`).join("");
  const icon = (i) => `<svg class="icon icon-${i}" viewBox="0 0 24 24" aria-hidden="true"><path d="M${i % 24} 2l${(i * 7) % 20} 6-4 ${i % 9}L3 ${(i * 3) % 21}z"/><circle cx="12" cy="12" r="${(i % 8) + 2}"/></svg>`;
  const body = [];
  paragraphs.forEach((p, i) => {
    body.push(`<div class="article-body__block" data-component="text-block" data-index="${i}"><p class="article-body__paragraph">${escape(p)}</p></div>`);
    if (i % 7 === 6) {
      body.push(`<figure class="article-figure" data-component="image"><picture><source srcset="/img/${i}.webp 1x, /img/${i}@2x.webp 2x" type="image/webp"><img src="/img/${i}.jpg" alt="" width="1200" height="675" loading="lazy"></picture><figcaption class="article-figure__caption">Delegates arrive for the talks. (Photo: Agency ${i})</figcaption></figure>`);
    }
    if (i % 11 === 10) {
      body.push(`<div class="ad-slot ad-slot--inline" data-ad-unit="/1234/news/article/inline-${i}" data-ad-sizes="300x250,728x90"><div class="ad-slot__label">Advertisement</div><div class="ad-slot__frame" id="ad-${i}"></div></div>`);
    }
    if (i % 23 === 22) {
      body.push(`<aside class="related-inline"><h3>Read more</h3><ul>${Array.from({ length: 4 }, (_, k) => `<li><a href="/story-${i}-${k}">Another story about the talks, part ${k + 1}</a></li>`).join("")}</ul></aside>`);
    }
  });
  const teasers = Array.from({ length: 60 }, (_, i) => `<li class="teaser"><a class="teaser__link" href="/story-${i}"><img class="teaser__image" src="/t/${i}.jpg" alt=""><h3 class="teaser__title">Headline of another story number ${i}</h3></a><p class="teaser__standfirst">A short summary of another story, ${i}.</p>${icon(i)}</li>`).join("");
  const comments = Array.from({ length: 150 }, (_, i) => `<li class="comment" id="comment-${i}"><div class="comment__meta"><span class="comment__author">Reader ${i}</span> <time datetime="2024-06-13T19:${String(i % 60).padStart(2, "0")}:00Z">${i % 60} minutes ago</time></div><p class="comment__text">I read this with interest; comment number ${i} adds a view of its own about the plan.</p><div class="comment__actions"><button type="button" class="comment__reply">Reply</button><button type="button" class="comment__like">Like</button>${icon(i)}</div></li>`).join("");
  const footer = Array.from({ length: 240 }, (_, i) => `<li><a href="/footer-${i}">Footer link ${i}</a></li>`).join("");
  let html = `${HEAD(title)}
<style>${Array.from({ length: 200 }, (_, i) => `.c${i}{margin:${i % 13}px;padding:${i % 7}px}`).join("")}</style>
</head><body class="page page--article">
<header class="site-header"><div class="site-header__logo">${icon(0)}The Daily Example</div><nav class="site-nav" aria-label="Sections"><ul>${nav}</ul></nav></header>
<div class="layout"><main class="layout__main"><article class="article">
<header class="article__header"><h1 class="article__headline">${title}</h1>
<p class="article__byline">By <a rel="author" href="/staff/a-reporter">A. Reporter</a></p><time class="article__date" datetime="2024-06-13T18:30:00Z">13 June 2024</time>
<div class="share-bar">${Array.from({ length: 6 }, (_, i) => `<a class="share-bar__link" href="/share/${i}">${icon(i)}Share</a>`).join("")}</div></header>
<div class="article-body" data-component="article-body">
${body.join("\n")}
</div></article>
<section class="comments" id="comments"><h2>Comments</h2><ol class="comments__list">${comments}</ol></section>
</main>
<aside class="layout__rail sidebar"><h2>Most read</h2><ol class="teasers">${teasers}</ol></aside></div>
<footer class="site-footer"><ul class="site-footer__links">${footer}</ul><p>© The Daily Example</p></footer>
`;
  // The rest of a real page's weight: the state blob its framework hydrates from (not executed).
  const blob = [];
  let size = Buffer.byteLength(html) + 100;
  for (let i = 0; size < pageBytes; i++) {
    const item = JSON.stringify({ id: `item-${i}`, type: "teaser", url: `/story-${i}`, headline: `Headline of another story number ${i}`, image: { src: `/t/${i}.jpg`, width: 640, height: 360, credit: `Agency ${i % 17}` }, tracking: { position: i, slot: `rail-${i % 9}`, experiment: "layout-b" } });
    blob.push(item);
    size += item.length + 1;
  }
  html += `<script type="application/json" id="__STATE__">[${blob.join(",")}]</script>\n</body></html>`;
  mkdirSync(scratchDir, { recursive: true });
  writeFileSync(join(scratchDir, name), html);
  return `bench/tmp/${name}`;
}

/** Runs in the page before its scripts: keeps every Long Tasks entry (Chromium only has the API). */
function watchLongTasks() {
  const w = /** @type {any} */ (window);
  w.__benchLongTasks = [];
  w.__benchLongTasksSupported = typeof PerformanceObserver !== "undefined" && (PerformanceObserver.supportedEntryTypes ?? []).includes("longtask");
  if (!w.__benchLongTasksSupported) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
}

/** Gloss's status for the tab showing `url`, as the popup reads it. */
export async function glossStatus(gloss, url) {
  const ext = await gloss.extensionPage();
  return ext.evaluate(async (u) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === u);
    if (!tab) return null;
    return (await api.runtime.sendMessage({ type: "ui/get-status", tabId: tab.id })).value;
  }, url);
}

/**
 * The content script's first tasks in a Chromium trace of a page load, as wall time and as the
 * main thread's CPU time (which, unlike wall time, does not grow when the machine is busy):
 * - `load`: the task that compiles `content.js` and runs its top level, up to the session's first
 *   pause. It comes before the script's own clock starts, so no figure the script reports covers
 *   it (code compiled eagerly is paid here rather than where it first runs).
 * - `compile`: the script's compilation within that task.
 * - `firstTask`: the task after that first pause, which ends with the decision (the first-look
 *   decision on a marked-up article; the start of the full reading elsewhere): identified as the
 *   task that resumes the page's first `scheduler.yield`, Gloss's being the only one on the bench
 *   pages.
 * - `detection`: that task and every later one that resumes a `scheduler.yield` (the detection's
 *   slices, which pause that way and nothing else of Gloss's does), added up.
 * Each is `{ ms, cpuMs }`; undefined when the trace does not hold it.
 */
export function contentScriptTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const isContent = (e) => /^chrome-extension:\/\/[^/]+\/content\.js$/.test(e.args?.data?.url ?? "");
  const figure = (e) => (e ? { ms: e.dur / 1000, cpuMs: e.tdur === undefined ? undefined : e.tdur / 1000 } : undefined);
  const evaluate = events.find((e) => e.name === "EvaluateScript" && e.ph === "X" && isContent(e));
  if (!evaluate) return {};
  const onThread = (e) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ph === "X";
  const compile = events.find((e) => e.name === "v8.compile" && onThread(e) && isContent(e));
  const resumes = events.filter((e) => e.name === "RunYieldContinuation" && onThread(e) && e.ts > evaluate.ts).sort((a, b) => a.ts - b.ts);
  const tasks = resumes.map((r) => events.find((e) => e.name === "RunTask" && onThread(e) && e.ts <= r.ts && e.ts + e.dur >= r.ts + (r.dur ?? 0)));
  if (!tasks.length || tasks.some((t) => !t)) return { load: figure(evaluate), compile: figure(compile) };
  const sum = (key) => tasks.reduce((n, t) => (n === undefined || t[key] === undefined ? undefined : n + t[key] / 1000), 0);
  return { load: figure(evaluate), compile: figure(compile), firstTask: figure(tasks[0]), detection: { ms: sum("dur"), cpuMs: sum("tdur") } };
}

/**
 * Opens `url` in a new tab of `gloss` (a session from launchWithGloss, with or without the
 * extension) and measures it:
 * - status/timing: Gloss's own report (document_idle = its start, ready, steps, longest slices);
 * - longTasks: Long Tasks entries (start, duration) in page time, or null where unsupported;
 * - domContentLoaded/load: the page's own milestones (performance.now() time);
 * - heapMB: the page's JS heap after a full GC (Chromium, over CDP: every world, so the content
 *   script's included), or null.
 * - tasks: with `trace` (Chromium), the content script's first tasks from a trace of the page
 *   load (`contentScriptTasks`); tracing costs time of its own, so compare traced runs only with
 *   traced runs.
 * Waits `settleMs` after ready (or after load without Gloss) so late slices are counted.
 */
export async function measurePage(gloss, url, { withGloss = true, settleMs = 1000, timeout = 120_000, trace = false } = {}) {
  const page = await gloss.newPage();
  try {
    await page.evaluateOnNewDocument(watchLongTasks);
    const tracing = trace && gloss.kind === "chromium";
    if (tracing) await page.tracing.start({ categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    await page.goto(url, { waitUntil: "load", timeout });
    let state = null;
    let status = null;
    if (withGloss) {
      state = await gloss.waitForGloss(page, timeout);
      status = await glossStatus(gloss, page.url());
    }
    const tasks = tracing ? contentScriptTasks(JSON.parse(new TextDecoder().decode(await page.tracing.stop()))) : undefined;
    await new Promise((ok) => setTimeout(ok, settleMs));
    const inPage = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const w = /** @type {any} */ (window);
      return {
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        load: nav?.loadEventEnd ?? null,
        longTasks: w.__benchLongTasksSupported ? w.__benchLongTasks : null,
        elements: document.getElementsByTagName("*").length,
        bytes: document.documentElement.outerHTML.length,
      };
    });
    let heapMB = null;
    if (gloss.kind === "chromium") {
      const cdp = await page.createCDPSession();
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      const usage = await cdp.send("Runtime.getHeapUsage");
      heapMB = usage.usedSize / 2 ** 20;
      await cdp.detach();
    }
    return { state, status, timing: status?.timing ?? null, heapMB, tasks, ...inPage };
  } finally {
    await page.close();
  }
}

/** Median of numbers (null when empty). */
export function median(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

/** The longest Long Tasks entry that starts at or after `fromMs` (page time), 0 when none. */
export function longestTaskSince(longTasks, fromMs) {
  let longest = 0;
  for (const t of longTasks ?? []) if (t.start + t.duration >= fromMs && t.duration > longest) longest = t.duration;
  return longest;
}

#!/usr/bin/env node
/**
 * Page integrity on real pages (issue 10): every page of a folder is loaded from a local server in
 * Chromium twice, once in a bare browser and once with Gloss, and for each page we check that
 *   - Gloss causes no page error (errors seen with Gloss but not without it), and
 *   - turning Gloss off (a `bg/refresh` with `enabled: false`, what a pause sends) gives back the
 *     DOM exactly: `<html>`'s outerHTML after the pause equals the one at DOMContentLoaded, before
 *     Gloss ran (its content script starts at document_idle).
 * Requests leaving the local server are aborted, so pages load the same way on every machine.
 * A page whose own script changes its DOM after DOMContentLoaded cannot be judged by serializing,
 * so a main-world MutationObserver watches for changes other than Gloss's `data-gloss*` attributes
 * and such pages are reported as "changes itself" instead of passed or failed.
 *
 *   node scripts/integrity.mjs                       all pages of ../shared/eval/article-detection
 *   node scripts/integrity.mjs --dir tests/fixtures/pages/eval-sample
 *   node scripts/integrity.mjs --every 6 --json      a subset (every 6th page by id), JSON out
 *
 * A folder holds one sub-folder per page with `page.html` or `source.html`. Run `node build.mjs`
 * first. Exits non-zero when any page shows a Gloss-caused error or an inexact restore.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launchWithGloss, root, serveStatic } from "./lib/browsers.mjs";

export const EVAL_PAGES = resolve(root, "../shared/eval/article-detection");

/** Gloss's state attributes on `<html>`: the only DOM change it makes while no card shows. */
const OWN_ATTRIBUTE = /^data-gloss/;
const SETTLE_TIMEOUT_MS = 15_000;
/** The bare run waits this long after `load`, so late script errors have a chance to show there too. */
const BARE_WAIT_MS = 1000;

/** The pages of a folder: `{ id, path }` with `path` relative to the folder, sorted by id. */
export function listPages(dir, every = 1) {
  const ids = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const pages = [];
  for (const id of ids) {
    const file = ["page.html", "source.html"].find((f) => existsSync(join(dir, id, f)));
    if (file) pages.push({ id, path: `${id}/${file}` });
  }
  return pages.filter((_, i) => i % every === 0);
}

/** Opens `url` in a new tab of `session` with outside requests aborted and the DOM watched from the start. */
async function load(session, server, url) {
  const page = await session.newPage();
  page.on("dialog", (d) => d.dismiss().catch(() => {}));
  await page.setRequestInterception(true);
  page.on("request", (req) => {
    const u = req.url();
    if (u.startsWith(server.origin) || /^(data|blob|about):/.test(u)) req.continue().catch(() => {});
    else req.abort().catch(() => {});
  });
  await page.evaluateOnNewDocument((ownSource) => {
    const own = new RegExp(ownSource);
    const w = /** @type {any} */ (window);
    w.__integrity = { before: null, pageChanges: 0, changed: [], ownAttrs: {} };
    document.addEventListener("DOMContentLoaded", () => {
      w.__integrity.before = document.documentElement.outerHTML;
      for (const a of Array.from(document.documentElement.attributes)) if (own.test(a.name)) w.__integrity.ownAttrs[a.name] = a.value;
      new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === "attributes" && r.target === document.documentElement && own.test(r.attributeName ?? "")) continue;
          w.__integrity.pageChanges++;
          if (w.__integrity.changed.length < 3) w.__integrity.changed.push(`${r.type} on ${r.target.nodeName}${r.attributeName ? `[${r.attributeName}]` : ""}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    }, { once: true });
  }, OWN_ATTRIBUTE.source);
  const loaded = await page.goto(url, { waitUntil: "load", timeout: 30_000 }).then(() => true, () => false);
  if (!loaded) await page.waitForFunction(() => document.readyState !== "loading", { timeout: 10_000 }).catch(() => {});
  await page.bringToFront();
  return page;
}

/** Where the first difference between two serializations is, with some context from each. */
function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return { at: i, before: a.slice(Math.max(0, i - 60), i + 80), after: b.slice(Math.max(0, i - 60), i + 80) };
}

/**
 * Runs the check over `pages` (from `listPages`) served from `dir`.
 * @returns {Promise<Array<{ id: string, state: string, newErrors: string[], bareErrors: number,
 *   restore: "exact" | "exact since settled" | "differs" | "changes itself" | "navigated", difference?: object, pageChanges: number }>>}
 */
export async function checkPages(dir, pages, { log = () => {} } = {}) {
  const server = await serveStatic(dir);
  const bare = await launchWithGloss("chromium", { extension: false });
  const gloss = await launchWithGloss("chromium");
  await gloss.extensionPage();
  const results = [];
  try {
    for (const { id, path } of pages) {
      const url = `${server.url(path)}?integrity=1`;
      const control = await load(bare, server, url);
      await new Promise((r) => setTimeout(r, BARE_WAIT_MS));
      const bareErrors = [...control.glossErrors];
      await control.close().catch(() => {});

      const page = await load(gloss, server, url);
      const started = Date.now();
      let state = "none";
      while (Date.now() - started < SETTLE_TIMEOUT_MS) {
        state = await page.evaluate(() => document.documentElement.getAttribute("data-gloss")).catch(() => "none") ?? "none";
        if (state !== "working" && state !== "none") break;
        // No attribute at all: the content script left the page alone at once (e.g. over the element cap).
        if (state === "none" && Date.now() - started > 3000) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      let restore = "exact";
      let difference;
      let pageChanges = 0;
      try {
        // For pages that change themselves: the DOM just before the pause, Gloss's attributes taken out.
        const settled = await page.evaluate((ownSource) => {
          const w = /** @type {any} */ (window);
          const clone = /** @type {Element} */ (document.documentElement.cloneNode(true));
          for (const a of Array.from(clone.attributes)) if (new RegExp(ownSource).test(a.name)) clone.removeAttribute(a.name);
          for (const [k, v] of Object.entries(w.__integrity?.ownAttrs ?? {})) clone.setAttribute(k, String(v));
          return { html: clone.outerHTML, changes: w.__integrity?.pageChanges ?? 0 };
        }, OWN_ATTRIBUTE.source);
        await gloss.sendToTab(page.url(), { type: "bg/refresh", settings: { enabled: false, hoverDelayMs: 500, modifierKey: "none", density: {}, highlightStyle: "underline" } });
        await page.bringToFront();
        const after = await page.evaluate(() => {
          const w = /** @type {any} */ (window);
          return { html: document.documentElement.outerHTML, ...w.__integrity, sheets: document.adoptedStyleSheets.length };
        });
        pageChanges = after.pageChanges;
        if (after.before === null) restore = "navigated";
        else if (after.pageChanges > 0 && after.pageChanges === settled.changes && after.sheets === 0) {
          // The page's own changes all came before the pause: judge against the settled DOM.
          restore = after.html === settled.html ? "exact since settled" : "differs";
          if (restore === "differs") difference = { ...firstDifference(settled.html, after.html), changed: after.changed };
        } else if (after.html !== after.before || after.sheets !== 0) {
          restore = after.pageChanges > 0 ? "changes itself" : "differs";
          difference = { ...firstDifference(after.before, after.html), sheets: after.sheets, changed: after.changed };
        }
      } catch (err) {
        restore = "navigated";
        difference = { error: String(err?.message ?? err) };
      }
      const newErrors = page.glossErrors.filter((e) => !bareErrors.includes(e));
      await page.close().catch(() => {});
      const result = { id, state, newErrors, bareErrors: bareErrors.length, restore, pageChanges, ...(difference ? { difference } : {}) };
      results.push(result);
      log(result);
    }
  } finally {
    await bare.close();
    await gloss.close();
    await server.close();
  }
  return results;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const dir = resolve(opt("--dir", EVAL_PAGES));
  const every = Number(opt("--every", "1"));
  const json = args.includes("--json");
  if (!existsSync(dir)) {
    console.error(`no pages at ${dir}`);
    process.exit(2);
  }
  const pages = listPages(dir, every);
  const started = Date.now();
  const results = await checkPages(dir, pages, {
    log: json ? undefined : (r) => console.log(`${r.id.padEnd(40)} ${r.state.padEnd(12)} restore ${r.restore.padEnd(15)} new errors ${r.newErrors.length}${r.newErrors.length ? `: ${r.newErrors.join(" | ").slice(0, 200)}` : ""}`),
  });
  const count = (f) => results.filter(f).length;
  const summary = {
    dir: relative(root, dir) || ".",
    pages: results.length,
    seconds: Math.round((Date.now() - started) / 1000),
    states: Object.fromEntries([...new Set(results.map((r) => r.state))].map((s) => [s, count((r) => r.state === s)])),
    restoredExactly: count((r) => r.restore === "exact"),
    restoredExactlySinceSettled: results.filter((r) => r.restore === "exact since settled").map((r) => r.id),
    differs: results.filter((r) => r.restore === "differs").map((r) => r.id),
    changesItself: results.filter((r) => r.restore === "changes itself").map((r) => r.id),
    navigated: results.filter((r) => r.restore === "navigated").map((r) => r.id),
    withGlossCausedErrors: results.filter((r) => r.newErrors.length).map((r) => ({ id: r.id, errors: r.newErrors })),
  };
  if (json) console.log(JSON.stringify({ summary, results }, null, 2));
  else {
    console.log("");
    console.log(JSON.stringify(summary, null, 2));
    for (const r of results.filter((x) => x.difference)) console.log(`\n${r.id} (${r.restore}):`, JSON.stringify(r.difference));
  }
  process.exit(summary.differs.length || summary.withGlossCausedErrors.length ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();

#!/usr/bin/env node
/**
 * `npm start`: Gloss at work on the seed article.
 *
 *   npm start                 build, serve seeds/article.html on 127.0.0.1, open it in Chromium with Gloss
 *   npm start -- --firefox    the same in Firefox ESR
 *
 * With a display the browser stays open for you to hover and click (Ctrl-C ends it). Without one
 * it runs headless, writes screenshots of the highlighted article, an open hover card and the
 * popup to demo/, and prints what Gloss found.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { browserAvailability, launchWithGloss, root, serveStatic, shadowRootOf } from "./lib/browsers.mjs";

const kind = process.argv.includes("--firefox") ? "firefox" : "chromium";
const headless = !process.env.DISPLAY || process.argv.includes("--headless");
const outDir = join(root, "demo");

const availability = browserAvailability(kind);
if (!availability.ok) {
  console.error(availability.message);
  process.exit(1);
}

console.log("building…");
execFileSync(process.execPath, [join(root, "build.mjs")], { stdio: ["ignore", "ignore", "inherit"] });

const server = await serveStatic(root);
const pageUrl = server.url("seeds/article.html");
const gloss = await launchWithGloss(kind, { headless });
let exitCode = 0;
try {
  const page = await gloss.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(pageUrl, { waitUntil: "load" });
  const state = await gloss.waitForGloss(page, 30_000);
  const mentions = await page.evaluate(() => document.documentElement.getAttribute("data-gloss-mentions"));
  console.log(`${kind}: ${pageUrl}\n  data-gloss="${state}", ${mentions ?? 0} highlighted mentions`);

  // What the popup would list, straight from the background.
  const ext = await gloss.extensionPage();
  const { tabId, status } = await ext.evaluate(async (url) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    const reply = await api.runtime.sendMessage({ type: "ui/get-status", tabId: tab?.id });
    return { tabId: tab?.id, status: reply?.ok ? reply.value : reply };
  }, pageUrl);
  printStatus(status);

  if (!headless) {
    await page.bringToFront();
    console.log("\nThe browser stays open: hover a highlight, open the popup. Ctrl-C to end.");
    await new Promise((resolve) => process.once("SIGINT", resolve));
  } else {
    mkdirSync(outDir, { recursive: true });
    await page.bringToFront();
    const shot = (name) => join(outDir, `${kind}-${name}.png`);
    await page.screenshot({ path: shot("article") });

    // Hover the first mention of the most salient person, then of the first sum of money, and wait
    // out the dwell each time.
    const person = status?.cards?.find((c) => c.type === "person") ?? status?.cards?.find((c) => ["place", "organization"].includes(c.type));
    const money = status?.cards?.find((c) => c.type === "money");
    const shots = [];
    for (const [target, name] of [[person, "card"], [money, "figure-card"]]) {
      if (!target) continue;
      const shown = await hoverFirstMention(page, target.forms?.[0] ?? target.name);
      console.log(`\nhover card for "${target.name}": ${shown ? shown.replace(/\s+/g, " ").slice(0, 160) + "…" : "(none shown)"}`);
      await page.screenshot({ path: shot(name) });
      shots.push(`demo/${kind}-${name}.png`);
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !document.querySelector("gloss-card"), { timeout: 3000 }).catch(() => {});
      await page.mouse.move(5, 5);
    }

    const popup = await gloss.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 420, height: 640 });
    await new Promise((r) => setTimeout(r, 500));
    await popup.screenshot({ path: shot("popup") });
    console.log(`\nscreenshots: ${[`demo/${kind}-article.png`, ...shots, `demo/${kind}-popup.png`].join(", ")}`);
  }
} catch (err) {
  console.error(`demo failed: ${err?.message ?? err}`);
  exitCode = 1;
} finally {
  await gloss.close();
  await server.close();
}
process.exit(exitCode);

/** Hovers the first occurrence of `form` in the article and returns the card's text once shown. */
async function hoverFirstMention(page, form) {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector("article") ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const rect = range.getBoundingClientRect();
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
    return null;
  }, form);
  if (!point) return "";
  // Arrive the way a hand does, from nearby and in steps, so the dwell starts on the words.
  await page.mouse.move(point.x - 40, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForSelector("gloss-card", { timeout: 5000 }).catch(() => {});
  await new Promise((r) => setTimeout(r, 400)); // let the fade-in finish
  // The card's shadow root is closed to the page; the driver reaches it as a test would.
  const root = await shadowRootOf(page, "gloss-card");
  return root ? root.evaluate((r) => r.textContent ?? "") : "";
}

function printStatus(status) {
  if (!status || status.kind !== "ready") {
    console.log(`  status: ${JSON.stringify(status)?.slice(0, 300)}`);
    return;
  }
  const groups = [
    ["People", ["person"]], ["Places", ["place"]], ["Organizations", ["organization"]], ["Events", ["event"]],
    ["Figures", ["money", "percent", "quantity", "date", "duration", "number"]],
  ];
  for (const [title, types] of groups) {
    const cards = status.cards.filter((c) => types.includes(c.type));
    if (!cards.length) continue;
    console.log(`\n  ${title} (${cards.length})`);
    const ordered = title === "Figures" ? [...cards].sort((a, b) => a.firstStart - b.firstStart) : cards;
    for (const c of ordered) {
      const detail = title === "Figures" ? c.context?.[0] ?? "" : c.inDataset ? c.description : "not in the dataset";
      console.log(`    ${c.name}${c.mentions > 1 ? ` ×${c.mentions}` : ""}${detail ? ` — ${detail}` : ""}`);
    }
  }
}

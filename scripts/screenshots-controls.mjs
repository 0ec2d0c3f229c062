#!/usr/bin/env node
/**
 * Screenshots of the popup (light and dark, with a card opened) and the options page, from a real
 * Chromium run on the seed article, written to docs/screenshots/ for the README.
 *
 *   node build.mjs && node scripts/screenshots-controls.mjs
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchWithGloss, root, serveStatic } from "./lib/browsers.mjs";

const out = join(root, "docs/screenshots");
mkdirSync(out, { recursive: true });
const server = await serveStatic();
const gloss = await launchWithGloss("chromium");
try {
  const ext = await gloss.extensionPage();
  const article = await gloss.newPage();
  await article.goto(server.url("seeds/article.html"));
  await gloss.waitForGloss(article);
  const tabId = await ext.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, article.url());

  for (const scheme of ["light", "dark"]) {
    const popup = await gloss.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await popup.setViewport({ width: 380, height: 600 });
    await popup.waitForSelector('main[data-status="ready"]');
    await popup.click('[data-group="people"] .card-head');
    await popup.click(".why-toggle");
    await popup.screenshot({ path: join(out, `popup-${scheme}.png`) });
    await popup.close();
  }
  const options = await gloss.openExtensionPage("options.html");
  await options.setViewport({ width: 900, height: 1000 });
  await options.waitForSelector("#highlighting");
  await options.screenshot({ path: join(out, "options.png"), fullPage: true });
  console.log("wrote docs/screenshots/popup-light.png, popup-dark.png, options.png");
} finally {
  await gloss.close();
  await server.close();
}

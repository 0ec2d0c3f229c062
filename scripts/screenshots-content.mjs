#!/usr/bin/env node
/**
 * Screenshots of the hover card on a light page (the seed article) and on a dark page (the
 * dark-article fixture), from a real Chromium run, written to docs/screenshots/ for the README.
 *
 *   node build.mjs && node scripts/screenshots-content.mjs
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchWithGloss, root, serveStatic, shadowRootOf } from "./lib/browsers.mjs";

const SHOTS = [
  { path: "seeds/article.html", name: /Zelensk/.source, file: "card-light.png" },
  { path: "tests/fixtures/pages/dark-article/source.html", name: /Federal Reserve/.source, file: "card-dark.png" },
];

const out = join(root, "docs/screenshots");
mkdirSync(out, { recursive: true });
const server = await serveStatic();
const gloss = await launchWithGloss("chromium");
try {
  for (const shot of SHOTS) {
    const page = await gloss.newPage();
    await page.setViewport({ width: 1100, height: 640 });
    await page.goto(server.url(shot.path));
    await gloss.waitForGloss(page);
    // The first highlighted occurrence of the name, scrolled to a third of the viewport.
    const point = await page.evaluate((source) => {
      const re = new RegExp(source);
      let hit;
      CSS.highlights.forEach((h, name) => {
        if (hit || !name.startsWith("gloss-")) return;
        for (const r of h) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (re.test(live.toString())) {
            hit = live;
            break;
          }
        }
      });
      if (!hit) return null;
      const top = hit.getBoundingClientRect().top + scrollY;
      scrollTo(0, Math.max(0, top - innerHeight / 3));
      const b = hit.getClientRects()[0];
      return { x: b.left + Math.min(12, b.width / 2), y: b.top + b.height / 2 };
    }, shot.name);
    if (!point) throw new Error(`no highlight for /${shot.name}/ on ${shot.path}`);
    await page.mouse.move(point.x - 30, point.y - 20);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    // The card's shadow root is closed to the page: poll it through the driver.
    const deadline = Date.now() + 5000;
    for (;;) {
      const root = await shadowRootOf(page, "gloss-card");
      if (root && (await root.evaluate((r) => !!r.querySelector(".gloss-card.phase-in")))) break;
      if (Date.now() > deadline) throw new Error(`no card for /${shot.name}/ on ${shot.path}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 400)); // the fade-in
    await page.screenshot({ path: join(out, shot.file) });
    console.log(`docs/screenshots/${shot.file}`);
    await page.close();
  }
} finally {
  await gloss.close();
  await server.close();
}

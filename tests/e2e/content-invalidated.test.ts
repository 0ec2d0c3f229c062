/**
 * "Extension context invalidated": after Gloss is removed (or updated) under an open page, the old
 * content script tears down quietly at its next chance (here: the next pointer move) — no page
 * errors, no highlights, no attributes left. Chromium only: Firefox destroys a removed extension's
 * content scripts outright, so there is no script left to clean up (its highlights stay until the
 * page reloads; an update re-injects Gloss, which takes the highlight names over).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailability, launchWithGloss, serveStatic, type GlossSession, type StaticServer } from "../../scripts/lib/browsers.mjs";
import { pause, SEED } from "./content-helpers";

const availability = browserAvailability("chromium");
const ci = process.env.CI === "true";
if (!availability.ok && !ci) console.warn(`[e2e] skipping chromium: ${availability.message}`);
const suite = availability.ok || ci ? describe : describe.skip;

suite("content script after its extension is removed, in chromium", () => {
  let gloss: GlossSession;
  let server: StaticServer;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.message);
    server = await serveStatic();
    gloss = await launchWithGloss("chromium");
  });

  afterAll(async () => {
    await gloss?.close();
    await server?.close();
  });

  it("tears down quietly at the next pointer move", async () => {
    const page = await gloss.newPage();
    await page.goto(server.url(SEED));
    expect(await gloss.waitForGloss(page)).toBe("ready");
    const glossRanges = () => page.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith("gloss-")) n += h.size;
      });
      return n;
    });
    expect(await glossRanges()).toBeGreaterThan(0);
    await gloss.browser.uninstallExtension(gloss.extensionId);
    await pause(300);
    await page.mouse.move(300, 450, { steps: 4 });
    await page.mouse.move(420, 480, { steps: 4 });
    await page.waitForFunction(() => !document.documentElement.hasAttribute("data-gloss"), { timeout: 5000 });
    expect(await glossRanges()).toBe(0);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(page.glossErrors).toEqual([]);
  });
});

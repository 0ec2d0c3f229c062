/**
 * The hover card under prefers-reduced-motion, in Chromium and Firefox: no fade in or out. A file
 * of its own because the preference is set for the whole browser at launch.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailability, launchWithGloss, serveStatic, type BrowserKind, type GlossSession, type StaticServer } from "../../scripts/lib/browsers.mjs";
import { hover, inCard, locateHighlight, SEED, waitForCard } from "./content-helpers";

for (const kind of ["chromium", "firefox"] as BrowserKind[]) {
  const availability = browserAvailability(kind);
  const ci = process.env.CI === "true";
  if (!availability.ok && !ci) console.warn(`[e2e] skipping ${kind}: ${availability.message}`);
  const suite = availability.ok || ci ? describe : describe.skip;

  suite(`hover card with reduced motion in ${kind}`, () => {
    let gloss: GlossSession;
    let server: StaticServer;

    beforeAll(async () => {
      if (!availability.ok) throw new Error(availability.message);
      server = await serveStatic();
      gloss = await launchWithGloss(kind, { reducedMotion: true });
    });

    afterAll(async () => {
      await gloss?.close();
      await server?.close();
    });

    it("shows and removes the card without a fade", async () => {
      const page = await gloss.newPage();
      await page.goto(server.url(SEED));
      await gloss.waitForGloss(page);
      expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
      await hover(page, await locateHighlight(page, "^\\$50 billion$"));
      await waitForCard(page);
      const durations = await inCard(page, (root) => getComputedStyle(root.querySelector(".gloss-card")!).transitionDuration) ?? "";
      expect(durations).not.toBe("");
      expect(durations.split(",").every((d) => parseFloat(d) === 0)).toBe(true);
      await page.keyboard.press("Escape");
      // Removed at once: no fade-out to wait for.
      expect(await page.evaluate(() => !!document.querySelector("gloss-card"))).toBe(false);
      expect(page.glossErrors).toEqual([]);
    });
  });
}

/**
 * Figure cards on the seed article, in real Chromium and real Firefox ESR: each figure the reader
 * hovers shows its context line (conversions, shares of a country's economy, resolved dates,
 * durations' end dates), with the source and year behind every number.
 * Run `node build.mjs` first (`npm test` does).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailability, launchWithGloss, serveStatic, type BrowserKind, type GlossPage, type GlossSession, type StaticServer,
} from "../../scripts/lib/browsers.mjs";
import { hover, locateHighlight, SEED, waitForCard, waitForNoCard } from "./content-helpers";

/** What the seed's figures must tell a reader; each number that comes from data names its source. */
const EXPECTED: { figure: string; before: string; says: RegExp[] }[] = [
  { figure: "\\$50 billion", before: "a ", says: [/50,000,000,000 US dollars/, /% of Ukraine's GDP \(\$[\d.]+ billion, World Bank[^)]*\d{4}\)/, /€[\d.]+ billion at the ECB reference rate of \d+ \w+ \d{4}/, /per inhabitant of Ukraine/] },
  { figure: "\\$300 billion", before: "", says: [/300,000,000,000 US dollars/, /of Russia's GDP \(\$[\d.]+ trillion, World Bank[^)]*\d{4}\)/] },
  { figure: "Thursday", before: "", says: [/Thursday 13 June 2024/, /day of publication/] },
  { figure: "year", before: "this ", says: [/2024: the year of publication/] },
  { figure: "year", before: "next ", says: [/2025: 1 year after publication/] },
  { figure: "November", before: "", says: [/November 2024/, /5 months after publication/] },
  { figure: "February 2022", before: "", says: [/February 2022/, /2 years 4 months before publication/] },
  { figure: "10-year", before: "", says: [/runs to June 2034/] },
];

for (const kind of ["chromium", "firefox"] as BrowserKind[]) {
  const availability = browserAvailability(kind);
  const ci = process.env.CI === "true";
  if (!availability.ok && !ci) console.warn(`[e2e] skipping ${kind}: ${availability.message}`);
  const suite = availability.ok || ci ? describe : describe.skip;

  suite(`figure cards in ${kind}`, () => {
    let gloss: GlossSession;
    let server: StaticServer;
    let page: GlossPage;

    beforeAll(async () => {
      if (!availability.ok) throw new Error(availability.message);
      server = await serveStatic();
      gloss = await launchWithGloss(kind);
      await gloss.extensionPage();
      page = await gloss.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(server.url(SEED));
      await page.bringToFront();
      expect(await gloss.waitForGloss(page)).toBe("ready");
    });

    afterAll(async () => {
      await gloss?.close();
      await server?.close();
    });

    for (const { figure, before, says } of EXPECTED) {
      it(`explains ${before}${figure.replace(/\\/g, "")}`, async () => {
        await hover(page, await locateHighlight(page, `^${figure}$`, before));
        const card = await waitForCard(page);
        for (const line of says) expect(card).toMatch(line);
        await page.keyboard.press("Escape");
        await waitForNoCard(page);
        expect(page.glossErrors).toEqual([]);
      });
    }
  });
}

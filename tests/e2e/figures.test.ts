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
import { hover, SEED, waitForCard, waitForNoCard, type Point } from "./content-helpers";

/**
 * The highlighted figure whose words match `figure` and whose text just before it matches `before`
 * (two figures can read the same, as "year" in "this year" and "next year").
 */
async function locateFigure(page: GlossPage, figure: string, before: string): Promise<Point> {
  const found = await page.evaluate((figureSource: string, beforeSource: string) => {
    const whole = new RegExp(`^${figureSource}$`);
    const lead = new RegExp(`${beforeSource}$`);
    let hit: AbstractRange | undefined;
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith("gloss-") || hit) return;
      for (const r of h as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const preceding = (r.startContainer.textContent ?? "").slice(Math.max(0, r.startOffset - 30), r.startOffset);
        if (whole.test(live.toString()) && lead.test(preceding)) {
          hit = r;
          break;
        }
      }
    });
    if (!hit) return null;
    hit.startContainer.parentElement?.scrollIntoView({ block: "center" });
    const live = document.createRange();
    live.setStart(hit.startContainer, hit.startOffset);
    live.setEnd(hit.endContainer, hit.endOffset);
    const b = live.getClientRects()[0]!;
    return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2, rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom } };
  }, figure, before);
  if (!found) throw new Error(`no highlighted /${figure}/ after /${before}/`);
  return found;
}

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
        await hover(page, await locateFigure(page, figure, before));
        const card = await waitForCard(page);
        for (const line of says) expect(card).toMatch(line);
        await page.keyboard.press("Escape");
        await waitForNoCard(page);
        expect(page.glossErrors).toEqual([]);
      });
    }
  });
}

/**
 * Gloss inside the page, in real Chromium and real Firefox ESR (one launch per browser for this
 * file): highlights on the seed page, the hover card, keyboard commands, pages that are not
 * articles, pages that re-render their text or navigate as single-page apps, text Gloss must not
 * touch, a dark page, and the exact restore when Gloss is turned off.
 * Run `node build.mjs` first (`npm test` does).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  browserAvailability, launchWithGloss, serveStatic, type BrowserKind, type GlossPage, type GlossSession, type StaticServer,
} from "../../scripts/lib/browsers.mjs";
import { DEFAULT_CONTENT_SETTINGS, type ContentSettings } from "../../src/shared/constants";
import type { PageStatus } from "../../src/shared/messages";
import {
  cardBox, fixture, highlighted, hover, inCard, locate, locateHighlight, pause, SEED, settledStatus, untilCard, waitForCard, waitForNoCard,
} from "./content-helpers";

for (const kind of ["chromium", "firefox"] as BrowserKind[]) {
  const availability = browserAvailability(kind);
  const ci = process.env.CI === "true";
  if (!availability.ok && !ci) console.warn(`[e2e] skipping ${kind}: ${availability.message}`);
  const suite = availability.ok || ci ? describe : describe.skip;

  suite(`content script in ${kind}`, () => {
    let gloss: GlossSession;
    let server: StaticServer;

    beforeAll(async () => {
      if (!availability.ok) throw new Error(availability.message);
      server = await serveStatic();
      gloss = await launchWithGloss(kind);
      // Opened first, so every test page opened later is the front tab.
      await gloss.extensionPage();
    });

    afterAll(async () => {
      await gloss?.close();
      await server?.close();
    });

    const opened: GlossPage[] = [];
    let visit = 0;
    afterEach(async () => {
      for (const page of opened.splice(0)) await page.close().catch(() => {});
    });

    /** Opens a page in a new front tab; every visit gets its own address, so messages find their tab. */
    async function open(path: string, before?: (page: GlossPage) => Promise<void>): Promise<GlossPage> {
      const page = await gloss.newPage();
      opened.push(page);
      await before?.(page);
      await page.goto(`${server.url(path)}?visit=${++visit}`);
      await page.bringToFront();
      return page;
    }

    async function send(page: GlossPage, message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
      const reply = await gloss.sendToTab(page.url(), message);
      await page.bringToFront();
      return reply as { ok: boolean; value?: unknown; error?: string };
    }

    async function refresh(page: GlossPage, settings: Partial<ContentSettings>): Promise<void> {
      await send(page, { type: "bg/refresh", settings: { ...DEFAULT_CONTENT_SETTINGS, ...settings } });
      if (settings.enabled !== false) await gloss.waitForGloss(page);
    }

    async function status(page: GlossPage): Promise<PageStatus> {
      const ext = await gloss.extensionPage();
      const reply = await ext.evaluate(async (u: string) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const tabs = await api.tabs.query({});
        const tab = tabs.find((t) => t.url === u);
        return api.runtime.sendMessage({ type: "ui/get-status", tabId: tab?.id });
      }, page.url());
      await page.bringToFront();
      return (reply as { value: PageStatus }).value;
    }

    it("highlights the seed article and reports it", async () => {
      const page = await open(SEED);
      expect(await gloss.waitForGloss(page)).toBe("ready");
      const count = Number(await page.evaluate(() => document.documentElement.getAttribute("data-gloss-mentions")));
      expect(count).toBeGreaterThan(0);
      const ranges = await highlighted(page);
      expect(ranges.some((r) => r.text === "$50 billion" && r.name === "gloss-money")).toBe(true);
      expect(ranges.some((r) => /Zelensk/.test(r.text) && r.name === "gloss-person")).toBe(true);
      // Nothing outside the story: sidebar, comments and footer stay plain.
      expect(ranges.every((r) => r.inside !== "comments" && r.inside !== "respond")).toBe(true);
      const st = (await settledStatus(() => status(page)))!;
      expect(st.kind).toBe("ready");
      if (st.kind === "ready") {
        expect(st.mentions).toBe(count);
        expect(st.cards.length).toBeGreaterThan(0);
      }
      expect(page.glossErrors).toEqual([]);
    });

    it("shows the card after a dwell on a name, beside the words, inside the viewport", async () => {
      const page = await open(SEED);
      await gloss.waitForGloss(page);
      const word = await locateHighlight(page, "Zelensk");
      await hover(page, word);
      const text = await waitForCard(page);
      expect(text).toMatch(/Zelensk/);
      expect(text).toMatch(/mention \d+ of \d+/);
      const geometry = { ...await cardBox(page), ...await page.evaluate(() => ({ vw: innerWidth, vh: innerHeight })) };
      const overlaps = geometry.left < word.rect.right && geometry.right > word.rect.left && geometry.top < word.rect.bottom && geometry.bottom > word.rect.top;
      expect(overlaps).toBe(false);
      expect(geometry.left).toBeGreaterThanOrEqual(0);
      expect(geometry.top).toBeGreaterThanOrEqual(0);
      expect(geometry.right).toBeLessThanOrEqual(geometry.vw);
      expect(geometry.bottom).toBeLessThanOrEqual(geometry.vh);
      // Announced: a dialog labelled by the name, and a polite live region.
      const a11y = await inCard(page, (root) => {
        const dialog = root.querySelector("[role=dialog]");
        const label = root.getElementById(dialog?.getAttribute("aria-labelledby") ?? "")?.textContent ?? "";
        return { label, live: root.querySelector("[aria-live=polite]") !== null };
      });
      expect(a11y?.label).toMatch(/Zelensk/);
      expect(a11y?.live).toBe(true);
      await untilCard(page, (root) => /Zelensk/.test(root.querySelector("[aria-live=polite]")?.textContent ?? "") || null, undefined, 2000);
    });

    it("keeps the card while the pointer is on it, hides it after the pointer leaves, closes it on Esc", async () => {
      const page = await open(SEED);
      await gloss.waitForGloss(page);
      const money = await locateHighlight(page, "^\\$50 billion$");
      await hover(page, money);
      expect(await waitForCard(page)).toContain("$50 billion");
      const box = await cardBox(page);
      const card = { x: box.left + box.width / 2, y: box.top + Math.min(20, box.height / 2) };
      await page.mouse.move(card.x, card.y, { steps: 6 });
      await pause(800);
      expect(await page.evaluate(() => !!document.querySelector("gloss-card"))).toBe(true);
      // Previous/next move between the card's mentions.
      const before = await inCard(page, (root) => root.querySelector(".gc-count")?.textContent);
      expect(before).toMatch(/mention \d+ of \d+/);
      // A real click: Gloss ignores clicks the page's script makes up (tests/e2e/hostile.test.ts).
      const next = await cardBox(page, ".gc-next");
      await page.mouse.click(next.left + next.width / 2, next.top + next.height / 2);
      await untilCard(page, (root, b) => {
        const now = root.querySelector(".gc-count")?.textContent;
        return now !== undefined && now !== b ? now : null;
      }, before, 3000);
      await page.keyboard.press("Escape");
      await waitForNoCard(page);
      // Hover again, then leave both words and card.
      const again = await locateHighlight(page, "^\\$50 billion$");
      await hover(page, again);
      await waitForCard(page);
      await page.mouse.move(5, 5, { steps: 3 });
      await waitForNoCard(page);
      expect(page.glossErrors).toEqual([]);
    });

    it("opens the next highlight's card from the keyboard command, focused, and Esc gives focus back", async () => {
      const page = await open(SEED);
      await gloss.waitForGloss(page);
      const reply = await send(page, { type: "bg/step", direction: 1 });
      expect(reply).toEqual({ ok: true, value: true });
      const first = await waitForCard(page);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("GLOSS-CARD");
      await send(page, { type: "bg/step", direction: 1 });
      await untilCard(page, (root, t) => {
        const now = root.querySelector(".gloss-card")?.textContent;
        return now !== undefined && now !== t ? now : null;
      }, first, 3000);
      await page.keyboard.press("Escape");
      await waitForNoCard(page);
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("GLOSS-CARD");
    });

    it("scrolls to and flashes a mention the popup asks for", async () => {
      const page = await open(SEED);
      await gloss.waitForGloss(page);
      const st = (await settledStatus(() => status(page)))!;
      if (st.kind !== "ready") throw new Error(`status ${st.kind}`);
      const card = st.cards.find((c) => c.mentions > 1) ?? st.cards[0]!;
      const reply = await send(page, { type: "bg/reveal", key: card.key, index: card.mentions - 1 });
      expect(reply).toEqual({ ok: true, value: true });
      const flashed = (await highlighted(page)).filter((r) => r.name === "gloss-flash");
      expect(flashed.length).toBe(1);
    });

    it("leaves a page that is not an article alone", async () => {
      const page = await open(fixture("not-article"));
      expect(await gloss.waitForGloss(page)).toBe("not-article");
      expect(await highlighted(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.hasAttribute("data-gloss-mentions"))).toBe(false);
      expect(page.glossErrors).toEqual([]);
    });

    it("survives a page that re-renders its text after Gloss ran, and highlights the new text", async () => {
      const page = await open(fixture("rerender-app"));
      expect(await gloss.waitForGloss(page)).toBe("ready");
      expect((await highlighted(page)).some((r) => r.text === "$16 billion")).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { rerender(): boolean }).rerender())).toBe(true);
      await page.waitForFunction(() => {
        let found = false;
        CSS.highlights.forEach((h, name) => {
          if (!name.startsWith("gloss-")) return;
          for (const r of h as unknown as Iterable<AbstractRange>) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            if (live.toString() === "€7 billion") found = true;
          }
        });
        return found;
      }, { timeout: 8000, polling: 100 });
      const texts = (await highlighted(page)).map((r) => r.text);
      expect(texts).toContain("3.25%");
      expect(texts).toContain("0.4%");
      expect(texts).not.toContain("2.5%");
      expect(texts).not.toContain("$16 billion");
      expect(await page.evaluate(() => (window as unknown as { pageCheck(): string[] }).pageCheck())).toEqual([]);
      expect(page.glossErrors).toEqual([]);
    });

    it("reads a story that a client-rendered page shows after it became idle", async () => {
      const page = await open(fixture("late-article"));
      await page.waitForFunction(() => {
        let found = false;
        CSS.highlights.forEach((h, name) => {
          if (name.startsWith("gloss-") && h.size > 0) found = true;
        });
        return found && document.documentElement.getAttribute("data-gloss") === "ready";
      }, { timeout: 10_000, polling: 100 });
      expect((await highlighted(page)).some((r) => r.text === "$40 billion")).toBe(true);
      expect(page.glossErrors).toEqual([]);
    });

    it("follows a single-page app to its next story", async () => {
      const page = await open(fixture("spa-article"));
      expect(await gloss.waitForGloss(page)).toBe("ready");
      expect((await highlighted(page)).some((r) => r.text === "$2 billion")).toBe(true);
      await page.click("#to-2");
      await page.waitForFunction(() => {
        let found = false;
        CSS.highlights.forEach((h, name) => {
          if (!name.startsWith("gloss-")) return;
          for (const r of h as unknown as Iterable<AbstractRange>) if (r.startContainer.isConnected && (r.startContainer as Text).data.includes("€500 million")) found = true;
        });
        return found && document.documentElement.getAttribute("data-gloss") === "ready";
      }, { timeout: 8000, polling: 100 });
      expect((await highlighted(page)).some((r) => r.text === "$2 billion")).toBe(false);
      expect(page.glossErrors).toEqual([]);
    });

    it("never touches code, form fields or editable text", async () => {
      const page = await open(fixture("editable-article"));
      expect(await gloss.waitForGloss(page)).toBe("ready");
      const ranges = await highlighted(page);
      expect(ranges.some((r) => r.text === "$80 billion")).toBe(true);
      for (const id of ["inline-code", "code-block", "editor", "field", "notes"]) expect(ranges.filter((r) => r.inside === id)).toEqual([]);
      // Typing into the editable region adds nothing there either.
      await page.click("#editor p");
      await page.keyboard.type(" Also $99 billion for Italy.");
      await pause(300);
      expect((await highlighted(page)).filter((r) => r.inside === "editor")).toEqual([]);
      expect(await page.evaluate(() => document.getElementById("editor")!.textContent)).toContain("$99 billion");
      expect(page.glossErrors).toEqual([]);
    });

    it("uses its dark look on a dark page", async () => {
      const page = await open(fixture("dark-article"));
      expect(await gloss.waitForGloss(page)).toBe("ready");
      const word = await locate(page, "$1.2 trillion", "article");
      await hover(page, word);
      await waitForCard(page);
      expect(await inCard(page, (root) => root.querySelector(".gloss-card")?.classList.contains("theme-dark"))).toBe(true);
    });

    it("applies settings from the background: density per type and a modifier key", async () => {
      const page = await open(SEED);
      await gloss.waitForGloss(page);
      const all = Number(await page.evaluate(() => document.documentElement.getAttribute("data-gloss-mentions")));
      await refresh(page, { density: { money: "none", number: "none" } });
      const fewer = Number(await page.evaluate(() => document.documentElement.getAttribute("data-gloss-mentions")));
      expect(fewer).toBeLessThan(all);
      expect((await highlighted(page)).some((r) => r.name === "gloss-money")).toBe(false);

      await refresh(page, { modifierKey: "Shift", hoverDelayMs: 0 });
      const word = await locateHighlight(page, "^\\$50 billion$");
      await hover(page, word);
      await pause(700);
      expect(await page.evaluate(() => !!document.querySelector("gloss-card"))).toBe(false);
      await page.keyboard.down("Shift");
      await waitForCard(page);
      await page.keyboard.up("Shift");
    });

    it("restores the page exactly when turned off", async () => {
      const page = await open(SEED, (p) => p.evaluateOnNewDocument(() => {
        document.addEventListener("DOMContentLoaded", () => {
          (window as unknown as { glossBefore: string }).glossBefore = document.documentElement.outerHTML;
        });
      }).then(() => undefined));
      await gloss.waitForGloss(page);
      await hover(page, await locateHighlight(page, "^\\$50 billion$"));
      await waitForCard(page);
      await refresh(page, { enabled: false });
      await page.waitForFunction(() => !document.documentElement.hasAttribute("data-gloss") && !document.querySelector("gloss-card"), { timeout: 5000 });
      const after = await page.evaluate(() => ({
        html: document.documentElement.outerHTML,
        before: (window as unknown as { glossBefore: string }).glossBefore,
        sheets: document.adoptedStyleSheets.length,
      }));
      expect(after.html).toBe(after.before);
      expect(after.sheets).toBe(0);
      expect(await highlighted(page)).toEqual([]);
      // And back on again.
      await refresh(page, { enabled: true });
      expect(await page.evaluate(() => document.documentElement.getAttribute("data-gloss"))).toBe("ready");
    });

    it("works and styles its card on a page with a strict Content-Security-Policy", async () => {
      const page = await open(fixture("strict-csp"));
      expect(await gloss.waitForGloss(page)).toBe("ready");
      await hover(page, await locateHighlight(page, "^\\$25 billion$"));
      await waitForCard(page);
      const look = await inCard(page, (root) => {
        const card = root.querySelector(".gloss-card")!;
        const style = getComputedStyle(card);
        return { radius: style.borderTopLeftRadius, width: card.getBoundingClientRect().width };
      });
      expect(look?.radius).toBe("8px");
      expect(look?.width).toBeGreaterThan(200);
      expect(page.glossErrors).toEqual([]);
    });

    it("skips a page with too many elements and says why", async () => {
      const page = await open(fixture("huge-page"));
      let st: PageStatus = { kind: "working" };
      for (let i = 0; i < 50 && st.kind !== "skipped"; i++) {
        await pause(100);
        st = await status(page).catch(() => st);
      }
      expect(st.kind).toBe("skipped");
      if (st.kind === "skipped") expect(st.reason).toMatch(/too large/);
      expect(await highlighted(page)).toEqual([]);
      expect(page.glossErrors).toEqual([]);
    });

    it("made no network request from any page or from Gloss", () => {
      const outside = gloss.requests.filter((r) => !r.url.startsWith(server.origin) && !/^(data|about|blob|chrome-extension|moz-extension):/.test(r.url));
      expect(outside).toEqual([]);
    });
  });
}

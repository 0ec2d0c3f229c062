/**
 * Gloss on a hostile page, in Chromium and Firefox: page text full of markup, `javascript:` links,
 * right-to-left overrides, zero-width characters, lookalike letters and a 10,000-character word
 * (tests/fixtures/pages/hostile-strings) reaches the card and the popup as text only; and the
 * page's own script cannot drive Gloss with forged events, forged messages or spoofed `data-gloss`
 * attributes, nor read Gloss's files. Run `node build.mjs` first (`npm test` does).
 */
import { expect, it } from "vitest";
import type { GlossPage } from "../../scripts/lib/browsers.mjs";
import type { PageStatus } from "../../src/shared/messages";
import { pause } from "./content-helpers";
import { browserSuites, type Harness } from "./popup-harness";

const PAGE = "tests/fixtures/pages/hostile-strings/source.html";
/** Gloss's card host; the page put a `<gloss-card id="page-made">` of its own in the body. */
const CARD = "gloss-card:not(#page-made)";
/** Elements Gloss's card and popup may hold; anything else came from page text. */
const ALLOWED_TAGS = new Set(["DIV", "SPAN", "P", "H2", "H3", "BUTTON", "UL", "OL", "LI", "DL", "DT", "DD", "SMALL", "STRONG", "EM", "BLOCKQUOTE", "SECTION", "HEADER", "FOOTER", "MAIN", "ABBR", "TIME", "LABEL", "INPUT", "NAV", "B", "I", "TABLE", "TR", "TD", "TH", "TBODY", "THEAD", "SUMMARY", "DETAILS", "H1", "FORM", "SELECT", "OPTION", "HR", "BR", "SVG", "PATH", "STYLE", "LINK", "SCRIPT", "META", "TITLE", "HEAD", "BODY", "HTML"]);

interface Markup {
  tags: string[];
  handlers: string[];
  links: string[];
  text: string;
}

browserSuites("Gloss on a hostile page", (h: Harness) => {
  let visit = 0;

  async function status(page: GlossPage): Promise<PageStatus> {
    const tabId = await h.tabIdOf(page);
    const reply = await h.inExtension((api, id) => api.runtime.sendMessage({ type: "ui/get-status", tabId: id }), tabId);
    await page.bringToFront();
    return (reply as { value: PageStatus }).value;
  }

  /** Opens the fixture and waits for Gloss's own report (the page spoofs `data-gloss="ready"` in its HTML). */
  async function openHostile(): Promise<GlossPage> {
    const page = await h.gloss.newPage();
    await page.goto(`${h.server.url(PAGE)}?visit=${++visit}`);
    await page.bringToFront();
    for (let i = 0; i < 100; i++) {
      const st = await status(page).catch(() => undefined);
      if (st?.kind === "ready") return page;
      await pause(100);
    }
    throw new Error("Gloss never reported the hostile page ready");
  }

  /** Centre of the first highlighted range whose text is `text`, scrolled into view. */
  async function highlightAt(page: GlossPage, text: string): Promise<{ x: number; y: number }> {
    const found = await page.evaluate((want: string) => {
      let hit: AbstractRange | undefined;
      CSS.highlights.forEach((hl, name) => {
        if (!name.startsWith("gloss-") || hit) return;
        for (const r of hl as unknown as Iterable<AbstractRange>) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() === want) {
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
      return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2 };
    }, text);
    if (!found) throw new Error(`"${text}" is not highlighted`);
    return found;
  }

  async function hoverAt(page: GlossPage, p: { x: number; y: number }): Promise<void> {
    await page.mouse.move(Math.max(1, p.x - 40), Math.max(1, p.y - 30));
    await page.mouse.move(p.x, p.y, { steps: 4 });
  }

  const cardShown = (page: GlossPage) => page.evaluate((sel: string) => !!document.querySelector(sel), CARD);

  async function waitForCard(page: GlossPage): Promise<string> {
    await page.waitForFunction((sel: string) => !!document.querySelector(sel)?.shadowRoot?.querySelector(".gloss-card.phase-in"), { timeout: 6000, polling: 50 }, CARD);
    return page.evaluate((sel: string) => document.querySelector(sel)!.shadowRoot!.querySelector(".gloss-card")!.textContent ?? "", CARD);
  }

  /** Every range Gloss registered, as "name:text" (what the page's paint shows). */
  const ranges = (page: GlossPage) => page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((hl, name) => {
      if (!name.startsWith("gloss-")) return;
      for (const r of hl as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        out.push(`${name}:${live.toString()}`);
      }
    });
    return out.sort();
  });

  it("shows hostile page text as text in the card and the popup, and nothing the page wrote runs", async () => {
    const page = await openHostile();
    const st = await status(page);
    if (st.kind !== "ready") throw new Error(`status ${st.kind}`);
    // Gloss's own count replaced the page's spoofed data-gloss-mentions="999".
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-gloss-mentions"))).toBe(String(st.mentions));
    // Lookalike letters never borrow a real entry's card: "Еmmanuel Macrоn" (Cyrillic Е and о) is not Emmanuel Macron.
    const lookalike = st.cards.find((c) => c.name.includes("\u0415mmanuel"));
    if (lookalike) expect(lookalike.inDataset).toBe(false);
    expect(st.cards.find((c) => c.name === "Emmanuel Macron")?.inDataset).toBe(true);
    // The page's own <gloss-card> is neither read nor highlighted.
    expect(await page.evaluate(() => {
      let inside = 0;
      CSS.highlights.forEach((hl, name) => {
        if (!name.startsWith("gloss-")) return;
        for (const r of hl as unknown as Iterable<AbstractRange>) if (r.startContainer.parentElement?.closest("#page-made")) inside++;
      });
      return inside;
    })).toBe(0);

    // The card of a name the dataset lacks quotes the page's sentence, markup and all, as text.
    await hoverAt(page, await highlightAt(page, "Dorian Vashkel"));
    const text = await waitForCard(page);
    expect(text).toContain(`<img src=x onerror="window.__glossPwned='img'">`);
    expect(text).toContain("<script>window.__glossPwned='script'</script>");
    const card = await page.evaluate((sel: string): Markup => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const els = Array.from(root.querySelectorAll("*"));
      return {
        tags: [...new Set(els.map((e) => e.tagName))],
        handlers: els.flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
        links: els.flatMap((e) => ["href", "src", "srcdoc", "action", "formaction"].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null)),
        text: root.textContent ?? "",
      };
    }, CARD);
    expect(card.tags.filter((t) => !ALLOWED_TAGS.has(t) || ["SCRIPT", "LINK", "STYLE", "INPUT", "FORM"].includes(t))).toEqual([]);
    expect(card.handlers).toEqual([]);
    expect(card.links).toEqual([]);
    await page.keyboard.press("Escape");

    // The popup lists the same names and sentences: text only there too.
    const tabId = await h.tabIdOf(page);
    const popup = await h.openGlossPage(`popup.html?tab=${tabId}`, "main");
    await popup.waitForFunction(() => /Dorian Vashkel/.test(document.body.textContent ?? ""), { timeout: 10_000, polling: 100 });
    const inPopup = await popup.evaluate((): Markup & { pwned: unknown } => {
      // The popup's own <script src="popup.js"> aside.
      const els = Array.from(document.body.querySelectorAll("*")).filter((e) => !(e.tagName === "SCRIPT" && e.getAttribute("src") === "popup.js"));
      return {
        tags: [...new Set(els.map((e) => e.tagName))],
        handlers: els.flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
        links: els.flatMap((e) => ["href", "src", "srcdoc", "action", "formaction"].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null)),
        text: document.body.textContent ?? "",
        pwned: (window as unknown as { __glossPwned?: unknown }).__glossPwned,
      };
    });
    expect(inPopup.tags.filter((t) => ["IMG", "SCRIPT", "IFRAME", "OBJECT", "EMBED", "A"].includes(t))).toEqual([]);
    expect(inPopup.handlers).toEqual([]);
    expect(inPopup.links).toEqual([]);
    expect(inPopup.pwned).toBeUndefined();
    await popup.close();

    await page.bringToFront();
    expect(await page.evaluate(() => (window as unknown as { __glossPwned?: unknown }).__glossPwned)).toBeUndefined();
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });

  it("cannot be driven by the page: forged events, forged messages and spoofed data-gloss attributes change nothing", async () => {
    const page = await openHostile();
    const before = await ranges(page);
    expect(before.length).toBeGreaterThan(0);
    const word = await highlightAt(page, "Angela Merkel");

    // Forged hover: pointer and mouse events at the words, isTrusted false, for longer than the dwell.
    await page.evaluate(async (p: { x: number; y: number }) => {
      const target = document.elementFromPoint(p.x, p.y) ?? document.body;
      for (let i = 0; i < 24; i++) {
        const init = { clientX: p.x + (i % 2), clientY: p.y, bubbles: true, composed: true, pointerType: "mouse" };
        for (const type of ["pointerover", "pointerenter", "pointermove"]) target.dispatchEvent(new PointerEvent(type, init));
        for (const type of ["mouseover", "mousemove"]) target.dispatchEvent(new MouseEvent(type, init));
        await new Promise((r) => setTimeout(r, 50));
      }
    }, word);
    await pause(300);
    expect(await cardShown(page)).toBe(false);

    // Forged keys (the keyboard commands' default shortcuts, Tab, Enter) and forged messages.
    await page.evaluate(() => {
      for (const key of ["N", "P", "Tab", "Enter", "Escape"]) {
        document.dispatchEvent(new KeyboardEvent("keydown", { key, altKey: true, shiftKey: true, bubbles: true }));
      }
      const forged: unknown[] = [
        { type: "bg/refresh", settings: { enabled: false } },
        { type: "bg/step", direction: 1 },
        { type: "bg/reveal", key: "Q567", index: 0 },
        { type: "cs/status", status: { kind: "skipped", reason: "forged" } },
      ];
      for (const m of forged) {
        window.postMessage(m, "*");
        window.postMessage(JSON.stringify(m), "*");
        document.dispatchEvent(new CustomEvent("gloss", { detail: m }));
      }
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await pause(600);
    expect(await cardShown(page)).toBe(false);
    expect(await ranges(page)).toEqual(before);
    const st = await status(page);
    expect(st.kind).toBe("ready");

    // Spoofed data-gloss attributes after Gloss ran, on <html> and on the story.
    await page.evaluate(() => {
      document.documentElement.setAttribute("data-gloss", "paused");
      document.documentElement.setAttribute("data-gloss-mentions", "0");
      for (const p of Array.from(document.querySelectorAll("p"))) p.setAttribute("data-gloss", "skip");
    });
    await pause(400);
    expect(await ranges(page)).toEqual(before);

    // The reader's own hover still works; then, with the card open, forged dismissals and forged
    // clicks on the card's buttons (its shadow root is open) change nothing.
    await hoverAt(page, await highlightAt(page, "Dorian Vashkel"));
    await waitForCard(page);
    const count = (page: GlossPage) => page.evaluate((sel: string) => document.querySelector(sel)!.shadowRoot!.querySelector(".gc-count")?.textContent, CARD);
    const shown = await count(page);
    expect(shown).toMatch(/mention 1 of \d/);
    await page.evaluate((sel: string) => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      document.body.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, clientX: 5, clientY: 5 }));
      document.documentElement.dispatchEvent(new PointerEvent("pointerleave"));
      const root = document.querySelector(sel)!.shadowRoot!;
      for (const b of ["gc-next", "gc-prev", "gc-close"]) (root.querySelector(`.${b}`) as HTMLButtonElement | null)?.click();
    }, CARD);
    await pause(700);
    expect(await cardShown(page)).toBe(true);
    expect(await count(page)).toBe(shown);
    await page.keyboard.press("Escape");
    await page.waitForFunction((sel: string) => !document.querySelector(sel), { timeout: 4000 }, CARD);

    // A range the page slips into Gloss's highlight paints, but opens no card: hits come from Gloss's own index.
    const fake = await page.evaluate(() => {
      const text = document.querySelector("#plain")!.firstChild as Text;
      const at = text.data.indexOf("customers");
      CSS.highlights.get("gloss-person")?.add(new StaticRange({ startContainer: text, startOffset: at, endContainer: text, endOffset: at + 9 }));
      const r = document.createRange();
      r.setStart(text, at);
      r.setEnd(text, at + 9);
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await hoverAt(page, fake);
    await pause(900);
    expect(await cardShown(page)).toBe(false);

    // Pausing puts back the attribute values the page's HTML had before Gloss ran, and leaves the page's own <gloss-card>.
    await h.gloss.sendToTab(page.url(), { type: "bg/refresh", settings: { enabled: false, hoverDelayMs: 500, modifierKey: "none", density: {}, highlightStyle: "underline" } });
    await page.bringToFront();
    await page.waitForFunction(() => document.adoptedStyleSheets.length === 0, { timeout: 5000 });
    const after = await page.evaluate(() => ({
      state: document.documentElement.getAttribute("data-gloss"),
      mentions: document.documentElement.getAttribute("data-gloss-mentions"),
      own: document.getElementById("page-made")?.textContent ?? "",
      pwned: (window as unknown as { __glossPwned?: unknown }).__glossPwned,
    }));
    expect(after).toEqual({ state: "ready", mentions: "999", own: expect.stringContaining("A card the page made itself"), pwned: undefined });
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });

  it("does not let the page load Gloss's own files (nothing to fingerprint or read)", async () => {
    const page = await openHostile();
    const results = await page.evaluate(async (base: string) => {
      const out: string[] = [];
      for (const file of ["manifest.json", "popup.html", "content.js", "background.js", "_locales/en/messages.json", "icons/icon-16.png"]) {
        try {
          const res = await fetch(base + file);
          out.push(`${file}: ${res.status}`);
        } catch {
          out.push(`${file}: refused`);
        }
      }
      return out;
    }, h.gloss.extensionBase);
    expect(results.every((r) => r.endsWith("refused"))).toBe(true);
    await page.close();
  });
});

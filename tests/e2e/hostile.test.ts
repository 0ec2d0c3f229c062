/**
 * Gloss on a hostile page, in Chromium and Firefox: page text full of markup, `javascript:` links,
 * right-to-left overrides, zero-width characters, lookalike letters and a 10,000-character word
 * (tests/fixtures/pages/hostile-strings) reaches the card and the popup as text only; and the
 * page's own script cannot drive Gloss with forged events, forged messages or spoofed `data-gloss`
 * attributes, nor read Gloss's files, nor read the hover card (its shadow root is closed). Run `node build.mjs` first (`npm test` does).
 */
import { expect, it } from "vitest";
import type { GlossPage } from "../../scripts/lib/browsers.mjs";
import type { PageStatus } from "../../src/shared/messages";
import { inCard, pause, settledStatus, waitForCard as waitForCardIn } from "./content-helpers";
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

  /**
   * Opens the fixture and waits for Gloss's own report (the page spoofs `data-gloss="ready"` in its
   * HTML). `before` runs on the new tab first (to add script the page runs before Gloss).
   */
  async function openHostile(before?: (page: GlossPage) => Promise<unknown>): Promise<GlossPage> {
    const page = await h.gloss.newPage();
    await before?.(page);
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

  const waitForCard = (page: GlossPage) => waitForCardIn(page, 6000, CARD);

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
    const st = (await settledStatus(() => status(page)))!;
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
    const card = await inCard(page, (root): Markup => {
      const els = Array.from(root.querySelectorAll("*"));
      return {
        tags: [...new Set(els.map((e) => e.tagName))],
        handlers: els.flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}[${a.name}]`)),
        links: els.flatMap((e) => ["href", "src", "srcdoc", "action", "formaction"].map((a) => e.getAttribute(a)).filter((v): v is string => v !== null)),
        text: root.textContent ?? "",
      };
    }, undefined, CARD);
    if (!card) throw new Error("the card closed before it was read");
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
    const st = (await settledStatus(() => status(page)))!;
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
    // clicks on the card's buttons change nothing. The page cannot reach the buttons (the card's
    // shadow root is closed); the clicks are made with the test driver's hold on the root, in the
    // page's world, as a script that found a way in would make them: Gloss acts only on the reader's.
    await hoverAt(page, await highlightAt(page, "Dorian Vashkel"));
    await waitForCard(page);
    const count = (page: GlossPage) => inCard(page, (root) => root.querySelector(".gc-count")?.textContent, undefined, CARD);
    const shown = await count(page);
    expect(shown).toMatch(/mention 1 of \d/);
    await page.evaluate(() => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      document.body.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, clientX: 5, clientY: 5 }));
      document.documentElement.dispatchEvent(new PointerEvent("pointerleave"));
    });
    const clicked = await inCard(page, (root) => {
      const buttons = ["gc-next", "gc-prev", "gc-close"].map((b) => root.querySelector(`.${b}`) as HTMLButtonElement | null);
      for (const b of buttons) b?.click();
      return buttons.filter((b) => b !== null).length;
    }, undefined, CARD);
    expect(clicked).toBe(3);
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

  it("keeps the card's text from the page's script: closed shadow root, nothing readable through the host", async () => {
    // The page's script, run before Gloss's: it keeps every shadow root attached through the
    // page's own `attachShadow` (Gloss's content script has its own, in its isolated world in
    // Chromium, behind Xray wrappers in Firefox) and the composed path of every pointer move.
    const page = await openHostile((p) => p.evaluateOnNewDocument(() => {
      const spy = window as unknown as { __roots: ShadowRoot[]; __targets: { name: string; inPage: boolean }[] };
      spy.__roots = [];
      spy.__targets = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        const root = attach.call(this, init);
        spy.__roots.push(root);
        return root;
      };
      document.addEventListener("pointermove", (e) => {
        const first = e.composedPath()[0] as Node;
        spy.__targets.push({ name: first.nodeName, inPage: first.getRootNode() === document });
      }, true);
    }));
    const pageText = await page.evaluate(() => document.documentElement.textContent ?? "");
    await hoverAt(page, await highlightAt(page, "Emmanuel Macron"));
    const text = await waitForCard(page);
    expect(text).toMatch(/Emmanuel Macron/);
    // What only the card says (the dataset's description, "mention 1 of 1", its sources): every
    // text in the card's tree that the page itself does not hold.
    const secrets = (await inCard(page, (root) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = (n.textContent ?? "").trim();
        if (t.length >= 6) out.push(t);
      }
      return out;
    }, undefined, CARD) ?? []).filter((t) => !pageText.includes(t));
    expect(secrets.length).toBeGreaterThan(2);
    // Move onto the card, so the page also sees pointer events coming from inside it.
    const box = await inCard(page, (root) => {
      const r = root.querySelector(".gloss-card")!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + Math.min(30, r.height / 2) };
    }, undefined, CARD);
    if (!box) throw new Error("the card closed before it was measured");
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await pause(200);

    const seen = await page.evaluate((sel: string, at: { x: number; y: number }) => {
      const spy = window as unknown as { __roots: ShadowRoot[]; __targets: { name: string; inPage: boolean }[] };
      const host = document.querySelector(sel) as HTMLElement;
      const withShadow = host as HTMLElement & { getHTML?: (o: { serializableShadowRoots: boolean }) => string };
      const caret = (document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null }).caretPositionFromPoint?.(at.x, at.y)?.offsetNode
        ?? document.caretRangeFromPoint?.(at.x, at.y)?.startContainer;
      const selection = getSelection()!;
      selection.selectAllChildren(document.documentElement);
      const selected = selection.toString();
      selection.removeAllRanges();
      return {
        shadowRoot: host.shadowRoot === null ? null : "reachable",
        hostText: host.textContent,
        hostInnerText: host.innerText,
        hostHtml: host.innerHTML,
        // Only roots made serializable, or handed over, are written out; Gloss's is neither.
        hostComposedHtml: withShadow.getHTML?.({ serializableShadowRoots: true }) ?? "",
        views: [document.documentElement.outerHTML, document.body.innerText, document.documentElement.innerText, selected],
        atPoint: document.elementFromPoint(at.x, at.y)?.nodeName,
        caretInShadow: caret ? caret.getRootNode() !== document : false,
        rootsSeen: spy.__roots.length,
        targets: spy.__targets,
      };
    }, CARD, box);
    expect(seen.shadowRoot).toBeNull();
    expect(await inCard(page, (root) => root.mode, undefined, CARD)).toBe("closed");
    expect(seen.hostText).toBe("");
    expect(seen.hostInnerText).toBe("");
    expect(seen.hostHtml).toBe("");
    expect(seen.hostComposedHtml).toBe("");
    for (const secret of secrets) for (const view of seen.views) expect(view).not.toContain(secret);
    expect(seen.atPoint).toBe("GLOSS-CARD");
    expect(seen.caretInShadow).toBe(false);
    expect(seen.rootsSeen).toBe(0);
    // Pointer events from inside the card reach the page's listeners as coming from the host.
    expect(seen.targets.some((t) => t.name === "GLOSS-CARD")).toBe(true);
    expect(seen.targets.filter((t) => !t.inPage)).toEqual([]);
    expect(await cardShown(page)).toBe(true);
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

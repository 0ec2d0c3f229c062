/**
 * What the content script reads from the page and from the reader's settings, in Chromium and
 * Firefox: a story in another language is skipped with a reason the popup explains (recognition and
 * the dataset are English only); the reader's own highlight colours and the "every page" mode
 * reach the page. Run `node build.mjs` first (`npm test` does).
 */
import { expect, it } from "vitest";
import type { GlossPage } from "../../scripts/lib/browsers.mjs";
import type { PageStatus } from "../../src/shared/messages";
import { defaultSettings, type Settings } from "../../src/shared/settings";
import { glossDone, mentionCount, shown, texts, browserSuites, SEED, type Harness } from "./popup-harness";
import { settledStatus } from "./content-helpers";

const FRENCH = "tests/fixtures/pages/french-article/source.html";
const NOT_ARTICLE = "tests/fixtures/pages/not-article/source.html";

browserSuites("language and settings in the page", (h: Harness) => {
  async function status(page: GlossPage): Promise<PageStatus> {
    const tabId = await h.tabIdOf(page);
    const reply = await h.inExtension((api, id) => api.runtime.sendMessage({ type: "ui/get-status", tabId: id }), tabId);
    return (reply as { value: PageStatus }).value;
  }

  async function saveSettings(change: (s: Settings) => void): Promise<void> {
    const settings = defaultSettings();
    change(settings);
    await h.inExtension((api, s) => api.storage.sync.set({ settings: s }), settings);
  }

  /** The declarations of `::highlight(name)` in the style sheet Gloss adopted into the page. */
  const highlightRule = (page: GlossPage, name: string) => page.evaluate((n: string) => {
    for (const sheet of Array.from(document.adoptedStyleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) if (rule.cssText.startsWith(`::highlight(${n})`)) return rule.cssText;
    }
    return "";
  }, name);

  it("skips a story in French, highlights nothing, and the popup says why", async () => {
    const page = await h.openArticle(FRENCH);
    expect(await glossDone(page)).toBe("skipped");
    expect(await page.evaluate(() => {
      let n = 0;
      CSS.highlights.forEach((hl, name) => {
        if (name.startsWith("gloss-")) n += hl.size;
      });
      return n;
    })).toBe(0);
    expect(await settledStatus(() => status(page))).toEqual({ kind: "skipped", reason: "fr", code: "language" });
    const popup = await h.openGlossPage(`popup.html?tab=${await h.tabIdOf(page)}`, "main");
    await shown(popup, "#status-language");
    expect((await texts(popup, "#status-language"))[0]).toContain("another language (fr)");
    expect(page.glossErrors).toEqual([]);
  });

  it("still reads an English story (the language check is not a blanket skip)", async () => {
    const page = await h.openArticle(SEED);
    expect(await glossDone(page)).toBe("ready");
    expect(await mentionCount(page)).toBeGreaterThan(0);
  });

  it("paints with the colour the reader chose, and with its own palette otherwise", async () => {
    const plain = await h.openArticle(SEED);
    // The options page's default colour means "not chosen": the built-in light-page ink applies.
    expect(await highlightRule(plain, "gloss-person")).toMatch(/rgb\(0, 103, 163\)/);
    await saveSettings((s) => {
      s.highlight.colors.person = "#ff00aa";
    });
    const page = await h.openArticle(SEED);
    expect(await glossDone(page)).toBe("ready");
    expect(await highlightRule(page, "gloss-person")).toMatch(/rgb\(255, 0, 170\)/);
    // Other types keep the built-in inks.
    expect(await highlightRule(page, "gloss-money")).not.toMatch(/rgb\(255, 0, 170\)/);
  });

  it("reads a page that is not an article in 'every page' mode, and leaves it alone otherwise", async () => {
    const before = await h.openArticle(NOT_ARTICLE);
    expect(await glossDone(before)).toBe("not-article");
    await saveSettings((s) => {
      s.mode = "everywhere";
    });
    const page = await h.openArticle(NOT_ARTICLE);
    expect(await glossDone(page)).toBe("ready");
    expect(await mentionCount(page)).toBeGreaterThan(0);
    const words = await page.evaluate(() => {
      const out: string[] = [];
      CSS.highlights.forEach((hl, name) => {
        if (!name.startsWith("gloss-")) return;
        for (const r of hl as unknown as Iterable<AbstractRange>) out.push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
      });
      return out;
    });
    expect(words).toEqual(expect.arrayContaining(["$50 billion"]));
    expect(page.glossErrors).toEqual([]);
  });
});

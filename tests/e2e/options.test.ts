/**
 * The options page in real Chromium and Firefox ESR: a change reaching an already open article,
 * a user dataset import that is matched on the page like the bundled data, a malformed import that
 * changes nothing, settings migrated from an older version, and reset to defaults.
 * Run `node build.mjs` first (`npm test` does).
 */
import { expect, it } from "vitest";
import type { GlossPage } from "../../scripts/lib/browsers.mjs";
import { browserSuites, shown, mentionCount, reloadAndWait, texts, until } from "./popup-harness";

/** A reader's own entry: the invented newsroom of the fixture page, which no real dataset holds. */
const USER_CSV = [
  "id,type,subtype,name,aliases,description,source,asOf",
  "test:ferncastle-dispatch,organization,news-organization,Ferncastle Dispatch,Dispatch,A newsroom invented for Gloss's tests; not a real publication,Gloss test fixture,2024",
].join("\n");
const USER_PAGE = "tests/fixtures/pages/user-dataset-article/source.html";

/** Two bad rows among good ones: an unknown type (line 3) and a missing as-of date (line 4). */
const BAD_CSV = [
  "id,type,name,description,source,asOf",
  "test:good,organization,Good Org,A valid row,Test,2024",
  "test:bad-type,animal,Rex,A dog,Test,2024",
  "test:bad-date,person,Nobody,Someone,Test,",
].join("\n");

async function paste(page: GlossPage, selector: string, text: string): Promise<void> {
  await page.$eval(selector, (el, value) => {
    (el as HTMLTextAreaElement).value = value as string;
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

browserSuites("options", (h) => {
  const openOptions = async () => {
    const page = await h.openGlossPage("options.html", "#highlighting");
    await page.bringToFront();
    return page;
  };
  const popupFor = async (tabId: number) => h.openGlossPage(`popup.html?tab=${tabId}`, 'main[data-status]:not([data-status="loading"])');

  it("turning a type off reaches an open article at once, and reset brings it back", async () => {
    const article = await h.openArticle();
    const tabId = await h.tabIdOf(article);
    const before = await mentionCount(article);
    const options = await openOptions();
    await options.click("#type-place");
    await until(options, `document.querySelector("#save-status")?.textContent === "Saved."`);
    await article.bringToFront();
    await until(article, `document.documentElement.getAttribute("data-gloss") === "ready" && Number(document.documentElement.getAttribute("data-gloss-mentions")) < ${before}`);
    const popup = await popupFor(tabId);
    const groups = await popup.$$eval(".group", (els) => els.map((e) => (e as HTMLElement).dataset.group));
    expect(groups).not.toContain("places");
    expect(groups).toContain("people");
    await options.bringToFront();
    await options.click("#reset");
    await until(options, `document.querySelector("#type-place")?.checked === true`);
    await article.bringToFront();
    await until(article, `Number(document.documentElement.getAttribute("data-gloss-mentions")) === ${before}`);
  });

  it("imports a reader's dataset that is matched on the page; a malformed import then changes nothing", async () => {
    const options = await openOptions();
    await paste(options, "#import-text", USER_CSV);
    await options.click("#import-pasted");
    await shown(options, "#import-ok");
    expect((await texts(options, "#dataset-count"))[0]).toBe("Your own dataset: 1 entries.");

    const article = await h.openArticle(USER_PAGE);
    const tabId = await h.tabIdOf(article);
    let popup = await popupFor(tabId);
    const entry = '[data-group="organizations"] [data-key="test:ferncastle-dispatch"]';
    await shown(popup, entry);
    expect((await texts(popup, `${entry} .card-line`))[0]).toBe("A newsroom invented for Gloss's tests; not a real publication");
    expect(Number((await texts(popup, `${entry} .card-count`))[0])).toBe(3);

    await options.bringToFront();
    await paste(options, "#import-text", BAD_CSV);
    await options.click("#import-pasted");
    await shown(options, "#import-errors");
    const errors = await texts(options, "#import-errors li");
    expect(errors.some((e) => e.startsWith("Line 3:") && e.includes('"type"'))).toBe(true);
    expect(errors.some((e) => e.startsWith("Line 4:") && e.includes('"asOf"'))).toBe(true);
    expect(errors.some((e) => e.startsWith("Line 2:"))).toBe(false);
    expect((await texts(options, "#dataset-count"))[0]).toBe("Your own dataset: 1 entries.");
    const stored = await h.inExtension(async (api) => ((await api.storage.local.get("userDataset")).userDataset as { entries: { id: string }[] }).entries.map((e) => e.id), null);
    expect(stored).toEqual(["test:ferncastle-dispatch"]);

    // The earlier import still works on the page after a reload.
    await article.bringToFront();
    expect(await reloadAndWait(h, article)).toBe("ready");
    popup = await popupFor(tabId);
    await shown(popup, entry);
  });

  it("migrates settings stored by an older version and shows them", async () => {
    await h.inExtension((api) => api.storage.sync.set({ settings: { version: 1, hoverDelay: 900, everyPage: true, disabledTypes: ["event"] } }), null);
    const options = await openOptions();
    expect(await options.$eval("#hover-delay", (el) => (el as HTMLInputElement).value)).toBe("900");
    expect(await options.$eval("#mode-everywhere", (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval("#type-event", (el) => (el as HTMLInputElement).checked)).toBe(false);
    const stored = await h.inExtension(async (api) => (await api.storage.sync.get("settings")).settings as { version: number; hover: { delayMs: number } }, null);
    expect(stored.version).toBe(2);
    expect(stored.hover.delayMs).toBe(900);
  });

  it("repairs a damaged stored value with its default and keeps the rest", async () => {
    await h.inExtension((api) => api.storage.sync.set({ settings: { version: 2, hover: { delayMs: "fast", modifier: "shift" }, mode: "everywhere", types: "all" } }), null);
    const options = await openOptions();
    expect(await options.$eval("#hover-delay", (el) => (el as HTMLInputElement).value)).toBe("500");
    expect(await options.$eval("#hover-modifier", (el) => (el as HTMLSelectElement).value)).toBe("shift");
    expect(await options.$eval("#mode-everywhere", (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval("#type-person", (el) => (el as HTMLInputElement).checked)).toBe(true);
  });

  it("keeps Gloss off a site listed under 'never runs'", async () => {
    const options = await openOptions();
    await paste(options, "#sites-never", "127.0.0.1");
    await options.$eval("#sites-never", (el) => el.dispatchEvent(new Event("change", { bubbles: true })));
    await until(options, `document.querySelector("#save-status")?.textContent === "Saved."`);
    const page = await h.gloss.newPage();
    await page.goto(`${h.server.url("seeds/article.html")}?never=1`);
    const tabId = await h.tabIdOf(page);
    const popup = await popupFor(tabId);
    expect((await texts(popup, "#status-paused"))[0]).toContain("never runs");
    expect(await page.evaluate(() => document.documentElement.getAttribute("data-gloss-mentions"))).toBeNull();
    await page.close();
  });
});

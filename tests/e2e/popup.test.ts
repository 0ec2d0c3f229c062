/**
 * The popup in real Chromium and Firefox ESR: the seed article's cards, the filter, jumping to a
 * mention, a correction that survives a reload, the pause switches with the badge, and what it
 * says on a page Gloss cannot read. The popup is opened as a tab (`popup.html?tab=<id>`), which
 * runs the same code as the toolbar popup. Run `node build.mjs` first (`npm test` does).
 */
import { expect, it } from "vitest";
import { browserSuites, glossDone, shown, mentionCount, reloadAndWait, texts, until } from "./popup-harness";

browserSuites("popup", (h) => {
  async function popupFor(tabId: number) {
    return h.openGlossPage(`popup.html?tab=${tabId}`, 'main[data-status]:not([data-status="loading"])');
  }

  it("lists the article's cards grouped, sorted by mentions, with counts, and figures with context", async () => {
    const article = await h.openArticle();
    const popup = await popupFor(await h.tabIdOf(article));
    const groups = await popup.$$eval(".group", (els) => els.map((e) => (e as HTMLElement).dataset.group));
    expect(groups.slice(0, 3)).toEqual(["people", "places", "organizations"]);
    expect(groups.at(-1)).toBe("figures");
    const people = await texts(popup, '[data-group="people"] .card-name');
    expect(people[0]).toBe("Joe Biden");
    expect(people).toContain("Volodymyr Zelenskyy");
    expect(await texts(popup, '[data-group="places"] .card-name')).toContain("Ukraine");
    const counts = (await texts(popup, '[data-group="people"] .card-count')).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await texts(popup, '[data-group="figures"] .card-name')).toContain("$50 billion");
    expect((await texts(popup, "#summary"))[0]).toMatch(/^\d+ names, \d+ figures$/);
    expect(popup.glossErrors).toEqual([]);
  });

  it("filters the list as the reader types", async () => {
    const article = await h.openArticle();
    const popup = await popupFor(await h.tabIdOf(article));
    await popup.type("#filter", "zelen");
    await until(popup, `document.querySelectorAll(".card").length === 1`);
    expect(await texts(popup, ".card-name")).toEqual(["Volodymyr Zelenskyy"]);
    await popup.type("#filter", "qqqq");
    await shown(popup, "#filter-empty");
  });

  it("jumps to a mention and flashes it, and steps to the next mention", async () => {
    const article = await h.openArticle();
    const tabId = await h.tabIdOf(article);
    const popup = await popupFor(tabId);
    await article.evaluate(() => window.scrollTo(0, 0));
    await popup.click('[data-key] .card-head');
    const key = await popup.$eval('[data-key] .card-head[aria-expanded="true"]', (el) => el.closest("li")!.getAttribute("data-key"));
    expect(key).toBeTruthy();
    // Step to the last mention of the most mentioned name: far down the story.
    await popup.click(".nav-prev");
    await until(popup, `document.querySelector(".nav-position")?.textContent?.startsWith("Mention ") && !document.querySelector(".card-note")`);
    await article.bringToFront();
    await until(article, "window.scrollY > 200");
    const flashed = await article.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get("gloss-flash")?.size ?? 0);
    expect(flashed).toBe(1);
    const position = (await texts(popup, ".nav-position"))[0]!;
    const [, index, total] = /Mention (\d+) of (\d+)/.exec(position)!;
    expect(index).toBe(total);
  });

  it("works from the keyboard: Tab to the list, Enter opens a card, arrows move between cards", async () => {
    const article = await h.openArticle();
    const popup = await popupFor(await h.tabIdOf(article));
    await popup.bringToFront();
    await popup.focus("#filter");
    await popup.keyboard.press("Tab");
    const focused = () => popup.evaluate(() => document.activeElement?.closest("li")?.getAttribute("data-key") ?? document.activeElement?.id ?? "");
    const first = await focused();
    expect(first).toBeTruthy();
    await popup.keyboard.press("Enter");
    await until(popup, `document.querySelector('[data-key="${first}"] .card-head')?.getAttribute("aria-expanded") === "true"`);
    await popup.keyboard.press("ArrowDown");
    const second = await focused();
    expect(second).not.toBe(first);
    await popup.keyboard.press("ArrowUp");
    expect(await focused()).toBe(first);
  });

  it("says why a mention is highlighted: the rule that matched and how sure Gloss is", async () => {
    const article = await h.openArticle();
    const popup = await popupFor(await h.tabIdOf(article));
    await popup.click('[data-group="people"] .card-head');
    await popup.click(".why-toggle");
    const why = (await texts(popup, ".why"))[0]!;
    expect(why).toMatch(/^“.+” matched by .+; Gloss is \d+% sure\.$/);
  });

  it("keeps a correction on the device: the name stays unhighlighted after a reload", async () => {
    const article = await h.openArticle();
    const tabId = await h.tabIdOf(article);
    const before = await mentionCount(article);
    const popup = await popupFor(tabId);
    const ukraine = await popup.$$eval(".card", (els) => els.find((e) => e.querySelector(".card-name")?.textContent === "Ukraine")?.getAttribute("data-key"));
    expect(ukraine).toBeTruthy();
    await popup.click(`[data-key="${ukraine}"] .card-head`);
    await popup.click(`[data-key="${ukraine}"] .action-hide-all`);
    // The page redoes its highlights at once, and the popup's list follows.
    await article.bringToFront();
    await until(article, `document.documentElement.getAttribute("data-gloss") === "ready" && Number(document.documentElement.getAttribute("data-gloss-mentions")) < ${before}`);
    await until(popup, `!document.querySelector('[data-key="${ukraine}"]')`);
    expect(await reloadAndWait(h, article)).toBe("ready");
    expect(await mentionCount(article)).toBeLessThan(before);
    const again = await popupFor(await h.tabIdOf(article));
    expect(await again.$(`[data-key="${ukraine}"]`)).toBeNull();
    expect(await texts(again, '[data-group="people"] .card-name')).toContain("Joe Biden");
  });

  it("'wrong entity' unlinks those words: the name stays listed, as not in the dataset", async () => {
    const article = await h.openArticle();
    const tabId = await h.tabIdOf(article);
    const popup = await popupFor(tabId);
    const key = await popup.$$eval(".card", (els) => els.find((e) => e.querySelector(".card-name")?.textContent === "Ukraine")?.getAttribute("data-key"));
    await popup.click(`[data-key="${key}"] .card-head`);
    await popup.click(`[data-key="${key}"] .why-toggle`);
    await until(popup, `!!document.querySelector(".why")`);
    const words = /^“(.+)” matched/.exec((await texts(popup, ".why"))[0]!)![1]!;
    await popup.click(`[data-key="${key}"] .action-wrong`);
    await until(popup, `!!document.querySelector('[data-key="local:${words}"]')`);
    await popup.click(`[data-key="local:${words}"] .card-head`);
    expect((await texts(popup, `[data-key="local:${words}"] .cc-badge`))[0]).toContain("not in Gloss");
    expect(await reloadAndWait(h, article)).toBe("ready");
    const again = await popupFor(tabId);
    expect(await again.$(`[data-key="local:${words}"]`)).not.toBeNull();
  });

  it("pauses on this tab: highlights removed, badge emptied, popup says paused; resuming restores them", async () => {
    const article = await h.openArticle();
    const tabId = await h.tabIdOf(article);
    const count = await mentionCount(article);
    expect(Number(await h.badge(tabId))).toBeGreaterThan(0);
    const popup = await popupFor(tabId);
    await popup.click('input[name="pause-tab"]');
    await shown(popup, "#status-paused");
    await article.bringToFront();
    await until(article, `document.documentElement.getAttribute("data-gloss") === null`);
    expect(await h.badge(tabId)).toBe("");
    expect(await popup.$eval('input[name="pause-tab"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    // Input goes to the front tab (Chromium drops the page's target when clicking in a background tab).
    await popup.bringToFront();
    await popup.click('input[name="pause-tab"]');
    await article.bringToFront();
    await glossDone(article);
    await until(article, `Number(document.documentElement.getAttribute("data-gloss-mentions")) === ${count}`);
    await until(popup, `!!document.querySelector(".group")`);
    expect(Number(await h.badge(tabId))).toBeGreaterThan(0);
  });

  it("pauses everywhere: another tab's page is left alone", async () => {
    const first = await h.openArticle();
    const popup = await popupFor(await h.tabIdOf(first));
    await popup.click('input[name="pause-everywhere"]');
    await shown(popup, "#status-paused");
    const second = await h.gloss.newPage();
    await second.goto(`${h.server.url("seeds/article.html")}?paused=1`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await second.evaluate(() => document.documentElement.getAttribute("data-gloss"))).toBeNull();
    await second.close();
  });

  it("says it cannot read a browser page", async () => {
    const tabId = await h.inExtension(async (api) => (await api.tabs.create({ url: "about:blank", active: false })).id!, null);
    const popup = await popupFor(tabId);
    expect((await texts(popup, "#status-unavailable"))[0]).toContain("cannot read this page");
    await h.inExtension((api, id) => api.tabs.remove(id), tabId);
  });
});

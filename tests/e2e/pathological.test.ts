/**
 * Pathological pages, in Chromium and Firefox: a million nodes, 10,000-deep nesting, ~10 MB of
 * text, a 40,000-cell table, frames, and a page that rewrites its text every 100 ms. On each, Gloss
 * ends in a settled state (it works, or skips with a reason the popup shows), no exception reaches
 * the page, and the page's own timer keeps ticking (it never froze for good). The longest pause of
 * that timer is printed for the record, not asserted (no wall-clock assertions in tests).
 * Run `node build.mjs` first (`npm test` does).
 */
import { expect, it } from "vitest";
import type { GlossPage } from "../../scripts/lib/browsers.mjs";
import type { PageStatus } from "../../src/shared/messages";
import { pause, settledStatus } from "./content-helpers";
import { browserSuites, shown, texts, type Harness } from "./popup-harness";

const fixture = (slug: string) => `tests/fixtures/pages/${slug}/source.html`;

interface Beat {
  ticks: number;
  maxGap: number;
}

browserSuites("pathological pages", (h: Harness, kind) => {
  let visit = 0;

  async function status(page: GlossPage): Promise<PageStatus | undefined> {
    const tabId = await h.tabIdOf(page);
    const reply = await h.inExtension((api, id) => api.runtime.sendMessage({ type: "ui/get-status", tabId: id }), tabId);
    return (reply as { value?: PageStatus } | undefined)?.value;
  }

  const beat = (page: GlossPage) => page.evaluate(() => ({ ...(window as unknown as { __beat: Beat }).__beat }));

  /** Opens a fixture, waits until Gloss's status settles, and checks the page's timer still ticks after. */
  async function settle(slug: string): Promise<{ page: GlossPage; st: PageStatus }> {
    const page = await h.gloss.newPage();
    await page.goto(`${h.server.url(fixture(slug))}?visit=${++visit}`, { timeout: 60_000 });
    await page.bringToFront();
    // Not settled yet: no status, still working, or no report from the content script so far (on a
    // 10 MB page Firefox can reach document_idle, where the script starts, after goto resolves).
    const unsettled = (s: PageStatus | undefined) => !s || s.kind === "working" || (s.kind === "unavailable" && s.code === "not-run");
    let st: PageStatus | undefined;
    for (let i = 0; i < 300; i++) {
      st = await status(page).catch(() => undefined);
      if (!unsettled(st)) break;
      await pause(100);
    }
    if (!st || unsettled(st)) throw new Error(`${slug}: Gloss never settled (${st?.kind ?? "no status"})`);
    const first = await beat(page);
    await pause(400);
    const later = await beat(page);
    expect(later.ticks).toBeGreaterThan(first.ticks);
    console.info(`[pathological] ${kind} ${slug}: ${st.kind}${st.kind === "skipped" ? ` (${st.code}: ${st.reason})` : ""}; page timer's longest pause ${Math.round(later.maxGap)} ms`);
    return { page, st };
  }

  const highlightCount = (page: GlossPage) => page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((hl, name) => {
      if (name.startsWith("gloss-")) n += hl.size;
    });
    return n;
  });

  it("skips a page of a million nodes, and the popup says it is too large", async () => {
    const { page, st } = await settle("million-nodes");
    expect(st).toMatchObject({ kind: "skipped", code: "size" });
    expect(await highlightCount(page)).toBe(0);
    const popup = await h.openGlossPage(`popup.html?tab=${await h.tabIdOf(page)}`, "main");
    await shown(popup, "#status-skipped");
    expect((await texts(popup, "#status-skipped"))[0]).toMatch(/too large/);
    await popup.close();
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });

  it("reads the story of a page nested 10,000 deep", async () => {
    const { page, st } = await settle("deep-nesting");
    expect(st.kind).toBe("ready");
    expect(await highlightCount(page)).toBeGreaterThan(0);
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });

  it("skips ten megabytes of story text with a reason", async () => {
    const { page, st } = await settle("ten-mb-text");
    expect(st).toMatchObject({ kind: "skipped", code: "size" });
    if (st.kind === "skipped") expect(st.reason).toMatch(/too long/);
    expect(await highlightCount(page)).toBe(0);
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });

  it("settles on a 36,000-cell table", async () => {
    const { page, st } = await settle("huge-table");
    expect(["ready", "not-article", "skipped"]).toContain(st.kind);
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });

  it("reads the top page and leaves its frames alone", async () => {
    const { page, st } = await settle("framed-article");
    expect(st.kind).toBe("ready");
    const frames = await page.evaluate(() => {
      const out: { marked: boolean; highlights: number }[] = [];
      const visit = (doc: Document) => {
        for (const f of Array.from(doc.querySelectorAll("iframe"))) {
          const inner = f.contentDocument;
          if (!inner) continue;
          let n = 0;
          (f.contentWindow as Window & typeof globalThis).CSS.highlights.forEach((hl, name) => {
            if (name.startsWith("gloss-")) n += hl.size;
          });
          out.push({ marked: inner.documentElement.hasAttribute("data-gloss"), highlights: n });
          visit(inner);
        }
      };
      visit(document);
      return out;
    });
    expect(frames.length).toBeGreaterThanOrEqual(3);
    expect(frames.every((f) => !f.marked && f.highlights === 0)).toBe(true);
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });

  it("keeps up, bounded, with a page that rewrites its text every 100 ms", async () => {
    const { page, st } = await settle("churning-article");
    expect(st.kind).toBe("ready");
    // Gloss highlights the rewritten text as it comes (within a few rewrites), and every range it
    // holds is on text that is still in the page.
    await page.waitForFunction(() => {
      let live = false;
      CSS.highlights.forEach((hl, name) => {
        if (!name.startsWith("gloss-")) return;
        for (const r of hl as unknown as Iterable<AbstractRange>) if (r.startContainer.isConnected && r.startContainer.parentElement?.id === "live") live = true;
      });
      return live;
    }, { timeout: 10_000, polling: 100 });
    const first = await beat(page);
    await pause(2000);
    const later = await beat(page);
    expect(later.ticks).toBeGreaterThan(first.ticks);
    expect((await settledStatus(() => status(page)))?.kind).toBe("ready");
    expect(page.glossErrors).toEqual([]);
    await page.close();
  });
});

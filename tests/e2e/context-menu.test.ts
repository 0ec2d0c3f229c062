/**
 * "Look up “selection” in Gloss" in real Chromium and Firefox ESR. Neither browser lets a test
 * open the native context menu, so the menu's click handler is unit-tested
 * (tests/unit/background/context-menu.test.ts) and this file checks what it opens: the popup page
 * in lookup mode, in a small popup window created the same way, with the card or "not in the
 * dataset". Run `node build.mjs` first (`npm test` does).
 */
import { expect, it } from "vitest";
import { browserSuites } from "./popup-harness";

browserSuites("context menu lookup", (h) => {
  interface LookupView {
    name: string | null;
    source: string | null;
    missing: string | null;
    hasBold: boolean;
    windowType: string;
  }

  /**
   * Opens `popup.html?lookup=<text>` in a popup window as the menu handler does, and reads what it
   * shows through `extension.getViews` (the window is Gloss's own page, so another Gloss page may
   * read it; Firefox's WebDriver BiDi does not list pages of windows an extension creates).
   */
  async function lookupWindow(text: string): Promise<LookupView> {
    return h.inExtension(async (api, query) => {
      const win = await api.windows.create({ url: api.runtime.getURL(`popup.html${query}`), type: "popup", width: 400, height: 540 });
      const ext = api.extension as unknown as { getViews(f: { windowId: number }): Window[] };
      try {
        for (let i = 0; i < 150; i++) {
          const doc = ext.getViews({ windowId: win!.id! })[0]?.document;
          const shown = doc?.querySelector("#lookup-card, #lookup-missing");
          if (doc && shown) {
            return {
              name: doc.querySelector("#lookup-card .cc-name")?.textContent ?? null,
              source: doc.querySelector("#lookup-card .cc-provenance")?.textContent ?? null,
              missing: doc.querySelector("#lookup-missing")?.textContent ?? null,
              hasBold: !!doc.querySelector("#lookup-missing b"),
              windowType: (await api.windows.get(win!.id!)).type ?? "",
            };
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error("the lookup window showed nothing");
      } finally {
        await api.windows.remove(win!.id!);
      }
    }, `?lookup=${encodeURIComponent(text)}`);
  }

  it("shows the card of a selection that is in the dataset, in a popup window", async () => {
    const view = await lookupWindow("Zelenskyy");
    expect(view.windowType).toBe("popup");
    expect(view.name).toBe("Volodymyr Zelenskyy");
    expect(view.source).toMatch(/^Source: .+, as of \d{4}/);
  });

  it("says a selection is not in the dataset, showing page text as text", async () => {
    const view = await lookupWindow("<b>Quixotic Nonentity</b>");
    expect(view.missing).toBe("“<b>Quixotic Nonentity</b>” is not in Gloss's dataset.");
    expect(view.hasBold).toBe(false);
  });

  it("registers the menu item on a selection, titled from the locale", async () => {
    const title = await h.inExtension(async (api) => api.i18n.getMessage("menuLookup"), null);
    expect(title).toBe("Look up “%s” in Gloss");
    // Creating the same id again fails only if the background already registered it.
    const duplicate = await h.inExtension(async (api) => new Promise<string>((resolve) => {
      try {
        const p = api.contextMenus.create({ id: "gloss-lookup", title: "x", contexts: ["selection"] }, () => {
          resolve(api.runtime.lastError?.message ?? "created");
        }) as unknown;
        if (p && typeof (p as Promise<unknown>).then === "function") (p as Promise<unknown>).then(() => resolve("created"), (e: Error) => resolve(e.message));
      } catch (e) {
        resolve((e as Error).message);
      }
    }), null);
    expect(duplicate).toMatch(/duplicate|already/i);
  });
});

/**
 * Shared steps of the popup, options and context-menu end-to-end tests, on top of the browser
 * launcher (scripts/lib/browsers.mjs): one browser per test file and kind, pages opened under a
 * fresh address each time, Gloss's own pages opened as tabs (`popup.html?tab=<id>`), and stored
 * data wiped between tests so every test starts from the defaults.
 */
import { afterAll, afterEach, beforeAll, describe } from "vitest";
import {
  browserAvailability, launchWithGloss, serveStatic, type BrowserKind, type GlossPage, type GlossSession, type StaticServer,
} from "../../scripts/lib/browsers.mjs";

export const SEED = "seeds/article.html";
export const KINDS: BrowserKind[] = ["chromium", "firefox"];

export interface Harness {
  gloss: GlossSession;
  server: StaticServer;
  /** Opens `path` from the local server in a new tab and waits for Gloss to finish there. */
  openArticle(path?: string): Promise<GlossPage>;
  /** Opens one of Gloss's pages (popup.html?tab=…, options.html) in a new tab and waits for it to render. */
  openGlossPage(path: string, ready?: string): Promise<GlossPage>;
  tabIdOf(page: GlossPage): Promise<number>;
  badge(tabId: number): Promise<string>;
  /** Runs `fn(api, arg)` in an extension page, where `api` is `browser` (Firefox) or `chrome`. */
  inExtension<T, A>(fn: (api: typeof chrome, arg: A) => Promise<T>, arg: A): Promise<T>;
}

/**
 * Declares a suite per browser. A missing browser fails the run under CI=true and is skipped
 * elsewhere, with the apt packages to install.
 */
export function browserSuites(name: string, body: (h: Harness, kind: BrowserKind) => void): void {
  for (const kind of KINDS) {
    const availability = browserAvailability(kind);
    const ci = process.env.CI === "true";
    if (!availability.ok && !ci) console.warn(`[e2e] skipping ${name} in ${kind}: ${availability.message}`);
    const suite = availability.ok || ci ? describe : describe.skip;
    suite(`${name} in ${kind}`, () => {
      const opened: GlossPage[] = [];
      let visit = 0;
      const h = {} as Harness;

      beforeAll(async () => {
        if (!availability.ok) throw new Error(availability.message);
        h.server = await serveStatic();
        h.gloss = await launchWithGloss(kind);
        await h.gloss.extensionPage();
      });
      afterAll(async () => {
        await h.gloss?.close();
        await h.server?.close();
      });
      afterEach(async () => {
        for (const page of opened.splice(0)) await page.close().catch(() => {});
        // Every test starts from defaults: no settings, corrections, imported data or pauses.
        await h.inExtension(async (api) => {
          await api.storage.local.clear();
          await api.storage.sync.clear();
          await (api.storage as unknown as { session?: chrome.storage.StorageArea }).session?.clear();
        }, null).catch(() => {});
      });

      h.inExtension = async <T, A>(fn: (api: typeof chrome, arg: A) => Promise<T>, arg: A): Promise<T> => {
        const ext = await h.gloss.extensionPage();
        // The callback's source runs in the extension page with the extension API as its first argument.
        const run = new Function("arg", `const api = globalThis.browser ?? globalThis.chrome; return (${fn.toString()})(api, arg);`) as (a: unknown) => Promise<unknown>;
        return (await ext.evaluate(run, arg as unknown)) as T;
      };
      h.openArticle = async (path = SEED) => {
        const page = await h.gloss.newPage();
        opened.push(page);
        await page.goto(`${h.server.url(path)}?visit=${++visit}`);
        await page.bringToFront();
        await glossDone(page);
        return page;
      };
      h.openGlossPage = async (path, ready = "main") => {
        // Opened here rather than with the launcher's openExtensionPage so the wait can survive
        // Firefox's WebDriver BiDi failing an evaluation that races the navigation.
        const page = await h.gloss.newPage();
        opened.push(page);
        const url = h.gloss.extensionBase + path;
        if (kind === "firefox") page.goto(url).catch(() => {});
        else await page.goto(url);
        await until(page, `location.href === ${JSON.stringify(url)} && document.readyState === "complete" && !!document.querySelector(${JSON.stringify(ready)})`);
        return page;
      };
      h.tabIdOf = async (page) => {
        const id = await h.inExtension(async (api, url) => (await api.tabs.query({})).find((t) => t.url === url)?.id ?? -1, page.url());
        if (id < 0) throw new Error(`no tab shows ${page.url()}`);
        return id;
      };
      h.badge = (tabId) => h.inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);

      body(h, kind);
    });
  }
}

/** Text of every element matching `selector` in `page`. */
export function texts(page: GlossPage, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? "").trim()));
}

/** `data-gloss-mentions` of a page (the number of highlighted mentions). */
export async function mentionCount(page: GlossPage): Promise<number> {
  return Number(await page.evaluate(() => document.documentElement.getAttribute("data-gloss-mentions")));
}

/**
 * Reloads a page and waits for Gloss to finish on it again. Firefox's WebDriver BiDi can fail an
 * evaluation that races the navigation, so the wait is retried until the deadline.
 */
export async function reloadAndWait(_h: Harness, page: GlossPage, timeout = 20_000): Promise<string | null> {
  await page.reload();
  return glossDone(page, timeout);
}

/** Waits until `selector` matches in `page`. */
export function shown(page: GlossPage, selector: string, timeout?: number): Promise<void> {
  return until(page, `!!document.querySelector(${JSON.stringify(selector)})`, timeout);
}

/** Waits until Gloss has finished on `page` and returns its `data-gloss` state. */
export async function glossDone(page: GlossPage, timeout = 20_000): Promise<string | null> {
  await until(page, `(document.documentElement.getAttribute("data-gloss") ?? "working") !== "working"`, timeout);
  return page.evaluate(() => document.documentElement.getAttribute("data-gloss"));
}

/**
 * Waits until `predicate` (an expression run in the page) holds. Polls with plain evaluations and
 * retries failed ones: Firefox's WebDriver BiDi sometimes fails an evaluation while a page is
 * navigating or re-rendering, which would abort `waitForFunction`.
 */
export async function until(page: Pick<GlossPage, "evaluate">, predicate: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      if (await page.evaluate(`Boolean(${predicate})`)) return;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${predicate}${last ? ` (last error: ${String(last)})` : ""}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
